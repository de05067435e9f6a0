// Profiling script for the per-article stages (issue 8; not a test):
//   npx tsx test/perf/profile-extract.ts [articles=500] [passes=5]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/perf/profile-extract.ts
// Generates articles in memory, prepares each once (untimed), then times detectEntities, extractClaims and
// extractEvents separately in CPU time (user + system: on a shared machine wall-clock time mostly measures
// the neighbours) over several passes and prints ms/article per stage (best pass and mean).
// PROFILE_STAGE=entities|claims|events restricts the timed passes to one stage (cleaner CPU profiles).
// PROFILE_DIGEST=1 prints a hash of every stage's output, to check an optimisation changed no result.
import { createHash } from 'node:crypto';
import { generateArticles } from '../../scripts/bench/generate.ts';
import { prepareArticle } from '../../scripts/ingest/index.ts';
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import { extractClaims } from '../../scripts/extract/claims/index.ts';
import { extractEvents } from '../../scripts/extract/events/index.ts';
import type { CleanedArticle, LocalEntity, Mention, SourceMeta } from '../../scripts/lib/types.ts';

const n = Number(process.argv[2] ?? 500);
const passes = Number(process.argv[3] ?? 5);
const only = process.env.PROFILE_STAGE;

const generated = generateArticles(n);
const prepared: { id: string; cleaned: CleanedArticle; meta: SourceMeta }[] = [];
generated.forEach((g, i) => {
  const id = `s${String(i).padStart(4, '0')}`;
  const p = prepareArticle({ file: g.file, path: `/generated/${g.file}`, bytes: Buffer.from(g.content) }, id);
  if (p.ok) prepared.push({ id, cleaned: p.cleaned, meta: p.meta });
});
const words = prepared.reduce((a, p) => a + p.cleaned.paragraphs.join(" ").split(/\s+/).length, 0);
console.log(`${prepared.length}/${n} articles prepared, ${Math.round(words / prepared.length)} words/article, ${passes} passes`);

// Entities feed the other two stages; computed once so each stage is timed on its own.
const ents: { entities: LocalEntity[]; mentions: Mention[] }[] = prepared.map((p) => detectEntities(p.cleaned, p.id));

const cpu = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

const stages: Record<string, () => number> = {
  entities: () => {
    let k = 0;
    for (const p of prepared) k += detectEntities(p.cleaned, p.id).entities.length;
    return k;
  },
  claims: () => {
    let k = 0;
    prepared.forEach((p, i) => (k += extractClaims(p.cleaned, ents[i].entities, ents[i].mentions).length));
    return k;
  },
  events: () => {
    let k = 0;
    prepared.forEach((p, i) => (k += extractEvents(p.cleaned, p.meta, ents[i].entities, ents[i].mentions).length));
    return k;
  },
};

// Warm-up pass (JIT, lazy regex compilation), untimed.
for (const [name, run] of Object.entries(stages)) if (!only || only === name) run();

const times: Record<string, number[]> = {};
const counts: Record<string, number> = {};
for (let pass = 0; pass < passes; pass++) {
  for (const [name, run] of Object.entries(stages)) {
    if (only && only !== name) continue;
    (times[name] ??= []).push(cpu(() => (counts[name] = run())));
  }
}
let totalBest = 0;
for (const [name, ts] of Object.entries(times)) {
  const best = Math.min(...ts) / prepared.length;
  const mean = ts.reduce((a, b) => a + b, 0) / ts.length / prepared.length;
  totalBest += best;
  console.log(`${name.padEnd(9)} ${best.toFixed(3)} ms/article best, ${mean.toFixed(3)} mean  (${counts[name]} items/pass)`);
}
console.log(`${'total'.padEnd(9)} ${totalBest.toFixed(3)} ms/article (sum of bests)`);

if (process.env.PROFILE_DIGEST) {
  const digest = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
  const claims = prepared.map((p, i) => extractClaims(p.cleaned, ents[i].entities, ents[i].mentions));
  const events = prepared.map((p, i) => extractEvents(p.cleaned, p.meta, ents[i].entities, ents[i].mentions));
  console.log(`digest entities ${digest(ents)} claims ${digest(claims)} events ${digest(events)}`);
}
