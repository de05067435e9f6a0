// The actor network: who appears with whom, and who accuses, threatens or attacks whom.
// Edges combine co-mentions (weighted by shared sentences, counted through a sentence -> actors index so
// the cost is linear in mentions), typed relations (the dossier's relation records; for a dossier from
// before them, claims' speaker -> targets and events' agents -> patients), and curated affiliations. Layout and SVG are computed at build time and are
// deterministic (positions seeded from id hashes, fixed iteration counts, rounded coordinates).
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { ActorType, Dossier, Network, NetworkEdge, NetworkNode, NetworkRelation } from '../lib/types.ts';
import { esc, hashId } from './chart.ts';
import { fnv1a as hashNum } from '../lib/fnv.ts';
import { seededRandom } from '../lib/random.ts';

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
/** Largest value, at least 1 (a loop: spreading 100,000 values into Math.max overflows the stack). */
function maxOf(values: number[]): number {
  let m = 1;
  for (const v of values) if (v > m) m = v;
  return m;
}
const round1 = (v: number) => Math.round(v * 10) / 10;

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
 * Nodes are every actor of the dossier; edges exist only where there is evidence.
 */
export function buildNetwork(dossier: Dossier, sentenceActors: Map<string, string[]>): Network {
  try {
    const actors = dossier?.actors ?? [];
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
    for (const [key, ids] of sentenceActors ?? new Map()) {
      if (!Array.isArray(ids) || ids.length < 2) continue;
      const idx = [...new Set(ids.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined))]
        .slice(0, MAX_ACTORS_PER_SENTENCE)
        .sort((a, b) => a - b);
      if (idx.length < 2) continue;
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
  } catch {
    return { nodes: [], edges: [] };
  }
}

export const nodeRadius = (weight: number, maxWeight: number) => round1(5 + 13 * Math.sqrt(Math.max(0, weight) / Math.max(1, maxWeight)));

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** Above this many nodes only the best-connected ones are simulated; the rest are placed beside them. */
const LAYOUT_CORE = 300;
/** Simulation steps; the cooling rate is set so the layout settles within them. */
const LAYOUT_TICKS = 160;

/**
 * Force-directed positions inside width x height. Deterministic: start positions come from a hash of
 * each node id, the simulation's random source is seeded, the iteration count is fixed, and coordinates
 * are rounded to one decimal. In a big graph the force simulation runs on the LAYOUT_CORE best-connected
 * nodes (the ones any drawing shows); every other node is put next to its strongest core neighbour, or on
 * an outer ring when it has none, so the cost stays linear in edges beyond the fixed-size core.
 */
export function layoutNetwork(net: Network, width: number, height: number): Network {
  const nodes = net?.nodes ?? [];
  const edges = net?.edges ?? [];
  if (!nodes.length) return { nodes: [], edges: [...edges] };
  const w = Number.isFinite(width) && width > 0 ? width : 800;
  const h = Number.isFinite(height) && height > 0 ? height : 600;
  try {
    const index = new Map(nodes.map((nd, i) => [nd.id, i]));
    const strength = new Float64Array(nodes.length);
    for (const e of edges) {
      const a = index.get(e.source);
      const b = index.get(e.target);
      if (a === undefined || b === undefined || a === b) continue;
      strength[a] += e.weight;
      strength[b] += e.weight;
    }
    const order = nodes.map((_, i) => i).sort((a, b) => strength[b] + nodes[b].weight - (strength[a] + nodes[a].weight) || byText(nodes[a].id, nodes[b].id));
    const core = order.slice(0, LAYOUT_CORE);
    const inCore = new Uint8Array(nodes.length);
    for (const i of core) inCore[i] = 1;

    const maxW = maxOf(nodes.map((nd) => nd.weight));
    const n = core.length;
    const sim: SimNode[] = core.map((i) => {
      const nd = nodes[i];
      const hv = hashNum(nd.id);
      const angle = ((hv & 0xffff) / 0x10000) * 2 * Math.PI;
      const radius = (0.15 + ((hv >>> 16) / 0x10000) * 0.35) * Math.min(w, h);
      return { id: nd.id, r: nodeRadius(nd.weight, maxW), x: w / 2 + radius * Math.cos(angle), y: h / 2 + radius * Math.sin(angle) };
    });
    const isCore = (id: string) => {
      const i = index.get(id);
      return i !== undefined && inCore[i] === 1;
    };
    let coreEdges = edges.filter((e) => e.source !== e.target && isCore(e.source) && isCore(e.target));
    if (coreEdges.length > 4 * core.length) {
      // Only the strongest links shape the layout (at most 4 per node): a numeric sort finds the weight
      // threshold; ties keep graph order.
      const limit = 4 * core.length;
      const weights = Float64Array.from(coreEdges, (e) => e.weight).sort();
      const cut = weights[weights.length - limit];
      const above = coreEdges.filter((e) => e.weight > cut);
      coreEdges = above.concat(coreEdges.filter((e) => e.weight === cut).slice(0, limit - above.length));
    }
    const maxEdge = maxOf(coreEdges.map((e) => e.weight));
    const links = coreEdges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
    const area = Math.sqrt((w * h) / n);
    const simulation = forceSimulation<SimNode>(sim)
      .randomSource(seededRandom(hashNum(core.map((i) => nodes[i].id).join('|'))))
      .force(
        'link',
        forceLink<SimNode, { source: string | SimNode; target: string | SimNode; weight: number }>(links)
          .id((d) => d.id)
          .distance(area * 0.6)
          .strength((l) => 0.04 + 0.3 * (l.weight / maxEdge)),
      )
      .force('charge', forceManyBody<SimNode>().strength(-Math.max(40, area * 1.6)).distanceMax(area * 5))
      .force('x', forceX<SimNode>(w / 2).strength(0.06))
      .force('y', forceY<SimNode>(h / 2).strength(0.08))
      .force('collide', forceCollide<SimNode>((d) => d.r + 6))
      .alphaDecay(1 - Math.pow(0.001, 1 / LAYOUT_TICKS))
      .stop();
    for (let i = 0; i < LAYOUT_TICKS; i++) simulation.tick();

    const raw: { x: number; y: number }[] = new Array(nodes.length);
    core.forEach((i, k) => (raw[i] = { x: sim[k].x ?? 0, y: sim[k].y ?? 0 }));
    if (core.length < nodes.length) {
      // Periphery: beside the strongest core neighbour, at a hashed angle; otherwise on an outer ring.
      const best = new Int32Array(nodes.length).fill(-1);
      const bestW = new Float64Array(nodes.length);
      for (const e of edges) {
        const a = index.get(e.source);
        const b = index.get(e.target);
        if (a === undefined || b === undefined || a === b) continue;
        if (!inCore[a] && inCore[b] && e.weight > bestW[a]) { best[a] = b; bestW[a] = e.weight; }
        if (!inCore[b] && inCore[a] && e.weight > bestW[b]) { best[b] = a; bestW[b] = e.weight; }
      }
      const side = Math.max(w, h);
      for (let i = 0; i < nodes.length; i++) {
        if (inCore[i]) continue;
        const hv = hashNum(nodes[i].id);
        const angle = ((hv & 0xffff) / 0x10000) * 2 * Math.PI;
        const anchor = best[i] >= 0 ? raw[best[i]] : { x: w / 2, y: h / 2 };
        const dist = best[i] >= 0 ? area * (0.3 + ((hv >>> 16) / 0x10000) * 0.4) : side * (0.6 + ((hv >>> 16) / 0x10000) * 0.1);
        raw[i] = { x: anchor.x + dist * Math.cos(angle), y: anchor.y + dist * Math.sin(angle) };
      }
    }
    // Fit the result into the box, keeping a margin for labels.
    const pos = fitBox(raw, w, h, 40);
    return {
      nodes: nodes.map((nd, i) => ({ ...nd, x: pos[i].x, y: pos[i].y })),
      edges: [...edges],
    };
  } catch {
    return { nodes: nodes.map((nd) => ({ ...nd, x: round1(w / 2), y: round1(h / 2) })), edges: [...edges] };
  }
}

/** Scales points uniformly to fill width x height minus a margin; rounded to 1 decimal. */
function fitBox(points: { x: number; y: number }[], w: number, h: number, margin: number, marginX = margin): { x: number; y: number }[] {
  if (!points.length) return [];
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of points) {
    const x = Number.isFinite(p.x) ? p.x : 0;
    const y = Number.isFinite(p.y) ? p.y : 0;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const m = Math.min(margin, w / 4, h / 4);
  const mx = Math.min(marginX, w / 4);
  const s = Math.min(spanX > 0 ? (w - 2 * mx) / spanX : Infinity, spanY > 0 ? (h - 2 * m) / spanY : Infinity);
  const scale = Number.isFinite(s) ? s : 1;
  const offX = (w - spanX * scale) / 2;
  const offY = (h - spanY * scale) / 2;
  return points.map((p) => ({
    x: round1(offX + ((Number.isFinite(p.x) ? p.x : 0) - minX) * scale),
    y: round1(offY + ((Number.isFinite(p.y) ? p.y : 0) - minY) * scale),
  }));
}

const RELATION_LABEL: Record<string, string> = {
  'co-mention': 'co-mentioned',
  member_of: 'member of',
  backed_by: 'backed by',
};

/** "accuses ×2, co-mentioned in 3 sentences": why an edge exists, for tooltips and the text list. */
export function edgeReason(e: NetworkEdge): string {
  return e.relations
    .map((r) =>
      r.type === 'co-mention'
        ? `co-mentioned in ${r.count} sentence${r.count === 1 ? '' : 's'}`
        : `${RELATION_LABEL[r.type] ?? r.type.replace(/_/g, ' ')}${r.count > 1 ? ` ×${r.count}` : ''}`,
    )
    .join(', ');
}

const TYPE_FILL: Record<ActorType, string> = { person: '#dbe7f5', organization: '#fbe3cf', place: '#dcefd9' };
const TYPE_LABEL: Record<ActorType, string> = { person: 'person', organization: 'organisation', place: 'place' };

function shape(type: ActorType, x: number, y: number, r: number, cls: string): string {
  const fill = TYPE_FILL[type] ?? '#eeeeee';
  const common = `fill="${fill}" stroke="#1b1b1b" stroke-width="${cls.includes('highlight') ? 3 : 1.5}" class="${cls}"`;
  if (type === 'organization') {
    const s = round1(r * 0.9);
    return `<rect x="${round1(x - s)}" y="${round1(y - s)}" width="${round1(2 * s)}" height="${round1(2 * s)}" ${common}/>`;
  }
  if (type === 'place') {
    const t = r * 1.15;
    const pts = [
      [x, y - t],
      [x + t * 0.866, y + t * 0.5],
      [x - t * 0.866, y + t * 0.5],
    ]
      .map(([px, py]) => `${round1(px)},${round1(py)}`)
      .join(' ');
    return `<polygon points="${pts}" ${common}/>`;
  }
  return `<circle cx="${x}" cy="${y}" r="${r}" ${common}/>`;
}

/**
 * A static SVG of the network: node links to actor pages with tooltips, labels on the bigger nodes, edges
 * with a <title> giving their reasons, arrows on directed edges, and a shape per actor type so it reads in
 * black and white. Node positions are fitted into the requested size. All text is escaped.
 */
export function networkSvg(net: Network, opts: { width: number; height: number; highlight?: string; maxNodes?: number; title?: string }): string {
  const width = Number.isFinite(opts?.width) && opts.width > 0 ? opts.width : 800;
  const height = Number.isFinite(opts?.height) && opts.height > 0 ? opts.height : 600;
  const allNodes = net?.nodes ?? [];
  const maxNodes = Math.max(1, opts?.maxNodes ?? 60);
  const degree = new Map<string, number>();
  for (const e of net?.edges ?? []) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.weight);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.weight);
  }
  // Keep the most connected/mentioned nodes; the highlighted actor always stays.
  const ranked = [...allNodes].sort((a, b) => (degree.get(b.id) ?? 0) + b.weight - ((degree.get(a.id) ?? 0) + a.weight) || byText(a.id, b.id));
  // Actors without any connection say nothing in a network drawing (they are still in the text lists).
  const chosen = ranked.filter((n) => (degree.get(n.id) ?? 0) > 0).slice(0, maxNodes);
  if (opts?.highlight && !chosen.some((n) => n.id === opts.highlight)) {
    const h = allNodes.find((n) => n.id === opts.highlight);
    if (h) chosen.length >= maxNodes ? (chosen[chosen.length - 1] = h) : chosen.push(h);
  }
  const nodes = chosen.sort((a, b) => byText(a.id, b.id));
  const ids = new Set(nodes.map((n) => n.id));
  let edges = (net?.edges ?? []).filter((e) => ids.has(e.source) && ids.has(e.target));
  // A hairball hides the structure: beyond 3 edges per node, only the stronger co-mention-only edges are
  // drawn (typed relations always are). The page's text list still has every connection.
  const limit = 3 * nodes.length;
  if (edges.length > limit) {
    const typed = new Set(edges.filter((e) => e.directed || e.relations.some((r) => r.type !== 'co-mention')));
    const co = edges.filter((e) => !typed.has(e)).sort((a, b) => b.weight - a.weight || byText(a.id, b.id));
    const keep = new Set([...typed, ...co.slice(0, Math.max(0, limit - typed.size))]);
    edges = edges.filter((e) => keep.has(e));
  }
  const uid = `net-${hashId(`${opts?.highlight ?? ''}|${nodes.map((n) => n.id).join('|')}`)}`;
  const title = opts?.title ?? (opts?.highlight ? `Network around ${allNodes.find((n) => n.id === opts.highlight)?.name ?? opts.highlight}` : 'Actor network');
  const desc = `${nodes.length} actor${nodes.length === 1 ? '' : 's'} and ${edges.length} connection${edges.length === 1 ? '' : 's'}${
    allNodes.length > nodes.length ? ` (the ${nodes.length} most connected of ${allNodes.length})` : ''
  }. Circles are people, squares organisations, triangles places; arrows show who accuses, threatens, attacks or belongs to whom; lines without arrows join actors named in the same sentences.`;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${uid}-t ${uid}-d">`;
  const meta = `<title id="${uid}-t">${esc(title)}</title><desc id="${uid}-d">${esc(desc)}</desc>`;
  if (!nodes.length) return `${head}${meta}</svg>`;

  // Wider side margins than top/bottom: labels run sideways, outward from the centre.
  const sideMargin = Math.min(160, width / 4);
  const pos = fitBox(nodes.map((n) => ({ x: n.x, y: n.y })), width, height, Math.min(40, height / 6), sideMargin);
  const cx = pos.reduce((t, p) => t + p.x, 0) / pos.length;
  const cy = pos.reduce((t, p) => t + p.y, 0) / pos.length;
  // Labels longer than the side margin allows are shortened (about 6.5 units per character at 12px).
  const maxChars = Math.max(8, Math.min(28, Math.floor((sideMargin - 22) / 6.5)));
  const at = new Map(nodes.map((n, i) => [n.id, pos[i]]));
  const maxW = maxOf(nodes.map((n) => n.weight));
  const radius = new Map(nodes.map((n) => [n.id, nodeRadius(n.weight, maxW)]));
  const maxEdge = maxOf(edges.map((e) => e.weight));

  const nameOf = new Map(nodes.map((n) => [n.id, n.name]));
  const pairKeys = new Set(edges.map((e) => `${e.source}\u0000${e.target}`));
  const edgeParts = edges.map((e) => {
    const a = at.get(e.source) as { x: number; y: number };
    const b = at.get(e.target) as { x: number; y: number };
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    // Stop lines at the node's edge so arrowheads stay visible.
    const ra = (radius.get(e.source) ?? 5) + 1;
    const rb = (radius.get(e.target) ?? 5) + (e.directed ? 4 : 1);
    // Two edges between the same pair (A -> B and B -> A) are drawn side by side, not on top of each other.
    const off = pairKeys.has(`${e.target}\u0000${e.source}`) ? 4 : 0;
    const ox = (-dy / len) * off;
    const oy = (dx / len) * off;
    const x1 = round1(a.x + (dx / len) * ra + ox);
    const y1 = round1(a.y + (dy / len) * ra + oy);
    const x2 = round1(b.x - (dx / len) * rb + ox);
    const y2 = round1(b.y - (dy / len) * rb + oy);
    const sw = round1(1 + 4 * (e.weight / maxEdge));
    const typed = e.relations.some((r) => r.type !== 'co-mention');
    const from = nameOf.get(e.source) ?? e.source;
    const to = nameOf.get(e.target) ?? e.target;
    const tip = `${from} ${e.directed ? '→' : '—'} ${to}: ${edgeReason(e)}`;
    return `<g class="edge${typed ? ' typed' : ''}"><title>${esc(tip)}</title><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${
      typed ? '#1b1b1b' : '#8a8a8a'
    }" stroke-width="${typed ? sw : round1(Math.min(sw, 2.5))}"${typed ? '' : ' stroke-dasharray="4 3" stroke-opacity="0.6"'}${e.directed ? ` marker-end="url(#${uid}-arrow)"` : ''}/></g>`;
  });

  // Labels: the bigger nodes (and the highlighted one) get a visible name; all have a tooltip.
  // Labels: candidates by size (the highlighted actor first); a label is dropped when its box would overlap
  // one already placed or a bigger node, so the drawing stays legible. Every node keeps its tooltip.
  const placed: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const labelOf = new Map<string, string>();
  const candidates = [...nodes].sort((a, b) => Number(b.id === opts?.highlight) - Number(a.id === opts?.highlight) || b.weight - a.weight || byText(a.id, b.id)).slice(0, 40);
  for (const n of candidates) {
    const p = at.get(n.id) as { x: number; y: number };
    const r = radius.get(n.id) ?? 5;
    const hl = n.id === opts?.highlight;
    const text = n.name.length > maxChars ? `${n.name.slice(0, maxChars - 1)}…` : n.name;
    const tw = text.length * (hl ? 7.2 : 6.6);
    // Outward from the centre: right of right-hand nodes, left of left-hand ones, above/below central ones.
    const side = p.x > cx + 12 ? 1 : p.x < cx - 12 ? -1 : 0;
    const lx = side ? round1(p.x + side * (r + 4)) : p.x;
    const ly = side ? round1(p.y + 4) : p.y < cy - 12 ? round1(p.y - r - 6) : round1(p.y + r + 13);
    const x1 = side > 0 ? lx : side < 0 ? lx - tw : lx - tw / 2;
    const box = { x1, y1: ly - 11, x2: x1 + tw, y2: ly + 3 };
    const clash = placed.some((b) => box.x1 < b.x2 && box.x2 > b.x1 && box.y1 < b.y2 && box.y2 > b.y1);
    if (clash && !hl) continue;
    placed.push(box);
    const anchor = side > 0 ? 'start' : side < 0 ? 'end' : 'middle';
    labelOf.set(
      n.id,
      `<text x="${lx}" y="${ly}" text-anchor="${anchor}" font-size="12"${hl ? ' font-weight="bold"' : ''} fill="#1b1b1b" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(text)}</text>`,
    );
  }
  const nodeParts = nodes.map((n) => {
    const p = at.get(n.id) as { x: number; y: number };
    const r = radius.get(n.id) ?? 5;
    const hl = n.id === opts?.highlight;
    const name = `${n.name} (${TYPE_LABEL[n.type] ?? n.type}, ${n.weight} mention${n.weight === 1 ? '' : 's'})`;
    return `<a href="${esc(n.url_path || `/actors/${n.id}/`)}" aria-label="${esc(name)}"><title>${esc(name)}</title>${shape(n.type, p.x, p.y, r, hl ? 'node highlight' : 'node')}${labelOf.get(n.id) ?? ''}</a>`;
  });

  const defs = `<defs><marker id="${uid}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#1b1b1b"/></marker></defs>`;
  return `${head}${meta}${defs}<rect width="${width}" height="${height}" fill="#fff"/><g class="edges">${edgeParts.join('')}</g><g class="nodes">${nodeParts.join('')}</g></svg>`;
}

/**
 * The actor and its strongest neighbours (by edge weight), with the edges among them, laid out radially:
 * the actor in the centre, neighbours on a circle, strongest first clockwise from the top. Positions are in
 * a unit box; networkSvg fits them to the size it is asked for.
 */
export function egoNetwork(net: Network, actorId: string, maxNeighbours = 12): Network {
  if (!net?.nodes?.length) return { nodes: [], edges: [] };
  const { byId, edgesOf, outOf } = adjacency(net);
  const centre = byId.get(actorId);
  if (!centre) return { nodes: [], edges: [] };
  const strength = new Map<string, number>();
  for (const e of edgesOf.get(actorId) ?? []) {
    const other = e.source === actorId ? e.target : e.source;
    if (other !== actorId && byId.has(other)) strength.set(other, (strength.get(other) ?? 0) + e.weight);
  }
  // Top-k selection (k is small): a hub with thousands of neighbours costs one pass, not a full sort.
  const k = Math.max(0, maxNeighbours);
  const top: [string, number][] = [];
  const better = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of strength) {
    if (top.length === k && (k === 0 || !better(entry, top[k - 1]))) continue;
    let i = top.length;
    while (i > 0 && better(entry, top[i - 1])) i--;
    top.splice(i, 0, entry);
    if (top.length > k) top.pop();
  }
  const neighbours = top.map(([id]) => byId.get(id) as NetworkNode);
  const keep = new Set([actorId, ...neighbours.map((n) => n.id)]);
  const out: NetworkNode[] = [{ ...centre, x: 0, y: 0 }];
  neighbours.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, neighbours.length);
    out.push({ ...n, x: round1(100 * Math.cos(angle)), y: round1(100 * Math.sin(angle)) });
  });
  // Edges among the kept nodes, looked up pair by pair (at most 13 x 12 lookups, whatever the graph's size):
  // all of the actor's own, and between neighbours only typed relations (shared sentences would clutter).
  const ids = [...keep];
  const edges: NetworkEdge[] = [];
  for (const u of ids) {
    for (const v of ids) {
      const e = u !== v ? outOf.get(u)?.get(v) : undefined;
      if (!e) continue;
      if (u === actorId || v === actorId || e.relations.some((r) => r.type !== 'co-mention')) edges.push(e);
    }
  }
  edges.sort((x, y) => byText(x.id, y.id));
  return { nodes: out, edges };
}

/** Node and edge indexes of a network, computed once per Network object (ego graphs are made for every actor). */
interface Adjacency {
  byId: Map<string, NetworkNode>;
  edgesOf: Map<string, NetworkEdge[]>;
  /** source -> target -> edge (no string keys to build per lookup). */
  outOf: Map<string, Map<string, NetworkEdge>>;
}
const adjacencyCache = new WeakMap<Network, Adjacency>();
function adjacency(net: Network): Adjacency {
  const hit = adjacencyCache.get(net);
  if (hit && hit.byId.size === net.nodes.length) return hit;
  const byId = new Map(net.nodes.map((n) => [n.id, n]));
  const edgesOf = new Map<string, NetworkEdge[]>();
  const outOf = new Map<string, Map<string, NetworkEdge>>();
  for (const e of net.edges ?? []) {
    let out = outOf.get(e.source);
    if (!out) outOf.set(e.source, (out = new Map()));
    out.set(e.target, e);
    for (const id of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const l = edgesOf.get(id);
      if (l) l.push(e);
      else edgesOf.set(id, [e]);
    }
  }
  const value = { byId, edgesOf, outOf };
  adjacencyCache.set(net, value);
  return value;
}

export interface NetworkPageEdge {
  from: { id: string; name: string; url_path: string };
  to: { id: string; name: string; url_path: string };
  directed: boolean;
  weight: number;
  /** "accuses ×2, co-mentioned in 3 sentences". */
  reason: string;
  relations: { type: string; label: string; count: number; evidence: { label: string; href: string }[] }[];
}

export interface NetworkPage {
  svg: string;
  nodes: number;
  edges: NetworkPageEdge[];
  /** All edges of the network; `edges` lists the strongest `maxEdges` of them. */
  totalEdges: number;
}

/**
 * Everything the /network/ page shows: the SVG and the full edge list as text (strongest first), each
 * relation with links to the sentences it rests on, labelled with the outlet's name. Pass a laid-out network.
 */
export function networkPage(net: Network, dossier: Dossier, opts: { width?: number; height?: number; maxNodes?: number; maxEvidence?: number; maxEdges?: number } = {}): NetworkPage {
  try {
    const width = opts.width ?? 960;
    const height = opts.height ?? 720;
    const nodes = new Map((net?.nodes ?? []).map((n) => [n.id, n]));
    const outlet = new Map((dossier?.sources ?? []).map((s) => [s.id, s.outlet || s.title || s.id]));
    const maxEvidence = opts.maxEvidence ?? 4;
    const all = (net?.edges ?? []).filter((e) => nodes.has(e.source) && nodes.has(e.target));
    const strongest = [...all].sort((x, y) => y.weight - x.weight || byText(x.id, y.id)).slice(0, opts.maxEdges ?? 1500);
    const edges: NetworkPageEdge[] = strongest
      .map((e) => {
        const a = nodes.get(e.source) as NetworkNode;
        const b = nodes.get(e.target) as NetworkNode;
        return {
          from: { id: a.id, name: a.name, url_path: a.url_path },
          to: { id: b.id, name: b.name, url_path: b.url_path },
          directed: e.directed,
          weight: e.weight,
          reason: edgeReason(e),
          relations: e.relations.map((r) => ({
            type: r.type,
            label: edgeReason({ ...e, relations: [r] }),
            count: r.count,
            evidence: r.evidence.slice(0, maxEvidence).map((ev) => ({
              label: `${outlet.get(ev.source) ?? ev.source}, sentence ${ev.sentence_n}`,
              href: `/sources/${ev.source}/#s-${ev.sentence_n}`,
            })),
          })),
        };
      })
      .sort((x, y) => y.weight - x.weight || byText(x.from.name, y.from.name) || byText(x.to.name, y.to.name));
    return { svg: networkSvg(net, { width, height, maxNodes: opts.maxNodes ?? 60 }), nodes: nodes.size, edges, totalEdges: all.length };
  } catch {
    return { svg: '', nodes: 0, edges: [], totalEdges: 0 };
  }
}

/** The SVG for an actor page: the actor and its strongest neighbours; '' when it has none. */
export function egoSvg(net: Network, actorId: string, opts: { width?: number; height?: number; maxNeighbours?: number } = {}): string {
  const ego = egoNetwork(net, actorId, opts.maxNeighbours ?? 12);
  if (ego.nodes.length < 2) return '';
  return networkSvg(ego, { width: opts.width ?? 560, height: opts.height ?? 360, highlight: actorId, maxNodes: ego.nodes.length });
}
