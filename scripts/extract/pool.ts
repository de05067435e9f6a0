// Per-article extraction spread over worker threads (piscina). Results come back in any order;
// the caller puts them in file order, so output does not depend on scheduling.
import { Piscina } from 'piscina';
import type { InputFile } from '../lib/types.ts';
import type { EncodedEntry } from './cache.ts';
import { workerExecArgv } from '../lib/ts-worker.ts';

export interface PoolJob {
  file: InputFile;
  id: string;
  key: string;
}

/** Runs the jobs; `onResult` gets each one's result as the cache stores it (worker.ts says why). */
export async function runInPool(jobs: PoolJob[], threads: number, onResult: (index: number, entry: EncodedEntry) => void): Promise<void> {
  const pool = new Piscina({
    filename: new URL('./worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Workers inherit tsx's loader flags from this process, so they can load the TypeScript stages
    // (not its heap-size flags, which a worker refuses).
    execArgv: workerExecArgv(process.execArgv),
  });
  try {
    // Batches amortise the message passing; a batch is small enough to keep both cores busy to the end.
    const batchSize = Math.max(1, Math.min(50, Math.ceil(jobs.length / (threads * 8))));
    const batches: number[][] = [];
    for (let i = 0; i < jobs.length; i += batchSize) batches.push(jobs.slice(i, i + batchSize).map((_, k) => i + k));
    await Promise.all(
      batches.map(async (batch) => {
        const results = (await pool.run(batch.map((i) => jobs[i]))) as EncodedEntry[];
        results.forEach((r, k) => onResult(batch[k], r));
      }),
    );
  } finally {
    await pool.destroy();
  }
}
