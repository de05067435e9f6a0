// Micro-benchmark for extractEvents (not a test): `npx tsx test/events/bench.ts [dir] [repeats]`.
// Prepares the articles once with the real per-article stages (ingest + entities), then times only
// extractEvents over all of them `repeats` times and prints ms per article and per sentence.
import path from 'node:path';
import { readSourceFolder, assignSourceIds } from '../../scripts/ingest/read.ts';
import { prepareArticle } from '../../scripts/ingest/index.ts';
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import { extractEvents as current } from '../../scripts/extract/events/index.ts';

// EVENTS_MODULE=path/to/events.ts compares another version (e.g. a checkout of the previous commit).
const extractEvents: typeof current = process.env.EVENTS_MODULE ? (await import(path.resolve(process.env.EVENTS_MODULE))).extractEvents : current;
const dir = process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'sources');
const repeats = Number(process.argv[3] ?? 200);
const { files } = readSourceFolder(dir);
const ids = assignSourceIds(files.map((f) => f.file)).ids;
const prepared = [];
for (const f of files) {
  const p = prepareArticle(f, ids.get(f.file) ?? f.file);
  if (!p.ok) continue;
  const { entities, mentions } = detectEntities(p.cleaned, p.meta.id);
  prepared.push({ cleaned: p.cleaned, meta: p.meta, entities, mentions });
}
const sentences = prepared.reduce((n, p) => n + p.cleaned.sentences.length, 0);
let events = 0;
// warm-up (JIT, lazy regex compilation)
for (let i = 0; i < 20; i++) for (const p of prepared) extractEvents(p.cleaned, p.meta, p.entities, p.mentions);
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < repeats; i++) for (const p of prepared) events += extractEvents(p.cleaned, p.meta, p.entities, p.mentions).length;
const wall = performance.now() - t0;
const cpu = process.cpuUsage(c0);
// CPU time (user + system) is reported: on a shared machine wall-clock time mostly measures the neighbours.
const ms = (cpu.user + cpu.system) / 1000;
const n = repeats * prepared.length;
console.log(
  `${prepared.length} articles (${sentences} sentences) x ${repeats}: ${ms.toFixed(0)} ms CPU (${wall.toFixed(0)} ms wall), ` +
    `${(ms / n).toFixed(3)} ms/article, ${((ms / (repeats * sentences)) * 1000).toFixed(1)} µs/sentence, ${events / repeats} events/pass`,
);
