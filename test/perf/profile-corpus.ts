// Profiling script for the cross-source stages (issue 8; not a test):
//   npx tsx test/perf/profile-corpus.ts [sizes=1000,4000]
// Generates each corpus in memory, runs every per-article stage once (untimed), then times, in CPU time,
// the corpus stages in the order assemble.ts runs them: detectSyndication, resolveActors,
// corroborateClaims, clusterEvents, findDiscrepancies. Inputs are built the way assemble.ts builds them
// (without curation). Prints ms per stage and per article for each size, and the growth ratio between
// sizes: near-linear stages grow about as much as the corpus does.
// PROFILE_DIGEST=1 also prints a hash of each stage's output, to check an optimisation changed no result.
import { createHash } from 'node:crypto';
import { generateArticles } from '../../scripts/bench/generate.ts';
import { prepareArticle } from '../../scripts/ingest/index.ts';
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import { extractClaims } from '../../scripts/extract/claims/index.ts';
import { extractEvents } from '../../scripts/extract/events/index.ts';
import { detectSyndication } from '../../scripts/assemble/syndication.ts';
import { resolveActors } from '../../scripts/assemble/resolve.ts';
import { corroborateClaims, type ClaimInput } from '../../scripts/assemble/corroborate.ts';
import { clusterEvents, type EventInput } from '../../scripts/assemble/event-clusters.ts';
import { findDiscrepancies } from '../../scripts/assemble/discrepancies.ts';
import type { ArticleClaim, ArticleEvent, CleanedArticle, LocalEntity, SourceMeta } from '../../scripts/lib/types.ts';

interface X {
  meta: SourceMeta;
  cleaned: CleanedArticle;
  entities: LocalEntity[];
  claims: ArticleClaim[];
  events: ArticleEvent[];
}

const sizes = (process.argv[2] ?? '1000,4000').split(',').map(Number);
const cpu = <T>(f: () => T): [T, number] => {
  const c0 = process.cpuUsage();
  const r = f();
  const c = process.cpuUsage(c0);
  return [r, (c.user + c.system) / 1000];
};
const span = (x: X, from: number, to: number) =>
  x.cleaned.sentences
    .slice(from - 1, Math.max(from, to))
    .map((s) => s.text)
    .join(' ');

const results: Record<number, Record<string, number>> = {};
for (const n of sizes) {
  const xs: X[] = [];
  generateArticles(n).forEach((g, i) => {
    const id = `s${String(i).padStart(5, '0')}`;
    const p = prepareArticle({ file: g.file, path: `/generated/${g.file}`, bytes: Buffer.from(g.content) }, id);
    if (!p.ok) return;
    const { entities, mentions } = detectEntities(p.cleaned, id);
    xs.push({
      meta: p.meta,
      cleaned: p.cleaned,
      entities,
      claims: extractClaims(p.cleaned, entities, mentions),
      events: extractEvents(p.cleaned, p.meta, entities, mentions),
    });
  });
  const t: Record<string, number> = {};
  const [syn, tSyn] = cpu(() => detectSyndication(xs.map((x) => ({ id: x.meta.id, meta: x.meta, cleaned: x.cleaned }))));
  t.syndication = tSyn;
  const reportOf = new Map(xs.map((x) => [x.meta.id, syn.reportOf.get(x.meta.id) ?? `report-${x.meta.id}`]));
  const [resolved, tRes] = cpu(() => resolveActors(xs.map((x) => ({ sourceId: x.meta.id, entities: x.entities, report: reportOf.get(x.meta.id) }))));
  t.resolve = tRes;
  const actorFor = (sid: string, local: string | null | undefined) => (local ? (resolved.actorOf.get(`${sid}\u0000${local}`) ?? null) : null);
  const actorsFor = (sid: string, locals: string[]) => [...new Set(locals.map((l) => actorFor(sid, l)).filter((a): a is string => !!a))].sort();
  const claimInputs: ClaimInput[] = xs.flatMap((x) =>
    x.claims.map((c) => ({
      sourceId: x.meta.id,
      claim: c,
      speakerActor: actorFor(x.meta.id, c.speaker),
      targetActors: actorsFor(x.meta.id, c.targets),
      sentenceText: span(x, c.sentence, c.sentence_end),
    })),
  );
  const [claims, tCor] = cpu(() => corroborateClaims(claimInputs, reportOf));
  t.corroborate = tCor;
  const eventInputs: EventInput[] = xs.flatMap((x) =>
    x.events.map((e) => ({
      sourceId: x.meta.id,
      event: e,
      agentActors: actorsFor(x.meta.id, e.agents),
      patientActors: actorsFor(x.meta.id, e.patients),
      placeActors: actorsFor(x.meta.id, e.places),
      sentenceText: span(x, e.sentence, e.sentence),
      reference: x.meta.published ?? null,
    })),
  );
  const [events, tClu] = cpu(() => clusterEvents(eventInputs, reportOf));
  t.clusterEvents = tClu;
  const [disc, tDis] = cpu(() => findDiscrepancies(events, eventInputs, claims));
  t.discrepancies = tDis;
  t.total = tSyn + tRes + tCor + tClu + tDis;
  results[n] = t;
  console.log(
    `${n} articles (${xs.length} usable): ${resolved.actors.length} actors, ${claims.length} claims from ${claimInputs.length}, ` +
      `${events.length} events from ${eventInputs.length}, ${disc.length} discrepancies, ${syn.copies.length} copy groups`,
  );
  if (process.env.PROFILE_DIGEST) {
    const h = (x: unknown) => createHash('sha256').update(JSON.stringify(x, (_k, v) => (v instanceof Map ? [...v] : v))).digest('hex').slice(0, 12);
    console.log(`  digest syndication ${h(syn)} resolve ${h(resolved)} corroborate ${h(claims)} clusters ${h(events)} discrepancies ${h(disc)}`);
    { const sizes = new Map<string, number>(); for (const c of claims) sizes.set(c.cluster, (sizes.get(c.cluster) ?? 0) + 1); const multi = [...sizes.values()].filter((v) => v > 1); console.log(`  claim clusters ${sizes.size}, with 2+ claims ${multi.length}, claims in them ${multi.reduce((a, b) => a + b, 0)}`); }
  }
  for (const [k, v] of Object.entries(t)) console.log(`  ${k.padEnd(14)} ${v.toFixed(0).padStart(7)} ms  ${(v / xs.length).toFixed(3)} ms/article`);
}
if (sizes.length >= 2) {
  const [a, b] = [sizes[0], sizes[sizes.length - 1]];
  console.log(`growth ${a} -> ${b} (x${(b / a).toFixed(1)} articles):`);
  for (const k of Object.keys(results[a])) console.log(`  ${k.padEnd(14)} x${(results[b][k] / Math.max(0.001, results[a][k])).toFixed(2)}`);
}
