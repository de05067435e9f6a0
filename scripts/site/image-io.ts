// File work shared by the image stages (images.ts, preview-cards.ts): bounded parallelism, atomic writes
// into the cache, copies into the site as reflinks where the file system can.
import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { copyFile, mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Parallel encodes at once (sharp/libvips already uses threads inside each): the build machine has ~2 cores and rendering runs next to us. */
export const CONCURRENCY = 2;
/** Parallel file copies on a warm build (I/O, not CPU). */
export const COPY_CONCURRENCY = 16;

export function sha(s: string | Buffer, n = 16): string {
  return createHash('sha256').update(s).digest('hex').slice(0, n);
}

export async function writeAtomic(file: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Copy, as a reflink where the filesystem supports it (cache and site usually share a disk). */
export async function place(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await copyFile(from, to, fsConstants.COPYFILE_FICLONE);
}

export async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Run tasks with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function errText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
