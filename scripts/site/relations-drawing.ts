// The /network/ page's drawing: who acts against whom among the actors most involved in it. Only typed,
// directed relations are drawn (accuses, threatens, attacks ...; member of, backed by); actors named in the
// same sentences are not (a drawing of co-mentions is a tangle: they are counted in the table and the
// exports). Actors sit on a circle, each labelled; an arrow per relation, coloured and dashed by its kind,
// with a legend. Deterministic for the same network; every text escaped.
import type { Network, NetworkEdge, NetworkNode } from '../lib/types.ts';
import { esc, hashId } from './chart.ts';
import { actorPath } from './addresses.ts';
import { round1 } from './network-layout.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How each kind of relation is drawn: colour (dark enough on white) and dash pattern, so it reads in grey too. */
export const KIND_STYLE: Record<string, { colour: string; dash: string; label: string }> = {
  attacks: { colour: '#b2182b', dash: '', label: 'attacks' },
  arrests: { colour: '#762a83', dash: '8 3', label: 'arrests' },
  threatens: { colour: '#b35806', dash: '2 3', label: 'threatens' },
  accuses: { colour: '#2166ac', dash: '6 3 2 3', label: 'accuses' },
  condemns: { colour: '#1b7837', dash: '10 4', label: 'condemns' },
  demands: { colour: '#8c510a', dash: '4 4', label: 'demands' },
  sanctions: { colour: '#4d4d4d', dash: '1 3', label: 'sanctions' },
  warns: { colour: '#b35806', dash: '2 3', label: 'warns' },
};
const OTHER_STYLE = { colour: '#6b6b6b', dash: '3 2', label: 'member of, backed by' };

/** The style of a relation type (hostile kinds first; affiliations share one grey). */
export function kindStyle(type: string): { colour: string; dash: string; label: string } {
  return KIND_STYLE[type] ?? OTHER_STYLE;
}

/** Whether an edge relation is drawn: any typed relation, never a co-mention. */
const typed = (type: string) => type !== 'co-mention';

/** How much an actor takes part in typed relations (as either end), counted in statements. */
export function relationScore(net: Network): Map<string, number> {
  const score = new Map<string, number>();
  for (const e of net?.edges ?? []) {
    const n = e.relations.reduce((t, r) => t + (typed(r.type) ? r.count : 0), 0);
    if (!n || e.source === e.target) continue;
    score.set(e.source, (score.get(e.source) ?? 0) + n);
    score.set(e.target, (score.get(e.target) ?? 0) + n);
  }
  return score;
}

/** The actors the drawing shows: the `max` most involved in typed relations (then by mentions, then id). */
export function drawnActors(net: Network, max: number): NetworkNode[] {
  const score = relationScore(net);
  return (net?.nodes ?? [])
    .filter((n) => (score.get(n.id) ?? 0) > 0)
    .sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || b.weight - a.weight || byText(a.id, b.id))
    .slice(0, Math.max(0, max));
}

/** Order on the circle: each next actor the one most tied to the one before, so related actors sit together. */
function circleOrder(nodes: NetworkNode[], edges: NetworkEdge[]): NetworkNode[] {
  const tie = new Map<string, number>();
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const e of edges) tie.set(key(e.source, e.target), (tie.get(key(e.source, e.target)) ?? 0) + e.relations.reduce((t, r) => t + (typed(r.type) ? r.count : 0), 0));
  const left = [...nodes];
  const out = [left.shift()!];
  while (left.length) {
    const last = out[out.length - 1].id;
    let best = 0;
    for (let i = 1; i < left.length; i++) if ((tie.get(key(last, left[i].id)) ?? 0) > (tie.get(key(last, left[best].id)) ?? 0)) best = i;
    out.push(left.splice(best, 1)[0]);
  }
  return out;
}

export interface RelationsDrawing {
  svg: string;
  /** Actors drawn, and actors with typed relations in all. */
  shown: number;
  of: number;
  /** The kinds drawn, in legend order, with their styles. */
  legend: { type: string; label: string; colour: string; dash: string }[];
}

/** The drawing of who acts against whom among the most involved actors (see the file's comment). */
export function relationsDrawing(net: Network, opts: { width?: number; height?: number; max?: number } = {}): RelationsDrawing {
  const width = opts.width ?? 760;
  const height = opts.height ?? 500;
  const all = relationScore(net);
  const nodes = drawnActors(net, opts.max ?? 14);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = (net?.edges ?? []).filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target) && e.relations.some((r) => typed(r.type)));
  const uid = `rel-${hashId(nodes.map((n) => n.id).join('|'))}`;
  const desc = `${nodes.length} actors and the ${edges.length} directed relations between them${all.size > nodes.length ? ` (the ${nodes.length} most involved of ${all.size} actors with such relations)` : ''}. Each arrow runs from the actor who acts to the one acted against; its colour and dash say the kind.`;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="network relations-drawing" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="${uid}-t ${uid}-d">`;
  const meta = `<title id="${uid}-t">Who acts against whom</title><desc id="${uid}-d">${esc(desc)}</desc>`;
  if (!nodes.length) return { svg: '', shown: 0, of: 0, legend: [] };

  const order = circleOrder(nodes, edges);
  const cx = width / 2, cy = height / 2;
  const r = Math.min(cy - 48, cx - 175);
  const at = new Map(order.map((n, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / order.length;
    return [n.id, { x: round1(cx + r * Math.cos(a)), y: round1(cy + r * Math.sin(a)), a }];
  }));
  const NODE_R = 9;
  const kinds = new Set<string>();
  const pairs = new Set(edges.map((e) => `${e.source}\u0000${e.target}`));
  const nameOf = new Map(nodes.map((n) => [n.id, n.name]));
  const lines: string[] = [];
  for (const e of [...edges].sort((x, y) => byText(x.id, y.id))) {
    const rels = e.relations.filter((q) => typed(q.type));
    const main = rels[0];
    const style = kindStyle(main.type);
    kinds.add(KIND_STYLE[main.type] ? main.type : 'other');
    const a = at.get(e.source)!, b = at.get(e.target)!;
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    // both directions between a pair are drawn side by side
    const off = pairs.has(`${e.target}\u0000${e.source}`) ? 5 : 0;
    const ox = (-dy / len) * off, oy = (dx / len) * off;
    const x1 = round1(a.x + (dx / len) * (NODE_R + 2) + ox), y1 = round1(a.y + (dy / len) * (NODE_R + 2) + oy);
    const x2 = round1(b.x - (dx / len) * (NODE_R + 6) + ox), y2 = round1(b.y - (dy / len) * (NODE_R + 6) + oy);
    const count = rels.reduce((t, q) => t + q.count, 0);
    const what = rels.map((q) => `${kindStyle(q.type).label === OTHER_STYLE.label ? q.type.replace(/_/g, ' ') : q.type}${q.count > 1 ? ` ×${q.count}` : ''}`).join(', ');
    const tip = `${nameOf.get(e.source)} → ${nameOf.get(e.target)}: ${what}`;
    lines.push(
      `<g class="relation" data-kind="${esc(main.type)}"><title>${esc(tip)}</title><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${style.colour}" stroke-width="${round1(1.5 + Math.min(3, count - 1))}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} marker-end="url(#${uid}-${KIND_STYLE[main.type] ? main.type : 'other'})"/></g>`,
    );
  }
  const maxChars = 24;
  const marks = order.map((n) => {
    const p = at.get(n.id)!;
    const right = Math.cos(p.a) > 0.2, left = Math.cos(p.a) < -0.2;
    const lx = round1(p.x + (right ? NODE_R + 6 : left ? -(NODE_R + 6) : 0));
    // as many characters as the room beside the circle holds (about 8.7 units each at 16px)
    const room = right ? width - lx - 4 : left ? lx - 4 : width;
    const fit = Math.max(8, Math.min(maxChars, Math.floor(room / 8.7)));
    const text = n.name.length > fit ? `${n.name.slice(0, fit - 1).trimEnd()}…` : n.name;
    const ly = round1(right || left ? p.y + 4 : Math.sin(p.a) < 0 ? p.y - NODE_R - 7 : p.y + NODE_R + 16);
    const anchor = right ? 'start' : left ? 'end' : 'middle';
    const label = `${n.name} (${n.type === 'organization' ? 'organisation' : n.type}): ${all.get(n.id)} statement${all.get(n.id) === 1 ? '' : 's'} of who acts against whom`;
    return `<a href="${esc(n.url_path || actorPath(n.id))}" aria-label="${esc(label)}"><title>${esc(label)}</title><circle cx="${p.x}" cy="${p.y}" r="${NODE_R}" fill="#fff" stroke="#1b1b1b" stroke-width="2" class="node"/><text x="${lx}" y="${ly}" text-anchor="${anchor}" font-size="16" fill="#1b1b1b" stroke="#fff" stroke-width="4" paint-order="stroke" class="node-label">${esc(text)}</text></a>`;
  });
  const legend = [...Object.keys(KIND_STYLE).filter((k) => kinds.has(k)), ...(kinds.has('other') ? ['other'] : [])].map((type) => ({ type, ...kindStyle(type) }));
  const defs = `<defs>${legend.map((k) => `<marker id="${uid}-${k.type}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${k.colour}"/></marker>`).join('')}</defs>`;
  const svg = `${head}${meta}${defs}<rect width="${width}" height="${height}" fill="#fff"/><g class="relations">${lines.join('')}</g><g class="nodes">${marks.join('')}</g></svg>`;
  return { svg, shown: nodes.length, of: all.size, legend };
}
