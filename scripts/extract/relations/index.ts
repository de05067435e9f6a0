// Relations: who acts against whom in one article — accuses, threatens, demands, attacks, arrests,
// sanctions, condemns — between the article's named entities.
//
// Two sources, one file each: from-claims.ts (a claim's speaker against its targets, and what the claim's
// words say the speaker does or others did) and from-clauses.ts (a sentence's hostile verbs, light verbs
// and nouns, read on its clauses: language/clause.ts). Who a phrase names is referents.ts. Sentences are
// read only when a cheap test finds a hostile word and at least one name in them.
import type { ArticleClaim, ArticleRelation, CleanedArticle, LocalEntity, Mention } from '../../lib/types.ts';
import type { SentenceReadings } from '../readings.ts';
import { claimRelations } from './from-claims.ts';
import { HOSTILE_CUE, clauseRelations, type RelationDraft } from './from-clauses.ts';
import { articleScope } from '../referents.ts';

export function extractRelations(cleaned: CleanedArticle, entities: LocalEntity[], mentions: Mention[], claims: ArticleClaim[], readings: SentenceReadings): ArticleRelation[] {
  if (!cleaned || !Array.isArray(cleaned.sentences) || !cleaned.sentences.length) return [];
  const sc = articleScope(cleaned, entities, mentions, readings);
  const drafts: RelationDraft[] = claimRelations(sc, claims ?? []);
  // a sentence names someone through a mention or a demonym of a country the article names ("Turkish forces")
  const demonym = sc.demonyms.size ? new RegExp(`\\b(?:${[...sc.demonyms.keys()].map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i') : null;
  for (const s of cleaned.sentences) {
    if (!s || typeof s.text !== 'string' || !HOSTILE_CUE.test(s.text)) continue;
    if (!sc.mentions.get(s.n)?.length && !(demonym && demonym.test(s.text))) continue;
    const r = readings.get(s.n);
    if (r) drafts.push(...clauseRelations(sc, s.n, r));
  }
  // one relation per (kind, from, to, sentence): a claim's wins over the same pair read from the clause
  const seen = new Map<string, ArticleRelation>();
  for (const d of drafts) {
    if (d.from === d.to || !sc.entities.has(d.from) || !sc.entities.has(d.to)) continue;
    const k = `${d.kind}\u0000${d.from}\u0000${d.to}\u0000${d.sentence}`;
    const prev = seen.get(k);
    if (!prev || (prev.claim === null && d.claim !== null)) seen.set(k, { kind: d.kind, from: d.from, to: d.to, sentence: d.sentence, verb: d.verb, claim: d.claim });
  }
  return [...seen.values()].sort((a, b) => a.sentence - b.sentence || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}
