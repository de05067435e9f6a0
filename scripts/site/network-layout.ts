// The network's layout: force-directed positions, deterministic (start positions from a hash of each node
// id, a seeded random source, a fixed number of steps, coordinates rounded to one decimal).
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Network } from '../lib/types.ts';
import { fnv1a as hashNum } from '../lib/fnv.ts';
import { seededRandom } from '../lib/random.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Largest value, at least 1 (a loop: spreading 100,000 values into Math.max overflows the stack). */
export function maxOf(values: number[]): number {
  let m = 1;
  for (const v of values) if (v > m) m = v;
  return m;
}
export const round1 = (v: number) => Math.round(v * 10) / 10;

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
}

/** Scales points uniformly to fill width x height minus a margin; rounded to 1 decimal. */
export function fitBox(points: { x: number; y: number }[], w: number, h: number, margin: number, marginX = margin): { x: number; y: number }[] {
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
