// A file written as a sequence of keyed pieces (a CSV row, a record of dossier.json, a calendar event), where
// a piece's key determines its text. The previous build's file is the store of pieces: its index (the keys
// and byte lengths of its pieces, kept in the cache) says where each piece is, so a rebuild copies the bytes
// of pieces whose key it already wrote and makes only the others' text; a file whose pieces are all the
// previous ones, in order, is linked from the previous site instead of written. The previous file is used
// only while it is as that build wrote it (size, time and inode, as the page manifest checks pages).
import fs from 'node:fs';

/**
 * A file's pieces: equal keys mean equal text; `text(i)` makes piece i's when the previous file lacks it.
 * Arrays rather than an object per piece: a file has up to one piece per claim.
 */
export interface Pieces {
  keys: string[];
  text(i: number): string;
}

/** What a written file is made of, and how to know it again. */
export interface PieceIndex {
  keys: string[];
  /** Byte length of each piece. */
  lengths: number[];
  size: number;
  mtimeMs: number;
  ino: number;
}

/** A previous file whose index still describes it. */
export interface PreviousPieces {
  file: string;
  index: PieceIndex;
}

/** `file` and its index when the file is still as indexed; null otherwise (then every piece is made). */
export function previousPieces(file: string, index: PieceIndex | undefined | null): PreviousPieces | null {
  if (!index || !Array.isArray(index.keys) || !Array.isArray(index.lengths) || index.keys.length !== index.lengths.length) return null;
  try {
    const st = fs.statSync(file);
    if (st.size !== index.size || st.mtimeMs !== index.mtimeMs || st.ino !== index.ino) return null;
  } catch {
    return null;
  }
  let total = 0;
  for (const n of index.lengths) {
    if (!Number.isInteger(n) || n < 0) return null;
    total += n;
  }
  return total === index.size ? { file, index } : null;
}

/** Bytes written or copied at a time. */
const CHUNK = 1 << 20;

/**
 * Writes the pieces into `file` (which must not exist); returns its index. `linked`: the previous file was
 * linked (or copied) whole, its pieces being this file's; `made`: the pieces whose text was made.
 */
export function writePieces(file: string, pieces: Pieces, previous: PreviousPieces | null): { index: PieceIndex; linked: boolean; made: number } {
  const { keys } = pieces;
  const prev = previous?.index;
  if (previous && prev && sameKeys(keys, prev.keys) && linkOrCopy(previous.file, file)) {
    return { index: { ...prev, ...identity(file) }, linked: true, made: 0 };
  }
  const starts: number[] = [];
  if (prev) {
    let offset = 0;
    for (let i = 0; i < prev.lengths.length; i++) {
      starts.push(offset);
      offset += prev.lengths[i];
    }
  }
  const find = previousAt(prev);
  const lengths: number[] = [];
  let made = 0;
  const fd = fs.openSync(file, 'wx');
  let from = previous ? fs.openSync(previous.file, 'r') : null;
  try {
    const buffer = Buffer.allocUnsafe(from === null ? 0 : CHUNK);
    let text = '';
    // The run of previous bytes to copy next ([start, end)), grown while pieces follow each other there.
    let start = 0;
    let end = 0;
    const flushText = () => {
      if (text) fs.writeSync(fd, text);
      text = '';
    };
    const copyRun = () => {
      for (let p = start; p < end; ) {
        const n = fs.readSync(from!, buffer, 0, Math.min(CHUNK, end - p), p);
        if (n <= 0) throw new Error(`${previous!.file}: shorter than its index`);
        fs.writeSync(fd, buffer, 0, n);
        p += n;
      }
      start = end = 0;
    };
    let next = -1; // the previous piece after the last one copied
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const i = next >= 0 && next < prev!.keys.length && prev!.keys[next] === key ? next : find(key);
      if (i >= 0) {
        if (end === start || starts[i] !== end) {
          flushText();
          copyRun();
          start = starts[i];
        }
        end = starts[i] + prev!.lengths[i];
        lengths.push(prev!.lengths[i]);
        next = i + 1;
      } else {
        copyRun();
        const t = pieces.text(k);
        made++;
        lengths.push(Buffer.byteLength(t));
        text += t;
        if (text.length > CHUNK) flushText();
        // A piece made in place of one (an edited record): the previous piece after that one may follow.
        next = next >= 0 ? next + 1 : -1;
      }
    }
    copyRun();
    flushText();
  } finally {
    fs.closeSync(fd);
    if (from !== null) fs.closeSync(from);
    from = null;
  }
  return { index: { keys, lengths, ...identity(file) }, linked: false, made };
}

/** Misses looked up by a scan of the previous keys before they are indexed (most rebuilds change few pieces). */
const SCAN_MISSES = 16;

/**
 * Where the previous file holds a key first, -1 for none. The map of every previous key (138,000 at 4,000
 * articles) is made only once more than a few pieces do not follow the previous ones; until then a miss
 * scans the keys. Either way the answer is the same.
 */
function previousAt(prev: PieceIndex | undefined): (key: string) => number {
  let at: Map<string, number> | null = null;
  let misses = 0;
  return (key) => {
    if (!prev) return -1;
    if (at === null && ++misses <= SCAN_MISSES) return prev.keys.indexOf(key);
    if (at === null) {
      at = new Map();
      prev.keys.forEach((k, i) => {
        if (!at!.has(k)) at!.set(k, i);
      });
    }
    return at.get(key) ?? -1;
  };
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A hard link where the file system allows (the previous site is never written to), else a copy. */
function linkOrCopy(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch {
    try {
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      return true;
    } catch {
      return false;
    }
  }
}

function identity(file: string): { size: number; mtimeMs: number; ino: number } {
  const st = fs.statSync(file);
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}
