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

describe('indexMentions, actor order', () => {
  it('lists actors in the order first named, across articles, and each article under an actor in corpus order', () => {
    const later = extraction('s3', [['k', 2], ['h', 1]]);
    const index = indexMentions({ actors: [...dossier.actors, { id: 'kite' }] } as unknown as Dossier, [...extractions, later], new Map([...actorOf, ['s3\u0000k', 'kite'], ['s3\u0000h', 'harbor']]));
    expect([...index.sentencesOf.keys()]).toEqual(['harbor', 'guard', 'marsh', 'kite']);
    expect([...index.sentencesOf.get('harbor')!.keys()]).toEqual(['s1', 's3']);
    // sentences are keyed as the actors are walked: harbor's first, then those only later actors name
    expect([...index.actorsInSentence.keys()]).toEqual(['s1#1', 's1#2', 's1#3', 's3#1', 's2#4', 's2#1', 's3#2']);
  });

  it('lists a sentence once per actor and article, however often and under whichever of its entities it is named there', () => {
    const twice = extraction('s4', [['a', 2], ['b', 1], ['a', 2], ['b', 2], ['a', 1], ['b', 5]]);
    const index = indexMentions({ actors: [{ id: 'plover' }] } as unknown as Dossier, [twice], new Map([['s4\u0000a', 'plover'], ['s4\u0000b', 'plover']]));
    expect(index.sentencesOf.get('plover')!.get('s4')).toEqual([2, 1, 5]);
    expect(index.actorsInSentence.get('s4#2')).toEqual(['plover']);
    expect(index.sentenceActorsOf.get('plover')).toEqual([['plover'], ['plover'], ['plover']]);
  });
});
