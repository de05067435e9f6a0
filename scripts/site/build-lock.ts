// One build at a time per cache and per output folder. Two builds sharing them would remove each other's
// staging folder and publish half a site; the second build waits (a bounded time) for the first and then
// stops with one line naming it. A lock left by a build that died (kill -9, power loss) is taken over:
// its process is gone, or its pid now belongs to another process (pids are reused, in containers often
// at once).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  started: string;
  /** The owner's start time in clock ticks since boot (Linux /proc), to tell a reused pid; null elsewhere. */
  procStart: string | null;
}

export class LockBusyError extends Error {
  constructor(
    message: string,
    readonly owner: LockOwner | null,
  ) {
    super(message);
  }
}

/** A lock left on another host is only presumed dead after this long (its process cannot be checked). */
const FOREIGN_STALE_MS = 12 * 3600 * 1000;
const POLL_MS = 200;

function procStartOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid ...": the command may hold spaces and parentheses; field 22 is starttime.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function readOwner(file: string): { owner: LockOwner | null; text: string } | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null; // released meanwhile
  }
  try {
    const o = JSON.parse(text) as LockOwner;
    if (typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.started === 'string') return { owner: o, text };
  } catch {
    // not ours, or damaged: judged by its age below
  }
  return { owner: null, text };
}

/** Whether the process that holds the lock is gone. */
export function isStale(owner: LockOwner | null): boolean {
  if (!owner) {
    // Lock files are written whole (link of a complete file), so an unreadable one is debris.
    return true;
  }
  if (owner.host !== os.hostname()) return Date.now() - Date.parse(owner.started) > FOREIGN_STALE_MS;
  if (owner.pid === process.pid) return true; // not taken by this process: a dead build's pid, reused
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return true;
  }
  const now = procStartOf(owner.pid);
  return owner.procStart !== null && now !== null && now !== owner.procStart;
}

function describe(owner: LockOwner | null): string {
  if (!owner) return 'another build';
  const when = owner.started.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return `another build (pid ${owner.pid}${owner.host !== os.hostname() ? ` on ${owner.host}` : ''}, started ${when})`;
}

export interface LockOptions {
  /** What the lock protects, for messages: "the cache /x/.cache". */
  what: string;
  /** How long to wait for another build before giving up (0: do not wait). */
  waitMs: number;
  /** Called once when the lock is held by another build and this one starts waiting. */
  onWait?: (line: string) => void;
}

/**
 * Takes the lock file `file` (created whole with a hard link, so it never exists half-written) and returns
 * its release. Released when the process exits; a lock of a dead process is taken over.
 */
export async function acquireLock(file: string, opts: LockOptions): Promise<() => void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // A build run again by its launcher (lib/heap-growth.ts) names the process that was started, which lives as long as it.
  const launcher = Number(process.env.DOSSIER_LAUNCHER_PID);
  const pid = launcher === process.ppid ? launcher : process.pid;
  const mine: LockOwner = { pid, host: os.hostname(), started: new Date().toISOString(), procStart: procStartOf(pid) };
  const text = `${JSON.stringify(mine)}\n`;
  const deadline = Date.now() + Math.max(0, opts.waitMs);
  let waited = false;
  for (;;) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    try {
      fs.linkSync(tmp, file);
      const release = () => {
        // Only our own lock: never one a later build took over.
        if (readOwner(file)?.text === text) fs.rmSync(file, { force: true });
        process.removeListener('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    const held = readOwner(file);
    if (!held) continue;
    if (isStale(held.owner)) {
      // Remove it only if it is still the one judged dead.
      if (readOwner(file)?.text === held.text) fs.rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const waitedFor = waited ? `; waited ${Math.round(opts.waitMs / 1000)} s` : '';
      throw new LockBusyError(
        `${describe(held.owner)} is using ${opts.what}${waitedFor}; try again when it has finished (or remove ${file} if no build is running)`,
        held.owner,
      );
    }
    if (!waited) {
      waited = true;
      opts.onWait?.(`waiting for ${describe(held.owner)} to finish with ${opts.what}`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
