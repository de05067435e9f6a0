// Content hashes of many files, cheaply: like git's index, each file's hash is kept with the size, time
// and inode it had when it was hashed, and a file whose stat is unchanged is not read again. A file
// changed within the clock's resolution of being recorded ("racy": a write in the same tick leaves the
// time as it was) is hashed again next time, whatever its stat says.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
  /** sha256 of the bytes (hex), or "missing" / "dir" for what is not a readable file. */
  hash: string;
}

/** Path -> stamp, and when the stamps were taken (ms since the epoch). */
export interface FileIndexData {
  recordedAt: number;
  files: Record<string, FileStamp>;
}

/** Files modified this close to the recording are hashed again next time (coarse file system clocks). */
const RACY_MS = 2000;

export class FileIndex {
  private readonly previous: Record<string, FileStamp>;
  private readonly previousAt: number;
  private readonly current: Record<string, FileStamp> = Object.create(null);
  private readonly startedAt = Date.now();
  /** Files read and hashed in this run (their stat changed, or they were new or racy). */
  hashed = 0;

  constructor(previous: FileIndexData | null) {
    this.previous = previous?.files ?? Object.create(null);
    this.previousAt = previous?.recordedAt ?? 0;
  }

  /** The stamp of `file` (an absolute path), from the previous index when its stat is unchanged. */
  stamp(file: string): FileStamp {
    const known = this.current[file];
    if (known) return known;
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      return (this.current[file] = { size: -1, mtimeMs: -1, ino: -1, hash: 'missing' });
    }
    if (st.isDirectory()) return (this.current[file] = { size: -1, mtimeMs: st.mtimeMs, ino: st.ino, hash: 'dir' });
    const before = this.previous[file];
    const fresh = before && before.size === st.size && before.mtimeMs === st.mtimeMs && before.ino === st.ino && st.mtimeMs < this.previousAt - RACY_MS;
    if (fresh) return (this.current[file] = before);
    let hash: string;
    try {
      hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    } catch {
      hash = 'unreadable';
    }
    this.hashed++;
    return (this.current[file] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, hash });
  }

  /** The stamps taken in this run (only the files asked for), to keep for the next. */
  data(): FileIndexData {
    return { recordedAt: this.startedAt, files: this.current };
  }
}

/** How listFiles walks: which files it keeps, which folders it enters, what it adds for a symbolic link. */
export interface ListOptions {
  keep?: (name: string) => boolean;
  enter?: (name: string) => boolean;
  /** An entry of its own for a link in `dir` itself (not in sub-folders), after the link's own path. */
  link?: (file: string) => string;
}

/** Files under `dir` (recursively) as absolute paths, in a stable order (names sorted in each folder). */
export function listFiles(dir: string, opts: ListOptions = {}): string[] {
  const out: string[] = [];
  const walk = (d: string, top: boolean) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (opts.enter?.(e.name) ?? true) walk(p, false);
      } else if (opts.keep?.(e.name) ?? true) out.push(p);
      if (top && opts.link && e.isSymbolicLink()) out.push(opts.link(p));
    }
  };
  walk(dir, true);
  return out;
}
