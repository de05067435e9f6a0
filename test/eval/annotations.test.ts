// The gold annotations are data the evaluation trusts: check they are well-formed and faithful to
// the articles they describe (every form, quote and evidence fragment occurs verbatim in the body).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, parseGold } from '../../scripts/eval/gold.ts';
import { goldEntities } from '../../scripts/eval/score.ts';

const ROOT = join(import.meta.dirname, '../..');
const ANN = join(ROOT, 'test/fixtures/annotations');
const problems: string[] = [];
const gold = loadGold(ANN, problems);
const flat = (s: string) => s.replace(/\s+/g, ' ');
const articlePath = (set: string, file: string) => join(ROOT, set === 'bundled' ? 'sources' : 'test/fixtures/articles', file);

describe('gold annotations', () => {
  it('parse without problems and cover the five bundled articles and at least four others', () => {
    expect(problems).toEqual([]);
    const bundled = gold.filter((g) => g.set === 'bundled').map((g) => g.file);
    expect(bundled.sort()).toEqual(readdirSync(join(ROOT, 'sources')).filter((f) => /\.(txt|md|html)$/.test(f)).sort());
    expect(gold.filter((g) => g.set === 'other').length).toBeGreaterThanOrEqual(4);
  });

  it('are named after their article and every other article has one', () => {
    for (const n of readdirSync(ANN)) {
      const g = parseGold(readFileSync(join(ANN, n), 'utf8'), n);
      expect(n).toBe(`${g!.file}.yml`);
    }
    for (const f of readdirSync(join(ROOT, 'test/fixtures/articles')))
      expect(existsSync(join(ANN, `${f}.yml`)), f).toBe(true);
  });

  for (const g of gold) {
    it(`${g.file}: forms, quotes and evidence occur verbatim in the article`, () => {
      const text = flat(readFileSync(articlePath(g.set, g.file), 'utf8'));
      for (const a of g.actors) for (const f of a.forms) expect(text.includes(f), `form ${f}`).toBe(true);
      for (const q of g.quotes) expect(text.includes(flat(q.text)), `quote ${q.text}`).toBe(true);
      for (const e of g.events) expect(text.includes(flat(e.evidence)), `evidence ${e.evidence}`).toBe(true);
      // unnamed speakers are described in the text
      for (const q of g.quotes) if (q.speaker === null) expect(q.speaker_label && text.includes(q.speaker_label), q.text).toBeTruthy();
    });
  }

  it('own fixture articles are 400-800 words', () => {
    for (const g of gold.filter((x) => x.set === 'other')) {
      const raw = readFileSync(articlePath(g.set, g.file), 'utf8');
      const body = raw.replace(/^---[\s\S]*?\n---\n/, '').replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, ' ');
      const words = body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(words, g.file).toBeGreaterThanOrEqual(400);
      expect(words, g.file).toBeLessThanOrEqual(800);
    }
  });

  it('give one entity one id and one type across each set', () => {
    for (const set of ['bundled', 'other']) {
      const types = new Map<string, string>();
      for (const g of gold.filter((x) => x.set === set))
        for (const a of g.actors) {
          expect(types.get(a.id) ?? a.type, `${g.file} ${a.id}`).toBe(a.type);
          types.set(a.id, a.type);
        }
    }
  });

  it('join the bundled spelling variants into one entity', () => {
    const e = goldEntities(gold.filter((g) => g.set === 'bundled'));
    expect(e.get('mustafa-al-kadhimi')!.forms).toEqual(expect.arrayContaining(['Kadhimi', 'Kadhemi', 'Al-Kazemi']));
    expect(e.get('kataib-hezbollah')!.forms).toEqual(expect.arrayContaining(['Kataib Hezbollah', 'Kataeb Hezbollah']));
    expect(e.get('popular-mobilization-forces')!.forms).toEqual(
      expect.arrayContaining(['Hashed al-Shaabi', 'Hashd al-Shaabi', 'PMF', 'Popular Mobilization Forces', 'Hashed', 'Hashd']),
    );
  });

  it('date events only as precisely as the publication date allows', () => {
    // 002 has no publication date and no dated copy: only its own date words carry dates, as anchored by the
    // other reports of the events it shares with them (August 2020, issue 18); the events it only alludes to
    // stay null. 001 has none either, but its relative dates are read against its wire report's dated copy
    // (004): month precision.
    const byFile = new Map(gold.map((g) => [g.file, g]));
    const e001 = byFile.get('001_eb2d348de878cb8c.txt')!.events;
    expect(e001.filter((e) => e.date !== null).map((e) => e.date).sort()).toEqual(['2003', '2020-01-03', '2020-05', '2020-06', '2020-10', '2020-12']);
    const e002 = byFile.get('002_4003a2322dbc9ac4.txt')!.events;
    expect(e002.filter((e) => e.date !== null).map((e) => e.date).sort()).toEqual(['2020', '2020-05', '2020-07', '2020-08', '2020-08-04', '2020-08-07']);
    expect(e002.filter((e) => e.date === null).length).toBe(7);
    expect(byFile.get('004_21f7ebbefd25b24b.txt')!.events.find((e) => e.evidence.includes('took office'))!.date).toBe('2020-05');
  });
});
