// Who a demand asks to act, when the claim stage names no target: the one told to act ("called for X to
// withdraw", "told X to resign") and the one whose act is asked for by a noun ("demanded X's resignation",
// "an apology from X", "the withdrawal of X's troops"). Not the one an act is done to: "demanded the
// release of X" asks X's captors, who are not named there.
import type { NounPhrase, Phrase, Reading } from '../../language/clause.ts';
import type { ArticleClaim } from '../../lib/types.ts';
import { ownerOf, referents, type ArticleScope } from '../referents.ts';
import { asArbiter } from './from-clauses.ts';

/** Verbs that tell their object to act ("told X to resign"); asking and inviting are requests, not demands. */
const TELLING = new Set(['tell', 'order', 'instruct', 'direct', 'command']);

/** Acts asked for by a noun, done by its owner or the one after "of" / "from". */
const ASKED_NOUNS = new Set('resignation resignations apology apologies withdrawal pullout retreat explanation explanations retraction surrender compensation reparations departure disarmament'.split(' '));

const one = (p: NounPhrase): Phrase => ({ start: p.start, end: p.end, first: p.first, last: p.last, text: p.text, members: [p], link: 'single' });

/** The parties claim `c` (a demand, or "told X to ...") asks to act. */
export function askedParties(sc: ArticleScope, c: ArticleClaim, speaker: string): string[] {
  const r = sc.readings.get(c.sentence);
  if (!r || !c.verb || c.direct) return [];
  const cl = r.clauses.find((q) => q.verb.text.endsWith(c.verb!) || q.verb.text === c.verb);
  if (!cl || cl.verb.negated || cl.verb.voice !== 'active') return [];
  if (c.kind !== 'demand' && !TELLING.has(cl.verb.lemma)) return [];
  const out: string[] = [];
  // "called for X to withdraw", "told X to resign" (not "asked the council to investigate": an arbiter)
  if (cl.content?.kind === 'to' && !asArbiter(r, cl)) {
    const told = cl.object ?? cl.complements.find((q) => q.prep === 'for')?.phrase ?? null;
    if (told && told.end <= cl.content.start) out.push(...referents(sc, c.sentence, r, told, 'patient', [speaker]));
  }
  if (c.kind === 'demand') out.push(...nounAsked(sc, c.sentence, r, cl.object ?? cl.complements.find((q) => q.prep === 'for')?.phrase ?? null, speaker));
  return [...new Set(out)].filter((k) => k !== speaker);
}

/** "X's resignation", "the resignation of X", "an apology from X", "the withdrawal of X's troops". */
function nounAsked(sc: ArticleScope, n: number, r: Reading, asked: Phrase | null, speaker: string): string[] {
  const m = asked?.members[0];
  if (!m || !ASKED_NOUNS.has(r.tokens[m.head].lower)) return [];
  if (m.possessor) {
    const own = ownerOf(sc, n, r, m);
    return own ? [own] : [];
  }
  const by = m.pps.find((q) => q.prep === 'of' || q.prep === 'from' || q.prep === 'by');
  return by ? referents(sc, n, r, one(by.phrase), 'agent', [speaker]) : [];
}
