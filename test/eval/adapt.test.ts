import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPrediction } from '../../scripts/eval/adapt.ts';
import { compromisePrediction } from '../../scripts/eval/baseline.ts';
import { loadGold } from '../../scripts/eval/gold.ts';
import { renderSet } from '../../scripts/eval/report.ts';
import { goldEntities, goldMentions, scoreActors, scoreSet, type Prediction } from '../../scripts/eval/score.ts';
import type { ArticleExtraction, Dossier } from '../../scripts/lib/types.ts';

const ROOT = join(import.meta.dirname, '../..');

// A hand-made extraction of a two-sentence article and the dossier the corpus stages would make of it.
const S1 = 'Governor Ada Okafor met port workers in Lagos on Monday.';
const S2 = '“We will not sell the port,” Okafor said.';
function extraction(): ArticleExtraction {
  return {
    key: 'k',
    meta: {
      id: 'src-a', file: 'a.txt', title: null, outlet: null, published: '2024-03-05', published_basis: null,
      page_date: null, wire: null, dateline: null, url: null, word_count: 20, format: 'txt', encoding: 'utf-8',
    },
    cleaned: {
      file: 'a.txt', title: null, paragraphs: [S1, S2], captions: [], subheadings: [], removed: [], metaLines: [],
      sentences: [
        { n: 1, text: S1, paragraph: 0 },
        { n: 2, text: S2, paragraph: 1 },
      ],
    },
    entities: [
      { key: 'p1', name: 'Ada Okafor', type: 'person', aliases: ['Ada Okafor', 'Okafor'], roles: [], evidence: [], mentions: 2 },
      { key: 'l1', name: 'Lagos', type: 'place', aliases: ['Lagos'], roles: [], evidence: [], mentions: 1 },
    ],
    mentions: [
      { sentence: 1, start: S1.indexOf('Ada'), end: S1.indexOf('Ada') + 10, text: 'Ada Okafor', type: 'person', entity: 'p1' },
      { sentence: 1, start: S1.indexOf('Lagos'), end: S1.indexOf('Lagos') + 5, text: 'Lagos', type: 'place', entity: 'l1' },
      { sentence: 2, start: S2.indexOf('Okafor'), end: S2.indexOf('Okafor') + 6, text: 'Okafor', type: 'person', entity: 'p1' },
    ],
    claims: [
      { kind: 'quote', direct: true, speaker: 'p1', speaker_label: 'Okafor', targets: [], text: 'We will not sell the port,', sentence: 2, sentence_end: 2 },
      { kind: 'statement', direct: false, speaker: null, speaker_label: 'x', targets: [], text: 'indirect', sentence: 1, sentence_end: 1 },
    ],
    events: [
      { type: 'meeting', title: 'm', date: '2024-03-04', precision: 'day', date_text: 'on Monday', agents: ['p1'], patients: [], places: ['l1'], sentence: 1 },
    ],
    images: [],
    warnings: [],
  };
}
const actorRec = (id: string, name: string, type: 'person' | 'place', aliases: string[]) => ({
  id, name, type, aliases, mentions: [{ source: 'src-a', count: 1 }], url_path: `/actors/${id}/`,
  roles: [], description: null, affiliations: [], portrait: null, evidence: [],
});
function dossier(): Dossier {
  return {
    sources: [],
    actors: [actorRec('ada-okafor', 'Ada Okafor', 'person', ['Ada Okafor', 'Okafor']), actorRec('lagos', 'Lagos', 'place', ['Lagos'])],
    claims: [
      {
        id: 'c1', kind: 'quote', direct: true, speaker: 'ada-okafor', speaker_label: 'Okafor', targets: [], text: 'We will not sell the port,',
        source: 'src-a', sentence: S2, sentence_n: 2, cluster: 'c1', independent_reports: 1, grade: 'reported-once',
      },
    ],
    events: [
      {
        id: 'e1', date: '2024-03-04', precision: 'day', type: 'meeting', title: 'm', actors: [], places: [], sources: ['src-a'],
        independent_reports: 1, url_path: '/events/e1/',
        accounts: [{ source: 'src-a', sentence_n: 1, sentence: S1, date: '2024-03-04', date_text: 'on Monday' }],
      },
    ],
    discrepancies: [],
  };
}

describe('toPrediction', () => {
  it('maps mentions to dossier actors by alias and source, and takes quotes and events from the dossier', () => {
    const p = toPrediction([extraction()], dossier());
    expect(p.articles[0].mentions.map((m) => m.actor)).toEqual(['ada-okafor', 'lagos', 'ada-okafor']);
    expect(p.articles[0].quotes).toEqual([{ text: 'We will not sell the port,', speaker: 'ada-okafor', speaker_label: 'Okafor' }]);
    expect(p.articles[0].events).toEqual([{ type: 'meeting', sentence: S1, date: '2024-03-04' }]);
    // the extractor's own events are kept beside the dossier's accounts
    expect(p.articles[0].extracted_events).toEqual([{ type: 'meeting', sentence: S1, date: '2024-03-04' }]);
  });
  it('prefers the pipeline actorOf map over alias lookup', () => {
    const d = dossier();
    d.actors.push(actorRec('someone-else', 'Okafor', 'person', ['Okafor']));
    const p = toPrediction([extraction()], d, new Map([['src-a\u0000p1', 'someone-else']]));
    expect(p.articles[0].mentions.map((m) => m.actor)).toEqual(['someone-else', 'lagos', 'someone-else']);
  });
  it('falls back to article-scoped local entities, claims and events when there is no dossier', () => {
    const p = toPrediction([extraction()], null);
    const ids = p.articles[0].mentions.map((m) => m.actor);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[0]).toContain('a.txt');
    expect(p.actors.find((a) => a.id === ids[0])!.aliases).toEqual(['Ada Okafor', 'Okafor']);
    expect(p.articles[0].quotes).toHaveLength(1); // the indirect claim is not a quote
    expect(p.articles[0].quotes[0].speaker).toBe(ids[0]);
    expect(p.articles[0].events[0].sentence).toBe(S1);
  });
});

describe('compromise baseline', () => {
  it('returns trimmed spans with offsets into the sentence', async () => {
    const p = await compromisePrediction([{ file: 'a.txt', sentences: [{ n: 1, text: 'Yesterday John Smith flew to Paris.' }] }]);
    const texts = p.articles[0].mentions.map((m) => [m.text, 'Yesterday John Smith flew to Paris.'.slice(m.start, m.end)]);
    for (const [t, s] of texts) expect(t).toBe(s);
    expect(texts.map(([t]) => t)).toEqual(expect.arrayContaining(['John Smith', 'Paris']));
  });
  it('does not throw on odd input', async () => {
    const p = await compromisePrediction([{ file: 'x', sentences: [{ n: 1, text: '' }, { n: 2, text: '\u0000\u{1F600}“”' }] }]);
    expect(p.articles).toHaveLength(1);
  });
});

describe('gold scored against itself', () => {
  // A prediction made from the gold must score perfectly: checks the scorer and the annotations together
  // (e.g. no form claimed by two entities, no quote that cannot be matched).
  const gold = loadGold(join(ROOT, 'test/fixtures/annotations'));
  for (const set of ['bundled', 'other']) {
    it(`${set}: every figure is 1 and nothing is split or merged`, () => {
      const g = gold.filter((a) => a.set === set);
      const entities = goldEntities(g);
      const pred: Prediction = {
        actors: [...entities.values()].map((e) => ({ id: e.id, type: e.type, aliases: e.forms })),
        articles: g.map((a) => {
          const dir = set === 'bundled' ? 'sources' : 'test/fixtures/articles';
          const text = readFileSync(join(ROOT, dir, a.file), 'utf8').replace(/\s+/g, ' ');
          const sentences = [{ n: 1, text }];
          return {
            file: a.file,
            sentences,
            mentions: goldMentions(sentences, a.actors).map((m) => ({ ...m, text: m.form, actor: m.id })),
            quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speaker_label: q.speaker_label ?? '' })),
            events: a.events.map((e) => ({ type: e.type, sentence: `… ${e.evidence} …`, date: e.date })),
          };
        }),
      };
      const s = scoreSet(set, g, pred);
      expect(s.actors.mentions.recall_resolved.value).toBe(1);
      expect(s.actors.mentions.precision_resolved.value).toBe(1);
      expect(s.actors.entities.recall.value).toBe(1);
      expect(s.actors.entities.precision.value).toBe(1);
      expect(s.actors.purity.value).toBe(1);
      expect(s.actors.split).toBe(0);
      expect(s.actors.merged_names).toEqual([]);
      expect(s.quotes.exact.recall.value).toBe(1);
      expect(s.quotes.speaker.value).toBe(1);
      expect(s.events.recall.value).toBe(1);
      expect(s.events.date_exact.value).toBe(1);
      const table = renderSet({ set, dir: 'x', basis: 'gold', pipeline: s, compromise: scoreActors(g, pred) });
      expect(table).toContain('1.00');
    });
  }
});
