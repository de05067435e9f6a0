// The article's running date context, read sentence by sentence: which dates a sentence states once
// the text before it is known. Three things a reader carries from sentence to sentence:
//   - the narrative's year: a day written without its year after "On February 27, 2014, ..." in the same
//     or the previous paragraph is read in 2014, not in the publication's year (a chronicle five years on);
//   - the latest stated date, for "the next day", "two days later", "the 14th of that month";
//   - a paragraph's opening date ("12 March. Talks collapse.", "Then, on 17 October, things went out of
//     control.") for the sentences after it in that paragraph that state no date of their own.
// Without a publication date only what the text itself fixes is `stated`; the rest is located (against a
// neutral probe reference) so its words can be kept and resolved later against a reference the corpus
// stages find (date-anchors.ts).
import { DATE_CUE, addDays, dateRange, resolveDatesAndStated, type ResolvedDate } from '../../language/dates.ts';
import { inYear, resolveAnaphoric, type DateAnchor } from '../../language/date-anaphora.ts';
import { quotedSpans } from './dating.ts';

/** Reference used only to locate relative date words when the publication date is unknown. */
export const PROBE_REFERENCE = '2001-06-15';

/** A paragraph's opening date, carried to its later sentences. */
export interface CarriedDate {
  date: ResolvedDate;
  /** True when its year is known (stated, or read against the publication date). */
  known: boolean;
  /** The sentence it is written in. */
  sentence: number;
}

// What may come before a date that opens a sentence: "Then, on 17 October, ...", "By March 24, ...".
const OPENER_LEAD = /^\s*["“]?(?:(?:but|and|then|so|early|late|later|on|by|in|since|until|from|at|around|after)[\s,]+)*$/i;

/**
 * A yearless day or month read forward from the narrative's latest date: its first occurrence from a
 * month before that date on ("On February 27, 2014 ... On March 6" is 2014-03-06; "on 12 September
 * 2023 ... in January" is 2024-01).
 */
function afterAnchor(d: ResolvedDate, anchor: DateAnchor): ResolvedDate | null {
  const y = +anchor.date.slice(0, 4);
  const floor = addDays(dateRange(anchor.date)!.from, -31)!;
  const same = inYear(d, y);
  if (same && same.to >= floor) return same;
  return inYear(d, y + 1);
}

// A date right after a speech verb ("said on Wednesday", "told reporters on Monday"): the saying's
const SAYING_DATE = /\b(?:said|says|told|announced|reported|confirmed|added|stated|declared)\s+(?:[\w’'-]+\s+){0,3}?$/i;

export class DateContext {
  private last: (DateAnchor & { paragraph: number; known: boolean }) | null = null;
  private opener: (CarriedDate & { paragraph: number }) | null = null;
  /** The last date the previous sentence stated (outside quotations), with its paragraph. */
  private previous: (CarriedDate & { paragraph: number }) | null = null;

  constructor(private readonly published: string | null) {}

  /**
   * The sentence's dates: `dates` every expression located (against the publication date, else the
   * probe), `stated` those whose day, month and year are known without a guess. Updates the context.
   */
  read(s: string, n: number, paragraph: number): { dates: ResolvedDate[]; stated: ResolvedDate[] } {
    if (this.opener && this.opener.paragraph !== paragraph) this.opener = null;
    if (this.previous && (this.previous.paragraph !== paragraph || this.previous.sentence !== n - 1)) this.previous = null;
    const anchor = this.last && this.last.paragraph >= paragraph - 2 ? this.last : null;
    const anaphoric = resolveAnaphoric(s, anchor);
    if (!DATE_CUE.test(s) && anaphoric.length === 0) return { dates: [], stated: [] };
    const both = DATE_CUE.test(s) ? resolveDatesAndStated(s, this.published ?? PROBE_REFERENCE) : { dates: [], stated: [] };
    const known = new Set<ResolvedDate>(this.published ? both.dates : both.stated);
    const narrative = anchor && anchor.known && anchor.paragraph >= paragraph - 1 && anchor.precision !== 'year' ? anchor : null;
    const dates = both.dates.map((d) => {
      if (!narrative || d.kind !== 'yearless') return d;
      const inNarrative = afterAnchor(d, narrative);
      if (!inNarrative || (this.published && inNarrative.to > this.published)) return d;
      known.add(inNarrative);
      return inNarrative;
    });
    for (const a of anaphoric) {
      // "the following Friday": the weekday read against publication gives way to the one the text counts
      const overlapping = (d: ResolvedDate) => d.index < a.index + a.text.length && a.index < d.index + d.text.length;
      if (dates.some((d) => overlapping(d) && d.kind !== 'weekday')) continue;
      for (let i = dates.length - 1; i >= 0; i--) if (overlapping(dates[i])) dates.splice(i, 1);
      dates.push(a);
      if (anchor!.known) known.add(a);
    }
    dates.sort((a, b) => a.index - b.index);
    this.remember(s, n, paragraph, dates, known);
    return { dates, stated: dates.filter((d) => known.has(d)) };
  }

  /**
   * The date the sentence right before wrote (same paragraph): "The passengers were seized on January 21.
   * Four others escaped during the attack and one was killed." Only for a happening told as news.
   */
  before(n: number, paragraph: number): CarriedDate | null {
    const p = this.previous;
    return p && p.paragraph === paragraph && p.sentence === n - 1 ? { date: p.date, known: p.known, sentence: p.sentence } : null;
  }

  /** The opening date of the sentence's paragraph, when an earlier sentence of it wrote one. */
  carried(n: number, paragraph: number): CarriedDate | null {
    const o = this.opener;
    return o && o.paragraph === paragraph && o.sentence < n ? { date: o.date, known: o.known, sentence: o.sentence } : null;
  }

  private remember(s: string, n: number, paragraph: number, dates: ResolvedDate[], known: Set<ResolvedDate>): void {
    const quoted = quotedSpans(s);
    const outside = dates.filter((d) => !quoted.some(([a, b]) => d.index >= a && d.index < b));
    // "X was killed on Tuesday night, the ministry said on Wednesday. The next day, ...": the next day is
    // the happening's, not the saying's; the date of a speech verb anchors only when there is no other
    const anchors = [...outside].reverse().filter((d) => known.has(d) && d.precision !== 'year');
    const latest = anchors.find((d) => !SAYING_DATE.test(s.slice(Math.max(0, d.index - 50), d.index))) ?? anchors[0];
    if (latest) this.last = { date: latest.date, precision: latest.precision, paragraph, known: true };
    const lastHere = outside[outside.length - 1];
    this.previous = lastHere && lastHere.precision !== 'year' && !/^\s*["“‘]/.test(s) ? { date: lastHere, known: known.has(lastHere), sentence: n, paragraph } : null;
    const first = outside[0];
    if (first && first.precision !== 'year' && OPENER_LEAD.test(s.slice(0, first.index)) && /^\s*(?:[,.:;—–-]|$)/.test(s.slice(first.index + first.text.length))) {
      this.opener = { date: first, known: known.has(first), sentence: n, paragraph };
    }
  }
}
