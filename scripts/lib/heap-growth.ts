// How far the JavaScript heap may grow between full garbage collections. V8's own rule lets it grow up to
// four times what survived the last one when the machine has memory to spare: a 4,000-article build held
// about 500 MB of live data and peaked at 1.8 GB, most of it garbage not yet collected. Bounded growth
// keeps the peak near the live data for a few percent more time in the collector.
import v8 from 'node:v8';
import vm from 'node:vm';
import { spawn } from 'node:child_process';

/** The heap grows by at most this share of the live data before the next full collection. */
export const HEAP_GROWING_PERCENT = 40;

/**
 * Sets the bound for this process and its worker threads. V8 reads the flag each time it sets the next
 * collection's limit, so setting it once the process runs takes effect from the next collection on.
 */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}

let collector: (() => void) | null = null;

/**
 * A full garbage collection now. Called once a stage has let go of a large part of the heap (site.ts, before
 * the render): V8 sets the next collection's limit from what survived the last one, which was measured while
 * that part was still live, so without this the heap may grow by the size of what was let go before it is
 * collected (at 10,000 articles, about 300 MB at the start of the render).
 */
export function collectGarbage(): void {
  if (!collector) {
    // The collector is exposed to a new context only: the program's own global stays as it was.
    v8.setFlagsFromString('--expose-gc');
    collector = vm.runInNewContext('gc') as () => void;
  }
  collector();
}

/**
 * Size of each half of the young generation for a build, in MB (V8's default is 16 on 64-bit machines).
 * A build makes most of its objects briefly (parsed extractions, view records, page texts): with the
 * default, scavenges ran often and copied the same survivors again; at 4,000 articles, one changed, the
 * collector took 2.6 s instead of 3.8 s of the main thread with 64. 32, not 64: a cold 10,000-article
 * build peaked at 2,044 MB with 64 and 1,906 MB with 32 (issue 20 bounds it at 2 GB).
 */
export const SEMI_SPACE_MB = 32;
const SEMI_SPACE_FLAG = '--max-semi-space-size';

/**
 * The Node arguments to run this program again with that young generation, or null when it already has a
 * size of its own (given on the command line or in NODE_OPTIONS). V8 sizes the young generation when the
 * process starts, so a flag set later (v8.setFlagsFromString) does not change it.
 */
export function youngGenerationArgs(execArgv: readonly string[], nodeOptions: string | undefined): string[] | null {
  if (execArgv.some((a) => a.startsWith(SEMI_SPACE_FLAG)) || (nodeOptions ?? '').includes(SEMI_SPACE_FLAG)) return null;
  return [...execArgv, `${SEMI_SPACE_FLAG}=${SEMI_SPACE_MB}`];
}

/**
 * Runs this program again in a child process with the young generation's size (same arguments, folder,
 * environment and standard streams); resolves with its exit status, or null when no child could be
 * started (the program then runs here, as it would have). null at once when this process already runs with
 * a size set. Signals the parent gets are passed on; a child ended by a signal ends the parent by it.
 */
export function rerunWithYoungGeneration(): Promise<number | null> | null {
  const args = youngGenerationArgs(process.execArgv, process.env.NODE_OPTIONS);
  if (!args) return null;
  // The launcher's pid: the build lock names the process that was started (site/build-lock.ts).
  const env = { ...process.env, DOSSIER_LAUNCHER_PID: String(process.pid) };
  // A channel to the child only so that it learns when this process is gone (followLauncher).
  const child = spawn(process.execPath, [...args, ...process.argv.slice(1)], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env });
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const s of signals) process.on(s, forward);
  return new Promise((resolve) => {
    child.on('error', () => {
      for (const s of signals) process.off(s, forward);
      resolve(null);
    });
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

/**
 * In the child of rerunWithYoungGeneration: ends this process at once when the launcher is gone (killed
 * with SIGKILL, which it cannot pass on), as the build would have ended had it run in the launcher itself.
 */
export function followLauncher(): void {
  if (!isRerun() || !process.channel) return;
  process.channel.unref(); // the channel does not keep the build running
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}

/** Whether this process is the child of rerunWithYoungGeneration, its launcher still running. */
export function isRerun(): boolean {
  return Number(process.env.DOSSIER_LAUNCHER_PID) === process.ppid;
}
