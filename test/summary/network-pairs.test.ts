import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../scripts/lib/types.ts';
import { buildNetwork } from '../../scripts/site/network.ts';

// Invented actors a1..a14, named together in sentences: a sentence that names an actor twice, and a long list.
const ids = Array.from({ length: 14 }, (_, i) => `a${String(i + 1).padStart(2, '0')}`);
const dossier = { sources: [], claims: [], events: [], relations: [], actors: ids.map((id) => ({ id, name: id, type: 'person', url_path: `/actors/${id}/`, mentions: [] })) } as unknown as Dossier;

describe('buildNetwork co-mentions', () => {
  it('pairs each actor of a sentence once, an actor named twice and one unknown counting once', () => {
    const net = buildNetwork(dossier, new Map([['s1#2', ['a02', 'ghost', 'a01', 'a02']]]));
    expect(net.edges.map((e) => [e.id, e.weight, e.relations[0].evidence])).toEqual([['e-a01--a02', 1, [{ source: 's1', sentence_n: 2 }]]]);
  });

  it('pairs only the first twelve distinct actors of a sentence that lists more', () => {
    // a14 and a13 come last (after a repeat of a01): the twelve first distinct ones are a01..a12
    const net = buildNetwork(dossier, new Map([['s2#1', [...ids.slice(0, 12), 'a01', 'a14', 'a13']]]));
    const named = new Set(net.edges.flatMap((e) => [e.source, e.target]));
    expect(named.has('a13') || named.has('a14')).toBe(false);
    expect(net.edges).toHaveLength((12 * 11) / 2);
  });
});
