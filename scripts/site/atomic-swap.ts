// Publishing a build: the site is built in a staging folder beside `--out` (a hidden sibling, so on the
// same file system) and put in place with two renames, never a copy:
//   <out> -> .<name>.dossier-previous   (the old site, still whole)
//   .<name>.dossier-staging -> <out>    (the new site, whole)
// A failure at any point leaves the old site or the new one whole. A kill between the two renames leaves
// the old site under its backup name: the next build (or `briefs`) puts it back before doing anything
// else (recoverInterruptedSwap). Old sites are deleted after the swap, in the background.
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';

/** The hidden siblings of an output folder. */
export function siblingsOf(out: string): { staging: string; backup: string; trashPrefix: string; lock: string } {
  const dir = path.dirname(path.resolve(out));
  const name = path.basename(path.resolve(out));
  return {
    staging: path.join(dir, `.${name}.dossier-staging`),
    backup: path.join(dir, `.${name}.dossier-previous`),
    trashPrefix: `.${name}.dossier-old-`,
    lock: path.join(dir, `.${name}.dossier-lock`),
  };
}

/** An expected failure of the swap, with its one-line reason. */
export class SwapError extends Error {}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? '';
}

/** Moves a folder out of the way under a unique name, then deletes it in the background. */
function throwAway(dir: string, out: string): void {
  const { trashPrefix } = siblingsOf(out);
  const trash = path.join(path.dirname(dir), `${trashPrefix}${process.pid}-${Date.now().toString(36)}`);
  try {
    fs.renameSync(dir, trash);
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return;
    removeLater(dir);
    return;
  }
  removeLater(trash);
}

/**
 * Puts back an old site left under its backup name by a build killed between the two renames; removes a
 * backup that is no longer needed. Returns a line to report when a site was restored.
 */
export function recoverInterruptedSwap(out: string): string | null {
  const { backup } = siblingsOf(out);
  if (!fs.existsSync(backup)) return null;
  if (!fs.existsSync(out)) {
    fs.renameSync(backup, out);
    return `restored the previous site into ${out} (a build was interrupted while publishing)`;
  }
  throwAway(backup, out);
  return null;
}

/** A fresh, empty staging folder beside `out` (whatever an interrupted build left there is removed). */
export function prepareStaging(out: string): string {
  const { staging, trashPrefix } = siblingsOf(out);
  const dir = path.dirname(staging);
  fs.mkdirSync(dir, { recursive: true });
  if (fs.existsSync(staging)) throwAway(staging, out);
  // Old sites whose background removal did not finish (the machine went down meanwhile).
  for (const e of fs.readdirSync(dir)) if (e.startsWith(trashPrefix)) removeLater(path.join(dir, e));
  fs.mkdirSync(staging);
  return staging;
}

/** Deletes a staging folder of a failed build at once (a full disk needs the space back). */
export function discardStaging(staging: string): void {
  try {
    fs.rmSync(staging, { recursive: true, force: true });
  } catch {
    removeLater(staging);
  }
}

/** Replaces `out` by `staging` (its sibling) with two renames; on failure the old site stays at `out`. */
export function swapInto(staging: string, out: string): void {
  const { backup } = siblingsOf(out);
  if (fs.existsSync(backup)) throwAway(backup, out);
  let hadOld = false;
  try {
    fs.renameSync(out, backup);
    hadOld = true;
  } catch (e) {
    if (codeOf(e) !== 'ENOENT') throw swapFailure(e, out);
  }
  try {
    fs.renameSync(staging, out);
  } catch (e) {
    if (hadOld) fs.renameSync(backup, out);
    throw swapFailure(e, out);
  }
  if (hadOld) throwAway(backup, out);
}

function swapFailure(e: unknown, out: string): Error {
  const code = codeOf(e);
  if (code === 'EBUSY' || code === 'EXDEV')
    return new SwapError(`cannot replace ${out} by renaming it (${code}: is it a mount point?); use a folder inside it as --out`);
  return e as Error;
}

/**
 * Removes a folder after the build: deleting a previous site of thousands of pages takes seconds that
 * no one waits for, so a detached `rm -rf` does it (synchronously where there is no `rm`). Leftovers of an
 * interrupted removal are swept by the next build (prepareStaging).
 */
export function removeLater(dir: string): void {
  if (!fs.existsSync(dir)) return;
  if (process.platform !== 'win32' && fs.existsSync('/bin/rm')) {
    try {
      spawn('/bin/rm', ['-rf', dir], { detached: true, stdio: 'ignore' }).unref();
      return;
    } catch {
      // fall through
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
