// Syndication: copies of one story share a report id; sources that merely overlap do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSyndication, normWords, sentenceShingles } from '../../scripts/assemble/syndication.ts';
import type { CleanedArticle, SourceMeta } from '../../scripts/lib/types.ts';
import { loadSources, metaOf } from './corpus.ts';
import { simpleClean } from './corpus.ts';

const meta = (id: string, published: string | null = null, wire: string | null = null): SourceMeta => ({
  id, file: `${id}.txt`, title: null, outlet: null, published, published_basis: null, page_date: null, wire,
  dateline: null, url: null, word_count: 0, format: 'txt', encoding: 'utf-8',
});
const art = (id: string, text: string, published: string | null = null, wire: string | null = null) => ({
  id, meta: meta(id, published, wire), cleaned: simpleClean(`${id}.txt`, text) as CleanedArticle,
});

// A wire story written for this test, and two outlets' versions of it.
const WIRE = [
  'Dock workers at the port of Halvik walked off the job on Tuesday, halting container traffic for the first time in a decade.',
  'The strike was called after talks on pensions broke down late on Monday, union officials said.',
  '"We gave the employers every chance to make a fair offer," said union leader Mara Felden.',
  'The port handles roughly a third of the country\'s container imports, and shippers warned of delays within days.',
  'The port authority said it would seek a court order to end the stoppage.',
  'Economists at the national bank estimated that each day of the strike would cost the economy about 40 million euros.',
  'No new talks have been scheduled.',
];
const outletA = ['Halvik Daily — your city, your news', ...WIRE, 'Sign up for our newsletter to get the latest news every morning.'].join('\n\n');
// the second outlet re-types quotes and apostrophes, drops one paragraph and adds its own
const outletB = [
  'COASTAL TIMES',
  ...WIRE.filter((_, i) => i !== 5).map((p) => p.replace(/"/g, '“').replace(/'/g, '’')),
  'The Coastal Times contacted three shipping lines, which declined to comment on the stoppage.',
  'Sign up for our newsletter to get the latest news every morning.',
].join('\n\n');
// an independent story on the same events that quotes the same union leader once
const other = [
  'Shipping lines began diverting vessels away from Halvik on Wednesday as the dock strike entered its second day.',
  '"We gave the employers every chance to make a fair offer," said union leader Mara Felden.',
  'Two container ships were rerouted to a rival port across the bay, according to tracking data.',
  'Retailers said shelves could empty within a fortnight if the dispute drags on.',
  'Sign up for our newsletter to get the latest news every morning.',
].join('\n\n');

describe('normWords', () => {
  it('gives ASCII text (fast path) the same words as the Unicode path', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ09 \'`.,;-_"!?\t'.split('')) }), (s) => {
        // One trailing non-ASCII word sends the same text down the Unicode path.
        expect(normWords(s + ' \u00e9')).toEqual([...normWords(s), 'e']);
      }),
    );
    expect(normWords("Officials DIDN'T say `no` to 42 ships")).toEqual(['officials', 'didnt', 'say', 'no', 'to', '42', 'ships']);
    expect(normWords('Caf\u00e9 \u201cna\u00efve\u2019s\u201d')).toEqual(['cafe', 'naives']);
  });
});

describe('detectSyndication', () => {
  it('joins the two AFP copies in the bundled sources (001 and 004) and nothing else', () => {
    const arts = loadSources();
    const { reportOf, copies } = detectSyndication(arts.map((a) => ({ id: a.id, meta: metaOf(a), cleaned: a.cleaned })));
    const r = (p: string) => reportOf.get(arts.find((a) => a.id.startsWith(p))!.id);
    expect(r('001')).toBe(r('004'));
    expect(new Set(['000', '001', '002', '003'].map(r)).size).toBe(4);
    expect(copies).toHaveLength(1);
    expect(copies[0].sources.map((s) => s.slice(0, 3))).toEqual(['001', '004']);
    // 001 carries no publication date of its own, 004 does: the dated one names the report
    expect(copies[0].report).toBe(`report-${arts.find((a) => a.id.startsWith('004'))!.id}`);
    expect(copies[0].shared_sentences).toBeGreaterThanOrEqual(10);
  });

  it('sees through re-typed quotes and a dropped paragraph, but not a shared quote or boilerplate', () => {
    const { reportOf, copies } = detectSyndication([
      art('b-coastal', outletB, '2024-03-06', 'Reuters'),
      art('a-halvik', outletA, '2024-03-05', 'Reuters'),
      art('c-other', other, '2024-03-05'),
    ]);
    expect(reportOf.get('a-halvik')).toBe('report-a-halvik'); // earliest published
    expect(reportOf.get('b-coastal')).toBe('report-a-halvik');
    expect(reportOf.get('c-other')).toBe('report-c-other');
    expect(copies).toEqual([{ report: 'report-a-halvik', sources: ['a-halvik', 'b-coastal'], wire: 'Reuters', shared_sentences: 6 }]);
  });

  it('names the report after the first id when no member is dated, and is order-independent', () => {
    const one = detectSyndication([art('z2', outletA), art('z1', outletB)]);
    const two = detectSyndication([art('z1', outletB), art('z2', outletA)]);
    expect(one.reportOf.get('z2')).toBe('report-z1');
    expect([...one.reportOf].sort()).toEqual([...two.reportOf].sort());
  });

  it('gives every source its own report on empty or odd input', () => {
    const { reportOf, copies } = detectSyndication([art('e1', ''), art('e2', ''), art('e3', '\u0000\uFFFF🙂')]);
    expect([...reportOf.values()]).toEqual(['report-e1', 'report-e2', 'report-e3']);
    expect(copies).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 5 }), (texts) => {
        const r = detectSyndication(texts.map((t, i) => art(`f${i}`, t)));
        expect(r.reportOf.size).toBe(texts.length);
      }),
      { numRuns: 100 },
    );
  });

  it('shingles ignore case, quote style and diacritics', () => {
    expect(sentenceShingles('“Café” prices rose, he said today.')).toEqual(sentenceShingles('"cafe" Prices rose, he said today.'));
  });

  it('scales: 4,000 articles of ~30 sentences, with copies among them, in a few seconds', () => {
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000);
    const vocab = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const sentence = () => Array.from({ length: 12 + Math.floor(rnd() * 10) }, () => vocab[Math.floor(rnd() * vocab.length)]).join(' ') + '.';
    const base = Array.from({ length: 4000 }, () => Array.from({ length: 30 }, sentence));
    for (let i = 1; i < 4000; i += 100) base[i] = base[i - 1].slice(0, 25); // 40 copies
    const arts = base.map((ss, i) => ({
      id: `s${String(i).padStart(4, '0')}`,
      meta: meta(`s${i}`),
      cleaned: { file: '', title: null, paragraphs: [], sentences: ss.map((text, k) => ({ n: k + 1, text, paragraph: k })), captions: [], subheadings: [], removed: [], metaLines: [] } as CleanedArticle,
    }));
    // (its speed is the benchmark's to measure: here, every copy found in a large corpus)
    const { copies } = detectSyndication(arts);
    expect(copies).toHaveLength(40);
  }, 120_000);
});
