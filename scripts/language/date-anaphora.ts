// Dates read against an earlier date of the same text rather than against the publication date:
// "the next day", "two days later", "the 14th of that month", "later that year" — and a day or month
// written without its year, read in the year of the text's running narrative ("On February 27, 2014,
// gunmen seized ... On March 6, the authorities announced ...").
//
// Why apart from dates.ts: these need the text's context (the latest date it stated before), which the
// events stage tracks sentence by sentence; dates.ts reads one sentence against one reference.
import { addDays, dateRange, matchesOf, type ResolvedDate } from './dates.ts';
import type { DatePrecision } from '../lib/types.ts';

/** Clauses that place what they contain relative to the main clause: "Less than a week after X, ...". */
export const RELATIVE_CLAUSE = /^\s*(?:(less|more)\s+than\s+)?(?:(a|an|one|two|three|four|five|six|seven|a\s+few|several|\d+)\s+(day|week|month)s?\s+)?(after|before|following|since)\b/i;

const DURATION_DAYS: Record<string, number> = { day: 1, week: 7, month: 31 };
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * Where "<span> after X" puts X relative to the main clause's day, in days [lo, hi] (lo <= hi <= 0):
 * "a day after" is [-1, -1], "two weeks after" about [-15, -13], "less than a week after" [-7, 0].
 * Null for what gives no bound ("more than a month after", "before", "since", no span).
 */
export function spanBefore(words: string): [number, number] | null {
  const rel = RELATIVE_CLAUSE.exec(words);
  if (!rel || !rel[3] || rel[4].toLowerCase() !== 'after' || rel[1]?.toLowerCase() === 'more') return null;
  const n = rel[2] ? (/^\d+$/.test(rel[2]) ? +rel[2] : /few|several/i.test(rel[2]) ? 5 : (COUNT[rel[2].toLowerCase()] ?? 1)) : 1;
  const span = n * DURATION_DAYS[rel[3].toLowerCase()];
  // "a day after X": X is the day before; "two weeks after X": about then; "less than a week after X": within it
  if (rel[1] || /few|several/i.test(rel[2] ?? '')) return [-span, 0];
  const slack = rel[3].toLowerCase() === 'day' ? 0 : rel[3].toLowerCase() === 'week' ? 1 : 3;
  return [-span - slack, -span + slack];
}

/** The earlier date an anaphoric expression points back to. */
export interface DateAnchor {
  date: string;
  precision: DatePrecision;
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

const CUE = /\b(?:that|same|next|following|later|earlier|previous|preceding|before)\b/i;
const DAY_OF_THAT_MONTH = /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:that|the\s+same)\s+month\b|\b(?:on\s+)?the\s+([a-z]+)\s+of\s+(?:that|the\s+same)\s+month\b/gi;
const SAME_DAY = /\b(?:on\s+)?(?:that\s+(?:same\s+)?day|the\s+same\s+day|later\s+that\s+day|earlier\s+that\s+day)\b/gi;
const DAY_SHIFT = /\b(?:on\s+)?the\s+(next|following|previous)\s+day\b|\bthe\s+day\s+(after|before)(?=\s*(?:[,.;]|$))|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(later|earlier)\b/gi;
// "the following Friday", "the previous Sunday": a weekday counted from the earlier date, not from publication
const WEEKDAY_SHIFT = /\b(?:on\s+)?(?:the\s+(following|next|previous|preceding)|(following|preceding))\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SAME_MONTH = /\b(?:later|earlier)\s+that\s+month\b|\bthat\s+same\s+month\b/gi;
const SAME_YEAR = /\b(?:later|earlier)\s+that\s+year\b|\bthat\s+same\s+year\b/gi;

function at(text: string, index: number, date: string): ResolvedDate | null {
  const r = dateRange(date);
  if (!r) return null;
  const precision: DatePrecision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return { text, index, date, precision, from: r.from, to: r.to, kind: 'anaphoric' };
}

/**
 * Expressions of `sentence` that point back to `anchor`, resolved; [] without an anchor. Each needs the
 * anchor at the precision it refers to ("the next day" needs a day, "later that month" a month).
 */
export function resolveAnaphoric(sentence: string, anchor: DateAnchor | null): ResolvedDate[] {
  if (!anchor || typeof sentence !== 'string' || !CUE.test(sentence)) return [];
  const out: ResolvedDate[] = [];
  const add = (d: ResolvedDate | null) => {
    if (d && !out.some((o) => o.index < d.index + d.text.length && d.index < o.index + o.text.length)) out.push(d);
  };
  const month = anchor.precision === 'year' ? null : anchor.date.slice(0, 7);
  const day = anchor.precision === 'day' ? anchor.date : null;
  if (month) {
    for (const m of matchesOf(DAY_OF_THAT_MONTH, sentence)) {
      const n = m[1] ? +m[1] : ORDINAL_WORDS[(m[2] ?? '').toLowerCase()];
      if (n && n <= 31) add(at(m[0], m.index ?? 0, `${month}-${String(n).padStart(2, '0')}`));
    }
    for (const m of matchesOf(SAME_MONTH, sentence)) add(at(m[0], m.index ?? 0, month));
  }
  if (day) {
    for (const m of matchesOf(SAME_DAY, sentence)) add(at(m[0], m.index ?? 0, day));
    for (const m of matchesOf(DAY_SHIFT, sentence)) {
      const dir = (m[1] ?? m[2] ?? m[5] ?? '').toLowerCase();
      // "a week earlier", "two weeks later": the same weekday, so still a day
      const unit = m[4] && /^week/i.test(m[4]) ? 7 : 1;
      const n = unit * (m[3] ? (/^\d+$/.test(m[3]) ? +m[3] : COUNT[m[3].toLowerCase()] ?? 0) : 1);
      if (!n) continue;
      const sign = dir === 'previous' || dir === 'before' || dir === 'earlier' ? -1 : 1;
      const shifted = addDays(day, sign * n);
      if (shifted) add(at(m[0], m.index ?? 0, shifted));
    }
  }
  if (day) {
    for (const m of matchesOf(WEEKDAY_SHIFT, sentence)) {
      const dir = (m[1] ?? m[2] ?? '').toLowerCase();
      const want = WEEKDAY_NAMES.indexOf(m[3].toLowerCase());
      const from = new Date(`${day}T12:00:00Z`).getUTCDay();
      const back = dir === 'previous' || dir === 'preceding';
      const n = back ? -(((from - want + 7) % 7) || 7) : ((want - from + 7) % 7) || 7;
      const shifted = addDays(day, n);
      if (shifted) add(at(m[0], m.index ?? 0, shifted));
    }
  }
  for (const m of matchesOf(SAME_YEAR, sentence)) add(at(m[0], m.index ?? 0, anchor.date.slice(0, 4)));
  return out.sort((a, b) => a.index - b.index);
}

/**
 * A day or month read without its year (kind `yearless`), put in `year` instead: the narrative's year.
 * Null for anything else or an impossible day (29 February).
 */
export function inYear(d: ResolvedDate, year: number): ResolvedDate | null {
  if (d.kind !== 'yearless' || d.precision === 'year' || !(year >= 1000 && year <= 2999)) return null;
  const date = `${year}${d.date.slice(4)}`;
  const r = dateRange(date);
  return r && (d.precision !== 'day' || r.from === date) ? { ...d, date, from: r.from, to: r.to } : null;
}
