// Speech reported by a noun rather than a verb: "following X's statement that he was working to ...",
// "allegations from whistleblowers that its profits had been inflated", "claims by the ministry that ...".
// The one whose statement it is speaks; what follows "that" is what they said. Made for sentences whose
// reporting verbs gave no claim of these words.
import type { ClaimKind } from '../../lib/types.ts';
import type { ClaimDraft, Ctx, Speaker } from './context.ts';
import { entityType, mentionsIn } from './doc.ts';
import { resolvePhrase } from './speaker.ts';
import { targetsOf } from './targets.ts';
import { trimPunct, words } from './text.ts';

const NOUN_KINDS: Record<string, ClaimKind> = {
  statement: 'statement', statements: 'statement', claim: 'statement', claims: 'statement', assertion: 'statement', assertions: 'statement',
  announcement: 'statement', insistence: 'statement', admission: 'statement', suggestion: 'statement',
  allegation: 'accusation', allegations: 'accusation', accusation: 'accusation', accusations: 'accusation', charge: 'accusation', charges: 'accusation',
  warning: 'warning', warnings: 'warning', threat: 'threat', threats: 'threat', denial: 'denial',
};
const NOUNS = Object.keys(NOUN_KINDS).join('|');
/** "X's (latest) statement that", with the owner's name right before the possessive. */
const OWNED = new RegExp(`['’]s\\s+(?:[a-z-]+\\s+)?(${NOUNS})\\s+that\\s+`, 'g');
/** "allegations (repeated) from/by X that": X a short phrase without punctuation, or a short list
 * ("from whistleblowers, journalists and speculators that"). */
const ITEM = '[^,.;:()\\u25A1]';
const FROM = new RegExp(`\\b(${NOUNS})\\s+(?:\\w+\\s+)?(?:from|by)\\s+(${ITEM}{2,80}?|(?:${ITEM}{2,40}?,\\s+){1,4}${ITEM}{0,40}?\\b(?:and|or)\\s+${ITEM}{2,40}?)\\s+that\\s+`, 'g');

export function nominalClaims(ctx: Ctx): ClaimDraft[] {
  const { doc } = ctx;
  const out: ClaimDraft[] = [];
  // the same words already reported for the same speaker (a claim inside another's words is kept:
  // "X rejected ... following Y's statement that ...")
  const taken = (text: string, key: string | null, label: string) =>
    [...ctx.claims, ...out].some((c) => c.text.includes(text) && (c.speaker ?? c.speaker_label) === (key ?? label));
  for (const seg of doc.segs) {
    const m = doc.masked.slice(seg.start, seg.end);
    if (!/\sthat\s/.test(m)) continue;
    const found: { at: number; noun: string; speakerS: number; speakerE: number; contentS: number; owner?: Speaker }[] = [];
    for (const x of m.matchAll(OWNED)) {
      const at = seg.start + x.index!;
      const owner = mentionsIn(doc, at - 80, at + 1).filter((y) => y.ge === at).pop();
      // "the Russian government's insistence that": the country speaks
      const gov = owner ? null : /(?<![\p{L}])(?:[Tt]he\s+)?\p{Lu}\p{L}+\s+(?:government|authorities|administration)$/u.exec(doc.masked.slice(at - 60, at));
      const govSpeaker = gov ? resolvePhrase(ctx, at - gov[0].length, at) : null;
      if (govSpeaker?.key) found.push({ at, noun: x[1], speakerS: at - gov![0].length, speakerE: at, contentS: at + x[0].length, owner: govSpeaker });
      if (owner) found.push({ at, noun: x[1], speakerS: owner.gs, speakerE: owner.ge, contentS: at + x[0].length, owner: { key: owner.entity, label: owner.text, type: owner.type } });
    }
    for (const x of m.matchAll(FROM)) {
      const s = seg.start + x.index! + x[0].indexOf(x[2], x[1].length);
      found.push({ at: seg.start + x.index!, noun: x[1], speakerS: s, speakerE: s + x[2].length, contentS: seg.start + x.index! + x[0].length });
    }
    for (const f of found) {
      // the content runs to the end of the sentence, or to a quotation (a direct quote is its own claim)
      const q = doc.masked.indexOf('\u25A1', f.contentS);
      const contentE = q >= 0 && q < seg.end ? q : seg.end;
      const text = trimPunct(doc.text.slice(f.contentS, contentE).replace(/\s+/g, ' ')).replace(/[.]$/, '');
      if (words(text).length < 3) continue;
      const speaker = f.owner ?? resolvePhrase(ctx, f.speakerS, f.speakerE);
      if (!speaker || !speaker.label || taken(text, speaker.key, speaker.label)) continue;
      const kind = NOUN_KINDS[f.noun];
      const c: ClaimDraft = {
        kind, direct: false, speaker: speaker.key, speaker_label: speaker.label, targets: [], text,
        sentence: seg.n, sentence_end: seg.n, _start: f.at, _type: speaker.key ? entityType(doc, speaker.key) : 'unnamed',
        _span: [f.at, contentE], verb: doc.text.slice(f.at, f.at + f.noun.length + 2).trim(),
      };
      c.targets = targetsOf(ctx, f.contentS, contentE, speaker.key, null, kind);
      out.push(c);
    }
  }
  return out;
}
