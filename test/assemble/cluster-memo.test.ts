// The event clustering's memo (ClusterMemo, event-clusters.ts): a later pass that reuses the items and
// cluster bodies of an earlier one gives exactly what clustering without it gives, after inputs were
// re-read, added, removed or edited. Also the one-sentence path of sentenceSpan and ActorLookup's memo
// (inputs.ts). Every account and name here is invented.
import { describe, expect, it } from 'vitest';
import { ClusterMemo, clusterEventsDetailed, eventRecords, type EventInput } from '../../scripts/assemble/event-clusters.ts';
import { reconcileEventDates, type ConsistencySource } from '../../scripts/assemble/date-consistency.ts';
import { ActorLookup, sentenceSpan } from '../../scripts/assemble/inputs.ts';
import type { ArticleEvent, ArticleExtraction } from '../../scripts/lib/types.ts';

/** A small deterministic generator (the same corpus on every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES: ArticleEvent['type'][] = ['attack', 'strike', 'arrest', 'meeting', 'statement', 'protest', 'killing'];
const ACTORS = ['orlen-guard', 'vasko-front', 'teal-union', 'marrow-council', 'kell-army', 'ivo-pelt', 'dara-sund'];
const PLACES = ['brenmoor', 'quillhaven', 'ostrel'];
const DAYS = ['2023-03-02', '2023-03-09', '2023-03-21', '2023-04-11', '2023-03', '2023'];

/** Invented accounts of a handful of happenings, spread over `sources` articles. */
function corpus(seed: number, sources: number): { inputs: EventInput[]; src: ConsistencySource[]; reportOf: Map<string, string> } {
  const r = random(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const src: ConsistencySource[] = [];
  const inputs: EventInput[] = [];
  for (let s = 0; s < sources; s++) {
    const id = `s${String(s).padStart(3, '0')}`;
    src.push({ id, file: `${id}.txt`, published: r() < 0.8 ? pick(['2023-03-05', '2023-03-28', '2023-04-15']) : null, report: r() < 0.2 ? 'wire-1' : `r-${id}` });
    const n = 1 + Math.floor(r() * 5);
    for (let k = 1; k <= n; k++) {
      const date = r() < 0.7 ? pick(DAYS) : null;
      const type = pick(TYPES);
      const event: ArticleEvent = {
        type,
        title: `${type} reported near the river crossing ${k}`,
        date,
        precision: date ? (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') : null,
        date_text: date ? pick(['on Friday', 'earlier this week', 'on March 21', 'in March']) : r() < 0.3 ? 'on Friday' : null,
        agents: [],
        patients: [],
        places: [],
        sentence: k,
        ...(r() < 0.2 ? { date_inferred: true } : {}),
        ...(r() < 0.3 ? { quantities: [{ value: 2 + Math.floor(r() * 4), what: 'people' }] } : {}),
      };
      inputs.push({
        sourceId: id,
        event,
        agentActors: r() < 0.7 ? [pick(ACTORS)] : [],
        patientActors: r() < 0.7 ? [pick(ACTORS)] : [],
        placeActors: r() < 0.6 ? [pick(PLACES)] : [],
        sentenceText: `Police said the ${type} happened on Friday, and officials arrested ${k} people in March.`,
        reference: src[s].published,
      });
    }
  }
  return { inputs, src, reportOf: new Map(src.map((s) => [s.id, s.report])) };
}

const plain = (inputs: EventInput[], reportOf: Map<string, string>) => JSON.stringify(clusterEventsDetailed(inputs, reportOf));

describe('ClusterMemo', () => {
  for (const seed of [1, 7, 42]) {
    it(`a second pass with the memo equals clustering afresh (seed ${seed})`, () => {
      const { inputs, src, reportOf } = corpus(seed, 60);
      const memo = new ClusterMemo();
      const first = clusterEventsDetailed(inputs, reportOf, memo);
      expect(JSON.stringify(first)).toBe(plain(inputs, reportOf));
      // the same inputs again: everything reused, the same result
      expect(JSON.stringify(clusterEventsDetailed(inputs, reportOf, memo))).toBe(JSON.stringify(first));
      // some sources re-read against a range, one account edited, one removed, one added
      const reread = inputs.map((inp, i) => (i % 7 === 3 ? { ...inp, reference: null, referenceRange: i % 2 ? { from: '2023-03-20', to: '2023-03-31' } : null } : inp));
      reread[5] = { ...reread[5], event: { ...reread[5].event, type: 'killing', title: 'killing at the ferry landing' } };
      reread.splice(9, 1);
      reread.push({ ...inputs[2], sourceId: 's999', event: { ...inputs[2].event, sentence: 12 } });
      expect(JSON.stringify(clusterEventsDetailed(reread, reportOf, memo))).toBe(plain(reread, reportOf));
      // another report map: bodies made with the old one are not reused
      const merged = new Map([...reportOf].map(([k]) => [k, 'one-report']));
      expect(JSON.stringify(clusterEventsDetailed(reread, merged, memo))).toBe(plain(reread, merged));
      // the whole date check, first and second pass, as assemble.ts runs it
      const checked = reconcileEventDates(inputs, src, reportOf);
      const second = checked.clusters ?? clusterEventsDetailed(checked.inputs, reportOf, checked.memo);
      expect(JSON.stringify(eventRecords(second, reportOf))).toBe(JSON.stringify(eventRecords(clusterEventsDetailed(checked.inputs, reportOf), reportOf)));
    });
  }
});

describe('sentenceSpan and ActorLookup', () => {
  const x = { cleaned: { sentences: ['The ferry left at dawn.', 'Crews waved from the pier.', 'Nobody was hurt.'].map((text, i) => ({ n: i + 1, text })) } } as unknown as ArticleExtraction;
  const general = (from: number, to: number) => x.cleaned.sentences.slice(from - 1, Math.max(from, to)).map((s) => s.text).join(' ');
  it('one sentence reads as the general span does', () => {
    for (const [from, to] of [[1, 1], [2, 2], [3, 0], [3, 3], [4, 4], [2, 3], [1, 3], [0, 0], [0, 1], [2, NaN], [2, undefined as unknown as number]]) {
      expect(sentenceSpan(x, from, to)).toBe(general(from, to));
    }
  });
  it('the memo answers as the map does, for visible, hidden and unknown entities', () => {
    const actorOf = new Map([['a\u0000p1', 'ivo-pelt'], ['a\u0000p2', 'dara-sund'], ['b\u0000p1', 'ivo-pelt']]);
    const lookup = new ActorLookup(actorOf, new Set(['ivo-pelt']));
    for (let round = 0; round < 2; round++) {
      expect([lookup.actorFor('a', 'p1'), lookup.actorFor('a', 'p2'), lookup.actorFor('a', 'p3'), lookup.actorFor('b', 'p1'), lookup.actorFor('b', null)]).toEqual(['ivo-pelt', null, null, 'ivo-pelt', null]);
      expect(lookup.actorsFor('a', ['p2', 'p1', 'p1'])).toEqual(['ivo-pelt']);
    }
  });
});
