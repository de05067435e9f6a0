// Worker thread body for pool.ts: runs the per-article stages on a batch of articles.
import { Buffer } from 'node:buffer';
import { extractArticle, type ExtractResult } from './extract.ts';
import type { PoolJob } from './pool.ts';

export default function extractBatch(jobs: PoolJob[]): ExtractResult[] {
  return jobs.map((job) => {
    // Structured clone turns a Buffer into a plain Uint8Array; give the stages a Buffer back.
    const bytes = Buffer.from(job.file.bytes.buffer, job.file.bytes.byteOffset, job.file.bytes.byteLength);
    return extractArticle({ ...job.file, bytes }, job.id, job.key);
  });
}
