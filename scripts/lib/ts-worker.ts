// A worker thread running a TypeScript module. An eval worker does not run the --import hooks of
// execArgv, so the entry registers tsx and then imports the module.
import { Worker } from 'node:worker_threads';

export function startTsWorker(moduleUrl: URL, workerData: unknown): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}); });`, {
    eval: true,
    workerData,
  });
}
