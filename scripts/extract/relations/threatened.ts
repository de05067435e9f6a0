// Whom a threat or a warning is aimed at, when the claim stage names no target: the one who "would face
// consequences" or "will pay a heavy price", and the one after "revenge / retaliation against" or
// "consequences for", or of an act threatened with a light verb ("threatened to impose sanctions on X"). The
// speaker is never its own target.
import type { NounPhrase, Phrase } from '../../language/clause.ts';
import type { ArticleClaim } from '../../lib/types.ts';
import { HOSTILE_NOUNS, LIGHT_VERBS, PATIENT_PREPS } from '../../language/lexicon/hostile.ts';
import { referents, type ArticleScope } from '../referents.ts';

/** What a threatened party is said to face or pay. */
const FATES = new Set('consequences consequence price retaliation reprisals reprisal punishment response wrath repercussions'.split(' '));
/** Verbs of undergoing a fate: "would face consequences", "will pay a heavy price". */
const UNDERGOING = new Set(['face', 'pay', 'suffer', 'bear', 'feel', 'incur']);
/** Nouns of a threatened act with the one it is aimed at after against / on / for. */
const THREAT_NOUNS = new Set('revenge vengeance retaliation reprisals reprisal retribution punishment consequences repercussions response'.split(' '));

const one = (p: NounPhrase): Phrase => ({ start: p.start, end: p.end, first: p.first, last: p.last, text: p.text, members: [p], link: 'single' });

/** The parties threat (or warning) `c` is aimed at, read from its words. */
export function threatenedParties(sc: ArticleScope, c: ArticleClaim, speaker: string): string[] {
  const r = sc.readings.get(c.sentence);
  if (!r || c.direct) return [];
  const at = r.text.indexOf(c.text.slice(0, 24));
  if (at < 0 || !c.text) return [];
  const end = at + c.text.length;
  const out: string[] = [];
  for (const cl of r.clauses) {
    if (cl.verb.start < at || cl.verb.end > end || cl.verb.negated || cl.verb.voice !== 'active') continue;
    // "threatened to impose sanctions on X", "vowed to launch strikes against X"
    const act = cl.object?.members[0];
    if (cl.verb.form === 'infinitive' && LIGHT_VERBS.has(cl.verb.lemma) && act && HOSTILE_NOUNS[r.tokens[act.head].lower]) {
      const pp = act.pps.find((q) => PATIENT_PREPS.has(q.prep));
      out.push(...referents(sc, c.sentence, r, pp ? one(pp.phrase) : (cl.complements.find((q) => PATIENT_PREPS.has(q.prep))?.phrase ?? null), 'patient', [speaker]));
      continue;
    }
    if (!UNDERGOING.has(cl.verb.lemma)) continue;
    if (cl.verb.tense !== 'future' && cl.verb.tense !== 'modal') continue;
    const fate = cl.object?.members[0];
    if (fate && FATES.has(r.tokens[fate.head].lower)) out.push(...referents(sc, c.sentence, r, cl.subject, 'patient', [speaker]));
  }
  for (const np of r.phrases) {
    if (np.start < at || np.end > end || !THREAT_NOUNS.has(r.tokens[np.head].lower)) continue;
    const pp = np.pps.find((q) => q.prep === 'against' || q.prep === 'on' || q.prep === 'for');
    if (pp) out.push(...referents(sc, c.sentence, r, one(pp.phrase), 'patient', [speaker]));
  }
  return [...new Set(out)].filter((k) => k !== speaker);
}
