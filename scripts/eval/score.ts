// Scoring of extraction output against hand-annotated gold (test/fixtures/annotations/*.yml).
// Everything here is a pure function over small neutral shapes (Gold* and Pred*), so the figures can
// be unit-tested on tiny hand-made inputs and do not depend on how the pipeline is wired
// (adapt.ts turns pipeline output into Pred*; baseline.ts turns compromise output into Pred*).

import type { ActorType } from '../lib/types.ts';

// ---------------------------------------------------------------------------------------------------
// Shapes

export interface GoldActor {
  id: string;
  type: ActorType;
  forms: string[];
}
export interface GoldQuote {
  text: string;
  speaker: string | null;
  speaker_label?: string | null;
}
export interface GoldEvent {
  type: string;
  evidence: string;
  date: string | null;
  actors: string[];
}
export interface GoldArticle {
  file: string;
  set: string;
  actors: GoldActor[];
  quotes: GoldQuote[];
  events: GoldEvent[];
  /** The publication date the annotator read in the article (undefined when the file does not say). */
  published?: string | null;
}

/** A predicted name occurrence; offsets into the text of sentence `sentence` (1-based). */
export interface PredMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Id of the predicted actor (in Prediction.actors) this mention was resolved to, or null. */
  actor: string | null;
}
export interface PredActor {
  id: string;
  type: ActorType;
  aliases: string[];
}
export interface PredQuote {
  text: string;
  /** Predicted actor id, or null for an unnamed/unresolved speaker. */
  speaker: string | null;
  speaker_label: string;
}
export interface PredEvent {
  type: string;
  /** The sentence the event was read from (an account's sentence). */
  sentence: string;
  date: string | null;
}
export interface PredArticle {
  file: string;
  /** The cleaned body sentences the mentions point into. */
  sentences: { n: number; text: string }[];
  mentions: PredMention[];
  quotes: PredQuote[];
  events: PredEvent[];
  /** The per-article extractor's own events (before assembly drops undated ones), when known. */
  extracted_events?: PredEvent[];
}
export interface Prediction {
  articles: PredArticle[];
  /** Actors of the whole set (one corpus run); mentions and quote speakers point at these ids. */
  actors: PredActor[];
}

// ---------------------------------------------------------------------------------------------------
// Normalisation

const APOSTROPHES = /[’‘ʼʻ`´]/g;
const DOUBLE_QUOTES = /[“”„‟«»″]/g;

/** Name comparison key: case, apostrophe style, possessive 's, spacing and edge punctuation ignored. */
export function normName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'([{.,;:!?-]+|[\s"')\]}.,;:!?-]+$/g, '')
    .replace(/'s?$/i, '')
    .toLowerCase();
}

/** Quote comparison key: whitespace, quote-mark style, ellipses and edge punctuation ignored. */
export function normQuote(s: string): string {
  return s
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'\s.,;:!?]+|["'\s.,;:!?]+$/g, '')
    .toLowerCase();
}

/** Fragment containment key for event evidence (like normQuote but keeps inner text only). */
function normText(s: string): string {
  return normQuote(s);
}

function tokens(s: string): string[] {
  return normQuote(s).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

// ---------------------------------------------------------------------------------------------------
// Helpers

export interface Ratio {
  hit: number;
  total: number;
  /** hit/total, or null when total is 0 (printed as "–"). */
  value: number | null;
}
export function ratio(hit: number, total: number): Ratio {
  return { hit, total, value: total > 0 ? hit / total : null };
}

/** Every gold entity of a set, forms united across files by id. */
export function goldEntities(gold: GoldArticle[]): Map<string, GoldActor> {
  const out = new Map<string, GoldActor>();
  for (const a of gold)
    for (const act of a.actors) {
      const have = out.get(act.id);
      if (!have) out.set(act.id, { id: act.id, type: act.type, forms: [...act.forms] });
      else for (const f of act.forms) if (!have.forms.includes(f)) have.forms.push(f);
    }
  return out;
}

/** normName(form) -> gold ids carrying that form. */
export function formIndex(entities: Map<string, GoldActor>): Map<string, Set<string>> {
  const idx = new Map<string, Set<string>>();
  for (const e of entities.values())
    for (const f of e.forms) {
      const k = normName(f);
      if (!k) continue;
      let s = idx.get(k);
      if (!s) idx.set(k, (s = new Set()));
      s.add(e.id);
    }
  return idx;
}

/** Gold ids each alias of an actor belongs to (one set per alias that matched anything). */
function aliasGold(actor: PredActor | undefined, idx: Map<string, Set<string>>): Set<string>[] {
  if (!actor) return [];
  const out: Set<string>[] = [];
  for (const al of actor.aliases) {
    const s = idx.get(normName(al));
    if (s) out.push(s);
  }
  return out;
}
function union(sets: Set<string>[]): Set<string> {
  const u = new Set<string>();
  for (const s of sets) for (const x of s) u.add(x);
  return u;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export interface GoldMention {
  sentence: number;
  start: number;
  end: number;
  id: string;
  form: string;
}

/**
 * Gold mention occurrences: every occurrence of every gold form in the sentences, longest form first,
 * word-bounded, never overlapping an earlier (longer) match. Case-sensitive: forms are as written.
 */
export function goldMentions(sentences: { n: number; text: string }[], actors: GoldActor[]): GoldMention[] {
  const forms: { form: string; id: string }[] = [];
  for (const a of actors) for (const f of a.forms) if (f.trim()) forms.push({ form: f, id: a.id });
  forms.sort((x, y) => y.form.length - x.form.length || x.form.localeCompare(y.form));
  const out: GoldMention[] = [];
  for (const s of sentences) {
    const text = s.text.replace(APOSTROPHES, "'");
    const taken: [number, number][] = [];
    for (const { form, id } of forms) {
      const f = form.replace(APOSTROPHES, "'");
      let from = 0;
      for (;;) {
        const i = text.indexOf(f, from);
        if (i < 0) break;
        from = i + 1;
        const j = i + f.length;
        if (isWordChar(text[i - 1]) || isWordChar(text[j])) continue;
        if (taken.some(([a, b]) => i < b && a < j)) continue;
        taken.push([i, j]);
        out.push({ sentence: s.n, start: i, end: j, id, form });
      }
    }
  }
  out.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  return out;
}

const overlaps = (a: { sentence: number; start: number; end: number }, b: { sentence: number; start: number; end: number }) =>
  a.sentence === b.sentence && a.start < b.end && b.start < a.end;

// ---------------------------------------------------------------------------------------------------
// Actors

export interface ActorScores {
  mentions: {
    gold: number;
    predicted: number;
    /** Overlapping span, any predicted actor. */
    precision: Ratio;
    recall: Ratio;
    /** Overlapping span whose predicted actor carries a form of that gold entity. */
    precision_resolved: Ratio;
    recall_resolved: Ratio;
  };
  entities: {
    /** Gold people/organisations found: some predicted actor carries one of its forms. */
    recall: Ratio;
    /** Predicted people/organisations whose aliases belong to a gold entity. */
    precision: Ratio;
    /** Of the above, per type. */
    recall_by_type: Record<string, Ratio>;
  };
  /** Σ over actors of the largest gold group among its mentions / all labelled mentions. */
  purity: Ratio;
  /** Gold entities whose forms are carried by more than one predicted actor. */
  split: number;
  split_ids: string[];
  /** Predicted actors carrying forms of more than one gold entity (no single entity explains all). */
  merged: number;
  merged_names: string[];
}

export function scoreActors(gold: GoldArticle[], pred: Prediction): ActorScores {
  const entities = goldEntities(gold);
  const idx = formIndex(entities);
  const actorsById = new Map(pred.actors.map((a) => [a.id, a]));
  const actorGoldCache = new Map<string, Set<string>>();
  const actorGold = (id: string | null): Set<string> => {
    if (id === null) return new Set();
    let s = actorGoldCache.get(id);
    if (!s) actorGoldCache.set(id, (s = union(aliasGold(actorsById.get(id), idx))));
    return s;
  };
  const predByFile = new Map(pred.articles.map((a) => [a.file, a]));

  let gTotal = 0, pTotal = 0, gHit = 0, gHitRes = 0, pHit = 0, pHitRes = 0;
  // purity: actor -> gold id -> count
  const groups = new Map<string, Map<string, number>>();
  for (const g of gold) {
    const p = predByFile.get(g.file);
    const sentences = p?.sentences ?? [];
    const gm = goldMentions(sentences, g.actors);
    const pm = p?.mentions ?? [];
    gTotal += gm.length;
    pTotal += pm.length;
    for (const m of gm) {
      const ov = pm.filter((x) => overlaps(x, m));
      if (ov.length) gHit++;
      if (ov.some((x) => actorGold(x.actor).has(m.id))) gHitRes++;
    }
    for (const x of pm) {
      const ov = gm.filter((m) => overlaps(x, m));
      if (ov.length) pHit++;
      const ag = actorGold(x.actor);
      if (ov.some((m) => ag.has(m.id))) pHitRes++;
      if (ov.length && x.actor !== null) {
        let c = groups.get(x.actor);
        if (!c) groups.set(x.actor, (c = new Map()));
        c.set(ov[0].id, (c.get(ov[0].id) ?? 0) + 1);
      }
    }
  }
  let pureMax = 0, pureAll = 0;
  for (const c of groups.values()) {
    const vals = [...c.values()];
    pureMax += Math.max(...vals);
    pureAll += vals.reduce((a, b) => a + b, 0);
  }

  // entity level
  const carriers = new Map<string, Set<string>>(); // gold id -> predicted actor ids carrying its forms
  for (const a of pred.actors)
    for (const gid of actorGold(a.id)) {
      let s = carriers.get(gid);
      if (!s) carriers.set(gid, (s = new Set()));
      s.add(a.id);
    }
  const byType: Record<string, { hit: number; total: number }> = {};
  let eHit = 0, eTotal = 0;
  for (const e of entities.values()) {
    const found = (carriers.get(e.id)?.size ?? 0) > 0;
    const t = (byType[e.type] ??= { hit: 0, total: 0 });
    t.total++;
    if (found) t.hit++;
    if (e.type === 'place') continue;
    eTotal++;
    if (found) eHit++;
  }
  let paHit = 0, paTotal = 0;
  const merged_names: string[] = [];
  for (const a of pred.actors) {
    const sets = aliasGold(a, idx);
    if (a.type !== 'place') {
      paTotal++;
      if (sets.length) paHit++;
    }
    if (sets.length > 1) {
      // falsely merged when no single gold id is shared by every alias that matched
      const common = [...sets[0]].filter((id) => sets.every((s) => s.has(id)));
      if (!common.length) merged_names.push(a.aliases.join(' | '));
    }
  }
  const split_ids = [...carriers.entries()].filter(([, s]) => s.size > 1).map(([id]) => id).sort();

  return {
    mentions: {
      gold: gTotal,
      predicted: pTotal,
      precision: ratio(pHit, pTotal),
      recall: ratio(gHit, gTotal),
      precision_resolved: ratio(pHitRes, pTotal),
      recall_resolved: ratio(gHitRes, gTotal),
    },
    entities: {
      recall: ratio(eHit, eTotal),
      precision: ratio(paHit, paTotal),
      recall_by_type: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, ratio(v.hit, v.total)])),
    },
    purity: ratio(pureMax, pureAll),
    split: split_ids.length,
    split_ids,
    merged: merged_names.length,
    merged_names,
  };
}

// ---------------------------------------------------------------------------------------------------
// Quotes

/** Share of tokens two quotes have in common (multiset), relative to the longer one. */
export function tokenOverlap(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  return common / Math.max(ta.length, tb.length);
}

const LABEL_STOP = new Set(['a', 'an', 'the', 'of', 'one', 'in', 'on', 'at', 'to', 'for', 'and', 'who', 'with', 'by', 'from', 'his', 'her', 'its', 'their']);
/** Unnamed-speaker labels agree when they share a content word ("a senior official" ~ "senior US official"). */
export function labelsOverlap(pred: string, gold: string | null | undefined): boolean {
  if (!gold) return true;
  const g = new Set(tokens(gold).filter((t) => !LABEL_STOP.has(t)));
  return tokens(pred).some((t) => !LABEL_STOP.has(t) && g.has(t));
}

/** One-to-one greedy matching of pairs by descending score (ties: document order). */
function matchPairs(nG: number, nP: number, score: (g: number, p: number) => number, min: number): [number, number][] {
  const cand: { g: number; p: number; s: number }[] = [];
  for (let g = 0; g < nG; g++)
    for (let p = 0; p < nP; p++) {
      const s = score(g, p);
      if (s >= min) cand.push({ g, p, s });
    }
  cand.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>(), usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const c of cand) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    out.push([c.g, c.p]);
  }
  return out;
}

export interface QuoteScores {
  gold: number;
  predicted: number;
  exact: { precision: Ratio; recall: Ratio };
  overlap: { precision: Ratio; recall: Ratio };
  /** Over quotes matched by overlap: speaker right. */
  speaker: Ratio;
  speaker_named: Ratio;
  speaker_unnamed: Ratio;
  misses: { file: string; text: string }[];
}

export function scoreQuotes(gold: GoldArticle[], pred: Prediction): QuoteScores {
  const idx = formIndex(goldEntities(gold));
  const actorsById = new Map(pred.actors.map((a) => [a.id, a]));
  const predByFile = new Map(pred.articles.map((a) => [a.file, a]));
  let nG = 0, nP = 0, exact = 0, over = 0;
  let spN = 0, spNHit = 0, spU = 0, spUHit = 0;
  const misses: { file: string; text: string }[] = [];
  for (const g of gold) {
    const pq = predByFile.get(g.file)?.quotes ?? [];
    nG += g.quotes.length;
    nP += pq.length;
    const gk = g.quotes.map((q) => normQuote(q.text));
    const pk = pq.map((q) => normQuote(q.text));
    exact += matchPairs(gk.length, pk.length, (i, j) => (gk[i] === pk[j] && gk[i] !== '' ? 1 : 0), 1).length;
    const m = matchPairs(gk.length, pk.length, (i, j) => tokenOverlap(gk[i], pk[j]), 0.5);
    over += m.length;
    const matched = new Set(m.map(([i]) => i));
    g.quotes.forEach((q, i) => {
      if (!matched.has(i)) misses.push({ file: g.file, text: q.text });
    });
    for (const [i, j] of m) {
      const gq = g.quotes[i], p = pq[j];
      if (gq.speaker !== null) {
        spN++;
        const sets = aliasGold(p.speaker === null ? undefined : actorsById.get(p.speaker), idx);
        if (union(sets).has(gq.speaker)) spNHit++;
      } else {
        spU++;
        if (p.speaker === null && labelsOverlap(p.speaker_label ?? '', gq.speaker_label)) spUHit++;
      }
    }
  }
  return {
    gold: nG,
    predicted: nP,
    exact: { precision: ratio(exact, nP), recall: ratio(exact, nG) },
    overlap: { precision: ratio(over, nP), recall: ratio(over, nG) },
    speaker: ratio(spNHit + spUHit, spN + spU),
    speaker_named: ratio(spNHit, spN),
    speaker_unnamed: ratio(spUHit, spU),
    misses,
  };
}

// ---------------------------------------------------------------------------------------------------
// Events

// Types an annotator and an extractor can reasonably disagree on for the same happening.
const COMPATIBLE: string[][] = [
  ['attack', 'strike', 'killing'],
  ['threat', 'statement'],
  ['meeting', 'visit'],
  ['arrest', 'kidnapping'],
];
export function typesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  return COMPATIBLE.some((g) => g.includes(a) && g.includes(b));
}

/** A predicted date agrees with gold at gold's precision: truncated to gold's length it equals gold. */
export function dateAtPrecision(pred: string | null, gold: string | null): boolean {
  if (gold === null) return pred === null;
  return pred !== null && pred.length >= gold.length && pred.slice(0, gold.length) === gold;
}

export interface EventScores {
  gold: number;
  predicted: number;
  recall: Ratio;
  /** Over found events: predicted date equals gold exactly (both null counts as equal). */
  date_exact: Ratio;
  date_at_precision: Ratio;
  /** Same, only over found gold events that carry a date. */
  dated_at_precision: Ratio;
  misses: { file: string; evidence: string }[];
  /** Found events whose date is wrong at the annotated precision. */
  date_misses: { file: string; evidence: string; gold: string | null; predicted: string | null }[];
}

/** `pick` chooses which predicted events to score (default: the dossier's accounts). */
export function scoreEvents(gold: GoldArticle[], pred: Prediction, pick: (a: PredArticle) => PredEvent[] | undefined = (a) => a.events): EventScores {
  const predByFile = new Map(pred.articles.map((a) => [a.file, a]));
  let nG = 0, nP = 0, found = 0, dEx = 0, dPr = 0, dated = 0, datedPr = 0;
  const misses: { file: string; evidence: string }[] = [];
  const date_misses: EventScores['date_misses'] = [];
  for (const g of gold) {
    const pa = predByFile.get(g.file);
    const pe = (pa && pick(pa)) ?? [];
    nP += pe.length;
    const keyed = pe.map((e) => ({ e, s: normText(e.sentence) }));
    for (const ge of g.events) {
      nG++;
      const ev = normText(ge.evidence);
      const cands = keyed.filter((k) => ev !== '' && k.s.includes(ev) && typesCompatible(k.e.type, ge.type));
      if (!cands.length) {
        misses.push({ file: g.file, evidence: ge.evidence });
        continue;
      }
      found++;
      const best = (cands.find((k) => k.e.type === ge.type) ?? cands[0]).e;
      if (best.date === ge.date) dEx++;
      if (dateAtPrecision(best.date, ge.date)) dPr++;
      else date_misses.push({ file: g.file, evidence: ge.evidence, gold: ge.date, predicted: best.date });
      if (ge.date !== null) {
        dated++;
        if (dateAtPrecision(best.date, ge.date)) datedPr++;
      }
    }
  }
  return {
    gold: nG,
    predicted: nP,
    recall: ratio(found, nG),
    date_exact: ratio(dEx, found),
    date_at_precision: ratio(dPr, found),
    dated_at_precision: ratio(datedPr, dated),
    misses,
    date_misses,
  };
}

export interface SetScores {
  set: string;
  articles: number;
  actors: ActorScores;
  quotes: QuoteScores;
  events: EventScores;
  /** The same, over the per-article extractor's events (null when not available). */
  events_per_article: EventScores | null;
}

export function scoreSet(set: string, gold: GoldArticle[], pred: Prediction): SetScores {
  return {
    set,
    articles: gold.length,
    actors: scoreActors(gold, pred),
    quotes: scoreQuotes(gold, pred),
    events: scoreEvents(gold, pred),
    events_per_article: pred.articles.some((a) => a.extracted_events)
      ? scoreEvents(gold, pred, (a) => a.extracted_events)
      : null,
  };
}
