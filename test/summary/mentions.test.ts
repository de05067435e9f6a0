import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, Dossier } from '../../scripts/lib/types.ts';
import { indexMentions } from '../../scripts/site/mentions.ts';

// Two invented articles naming three actors; one entity has no actor, one actor is not in the dossier.
const extraction = (id: string, mentions: [string, number][]) =>
  ({ meta: { id }, mentions: mentions.map(([entity, sentence]) => ({ entity, sentence, start: 0, end: 1 })) }) as unknown as ArticleExtraction;
const dossier = { actors: [{ id: 'harbor' }, { id: 'guard' }, { id: 'marsh' }] } as unknown as Dossier;
const extractions = [
  extraction('s1', [['h', 1], ['g', 1], ['h', 2], ['x', 2], ['m', 3], ['g', 3], ['h', 3], ['gone', 1]]),
  extraction('s2', [['g', 4], ['m', 4], ['m', 1]]),
];
const actorOf = new Map([
  ['s1\u0000h', 'harbor'], ['s1\u0000g', 'guard'], ['s1\u0000m', 'marsh'], ['s1\u0000gone', 'hidden'],
  ['s2\u0000g', 'guard'], ['s2\u0000m', 'marsh'],
]);

describe('indexMentions', () => {
  const index = indexMentions(dossier, extractions, actorOf);

  it('lists the sentences naming each actor, and the actors of each sentence', () => {
    expect([...index.sentencesOf.get('harbor')!].map(([s, ns]) => [s, [...ns]])).toEqual([['s1', [1, 2, 3]]]);
    expect([...index.sentencesOf.get('marsh')!].map(([s, ns]) => [s, [...ns]])).toEqual([['s1', [3]], ['s2', [4, 1]]]);
    expect(index.actorsInSentence.get('s1#3')).toEqual(['harbor', 'guard', 'marsh']);
    expect(index.actorsInSentence.get('s1#1')).toEqual(['harbor', 'guard']);
    expect(index.sentencesOf.has('hidden')).toBe(false);
  });

  it("gives each actor its sentences' actor lists in the order of sentencesOf", () => {
    for (const [actor, perSource] of index.sentencesOf) {
      const expected = [...perSource].flatMap(([s, ns]) => [...ns].map((n) => index.actorsInSentence.get(`${s}#${n}`)));
      expect(index.sentenceActorsOf.get(actor)).toEqual(expected);
    }
  });
});
