// A direct claim: an attributed quotation, its speaker (from its verb, or the previous quote's speaker
// for a continuation), its kind and its targets.
import type { ClaimKind } from '../../lib/types.ts';
import { THREAT_CONTENT } from '../../language/lexicon/speech.ts';
import type { Attribution } from './attribution.ts';
import { lastClaim, type ClaimDraft, type Ctx, type Speaker } from './context.ts';
import { entityType, mentionsIn, segAt } from './doc.ts';
import { directKind } from './kinds.ts';
import { quoteText, type QuoteSpan } from './quotes.ts';
import { resolvePhrase, speakerOfVerb } from './speaker.ts';
import { BLANK, trimPunct } from './text.ts';
import { verbsIn } from './verbs.ts';
import { targetsOf } from './targets.ts';

/** 'Ivo Brask: “The bridge is safe.”' (headline and interview style): a name standing alone before the colon. */
function nameBeforeColon(ctx: Ctx, seg: { start: number; end: number }, at: number): Speaker | null {
  const { doc } = ctx;
  const colon = doc.masked.lastIndexOf(':', at);
  if (colon < seg.start) return null;
  const ms = mentionsIn(doc, seg.start, colon).filter((x) => x.type !== 'place');
  if (ms.length !== 1 || trimPunct(doc.masked.slice(seg.start, ms[0].gs)) !== '' || trimPunct(doc.masked.slice(ms[0].ge, colon)) !== '') return null;
  return { key: ms[0].entity, label: ms[0].text, type: ms[0].type };
}

/** 'He addressed the troops: “...”': the subject of the last clause before the colon. */
function colonSpeaker(ctx: Ctx, at: number): Speaker | null {
  let seg = segAt(ctx.doc, at);
  // (the colon may close the sentence before: "X told parliament:" ¶ “...”)
  if (!ctx.doc.masked.slice(seg.start, at).includes(':')) {
    const prev = ctx.doc.segs[ctx.doc.segs.indexOf(seg) - 1];
    if (!prev) return null;
    seg = prev;
    at = prev.end;
  }
  const r = ctx.readings.get(seg.n);
  const c = r?.clauses.filter((q) => !q.relative && q.verb.form === 'finite' && q.subject && q.verb.end <= at - seg.start).pop();
  if (!c || !c.subject) return nameBeforeColon(ctx, seg, at);
  const s = seg.start + c.subject.start, e = seg.start + c.subject.end;
  return ctx.doc.masked.slice(s, e).includes(BLANK) ? null : resolvePhrase(ctx, s, e);
}

/** 'X says the group will stop. Instead, it will “...”': a partial quote with no verb of its own continues
 * the reported speech of the sentence before it (in the same paragraph, or the last of the one before). */
function reportedBefore(ctx: Ctx, at: number): Speaker | null {
  const { doc } = ctx;
  const seg = segAt(doc, at);
  const k = doc.segs.indexOf(seg);
  const prev = k > 0 ? doc.segs[k - 1] : null;
  // (across a paragraph break only when the sentence goes on about the same subject: "He is also ...")
  if (!prev || seg.para - prev.para > 1) return null;
  if (prev.para !== seg.para && !/^\s*(?:he|she|it|they)\s/i.test(doc.masked.slice(seg.start, seg.end))) return null;
  const c = lastClaim(ctx, (x) => !x.direct && x.sentence === prev.n, at);
  return c ? { key: c.speaker, label: c.speaker_label, type: c._type } : null;
}

/** 'The X command denied the "allegations" that ...': the named actor the quotation's own sentence is
 * about (the subject of a clause before the quotation), when the sentence names one; else null. */
function namedSubjectBefore(ctx: Ctx, at: number): Speaker | null {
  const { doc } = ctx;
  const seg = segAt(doc, at);
  const r = ctx.readings.get(seg.n);
  const c = r?.clauses.find((k) => k.subject && !k.relative && k.subjectSource === 'before' && seg.start + k.verb.end <= at);
  if (!r || !c || !c.subject || PRONOUN_HEAD.test(c.subject.text.trim())) return null;
  const sp = resolvePhrase(ctx, seg.start + c.subject.start, seg.start + c.subject.end);
  return sp && sp.key ? sp : null;
}
const PRONOUN_HEAD = /^(?:he|she|it|they|we|i|you|this|that|these|those)$/i;

/** '“Nobody told us the ships were coming.” The mayor said the city had not been warned.': a quotation
 * standing as a sentence, with no speaker quoted before it, is given by the reporting verb of the next
 * sentence of its paragraph (the speaker that sentence names). */
function reporterAfter(ctx: Ctx, close: number): Speaker | null {
  const { doc } = ctx;
  const seg = segAt(doc, close);
  if (trimPunct(doc.masked.slice(close + 1, seg.end)) !== '') return null;
  const next = doc.segs[doc.segs.indexOf(seg) + 1];
  if (!next || next.para !== seg.para) return null;
  const v = verbsIn(ctx.verbs, next.start, next.end).find((x) => !x.according && !x.byAgent);
  if (!v || doc.masked.slice(next.start, v.start).includes(BLANK)) return null;
  const sp = speakerOfVerb(ctx, v, next.start);
  return sp && sp.label ? sp : null;
}

/** The claim quotation `qi` makes, or null (no words, no speaker, a continuation too far from its quote). */
export function directClaim(ctx: Ctx, quotes: QuoteSpan[], qi: number, att: Attribution, lastDirect: ClaimDraft | null, added: () => Speaker | null = () => null): ClaimDraft | null {
  const { doc } = ctx;
  const q = quotes[qi];
  const sa = segAt(doc, q.open), sb = segAt(doc, Math.max(q.open, q.close - 1));
  const text = quoteText(doc, q);
  if (!text) return null;
  let speaker: Speaker | null = null;
  let kind: ClaimKind;
  if (att.cont) {
    // the previous quote's speaker, else whoever the paragraph before was reporting ("Abdi added that ...")
    // or, with no quote just before, the speaker of the next quote when it "added" it
    const near = (c: ClaimDraft) => sa.para - segAt(doc, c._start).para <= 1;
    const prev = lastDirect && near(lastDirect) ? lastDirect : null;
    const next = prev ? null : added();
    const back = prev ?? (next ? null : lastClaim(ctx, (c) => c._start < q.open && near(c), q.open));
    if (back) speaker = { key: back.speaker, label: back.speaker_label, type: back._type };
    else speaker = next ?? (q.closed ? reporterAfter(ctx, q.close) : null);
    if (!speaker) return null;
    kind = !back || back.kind === 'quote' || back.kind === 'statement' || THREAT_CONTENT.test(text) ? directKind(null, text, '') : back.kind;
  } else if (att.context) {
    speaker = att.context === 'colon' ? colonSpeaker(ctx, q.open) : (namedSubjectBefore(ctx, q.open) ?? reportedBefore(ctx, q.open));
    kind = directKind(null, text, '');
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
