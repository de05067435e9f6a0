// A direct claim: an attributed quotation, its speaker (from its verb, or the previous quote's speaker
// for a continuation), its kind and its targets.
import type { ClaimKind } from '../../lib/types.ts';
import { THREAT_CONTENT } from '../../language/lexicon/speech.ts';
import type { Attribution } from './attribution.ts';
import type { ClaimDraft, Ctx, Speaker } from './context.ts';
import { entityType, segAt } from './doc.ts';
import { directKind } from './kinds.ts';
import { quoteText, type QuoteSpan } from './quotes.ts';
import { speakerOfVerb } from './speaker.ts';
import { targetsOf } from './targets.ts';

/** The claim quotation `qi` makes, or null (no words, no speaker, a continuation too far from its quote). */
export function directClaim(ctx: Ctx, quotes: QuoteSpan[], qi: number, att: Attribution, lastDirect: ClaimDraft | null): ClaimDraft | null {
  const { doc } = ctx;
  const q = quotes[qi];
  const sa = segAt(doc, q.open), sb = segAt(doc, Math.max(q.open, q.close - 1));
  const text = quoteText(doc, q);
  if (!text) return null;
  let speaker: Speaker | null = null;
  let kind: ClaimKind;
  if (att.cont) {
    if (!lastDirect || sa.para - segAt(doc, lastDirect._start).para > 1) return null;
    speaker = { key: lastDirect.speaker, label: lastDirect.speaker_label, type: lastDirect._type };
    kind = lastDirect.kind === 'quote' || THREAT_CONTENT.test(text) ? directKind(null, text, '') : lastDirect.kind;
  } else {
    const v = att.verb!;
    const prevQ = qi > 0 && quotes[qi - 1].close > sa.start ? quotes[qi - 1] : null;
    const regionStart = v.start < q.open ? (prevQ ? prevQ.close + 1 : sa.start) : q.closed ? q.close + 1 : q.close;
    speaker = speakerOfVerb(ctx, v, regionStart);
    kind = directKind(v, text, doc.masked.slice(v.end, v.end + 40));
  }
  if (!speaker || !speaker.label) return null;
  const c: ClaimDraft = {
    kind,
    direct: true,
    speaker: speaker.key,
    speaker_label: speaker.label,
    targets: [] as string[],
    text,
    sentence: sa.n,
    sentence_end: sb.n,
    _start: q.open,
    _type: speaker.key ? entityType(doc, speaker.key) : 'unnamed',
  };
  if (att.verb) c.verb = doc.text.slice(att.verb.start, att.verb.end);
  c.targets = targetsOf(ctx, q.open, q.close, speaker.key, att.verb && att.verb.start < q.open ? att.verb : null, kind);
  return c;
}
