// When: the date of one trigger among the sentence's date expressions (the nearest in its own clause,
// a date inside a background noun's own phrase, "less than a week after X, ... on D"), or, for "has
// recently endured" and "the recent attack", the days shortly before publication.
import type { ArticleEvent } from '../../lib/types.ts';
import { INFERRED_DAYS, addDays, isoToDay, rangeToDate, type ResolvedDate } from '../../language/dates.ts';
import type { Found } from '../../language/event-triggers.ts';
import { RELATIVE_CLAUSE, isRelClause, segmentOf } from './clauses.ts';

const PERFECT_BEFORE = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$/i;
const RECENT = /\brecent(?:ly)?\b|\bin\s+recent\s+(?:days|weeks)\b/i;

const DURATION_DAYS: Record<string, number> = { day: 1, week: 7, month: 31 };

/** Pick the date of one trigger among the sentence's date expressions. */
function dateFor(
  s: string,
  trig: Found,
  dates: ResolvedDate[],
  segs: [number, number][],
): DateChoice | null {
  if (dates.length === 0) return null;
  const tSeg = segmentOf(segs, trig.index);
  if (trig.background) {
    // Only a date inside the noun's own phrase: "the arrest in June".
    const tail = s.slice(trig.end, Math.min(segs[tSeg][1], trig.end + 60));
    const d = dates.find((x) => x.index >= trig.end && x.index < trig.end + tail.length);
    return d ? choice(d) : null;
  }
  // A trigger inside "less than a week after X," is dated relative to the main clause's date.
  const rel = isRelClause(s, segs, tSeg) ? RELATIVE_CLAUSE.exec(s.slice(segs[tSeg][0], segs[tSeg][1])) : null;
  if (rel) {
    const inside = dates.find((x) => segmentOf(segs, x.index) === tSeg);
    if (inside) return choice(inside);
    const main = dates.filter((x) => !isRelClause(s, segs, segmentOf(segs, x.index)));
    if (main.length === 0 || !rel[3] || rel[4].toLowerCase() !== 'after') return null;
    const d = main[0];
    const n = rel[2] ? (/^\d+$/.test(rel[2]) ? +rel[2] : /few|several/i.test(rel[2]) ? 5 : ({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 } as Record<string, number>)[rel[2].toLowerCase()] ?? 1) : 1;
    const span = n * DURATION_DAYS[rel[3].toLowerCase()];
    const day = isoToDay(d.precision === 'day' ? d.date : '');
    if (day == null) return null;
    const r = rangeToDate(day - span, day);
    return r ? { ...r, text: `${rel[0].trim()} … ${d.text}`, from: addDays(d.date, -span) ?? d.from, to: d.date } : null;
  }
  // Otherwise the nearest date outside other relative clauses, preferring the same clause.
  let best: ResolvedDate | null = null;
  let bestScore = Infinity;
  for (const d of dates) {
    const dSeg = segmentOf(segs, d.index);
    if (dSeg !== tSeg && isRelClause(s, segs, dSeg)) continue;
    // a date inside another clause's ", who took office in May," belongs to that clause's verb
    if (dSeg !== tSeg && /^\s*(?:who|which|whose|where)\b/i.test(s.slice(segs[dSeg][0], segs[dSeg][1]))) continue;
    // "from October to the end of July": a span, not the date of one happening
    if (/\bfrom\s+$/i.test(s.slice(Math.max(0, d.index - 6), d.index)) && /^\S*\s+(?:to|until|till)\b/i.test(s.slice(d.index + d.text.length))) continue;
    const dist = d.index >= trig.end ? d.index - trig.end : trig.index - (d.index + d.text.length);
    const score = Math.abs(dist) + (dSeg === tSeg ? 0 : 40);
    if (score < bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best ? choice(best) : null;
}

export interface DateChoice {
  date: string;
  precision: ArticleEvent['precision'];
  text: string;
  /** The ISO days the date stands for. */
  from: string;
  to: string;
}

const choice = (d: ResolvedDate): DateChoice => ({ date: d.date, precision: d.precision, text: d.text, from: d.from, to: d.to });

/**
 * The date of trigger `trig` in clause `seg`: a date the sentence states (without a publication date,
 * only one carrying its own year; the words of a relative one are kept as `unresolvedText`), else an
 * inferred "shortly before publication" for a present perfect or "recent".
 */
export function eventDate(
  s: string,
  trig: Found,
  seg: [number, number],
  segs: [number, number][],
  dates: ResolvedDate[],
  stated: ResolvedDate[],
  published: string | null,
): { d: DateChoice | null; unresolvedText: string | null; inferred: boolean } {
  let d = dateFor(s, trig, dates, segs);
  let unresolvedText: string | null = null;
  if (d && !published && !stated.some((x) => x.date === d!.date && x.text === d!.text)) {
    unresolvedText = dates.some((x) => x.text === d!.text) ? d.text : null;
    d = null;
  }
  let inferred = false;
  if (!d && published && !trig.background) {
    const pre = s.slice(Math.max(0, trig.index - 30), trig.index);
    if (PERFECT_BEFORE.test(pre) || RECENT.test(s.slice(seg[0], seg[1]))) {
      // "has recently endured", "the recent attack": shortly before publication
      const day = isoToDay(published)!;
      const r = rangeToDate(day - INFERRED_DAYS, day);
      if (r) {
        d = { date: r.date, precision: r.precision, text: RECENT.exec(s.slice(seg[0], seg[1]))?.[0] ?? `${pre.trim().split(/\s+/).slice(-2).join(' ')} ${trig.text}`, from: addDays(published, -INFERRED_DAYS)!, to: published };
        inferred = true;
      }
    }
  }
  return { d, unresolvedText, inferred };
}
