// The exports as analysts' tools read them: networkx (Python, Debian's python3-networkx) and graphology for
// GraphML, node-ical for the calendar, @rowanmanning/feed-parser for the Atom feed, csv-parse for CSV.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGraphmlWith } from 'graphology-graphml';

export interface NetworkxGraph {
  /** networkx's class for what it read: DiGraph, MultiDiGraph, Graph, MultiGraph. */
  kind: string;
  directed: boolean;
  nodes: { id: string; data: Record<string, unknown> }[];
  edges: { source: string; target: string; data: Record<string, unknown> }[];
}

const NETWORKX = `
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[1])
json.dump({
  "kind": type(G).__name__,
  "directed": G.is_directed(),
  "nodes": [{"id": n, "data": d} for n, d in G.nodes(data=True)],
  "edges": [{"source": u, "target": v, "data": d} for u, v, d in G.edges(data=True)],
}, sys.stdout)
`;

/** Reads GraphML with networkx.read_graphml; throws with Python's last error line when networkx refuses it. */
export function readWithNetworkx(graphml: string): NetworkxGraph {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-nx-')), 'network.graphml');
  fs.writeFileSync(file, graphml);
  const r = spawnSync('python3', ['-c', NETWORKX, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`python3 could not be run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`networkx refused the GraphML: ${r.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(r.stdout) as NetworkxGraph;
}

/** Reads GraphML with graphology-graphml into a graphology multigraph whose type (directed, undirected) the file sets. */
export function readWithGraphology(graphml: string): MultiGraph {
  return parseGraphmlWith(MultiGraph, graphml);
}
