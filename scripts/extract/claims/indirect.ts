// Indirect claims: reported speech without quotation marks ("X said that ...", "..., the sources said",
// "according to X, ..."). One per sentence at most: the most specific reporting verb that yields a
// speaker; the claim's words are the reported content, not the attribution.
import type { ClaimDraft, Ctx, Speaker } from './context.ts';
import { entityType, type Seg } from './doc.ts';
import { indirectKind } from './kinds.ts';
import { accordingPhrase, resolvePhrase, speakerOfVerb } from './speaker.ts';
import { invertedSubject, leftStrip, rightSubject } from './subject.ts';
import { targetsOf } from './targets.ts';
import { BLANK, trimPunct, wc } from './text.ts';
import { verbsIn, type Verb } from './verbs.ts';

/** The last comma of `masked` (the sentence from `start`, quotations blanked): a comma inside the closing
 * mark of a quotation counts, at the mark ('... received “while fighting the fire,” the police said'). */
function lastCommaOf(text: string, start: number, masked: string): number {
  for (let i = masked.length - 1; i >= 0; i--) {
    if (masked[i] === ',') return i;
    if (masked[i] === BLANK && masked[i + 1] !== BLANK && /,\s*$/.test(text.slice(start + i - 2, start + i))) return i;
  }
  return -1;
}

/** The indirect claim of the sentence `seg`, trying its unused verbs accusation-first; null if none yields one. */
export function sentenceClaim(ctx: Ctx, seg: Seg, usedVerbs: Set<number>, quoted: [number, number][] = []): ClaimDraft | null {
  const m = ctx.doc.masked;
  // "who asked not to be named": the speaker's anonymity, nothing said
  const anonymity = (x: Verb) => /^\s+not\s+to\s+be\s+(?:named|identified|quoted)\b/i.test(m.slice(x.end, x.end + 30));
  const inSentence = verbsIn(ctx.verbs, seg.start, seg.end).filter((x) => !usedVerbs.has(x.start) && !x.byAgent && !anonymity(x));
  // a verb of a relative clause inside the subject of a later verb ("X, who warned ..., said") reports
  // only when no other verb does
  const relative = (x: Verb) => /\b(?:who|whom|which)\s+(?:\w+ly\s+)?$/i.test(m.slice(Math.max(seg.start, x.start - 24), x.start)) && inSentence.some((y) => y.start > x.start);
  const main = inSentence.filter((x) => !relative(x));
  // ("A said ..., according to state media": the one whose words they are speaks, not the channel; but a
  // participle does not outrank it: "a card confirming his links, according to a source")
  const finite = (x: Verb) => !x.form.endsWith('ing');
  const byKind = (xs: Verb[]) => [
    ...xs.filter((x) => x.kind !== 'statement'),
    ...xs.filter((x) => x.kind === 'statement' && !x.according && finite(x)),
    ...xs.filter((x) => x.according),
    ...xs.filter((x) => x.kind === 'statement' && !x.according && !finite(x)),
  ];
  const order = [...byKind(main), ...byKind(inSentence.filter(relative))];
  for (const cand of order) {
    const made = indirectClaim(ctx, cand, seg, quoted);
    if (made) return made;
  }
  return null;
}

/** `quoted`: spans of the sentence's full direct quotes, which a reported claim never takes in: its
 * content stops before one that follows it ('X said ..., adding: "..."'), and one it would start inside
 * or after gives no claim. */
function indirectClaim(ctx: Ctx, v: Verb, seg: Seg, quoted: [number, number][] = []): ClaimDraft | null {
  const { doc } = ctx;
  const m = doc.masked;
  const beforeRaw = m.slice(seg.start, v.start);
  let afterStart = v.end;
  // "told AFP that ...", "told reporters": skip the addressee
  if (/^(?:tell|tells|told|telling)$/.test(v.form)) {
    const ad = /^\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}?(?=that\b)|^\s+[\p{L}\p{N}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]*)*(?=\s*[.,;]|\s+(?:in|on|last|this|at)\b)|^\s+(?:them|him|her|us|me|reporters|journalists|lawmakers|legislators|parliament|MPs|senators|supporters|the\s+(?:press|media|crowd|court|jury|committee|council))(?:\s+(?:on|last|this)\s+\p{Lu}\p{Ll}+day)?(?=\s+(?:he|she|it|they|we|there|the|his|her|its|their)\b)/u.exec(m.slice(v.end, seg.end));
    if (ad) afterStart = v.end + ad[0].length;
  }
  let afterText = m.slice(afterStart, seg.end);
  let contentS: number, contentE: number;
  let speaker: Speaker | null;
  let closingQuote = false;
  // (a bare day after the verb, as wire copy writes it: "..., officials said Friday.")
  // (not "told reporters on Monday the hospital was safe": a clause goes on after the time phrase)
  const endAttribution = /^[\s,]*(?:(?:in|on|at|last|this|during|earlier|later)\b(?![^,.;]*\b(?:was|were|is|are|had|has|have|would|will|could|did)\b)[^,.;]{0,40}|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?)?[.!?"”]*\s*$/i.test(afterText) || /^\s*(?:AFP|Reuters|AP|reporters|journalists)\b[^,;]*[.]?\s*$/.test(afterText)
    // "..., the official said, speaking on condition of anonymity because ...": how the speaker spoke
    || /^\s*,\s*(?:speaking|asking|requesting)\s+(?:on\s+condition|anonymously|not\s+to\s+be)\b/i.test(afterText);
  const invertedR = invertedSubject(doc, v, beforeRaw);
  const inverted = !!invertedR && /,\s*$/.test(beforeRaw);
  if (v.according) {
    const r = accordingPhrase(ctx, v);
    speaker = r ? resolvePhrase(ctx, r.s, r.e) : null;
    // the claim is the rest of the sentence
    const lead = m.slice(seg.start, v.start);
    if (trimPunct(lead)) {
      contentS = seg.start;
      contentE = v.start;
    } else {
      contentS = r ? r.e : v.end;
      contentE = seg.end;
    }
  } else if (inverted) {
    // "..., said Smith, the analyst."
    const r = invertedR!;
    speaker = resolvePhrase(ctx, r.s, r.e);
    contentS = seg.start;
    contentE = seg.start + beforeRaw.replace(/,\s*$/, '').length;
  } else if (endAttribution) {
    // "..., the sources said." / "..., a top official told AFP."
    const lastComma = lastCommaOf(doc.text, seg.start, beforeRaw);
    if (lastComma < 0) {
      speaker = speakerOfVerb(ctx, v, seg.start);
      contentS = v.end;
      contentE = seg.end;
      if (!trimPunct(m.slice(afterStart, seg.end))) return null;
    } else {
      let l = leftStrip(doc, seg.start + lastComma + 1, v.start, false);
      // (a quotation closing what was said keeps its closing mark, not the comma inside it)
      closingQuote = beforeRaw[lastComma] === BLANK;
      contentE = seg.start + lastComma + (closingQuote ? 1 : 0);
      // "..., the acting minister, Jane Roe, said": the comma before the verb closes an apposition, the
      // speaker is the name with its description, what was said ends at the comma that opens them
      if (!l && !trimPunct(beforeRaw.slice(lastComma + 1))) {
        const wide = leftStrip(doc, seg.start, seg.start + lastComma, false);
        const open = wide ? m.lastIndexOf(',', wide.s) : -1;
        if (wide && m.slice(wide.s, wide.e).includes(',') && open > seg.start && !m.slice(open + 1, wide.s).trim()) {
          l = wide;
          contentE = open;
        }
      }
      speaker = l ? resolvePhrase(ctx, l.s, l.e) : null;
      contentS = seg.start;
    }
  } else {
    speaker = speakerOfVerb(ctx, v, seg.start);
    contentS = afterStart;
    contentE = seg.end;
    // "announced on Sunday that ...": drop a short time phrase and the complementiser
    // ... and what completes the verb before its content: "hit out (repeatedly) at", "found reasonable grounds to believe that"
    const that = /^\s*(?:(?:on|in|at|during|last|this|earlier|later|late|early)\b[^,.;:]{0,50}?\s+)?that\b\s*|^\s*on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?=(?:the|a|an|he|she|it|they|we|there|his|her|its|their)\s)|^\s*:\s*|^\s*out\s+(?:\S+\s+)?at\s+|^\s*(?:out|up)\s+that\b\s*|^\s*(?:(?:reasonable|sufficient|substantial)\s+)?grounds\s+to\s+believe\s+that\s+/i.exec(afterText);
    if (that) contentS += that[0].length;
    // "called on X to ...", "appealed to X to ...": the one asked and what they are asked to do
    else if (/^(?:call|appeal)/i.test(v.form)) {
      const on = /^\s*(?:on|upon|to|for)\s+/i.exec(afterText);
      if (on) contentS += on[0].length;
    }
  }
  if (!speaker || !speaker.label) return null;
  let cut = false;
  for (const [qs, qe] of quoted) {
    if (qe <= contentS || qs >= contentE) continue;
    // '“...,” and the two sides have agreed to pull back, Wu said': the prose after the quotation
    const goesOn = qs <= contentS && qe <= v.start ? /^\s*,?\s*(?:and|but)\s+/i.exec(doc.masked.slice(qe, contentE)) : null;
    if (goesOn && wc(doc.masked.slice(qe, contentE)) >= 5) {
      contentS = qe + goesOn[0].length;
      continue;
    }
    if (qs <= contentS || qs < v.start) return null;
    contentE = qs;
    cut = true;
  }
  let raw = doc.text.slice(contentS, contentE).replace(/\s+/g, ' ');
  // what introduces the quote is not part of the claim: ', adding:', 'but also warned that'
  if (cut) raw = raw.replace(/(?:,|\s(?:and|but))?(?:\s+also)?\s+[\p{L}]+(?:ed|ing|s)?(?:\s+that)?\s*[:,]?\s*$/iu, (m) => (/(?:ed|ing|said|says|that|:)\s*[:,]?\s*$/i.test(m) ? '' : m));
  // (a relative clause left hanging where the content was cut: "..., which reportedly")
  if (cut) raw = raw.replace(/(?:,\s*|\s+)(?:which|who|that)(?:\s+\p{L}+ly)?\s*$/u, '');
  let text = trimPunct(raw)
    .replace(/[.]$/, '')
    .replace(/,\s+[^,]{1,60}\s(?:said|says|say|told\s+\S+|added|reported)\s*$/, '') // trailing ", the sources said"
    .replace(/,\s+according\s+to\s+[^,]{1,60}$/i, ''); // the channel it came through: ", according to state media"
  if (closingQuote) text = text.replace(/,(\s*[”"’'])$/, '$1');
  if (wc(text) < 2) return null;
  const kind = indirectKind(v, m.slice(v.end, v.end + 40), text);
  const c: ClaimDraft = {
    kind,
    direct: false,
    speaker: speaker.key,
    speaker_label: speaker.label,
    targets: [] as string[],
    text,
    sentence: seg.n,
    sentence_end: seg.n,
    _start: v.start,
    _type: speaker.key ? entityType(doc, speaker.key) : 'unnamed',
    _span: [Math.min(v.start, contentS), Math.max(v.end, contentE)],
    verb: doc.text.slice(v.start, v.end),
  };
  c.targets = targetsOf(ctx, contentS, contentE, speaker.key, v, kind);
  return c;
}
