// A date reference for an article that states no publication date, so its relative and yearless dates
// ("on Friday", "in July", "on August 7") can be read: from a date it writes itself, else from the
// independent dated reports of the events it tells.
//
// Why: many real pages state no publication date; without a reference every "on Friday" in them stays
// undated and every "on August 7" yearless. A reader of several reports anchors such a text the way this
// stage does:
//   - its own latest written day ("A view of the city, 18 October 2019", a post's "February 27, 2019"),
//     not a file photo's nor a date still to come: the article was published that day or the next;
//   - else the events it reports as past that independent, dated reports also tell: it was published
//     after them (the latest such date is a lower bound); when its own words for such an event are a
//     yearless date ("assumed office in May" where others date it May 2020), they bound it from above
//     (before the next May). Its own yearless past dates are then read as the most recent ones that bound
//     allows, the publication placed after the latest of them ("in July", "on August 7": after 7 August
//     2020), within that month — a report tells of the happenings of its own weeks.
// With no anchor nothing is guessed: its day-month dates stay yearless and its weekdays undated.
// Cost: one pass over the undated sources' accounts in the first clustering pass.
import { addDays, dateRange, isoToDay, resolveDates, type ResolvedDate } from '../language/dates.ts';
import { MONTH_NAMES } from '../lib/months.ts';
import { TYPE_FAMILY, matchWords, type EventCluster, type EventInput } from './event-clusters.ts';
import type { DateReference } from './date-consistency.ts';
import { reportsAsPast } from './reports-as-past.ts';

/** What the anchoring needs of a source. */
export interface AnchorSource {
  id: string;
  file: string;
  published: string | null;
  report: string;
  /** The article's body sentences and captions (only read for a source that states no date). */
  pieces?: string[];
}

const FILE_PHOTO = /\bfile\s+(?:photo|picture|image)\b|^\s*FILE\b/i;
// a date still to come ("until February 26 2016", "by 2025", "scheduled for 3 May")
const NOT_YET_BEFORE = /\b(?:until|till|by|before|next|due|scheduled\s+for|set\s+for|planned\s+for|expected\s+(?:on|by)|will\s+\w+(?:\s+\w+)?\s+(?:on|in))\s+(?:the\s+)?$/i;

// "from October to the end of July", "between 1 November 2011 and 16 March 2019": a stretch, not a day
const SPAN = /\b(?:from|between)\s+[^,;.]{1,40}?\s+(?:to|until|till|and)\s+(?:the\s+(?:end|beginning|middle)\s+of\s+)?[^\s,;.]+(?:\s+\d{1,4})?(?:,?\s+\d{4})?/gi;

/** Dates of a piece of text that it writes as past: not a file photo's, not one still to come, not a stretch's end. */
function pastDates(piece: string, reference: string | null): ResolvedDate[] {
  if (typeof piece !== 'string' || FILE_PHOTO.test(piece)) return [];
  const spans = [...piece.matchAll(SPAN)].map((m) => [m.index!, m.index! + m[0].length]);
  return resolveDates(piece, reference).filter(
    (d) => !NOT_YET_BEFORE.test(piece.slice(Math.max(0, d.index - 40), d.index)) && !spans.some(([a, b]) => d.index >= a && d.index < b),
  );
}

/**
 * The latest day (with its year) that the text writes as past, from its body sentences and captions:
 * not a file photo's date, not a date still to come. Null when it writes none.
 */
export function writtenAnchor(pieces: string[]): { day: string; text: string } | null {
  let best: { day: string; text: string } | null = null;
  for (const piece of pieces ?? [])
    for (const d of pastDates(piece, null)) if (d.precision === 'day' && (!best || d.date > best.day)) best = { day: d.date, text: d.text };
  return best;
}

/**
 * Is the source's published date a site's date banner rather than its own? The date line sits directly
 * above the headline (where pages print today's date: the bundled 001's "Wednesday, July 17, 2024"
 * over a 2020 story) and the text itself writes no year that could confirm it. A publication stamp sits
 * under the headline, or the text dates what it tells.
 */
export function bannerDated(x: { meta: { published: string | null; published_basis: string | null }; cleaned: { removed: { kind: string; text: string }[]; sentences: { text: string }[]; captions: { text: string }[] } }): boolean {
  const basis = x.meta.published_basis ?? '';
  if (!x.meta.published || !basis.startsWith('date line')) return false;
  const removed = x.cleaned.removed;
  const k = removed.findIndex((r) => r.kind === 'date' && basis.includes(`"${r.text}"`));
  if (k < 0 || removed[k + 1]?.kind !== 'headline' || removed.slice(0, k).some((r) => r.kind === 'headline')) return false;
  // a bare date: no label, time or place
  if (!/^(?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}$/.test(removed[k].text.trim())) return false;
  return ![...x.cleaned.sentences, ...x.cleaned.captions].some((t) => /\b(?:19|20)\d\d\b/.test(t.text));
}

/** Reference used only to find which date words of a text carry no year. */
const PROBE = '2001-06-15';

/**
 * The latest of the text's yearless past dates ("On 9 June", "in July") read against `reference`: its
 * most recent reading. Null when it writes none (or only in sentences that are not about the past).
 */
function latestYearless(pieces: string[], reference: string): { from: string; text: string; date: string } | null {
  let best: { from: string; text: string; date: string } | null = null;
  for (const piece of pieces) {
    if (!reportsAsPast(piece)) continue;
    const yearless = pastDates(piece, PROBE).filter((d) => d.kind === 'yearless');
    if (yearless.length === 0) continue;
    const now = resolveDates(piece, reference);
    for (const y of yearless) {
      const r = now.find((x) => x.index === y.index && x.text === y.text);
      if (r && (!best || r.from > best.from)) best = { from: r.from, text: r.text, date: r.date };
    }
  }
  return best;
}

const endOfMonth = (iso: string) => dateRange(iso.slice(0, 7))!.to;
const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
const maxIso = (a: string, b: string) => (a > b ? a : b);
const minIso = (a: string, b: string) => (a < b ? a : b);
const dayLabel = (iso: string) => `${+iso.slice(8, 10)} ${MONTH_NAMES[+iso.slice(5, 7) - 1]} ${iso.slice(0, 4)}`;

/** The expression `text` of `sentence` read against reference day `ref`. */
function readAt(sentence: string, text: string, ref: string): ResolvedDate | undefined {
  const found = resolveDates(sentence, ref);
  return matchWords(found, text);
}

/**
 * The latest reference day from `from` on at which the words `text` still read as a date compatible
 * with `date` (the words read later with a later reference, so the days that fit are one stretch).
 * Null when none within 400 days does.
 */
function latestFitting(sentence: string, text: string, date: string, from: string): string | null {
  // the words must say no more than the others' date ("in July" cannot confirm a year-only "2003")
  const fits = (k: number) => {
    const r = readAt(sentence, text, addDays(from, k)!);
    return !!r && r.date.length <= date.length && date.startsWith(r.date);
  };
  let lo = -1;
  for (let k = 0; k <= 400; k += 7) if (fits(k)) {
    lo = k;
    break;
  }
  if (lo < 0) return null;
  let hi = 401;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return addDays(from, lo);
}

/** Distinct actors and places two accounts share, and whether one of them has the same role in both. */
function shared(a: EventInput, b: EventInput): { n: number; sameRole: boolean } {
  const mine = new Set([...(a.agentActors ?? []), ...(a.patientActors ?? []), ...(a.placeActors ?? [])]);
  let n = 0;
  for (const x of new Set([...(b.agentActors ?? []), ...(b.patientActors ?? []), ...(b.placeActors ?? [])])) if (mine.has(x)) n++;
  const sameRole = (a.agentActors ?? []).some((x) => (b.agentActors ?? []).includes(x)) || (a.patientActors ?? []).some((x) => (b.patientActors ?? []).includes(x));
  return { n, sameRole };
}
const sameQuantity = (a: EventInput, b: EventInput) => (a.event.quantities ?? []).some((q) => q.value >= 2 && (b.event.quantities ?? []).some((r) => r.value === q.value));
const familyOf = (t: string) => TYPE_FAMILY[t] ?? t;

interface Bound {
  from: string;
  to: string | null;
  why: string;
}

/** What the dated accounts of other reports in the first pass say about undated source `s`: per account
 * of it, the one dated event it best matches (none when two match equally well). */
function crossSourceBounds(s: AnchorSource, clusters: EventCluster[], reportOf: (id: string) => string): Bound[] {
  const dated = clusters.flatMap((c) => {
    if (!c.record || !c.dates) return [];
    const items = c.items.map((it, k) => ({ it, d: c.dates![k] })).filter((x) => x.d.date && x.d.from && !x.d.inferred && reportOf(x.it.sourceId) !== s.report);
    const agreeing = items.filter((x) => compatible(x.d.date!, c.record!.date));
    return agreeing.length ? [{ c, record: c.record, agreeing, lower: agreeing.reduce((m, x) => maxIso(m, x.d.from!), agreeing[0].d.from!) }] : [];
  });
  const out: Bound[] = [];
  for (const a of clusters.flatMap((c) => c.items).filter((i) => i.sourceId === s.id)) {
    if (!reportsAsPast(a.sentenceText, a.event.type)) continue;
    const text = a.event.date_text;
    let best: Bound | null = null;
    let bestScore = 0;
    let tie = false;
    for (const { c, record, agreeing, lower } of dated) {
      if (familyOf(a.event.type) !== familyOf(record.type)) continue;
      // its own date words, if any, must fit the others' date
      const to = text ? latestFitting(a.dateSentenceText ?? a.sentenceText, text, record.date, lower) : null;
      if (text && !to) continue;
      // the same happening: two shared actors or places, or one with agreeing numbers or date words
      let score = 0;
      for (const other of agreeing) {
        const { n, sameRole } = shared(a, other.it);
        const quantity = sameQuantity(a, other.it);
        if (!(c.items.includes(a) || n >= 2 || (n >= 1 && (quantity || (!!text && (sameRole || a.event.type !== 'other')))))) continue;
        score = Math.max(score, n + (quantity ? 2 : 0) + (text ? 2 : 0) + (sameRole ? 1 : 0));
      }
      if (score === 0) continue;
      if (score > bestScore) [best, bestScore, tie] = [{ from: lower, to, why: `${record.title} (${record.date})` }, score, false];
      else if (score === bestScore) tie = true;
    }
    if (best && !tie) out.push(best);
  }
  return out;
}

/**
 * The reference of each undated source (no published date, no dated copy of its report): its own
 * latest written day, else what independent dated reports of the same events allow. Sources with no
 * anchor are not listed.
 */
export function anchorUndatedSources(clusters: EventCluster[], sources: AnchorSource[]): Map<string, DateReference> {
  const out = new Map<string, DateReference>();
  const reportOf = new Map(sources.map((s) => [s.id, s.report]));
  const datedReports = new Set(sources.filter((s) => s.published).map((s) => s.report));
  for (const s of [...sources].sort((a, b) => a.id.localeCompare(b.id))) {
    if (s.published || datedReports.has(s.report)) continue;
    const pieces = s.pieces ?? [];
    const written = writtenAnchor(pieces);
    if (written) {
      const to = addDays(written.day, 1)!;
      out.set(s.id, {
        range: { from: written.day, to },
        conflict: written.day,
        basis: `the article states no publication date; the latest day it writes is ${dayLabel(written.day)} ("${written.text}"), so it is read as published then or the day after`,
      });
      continue;
    }
    const bounds = crossSourceBounds(s, clusters, (id) => reportOf.get(id) ?? id);
    if (bounds.length === 0) continue;
    let from = bounds.reduce((m, b) => maxIso(m, b.from), bounds[0].from);
    const to = bounds.reduce<string | null>((m, b) => (b.to ? (m ? minIso(m, b.to) : b.to) : m), null);
    if (to && to < from) continue; // the anchors disagree: no reference rather than a wrong one
    // its own yearless past dates, read as the most recent ones the bounds allow, come before its publication
    let own: string | null = null;
    const latest = latestYearless(pieces, to ?? endOfMonth(from));
    if (latest && latest.from > from && (!to || latest.from <= to)) [from, own] = [latest.from, `${latest.text} (${latest.date})`];
    const until = minIso(to ?? endOfMonth(from), endOfMonth(from));
    if (isoToDay(until)! < isoToDay(from)!) continue;
    const why = [...new Set(bounds.map((b) => b.why))].slice(0, 3).join('; ');
    out.set(s.id, {
      range: { from, to: until },
      conflict: from,
      basis: `the article states no publication date; it reports as past events that independent reports date (${why})${own ? `, and the latest date it gives is ${own}` : ''}, so it is read as published between ${from} and ${until}`,
    });
  }
  return out;
}
