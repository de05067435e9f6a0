// What an attack left behind: "The attack resulted in extensive damage to public facilities, including the
// X Mosque" — whoever carried out the attack (named by the definite noun's antecedent, else by the latest
// attack told in the sentences just before) attacked what the damage names.
import type { Reading } from '../../language/clause.ts';
import { HOSTILE_NOUNS } from '../../language/lexicon/hostile.ts';
import { referents, type ArticleScope } from '../referents.ts';
import type { RelationDraft } from './from-clauses.ts';

const BRINGING_ABOUT = new Set(['result', 'cause', 'inflict', 'leave']);
export const AFTERMATH_CUE = /\b(?:result|caus|inflict|left|leav)\w*\b.*\b(?:damage|destruction)\b/i;
/** How far back (in sentences) the attack whose damage is told may be. */
const REACH = 3;

export function aftermathAttacks(sc: ArticleScope, n: number, r: Reading, earlier: RelationDraft[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const c of r.clauses) {
    if (!BRINGING_ABOUT.has(c.verb.lemma) || c.verb.negated || !c.subject) continue;
    const act = c.subject.members[0];
    if (HOSTILE_NOUNS[r.tokens[act.head].lower] !== 'attacks' || !/^(?:the|this|that)$/.test(r.tokens[act.first].lower)) continue;
    const damage = [c.object, ...c.complements.map((q) => q.phrase)].find((p) => p && /^(?:damage|destruction)$/.test(r.tokens[p.members[0].head].lower));
    if (!damage) continue;
    let doers = referents(sc, n, r, c.subject, 'patient');
    if (!doers.length) {
      const before = earlier.filter((d) => d.kind === 'attacks' && d.sentence < n && d.sentence >= n - REACH);
      const last = Math.max(-1, ...before.map((d) => d.sentence));
      doers = [...new Set(before.filter((d) => d.sentence === last).map((d) => d.from))];
    }
    const hit = [...new Set((sc.mentions.get(n) ?? []).filter((x) => x.start >= damage.start && !doers.includes(x.entity)).map((x) => x.entity))];
    for (const a of doers) for (const b of hit) out.push({ kind: 'attacks', from: a, to: b, sentence: n, verb: `${c.verb.text} damage to`, claim: null });
  }
  return out;
}
