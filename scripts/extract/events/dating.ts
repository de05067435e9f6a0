// When: the date of one trigger among the sentence's date expressions (the nearest in its own clause,
// a date inside a background noun's own phrase, "less than a week after X, ... on D"), or, for "has
// recently endured" and "the recent attack", the days shortly before publication.
import type { ArticleEvent } from '../../lib/types.ts';
import { MONTH_CUE } from '../../lib/months.ts';
import { INFERRED_DAYS, addDays, isoToDay, rangeToDate, type ResolvedDate } from '../../language/dates.ts';
import type { Found } from '../../language/event-triggers.ts';
import { RELATIVE_CLAUSE, isRelClause, segmentOf } from './clauses.ts';
import { spanBefore } from '../../language/date-anaphora.ts';

const PERFECT_BEFORE = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$/i;
const RECENT = /\brecent(?:ly)?\b|\bin\s+recent\s+(?:days|weeks)\b/i;


/** Spans inside quotation marks ([start, end) offsets): a date there belongs to the quoted words. */
export function quotedSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^”]*”?|"[^"]*"?/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}
const inSpans = (spans: [number, number][], i: number) => spans.some(([a, b]) => i >= a && i < b);

// Between a speech verb and its own date: a few words, but no verb, clause word or quotation of the content
// ("said at a press conference on Wednesday", "said the minister on March 3"; not "said the attack
// happened on Monday").
const SPEECH_GAP_AFTER = /^(?:\s+(?!(?:that|when|if|whether|after|before|because|as|and|but)\b)(?![\w-]+ed\b)(?!(?:was|were|is|are|had|has|have|will|would|took|happened)\b)[\w’'.-]+){0,7}\s*,?\s*$/i;
const SPEECH_GAP_BEFORE = /^[^“”"]{0,90}$/;

/**
 * The date of a speech verb that counts only with a date of its own: the nearest date right after it
 * (a few words, no other verb) or opening its clause before the speaker ("On Monday, the UN said").
 * Dates inside quotation marks belong to the quoted words. Null when there is none.
 */
export function speechDate(s: string, trig: Found, dates: ResolvedDate[], others: Found[] = []): ResolvedDate | null {
  const quoted = quotedSpans(s);
  if (inSpans(quoted, trig.index)) return null;
  let best: ResolvedDate | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    if (inSpans(quoted, d.index)) continue;
    if (d.index >= trig.end) {
      const gap = s.slice(trig.end, d.index);
      if (!SPEECH_GAP_AFTER.test(gap)) continue;
      // "rejected the plan in a referendum on 12 March": the date is the referendum's
      if (others.some((o) => !o.datedOnly && o.index >= trig.end && o.index < d.index)) continue;
      if (gap.length < bestDist) [best, bestDist] = [d, gap.length];
    } else if (d.index + d.text.length <= trig.index) {
      // a date opening the clause before the speaker: "On Monday, the UN said", "just last week, a report said"
      const lead = s.slice(0, d.index);
      const open = lead.slice(Math.max(lead.search(/[,;:—–(][^,;:—–(]*$/) + 1, 0));
      const gap = s.slice(d.index + d.text.length, trig.index);
      // a photo caption: "In this Monday, Aug. 27, 2018 file photo, X speaks in a court room"
      const photo = /^\s*[Ii]n\s+(?:this|a|the)\s+(?:[A-Z][a-z]+,?\s+)?$/.test(lead) && /^\s+(?:file\s+)?(?:photo|picture|image|video)\b[^“”"]{0,90}$/i.test(gap);
      if (!photo) {
        if (!/^\s*(?:(?:but|and|then|just|only|also|early|late|on|by|since)\s+){0,3}$/i.test(open)) continue;
        if (!SPEECH_GAP_BEFORE.test(gap) || /\b(?:that|when|after|before|because|while|who|which|if|unless)\b|\b[a-z]{3,}ed\b/.test(gap)) continue;
      }
      if (gap.length + 20 < bestDist) [best, bestDist] = [d, gap.length + 20];
    }
  }
  return best;
}

/** Pick the date of one trigger among the sentence's date expressions. */
function dateFor(
  s: string,
  trig: Found,
  all: ResolvedDate[],
  segs: [number, number][],
  others: Found[],
): DateChoice | null {
  if (all.length === 0) return null;
  // A date modifying a noun ("the 2018 election", "a February 14 attack", "a referendum for March 16")
  // dates that noun only.
  const own = all.find((d) => (attributive(s, d) || scheduledFor(s, d)) && modifies(s, d, trig));
  if (own) return choice(own);
  const dates = all.filter((d) => !attributive(s, d) && !scheduledFor(s, d));
  if (dates.length === 0) return null;
  const tSeg = segmentOf(segs, trig.index);
  if (trig.background) {
    // "will mark the anniversary of the massacre on Sunday": the day is the anniversary's
    if (/\banniversary\s+of\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}$/i.test(s.slice(Math.max(0, trig.index - 60), trig.index))) return null;
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
    const shift = spanBefore(rel[0]);
    if (main.length === 0 || !shift) return null;
    const d = main[0];
    const day = isoToDay(d.precision === 'day' ? d.date : '');
    if (day == null) return null;
    const r = rangeToDate(day + shift[0], day + shift[1]);
    // the words keep both parts, so a later reading against another reference can redo the shift
    return r ? { ...r, text: `${rel[0].trim()} … ${d.text}`, from: addDays(d.date, shift[0]) ?? d.from, to: addDays(d.date, shift[1]) ?? d.date } : null;
  }
  // "The attack, which took place on 9 May, ...": a clause that only places the noun before it in time
  if (trig.form === 'noun') {
    const place = TOOK_PLACE.exec(s.slice(trig.end));
    if (place) {
      const lo = trig.end + place[0].length;
      const d = dates.find((x) => x.index >= lo && segmentOf(segs, x.index) === segmentOf(segs, lo));
      if (d) return choice(d);
    }
  }
  // A trigger inside ", which killed 40 people," or ", who was arrested," takes only a date of its own
  // clause: the main clause's date is of another happening ("Sunday marked the anniversary of the
  // bombing, which killed 40")
  const ownRelative = /^\s*(?:who|which)\b/i.test(s.slice(segs[tSeg][0], segs[tSeg][1]));
  // Otherwise the nearest date outside other relative clauses, preferring the same clause.
  let best: ResolvedDate | null = null;
  let bestScore = Infinity;
  for (const d of dates) {
    const dSeg = segmentOf(segs, d.index);
    if (ownRelative && dSeg !== tSeg) continue;
    if (dSeg !== tSeg && isRelClause(s, segs, dSeg)) continue;
    // a date inside another clause's ", who took office in May," belongs to that clause's verb
    if (dSeg !== tSeg && /^\s*(?:who|which|whose|where)\b/i.test(s.slice(segs[dSeg][0], segs[dSeg][1]))) continue;
    // a date in another clause with its own trigger nearer to it belongs to that trigger ("X, born on
    // 28 March 1945, was surrendered ...")
    if (dSeg !== tSeg && others.some((o) => o !== trig && o.form !== 'noun' && !o.background && !o.datedOnly && segmentOf(segs, o.index) === dSeg)) continue;
    // "the first election since 2019", "the deadliest attack since May": the date a noun is measured from
    if (trig.form === 'noun' && /\bsince\s+$/i.test(s.slice(Math.max(0, d.index - 7), d.index))) continue;
    // "from October to the end of July": a span, not the date of one happening
    if (/\bfrom\s+$/i.test(s.slice(Math.max(0, d.index - 6), d.index)) && /^\S*\s+(?:to|until|till)\b/i.test(s.slice(d.index + d.text.length))) continue;
    if (/\bfrom\s+\S+(?:\s+\d{4})?\s+(?:to|until|till)\s+(?:the\s+(?:end|beginning|middle)\s+of\s+)?$/i.test(s.slice(Math.max(0, d.index - 50), d.index))) continue;
    const dist = d.index >= trig.end ? d.index - trig.end : trig.index - (d.index + d.text.length);
    // "arrested X on Monday and a court charged him with murder on Wednesday": a date that trails another
    // happening's verb is that verb's; a date after this one's, within its clause, is this one's
    // so is a date before a participle that only describes a noun ("the funerals on Sunday of the 12 people
    // killed in the bombing on May 16")
    const trails = d.index < trig.index && dates.some((x) => x.index >= trig.end && segmentOf(segs, x.index) === tSeg)
      && (REDUCED_RELATIVE.test(s.slice(Math.max(0, trig.index - 60), trig.index))
        || others.some((o) => o !== trig && o.form === 'verb' && !o.background && !o.datedOnly && o.end <= d.index && d.index - o.end < 60));
    const score = Math.abs(dist) + (dSeg === tSeg ? 0 : 40) + (trails ? 60 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = d;
    }
  }
  if (best) return choice(best);
  return shiftedFromRelativeClause(s, segs, tSeg, dates);
}

/**
 * "Three days after the election on 4 May, protesters marched": a main-clause happening with no date of
 * its own is that many days after the date of the clause that places it.
 */
function shiftedFromRelativeClause(s: string, segs: [number, number][], tSeg: number, dates: ResolvedDate[]): DateChoice | null {
  if (isRelClause(s, segs, tSeg)) return null;
  for (let k = 0; k < segs.length; k++) {
    if (k === tSeg || !isRelClause(s, segs, k)) continue;
    const rel = RELATIVE_CLAUSE.exec(s.slice(segs[k][0], segs[k][1]));
    const shift = rel ? spanBefore(rel[0]) : null;
    const inside = dates.filter((x) => segmentOf(segs, x.index) === k && x.precision === 'day');
    if (!rel || !shift || inside.length !== 1) continue;
    const d = inside[0];
    const day = isoToDay(d.date);
    if (day == null) return null;
    // X lies [lo, hi] days from the main clause's day, so the main clause lies [-hi, -lo] days from X
    const r = rangeToDate(day - shift[1], day - shift[0]);
    return r ? { ...r, text: `${rel[0].trim()} … ${d.text}`, from: addDays(d.date, -shift[1]) ?? d.from, to: addDays(d.date, -shift[0]) ?? d.to } : null;
  }
  return null;
}

// "the 12 people killed in", "the three men arrested in": a participle after its noun, not a finite verb
const REDUCED_RELATIVE = /\b(?:the|of|those|all|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+(?:[\w-]+\s+){0,2}?(?:people|persons|men|women|civilians|soldiers|officers|policemen|children|protesters|demonstrators|suspects|workers|villagers|passengers|fighters|militants|journalists|members|activists|residents|worshippers|students|troops)\s+$/i;

// ", which took place on 9 May,", "that happened last week": the noun's own placing in time
const TOOK_PLACE = /^(?:\s+(?:of|in|on|at|near|against)\s+(?:[\w’'-]+\s+){0,4}?)?\s*(?:,?\s+(?:which|that)\s+(?:took\s+place|happened|occurred|was\s+carried\s+out|came)|,\s+(?:agreed|signed|reached|declared|brokered|carried\s+out|held)(?=\s+(?:on|in|last|early|late)\b))\b/i;

/** "a referendum for March 16, 2014", "talks scheduled for Friday": the date of the noun before, still to come. */
function scheduledFor(s: string, d: ResolvedDate): boolean {
  return /\b(?:(?:scheduled|set|planned|slated|called|fixed)\s+)?for\s+$/i.test(s.slice(Math.max(0, d.index - 24), d.index)) && /[\p{L}]\s+(?:(?:scheduled|set|planned|slated|called|fixed)\s+)?for\s+$/iu.test(s.slice(0, d.index));
}

// Words after which a date is an adverbial of the clause ("on 3 May", "in 2018", "since June").
const ADVERBIAL_BEFORE = /(?:\b(?:on|in|at|by|since|until|till|from|during|around|of|through|early|late|mid|before|after|between|and|to|than)|[,;:(—–-]|^)\s*$/i;

/** Is the date a modifier of the noun after it ("the 2018 general election", "for February 14 Pulwama attack")? */
export function attributive(s: string, d: ResolvedDate): boolean {
  if (d.kind === 'relative' || d.kind === 'anaphoric') return false;
  // "a Wednesday meeting": a weekday modifies only a noun right after it, after a determiner
  if (d.kind === 'weekday' && !/\b(?:a|an|the)\s+$/i.test(s.slice(Math.max(0, d.index - 6), d.index))) return false;
  if (/^(?:on|in|at|by|since|until|from|during|around)\s/i.test(d.text) || ADVERBIAL_BEFORE.test(s.slice(Math.max(0, d.index - 12), d.index))) return false;
  return /^\s+[\p{L}]/u.test(s.slice(d.index + d.text.length)) && !/^\s+(?:and|or|to|when|after|before|as|with|that|which|who|is|was|were|are|has|had|have|will|would|the|a|an)\b/i.test(s.slice(d.index + d.text.length));
}

/** Does the attributive date `d` modify the trigger noun (at most three words between them)? */
function modifies(s: string, d: ResolvedDate, trig: Found): boolean {
  const end = d.index + d.text.length;
  if (scheduledFor(s, d)) return trig.form === 'noun' && trig.end <= d.index && /^\s+(?:[\p{L}’'-]+\s+){0,2}for\s+$/iu.test(s.slice(trig.end, d.index));
  return trig.index >= end && /^\s+(?:[\p{L}’'-]+\s+){0,3}$/u.test(s.slice(end, trig.index));
}

const SPAN = new RegExp(`\\b(?:from|between)\\s+(?:[\\w.,]+\\s+){0,3}?(?:to|until|till|and)\\s+(?:the\\s+(?:end|beginning|middle)\\s+of\\s+)?(?:${MONTH_CUE})[\\w.]*(?:\\s+\\d{1,4})?(?:,?\\s+\\d{4})?`, 'i');

// "two planes crashed — one in October 2018 near X, and another in March 2019 near Y": one happening each
const DISTRIBUTIVE = /\b(?:one|the\s+first)\b([^;]*?)\b(?:and\s+)?(?:another|the\s+other|the\s+second)\b([^;—–]*)/i;

/**
 * The dates of a trigger that a distributive phrase after it shares out ("one in X ..., another in Y"):
 * the date of the second part when the trigger's own date is the first part's; else null.
 */
export function distributedDate(s: string, trig: Found, own: { text: string } | null, dates: ResolvedDate[]): DateChoice | null {
  if (!own) return null;
  const m = DISTRIBUTIVE.exec(s.slice(trig.end));
  if (!m) return null;
  const firstStart = trig.end + (m.index ?? 0);
  const secondStart = firstStart + m[0].length - m[2].length;
  const inFirst = dates.find((d) => d.text === own.text && d.index >= firstStart && d.index < secondStart);
  const second = dates.find((d) => d.index >= secondStart && d.index < secondStart + m[2].length);
  return inFirst && second ? choice(second) : null;
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

const UNREAD_TIME = /\b(?:(?:1[89]|20)\d0s|ago|decades?|centur(?:y|ies)|in\s+the\s+past|back\s+in|(?:in\s+the|last|this|that|every)\s+(?:spring|summer|autumn|winter)|years?\s+(?:earlier|before|later))\b/i;

/** A happening a report's lead tells as done: a past verb of a conflict or custody type, not reported speech,
 * not in a quotation, not in the past perfect or a modal. */
function isNewsOfTheDay(s: string, trig: Found, seg: [number, number]): boolean {
  if (trig.form !== 'verb' || trig.datedOnly || trig.type === 'statement' || trig.type === 'threat' || trig.type === 'other') return false;
  // "One year after US forces assassinated ...", "since the army took ...": placed against something else
  if (/^\s*(?:[\w-]+\s+){0,3}?(?:after|before|since|following|until|when|while|as|if|unless|once)\b/i.test(s.slice(seg[0], trig.index))) return false;
  if (/^\s*["“‘]/.test(s) || quotedSpans(s).some(([a, b]) => trig.index >= a && trig.index < b)) return false;
  // "in the 1990s", "decades ago", "in the past": a time the clause states but no day or month can stand for
  if (UNREAD_TIME.test(s.slice(seg[0], seg[1]))) return false;
  return !/\b(?:had|has|have|would|could|might|may|will|to)\s+(?:\w+\s+){0,2}$/i.test(s.slice(Math.max(0, trig.index - 30), trig.index));
}

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
  others: Found[] = [],
  lead = false,
): { d: DateChoice | null; unresolvedText: string | null; inferred: boolean } {
  let d = dateFor(s, trig, dates, segs, others);
  let unresolvedText: string | null = null;
  // "39 attacks from October to the end of July": a span, no one date; its words still say when
  const span = !d && !trig.background ? SPAN.exec(s.slice(seg[0], seg[1])) : null;
  if (span) unresolvedText = span[0];
  if (d && !published && !stated.some((x) => x.date === d!.date && x.text === d!.text)) {
    // (a date shifted from the main clause's keeps its composite words: "a day after … Wednesday")
    const main = d.text.includes(' … ') ? d.text.slice(d.text.indexOf(' … ') + 3) : d.text;
    const mainStated = stated.some((x) => x.text === main);
    if (mainStated) return { d, unresolvedText, inferred: false };
    unresolvedText = dates.some((x) => x.text === main) ? d.text : null;
    d = null;
  }
  let inferred = false;
  if (!d && !published && lead && !unresolvedText && dates.length === 0 && !trig.background && isNewsOfTheDay(s, trig, seg)) {
    // the same, for an article whose date is not known yet: the corpus stages read it against its anchor
    return { d: null, unresolvedText: `reported as news: ${trig.text}`, inferred: true };
  }
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
    } else if (lead && !unresolvedText && dates.length === 0 && isNewsOfTheDay(s, trig, seg)) {
      // "Two soldiers were killed in an airstrike in Idlib": the news a report leads with, undated in the
      // text, happened shortly before it was published (clustering lets any stated date win)
      const day = isoToDay(published)!;
      const r = rangeToDate(day - INFERRED_DAYS, day);
      if (r) {
        d = { date: r.date, precision: r.precision, text: `reported as news: ${trig.text}`, from: addDays(published, -INFERRED_DAYS)!, to: published };
        inferred = true;
      }
    }
  }
  return { d, unresolvedText, inferred };
}
