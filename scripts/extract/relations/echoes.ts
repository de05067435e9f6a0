// "X echoed the call", "Y joined the demands": a demand made again by someone else. The one echoing asks
// the same of the same people as the latest demand told before.
import type { Reading } from '../../language/clause.ts';
import { referents, type ArticleScope } from '../referents.ts';
import type { RelationDraft } from './from-clauses.ts';

const ECHOING = new Set(['echo', 'repeat', 'join', 'back', 'second', 'endorse', 'support', 'renew']);
const DEMAND_NOUNS = new Set(['call', 'calls', 'demand', 'demands', 'appeal', 'appeals']);
export const ECHO_CUE = /\b(?:echo|repeat|join|back|second|endorse|support|renew)\w*\s+(?:the|this|that|these|those|their|his|her|its)\s+(?:calls?|demands?|appeals?)\b/i;

/** Demands of the clauses of sentence `n` that echo a demand of `earlier` (drafts of sentences before). */
export function echoedDemands(sc: ArticleScope, n: number, r: Reading, earlier: RelationDraft[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const c of r.clauses) {
    const obj = c.object?.members[0];
    if (!obj || c.verb.negated || c.verb.voice !== 'active' || !ECHOING.has(c.verb.lemma) || !DEMAND_NOUNS.has(r.tokens[obj.head].lower)) continue;
    const from = referents(sc, n, r, c.subject, 'agent');
    if (!from.length) continue;
    // the call echoed is the latest one told, however far back
    const before = earlier.filter((d) => d.kind === 'demands' && d.sentence < n);
    const last = Math.max(-1, ...before.map((d) => d.sentence));
    const asked = [...new Set(before.filter((d) => d.sentence === last).map((d) => d.to))];
    for (const a of from) for (const to of asked) if (a !== to) out.push({ kind: 'demands', from: a, to, sentence: n, verb: `${c.verb.text} ${r.tokens[obj.head].text}`, claim: null });
  }
  return out;
}
