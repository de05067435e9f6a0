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

/** A run of this program again, in a child process started early (startRerun), that waits to be told to build. */
export interface Rerun {
  /**
   * Lets the child build once it is ready, and resolves with its exit status; null when no child could be
   * started or it ended before it was let go (the program then runs here, as it would have).
   */
  go(): Promise<number | null>;
}

/**
 * Starts this program again in a child process with the young generation's size (same arguments, folder,
 * environment and standard streams), at once: the child loads its modules while this process takes its
 * locks and its no-op check, and builds only when `go` lets it (awaitLauncher). A child not let go is killed
 * when this process exits. null when this process already runs with a size set. Signals this process gets
 * are passed on; a child ended by a signal ends this process by it.
 */
export function startRerun(): Rerun | null {
  const args = youngGenerationArgs(process.execArgv, process.env.NODE_OPTIONS);
  if (!args) return null;
  // The launcher's pid: the build lock names the process that was started (site/build-lock.ts).
  const env = { ...process.env, DOSSIER_LAUNCHER_PID: String(process.pid) };
  // A channel to the child: it says when it is ready and is told to build, and learns when this process is gone (followLauncher).
  const child = spawn(process.execPath, [...args, ...process.argv.slice(1)], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env });
  // Signals are passed on once the child builds; before, this process ends by them and the child with it.
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  let released = false;
  let ready = false;
  let letGo: (() => void) | null = null;
  child.on('message', (m) => {
    if (m !== READY) return;
    ready = true;
    letGo?.();
  });
  // The child has done nothing but load modules until it is let go: when this process stops first, so does the child.
  const discard = () => {
    if (!released && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', discard);
  const ended = new Promise<number | null>((resolve) => {
    const done = (code: number | null) => {
      for (const s of signals) process.off(s, forward);
      process.off('exit', discard);
      resolve(code);
    };
    child.on('error', () => done(null));
    child.on('exit', (code, signal) => {
      if (signal && released) {
        for (const s of signals) process.off(s, forward);
        process.off('exit', discard);
        process.kill(process.pid, signal);
      }
      done(released ? (code ?? 1) : null);
    });
  });
  return {
    go() {
      const release = () => {
        if (released || child.exitCode !== null || child.signalCode !== null || !child.connected) return;
        released = true;
        for (const s of signals) process.on(s, forward);
        child.send(GO);
      };
      if (ready) release();
      else letGo = release;
      return ended;
    },
  };
}

const READY = 'dossier:ready';
const GO = 'dossier:go';

/**
 * Runs this program again in a child process with the young generation's size and lets it build at once;
 * resolves with its exit status (see startRerun). null at once when this process already runs with a size set.
 */
export function rerunWithYoungGeneration(rerun: Rerun | null = startRerun()): Promise<number | null> | null {
  return rerun ? rerun.go() : null;
}

/**
 * In the child of startRerun: says it is ready and resolves with true once the launcher lets it build, with
 * false when the launcher is gone first. true at once in a process that is no such child.
 */
export function awaitLauncher(): Promise<boolean> {
  if (process.env.DOSSIER_LAUNCHER_PID === undefined || !process.send) return Promise.resolve(true);
  // Its launcher gone (this process handed to another parent): it must not build without the launcher's locks.
  if (!isRerun() || !process.connected) return Promise.resolve(false);
  return new Promise((resolve) => {
    const settle = (go: boolean) => {
      process.off('message', onMessage);
      process.off('disconnect', onGone);
      resolve(go);
    };
    const onMessage = (m: unknown) => {
      if (m === GO) settle(true);
    };
    const onGone = () => settle(false);
    process.on('message', onMessage);
    process.once('disconnect', onGone);
    // The channel keeps this process alive until the answer (followLauncher lets go of it).
    process.channel?.ref();
    process.send!(READY);
  }).finally(() => process.channel?.unref()) as Promise<boolean>;
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
