import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNetwork } from '../../scripts/site/network.ts';
import { edgeReason, egoNetwork, egoSvg, networkSvg } from '../../scripts/site/network-svg.ts';
import { drawnActors, relationsDrawing } from '../../scripts/site/relations-drawing.ts';
import { networkPage } from '../../scripts/site/network-page.ts';
import { fixtureDossier, fixtureSentences } from './fixture.ts';

const edge = (net: ReturnType<typeof buildNetwork>, a: string, b: string) => net.edges.find((e) => e.source === a && e.target === b);

describe('buildNetwork', () => {
  const net = buildNetwork(fixtureDossier(), fixtureSentences());

  it('weights co-mentions by shared sentences (duplicates in one sentence count once)', () => {
    // lena+harbor share s1#1, s1#2, s2#1; the pair also has typed relations, so it is directed harbor -> lena.
    const lh = edge(net, 'harbor-front', 'lena-marsh');
    expect(lh?.relations.find((r) => r.type === 'co-mention')?.count).toBe(3);
    const ln = edge(net, 'lena-marsh', 'northern-guard');
    expect(ln?.relations.find((r) => r.type === 'co-mention')).toMatchObject({ count: 1, evidence: [{ source: 's1', sentence_n: 1 }] });
    // Unknown ids are ignored, single-actor sentences make no edge.
    expect(net.edges.some((e) => e.source === 'unknown-actor' || e.target === 'unknown-actor')).toBe(false);
    expect(net.nodes.map((n) => n.id)).toContain('velor');
    expect(net.nodes.find((n) => n.id === 'lena-marsh')?.weight).toBe(9);
  });

  it('adds typed relations from claims, events and affiliations, one per claim cluster', () => {
    const lh = edge(net, 'harbor-front', 'lena-marsh')!;
    expect(lh.directed).toBe(true);
    const accuses = lh.relations.find((r) => r.type === 'accuses')!;
    expect(accuses.count).toBe(1); // c1 and c1b are one cluster
    expect(accuses.evidence).toEqual([{ source: 's1', sentence_n: 4 }, { source: 's3', sentence_n: 4 }]);
    expect(lh.relations.find((r) => r.type === 'threatens')?.count).toBe(1);
    expect(lh.weight).toBe(3 + 2 * 2);
    expect(edgeReason(lh)).toBe('accuses, threatens, co-mentioned in 3 sentences');
    // Both directions: harbor attacks northern, northern arrests harbor -> two directed edges.
    expect(edge(net, 'harbor-front', 'northern-guard')?.relations.map((r) => r.type)).toContain('attacks');
    expect(edge(net, 'northern-guard', 'harbor-front')?.relations.map((r) => r.type)).toEqual(['arrests']);
    expect(edge(net, 'lena-marsh', 'northern-guard')?.relations.map((r) => r.type)).toEqual(['leads', 'co-mention']);
    // A claim without a named speaker makes no edge.
    expect(net.edges.filter((e) => e.target === 'northern-guard' && e.relations.some((r) => r.type === 'accuses'))).toHaveLength(0);
  });

  it('never throws on odd input', () => {
    expect(buildNetwork({} as never, new Map())).toEqual({ nodes: [], edges: [] });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.array(fc.constantFrom('lena-marsh', 'velor', 'x', ''))))
        , (pairs) => {
        const n = buildNetwork(fixtureDossier(), new Map(pairs));
        expect(Array.isArray(n.edges)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

/** The network with its nodes on a circle (the drawings place nodes themselves; these tests need positions). */
function onCircle(net: ReturnType<typeof buildNetwork>): ReturnType<typeof buildNetwork> {
  return { nodes: net.nodes.map((n, i) => ({ ...n, x: Math.round(100 * Math.cos(i)), y: Math.round(100 * Math.sin(i)) })), edges: net.edges };
}

describe('networkSvg', () => {
  const net = buildNetwork(fixtureDossier(), fixtureSentences());

  it('draws linked nodes with shapes per type, reasons on edges, arrows, and escapes names', () => {
    const svg = networkSvg(onCircle(net), { width: 600, height: 400 });
    expect(svg).toMatch(/<title id="[^"]+">Actor network<\/title><desc id=/);
    expect(svg).toContain('<a href="/actors/lena-marsh/" aria-label="Lena Marsh (person, 9 mentions)">');
    expect(svg).toMatch(/<a href="\/actors\/lena-marsh\/"[^>]*><title>[^<]*<\/title><circle /);
    expect(svg).toMatch(/<a href="\/actors\/harbor-front\/"[^>]*><title>[^<]*<\/title><rect /);
    expect(svg).toMatch(/<a href="\/actors\/velor\/"[^>]*><title>[^<]*<\/title><polygon /);
    expect(svg).not.toContain('/actors/anton-reyes/'); // no connection: not drawn
    expect(svg).toContain('<title>Harbor Front → Lena Marsh: accuses, threatens, co-mentioned in 3 sentences</title>');
    expect(svg).toMatch(/marker-end="url\(#net-[a-z0-9]+-arrow\)"/);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;Evil &amp; &quot;Co&quot;&lt;/b&gt;');
  });

  it('draws at most 3 edges per node, keeping typed relations and the strongest co-mentions', () => {
    const svg = networkSvg(onCircle(net), { width: 600, height: 400, maxNodes: 2 });
    // The two most connected nodes, and the one edge between them.
    expect((svg.match(/<a href=/g) ?? []).length).toBe(2);
    expect((svg.match(/<g class="edge[ "]/g) ?? []).length).toBe(1);
    const many = { nodes: net.nodes, edges: Array.from({ length: 30 }, (_, i) => ({ id: `x${i}`, source: 'velor', target: 'evil', weight: i, directed: false, relations: [{ type: 'co-mention', count: i, evidence: [] }] })) };
    const drawn = networkSvg(many, { width: 600, height: 400 });
    expect((drawn.match(/<g class="edge[ "]/g) ?? []).length).toBe(6);
    expect(drawn).toContain('co-mentioned in 29 sentences');
    expect(drawn).not.toContain('co-mentioned in 23 sentences');
  });

  it('keeps only the most connected nodes under maxNodes, but always the highlighted one', () => {
    const svg = networkSvg(onCircle(net), { width: 600, height: 400, maxNodes: 2, highlight: 'anton-reyes' });
    expect((svg.match(/<a href=/g) ?? []).length).toBe(2);
    expect(svg).toContain('/actors/anton-reyes/');
    expect(svg).toContain('Network around Anton Reyes');
  });
});

describe('egoNetwork', () => {
  const net = buildNetwork(fixtureDossier(), fixtureSentences());
  it('keeps the actor and its strongest neighbours, with the edges among them', () => {
    const ego = egoNetwork(net, 'lena-marsh', 2);
    expect(ego.nodes.map((n) => n.id)).toEqual(['lena-marsh', 'harbor-front', 'northern-guard']);
    expect(ego.nodes[0]).toMatchObject({ x: 0, y: 0 });
    expect(ego.edges.every((e) => ['lena-marsh', 'harbor-front', 'northern-guard'].includes(e.source))).toBe(true);
    expect(ego.edges.some((e) => e.source === 'harbor-front' && e.target === 'northern-guard')).toBe(true);
    const all = egoNetwork(net, 'lena-marsh');
    expect(all.nodes.map((n) => n.id).sort()).toEqual(['evil', 'harbor-front', 'lena-marsh', 'northern-guard']);
    // Between neighbours only typed relations are kept: evil and northern-guard only share a sentence.
    expect(net.edges.some((e) => e.source === 'evil' && e.target === 'northern-guard')).toBe(true);
    expect(all.edges.some((e) => e.source === 'evil' && e.target === 'northern-guard')).toBe(false);
    expect(egoNetwork(net, 'nobody')).toEqual({ nodes: [], edges: [] });
    const svg = networkSvg(ego, { width: 300, height: 300, highlight: 'lena-marsh' });
    expect(svg).toMatch(/class="node highlight"/);
  });

  it("weighs a neighbour by its tie to the actor, so the drawing does not change with the neighbour's other mentions", () => {
    const ego = egoNetwork(net, 'lena-marsh');
    const tie = (id: string) => net.edges.filter((e) => (e.source === id && e.target === 'lena-marsh') || (e.target === id && e.source === 'lena-marsh')).reduce((t, e) => t + e.weight, 0);
    for (const n of ego.nodes.slice(1)) expect(n.weight).toBe(tie(n.id));
    expect(ego.nodes[0].weight).toBe(net.nodes.find((n) => n.id === 'lena-marsh')!.weight);
    // A neighbour named far more often elsewhere: the same ego drawing.
    const busier = { ...net, nodes: net.nodes.map((n) => (n.id === 'harbor-front' ? { ...n, weight: n.weight + 500 } : n)) };
    const draw = (g: typeof net) => egoSvg(g, 'lena-marsh');
    expect(draw(busier)).toBe(draw(net));
    expect(draw(net)).toContain('Lena Marsh (person, ');
    expect(draw(net)).toContain('aria-label="Harbor Front (organisation)"');
  });
});

describe('the /network/ page: who acts against whom, drawn and in tables', () => {
  const net = buildNetwork(fixtureDossier(), fixtureSentences());

  it('draws the actors most involved in typed relations, each labelled, with an arrow per relation styled by its kind', () => {
    const picked = drawnActors(net, 2).map((n) => n.id);
    // harbor-front takes part in the most typed relations (accuses, threatens, attacks, is arrested)
    expect(picked[0]).toBe('harbor-front');
    expect(picked).toHaveLength(2);
    const d = relationsDrawing(net);
    expect(d.shown).toBe(d.of);
    const labels = [...d.svg.matchAll(/<text [^>]*class="node-label">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toHaveLength(d.shown);
    expect(labels).toContain('Harbor Front');
    expect(d.svg).toMatch(/<g class="relation" data-kind="attacks">/);
    expect(d.svg).not.toContain('co-mention');
    expect(d.legend.map((k) => k.type)).toEqual(expect.arrayContaining(['attacks', 'arrests']));
    // the same network draws the same bytes
    expect(relationsDrawing(buildNetwork(fixtureDossier(), fixtureSentences())).svg).toBe(d.svg);
  });

  it('escapes names in the drawing', () => {
    const evil = { nodes: [{ id: 'a', name: '<script>x</script>', type: 'person' as const, url_path: '/actors/a/', weight: 1, x: 0, y: 0 }, { id: 'b', name: 'B & "C"', type: 'organization' as const, url_path: '/actors/b/', weight: 1, x: 0, y: 0 }], edges: [{ id: 'e', source: 'a', target: 'b', weight: 2, directed: true, relations: [{ type: 'accuses', count: 1, evidence: [] }] }] };
    const svg = relationsDrawing(evil).svg;
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('B &amp; &quot;C&quot;');
  });

  it('lists one row per directed pair with typed relations, most stated first, and counts co-mentions per actor only', () => {
    const page = networkPage(net, fixtureDossier());
    expect(page.edges.every((e) => e.relations.every((r) => r.type !== 'co-mention'))).toBe(true);
    const weights = page.edges.map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const hl = page.edges.find((e) => e.from.id === 'harbor-front' && e.to.id === 'lena-marsh')!;
    expect(hl.reason).toBe('accuses, threatens');
    expect(hl.relations[0].evidence[0].href).toMatch(/#s-4$/);
    const harbor = page.actors.find((a) => a.id === 'harbor-front')!;
    expect(harbor.acts).toBeGreaterThanOrEqual(3);
    expect(harbor.actedOn).toBe(1);
    expect(harbor.namedWith).toBeGreaterThanOrEqual(1);
    expect(page.totalEdges).toBe(net.edges.length);
  });
});
