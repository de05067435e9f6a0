// Date expressions in one sentence, resolved against the source's publication date.
//
// Why this shape: a news sentence dates things in three ways — absolutely ("January 3, 2020"), by a
// bare month or weekday that only the publication date can place ("in June", "on Sunday"), and
// relatively ("last week", "yesterday"). Each expression is turned into a *range* of possible days;
// the precision reported is the finest calendar unit that contains the whole range. That rule keeps
// the precision the text supports and never invents more ("earlier this week" straddling two months
// only gives the year). Absolute expressions are read with chrono-node; weekdays and relative phrases
// are read with our own rules because chrono's defaults (forward dates, clock-based guesses) are not
// what a news report means. Without a publication date only expressions carrying a year are dated,
// and the clock is never used.
// English only, the same parser object: the package's index also loads its 15 other locales (~210 modules,
// loaded by every worker thread that extracts an article).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import type { DatePrecision } from '../lib/types.ts';
import { MONTH_CUE } from '../lib/months.ts';

export interface ResolvedDate {
  text: string;
  index: number;
  date: string;
  precision: DatePrecision;
  /** Earliest and latest ISO day the expression can denote (the range `date` was derived from). */
  from: string;
  to: string;
  /**
   * How it was read: `absolute` (carries its year), `yearless` (a day or month whose year came from the
   * reference), `relative` ("yesterday", "last week"), `weekday`, or `anaphoric` (read against an
   * earlier date of the text: "the next day", "the 14th of that month").
   */
  kind?: DateKind;
}

export type DateKind = 'absolute' | 'yearless' | 'relative' | 'weekday' | 'anaphoric';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, few: 3, several: 3, couple: 2,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/**
 * Every match of a global regex, as `[...text.matchAll(re)]` gives them, without matchAll's per-call
 * clone of the regex (a measurable cost when run per sentence and per trigger pattern). Like matchAll,
 * starts at re.lastIndex and leaves it as it was; an empty match advances by one character (code point
 * for /u patterns).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const start = re.lastIndex;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0] === '') {
        const i = re.lastIndex;
        const c = text.charCodeAt(i);
        re.lastIndex = i + (re.unicode && c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
      }
    }
  } finally {
    re.lastIndex = start;
  }
  return out;
}

/** Cheap test: does the sentence contain anything that could be a date? (Prefilter before chrono.) */
export const DATE_CUE = new RegExp(
  `\\b(?:${MONTH_CUE}|sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today|tonight|(?:last|this)\\s+(?:night|morning|afternoon|evening)|christmas|new\\s+year['’]s|week|month|year|(?:1[89]|20)\\d\\d|ago|weekend|\\d{1,2}(?:st|nd|rd|th))\\b`,
  'i',
);

// ---- day arithmetic on UTC day numbers (no clock, no time zones) ---------------------------------

type Day = number; // days since 1970-01-01

function parseIso(iso: string | null): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Number.isFinite(t) ? Math.floor(t / 86400000) : null;
}
function dayOf(y: number, m0: number, d: number): Day {
  return Math.floor(Date.UTC(y, m0, d) / 86400000);
}
function ymd(day: Day): [number, number, number] {
  const dt = new Date(day * 86400000);
  return [dt.getUTCFullYear(), dt.getUTCMonth(), dt.getUTCDate()];
}
function weekday(day: Day): number {
  return new Date(day * 86400000).getUTCDay();
}
const pad = (n: number) => String(n).padStart(2, '0');

/** The finest calendar unit holding the whole range [lo, hi], or null when it spans years. */
export function rangeToDate(lo: Day, hi: Day): { date: string; precision: DatePrecision } | null {
  if (hi < lo) return null;
  const [y1, m1, d1] = ymd(lo);
  const [y2, m2, d2] = ymd(hi);
  if (y1 !== y2) return null;
  if (m1 !== m2) return { date: String(y1), precision: 'year' };
  if (d1 !== d2) return { date: `${y1}-${pad(m1 + 1)}`, precision: 'month' };
  return { date: `${y1}-${pad(m1 + 1)}-${pad(d1)}`, precision: 'day' };
}

/** Day number -> "YYYY-MM-DD". */
function isoOf(day: Day): string {
  const [y, m0, d] = ymd(day);
  return `${String(y).padStart(4, '0')}-${pad(m0 + 1)}-${pad(d)}`;
}

/** rangeToDate plus the range itself as ISO days (what a ResolvedDate carries). */
function dated(lo: Day, hi: Day): { date: string; precision: DatePrecision; from: string; to: string } | null {
  const d = rangeToDate(lo, hi);
  return d ? { ...d, from: isoOf(lo), to: isoOf(hi) } : null;
}

/**
 * The days a date string at its own precision stands for: "2020-12" -> ["2020-12-01", "2020-12-31"],
 * "2020" -> whole year, a day -> itself. Null for anything else.
 */
export function dateRange(date: string | null | undefined): { from: string; to: string } | null {
  if (typeof date !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const y = +m[1];
  if (m[3]) {
    const d = parseIso(date);
    return d == null || isoOf(d) !== date ? null : { from: date, to: date };
  }
  if (m[2]) {
    const m0 = +m[2] - 1;
    if (m0 < 0 || m0 > 11) return null;
    return { from: isoOf(dayOf(y, m0, 1)), to: isoOf(dayOf(y, m0 + 1, 0)) };
  }
  return { from: isoOf(dayOf(y, 0, 1)), to: isoOf(dayOf(y, 11, 31)) };
}

/** The most recent month m0 (0-based) not after the reference day. */
function recentMonth(m0: number, ref: Day): { y: number; m0: number } {
  const [ry, rm] = ymd(ref);
  return { y: m0 <= rm ? ry : ry - 1, m0 };
}

// ---- relative expressions -------------------------------------------------------------------------

interface Rule {
  /** Lower-case words that must occur for the rule to apply (a cheap prefilter before the regex). */
  cue: string[];
  re: RegExp;
  /** Range of days (inclusive) the expression can denote, given the reference day. */
  range: (m: RegExpExecArray, ref: Day) => [Day, Day] | null;
}

function weekStart(day: Day): Day {
  // Monday-based week (ISO); Sunday belongs to the week that began six days earlier.
  return day - ((weekday(day) + 6) % 7);
}
function countOf(word: string | undefined): number | null {
  if (!word) return null;
  if (/^\d+$/.test(word)) return +word;
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

const RELATIVE_RULES: Rule[] = [
  {
    // "the fourth of this month"
    cue: ['this month'], re: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)?\s+of\s+this\s+month\b|\bthe\s+([a-z]+)\s+of\s+this\s+month\b/gi,
    range: (m, r) => {
      const d = m[1] ? +m[1] : ORDINALS[(m[2] ?? '').toLowerCase()];
      if (!d || d > 31) return null;
      const [y, mo] = ymd(r);
      const day = dayOf(y, mo, d);
      return day <= r ? [day, day] : null;
    },
  },
  { cue: ['yesterday'], re: /\b(?:the\s+day\s+before\s+yesterday)\b/gi, range: (_m, r) => [r - 2, r - 2] },
  { cue: ['yesterday'], re: /\byesterday\b/gi, range: (_m, r) => [r - 1, r - 1] },
  // "last night": the night before the report (wire copy written the morning after says the same)
  { cue: ['last night'], re: /\blast\s+night\b/gi, range: (_m, r) => [r - 1, r - 1] },
  {
    // "on Christmas Day", "on New Year's Eve": the latest such day up to publication
    cue: ['christmas', 'new year'], re: /\b(?:on\s+)?(christmas\s+(?:day|eve)|new\s+year['’]s\s+(?:day|eve))\b/gi,
    range: (m, r) => {
      const w = m[1].toLowerCase();
      const [m0, d] = w.startsWith('christmas') ? [11, w.endsWith('eve') ? 24 : 25] : w.endsWith('eve') ? [11, 31] : [0, 1];
      const [y] = ymd(r);
      const day = dayOf(y, m0, d) <= r ? dayOf(y, m0, d) : dayOf(y - 1, m0, d);
      return [day, day];
    },
  },
  { cue: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'], re: /\b(?:today|tonight|this\s+morning|this\s+afternoon|this\s+evening)\b/gi, range: (_m, r) => [r, r] },
  { cue: ['weekend'], re: /\blast\s+weekend\b/gi, range: (_m, r) => { const s = weekStart(r) - 2; return [s, s + 1]; } },
  {
    // "over the weekend": the latest weekend up to publication (this one, for a report of Saturday or Sunday)
    cue: ['weekend'], re: /\b(?:over|during)\s+the\s+weekend\b/gi,
    range: (_m, r) => { const wd = weekday(r); if (wd === 6 || wd === 0) return [wd === 6 ? r : r - 1, r]; const s = weekStart(r) - 2; return [s, s + 1]; },
  },
  { cue: ['this week'], re: /\b(?:earlier\s+)?this\s+week\b/gi, range: (_m, r) => [weekStart(r), r] },
  { cue: ['last week'], re: /\blast\s+week\b/gi, range: (_m, r) => { const s = weekStart(r) - 7; return [s, s + 6]; } },
  {
    cue: [' ago'], re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+few|a\s+couple\s+of|several)\s+(day|week|month)s?\s+ago\b/gi,
    range: (m, r) => {
      const n = countOf(m[1].replace(/^a\s+(few|couple\s+of)$/i, (_x, w: string) => (w.startsWith('few') ? 'few' : 'couple')));
      if (n == null) return null;
      const vague = /few|several|couple/i.test(m[1]);
      const unit = m[2].toLowerCase() === 'day' ? 1 : m[2].toLowerCase() === 'week' ? 7 : 30;
      const lo = vague ? 2 * unit : n * unit;
      const hi = vague ? 5 * unit : n * unit;
      // "N weeks ago" is approximate: allow half a unit either side.
      const slack = unit === 1 ? 0 : Math.floor(unit / 2);
      return [r - hi - slack, r - lo + slack];
    },
  },
  {
    // "three years ago", "a decade ago": that calendar year
    cue: [' ago'], re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|decades?)\s+ago\b/gi,
    range: (m, r) => {
      const n = countOf(m[1]);
      if (n == null) return null;
      const [y] = ymd(r);
      const back = /^decade/i.test(m[2]) ? 10 * n : n;
      return [dayOf(y - back, 0, 1), dayOf(y - back, 11, 31)];
    },
  },
  {
    // "earlier this month", and its clipped "earlier month" / "earlier in the month"
    cue: ['this month', 'earlier month', 'earlier in the month'], re: /\b(?:(?:earlier\s+|late\s+|early\s+)?this\s+month|earlier\s+(?:in\s+the\s+)?month)\b/gi,
    range: (_m, r) => { const [y, mo] = ymd(r); return [dayOf(y, mo, 1), r]; },
  },
  {
    // "on the 12th": the latest such day of a month, up to publication (not "the 12th of that month")
    cue: ['on the '], re: /\bon\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|day|time|floor|round|minute|hour|place|amendment|division|brigade|army|corps|fleet)\b)/gi,
    range: (m, r) => {
      const n = +m[1];
      const [y, mo, d] = ymd(r);
      const back = n <= d ? 0 : 1;
      const day = dayOf(y, mo - back, n);
      return ymd(day)[2] === n ? [day, day] : null;
    },
  },
  { cue: ['last month'], re: /\blast\s+month\b/gi, range: (_m, r) => { const [y, mo] = ymd(r); return [dayOf(y, mo - 1, 1), dayOf(y, mo, 0)]; } },
  { cue: ['this year'], re: /\b(?:earlier\s+|late\s+|early\s+)?this\s+year\b/gi, range: (_m, r) => { const [y] = ymd(r); return [dayOf(y, 0, 1), r]; } },
  { cue: ['last year'], re: /\blast\s+year\b/gi, range: (_m, r) => { const [y] = ymd(r); return [dayOf(y - 1, 0, 1), dayOf(y - 1, 11, 31)]; } },
  {
    // "one year after X": X lies about a year before publication (an anniversary is approximate).
    cue: ['year'], re: /\b(?:one|a)\s+year\s+(?:after|since)\b/gi,
    range: (_m, r) => [r - 400, r - 330],
  },
];

// Weekday, optionally with a part of day: "on Sunday", "Friday evening", "last Tuesday", "next Thursday".
const WEEKDAY_RE = /\b(last\s+|next\s+|this\s+(?:past\s+)?)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night))?\b/gi;

// Bare year: "in 2003", "since 2014", "of 2019" (not part of a longer date chrono already read).
const YEAR_RE = /\b(?:in|since|during|by|until|till|from|of|to|before|after|early|late|mid)(?:\s+|-)((?:1[89]|20)\d\d)\b(?!\s*[-\/])/gi;

// A year naming a happening: "the 2018 general election", "a 2016 peace deal", "Iran's 1979 revolution"
// (not a count: "the 2000 troops").
const HAPPENING_NOUN =
  'elections?|votes?|polls?|referendum|ballot|primar(?:y|ies)|war|invasion|uprising|revolution|coup|protests?|crisis|deal|agreement|accord|treaty|pact|' +
  'attacks?|bombings?|massacre|earthquake|floods?|tsunami|hurricane|summit|campaign|census|budget|games|olympics|world\\s+cup|pandemic|outbreak|riots?|' +
  'ceasefire|truce|annexation|talks|conference|trial|verdict|crash|disaster|fire|storm|cyclone|typhoon|invasion|offensive|occupation|visit|ruling|strike';
const YEAR_MODIFIER_RE = new RegExp(
  `(?:\\b(?:the|a|an|its|his|her|their|this|that)|[\\p{L}][’']s)\\s+((?:1[89]|20)\\d\\d)(?=\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${HAPPENING_NOUN})\\b)`,
  'giu',
);

// A month with a governing preposition: needed for "May" (a modal verb) and to trust bare months.
const MONTH_PREP = /\b(?:in|since|from|to|until|till|by|during|of|last|early|late|mid-?|end\s+of|beginning\s+of|start\s+of|through|and|or|before|after)\s*$/i;

const NAMED_OR_NUMERIC = new RegExp(`\\b(?:${MONTH_CUE})\\b|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[\\/.]\\d{1,2}[\\/.]\\d{2,4}|\\d{4}\\/\\d{1,2}\\/\\d{1,2}`, 'i');

// A lean chrono: only the parsers that read written months and numeric dates. Weekdays, times of day
// and relative words are read by our own rules below (and chrono's results for them were discarded
// anyway), so their parsers — most of chrono's cost — are dropped. Falls back to the full parser if
// the parser classes are ever renamed.
const DATE_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENSlashMonthFormatParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
]);
const LEAN: chrono.Chrono = (() => {
  try {
    const c = chrono.casual.clone();
    c.parsers = c.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name));
    return c.parsers.length >= 4 ? c : chrono.casual;
  } catch {
    return chrono.casual;
  }
})();

const NAMED_OR_NUMERIC_G = new RegExp(NAMED_OR_NUMERIC.source, 'gi');
/** Words kept either side of a month/numeric cue: enough for "the 3rd of January, 2020" or "Friday, January 3". */
const WINDOW = 28;

/** Disjoint [start, end) windows of `text` around each month or numeric-date cue, snapped to spaces. */
function cueWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  NAMED_OR_NUMERIC_G.lastIndex = 0;
  for (let m = NAMED_OR_NUMERIC_G.exec(text); m; m = NAMED_OR_NUMERIC_G.exec(text)) {
    // the modal "may" and the verb "march" in lower case: chrono's reading of them is dropped anyway
    if ((m[0] === 'may' || m[0] === 'march') && !/^\s*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    let lo = Math.max(0, m.index - WINDOW);
    let hi = Math.min(text.length, m.index + m[0].length + WINDOW);
    if (lo > 0) {
      const sp = text.indexOf(' ', lo);
      lo = sp >= 0 && sp < m.index ? sp + 1 : m.index;
    }
    if (hi < text.length) {
      const sp = text.lastIndexOf(' ', hi);
      hi = sp > m.index + m[0].length ? sp : m.index + m[0].length;
    }
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** Is the future meant? ("will meet ... Thursday"): then a bare weekday points forward. */
function futureBefore(sentence: string, index: number): boolean {
  // "a request for a Wednesday meeting", "talks set for Friday": a day still to come
  if (/\b(?:(?:set|scheduled|planned|slated|called|requested)\s+)?for\s+(?:a\s+|an\s+|the\s+|next\s+)?$/i.test(sentence.slice(Math.max(0, index - 30), index))) return true;
  // only the weekday's own clause counts: not a quotation before it ("'We will ...,' he said on Wednesday")
  const window = sentence.slice(Math.max(0, index - 80), index);
  const cut = Math.max(window.lastIndexOf('”'), window.lastIndexOf('"'), window.lastIndexOf(','), window.lastIndexOf(';'));
  const before = cut >= 0 ? window.slice(cut + 1) : window;
  return /\b(?:will|shall|would(?!\s+have)|is\s+(?:due|set|scheduled|expected)\s+to|are\s+(?:due|set|scheduled|expected)\s+to|plans?\s+to|'ll)\b/i.test(before)
    // a term running out: "the truce expires on 1 June", "the mandate ends on Friday"
    || /\b(?:expires|ends|runs\s+out|lapses|takes\s+effect|comes\s+into\s+force)\s+(?:on\s+|in\s+|at\s+the\s+end\s+of\s+)?$/i.test(before);
}

/** A date stated at its own precision, with the days it stands for; null when not a real date. */
function at(text: string, index: number, date: string, precision: DatePrecision, kind: DateKind = 'absolute'): ResolvedDate | null {
  const r = dateRange(date);
  return r ? { text, index, date, precision, from: r.from, to: r.to, kind } : null;
}

/** Add a date unless it overlaps one already read; mark it reference-free in `absolute`. */
function push(out: ResolvedDate[], d: ResolvedDate | null, absolute: Set<ResolvedDate> | null): void {
  if (!d) return;
  for (const o of out) if (overlaps(o, d)) return;
  out.push(d);
  absolute?.add(d);
}

function overlaps(a: { index: number; text: string }, b: { index: number; text: string }): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/**
 * Resolve every date expression in `sentence`. `published` (YYYY-MM-DD) anchors relative expressions;
 * with null only expressions carrying their own year are resolved. Any string is valid input.
 */
export function resolveDates(sentence: string, published: string | null): ResolvedDate[] {
  return resolve(sentence, published, null);
}

/**
 * One pass for both readings of a sentence: `dates` against `published` (or a stand-in reference), and
 * `stated`, the subset that needs no reference at all (what resolveDates(sentence, null) returns).
 */
export function resolveDatesAndStated(sentence: string, published: string): { dates: ResolvedDate[]; stated: ResolvedDate[] } {
  const absolute = new Set<ResolvedDate>();
  const dates = resolve(sentence, published, absolute);
  return { dates, stated: dates.filter((d) => absolute.has(d)) };
}

function resolve(sentence: string, published: string | null, absolute: Set<ResolvedDate> | null): ResolvedDate[] {
  if (typeof sentence !== 'string' || sentence.length === 0 || !DATE_CUE.test(sentence)) return [];
  const text = sentence.length > 5000 ? sentence.slice(0, 5000) : sentence;
  const ref = parseIso(published);
  const out: ResolvedDate[] = [];


  // 1. Absolute and month-based expressions, read by chrono. Reference only used for the year of
  //    yearless months; we recompute that ourselves ("most recent such month not after publication").
  const refDate = ref != null ? new Date(ref * 86400000 + 12 * 3600000) : new Date(Date.UTC(2000, 0, 1, 12));
  const results: { text: string; index: number; start: ParsedComponents }[] = [];
  // chrono is the slow part: only run it on short windows around a written month or numeric date
  for (const [lo, hi] of cueWindows(text)) {
    for (const r of LEAN.parse(text.slice(lo, hi), refDate)) results.push({ text: r.text, index: lo + r.index, start: r.start });
  }
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('month')) continue; // weekdays / relative words: handled by our own rules
    // chrono also marks "last week" or "this month" as certain; only trust a written month or numeric date.
    if (!NAMED_OR_NUMERIC.test(r.text)) continue;
    let rtext = r.text.replace(/[\s,.;:]+$/, '');
    let index = r.index;
    // "12.05.2023": written with dots, a date is day.month.year (chrono reads it month first, as US slashes)
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(rtext);
    if (dotted) {
      const iso = `${dotted[3]}-${pad(+dotted[2])}-${pad(+dotted[1])}`;
      if (+dotted[2] <= 12 && dateRange(iso)?.from === iso) push(out, at(rtext, index, iso, 'day'), absolute);
      continue;
    }
    const mo = c.get('month');
    if (mo == null) continue;
    const m0 = mo - 1;
    // A written month takes a written year of four digits (or '20): in "late November, 32 days
    // after" chrono reads the count as the year 2032; that number is not part of the date.
    let yearCertain = c.isCertain('year');
    if (yearCertain && /[a-z]/i.test(rtext) && !/\d{4}/.test(rtext) && !/['’]\d{2}\b/.test(rtext)) {
      yearCertain = false;
      rtext = rtext.replace(/[\s,]+\d{1,2}$/, '');
    }
    // A lone "May"/"March" needs a preposition to be a month and not a verb.
    const monthOnly = !c.isCertain('day') && !yearCertain;
    if (monthOnly && !MONTH_PREP.test(text.slice(Math.max(0, index - 20), index))) continue;
    if (/^(?:may|march)$/i.test(rtext) && !/^[A-Z]/.test(rtext)) continue;
    // "end of July" is a month, not a day the text states.
    const endOf = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+/i.exec(rtext);
    const dayCertain = c.isCertain('day') && !endOf;
    if (endOf) {
      index += endOf[0].length;
      rtext = rtext.slice(endOf[0].length);
    }
    if (yearCertain) {
      const y = c.get('year');
      if (y == null || y < 1000 || y > 2999) continue;
      if (dayCertain) {
        const d = c.get('day');
        if (d == null) continue;
        push(out, at(rtext, index, `${y}-${pad(mo)}-${pad(d)}`, 'day'), absolute);
      } else push(out, at(rtext, index, `${y}-${pad(mo)}`, 'month'), absolute);
      continue;
    }
    if (ref == null) continue;
    if (dayCertain) {
      const d = c.get('day');
      if (d == null) continue;
      const [ry] = ymd(ref);
      let day = dayOf(ry, m0, d);
      if (futureBefore(text, index)) {
        if (day < ref) day = dayOf(ry + 1, m0, d);
      } else if (day > ref) day = dayOf(ry - 1, m0, d);
      const [y2, mo2, d2] = ymd(day);
      if (mo2 !== m0 || d2 !== d) continue; // e.g. "February 30"
      push(out, at(rtext, index, `${y2}-${pad(mo2 + 1)}-${pad(d2)}`, 'day', 'yearless'), null);
    } else {
      const { y } = recentMonth(m0, ref);
      push(out, at(rtext, index, `${y}-${pad(mo)}`, 'month', 'yearless'), null);
    }
  }

  // 2. Bare years: after a preposition, or naming a happening ("the 2018 general election").
  for (const m of [...matchesOf(YEAR_RE, text), ...matchesOf(YEAR_MODIFIER_RE, text)]) {
    const index = (m.index ?? 0) + m[0].length - m[1].length;
    push(out, at(m[1], index, m[1], 'year'), absolute);
  }

  if (ref == null) return out.sort((a, b) => a.index - b.index);

  // 3. Relative phrases (need the publication date).
  const lower = text.toLowerCase();
  for (const rule of RELATIVE_RULES) {
    if (!rule.cue.some((c) => lower.includes(c))) continue;
    rule.re.lastIndex = 0;
    for (const m of matchesOf(rule.re, text)) {
      const range = rule.range(m as RegExpExecArray, ref);
      if (!range) continue;
      const d = dated(range[0], range[1]);
      if (!d) continue;
      push(out, { text: m[0], index: m.index ?? 0, ...d, kind: 'relative' }, null);
    }
  }

  // 4. Weekdays: the most recent such day up to publication, or the next one for the future.
  for (const m of lower.includes('day') ? matchesOf(WEEKDAY_RE, text) : []) {
    const wd = WEEKDAYS.indexOf(m[2].toLowerCase());
    if (!/^[A-Z]/.test(m[2])) continue; // lower-case "friday" in running text is rare; be strict
    const index = m.index ?? 0;
    const mod = (m[1] ?? '').toLowerCase().trim();
    let day: Day;
    // "on Monday last week", "Tuesday of last week": that weekday of the week before publication's
    const lastWeek = !mod ? /^\s+(?:of\s+)?last\s+week\b/i.exec(text.slice(index + m[0].length)) : null;
    if (lastWeek) {
      const lw = out.findIndex((o) => o.kind === 'relative' && o.index >= index + m[0].length && o.index <= index + m[0].length + lastWeek[0].length);
      if (lw >= 0) out.splice(lw, 1);
      const on = /\bon\s+$/i.exec(text.slice(Math.max(0, index - 3), index));
      const start = on ? index - on[0].length : index;
      const d = weekStart(ref) - 7 + ((wd + 6) % 7);
      push(out, { text: text.slice(start, index + m[0].length + lastWeek[0].length), index: start, ...dated(d, d)!, kind: 'weekday' }, null);
      continue;
    }
    if (mod === 'next' || (!mod && futureBefore(text, index))) {
      const delta = (wd - weekday(ref) + 7) % 7 || 7;
      day = ref + delta;
    } else {
      // Past or unmarked: the most recent such day, the publication day itself included (wire style
      // names the weekday even for the day of publication, "said on Wednesday" in Wednesday's story).
      // ("last Wednesday" in Wednesday's report is a week before: "last" never names the day itself)
      const delta = (weekday(ref) - wd + 7) % 7 || (mod === 'last' ? 7 : 0);
      day = ref - delta;
    }
    // Include a preceding "on" in the quoted words: "on Sunday".
    const on = /\bon\s+$/i.exec(text.slice(Math.max(0, index - 3), index));
    const start = on ? index - on[0].length : index;
    // "Sunday 26 May", "Tuesday, March 3": the written date says which Sunday; the weekday joins it
    const end = index + m[0].length;
    const written = out.find((o) => o.kind !== 'relative' && o.kind !== 'weekday' && o.index >= end && o.index - end <= 2 && /^[\s,]*$/.test(text.slice(end, o.index)));
    if (written) {
      // (a date with its own year keeps its words: it reads the same without a reference)
      if (written.kind === 'yearless') {
        written.text = text.slice(start, written.index + written.text.length);
        written.index = start;
      }
      continue;
    }
    const d = dated(day, day)!;
    push(out, { text: text.slice(start, index + m[0].length), index: start, ...d, kind: 'weekday' }, null);
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * "has recently endured", "the recent attack": an event dated only by such words is taken as within this
 * many days before publication (the events stage dates it so; event clusters read it back the same way).
 */
export const INFERRED_DAYS = 14;

/** A reference that is a range of possible days rather than one day (see date-consistency.ts). */
export interface ReferenceRange {
  from: string;
  to: string;
}

/**
 * Resolve `sentence` against a reference known only to lie within [from, to]: each expression's range
 * is the union of its ranges over every possible reference day. Every rule here is monotone in the
 * reference (a later reference never gives an earlier "Friday", "this week" or "in June"), so the union
 * is [range at `from`].from .. [range at `to`].to: two resolutions, not one per day. The date is then
 * the finest unit holding that union ("Friday night" read against 20-31 December is 18-25 December:
 * December). An expression that only resolves at one end, or whose union spans years, is left out.
 * With a null reference only what carries its own year is dated.
 */
export function resolveDatesInRange(sentence: string, reference: ReferenceRange | null): ResolvedDate[] {
  if (!reference) return resolveDates(sentence, null);
  const lo = parseIso(reference.from);
  const hi = parseIso(reference.to);
  if (lo == null || hi == null || hi < lo) return resolveDates(sentence, null);
  if (lo === hi) return resolveDates(sentence, reference.from);
  const early = resolveDates(sentence, reference.from);
  const late = resolveDates(sentence, reference.to);
  const out: ResolvedDate[] = [];
  for (const a of early) {
    const b = late.find((x) => x.index === a.index && x.text === a.text);
    if (!b) continue;
    const from = a.from < b.from ? a.from : b.from;
    const to = a.to > b.to ? a.to : b.to;
    const d = dated(parseIso(from)!, parseIso(to)!);
    if (d) out.push({ text: a.text, index: a.index, ...d });
  }
  return out;
}

/** ISO day plus n days ("2020-12-20", -14 -> "2020-12-06"); null for anything not an ISO day. */
export function addDays(iso: string, n: number): string | null {
  const d = parseIso(iso);
  return d == null || !Number.isFinite(n) ? null : isoOf(d + Math.trunc(n));
}

/** The date and precision of the finest unit holding [from, to] (ISO days), or null when it spans years. */
export function rangeToDateIso(from: string, to: string): { date: string; precision: DatePrecision } | null {
  const lo = parseIso(from);
  const hi = parseIso(to);
  return lo == null || hi == null ? null : rangeToDate(lo, hi);
}

/** Shift a range-derived date: "less than a week after X, ... on D" puts X within [D - 7, D]. */
export function rangeBefore(date: string, precision: DatePrecision, days: number): { date: string; precision: DatePrecision } | null {
  if (precision !== 'day') return { date, precision };
  const d = parseIso(date);
  if (d == null) return null;
  return rangeToDate(d - days, d);
}

/** Parse "YYYY-MM-DD" to a day number (exported for other stages' arithmetic). */
export { parseIso as isoToDay };
