// The cross-source stages: syndication -> resolve -> curation -> corroborate -> event clusters ->
// discrepancies. Input: every article's extraction; output: the contract's dossier data.
import { detectSyndication } from './syndication.ts';
import { resolveActors } from './resolve.ts';
import { applyCuration, loadCuration } from './curation.ts';
import { corroborateClaims, type ClaimInput } from './corroborate.ts';
import { clusterEvents, eventRecords, type EventInput } from './event-clusters.ts';
import { reconcileEventDates } from './date-consistency.ts';
import { findDiscrepancies } from './discrepancies.ts';
import type { ArticleExtraction, ClaimRecord, Dossier, SourceRecord, Warning } from '../lib/types.ts';

export interface AssembleOptions {
  /** Curation file to apply, or null for none (`--no-curation`). */
  curationFile: string | null;
}

export interface Assembled {
  dossier: Dossier;
  warnings: Warning[];
  errors: string[];
  /** Source id -> local entity key -> actor id (after curation); null = hidden. */
  actorOf: Map<string, string>;
  hidden: Set<string>;
  copies: { report: string; sources: string[]; wire: string | null; shared_sentences: number }[];
}

const key = (sourceId: string, local: string) => `${sourceId}\u0000${local}`;

/** Text of sentences a..b of an article, as in the cleaned text. */
export function sentenceSpan(x: ArticleExtraction, from: number, to: number): string {
  return x.cleaned.sentences
    .slice(from - 1, Math.max(from, to))
    .map((s) => s.text)
    .join(' ');
}

export function assembleDossier(extractions: ArticleExtraction[], opts: AssembleOptions): Assembled {
  const warnings: Warning[] = [];
  const errors: string[] = [];
  const byId = new Map(extractions.map((x) => [x.meta.id, x]));

  // Syndication first: everything that counts confirmation counts reports, not outlets.
  const syn = detectSyndication(extractions.map((x) => ({ id: x.meta.id, meta: x.meta, cleaned: x.cleaned })));
  const reportOf = syn.reportOf;

  const sources: SourceRecord[] = extractions
    .map((x) => ({
      id: x.meta.id,
      file: x.meta.file,
      title: x.meta.title,
      outlet: x.meta.outlet,
      published: x.meta.published,
      wire: x.meta.wire,
      dateline: x.meta.dateline,
      url: x.meta.url,
      report: reportOf.get(x.meta.id) ?? `report-${x.meta.id}`,
      url_path: `/sources/${x.meta.id}/`,
      page_date: x.meta.page_date,
      published_basis: x.meta.published_basis,
      word_count: x.meta.word_count,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const reportOfSource = new Map(sources.map((s) => [s.id, s.report]));

  // Actors.
  // Report ids let copies of one wire story count once when the canonical name is chosen.
  const resolved = resolveActors(
    extractions.map((x) => ({ sourceId: x.meta.id, entities: x.entities, report: reportOfSource.get(x.meta.id) })),
  );
  let actors = resolved.actors;
  let actorOf = resolved.actorOf;
  let hidden = new Set<string>();
  if (opts.curationFile) {
    const loaded = loadCuration(opts.curationFile);
    if (loaded.errors.length) errors.push(...loaded.errors);
    else if (loaded.curation) {
      const curated = applyCuration(actors, actorOf, loaded.curation);
      actors = curated.actors;
      actorOf = curated.actorOf;
      hidden = curated.hidden;
      for (const w of curated.warnings) warnings.push({ file: opts.curationFile, message: w.replace(/^curation\.yml:\s*/, '') });
    }
  }
  const visible = new Set(actors.filter((a) => !hidden.has(a.id)).map((a) => a.id));
  const actorFor = (sourceId: string, local: string | null | undefined): string | null => {
    if (!local) return null;
    const id = actorOf.get(key(sourceId, local));
    return id && visible.has(id) ? id : null;
  };
  const actorsFor = (sourceId: string, locals: string[]) =>
    [...new Set(locals.map((l) => actorFor(sourceId, l)).filter((a): a is string => !!a))].sort();

  // Claims.
  const claimInputs: ClaimInput[] = [];
  for (const x of extractions) {
    for (const c of x.claims) {
      claimInputs.push({
        sourceId: x.meta.id,
        claim: c,
        speakerActor: actorFor(x.meta.id, c.speaker),
        targetActors: actorsFor(x.meta.id, c.targets),
        sentenceText: sentenceSpan(x, c.sentence, c.sentence_end),
      });
    }
  }
  let claims: ClaimRecord[] = corroborateClaims(claimInputs, reportOfSource);

  // Events. A source without a publication date may read its relative dates against a copy of the same
  // report that has one (a wire story is the same text, published the same day or so).
  const publishedOfReport = new Map<string, string>();
  for (const s of sources) {
    if (!s.published) continue;
    const prev = publishedOfReport.get(s.report);
    if (!prev || s.published < prev) publishedOfReport.set(s.report, s.published);
  }
  let eventInputs: EventInput[] = [];
  for (const x of extractions) {
    for (const e of x.events) {
      eventInputs.push({
        sourceId: x.meta.id,
        event: e,
        agentActors: actorsFor(x.meta.id, e.agents),
        patientActors: actorsFor(x.meta.id, e.patients),
        placeActors: actorsFor(x.meta.id, e.places),
        sentenceText: sentenceSpan(x, e.sentence, e.sentence),
        reference: x.meta.published ?? publishedOfReport.get(reportOfSource.get(x.meta.id) ?? '') ?? null,
      });
    }
  }
  // Cross-source date check (date-consistency.ts): a first clustering pass shows which sources report
  // as past what independent reports date after their published day; those sources' relative dates
  // are re-read against the range still possible, and the events clustered once more (one extra pass).
  const consistency = reconcileEventDates(
    eventInputs,
    sources.map((s) => ({ id: s.id, file: s.file, published: s.published, report: s.report })),
    reportOfSource,
  );
  for (let i = 0; i < sources.length; i++) {
    const ref = consistency.references.get(sources[i].id);
    if (ref) sources[i] = { ...sources[i], date_reference: { from: ref.range?.from ?? null, to: ref.range?.to ?? null, basis: ref.basis } };
  }
  warnings.push(...consistency.warnings);
  eventInputs = consistency.inputs;
  const events = consistency.clusters ? eventRecords(consistency.clusters, reportOfSource) : clusterEvents(eventInputs, reportOfSource);

  const discrepancies = findDiscrepancies(events, eventInputs, claims);
  const contradicted = new Set(discrepancies.flatMap((d) => d.claims));
  claims = claims.map((c) => (contradicted.has(c.id) ? { ...c, grade: 'contradicted' as const } : c));

  const dossier: Dossier = {
    sources,
    actors: actors.filter((a) => visible.has(a.id)),
    claims,
    events,
    discrepancies,
  };
  void byId;
  return { dossier, warnings, errors, actorOf, hidden, copies: syn.copies };
}
