// The /network/ page's data: the drawing and the full list of connections as text (strongest first), each
// relation with links to the sentences it rests on.
import type { Dossier, Network, NetworkNode } from '../lib/types.ts';
import { sentenceHref } from './addresses.ts';
import { edgeReason, networkSvg } from './network-svg.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
            href: sentenceHref(ev.source, ev.sentence_n),
          })),
        })),
      };
    })
    .sort((x, y) => y.weight - x.weight || byText(x.from.name, y.from.name) || byText(x.to.name, y.to.name));
  return { svg: networkSvg(net, { width, height, maxNodes: opts.maxNodes ?? 60 }), nodes: nodes.size, edges, totalEdges: all.length };
}
