// Hand-made fixtures (own text) for the event stages: extraction rules, clustering, discrepancies,
// robustness and speed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractEvents } from '../../scripts/extract/events/index.ts';
import { clusterEvents, clusterEventsDetailed, consensusDate, eventRecords, type EventInput } from '../../scripts/assemble/event-clusters.ts';
import { findDiscrepancies } from '../../scripts/assemble/discrepancies.ts';
import type { ArticleEvent } from '../../scripts/lib/types.ts';
import { articleFromText } from './corpus.ts';

const text = `Police in Lisbon arrested 12 members of the Harbour Syndicate on Tuesday, officials said in a statement issued to reporters.

Eleven were released within hours, and the last was let go later that week after questioning by investigators.

If there are new arrests, the union will strike again in the coming weeks across the country.

Protests are daily in the capital and threats are common against journalists working there.`;

describe('extractEvents', () => {
  const a = articleFromText('t1', text, '2021-03-05'); // a Friday
  const evs = extractEvents(a.cleaned, a.meta, a.entities, a.mentions);
  it('reads a dated arrest with its quantity and a short title', () => {
    const arrest = evs.find((e) => e.type === 'arrest');
    expect(arrest).toMatchObject({ date: '2021-03-02', precision: 'day', date_text: 'on Tuesday', sentence: 1 });
    expect(arrest!.quantities).toEqual(expect.arrayContaining([{ value: 12, what: 'members' }]));
    expect(arrest!.title).toMatch(/arrested 12 members/i);
    expect(arrest!.title.split(' ').length).toBeLessThanOrEqual(13);
  });
  it('reads the release that follows and no hypothetical or generic happenings', () => {
    const rel = evs.find((e) => e.type === 'release');
    expect(rel?.sentence).toBe(2);
    expect(rel?.quantities?.[0]).toEqual({ value: 11, what: 'released' });
    expect(evs.filter((e) => e.sentence >= 3)).toEqual([]);
  });
  it('returns [] for odd input instead of throwing', () => {
    const meta = a.meta;
    expect(extractEvents({ ...a.cleaned, sentences: [] }, meta, [], [])).toEqual([]);
    expect(extractEvents(undefined as never, meta, [], [])).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const r = extractEvents({ ...a.cleaned, sentences: [{ n: 1, text: s, paragraph: 0 }] }, meta, [], []);
        expect(Array.isArray(r)).toBe(true);
      }),
      { numRuns: 200 },
    );
 }, 30_000); // fast-check's own generation is slow on a loaded machine
});

function ev(type: ArticleEvent['type'], date: string | null, sentence = 1, extra: Partial<ArticleEvent> = {}): ArticleEvent {
  return { type, title: `${type} title`, date, precision: date ? (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') : null, date_text: date, agents: [], patients: [], places: [], sentence, ...extra };
}
function inp(sourceId: string, e: ArticleEvent, agents: string[], patients: string[], sentenceText = 'x', places: string[] = []): EventInput {
  return { sourceId, event: e, agentActors: agents, patientActors: patients, placeActors: places, sentenceText };
}

describe('clusterEvents', () => {
  it('merges a month-precision account into a day-precision event and keeps the day', () => {
    const recs = clusterEvents(
      [inp('a', ev('killing', '2019-05'), [], ['p1']), inp('b', ev('strike', '2019-05-04'), ['x'], ['p1']), inp('c', ev('killing', '2019-05-04'), [], ['p1'])],
      new Map([['a', 'ra'], ['b', 'rb'], ['c', 'rc']]),
    );
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ date: '2019-05-04', precision: 'day', type: 'killing', sources: ['a', 'b', 'c'], independent_reports: 3 });
    expect(recs[0].id).toBe('2019-05-04-killing-p1');
  });
  it('keeps events with other actors or incompatible dates apart; undated ones are not records', () => {
    const recs = clusterEvents(
      [inp('a', ev('arrest', '2019-05'), [], ['p1']), inp('b', ev('arrest', '2019-07'), [], ['p1']), inp('c', ev('arrest', '2019-05'), [], ['p2']), inp('d', ev('arrest', null), [], ['p3'])],
      new Map(),
    );
    expect(recs.map((r) => r.date)).toEqual(['2019-05', '2019-05', '2019-07']);
  });
  it('counts wire copies once', () => {
    const recs = clusterEvents([inp('a', ev('visit', '2019-05-01'), ['v'], []), inp('b', ev('visit', '2019-05-01'), ['v'], [])], new Map([['a', 'w'], ['b', 'w']]));
    expect(recs[0].independent_reports).toBe(1);
  });
  it('consensus: the most precise date that more reports support than contradict', () => {
    expect(consensusDate([{ date: '2020-01-03', report: 'a' }, { date: '2020-01-04', report: 'b' }])).toBe('2020-01');
    expect(consensusDate([{ date: '2020-01-03', report: 'a' }, { date: '2020-01-03', report: 'c' }, { date: '2020-01-04', report: 'b' }])).toBe('2020-01-03');
    expect(consensusDate([{ date: '2020', report: 'a' }, { date: '2020-01-03', report: 'b' }])).toBe('2020-01-03');
  });
  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ s: fc.constantFrom('a', 'b', 'c'), d: fc.option(fc.constantFrom('2020', '2020-01', '2020-01-03', '2021-02-02', 'bad')), p: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }) }), { maxLength: 40 }), (xs) => {
        const ins = xs.map((x, i) => inp(x.s, ev('attack', x.d, i + 1), [], x.p));
        const recs = clusterEvents(ins, new Map());
        for (const r of recs) expect(r.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(Array.isArray(findDiscrepancies(recs, ins, []))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('findDiscrepancies', () => {
  const s1 = 'Nine of the hostages were freed after two days, and the rest were let go later.';
  const s2 = 'Nine hostages were freed within hours, but one woman is still held by the kidnappers.';
  const ins = [
    inp('a', ev('release', '2019-05', 3, { quantities: [{ value: 9, what: 'hostages' }] }), [], ['h'], s1),
    inp('b', ev('release', '2019-05', 7, { quantities: [{ value: 9, what: 'hostages' }] }), [], ['h'], s2),
  ];
  it('reports a duration and an outcome disagreement between two reports, with sentences', () => {
    const recs = clusterEvents(ins, new Map([['a', 'ra'], ['b', 'rb']]));
    const ds = findDiscrepancies(recs, ins, [], new Map([['a', 'ra'], ['b', 'rb']]));
    expect(ds.map((d) => d.sides.map((s) => s.value).sort())).toEqual(
      expect.arrayContaining([['after two days', 'within hours'], ['all freed', 'one or more still held']]),
    );
    for (const d of ds) {
      expect(d.sources).toEqual(['a', 'b']);
      expect(d.actors).toEqual(['h']);
    }
    expect(ds.find((d) => d.topic.startsWith('How long'))!.sides.find((s) => s.value === 'within hours')!.sentences).toEqual([{ source: 'b', sentence_n: 7 }]);
  });
  it('never lets two copies of one report disagree', () => {
    const same = new Map([['a', 'w'], ['b', 'w']]);
    expect(findDiscrepancies(clusterEvents(ins, same), ins, [], same)).toEqual([]);
  });
  it('gives the same result from the clusters the caller already has as from clustering again', () => {
    const reportOf = new Map([['a', 'ra'], ['b', 'rb']]);
    const clusters = clusterEventsDetailed(ins, reportOf);
    const recs = eventRecords(clusters, reportOf);
    const again = findDiscrepancies(recs, ins, []);
    expect(again.length).toBeGreaterThan(0);
    expect(findDiscrepancies(recs, ins, [], undefined, { clusters, reportOf })).toEqual(again);
    // clusters made with another report map are not used: copies of one report still never disagree
    const same = new Map([['a', 'w'], ['b', 'w']]);
    expect(findDiscrepancies(clusterEvents(ins, same), ins, [], same, { clusters, reportOf })).toEqual([]);
  });
});
