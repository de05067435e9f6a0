// Which reporting verb attributes each quotation. Direct quotes need their verbs before the claims are
// read (the verb may come after the quote), so every quotation is decided up front: the verb before it
// or the one right after it ('“...,” he said'), the verb of an earlier partial quote in the same
// sentence, a continuation of the previous speaker (a quote opening its sentence), or nothing (a name
// in quotes, scare quotes).
import { NAMING_BEFORE } from '../../language/lexicon/speech.ts';
import { segAt, type Doc } from './doc.ts';
import { quoteText, type QuoteSpan } from './quotes.ts';
import { trimPunct, wc } from './text.ts';
import { verbsIn, type Verb } from './verbs.ts';

/** A quotation's attribution: its reporting verb, or `cont` (same speaker as the quote before), or
 * `context`: no verb, but the sentence gives the speaker — the clause before a colon ('He addressed the
 * troops: “...”') or the reported speech of the sentence before ('X says the group will stop. Instead,
 * it will “...”'). */
export interface Attribution {
  verb: Verb | null;
  cont: boolean;
  context?: 'colon' | 'reported';
}

/** Quotation index -> attribution, for the quotations that are claims (in quotation order). */
export function attributeQuotes(doc: Doc, quotes: QuoteSpan[], verbs: Verb[]): Map<number, Attribution> {
  const attribution = new Map<number, Attribution>();
  quotes.forEach((_q, qi) => {
    const a = attributionOf(doc, quotes, verbs, qi, attribution.get(qi - 1));
    if (a) attribution.set(qi, a);
  });
  return attribution;
}

/** The attribution of quotation `qi`, given the previous quotation's (`pa`); null when it is no claim. */
function attributionOf(doc: Doc, quotes: QuoteSpan[], verbs: Verb[], qi: number, pa: Attribution | undefined): Attribution | null {
  const q = quotes[qi];
  const sa = segAt(doc, q.open), sb = segAt(doc, Math.max(q.open, q.close - 1));
  const prevQ = qi > 0 && quotes[qi - 1].close > sa.start ? quotes[qi - 1] : null;
  const nextQ = qi + 1 < quotes.length && quotes[qi + 1].open < sb.end ? quotes[qi + 1] : null;
  const beforeFrom = prevQ ? prevQ.close + 1 : sa.start;
  const afterTo = nextQ ? nextQ.open : sb.end;
  const closeEnd = q.closed ? q.close + 1 : q.close;
  const text = quoteText(doc, q);
  const beforeStr = doc.masked.slice(beforeFrom, q.open);
  if (NAMING_BEFORE.test(beforeStr)) return null; // a name in quotes
  const before = verbsIn(verbs, beforeFrom, q.open).pop() ?? null;
  const rawQuote = doc.text.slice(q.open + 1, q.close);
  const commaInside = /[,?!…—–-]\s*$/.test(rawQuote);
  let after: Verb | null = verbsIn(verbs, closeEnd, afterTo)[0] ?? (nextQ ? null : verbOfTag(doc, verbs, q, sb, rawQuote));
  if (after) {
    const between = doc.masked.slice(closeEnd, after.start);
    const betweenWords = wc(between);
    // a stop between quote and verb ends the sentence, unless it is a title's or an initial's ('Mr. X wrote')
    const betweenHasStop = /[.!?;]/.test(between.replace(/^[\s.]*$/, '').replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Brig|Adm|Sen|Rep|Gov|St|Rev|\p{Lu})\./gu, ''));
    const servesNext = !!nextQ && verbsIn(verbs, closeEnd, nextQ.open).pop() === after;
    const okAfter =
      !betweenHasStop &&
      (commaInside || (/^\s*,/.test(between) && !servesNext) || (betweenWords <= 3 && !/^\s*[,.;]/.test(between) && !servesNext)) &&
      !(betweenWords > (commaInside ? 24 : 12)) &&
      // '... called it “outrageous,” while Y said ...': the verb after "while" is another clause's
      !/^\s*,?\s*(?:while|whereas)\b/i.test(between);
    if (!okAfter) after = null;
  }
  let verb: Verb | null = null;
  if (before && after) verb = commaInside && q.closed ? after : before;
  else verb = before ?? after;
  const words_ = wc(text);
  if (!verb && prevQ && segAt(doc, prevQ.open).n === sa.n) {
    // a second partial quote in a reported-speech sentence ("X said it was “...” and “...”"): same verb
    if (pa && pa.verb && pa.verb.start < prevQ.open && !/[.!?;]/.test(beforeStr)) verb = pa.verb;
  }
  if (!verb) {
    // continuation: a quote opening its sentence right after a quoted speaker
    const lead = trimPunct(doc.masked.slice(sa.start, q.open));
    // "Hana Petrel told parliament:" closing the sentence before, the quotation opening the next
    const prevSeg = doc.segs[doc.segs.indexOf(sa) - 1];
    if (lead === '' && words_ >= 2 && prevSeg && sa.para - prevSeg.para <= 1 && /:\s*$/.test(doc.masked.slice(prevSeg.start, prevSeg.end))) return { verb: null, cont: false, context: 'colon' };
    if (lead === '' && words_ >= 3) return { verb: null, cont: true };
    if (/:\s*$/.test(doc.masked.slice(sa.start, q.open)) && words_ >= 2) return { verb: null, cont: false, context: 'colon' };
    if (lead !== '' && !prevQ && !NAMING_BEFORE.test(beforeStr)) return { verb: null, cont: false, context: 'reported' };
    return null;
  }
  // scare quotes: a short phrase with its reporting verb only after it and no comma inside
  if (words_ <= 3 && verb === after && !commaInside) return null;
  return { verb, cont: false };
}

/** '“Who will pay?” Hana Petrel asked.': the sentence splitter ends a sentence at a question or exclamation
 * mark closing a quotation (and a full stop, as some copy writes it: '“...” X said.'), so its attribution
 * stands as a sentence of its own. Its verb, when that next
 * sentence (same paragraph) is only a short tag: a few words, the verb, and at most a short phrase after. */
function verbOfTag(doc: Doc, verbs: Verb[], q: QuoteSpan, sb: Doc['segs'][number], rawQuote: string): Verb | null {
  if (!q.closed || !/[?!.…]\s*$/.test(rawQuote) || trimPunct(doc.masked.slice(q.close + 1, sb.end)) !== '') return null;
  const next = doc.segs[doc.segs.indexOf(sb) + 1];
  if (!next || next.para !== sb.para) return null;
  const v = verbsIn(verbs, next.start, next.end)[0];
  if (!v || v.according) return null;
  const lead = doc.masked.slice(next.start, v.start), tail = doc.masked.slice(v.end, next.end);
  // "Hana Petrel asked." / "asked Hana Petrel, a nurse." / "the minister shouted at the crowd."
  const rest = tail.split(/[,.;]/)[0];
  // (a tail with a clause of its own is reported speech of another sentence: "Petrel said the timing was odd.")
  const tagTail = trimPunct(rest) === '' || trimPunct(lead) === '' || (/^\s+(?:on|in|at|to|of|during|after|before|from|the|a|an|reporters|journalists)\b/i.test(rest) && !/\b(?:is|are|was|were|has|have|had|will|would|could|can|should|must|did|do|does)\b/i.test(rest));
  if (/[,;:.!?\u25A1]/.test(lead) || wc(lead) > 5 || wc(rest) > 5 || !tagTail || /\u25A1/.test(tail)) return null;
  return v;
}
