// Mention detection: the people, organisations and places one article names. One linear scan per
// sentence finds runs of capitalised words (with name particles inside), trims what is not part of a
// name (titles, sentence-opening words, nationality adjectives, possessive 's) and types each run by
// lexicons and context; coreference.ts then links short forms to the full name given in the same
// article. The sentences give the mentions; the headline and photo captions are read after them for the
// entities only (no mention points into them); removed boilerplate (bylines, links) is never read.
//   tokens.ts    the words of a sentence          runs.ts      runs of capitals, split and trimmed
//   classify.ts  name or not, and of what type    context.ts   what the rules share for one article
//   offices.ts   titles and offices inside a run   article.ts   what the whole article says about them
import type { CleanedArticle, LocalEntity, Mention, UnlinkedName } from '../../lib/types.ts';
import { gazetteer } from '../../language/lexicon/places.ts';
import { corefer } from '../coreference.ts';
import type { Cand, Ctx } from './context.ts';
import { reviewCandidates } from './article.ts';
import { sentenceCandidates } from './runs.ts';
import { isAcronym, tokenize, type Tok } from './tokens.ts';
import { withoutCredit } from '../../ingest/clean.ts';

/** A short name defined in quotes inside a parenthesis: '(ICC or “the Court”)', '(“the Chamber”)'. */
const DEFINED_SHORT_NAME = /\([^()]{0,40}[“"‘](?:the\s+)?(\p{Lu}[\p{L}-]+)[”"’][^()]{0,40}\)/gu;

/** Characters of an article scanned at most (beyond it, sentences get no mentions). */
const MAX_TEXT = 2_000_000;

export function detectEntities(cleaned: CleanedArticle, sourceId: string): { entities: LocalEntity[]; mentions: Mention[]; unlinked: UnlinkedName[]; headline?: Mention[] } {
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
  // The headline and the captions name actors too ("Minister warns Lin and Rao", a photo of the envoy):
  // they are read after the body, as texts numbered after its last sentence, for the entities only.
  const last = sentences.reduce((n, s) => Math.max(n, s.n), 0);
  const title = cleaned?.title ?? '';
  const captions = (Array.isArray(cleaned?.captions) ? cleaned.captions : []).map((c) => (typeof c?.text === 'string' ? withoutCredit(c.text) : ''));
  // A caption that repeats the headline is page furniture run together, not a caption.
  const extra = [title, ...captions.map((c) => (title.length > 12 && c.includes(title) ? '' : c))].map((t) => (t.length <= MAX_EXTRA && !isMenu(t) ? t : ''));
  extra.forEach((text, k) => {
    texts.push(text);
    if (!text || (budget -= text.length) < 0) return;
    const first = cands.length;
    sentenceCandidates(ctx, tokenize(text, new Set()), last + k + 1, text, cands, true);
    // A headline's names only link to names the article gives (bar acronyms), and it gives no roles.
    if (k === 0) for (let q = first; q < cands.length; q++) {
      if (!isAcronym(cands[q].text)) cands[q].tentative = true;
      cands[q].roles = [];
    }
  });
  const r = corefer(ctx, reviewCandidates(cands, texts, last), texts, sourceId, last);
  // the headline's mentions, numbered 0 (the headline is the source's sentence 0: the relations stage reads it)
  const headline = r.mentions.filter((m) => m.sentence === last + 1).map((m) => ({ ...m, sentence: 0 }));
  return { ...r, mentions: r.mentions.filter((m) => m.sentence <= last), headline };
}

/** Longest headline or caption read for names (longer ones are page furniture run together). */
const MAX_EXTRA = 400;
/** A navigation or section menu left among the captions ("SITE | Markets • Policy | Log in"): three short segments or more (bulleted sentences are no menu). */
function isMenu(text: string): boolean {
  const segs = text.split(/\s[|•·]\s/);
  return segs.length >= 3 && segs.every((g) => g.trim().split(/\s+/).length <= 4);
}
