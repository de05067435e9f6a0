// Relation records across sources (scripts/assemble/relations.ts): local keys to actor ids, claim and
// event links, independent reports counted by report (wire copies once), deterministic ids.
import { describe, expect, it } from 'vitest';
import { ActorLookup } from '../../scripts/assemble/inputs.ts';
import { relationRecords } from '../../scripts/assemble/relations.ts';
import type { ArticleExtraction, ArticleRelation, ClaimRecord, EventRecord } from '../../scripts/lib/types.ts';

function extraction(id: string, sentences: string[], relations: ArticleRelation[]): ArticleExtraction {
  return {
    key: id,
    meta: { id, file: `${id}.txt`, title: null, outlet: null, published: null, published_basis: null, page_date: null, wire: null, dateline: null, url: null, word_count: 0, format: 'txt', encoding: 'utf-8' },
    cleaned: { file: `${id}.txt`, title: null, paragraphs: sentences, sentences: sentences.map((text, i) => ({ n: i + 1, text, paragraph: i })), captions: [], subheadings: [], removed: [], metaLines: [] },
    entities: [],
    mentions: [],
    claims: [],
    events: [],
    relations,
    images: [],
    warnings: [],
  };
}

const rel = (kind: ArticleRelation['kind'], from: string, to: string, sentence: number, claim: number | null = null): ArticleRelation => ({ kind, from, to, sentence, verb: kind === 'attacks' ? 'shelled' : 'accused', claim });

describe('relationRecords', () => {
  const xs = [
    extraction('b-copy', ['The brigade shelled Velmora.'], [rel('attacks', 'brig', 'vel', 1)]),
    extraction('a-wire', ['The brigade shelled Velmora.', 'The mayor accused the brigade.'], [rel('attacks', 'brigade', 'velmora', 1), rel('accuses', 'mayor', 'brigade', 2, 0)]),
    extraction('c-own', ['Velmora was shelled by the brigade.'], [rel('attacks', 'nb', 'v', 1), rel('attacks', 'nb', 'ghost', 1)]),
  ];
  const actorOf = new Map([
    ['a-wire\u0000brigade', 'northern-brigade'], ['a-wire\u0000velmora', 'velmora'], ['a-wire\u0000mayor', 'ida-vos'],
    ['b-copy\u0000brig', 'northern-brigade'], ['b-copy\u0000vel', 'velmora'],
    ['c-own\u0000nb', 'northern-brigade'], ['c-own\u0000v', 'velmora'], ['c-own\u0000ghost', 'hidden-actor'],
  ]);
  const lookup = new ActorLookup(actorOf, new Set(['northern-brigade', 'velmora', 'ida-vos']));
  const reports = new Map([['a-wire', 'report-wire'], ['b-copy', 'report-wire'], ['c-own', 'report-c-own']]);
  const claims = [{ id: 'a-wire-c1' }] as ClaimRecord[];
  const events = [{ id: 'ev-shelling', type: 'attack', accounts: [{ source: 'c-own', sentence_n: 1, sentence: '', date: null, date_text: null }] }] as EventRecord[];
  const out = relationRecords(xs, lookup, reports, claims, events);

  it('maps local keys to actors, drops hidden ends, and orders by source', () => {
    expect(out.map((r) => `${r.id} ${r.from} ${r.kind} ${r.to}`)).toEqual([
      'a-wire-r1 northern-brigade attacks velmora',
      'a-wire-r2 ida-vos accuses northern-brigade',
      'b-copy-r1 northern-brigade attacks velmora',
      'c-own-r1 northern-brigade attacks velmora',
    ]);
    expect(out[0].evidence).toBe('The brigade shelled Velmora.');
    expect(out[0].verb).toBe('shelled');
  });

  it('counts independent reports: two copies of one wire story count once', () => {
    expect(out.filter((r) => r.kind === 'attacks').map((r) => r.independent_reports)).toEqual([2, 2, 2]);
    expect(out[1].independent_reports).toBe(1);
  });

  it('links the claim it comes from and the event told in the same sentence', () => {
    expect(out[1].claim).toBe('a-wire-c1');
    expect(out[0].claim).toBeNull();
    expect(out[3].event).toBe('ev-shelling');
    expect(out[0].event).toBeNull();
  });

  it('is the same for the same input', () => {
    expect(JSON.stringify(relationRecords(xs, lookup, reports, claims, events))).toBe(JSON.stringify(out));
  });
});
