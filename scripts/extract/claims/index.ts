// Claims: who said what, about whom, in one article.
//
// Why this shape: news text marks speech in two ways — quotation marks (direct) and reporting verbs
// (indirect). Both are found by linear scans over one string made of the article's sentences, so the
// cost is proportional to the article. A quotation becomes a claim only when something attributes it
// (a reporting verb in its sentence, or the news convention that a quote following a quote continues
// the same speaker); short quoted phrases with no reporting verb before them are scare quotes.
// Speakers are taken from the entity mentions inside the speaker phrase; pronouns and role nouns
// ("he said", "the brigade announced", "the analyst") are resolved to the nearest compatible antecedent,
// and left unresolved (speaker null, label kept) rather than guessed.
//
// The steps, one file each (in the order they run):
//   doc.ts          the article as one string, mentions at offsets into it
//   quotes.ts       quotation spans; the text with them blanked for the scans below
//   verbs.ts        reporting verbs
//   attribution.ts  which verb (or continuation) attributes each quotation
//   direct.ts       a claim per attributed quotation      } both through speaker.ts (speaker phrases in
//   indirect.ts     at most one reported-speech claim per  } subject.ts, names, pronouns and role nouns in
//                   sentence without a direct quote        } antecedents.ts), kinds.ts and targets.ts
//   nominal.ts      speech reported by a noun: "X's statement that ...", "allegations from X that ..."
//                   (gender.ts: the gender the article itself gives a person, for "he said" / "she said")
//   descriptions.ts a speaker described, not named ("the interior minister"), named from the speakers around it
//   co-speakers.ts  "X and Y said ...": one claim per speaker
import type { ArticleClaim, CleanedArticle, LocalEntity, Mention } from '../../lib/types.ts';
import { attributeQuotes, type Attribution } from './attribution.ts';
import { speakerOfVerb } from './speaker.ts';
import type { ClaimDraft, Ctx, Speaker } from './context.ts';
import { directClaim } from './direct.ts';
import { nameDescribedSpeakers } from './descriptions.ts';
import { nominalClaims } from './nominal.ts';
import { withCoSpeakers } from './co-speakers.ts';
import { buildDoc, lowerBound, segAt, type Doc } from './doc.ts';
import { BLANK, words } from './text.ts';
import { sentenceClaim } from './indirect.ts';
import { findQuotes, maskQuotes, type QuoteSpan } from './quotes.ts';
import { findVerbs, verbsIn, type Verb } from './verbs.ts';
import { sentenceReadings, type SentenceReadings } from '../readings.ts';
import { articleScope, type ArticleScope } from '../referents.ts';

/** A quotation inside the reported content of the verb before it, in one sentence, with words of the
 * content before it ('said the strikes amounted to “a war crime”', not 'said: “...”' or 'said that “...”'). */
function isPartial(doc: Doc, v: Verb, q: QuoteSpan): boolean {
  if (v.start > q.open) return false;
  const sa = segAt(doc, q.open);
  if (segAt(doc, v.start).n !== sa.n || segAt(doc, Math.max(q.open, q.close - 1)).n !== sa.n) return false;
  const between = words(doc.masked.slice(v.end, q.open)).filter((w) => !/^(?:that|on|in|last|this|today|yesterday)$/i.test(w));
  return between.length >= 1;
}

/** A quotation closing the reported content of the verb after it ('X died of injuries received “while
 * fighting the fire,” the police said'): it goes on from a word of the sentence's own prose, opens in
 * lower case and ends with a comma, and only the speaker phrase stands between it and the verb. */
function closesContent(doc: Doc, v: Verb, q: QuoteSpan): boolean {
  if (!q.closed || v.start <= q.close) return false;
  const sa = segAt(doc, q.open);
  if (segAt(doc, v.start).n !== sa.n) return false;
  const inner = doc.text.slice(q.open + 1, q.close);
  if (!/^\s*\p{Ll}/u.test(inner) || !/,\s*$/.test(inner)) return false;
  if (!/[\p{L}\p{N}]\s*$/u.test(doc.masked.slice(sa.start, q.open)) || words(doc.masked.slice(sa.start, q.open)).length < 4) return false;
  const between = doc.masked.slice(q.close + 1, v.start);
  return !/[,;:]/.test(between) && words(between).length <= 8;
}

/** Reported prose that goes on after a quotation, before the verb that attributes both ('“...,” and the
 * two sides have agreed to pull back, Wu said'): the verb also makes the reported-speech claim. */
function proseAfter(doc: Doc, v: Verb, q: QuoteSpan): boolean {
  if (!q.closed || v.start <= q.close || segAt(doc, v.start).n !== segAt(doc, q.open).n) return false;
  const between = doc.masked.slice(q.close + 1, v.start);
  return /^\s*,?\s*(?:and|but)\s/i.test(between) && !between.includes(BLANK) && words(between).length >= 6;
}

/** '“...” / “...,” the minister added': the speaker of the quote after `qi` when its verb says it goes on
 * from what was just quoted (added, continued), within the next paragraph. */
function addedBy(ctx: Ctx, quotes: QuoteSpan[], attribution: Map<number, Attribution>, qi: number): Speaker | null {
  const { doc } = ctx;
  const para = segAt(doc, quotes[qi].open).para;
  const j = qi + 1;
  const a = attribution.get(j);
  if (!a || !a.verb || j >= quotes.length || segAt(doc, quotes[j].open).para - para > 1) return null;
  if (!/^(?:added|adds|continued|continues)$/.test(a.verb.form) || a.verb.start < quotes[j].open) return null;
  const q = quotes[j];
  return speakerOfVerb(ctx, a.verb, q.closed ? q.close + 1 : q.close);
}

/** Where a sentence's second reporting clause begins (", while Y said", "; Y said"): [end of the first
 * clause, start of the second], when a reporting verb stands on each side; else null. */
function splitReports(masked: string, seg: { start: number; end: number }, verbs: Verb[], used: Set<number>): [number, number] | null {
  // (the comma may sit inside a quotation that ends right before: 'called it “outrageous,” while')
  const re = /[,\u25A1]\s*(?:while|whereas)\s+|;\s+/g;
  re.lastIndex = seg.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked)) && m.index < seg.end) {
    // (a quotation closing the first clause stays in it)
    const a = masked[m.index] === '\u25A1' ? m.index + 1 : m.index, b = m.index + m[0].length;
    const before = verbsIn(verbs, seg.start, a).some((v) => !used.has(v.start));
    const after = verbsIn(verbs, b, seg.end).some((v) => !used.has(v.start));
    if (before && after) return [a, b];
  }
  return null;
}

export function extractClaims(cleaned: CleanedArticle, entities: LocalEntity[], mentions: Mention[], readings: SentenceReadings = sentenceReadings(cleaned, mentions)): ArticleClaim[] {
  if (!cleaned || !Array.isArray(cleaned.sentences) || !cleaned.sentences.length) return [];
  const doc = buildDoc(cleaned, entities, mentions);
  if (!doc.segs.length) return [];
  const quotes = findQuotes(doc);
  doc.masked = maskQuotes(doc.text, quotes);
  const verbs = findVerbs(doc.masked);
  let scope: ArticleScope | null = null;
  const ctx: Ctx = { doc, verbs, claims: [], verbSpeaker: new Map(), readings, scope: () => (scope ??= articleScope(cleaned, entities, mentions, readings)) };

  // direct quotes first need their verbs, which may come after them: decide attributions up front
  const attribution = attributeQuotes(doc, quotes, verbs);
  // A verb whose quotations are partial quotes inside its reported content ('said the strikes amounted to
  // “a war crime”', 'died of injuries received “while fighting,” the police said') also makes the
  // reported-speech claim of its sentence.
  const usedVerbs = new Set<number>();
  const directSentences = new Set<number>();
  const partial = new Set<number>();
  for (const [qi, att] of attribution) {
    const q = quotes[qi];
    if (att.verb && (isPartial(doc, att.verb, q) || closesContent(doc, att.verb, q))) partial.add(qi);
  }
  for (const [qi, att] of attribution) {
    if (partial.has(qi) || (att.context === 'reported')) continue;
    if (att.verb) usedVerbs.add(att.verb.start);
    const q = quotes[qi];
    const sa = segAt(doc, q.open), sb = segAt(doc, Math.max(q.open, q.close - 1));
    for (let n = sa.n; n <= sb.n; n++) directSentences.add(n);
  }
  for (const qi of partial) usedVerbs.delete(attribution.get(qi)!.verb!.start);
  for (const [qi, att] of attribution) if (att.verb && !partial.has(qi) && proseAfter(doc, att.verb, quotes[qi])) usedVerbs.delete(att.verb.start);
  const partialStarts = new Set([...partial].map((qi) => quotes[qi].open));
  const fullQuotes: [number, number][] = quotes.filter((q, qi) => !partial.has(qi)).map((q) => [q.open, q.closed ? q.close + 1 : q.close]);

  // quotes and the verbs that attribute them, in document order
  type Item = { at: number; q?: QuoteSpan; qi?: number; v?: Verb };
  const items: Item[] = [...quotes.map((q, qi) => ({ at: q.open, q, qi })), ...verbs.map((v) => ({ at: v.start, v }))];
  items.sort((a, b) => a.at - b.at);
  let lastDirect: ClaimDraft | null = null;
  const indirectDone = new Set<number>();
  for (const it of items) {
    if (it.q) {
      const att = attribution.get(it.qi!);
      const c: ClaimDraft | null = att ? directClaim(ctx, quotes, it.qi!, att, lastDirect, () => addedBy(ctx, quotes, attribution, it.qi!)) : null;
      if (!c) continue;
      ctx.claims.push(c);
      lastDirect = c;
      if (!partial.has(it.qi!) && attribution.get(it.qi!)?.context !== 'reported') for (let n = c.sentence; n <= c.sentence_end; n++) directSentences.add(n);
      continue;
    }
    const v = it.v!;
    if (usedVerbs.has(v.start)) continue;
    const seg = segAt(doc, v.start);
    if (indirectDone.has(seg.n)) continue;
    const qk = lowerBound(quotes, v.start + 1, (q) => q.open) - 1;
    if (qk >= 0 && quotes[qk].close > v.start) continue;
    indirectDone.add(seg.n);
    // a sentence with a full quote may also report something outside it ('X said A, adding: "..."')
    const quoted: [number, number][] = directSentences.has(seg.n) ? fullQuotes.filter(([a, b]) => a < seg.end && b > seg.start) : [];
    // "X called it ..., while Y said ...": two reporting clauses, one claim each
    const split = splitReports(doc.masked, seg, verbs, usedVerbs);
    const parts = split ? [sentenceClaim(ctx, { ...seg, end: split[0] }, usedVerbs, quoted), sentenceClaim(ctx, { ...seg, start: split[1] }, usedVerbs, quoted)].filter((x): x is ClaimDraft => !!x) : [];
    if (parts.length) ctx.claims.push(...parts);
    else {
      const made = sentenceClaim(ctx, seg, usedVerbs, quoted);
      if (made) {
        ctx.claims.push(made);
        // another reporting verb of the sentence outside what that claim covers ("an incursion, which New
        // Delhi said targeted a camp of X, a group which claimed responsibility for ...")
        const span: [number, number] = made._span ?? [seg.start, seg.end];
        const inSeg = verbsIn(verbs, seg.start, seg.end);
        // ("According to state media, A said ...": the channel is no second speaker)
        const other = inSeg.filter((x) => x.start !== made._start && !usedVerbs.has(x.start) && !x.byAgent && !x.according && (x.end <= span[0] || x.start >= span[1]));
        for (const x of other) {
          // only that verb, over the part of the sentence outside the first claim
          const only = new Set([...usedVerbs, ...inSeg.filter((y) => y.start !== x.start).map((y) => y.start)]);
          const second = sentenceClaim(ctx, x.start < span[0] ? seg : { ...seg, start: span[1] }, only, [...quoted, span]);
          if (second) {
            ctx.claims.push(second);
            break;
          }
        }
      }
    }
  }
  // speech reported by a noun ("X's statement that ..."), in document order among the others
  const nominal = nominalClaims(ctx);
  if (nominal.length) ctx.claims = [...ctx.claims, ...nominal].sort((a, b) => a.sentence - b.sentence || a._start - b._start);
  nameDescribedSpeakers(ctx);
  ctx.claims = withCoSpeakers(ctx, ctx.claims);
  // a partial quote's aim is its reported claim's: the quoted words alone are not "about" anyone again
  const reported = new Set(ctx.claims.filter((c) => !c.direct).map((c) => c.sentence));
  for (const c of ctx.claims) if (c.direct && partialStarts.has(c._start) && reported.has(c.sentence)) c.targets = [];
  return ctx.claims.map(({ _start, _type, _span, ...c }) => c);
}
