import { describe, expect, it } from 'vitest';
import {
  dateAtPrecision,
  goldMentions,
  labelsOverlap,
  normName,
  normQuote,
  scoreActors,
  scoreEvents,
  scoreQuotes,
  tokenOverlap,
  typesCompatible,
  type GoldArticle,
  type Prediction,
} from '../../scripts/eval/score.ts';

// Tiny hand-made corpus: two articles, one person spelled two ways, an organisation and a place.
const S1 = 'President Ada Okafor met the Lagos Port Authority (LPA) in Lagos on Monday.';
const S2 = '“We will not sell the port,” Okafor said, adding that the LPA had “no plans” yet.';
const S3 = 'Ada Okaffor later visited Abuja, an aide said.';

const gold: GoldArticle[] = [
  {
    file: 'a.txt',
    set: 'other',
    actors: [
      { id: 'ada-okafor', type: 'person', forms: ['Ada Okafor', 'Okafor'] },
      { id: 'lpa', type: 'organization', forms: ['Lagos Port Authority', 'LPA'] },
      { id: 'lagos', type: 'place', forms: ['Lagos'] },
    ],
    quotes: [
      { text: 'We will not sell the port,', speaker: 'ada-okafor' },
      { text: 'no plans', speaker: 'lpa' },
    ],
    events: [
      { type: 'meeting', evidence: 'met the Lagos Port Authority', date: '2024-03-04', actors: ['ada-okafor', 'lpa'] },
    ],
  },
  {
    file: 'b.txt',
    set: 'other',
    actors: [
      { id: 'ada-okafor', type: 'person', forms: ['Ada Okaffor'] },
      { id: 'abuja', type: 'place', forms: ['Abuja'] },
    ],
    quotes: [],
    events: [{ type: 'visit', evidence: 'later visited Abuja', date: null, actors: ['ada-okafor'] }],
  },
];

const span = (s: string, sub: string, from = 0) => {
  const i = s.indexOf(sub, from);
  if (i < 0) throw new Error(`no ${sub}`);
  return { start: i, end: i + sub.length, text: sub };
};

describe('normalisation', () => {
  it('ignores case, apostrophe style, possessives and edge punctuation in names', () => {
    expect(normName('Iran’s')).toBe('iran');
    expect(normName(' Al-Kazemi. ')).toBe('al-kazemi');
    expect(normName('Jones')).toBe('jones');
  });
  it('ignores quote-mark style, whitespace and edge punctuation in quotes', () => {
    expect(normQuote('“We  will\nnot sell,”')).toBe(normQuote('"We will not sell"'));
    expect(normQuote('cut off the ears…')).toBe('cut off the ears');
  });
});

describe('goldMentions', () => {
  it('finds every word-bounded occurrence, longest form first, without overlaps', () => {
    const m = goldMentions(
      [
        { n: 1, text: S1 },
        { n: 2, text: S2 },
      ],
      gold[0].actors,
    );
    expect(m.map((x) => [x.sentence, x.form])).toEqual([
      [1, 'Ada Okafor'],
      [1, 'Lagos Port Authority'],
      [1, 'LPA'],
      [1, 'Lagos'],
      [2, 'Okafor'],
      [2, 'LPA'],
    ]);
    // "Lagos" inside "Lagos Port Authority" is not counted again, and the second "Lagos" is at the end
    expect(m[3].start).toBe(S1.lastIndexOf('Lagos'));
  });
  it('is word-bounded: a form inside a longer word is not a mention', () => {
    expect(goldMentions([{ n: 1, text: 'The LPAX and OkaforCo' }], gold[0].actors)).toEqual([]);
  });
});

describe('scoreActors', () => {
  const pred: Prediction = {
    actors: [
      { id: 'p1', type: 'person', aliases: ['Ada Okafor', 'Okafor'] },
      { id: 'p2', type: 'person', aliases: ['Ada Okaffor'] }, // split from p1
      { id: 'o1', type: 'organization', aliases: ['Lagos Port Authority', 'Lagos'] }, // merged org+place
      { id: 'x', type: 'person', aliases: ['Monday'] }, // spurious
    ],
    articles: [
      {
        file: 'a.txt',
        sentences: [
          { n: 1, text: S1 },
          { n: 2, text: S2 },
        ],
        mentions: [
          { sentence: 1, ...span(S1, 'Ada Okafor'), actor: 'p1' },
          { sentence: 1, ...span(S1, 'Lagos Port Authority'), actor: 'o1' },
          { sentence: 1, ...span(S1, 'Lagos', S1.indexOf(' in Lagos')), actor: 'o1' },
          { sentence: 1, ...span(S1, 'Monday'), actor: 'x' },
          { sentence: 2, ...span(S2, 'Okafor'), actor: null },
        ],
        quotes: [],
        events: [],
      },
      {
        file: 'b.txt',
        sentences: [{ n: 1, text: S3 }],
        mentions: [{ sentence: 1, ...span(S3, 'Ada Okaffor'), actor: 'p2' }],
        quotes: [],
        events: [],
      },
    ],
  };
  const s = scoreActors(gold, pred);
  it('counts mention precision and recall, lenient and resolved', () => {
    // gold: 6 in a.txt + Ada Okaffor, Abuja in b.txt = 8
    expect(s.mentions.gold).toBe(8);
    expect(s.mentions.predicted).toBe(6);
    // found: Ada Okafor, LPA-long, Lagos, Okafor (unresolved), Ada Okaffor = 5 of 8
    expect(s.mentions.recall.hit).toBe(5);
    // resolved: Okafor has no actor -> 4
    expect(s.mentions.recall_resolved.hit).toBe(4);
    // predicted hitting gold: all but Monday
    expect(s.mentions.precision.hit).toBe(5);
    expect(s.mentions.precision_resolved.hit).toBe(4);
  });
  it('scores entities, purity, splits and false merges', () => {
    // people/orgs in gold: ada-okafor, lpa -> both carried
    expect(s.entities.recall).toMatchObject({ hit: 2, total: 2 });
    // predicted people/orgs: p1, p2, o1 correct; x wrong
    expect(s.entities.precision).toMatchObject({ hit: 3, total: 4 });
    expect(s.entities.recall_by_type.place).toMatchObject({ hit: 1, total: 2 });
    expect(s.split_ids).toEqual(['ada-okafor']);
    expect(s.merged).toBe(1);
    expect(s.merged_names[0]).toContain('Lagos Port Authority');
    // purity: p1 {ada:1}, o1 {lpa:1, lagos:1}, p2 {ada:1} -> 3/4
    expect(s.purity).toMatchObject({ hit: 3, total: 4 });
  });
  it('gives zeros, not errors, for an empty prediction', () => {
    const e = scoreActors(gold, { actors: [], articles: [] });
    expect(e.mentions.gold).toBe(0); // no sentences to find gold forms in
    expect(e.entities.recall).toMatchObject({ hit: 0, total: 2 });
    expect(e.entities.precision.value).toBeNull();
  });
});

describe('scoreQuotes', () => {
  const base = { sentences: [], mentions: [], events: [] };
  it('matches exact and overlapping quotes one-to-one and checks speakers', () => {
    const pred: Prediction = {
      actors: [
        { id: 'p1', type: 'person', aliases: ['Okafor'] },
        { id: 'o1', type: 'organization', aliases: ['Lagos Port Authority'] },
      ],
      articles: [
        {
          file: 'a.txt',
          ...base,
          quotes: [
            { text: '"We will not sell the port"', speaker: 'p1', speaker_label: 'Okafor' }, // exact after normalising
            { text: 'no plans yet at all for now', speaker: null, speaker_label: 'the LPA' }, // 2/7 tokens: no match
            { text: 'We will not sell the port', speaker: 'p1', speaker_label: 'Okafor' }, // duplicate: unmatched
          ],
        },
      ],
    };
    const q = scoreQuotes(gold, pred);
    expect(q.gold).toBe(2);
    expect(q.predicted).toBe(3);
    expect(q.exact.recall).toMatchObject({ hit: 1, total: 2 });
    expect(q.exact.precision).toMatchObject({ hit: 1, total: 3 });
    expect(q.overlap.recall.hit).toBe(1);
    expect(q.speaker).toMatchObject({ hit: 1, total: 1 });
    expect(q.misses.map((m) => m.text)).toEqual(['no plans']);
  });
  it('accepts a partial quote covering half the tokens, and scores unnamed speakers by label', () => {
    const g: GoldArticle[] = [
      {
        file: 'c.txt',
        set: 'other',
        actors: [],
        quotes: [{ text: 'the port is not for sale. Not now, not ever', speaker: null, speaker_label: 'a senior official' }],
        events: [],
      },
    ];
    const mk = (text: string, speaker_label: string): Prediction => ({
      actors: [],
      articles: [{ file: 'c.txt', ...base, quotes: [{ text, speaker: null, speaker_label }] }],
    });
    const ok = scoreQuotes(g, mk('the port is not for sale', 'one senior ministry official'));
    expect(ok.exact.recall.hit).toBe(0);
    expect(ok.overlap.recall.hit).toBe(1);
    expect(ok.speaker.hit).toBe(1);
    const bad = scoreQuotes(g, mk('not ever', 'a spokesman'));
    expect(bad.overlap.recall.hit).toBe(0);
    const wrongLabel = scoreQuotes(g, mk('the port is not for sale. Not now, not ever', 'court documents'));
    expect(wrongLabel.exact.recall.hit).toBe(1);
    expect(wrongLabel.speaker.hit).toBe(0);
  });
  it('tokenOverlap and labelsOverlap', () => {
    expect(tokenOverlap('a b c d', 'a b')).toBe(0.5);
    expect(tokenOverlap('', 'a')).toBe(0);
    expect(labelsOverlap('a senior US military official', 'a senior official')).toBe(true);
    expect(labelsOverlap('the minister', 'a senior official')).toBe(false);
  });
});

describe('scoreEvents', () => {
  it('finds events by evidence fragment and compatible type, and scores dates at gold precision', () => {
    const pred: Prediction = {
      actors: [],
      articles: [
        {
          file: 'a.txt',
          sentences: [],
          mentions: [],
          quotes: [],
          events: [{ type: 'visit', sentence: S1, date: '2024-03-04' }],
        },
        {
          file: 'b.txt',
          sentences: [],
          mentions: [],
          quotes: [],
          events: [{ type: 'attack', sentence: S3, date: '2024' }],
        },
      ],
    };
    const e = scoreEvents(gold, pred);
    expect(e.recall).toMatchObject({ hit: 1, total: 2 }); // b.txt: attack is not compatible with visit
    expect(e.date_exact).toMatchObject({ hit: 1, total: 1 });
    expect(e.misses.map((m) => m.file)).toEqual(['b.txt']);
    expect(e.date_misses).toEqual([]);
  });
  it('scores another event list when asked, and lists wrong dates', () => {
    const ev = (date: string | null) => [{ type: 'meeting', sentence: S1, date }];
    const pred: Prediction = {
      actors: [],
      articles: [{ file: 'a.txt', sentences: [], mentions: [], quotes: [], events: ev('2024-03-04'), extracted_events: ev('2024-03') }],
    };
    const e = scoreEvents(gold, pred, (a) => a.extracted_events);
    expect(e.recall.hit).toBe(1);
    expect(e.date_at_precision.hit).toBe(0); // month-precision prediction, day-precision gold
    expect(e.date_misses).toEqual([{ file: 'a.txt', evidence: 'met the Lagos Port Authority', gold: '2024-03-04', predicted: '2024-03' }]);
  });
  it('helpers', () => {
    expect(typesCompatible('strike', 'killing')).toBe(true);
    expect(typesCompatible('arrest', 'release')).toBe(false);
    expect(dateAtPrecision('2020-01-03', '2020-01')).toBe(true);
    expect(dateAtPrecision('2020', '2020-01')).toBe(false);
    expect(dateAtPrecision(null, null)).toBe(true);
    expect(dateAtPrecision('2020-01-03', null)).toBe(false);
  });
});
