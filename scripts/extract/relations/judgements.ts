// Judgements that condemn: "X called the launch outrageous", "X described Y as reckless" (the doer of what
// is named is condemned), and, in someone's statement, "Y were totally unfit to govern" (the speaker
// condemns Y). Judging words are a lexicon (language/lexicon/hostile.ts).
import type { Clause, Reading } from '../../language/clause.ts';
import { CONDEMNING_WORDS, DEGREE_WORDS } from '../../language/lexicon/hostile.ts';

/** Whether the words from token `from` on open with a judging word, past quotes, degree words and "as". */
export function judgedFrom(r: Reading, from: number): boolean {
  for (let k = from; k < Math.min(r.tokens.length, from + 5); k++) {
    const w = r.tokens[k].lower;
    if (CONDEMNING_WORDS.has(w)) return true;
    if (!DEGREE_WORDS.has(w) && w !== 'as' && !/^["'“”‘’«»]$/.test(w)) return false;
  }
  return false;
}

/** "called the launch outrageous": the object is judged by what follows its head (or its last member). */
export function objectJudged(r: Reading, c: Clause): boolean {
  const obj = c.object;
  if (!obj) return false;
  const last = obj.members[obj.members.length - 1];
  return judgedFrom(r, last.head + 1) || (c.complements[0]?.prep === 'as' && judgedFrom(r, c.complements[0].phrase.first));
}

/** "Y were (totally) unfit", "Y is reckless": a subject judged by the copula's complement. */
export function subjectJudged(r: Reading, c: Clause): boolean {
  return c.verb.lemma === 'be' && c.verb.voice === 'active' && !c.verb.negated && judgedFrom(r, c.verb.last + 1);
}
