// Relations: who acts against whom in one article — accuses, threatens, demands, attacks, arrests,
// sanctions, condemns — between the article's named entities.
//
// Two sources, one file each: from-claims.ts (a claim's speaker against its targets, and what the claim's
// words say the speaker does or others did) and from-clauses.ts (a sentence's hostile verbs, light verbs
// and nouns, read on its clauses: language/clause.ts); echoes.ts repeats a demand for whoever "echoed the
// call"; judgements.ts reads "called X reckless" as a condemnation; aftermath.ts, "the attack resulted in
// damage to X"; definite-acts.ts, "the sanctions by X" (the ones just told). Who a phrase names is
// referents.ts. Sentences are read only when a cheap test finds a hostile word and at least one name in them.
import type { ArticleClaim, ArticleRelation, CleanedArticle, LocalEntity, Mention } from '../../lib/types.ts';
import type { SentenceReadings } from '../readings.ts';
import { claimRelations } from './from-claims.ts';
import { ECHO_CUE, echoedDemands } from './echoes.ts';
import { AFTERMATH_CUE, aftermathAttacks } from './aftermath.ts';
import { DEFINITE_ACT_CUE, definiteActs } from './definite-acts.ts';
import { HOSTILE_CUE, clauseRelations, type RelationDraft } from './from-clauses.ts';
import { articleScope } from '../referents.ts';
import { readClauses } from '../../language/clause.ts';
import { demonymCountries, isCountry } from '../../language/lexicon/demonyms.ts';

/** A headline written as a sentence (most words lower case), not in title case, which the clause reader cannot read. */
function readableHeadline(title: string | null | undefined): boolean {
  if (!title || title.length > 300) return false;
  const words = title.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length >= 4 && lower * 2 >= words.length;
}

/** A headline in title case, most of its words capitalised ("Treasury Sanctions Oil Company X"). */
function titleCase(title: string | null | undefined): boolean {
  if (!title || title.length > 300) return false;
  const words = title.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length === long.length;
}

/** A title-case headline written as a sentence: every word outside the names lower-cased (same length,
 * so the names' offsets hold), acronyms, nationalities, countries and the first word kept. */
function sentenceCased(title: string, names: { start: number; end: number }[]): string {
  return title.replace(/\p{L}[\p{L}'’-]*/gu, (w, at: number) => {
    if (at === 0 || names.some((m) => m.start <= at && at < m.end) || w === w.toUpperCase() || demonymCountries().has(w.toLowerCase()) || isCountry(w)) return w;
    return w.toLowerCase();
  });
}

/** The article's names found in a title-case headline by their spelling (the name finder cannot tell
 * a name from a capitalised word there), besides those it found: longest first, never overlapping. */
function namesInTitle(title: string, entities: LocalEntity[], found: Mention[]): Mention[] {
  const out = [...found];
  const forms = entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].filter((a) => a.length >= 3).map((a) => ({ a, e }))).sort((x, y) => y.a.length - x.a.length);
  for (const { a, e } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of title.matchAll(re)) {
      const start = m.index!, end = start + a.length;
      if (out.some((x) => x.start < end && start < x.end)) continue;
      out.push({ sentence: 0, start, end, text: a, type: e.type, entity: e.key });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

export function extractRelations(cleaned: CleanedArticle, entities: LocalEntity[], mentions: Mention[], claims: ArticleClaim[], readings: SentenceReadings, headline: Mention[] = []): ArticleRelation[] {
  if (!cleaned || !Array.isArray(cleaned.sentences) || !cleaned.sentences.length) return [];
  // a headline in title case is read as the sentence it stands for, with the article's names in it
  if (titleCase(cleaned.title)) headline = namesInTitle(cleaned.title!, entities ?? [], headline);
  const title = headline.length && readableHeadline(cleaned.title) ? cleaned.title! : headline.length && titleCase(cleaned.title) ? sentenceCased(cleaned.title!, headline) : null;
  const sc = articleScope(cleaned, entities, title ? [...headline, ...mentions] : mentions, readings);
  const drafts: RelationDraft[] = claimRelations(sc, claims ?? []);
  // a sentence names someone through a mention or a demonym of a country the article names ("Turkish forces")
  const demonym = sc.demonyms.size ? new RegExp(`\\b(?:${[...sc.demonyms.keys()].map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i') : null;
  for (const s of cleaned.sentences) {
    if (!s || typeof s.text !== 'string' || !HOSTILE_CUE.test(s.text)) continue;
    if (!sc.mentions.get(s.n)?.length && !(demonym && demonym.test(s.text))) continue;
    const r = readings.get(s.n);
    if (r) drafts.push(...clauseRelations(sc, s.n, r));
  }
  // "The attack resulted in damage to X": the attack's doer attacked X
  for (const s of cleaned.sentences) {
    const r = s && typeof s.text === 'string' && AFTERMATH_CUE.test(s.text) && sc.mentions.get(s.n)?.length ? readings.get(s.n) : undefined;
    if (r) drafts.push(...aftermathAttacks(sc, s.n, r, drafts));
  }
  // "announcing the sanctions by X": X did the act just told, to the one it was done to
  for (const s of cleaned.sentences) {
    const r = s && typeof s.text === 'string' && DEFINITE_ACT_CUE.test(s.text) && sc.mentions.get(s.n)?.length ? readings.get(s.n) : undefined;
    if (r) drafts.push(...definiteActs(sc, s.n, r, drafts));
  }
  // "X echoed the call": the demand of the sentences just before, made by X too
  for (const s of cleaned.sentences) {
    const r = s && typeof s.text === 'string' && ECHO_CUE.test(s.text) ? readings.get(s.n) : undefined;
    if (r) drafts.push(...echoedDemands(sc, s.n, r, drafts));
  }
  // the headline, sentence 0: "Two soldiers killed by X's airstrikes", "Y sanctions Z"
  if (title && HOSTILE_CUE.test(title)) drafts.push(...clauseRelations(sc, 0, readClauses(title, { names: headline.map((m) => ({ start: m.start, end: m.end })) })));
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
