// Mention detection: the people, organisations and places one article names. One linear scan per
// sentence finds runs of capitalised words (with name particles inside), trims what is not part of a
// name (titles, sentence-opening words, nationality adjectives, possessive 's) and types each run by
// lexicons and context; coreference.ts then links short forms to the full name given in the same
// article. Only cleaned.sentences are scanned: captions and removed boilerplate never create actors.
//   tokens.ts    the words of a sentence          runs.ts      runs of capitals, split and trimmed
//   classify.ts  name or not, and of what type    context.ts   what the rules share for one article
//   offices.ts   titles and offices inside a run   article.ts   what the whole article says about them
import type { CleanedArticle, LocalEntity, Mention, UnlinkedName } from '../../lib/types.ts';
import { gazetteer } from '../../language/lexicon/places.ts';
import { corefer } from '../coreference.ts';
import type { Cand, Ctx } from './context.ts';
import { reviewCandidates } from './article.ts';
import { sentenceCandidates } from './runs.ts';
import { tokenize, type Tok } from './tokens.ts';

/** A short name defined in quotes inside a parenthesis: '(ICC or “the Court”)', '(“the Chamber”)'. */
const DEFINED_SHORT_NAME = /\([^()]{0,40}[“"‘](?:the\s+)?(\p{Lu}[\p{L}-]+)[”"’][^()]{0,40}\)/gu;

/** Characters of an article scanned at most (beyond it, sentences get no mentions). */
const MAX_TEXT = 2_000_000;

export function detectEntities(cleaned: CleanedArticle, sourceId: string): { entities: LocalEntity[]; mentions: Mention[]; unlinked: UnlinkedName[] } {
  const sentences = Array.isArray(cleaned?.sentences) ? cleaned.sentences : [];
  const ctx: Ctx = { gaz: gazetteer(), lowerSeen: new Set(), capMid: new Set(), defined: new Set() };
  let budget = MAX_TEXT;
  const toksBy: Tok[][] = [];
  for (const s of sentences) {
    const text = typeof s?.text === 'string' ? s.text : '';
    budget -= text.length;
    const toks = budget >= 0 ? tokenize(text, ctx.lowerSeen) : [];
    for (const t of toks) if (t.cap && !t.initial) ctx.capMid.add(t.lower);
    toksBy.push(toks);
    if (text.includes('(')) for (const m of text.matchAll(DEFINED_SHORT_NAME)) ctx.defined.add(m[1]!.toLowerCase());
  }

  const cands: Cand[] = [];
  sentences.forEach((s, si) => sentenceCandidates(ctx, toksBy[si], s.n, s.text, cands));
  const texts = sentences.map((s) => s.text);
  return corefer(ctx, reviewCandidates(cands, texts), texts, sourceId);
}
