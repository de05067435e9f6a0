// The cross-source stages, in order: syndication -> resolve -> curation -> corroborate -> event
// clusters (with the date check) -> discrepancies -> relations. Input: every article's extraction; output: the
// contract's dossier data.
//
// Each stage runs at its own error boundary (lib/stage.ts). Where going on without a stage would
// publish something wrong, its failure stops the build with one line (an error): syndication (copies
// would count as independent confirmation), resolve (claims and events would lose who they are about)
// and curation (the analyst's merges and hidden actors would not be applied). Otherwise the failure is
// a one-line warning and the dossier is built without that stage's output.
import { detectSyndication } from './syndication.ts';
import { detectSyndicationCached } from './syndication-cache.ts';
import { resolveActors } from './resolve.ts';
import { applyCuration, loadCuration } from './curation.ts';
import { claimRecords, clusterClaims, fitsClaims } from './corroborate.ts';
import { clusterEventsDetailed, eventRecords, type EventCluster, type EventInput } from './event-clusters.ts';
import { reconcileEventDates, type DateReference } from './date-consistency.ts';
import { bannerDated } from './date-anchors.ts';
import { findDiscrepancies } from './discrepancies.ts';
import { relationRecords } from './relations.ts';
import { ActorLookup, claimInputs, eventInputs, sourceRecords } from './inputs.ts';
import { runStage, runStageOr } from '../lib/stage.ts';
import { StageCache, cachedStage } from './stage-cache.ts';
import { stageDigests } from './stage-digests.ts';
import type { ActorRecord, ArticleExtraction, Dossier, EventRecord, SourceRecord, Warning } from '../lib/types.ts';

export interface AssembleOptions {
  /** Curation file to apply, or null for none (`--no-curation`). */
  curationFile: string | null;
  /** Where the cross-source stages keep their indexes and results between builds (syndication-cache.ts, stage-cache.ts); none when absent. */
  indexDir?: string | null;
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

/** The `file` of a warning about a cross-source stage (the stage itself is named in the message). */
export const CROSS_SOURCE = 'cross-source stages';

/** --verbose: each cross-source stage's time on stderr, to see where a rebuild's time goes. */
function stageClock(): { lap: (name: string) => void; report: () => void } {
  let last = performance.now();
  const laps: string[] = [];
  return {
    lap(name) {
      const now = performance.now();
      laps.push(`${name} ${Math.round(now - last)} ms`);
      last = now;
    },
    report() {
      if (process.env.DOSSIER_VERBOSE) process.stderr.write(`assemble: ${laps.join(', ')}\n`);
    },
  };
}

export function assembleDossier(extractions: ArticleExtraction[], opts: AssembleOptions): Assembled {
  const clock = stageClock();
  const warnings: Warning[] = [];
  const errors: string[] = [];
  const leftOut = (line: string) => warnings.push({ file: CROSS_SOURCE, message: line });
  const stopped = (failure: string, why: string): Assembled => ({
    dossier: { sources: [], actors: [], claims: [], events: [], discrepancies: [], relations: [] },
    warnings,
    errors: [...errors, `${failure}; no site was built, as ${why}`],
    actorOf: new Map(),
    hidden: new Set(),
    copies: [],
  });

  // Syndication first: everything that counts confirmation counts reports, not outlets.
  const syn = runStage('syndication', () => {
    const inputs = extractions.map((x) => ({ id: x.meta.id, meta: x.meta, cleaned: x.cleaned, key: x.key }));
    const found = opts.indexDir ? detectSyndicationCached(inputs, opts.indexDir) : detectSyndication(inputs);
    return { copies: found.copies, sources: sourceRecords(extractions, found.reportOf) };
  });
  if (!syn.ok) return stopped(syn.failure, 'copies of one story would count as independent reports');
  let sources = syn.value.sources;
  clock.lap('syndication');
  const reportOfSource = new Map(sources.map((s) => [s.id, s.report]));
  // Results kept from the last build, under digests of what each stage reads (stage-cache.ts).
  const cache = opts.indexDir && extractions.every((x) => typeof x.key === 'string') ? new StageCache(opts.indexDir) : null;
  const digests = cache ? stageDigests(cache, extractions, reportOfSource, opts.curationFile) : null;

  // Actors. Report ids let copies of one wire story count once when the canonical name is chosen.
  const resolved = runStage('resolve', () => cachedStage(cache, 'resolve', digests?.resolve ?? '', () =>
    resolveActors(extractions.map((x) => ({ sourceId: x.meta.id, entities: x.entities, report: reportOfSource.get(x.meta.id), unlinked: x.unlinked }))),
  (r) => Array.isArray(r?.actors) && r.actorOf instanceof Map));
  if (!resolved.ok) return stopped(resolved.failure, 'claims and events would lose who they are about');
  clock.lap('resolve');
  const curated = runStage('curation', () => curate(resolved.value.actors, resolved.value.actorOf, opts.curationFile));
  if (!curated.ok) return stopped(curated.failure, "the analyst's curation would not be applied");
  errors.push(...curated.value.errors);
  warnings.push(...curated.value.warnings);
  const { actors, actorOf, hidden } = curated.value;
  const visible = new Set(actors.filter((a) => !hidden.has(a.id)).map((a) => a.id));
  const lookup = new ActorLookup(actorOf, visible);
  clock.lap('curation');

  let claims = runStageOr('corroborate', () => {
    const inputs = claimInputs(extractions, lookup);
    return claimRecords(inputs, cachedStage(cache, 'corroborate', digests?.claims ?? '', () => clusterClaims(inputs, reportOfSource), (c) => fitsClaims(c, inputs.length)));
  }, [], 'the dossier is built without claims', leftOut);

  clock.lap('corroborate');
  const empty = { events: [] as EventRecord[], inputs: [] as EventInput[], references: new Map<string, DateReference>(), clusters: [] as EventCluster[] };
  // Events and discrepancies are reused together (the discrepancies read the event clusters, which are not kept).
  const kept = keptEvents(cache, digests);
  if (kept) warnings.push(...kept.events.warnings);
  const events = kept ? { ...empty, events: kept.events.events, references: kept.events.references } : runStageOr('event clusters', () => {
    const before = warnings.length;
    const made = assembleEvents(extractions, sources, lookup, reportOfSource, warnings);
    const added = warnings.slice(before);
    // kept only when nothing failed inside (a failure's warning names the cross-source stages)
    if (cache && digests && !added.some((w) => w.file === CROSS_SOURCE)) cache.save('events', digests.events, { events: made.events, references: made.references, warnings: added });
    return made;
  }, empty, 'the dossier is built without events', leftOut);
  sources = sources.map((s) => {
    const ref = events.references.get(s.id);
    return ref ? { ...s, date_reference: { from: ref.range?.from ?? null, to: ref.range?.to ?? null, basis: ref.basis } } : s;
  });

  clock.lap('events and date check');
  const discrepancies = kept ? kept.discrepancies : runStageOr('discrepancies', () => {
    const found = findDiscrepancies(events.events, events.inputs, claims, undefined, { clusters: events.clusters, reportOf: reportOfSource });
    if (cache && digests) cache.save('discrepancies', digests.discrepancies, found);
    return found;
  }, [], 'the dossier is built without discrepancies', leftOut);
  const contradicted = new Set(discrepancies.flatMap((d) => d.claims));
  claims = claims.map((c) => (contradicted.has(c.id) ? { ...c, grade: 'contradicted' as const } : c));

  clock.lap('discrepancies');
  const relations = runStageOr('relations', () => relationRecords(extractions, lookup, reportOfSource, claims, events.events), [], 'the dossier is built without relations', leftOut);

  clock.lap('relations');
  cache?.flush();
  clock.report();
  const dossier: Dossier = { sources, actors: actors.filter((a) => visible.has(a.id)), claims, events: events.events, discrepancies, relations };
  return { dossier, warnings, errors, actorOf, hidden, copies: syn.value.copies };
}

/** The events stage's and the discrepancies' kept results, when both were made from today's inputs. */
function keptEvents(cache: StageCache | null, digests: ReturnType<typeof stageDigests> | null) {
  if (!cache || !digests) return null;
  const events = cache.load<{ events: EventRecord[]; references: Map<string, DateReference>; warnings: Warning[] }>('events', digests.events);
  const discrepancies = events && cache.load<ReturnType<typeof findDiscrepancies>>('discrepancies', digests.discrepancies);
  const fits = Array.isArray(events?.events) && events.references instanceof Map && Array.isArray(events.warnings) && Array.isArray(discrepancies);
  return fits ? { events: events!, discrepancies: discrepancies! } : null;
}

/**
 * The analyst's curation file applied to the resolved actors. A malformed file is an error (the build
 * stops, naming the line) and leaves the actors as resolved; a missing file is no curation.
 */
function curate(
  actors: ActorRecord[],
  actorOf: Map<string, string>,
  curationFile: string | null,
): { actors: ActorRecord[]; actorOf: Map<string, string>; hidden: Set<string>; errors: string[]; warnings: Warning[] } {
  const none = { actors, actorOf, hidden: new Set<string>(), errors: [] as string[], warnings: [] as Warning[] };
  if (!curationFile) return none;
  const loaded = loadCuration(curationFile);
  if (loaded.errors.length) return { ...none, errors: loaded.errors };
  if (!loaded.curation) return none;
  const curated = applyCuration(actors, actorOf, loaded.curation);
  const warnings = curated.warnings.map((w) => ({ file: curationFile, message: w.replace(/^curation\.yml:\s*/, '') }));
  return { actors: curated.actors, actorOf: curated.actorOf, hidden: curated.hidden, errors: [], warnings };
}

/**
 * One event per real event, every source's account. The cross-source date check (date-consistency.ts)
 * runs first at its own boundary: a first clustering pass shows which sources report as past what
 * independent reports date after their published day; those sources' relative dates are re-read
 * against the range still possible, and the events clustered once more (one extra pass). Without the
 * check (it failed), events are clustered on the dates as the articles give them.
 */
function assembleEvents(
  extractions: ArticleExtraction[],
  sources: SourceRecord[],
  lookup: ActorLookup,
  reportOfSource: Map<string, string>,
  warnings: Warning[],
): { events: EventRecord[]; inputs: EventInput[]; references: Map<string, DateReference>; clusters: EventCluster[] } {
  const inputs = eventInputs(extractions, sources, lookup);
  const banners = new Set(extractions.filter((x) => bannerDated(x)).map((x) => x.meta.id));
  // the text of each article that states no date (date-anchors.ts reads a reference from it)
  // (with an embedded post's signature, "— Name (@handle) February 27, 2019": the post is the article's content)
  const pieces = new Map(extractions.filter((x) => !x.meta.published).map((x) => [x.meta.id, [
    ...x.cleaned.sentences.map((s) => s.text),
    ...x.cleaned.captions.map((c) => c.text),
    ...x.cleaned.removed.filter((r) => r.kind === 'date' && /\(@\w+\)/.test(r.text)).map((r) => r.text),
  ]]));
  const unchecked = { references: new Map<string, DateReference>(), warnings: [] as Warning[], inputs, clusters: null, memo: undefined };
  const consistency = runStageOr(
    'date check',
    () => reconcileEventDates(inputs, sources.map((s) => ({ id: s.id, file: s.file, published: s.published, report: s.report, pieces: pieces.get(s.id), banner: banners.has(s.id) })), reportOfSource),
    unchecked,
    'events are dated without the cross-source date check',
    (line) => warnings.push({ file: CROSS_SOURCE, message: line }),
  );
  warnings.push(...consistency.warnings);
  // the clusters go on to the discrepancy stage, which would otherwise cluster the same inputs again
  const clusters = consistency.clusters ?? clusterEventsDetailed(consistency.inputs, reportOfSource, consistency.memo);
  return { events: eventRecords(clusters, reportOfSource), inputs: consistency.inputs, references: consistency.references, clusters };
}
