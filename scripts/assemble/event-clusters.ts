// One record per real event, with every source's account of it.
//
// Why greedy blocking: accounts of one happening share its type family (an "attack", a "strike" and a
// "killing" can all be the same drone strike), a compatible date (one date is a prefix of the other:
// "January 2020" and "2020-01-03") and at least one actor. Accounts are indexed by (family, actor) and
// only compared within those blocks, so the work is near-linear in the number of accounts. The most
// precisely dated accounts seed clusters; coarser and undated accounts join the best-matching
// compatible cluster (undated ones only when the match is unambiguous). The record's date is the most
// precise date that more independent reports support than contradict (a coarser account supports a
// finer date, it does not contradict it); dates only inferred from "recently"/present perfect can
// refine but never override a stated date. Events without any date are not EventRecords (the contract
// requires a date); clusterEventsDetailed returns them separately.
import { INFERRED_DAYS, addDays, dateRange, isoToDay, rangeToDateIso, resolveDates, resolveDatesInRange, type ReferenceRange, type ResolvedDate } from '../language/dates.ts';
import { spanBefore } from '../language/date-anaphora.ts';
import { SlugAllocator } from '../lib/slug.ts';
import type { ArticleEvent, DatePrecision, EventAccount, EventRecord, EventType } from '../lib/types.ts';

export interface EventInput {
  sourceId: string;
  event: ArticleEvent;
  agentActors: string[];
  patientActors: string[];
  placeActors: string[];
  sentenceText: string;
  /** The sentence the event's date words are in, when not its own (ArticleEvent.date_sentence). */
  dateSentenceText?: string;
  /**
   * Optional: the date relative words are read against when the event itself has none — the source's
   * published date or, for a wire copy without one, the publication date of another copy of the same
   * report. Lets "in June" in an undated copy be resolved.
   */
  reference?: string | null;
  /**
   * Optional (date-consistency.ts): set when the source's published date contradicts what other sources
   * date. Its relative dates are then re-read against this range of possible days instead of the day it
   * states; null = no usable reference, so they are left undated (absolute dates stay as they are).
   */
  referenceRange?: ReferenceRange | null;
}

export const TYPE_FAMILY: Record<string, string> = {
  attack: 'violence',
  strike: 'violence',
  killing: 'violence',
  threat: 'speech',
  statement: 'speech',
  meeting: 'meeting',
  visit: 'meeting',
  arrest: 'custody',
  kidnapping: 'custody',
};
const familyOf = (t: string) => TYPE_FAMILY[t] ?? t;
/** When accounts of one cluster disagree on the type, the more specific wins ties. */
const TYPE_PRIORITY = ['killing', 'strike', 'attack', 'arrest', 'kidnapping', 'release', 'threat', 'agreement', 'deployment', 'visit', 'meeting', 'protest', 'statement', 'other'];

/** "a day after … Wednesday": the main clause's date among `found`, shifted by the span; else undefined. */
function shifted(found: ResolvedDate[], words: string): ResolvedDate | undefined {
  const k = words.lastIndexOf(' … ');
  const main = k >= 0 ? found.find((x) => x.text === words.slice(k + 3)) : undefined;
  const shift = k >= 0 ? spanBefore(words.slice(0, k)) : null;
  if (!main || !shift) return undefined;
  const from = addDays(main.from, shift[0])!;
  const to = addDays(main.to, shift[1])!;
  const d = rangeToDateIso(from, to);
  return d ? { ...main, text: words, date: d.date, precision: d.precision, from, to } : undefined;
}

/**
 * The date among `found` that an account's date words stand for: the same words, else words that contain
 * or are contained in them ("on Sunday" / "Sunday"). Never a date inside a span's words ("from October to
 * the end of July" has no one date).
 */
export function matchWords<T extends { text: string }>(found: T[], words: string): T | undefined {
  const exact = found.find((x) => x.text === words);
  if (exact || /^(?:from|between)\s/i.test(words) || words.includes(' … ')) return exact;
  return found.find((x) => x.text.includes(words) || words.includes(x.text));
}

interface Item {
  input: EventInput;
  idx: number;
  date: string | null;
  precision: DatePrecision | null;
  dateText: string | null;
  /** The ISO days `date` stands for (null when undated). */
  from: string | null;
  to: string | null;
  inferred: boolean;
  family: string;
  actors: string[];
  agents: string[];
  patients: string[];
  places: string[];
  /** The index keys it is found and registered under: family|actor and family|@place. */
  keys: string[];
}

export interface EventCluster {
  items: EventInput[];
  record: EventRecord | null;
  /** Parallel to items: the date each account was finally read as, with its range of days. */
  dates?: ItemDate[];
}

export interface ItemDate {
  date: string | null;
  from: string | null;
  to: string | null;
  /** Only inferred from "recently"/present perfect + the reference, not stated. */
  inferred: boolean;
}

const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

function precisionOf(date: string): DatePrecision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/** The most precise date that more reports support than contradict. */
export function consensusDate(dated: { date: string; report: string }[]): string | null {
  if (dated.length === 0) return null;
  const candidates = new Set<string>();
  for (const d of dated) {
    candidates.add(d.date);
    if (d.date.length >= 7) candidates.add(d.date.slice(0, 7));
    candidates.add(d.date.slice(0, 4));
  }
  const byReport = new Map<string, string[]>();
  for (const d of dated) {
    const l = byReport.get(d.report);
    if (l) l.push(d.date);
    else byReport.set(d.report, [d.date]);
  }
  const ordered = [...candidates].sort((a, b) => b.length - a.length || a.localeCompare(b));
  let best: string | null = null;
  let bestSupport = -1;
  for (const c of ordered) {
    let support = 0;
    let against = 0;
    for (const dates of byReport.values()) {
      if (dates.some((d) => d.startsWith(c))) support++;
      else if (dates.every((d) => !compatible(d, c))) against++;
    }
    if (support > against && support > 0) {
      // among candidates of equal precision keep the best supported; a finer one wins over a coarser one
      if (best === null || (c.length === best.length && support > bestSupport)) {
        best = c;
        bestSupport = support;
      } else if (c.length < best.length) break;
    }
  }
  return best;
}

function toItems(input: EventInput[], memo?: ClusterMemo): Item[] {
  const out: Item[] = [];
  input.forEach((inp, idx) => {
    const e = inp?.event;
    if (!e) return;
    const known = memo?.items.get(inp);
    if (known && known.idx === idx) {
      out.push(known);
      return;
    }
    let date = typeof e.date === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(e.date) ? e.date : null;
    let precision = date ? (e.precision ?? precisionOf(date)) : null;
    let dateText = e.date_text ?? null;
    let range = date ? (e.date_from && e.date_to && e.date_from <= e.date_to ? { from: e.date_from, to: e.date_to } : dateRange(date)) : null;
    let inferred = !!e.date_inferred;
    if (inp.referenceRange !== undefined) {
      // The source's own reference day was found wrong: re-read what depended on it.
      const r = redate(inp);
      date = r.date;
      precision = r.date ? precisionOf(r.date) : null;
      dateText = r.text;
      range = r.date && r.from && r.to ? { from: r.from, to: r.to } : null;
      inferred = r.inferred;
    } else if (!date && e.date_inferred && inp.reference) {
      // told as news in an article dated only through another copy of its report: shortly before that date
      const from = addDays(inp.reference, -INFERRED_DAYS);
      const d = from ? rangeToDateIso(from, inp.reference) : null;
      if (d && from) [date, precision, range, inferred] = [d.date, d.precision, { from, to: inp.reference }, true];
    } else if (!date && dateText && inp.reference) {
      // An undated account whose words are a date relative to an unknown publication: read them now.
      const found = resolveDates(inp.dateSentenceText ?? inp.sentenceText ?? '', inp.reference);
      const dt = dateText;
      const r = shifted(found, dt) ?? matchWords(found, dt);
      if (r) {
        date = r.date;
        precision = r.precision;
        dateText = r.text;
        range = { from: r.from, to: r.to };
      }
    }
    const family = familyOf(e.type);
    const actors = [...new Set([...(inp.agentActors ?? []), ...(inp.patientActors ?? [])])];
    const places = [...new Set(inp.placeActors ?? [])];
    const item: Item = {
      input: inp,
      idx,
      date,
      precision,
      dateText,
      from: range?.from ?? null,
      to: range?.to ?? null,
      inferred,
      family,
      actors,
      agents: [...new Set(inp.agentActors ?? [])],
      patients: [...new Set(inp.patientActors ?? [])],
      places,
      keys: [...actors.map((a) => `${family}|${a}`), ...places.map((p) => `${family}|@${p}`)],
    };
    memo?.items.set(inp, item);
    out.push(item);
  });
  return out;
}

/**
 * An account's date re-read against `referenceRange` (see EventInput): stated dates ("January 3, 2020",
 * "in 2003") are kept; dates read from the reference ("on Friday", "earlier this week", "in June") are
 * resolved against the range; "less than a week after … on Sunday" is shifted from its re-read main
 * date; dates inferred from "recently" span the range plus the usual lead time. Otherwise undated.
 */
function redate(inp: EventInput): ItemDate & { text: string | null } {
  const e = inp.event;
  const text = e.date_text ?? null;
  const ref = inp.referenceRange ?? null;
  const sentence = inp.dateSentenceText ?? inp.sentenceText ?? '';
  const undated = { date: null, from: null, to: null, inferred: false, text };
  if (!text) return undated;
  const within = (from: string | null, to: string | null, inferred: boolean) => {
    const d = from && to ? rangeToDateIso(from, to) : null;
    return d ? { date: d.date, from, to, inferred, text } : undated;
  };
  if (e.date_inferred) return ref ? within(addDays(ref.from, -INFERRED_DAYS), ref.to, true) : undated;
  const stated = resolveDates(sentence, null).find((x) => x.text === text);
  if (stated) return { date: stated.date, from: stated.from, to: stated.to, inferred: false, text };
  const found = resolveDatesInRange(sentence, ref);
  const r = text.includes(' … ') ? undefined : matchWords(found, text);
  if (r) return { date: r.date, from: r.from, to: r.to, inferred: false, text: r.text };
  // "<span> after … <main date>": the same span before the main date's new range
  const k = text.lastIndexOf(' … ');
  const main = k >= 0 ? found.find((x) => x.text === text.slice(k + 3)) : undefined;
  const shift = k >= 0 ? spanBefore(text.slice(0, k)) : null;
  if (main && shift) return within(addDays(main.from, shift[0]), addDays(main.to, shift[1]), false);
  return undated;
}

interface Cluster {
  family: string;
  anchor: string | null;
  /** The days the anchor stands for (null when unknown or only inferred): "on Friday" read as
   * 18-25 December is 2020-12 but cannot be the 27th. */
  anchorFrom: string | null;
  anchorTo: string | null;
  items: Item[];
  actors: Set<string>;
  agents: Set<string>;
  patients: Set<string>;
  places: Set<string>;
  quantities: Set<number>;
  /** The index keys it is listed under (so registering does not scan a list). */
  keys: Set<string>;
  /** The last item (its position in the clustering order) that found it as a candidate. */
  seenBy: number;
}

// Role-aware overlap: an actor shared in the same role (who did it / to whom) is evidence of the same
// happening; the same country being the agent of one and the target of another is not.
function score(c: Cluster, it: Item): number {
  let s = 0;
  for (const a of it.agents) if (c.agents.has(a)) s += 3;
  for (const a of it.patients) if (c.patients.has(a)) s += 2;
  for (const p of it.places) if (c.places.has(p)) s += 1;
  // the same head count ("14 members" / "14 people") is further evidence
  for (const q of it.input.event.quantities ?? []) if (q.value >= 2 && c.quantities.has(q.value)) s += 2;
  return s;
}

/**
 * Clusters with their member inputs, including clusters without a date (record null). `memo`: shared by
 * passes over mostly the same inputs, so that a later pass reuses what did not change (ClusterMemo).
 */
export function clusterEventsDetailed(input: EventInput[], reportOf: Map<string, string>, memo?: ClusterMemo): EventCluster[] {
  const items = toItems(Array.isArray(input) ? input : [], memo);
  const rank = (it: Item) => (it.date ? (it.inferred ? 10 : 0) + (it.precision === 'day' ? 0 : it.precision === 'month' ? 1 : 2) : 20);
  const ranks = new Map(items.map((it) => [it, rank(it)]));
  items.sort((a, b) => ranks.get(a)! - ranks.get(b)! || a.idx - b.idx);
  const clusters: Cluster[] = [];
  // family|actor (or family|@place) -> the clusters listed under it, in the order they were listed
  const index = new Map<string, Cluster[]>();
  // an item joins only a cluster of its own family (found under its own keys), so c.family === it.family
  const register = (c: Cluster, it: Item) => {
    for (const k of it.keys) {
      if (c.keys.has(k)) continue;
      c.keys.add(k);
      const l = index.get(k);
      if (l) l.push(c);
      else index.set(k, [c]);
    }
    for (const a of it.actors) c.actors.add(a);
    for (const a of it.agents) c.agents.add(a);
    for (const a of it.patients) c.patients.add(a);
    for (const p of it.places) c.places.add(p);
    for (const q of it.input.event.quantities ?? []) c.quantities.add(q.value);
  };
  for (let n = 0; n < items.length; n++) {
    const it = items[n];
    let best: Cluster | null = null;
    let bestScore = 0;
    let second = 0;
    // each candidate once, in the order first listed under the item's keys
    for (const k of it.keys) for (const c of index.get(k) ?? []) {
      if (c.seenBy === n) continue;
      c.seenBy = n;
      if (it.date && c.anchor && !compatible(it.date, c.anchor)) continue;
      if (it.date && !c.anchor) continue; // undated clusters only hold undated accounts
      // a stated range that cannot overlap the anchor's days is another happening
      if (it.date && !it.inferred && it.from && it.to && c.anchorFrom && c.anchorTo && (it.to < c.anchorFrom || it.from > c.anchorTo)) continue;
      const sc = score(c, it);
      // undated accounts need more: two shared actors, or one when they carry no date words at all
      // (a year-only account says little about which happening of that year it is: it needs more too)
      const coarse = it.date && it.precision === 'year' && c.anchor && c.anchor.length > 4;
      const need = !it.date && c.anchor ? (it.dateText ? 5 : 2) : coarse ? 4 : it.actors.length || c.actors.size ? 2 : 1;
      if (sc < need) continue;
      if (sc > bestScore) {
        second = bestScore;
        bestScore = sc;
        best = c;
      } else if (sc > second) second = sc;
    }
    // an undated account joins only an unambiguous best match
    if (best && !it.date && best.anchor && second === bestScore) best = null;
    if (best) {
      best.items.push(it);
      register(best, it);
    } else {
      const c: Cluster = { family: it.family, anchor: it.date, anchorFrom: it.inferred ? null : it.from, anchorTo: it.inferred ? null : it.to, items: [it], actors: new Set(), agents: new Set(), patients: new Set(), places: new Set(), quantities: new Set(), keys: new Set(), seenBy: n };
      clusters.push(c);
      register(c, it);
    }
  }
  return buildRecords(clusters, reportOf, memo);
}

/** What a cluster's record is made of, but its id (which depends on the other clusters). */
interface Body {
  /** The cluster's items in the order they joined (what the body was worked out from). */
  items: Item[];
  date: string | null;
  type: string;
  key: string;
  title: string;
  ref: string;
  inputs: EventInput[];
  dates: ItemDate[];
  record: Omit<EventRecord, 'id' | 'url_path'> | null;
}

/**
 * What one clustering pass worked out per account and per cluster, for a later pass over mostly the same
 * inputs (the date check clusters twice): an input that is the same object at the same position reuses its
 * item, and a cluster of the same items in the same order (with the same report map) its body. Both are
 * what recomputing them would give: each depends on exactly those things.
 */
export class ClusterMemo {
  readonly items = new WeakMap<EventInput, Item>();
  /** By the cluster's first item (each item is in one cluster of a pass). */
  readonly bodies = new Map<Item, Body>();
  reportOf: Map<string, string> | null = null;
}

function clusterBody(c: Cluster, reportOf: Map<string, string>): Body {
  const report = (s: string) => reportOf?.get(s) ?? s;
  const stated = c.items.filter((i) => i.date && !i.inferred).map((i) => ({ date: i.date!, report: report(i.input.sourceId) }));
  const all = c.items.filter((i) => i.date).map((i) => ({ date: i.date!, report: report(i.input.sourceId) }));
  const e = consensusDate(stated);
  const a = consensusDate(all);
  const date = e == null ? a : a != null && a.startsWith(e) ? a : e;
  // type: most accounts, ties by specificity
  const counts = new Map<string, number>();
  for (const i of c.items) counts.set(i.input.event.type, (counts.get(i.input.event.type) ?? 0) + 1);
  const type = first(counts, (x, y) => y[1] - x[1] || TYPE_PRIORITY.indexOf(x[0]) - TYPE_PRIORITY.indexOf(y[0]))![0];
  // key actor: the most frequent patient (agent for speech/meetings), then place
  const freq = new Map<string, number>();
  const useAgents = c.family === 'speech' || c.family === 'meeting' || c.family === 'deployment' || c.family === 'protest';
  for (const i of c.items) for (const a of useAgents ? i.input.agentActors : i.input.patientActors) freq.set(a, (freq.get(a) ?? 0) + 1);
  if (freq.size === 0) for (const i of c.items) for (const a of [...i.actors, ...i.places]) freq.set(a, (freq.get(a) ?? 0) + 1);
  const key = first(freq, (x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))?.[0] ?? 'event';
  // title: from an account that states the chosen date, of the chosen type, foreground, shortest readable
  const rankOf = (x: Item) => (x.input.event.type === type ? 0 : 2) + (x.date && date && x.date.startsWith(date) ? 0 : 1) + (x.input.event.quantities?.some((q) => q.value >= 2) ? -0.5 : 0);
  // (a cluster without a date makes no record, so it needs no title)
  const titled = date ? first(c.items.map((i) => ({ i, rank: rankOf(i), words: titleWords(i) })), (x, y) => x.rank - y.rank || y.words - x.words || x.i.idx - y.i.idx) : undefined;
  const title = titled?.i.input.event.title || type;
  const sorted = [...c.items].sort((x, y) => x.input.sourceId.localeCompare(y.input.sourceId) || x.input.event.sentence - y.input.event.sentence || x.idx - y.idx);
  const dates: ItemDate[] = sorted.map((i) => ({ date: i.date, from: i.from, to: i.to, inferred: i.inferred }));
  const body = { items: [...c.items], date, type, key, title, ref: firstRef(c), inputs: sorted.map((i) => i.input), dates, record: null };
  if (!date) return body;
  const sources = [...new Set(sorted.map((i) => i.input.sourceId))].sort();
  const seen = new Set<string>();
  const accounts: EventAccount[] = [];
  for (const i of sorted) {
    const k = `${i.input.sourceId}|${i.input.event.sentence}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const account: EventAccount = { source: i.input.sourceId, sentence_n: i.input.event.sentence, sentence: i.input.sentenceText, date: i.date, date_text: i.dateText };
    if (i.date && i.from && i.to) {
      account.date_from = i.from;
      account.date_to = i.to;
    }
    accounts.push(account);
  }
  const actors = [...new Set(sorted.flatMap((i) => i.actors))].sort();
  const actorSet = new Set(actors);
  const places = [...new Set(sorted.flatMap((i) => i.places))].filter((p) => !actorSet.has(p)).sort();
  return {
    ...body,
    record: {
      date,
      precision: precisionOf(date),
      type: type as EventType,
      title,
      actors,
      places,
      sources,
      independent_reports: new Set(sources.map((s) => reportOf?.get(s) ?? s)).size,
      accounts,
      // Who did it and to whom, for the "who attacks whom" relations of the summary and the network.
      agents: [...new Set(sorted.flatMap((i) => i.agents))].sort(),
      patients: [...new Set(sorted.flatMap((i) => i.patients))].sort(),
    },
  };
}

/** The cluster's body from the memo when an earlier pass made it from the same items, else worked out (and kept). */
function bodyOf(c: Cluster, reportOf: Map<string, string>, memo: ClusterMemo | undefined): Body {
  if (!memo) return clusterBody(c, reportOf);
  const k = c.items[0];
  const known = memo.bodies.get(k);
  if (known && known.items.length === c.items.length && known.items.every((it, n) => it === c.items[n])) return known;
  const body = clusterBody(c, reportOf);
  memo.bodies.set(k, body);
  return body;
}

function buildRecords(clusters: Cluster[], reportOf: Map<string, string>, memo?: ClusterMemo): EventCluster[] {
  if (memo && memo.reportOf !== reportOf) {
    memo.bodies.clear();
    memo.reportOf = reportOf;
  }
  const prepared = clusters.map((c) => bodyOf(c, reportOf, memo));
  prepared.sort((x, y) =>
    (x.date ?? '~').localeCompare(y.date ?? '~') || x.type.localeCompare(y.type) || x.key.localeCompare(y.key) ||
    x.ref.localeCompare(y.ref));
  const slugs = new SlugAllocator();
  return prepared.map(({ date, type, key, inputs, dates, record: r }) => {
    if (!date || !r) return { items: inputs, record: null, dates };
    const id = slugs.take(`${date}-${type}-${key}`, 'event');
    const record: EventRecord = {
      id,
      date: r.date,
      precision: r.precision,
      type: r.type,
      title: r.title,
      actors: r.actors,
      places: r.places,
      sources: r.sources,
      independent_reports: r.independent_reports,
      url_path: `/events/${id}/`,
      accounts: r.accounts,
      agents: r.agents,
      patients: r.patients,
    };
    return { items: inputs, record, dates };
  });
}

/**
 * What `[...xs].sort(cmp)[0]` gives, in one pass: the first of the least elements (a stable sort keeps
 * equal elements in their order, and a later element replaces the kept one only when strictly less).
 */
function first<T>(xs: Iterable<T>, cmp: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  let any = false;
  for (const x of xs) {
    if (!any || cmp(x, best as T) < 0) best = x;
    any = true;
  }
  return best;
}

function titleWords(i: Item): number {
  const n = i.input.event.title.split(/\s+/).length;
  return n >= 4 && n <= 12 ? 1 : 0;
}
function firstRef(c: Cluster): string {
  const i = c.items[0];
  return `${i.input.sourceId}|${String(i.input.event.sentence).padStart(6, '0')}`;
}

const memo = new WeakMap<EventRecord, { items: EventInput[]; reportOf: Map<string, string> }>();
/** Members and report map of a record built by clusterEvents (for discrepancies.ts). */
export function clusterMembers(record: EventRecord): { items: EventInput[]; reportOf: Map<string, string> } | undefined {
  return memo.get(record);
}

/** One EventRecord per dated real event, sorted by date then id. */
export function clusterEvents(input: EventInput[], reportOf: Map<string, string>): EventRecord[] {
  return eventRecords(clusterEventsDetailed(input, reportOf), reportOf);
}

/** The records of clusterEventsDetailed's result, as clusterEvents returns them (no second clustering). */
export function eventRecords(clusters: EventCluster[], reportOf: Map<string, string>): EventRecord[] {
  const out: EventRecord[] = [];
  for (const c of clusters) {
    if (!c.record) continue;
    memo.set(c.record, { items: c.items, reportOf });
    out.push(c.record);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
