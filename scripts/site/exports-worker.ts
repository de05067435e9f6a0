// Worker thread body for writeDataFilesInBackground (exports.ts): writes data/dossier.json and the
// exports from a structured clone of the dossier while the main thread renders.
import { parentPort, workerData } from 'node:worker_threads';
import { writeDataFiles, type ExportMeta } from './exports.ts';
import type { Dossier, Network } from '../lib/types.ts';

const data = workerData as { dossier: Dossier; network: Network | null; outDir: string; meta: ExportMeta };
try {
  writeDataFiles(data.dossier, data.network, data.outDir, data.meta);
  parentPort?.postMessage({ ok: true });
} catch (e) {
  parentPort?.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) });
}
