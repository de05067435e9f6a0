// Cross-source date consistency: is a source's publication date possible, given what it reports?
//
// Why: relative dates ("on Friday", "earlier this week") are read against the source's published date,
// so one wrong date (a scraper's date line, a re-publication stamp) silently moves every such event.
// The text itself can betray it: a source cannot report as past something that happened after it was
// published. So, after a first clustering pass, each event cluster is checked: when a source S with a
// day-precision published date P reports a clustered event as done (no "will", "would", "plans to" ...
// in the sentence) and another, independent report (not S's own report or a copy of it) dates that
// event no earlier than L > P + 1 day (one day of slack for time zones), P is contradicted. S's
// reference is then degraded to the coarsest stated unit still consistent with L: [L, end of P's
// month] when L lies in P's month, [L, 31 December] when in P's year, and no reference at all beyond
// that (relative dates undated; absolute ones still stand). Dates merely inferred from "recently" are
// not evidence: they are themselves read from a publication date. One pass, linear in the accounts.
import { dateRange, type ReferenceRange } from '../language/dates.ts';
import { ClusterMemo, clusterEventsDetailed, type EventCluster, type EventInput } from './event-clusters.ts';
import { reportsAsPast } from './reports-as-past.ts';
import { anchorUndatedSources } from './date-anchors.ts';
import type { Warning } from '../lib/types.ts';
import { MONTH_NAMES } from '../lib/months.ts';

export { reportsAsPast };

export interface ConsistencySource {
  id: string;
  file: string;
  /** The date the article states (YYYY-MM-DD), or null. */
  published: string | null;
  /** Report id: copies of one story share it and are not independent of each other. */
  report: string;
  /** (date-anchors.ts) The body sentences and captions, for an article that states no date. */
  pieces?: string[];
  /** (date-anchors.ts) Its published date is a site's date banner above the headline, unconfirmed by the text. */
  banner?: boolean;
}

/** The effective reference of a source whose published date was contradicted. */
export interface DateReference {
  /** Null when no usable reference is left (the contradiction reaches beyond the published year). */
  range: ReferenceRange | null;
  /** Latest earliest-possible day among the contradicting accounts. */
  conflict: string;
  /** One line saying why, for the source page. */
  basis: string;
}

export interface ConsistencyResult {
  /** Source id -> its degraded reference; sources not listed are consistent (or not checkable). */
  references: Map<string, DateReference>;
  warnings: Warning[];
}

const DAY = 86400000;
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

/**
 * The reference left for a source published `published` (YYYY-MM-DD) that reports as past an event no
 * earlier than `earliest`: [earliest, end of the published month], else [earliest, end of its year],
 * else null. Exported for tests.
 */
export function degradedReference(published: string, earliest: string): ReferenceRange | null {
  if (earliest.slice(0, 7) === published.slice(0, 7)) return { from: earliest, to: dateRange(published.slice(0, 7))!.to };
  if (earliest.slice(0, 4) === published.slice(0, 4)) return { from: earliest, to: `${published.slice(0, 4)}-12-31` };
  return null;
}

/** How the degraded reference reads in a sentence: "December 2020", "2020-12-20 to 2020-12-31", ... */
function describe(range: ReferenceRange | null): string {
  if (!range) return 'its relative dates are left undated';
  const whole = dateRange(range.from.slice(0, 7));
  if (whole && range.to === whole.to && range.from.slice(0, 7) === range.to.slice(0, 7)) {
    return `its relative dates are read as ${MONTH_NAMES[+range.from.slice(5, 7) - 1]} ${range.from.slice(0, 4)}`;
  }
  return `its relative dates are read as between ${range.from} and ${range.to}`;
}

/** Distinct actors and places two accounts share, whatever their roles. */
function sharedActors(a: EventInput, b: EventInput): number {
  const mine = new Set([...(a.agentActors ?? []), ...(a.patientActors ?? []), ...(a.placeActors ?? [])]);
  let n = 0;
  for (const x of new Set([...(b.agentActors ?? []), ...(b.patientActors ?? []), ...(b.placeActors ?? [])])) if (mine.has(x)) n++;
  return n;
}

/**
 * Check every source's published date against the clusters of a first clustering pass. Pure; odd input
 * gives no references. Cost: one pass over each cluster's accounts.
 */
export function checkDateConsistency(clusters: EventCluster[], sources: ConsistencySource[]): ConsistencyResult {
  const references = new Map<string, DateReference>();
  const warnings: Warning[] = [];
  const byId = new Map<string, ConsistencySource>();
  for (const s of sources ?? []) if (s && /^\d{4}-\d{2}-\d{2}$/.test(s.published ?? '') && dateRange(s.published)) byId.set(s.id, s);
  if (byId.size === 0) return { references, warnings };
  const reportOf = new Map((sources ?? []).filter((s) => s).map((s) => [s.id, s.report]));
  const latestConflict = new Map<string, string>();
  for (const c of clusters ?? []) {
    const items = c?.items ?? [];
    const dates = c?.dates ?? [];
    if (items.length < 2 || dates.length !== items.length) continue;
    // evidence: accounts with a stated (not inferred) date; the latest earliest-day first
    const evidence: number[] = [];
    for (let i = 0; i < items.length; i++) if (dates[i].date && dates[i].from && !dates[i].inferred) evidence.push(i);
    if (evidence.length === 0) continue;
    evidence.sort((a, b) => (dates[a].from! < dates[b].from! ? 1 : dates[a].from! > dates[b].from! ? -1 : a - b));
    const latest = dates[evidence[0]].from!;
    const bySource = new Map<string, number[]>();
    for (let i = 0; i < items.length; i++) {
      const l = bySource.get(items[i].sourceId);
      if (l) l.push(i);
      else bySource.set(items[i].sourceId, [i]);
    }
    for (const [id, own] of bySource) {
      const s = byId.get(id);
      if (!s) continue;
      const slack = dayAfter(s.published!);
      if (latest <= slack) continue;
      // the source's own accounts that report the event as done
      const mine = own.filter((i) => reportsAsPast(items[i].sentenceText ?? '', items[i].event?.type));
      if (mine.length === 0) continue;
      for (const e of evidence) {
        const from = dates[e].from!;
        if (from <= slack) break; // sorted: nothing later follows
        if ((reportOf.get(items[e].sourceId) ?? items[e].sourceId) === s.report) continue;
        // the same happening, not a passing mention that joined on one shared name: an undated account
        // must share two actors or places with the dating one, a dated account (already
        // date-compatible) one
        if (!mine.some((m) => sharedActors(items[m], items[e]) >= (dates[m].date ? 1 : 2))) continue;
        const prev = latestConflict.get(s.id);
        if (!prev || from > prev) latestConflict.set(s.id, from);
        break;
      }
    }
  }
  for (const id of [...latestConflict.keys()].sort()) {
    const s = byId.get(id)!;
    const conflict = latestConflict.get(id)!;
    const range = degradedReference(s.published!, conflict);
    const basis = `published date ${s.published} conflicts with events it reports as past (dated from ${conflict} by other sources)`;
    references.set(id, { range, conflict, basis });
    warnings.push({ file: s.file, message: `${basis}; ${describe(range)}` });
  }
  return { references, warnings };
}

/**
 * The whole check as the corpus stages run it: a first clustering pass, the check, and the event inputs
 * to cluster again — the contradicted sources' inputs (and those of undated copies of their report,
 * which borrowed their date) carry the degraded `referenceRange`; every other input is returned as is.
 * `clusters` is the first pass when nothing was contradicted (reuse it), null when the inputs changed.
 * Pure: inputs are not mutated.
 */
export function reconcileEventDates(
  inputs: EventInput[],
  sources: ConsistencySource[],
  reportOf: Map<string, string>,
): ConsistencyResult & { inputs: EventInput[]; clusters: EventCluster[] | null; memo?: ClusterMemo } {
  // kept for the second pass (assemble.ts), which clusters the same inputs but the re-read sources' again
  const memo = new ClusterMemo();
  const first = clusterEventsDetailed(inputs, reportOf, memo);
  const result = checkDateConsistency(first, sources);
  // articles that state no date: a reference from a date they write, or from the others' dated reports
  for (const [id, ref] of anchorUndatedSources(first, sources)) result.references.set(id, ref);
  // a date banner above the headline is no reference for "on Thursday" (absolute dates still stand)
  for (const src of sources) {
    if (!src.banner || result.references.has(src.id)) continue;
    result.references.set(src.id, {
      range: null,
      conflict: src.published!,
      basis: `its only date, ${src.published}, is a line above the headline (where sites print the day's date) and the text writes no year to confirm it; its relative dates are left undated`,
    });
  }
  // nothing contradicted or anchored: the first pass is the answer (callers need not cluster again)
  if (result.references.size === 0) return { ...result, inputs, clusters: first, memo };
  // an undated copy reads its relative dates against the earliest published copy of its report
  const publishedOf = new Map(sources.map((s) => [s.id, s.published]));
  const owner = new Map<string, { id: string; published: string }>();
  for (const s of sources) {
    if (!s.published) continue;
    const o = owner.get(s.report);
    if (!o || s.published < o.published || (s.published === o.published && s.id < o.id)) owner.set(s.report, { id: s.id, published: s.published });
  }
  const out = inputs.map((inp) => {
    const id = publishedOf.get(inp.sourceId) ? inp.sourceId : (owner.get(reportOf.get(inp.sourceId) ?? '')?.id ?? inp.sourceId);
    const ref = id ? result.references.get(id) : undefined;
    return ref ? { ...inp, reference: null, referenceRange: ref.range } : inp;
  });
  return { ...result, inputs: out, clusters: null, memo };
}
