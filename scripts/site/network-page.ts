// The /network/ page's data: the drawing of who acts against whom (relations-drawing.ts), the table of
// those relations with links to the sentences they rest on, and the table of the most connected actors.
// Actors merely named together are counted there, not listed pair by pair (the exports carry every edge).
import type { Dossier, Network, NetworkNode } from '../lib/types.ts';
import { sentenceHref } from './addresses.ts';
import { edgeReason } from './network-svg.ts';
import { kindStyle, relationsDrawing } from './relations-drawing.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface ActorRef {
  id: string;
  name: string;
  url_path: string;
}

/** One directed pair of actors and the typed relations between them. */
export interface NetworkPageEdge {
  from: ActorRef;
  to: ActorRef;
  directed: boolean;
  /** Statements of the relations (all kinds). */
  weight: number;
  /** "accuses ×2, threatens". */
  reason: string;
  /** The first relation's kind, for its colour. */
  kind: string;
  colour: string;
  relations: { type: string; label: string; count: number; evidence: { label: string; href: string }[] }[];
}

/** An actor of the network with what it takes part in. */
export interface NetworkPageActor extends ActorRef {
  type: string;
  /** Statements of its acting against others, of others acting against it. */
  acts: number;
  actedOn: number;
  /** Actors it is named with in the same sentences. */
  namedWith: number;
  mentions: number;
}

export interface NetworkPage {
  svg: string;
  /** Actors drawn, of those with typed relations. */
  drawn: { shown: number; of: number };
  legend: { type: string; label: string; colour: string; dash: string }[];
  /** Every directed typed relation between two actors, most stated first. */
  edges: NetworkPageEdge[];
  /** The most connected actors, most involved first. */
  actors: NetworkPageActor[];
  /** Actors in the network, edges of every kind (for the exports page). */
  nodes: number;
  totalEdges: number;
}

/** Everything the /network/ page shows (see the file's comment). Pass a network (laid out or not). */
export function networkPage(net: Network, dossier: Dossier, opts: { maxDrawn?: number; maxActors?: number; maxEvidence?: number } = {}): NetworkPage {
  const nodes = new Map((net?.nodes ?? []).map((n) => [n.id, n]));
  const outlet = new Map((dossier?.sources ?? []).map((s) => [s.id, s.outlet || s.title || s.id]));
  const maxEvidence = opts.maxEvidence ?? 4;
  const all = (net?.edges ?? []).filter((e) => nodes.has(e.source) && nodes.has(e.target));
  const ref = (n: NetworkNode): ActorRef => ({ id: n.id, name: n.name, url_path: n.url_path });

  const edges: NetworkPageEdge[] = [];
  for (const e of all) {
    const typed = e.relations.filter((r) => r.type !== 'co-mention');
    if (!typed.length || e.source === e.target) continue;
    edges.push({
      from: ref(nodes.get(e.source)!),
      to: ref(nodes.get(e.target)!),
      directed: e.directed,
      weight: typed.reduce((t, r) => t + r.count, 0),
      reason: edgeReason({ ...e, relations: typed }),
      kind: typed[0].type,
      colour: kindStyle(typed[0].type).colour,
      relations: typed.map((r) => ({
        type: r.type,
        label: edgeReason({ ...e, relations: [r] }),
        count: r.count,
        evidence: r.evidence.slice(0, maxEvidence).map((ev) => ({ label: `${outlet.get(ev.source) ?? ev.source}, sentence ${ev.sentence_n}`, href: sentenceHref(ev.source, ev.sentence_n) })),
      })),
    });
  }
  edges.sort((x, y) => y.weight - x.weight || byText(x.from.name, y.from.name) || byText(x.to.name, y.to.name));

  const stats = new Map<string, { acts: number; actedOn: number; partners: Set<string> }>();
  const of = (id: string) => stats.get(id) ?? (stats.set(id, { acts: 0, actedOn: 0, partners: new Set() }), stats.get(id)!);
  for (const e of all) {
    if (e.source === e.target) continue;
    for (const r of e.relations) {
      if (r.type === 'co-mention') {
        of(e.source).partners.add(e.target);
        of(e.target).partners.add(e.source);
      } else {
        of(e.source).acts += r.count;
        of(e.target).actedOn += r.count;
      }
    }
  }
  const actors = [...stats.entries()]
    .map(([id, s]) => {
      const n = nodes.get(id)!;
      return { ...ref(n), type: n.type, acts: s.acts, actedOn: s.actedOn, namedWith: s.partners.size, mentions: n.weight };
    })
    .sort((a, b) => b.acts + b.actedOn - (a.acts + a.actedOn) || b.namedWith - a.namedWith || b.mentions - a.mentions || byText(a.id, b.id))
    .slice(0, opts.maxActors ?? 25);

  const drawing = relationsDrawing(net, { max: opts.maxDrawn ?? 14 });
  return { svg: drawing.svg, drawn: { shown: drawing.shown, of: drawing.of }, legend: drawing.legend, edges, actors, nodes: nodes.size, totalEdges: all.length };
}
