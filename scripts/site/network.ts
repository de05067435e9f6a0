// The actor network: who appears with whom, and who accuses, threatens or attacks whom.
// Edges combine co-mentions (weighted by shared sentences, counted through a sentence -> actors index so
// the cost is linear in mentions), typed relations (the dossier's relation records; for a dossier from
// before them, claims' speaker -> targets and events' agents -> patients), and curated affiliations. It is laid out by network-layout.ts and drawn by
// network-svg.ts (the /network/ page: network-page.ts), at build time and deterministically.
import type { Dossier, Network, NetworkEdge, NetworkNode, NetworkRelation } from '../lib/types.ts';

/** Claim kinds that carry a direction speaker -> targets, and the relation they become. */
export const CLAIM_RELATION: Record<string, string> = {
  accusation: 'accuses',
  threat: 'threatens',
  warning: 'warns',
  demand: 'demands',
};
/** Event types that carry a direction agents -> patients. */
export const EVENT_RELATION: Record<string, string> = {
  attack: 'attacks',
  strike: 'attacks',
  killing: 'attacks',
  kidnapping: 'attacks',
  arrest: 'arrests',
  threat: 'threatens',
};
/** A typed relation counts this much more than one shared sentence in an edge's weight. */
const TYPED_WEIGHT = 2;
/** A sentence naming more actors than this is a list, not an interaction: only its first ones pair up. */
const MAX_ACTORS_PER_SENTENCE = 12;
/** Evidence kept per relation (the count stays exact). */
const MAX_EVIDENCE = 25;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const numeric = (a: number, b: number) => a - b;
/** Typed relations weigh TYPED_WEIGHT each; co-mentions are counted separately. */
function typedWeight(rs: NetworkRelation[]): number {
  let w = 0;
  for (const r of rs) if (r.type !== 'co-mention') w += r.count * TYPED_WEIGHT;
  return w;
}
function toRelations(m: Map<string, Acc> | undefined): NetworkRelation[] {
  if (!m) return [];
  const out: NetworkRelation[] = [];
  for (const r of m.values()) out.push({ type: r.type, count: r.count, evidence: r.evidence });
  return out.sort((x, y) => y.count - x.count || byText(x.type, y.type));
}
interface Acc {
  type: string;
  count: number;
  evidence: { source: string; sentence_n: number }[];
  seen: Set<string>;
}

function addRelation(
  map: Map<string, Map<string, Acc>>,
  key: string,
  type: string,
  evidence: { source: string; sentence_n: number }[],
  dedupe?: string,
): void {
  let rels = map.get(key);
  if (!rels) map.set(key, (rels = new Map()));
  let acc = rels.get(type);
  if (!acc) rels.set(type, (acc = { type, count: 0, evidence: [], seen: new Set() }));
  // The same claim reported by several sources (one cluster) is one relation, with all its evidence.
  if (dedupe === undefined || !acc.seen.has(dedupe)) {
    acc.count++;
    if (dedupe !== undefined) acc.seen.add(dedupe);
  }
  for (const ev of evidence) {
    if (acc.evidence.length >= MAX_EVIDENCE) break;
    if (!acc.evidence.some((e) => e.source === ev.source && e.sentence_n === ev.sentence_n)) acc.evidence.push(ev);
  }
}

/**
 * Builds the actor graph. `sentenceActors` maps "<sourceId>#<n>" to the actor ids named in that sentence.
 * Nodes are every actor of the dossier but those left out (cited outlets: outlets.ts); edges exist only
 * where there is evidence.
 */
export function buildNetwork(dossier: Dossier, sentenceActors: Map<string, string[]>, opts: { leaveOut?: Set<string> } = {}): Network {
  const actors = (dossier?.actors ?? []).filter((a) => !opts.leaveOut?.has(a.id));
  const known = new Map(actors.map((a) => [a.id, a]));
  const nodes: NetworkNode[] = actors.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    url_path: a.url_path,
    weight: (a.mentions ?? []).reduce((n, m) => n + (m.count || 0), 0),
    x: 0,
    y: 0,
  }));

  // Undirected co-mentions. Actors are numbered in id order so a pair is one number (i * N + j, i < j):
  // cheap to hash, and sorting the numbers sorts the pairs by ids.
  const sortedIds = [...known.keys()].sort(byText);
  const indexOf = new Map(sortedIds.map((id, i) => [id, i]));
  const N = sortedIds.length;
  const co = new Map<number, { count: number; evidence: { source: string; sentence_n: number }[] }>();
  // one array for every sentence's actors (a sentence names a few): their numbers, each once, in the order named
  const idx: number[] = [];
  for (const [key, ids] of sentenceActors ?? new Map()) {
    if (!Array.isArray(ids) || ids.length < 2) continue;
    idx.length = 0;
    for (const id of ids) {
      const i = indexOf.get(id);
      if (i === undefined || idx.includes(i)) continue;
      idx.push(i);
      if (idx.length === MAX_ACTORS_PER_SENTENCE) break;
    }
    if (idx.length < 2) continue;
    idx.sort(numeric);
    const hash = key.lastIndexOf('#');
    const ref = { source: hash >= 0 ? key.slice(0, hash) : key, sentence_n: hash >= 0 ? Number(key.slice(hash + 1)) || 0 : 0 };
    for (let i = 0; i < idx.length; i++) {
      for (let j = i + 1; j < idx.length; j++) {
        const k = idx[i] * N + idx[j];
        const e = co.get(k);
        if (e) {
          e.count++;
          if (e.evidence.length < MAX_EVIDENCE) e.evidence.push(ref);
        } else co.set(k, { count: 1, evidence: [ref] });
      }
    }
  }

  // Directed relations, keyed "from\0to": the dossier's relation records, one per independent report
  // (a dossier from before them has them derived from claims and events).
  const directed = new Map<string, Map<string, Acc>>();
  const reportOf = new Map((dossier.sources ?? []).map((s) => [s.id, s.report]));
  for (const r of dossier.relations ?? []) {
    if (r.from === r.to || !known.has(r.from) || !known.has(r.to)) continue;
    addRelation(directed, `${r.from}\u0000${r.to}`, r.kind, [{ source: r.source, sentence_n: r.sentence_n }], reportOf.get(r.source) ?? r.source);
  }
  for (const c of dossier.relations ? [] : (dossier.claims ?? [])) {
    const type = CLAIM_RELATION[c.kind];
    if (!type || !c.speaker || !known.has(c.speaker)) continue;
    for (const t of new Set(c.targets ?? [])) {
      if (t === c.speaker || !known.has(t)) continue;
      addRelation(directed, `${c.speaker}\u0000${t}`, type, [{ source: c.source, sentence_n: c.sentence_n }], c.cluster || c.id);
    }
  }
  for (const e of dossier.relations ? [] : (dossier.events ?? [])) {
    const type = EVENT_RELATION[e.type];
    if (!type || !e.agents?.length || !e.patients?.length) continue;
    const evidence = (e.accounts ?? []).map((a) => ({ source: a.source, sentence_n: a.sentence_n }));
    for (const a of new Set(e.agents)) {
      for (const p of new Set(e.patients)) {
        if (a === p || !known.has(a) || !known.has(p)) continue;
        addRelation(directed, `${a}\u0000${p}`, type, evidence, e.id);
      }
    }
  }
  for (const a of actors) {
    for (const af of a.affiliations ?? []) {
      if (!af?.actor || af.actor === a.id || !known.has(af.actor)) continue;
      addRelation(directed, `${a.id}\u0000${af.actor}`, af.relation, [], `${af.relation}:${af.actor}`);
    }
  }

  // One edge per pair; when both directions carry typed relations, the reverse gets its own edge.
  // Edges come out in pair order (ids sorted), the reverse edge right after its pair: deterministic.
  const directedPairs = new Set<number>();
  for (const k of directed.keys()) {
    const sep = k.indexOf('\u0000');
    const ia = indexOf.get(k.slice(0, sep)) as number;
    const ib = indexOf.get(k.slice(sep + 1)) as number;
    directedPairs.add(ia < ib ? ia * N + ib : ib * N + ia);
  }
  const pairs = new Set<number>(co.keys());
  for (const k of directedPairs) pairs.add(k);
  const edgeList: NetworkEdge[] = [];
  for (const pair of [...pairs].sort(numeric)) {
    const a = sortedIds[Math.floor(pair / N)];
    const b = sortedIds[pair % N];
    const c = co.get(pair);
    if (!directedPairs.has(pair)) {
      // The common case: co-mentions only.
      edgeList.push({ id: `e-${a}--${b}`, source: a, target: b, weight: c ? c.count : 0, directed: false, relations: c ? [{ type: 'co-mention', count: c.count, evidence: c.evidence }] : [] });
      continue;
    }
    const ab = toRelations(directed.get(`${a}\u0000${b}`));
    const ba = toRelations(directed.get(`${b}\u0000${a}`));
    // The main edge points the way the typed relations go (a -> b unless only b -> a has any).
    const flip = !ab.length && ba.length > 0;
    const from = flip ? b : a;
    const to = flip ? a : b;
    const main = flip ? ba : ab;
    const reverse = flip ? ab : ba;
    if (c) main.push({ type: 'co-mention', count: c.count, evidence: c.evidence });
    edgeList.push({ id: `e-${from}--${to}`, source: from, target: to, weight: (c ? c.count : 0) + typedWeight(main), directed: main.length > (c ? 1 : 0), relations: main });
    if (reverse.length) edgeList.push({ id: `e-${to}--${from}`, source: to, target: from, weight: typedWeight(reverse), directed: true, relations: reverse });
  }
  return { nodes: nodes.sort((x, y) => byText(x.id, y.id)), edges: edgeList };
}
