// Drawings of the network as static SVG: the whole network (the /network/ page) and an actor's
// neighbourhood (its page). Deterministic for the same laid-out network; every text escaped.
import type { ActorType, Network, NetworkEdge, NetworkNode } from '../lib/types.ts';
import { esc, hashId } from './chart.ts';
import { actorPath } from './addresses.ts';
import { fitBox, maxOf, nodeRadius, round1 } from './network-layout.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
export function networkSvg(net: Network, opts: { width: number; height: number; highlight?: string; maxNodes?: number; title?: string; ego?: boolean }): string {
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
    // An ego graph's neighbours weigh their tie to the actor (egoNetwork): no count of mentions to show.
    const count = opts?.ego && !hl ? '' : `, ${n.weight} mention${n.weight === 1 ? '' : 's'}`;
    const name = `${n.name} (${TYPE_LABEL[n.type] ?? n.type}${count})`;
    return `<a href="${esc(n.url_path || actorPath(n.id))}" aria-label="${esc(name)}"><title>${esc(name)}</title>${shape(n.type, p.x, p.y, r, hl ? 'node highlight' : 'node')}${labelOf.get(n.id) ?? ''}</a>`;
  });

  const defs = `<defs><marker id="${uid}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#1b1b1b"/></marker></defs>`;
  return `${head}${meta}${defs}<rect width="${width}" height="${height}" fill="#fff"/><g class="edges">${edgeParts.join('')}</g><g class="nodes">${nodeParts.join('')}</g></svg>`;
}

/**
 * The actor and its strongest neighbours (by edge weight), with the edges among them, laid out radially:
 * the actor in the centre, neighbours on a circle, strongest first clockwise from the top. Positions are in
 * a unit box; networkSvg fits them to the size it is asked for. A neighbour's weight is its tie to the
 * actor (the weight of the edges between them), not its mentions in the whole corpus: the drawing then
 * changes only with what concerns the actor, and a new article naming a much-named neighbour does not
 * touch every page that draws it (drawn with `ego: true`, its tooltip names no count).
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
    out.push({ ...n, weight: strength.get(n.id) ?? 0, x: round1(100 * Math.cos(angle)), y: round1(100 * Math.sin(angle)) });
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

/** The SVG for an actor page: the actor and its strongest neighbours; '' when it has none. */
export function egoSvg(net: Network, actorId: string, opts: { width?: number; height?: number; maxNeighbours?: number } = {}): string {
  const ego = egoNetwork(net, actorId, opts.maxNeighbours ?? 12);
  if (ego.nodes.length < 2) return '';
  return networkSvg(ego, { width: opts.width ?? 560, height: opts.height ?? 360, highlight: actorId, maxNodes: ego.nodes.length, ego: true });
}
