// Deterministic date reading for page furniture and body years. Written by hand rather than with
// chrono-node: it must never resolve against today's date ("yesterday at 11:36" is not a date) and must
// stay a cheap linear regex scan.

import { MONTH_FORMS, MONTH_NUMBER } from '../lib/months.ts';

const MONTH = `(${MONTH_FORMS.join('|')})\\.?`;
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?';

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  index: number;
  length: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): boolean {
  if (!(y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1)) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  // 2020-12-31, 2020/12/31, 2020.12.31, 2020-12-31T07:30:00Z
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 28 December, 2020 / 2 Dec 2020 / 2nd of December 2020
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => [+m[3]!, MONTH_NUMBER.get(m[2]!.toLowerCase())!, +m[1]!],
  },
  // July 17, 2024 / Dec. 2 2020
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => [+m[3]!, MONTH_NUMBER.get(m[1]!.toLowerCase())!, +m[2]!],
  },
  // 27-Aug-2021, 27 Aug-2021 (a web stamp: "Updated 22:29, 27-Aug-2021")
  {
    re: new RegExp(`\\b(\\d{1,2})[-\\s]${MONTH}-(\\d{4})\\b`, 'gi'),
    read: (m) => [+m[3]!, MONTH_NUMBER.get(m[2]!.toLowerCase())!, +m[1]!],
  },
  // 31/12/2020, 31.12.2020 (day first unless impossible), 12/31/2020
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g,
    read: (m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      if (a > 12) return [+m[3]!, b, a];
      if (b > 12) return [+m[3]!, a, b];
      return [+m[3]!, b, a];
    },
  },
];

/** All full (day-precision) dates in the text, in order of position. */
export function findDates(text: string): FoundDate[] {
  if (typeof text !== 'string' || !text) return [];
  const found: FoundDate[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const r = read(m);
      if (!r) continue;
      const [y, mo, d] = r;
      if (!valid(y, mo, d)) continue;
      if (found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length)) continue;
      found.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first full date in the text, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** Normalises a date given by an analyst (sources.yml, front matter, HTML meta): Date, ISO string or prose. */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !value.trim()) return null;
  return parseDate(value);
}

/**
 * The latest point in time the text refers to: full dates, and bare years read as the year's last day
 * (the generous reading, so an article is never judged older than it can be). Null when no year occurs.
 */
/** Lower-case words that may follow a bare year ("in 2019 and", "the 2019 election"). */
const YEAR_FOLLOWERS = new Set(
  'and or but to when after before the as was were is are has had have in on at by for with that which while until amid through over under since during from of election elections vote polls census budget season war uprising revolution crisis protests protest deal agreement accord law constitution report survey study levels level figures'.split(' '),
);

export function latestReferencedDate(text: string): string | null {
  if (typeof text !== 'string' || !text) return null;
  let latest: string | null = null;
  const dates = findDates(text);
  for (const d of dates) if (!latest || d.iso > latest) latest = d.iso;
  const yearRe = /(?<![\d\p{L}-])(1[89]\d{2}|2[01]\d{2})(?![\d\p{L}]|-\d)/gu;
  let m: RegExpExecArray | null;
  while ((m = yearRe.exec(text))) {
    const at = m.index;
    if (dates.some((d) => at >= d.index && at < d.index + d.length)) continue;
    // "1800 supporters", "2000 troops": a count followed by the noun it counts is not a year.
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(at + 4, at + 40));
    if (next && !YEAR_FOLLOWERS.has(next[1]!)) continue;
    const iso = `${m[1]}-12-31`;
    if (!latest || iso > latest) latest = iso;
  }
  return latest;
}

const MONTH_YEAR_RE = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi');

/**
 * The latest day or month the text states ("on 3 March 2020", "in November 2022", read as the month's
 * last day), or null. Bare years are left out: "since 2011", "the 2016 peace deal" are background that an
 * article of any later year may mention.
 */
export function latestStatedDay(text: string): string | null {
  let latest: string | null = null;
  for (const d of findDates(text)) if (!latest || d.iso > latest) latest = d.iso;
  if (typeof text !== 'string') return latest;
  MONTH_YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_YEAR_RE.exec(text))) {
    const y = +m[2]!;
    const mo = MONTH_NUMBER.get(m[1]!.toLowerCase())!;
    if (y < 1900 || y > 2199) continue;
    const iso = `${y}-${pad(mo)}-${pad(new Date(Date.UTC(y, mo, 0)).getUTCDate())}`;
    if (!latest || iso > latest) latest = iso;
  }
  return latest;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty'];
const NUMBER_VALUE = new Map(NUMBER_WORDS.map((w, i) => [w, i <= 20 ? i : (i - 18) * 10]));

/** The most years the text says it looks back ("Five years ago, on ...", "a decade ago"): 0 when it says none. */
export function yearsLookedBack(text: string): number {
  let most = 0;
  const re = /\b(\d{1,3}|[a-z]+|a)\s+(years?|decades?)\s+ago\b/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const w = m[1]!.toLowerCase();
    const n = /^\d+$/.test(w) ? +w : w === 'a' ? 1 : (NUMBER_VALUE.get(w) ?? 0);
    most = Math.max(most, n * (/^decade/i.test(m[2]!) ? 10 : 1));
  }
  return most;
}

/** Whole months from a to b (ISO dates), fractional by days. */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  return (yb - ya) * 12 + (mb - ma) + (db - da) / 31;
}
