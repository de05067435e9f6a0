// A worker thread running a TypeScript module. An eval worker does not run the --import hooks of
// execArgv, so the entry registers tsx and then imports the module.
import { Worker } from 'node:worker_threads';

/**
 * The Node arguments a worker thread inherits: the process's own, without the V8 heap-size flags a worker
 * refuses ("invalid execArgv flags"); a build runs with a young-generation size (lib/heap-growth.ts).
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  return execArgv.filter((a) => !/^--max-(?:semi|old)-space-size(?:=|$)/.test(a));
}

export function startTsWorker(moduleUrl: URL, workerData: unknown): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}); });`, {
    eval: true,
    workerData,
    execArgv: workerExecArgv(process.execArgv),
  });
}
