// What the claim rules share while one article is read: the document, its verbs, the claims made so
// far (for "he said" and "the official added") and the speaker found per verb.
import type { Gender } from './gender.ts';
import type { ArticleClaim } from '../../lib/types.ts';
import type { Doc } from './doc.ts';
import type { Verb } from './verbs.ts';
import type { SentenceReadings } from '../readings.ts';
import type { ArticleScope } from '../referents.ts';

/** A claim being built: the contract's fields plus where it starts and its speaker's entity type. */
export type ClaimDraft = ArticleClaim & { _start: number; _type: string; /** reported claims: [verb or content start, end) */ _span?: [number, number] };

export interface Speaker {
  key: string | null;
  label: string;
  /** Entity type, or 'unnamed-person'/'unnamed-thing' for descriptions, for pronoun agreement. */
  type: string;
}

export interface Ctx {
  doc: Doc;
  verbs: Verb[];
  /** Claims made so far (document order), for "he said"/"it added". */
  claims: ClaimDraft[];
  /** Speaker computed per verb start, for coordination ("X said ... and warned"). */
  verbSpeaker: Map<number, Speaker | null>;
  /** Clause readings of the article's sentences (shared with the relations stage). */
  readings: SentenceReadings;
  /** Names per sentence, antecedents and demonyms, for reading who a phrase names (made on first need). */
  scope: () => ArticleScope;
  /** Lower-cased masked text, made on first need. */
  lower?: string;
  /** Person key -> the gender the article gives it (gender.ts), filled on first need. */
  gender?: Map<string, Gender>;
}

/** The latest claim made so far that passes `test`, looking back at most a few thousand characters. */
export function lastClaim(ctx: Ctx, test: (c: ClaimDraft) => boolean, at: number): ClaimDraft | undefined {
  for (let k = ctx.claims.length - 1; k >= 0; k--) {
    const c = ctx.claims[k];
    if (at - c._start > 4000) break;
    if (test(c)) return c;
  }
  return undefined;
}
