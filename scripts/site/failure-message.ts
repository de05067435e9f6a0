// Every expected failure of a build is one line: a full disk, a read-only or unwritable folder, a busy
// cache. Errors reach the command line from Node's file system calls directly, wrapped by Eleventy
// (originalError), or as the message of a worker thread's error (only its text survives); all are
// recognised here by their errno code. Anything else is a bug, reported on one line too, with the stack
// trace only on request (--verbose).
import { LockBusyError } from './build-lock.ts';
import { SwapError } from './atomic-swap.ts';

const BY_CODE: Record<string, (p: string) => string> = {
  ENOSPC: (p) => `no space left on the device${p ? ` (writing ${p})` : ''}`,
  EDQUOT: (p) => `disk quota exceeded${p ? ` (writing ${p})` : ''}`,
  EROFS: (p) => `${p || 'a folder'} is on a read-only file system`,
  EACCES: (p) => `permission denied: ${p || 'a file or folder'}`,
  EPERM: (p) => `operation not permitted: ${p || 'a file or folder'}`,
  ENOTDIR: (p) => `${p || 'a path'}: part of the path is a file, not a folder`,
  EISDIR: (p) => `${p || 'a path'} is a folder where a file was expected`,
  EMFILE: () => 'too many open files (raise the limit with ulimit -n)',
  ENFILE: () => 'too many open files on the system',
  EIO: (p) => `input/output error${p ? ` on ${p}` : ''} (a failing disk or network share?)`,
  ENAMETOOLONG: (p) => `path too long: ${p}`,
  ELOOP: (p) => `too many symbolic links: ${p}`,
  EBUSY: (p) => `${p || 'a file or folder'} is busy`,
  ENOENT: (p) => `${p || 'a file or folder'} does not exist (was it removed during the build?)`,
};

/** A stage of the site build failed unexpectedly (stage-boundary.ts): its message is the one line, naming the stage. */
export class StageError extends Error {
  constructor(line: string, cause: unknown) {
    super(line, { cause });
    this.name = 'StageError';
  }
}

interface Found {
  code: string;
  path: string;
}

/** The first errno code (and path) in an error, its causes, or its message. */
function findCode(err: unknown, depth = 0): Found | null {
  if (!err || typeof err !== 'object' || depth > 5) return null;
  const e = err as { code?: unknown; path?: unknown; dest?: unknown; message?: unknown; cause?: unknown; originalError?: unknown };
  if (typeof e.code === 'string' && BY_CODE[e.code]) return { code: e.code, path: typeof e.path === 'string' ? e.path : '' };
  const inner = findCode(e.originalError, depth + 1) ?? findCode(e.cause, depth + 1);
  if (inner) return inner;
  if (typeof e.message === 'string') {
    // "ENOSPC: no space left on device, write" / "EACCES: permission denied, open '/x/y'"
    const m = /\b(E[A-Z]+): [^,\n]*(?:, \w+ '([^']*)')?/.exec(e.message);
    if (m && BY_CODE[m[1]]) return { code: m[1], path: m[2] ?? '' };
  }
  return null;
}

/** One line for any failure; `expected` is false for a bug (the caller may add the stack trace). */
export function failureMessage(err: unknown): { line: string; expected: boolean } {
  if (err instanceof LockBusyError || err instanceof SwapError) return { line: err.message, expected: true };
  if (err instanceof StageError) return { line: err.message, expected: false };
  const found = findCode(err);
  if (found) return { line: BY_CODE[found.code](found.path), expected: true };
  const text = err instanceof Error ? err.message : String(err);
  return { line: `internal error: ${text.split('\n')[0]}`, expected: false };
}
