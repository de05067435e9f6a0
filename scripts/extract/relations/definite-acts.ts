// An act named again by a definite noun with its doer: "(Sanctions against X were imposed on Monday.)
// ... announcing the sanctions by the Y office": Y did the act just told, to whoever it was done to. The
// noun names no target of its own (then nominal() in from-clauses.ts reads it), and the act told before
// must have had one target.
import type { NounPhrase, Reading } from '../../language/clause.ts';
import { HOSTILE_NOUNS, PATIENT_PREPS } from '../../language/lexicon/hostile.ts';
import { referents, type ArticleScope } from '../referents.ts';
import type { RelationDraft } from './from-clauses.ts';

export const DEFINITE_ACT_CUE = /\b(?:the|this|these|those)\s+(?:[\w-]+\s+)?(?:sanctions|attacks?|strikes?|airstrikes?|raids?|shelling|bombing)\s+(?:[\w-]+\s+)?by\b/i;
/** How far back (in sentences) the act may have been told. */
const REACH = 2;

const asPhrase = (p: NounPhrase) => ({ start: p.start, end: p.end, first: p.first, last: p.last, text: p.text, members: [p], link: 'single' as const });

export function definiteActs(sc: ArticleScope, n: number, r: Reading, earlier: RelationDraft[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const np of r.phrases) {
    const kind = HOSTILE_NOUNS[r.tokens[np.head].lower];
    if ((kind !== 'sanctions' && kind !== 'attacks') || np.possessor || !/^(?:the|this|these|those)$/.test(r.tokens[np.first].lower)) continue;
    const by = np.pps.find((q) => q.prep === 'by');
    if (!by || np.pps.some((q) => PATIENT_PREPS.has(q.prep))) continue;
    const doers = referents(sc, n, r, asPhrase(by.phrase), 'agent');
    if (!doers.length) continue;
    const before = earlier.filter((d) => d.kind === kind && d.sentence < n && d.sentence >= n - REACH);
    const last = Math.max(-1, ...before.map((d) => d.sentence));
    const targets = [...new Set(before.filter((d) => d.sentence === last).map((d) => d.to))];
    if (targets.length !== 1) continue;
    for (const a of doers) if (a !== targets[0]) out.push({ kind, from: a, to: targets[0], sentence: n, verb: `${r.text.slice(np.start, r.tokens[np.head].end)} by`, claim: null });
  }
  return out;
}
