// The evaluation's own small measures: names carrying a title, events matched to an annotation by their
// sentence, the score-devset.py comparison key, the command-line options, own annotations in devset form.
import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../scripts/eval/args.ts';
import { devNorm, devNormStart, pyList, pyRepr } from '../../scripts/eval/devset-norm.ts';
import { matchEvent, stems } from '../../scripts/eval/event-match.ts';
import { ownAsDevset } from '../../scripts/eval/own-as-devset.ts';
import { leadingTitle, titleCarried } from '../../scripts/eval/titles.ts';

const surf = (...xs: string[]) => new Set(xs.map(devNorm));

describe('names carrying a title', () => {
  it('a title or the tail of an office before an annotated name', () => {
    expect(titleCarried('Secretary of State Jane Roe', 'person', surf('Jane Roe'), devNorm)).toMatch(/Secretary of State/);
    expect(titleCarried('State Jane Roe', 'person', surf('Jane Roe', 'Roe'), devNorm)).toMatch(/"State" before "Jane Roe"/);
    expect(titleCarried('Police Chief Omar Haddad', 'person', surf('Omar Haddad'), devNorm)).not.toBeNull();
    expect(titleCarried('Harbour Union commander Omar Haddad', 'person', surf('Omar Haddad'), devNorm)).not.toBeNull();
    expect(titleCarried('Minister of Interior Omar Haddad', 'organization', surf('Omar Haddad'), devNorm)).not.toBeNull();
  });
  it('honorifics of several languages open a person name', () => {
    for (const n of ['Sheikh Omar Haddad', 'Daw Khin Lay', 'Hojatoleslam Reza Amini', 'Sayyed Ali Nouri', 'Alhaji Musa Bello', 'Mr. Haddad'])
      expect(titleCarried(n, 'person', surf(), devNorm), n).not.toBeNull();
    expect(leadingTitle('Major General Omar Haddad')).toBe('Major General');
  });
  it('not: a surface the annotation lists, a first name, a body of another, a title alone', () => {
    expect(titleCarried('General Motors', 'organization', surf('General Motors'), devNorm)).toBeNull();
    expect(titleCarried('Mahinda Perera', 'person', surf('Perera', 'Mahinda Perera'), devNorm)).toBeNull();
    expect(titleCarried('Office of the Prosecutor of the Court', 'organization', surf('Court'), devNorm)).toBeNull();
    expect(titleCarried('Presidency Council of the Accord', 'organization', surf('Accord'), devNorm)).toBeNull();
    expect(titleCarried('General Assembly', 'organization', surf(), devNorm)).toBeNull();
    expect(titleCarried('President', 'person', surf(), devNorm)).toBeNull();
  });
});

describe('events matched by their sentence', () => {
  const cands = [
    { sentence: 'Security forces on Wednesday arrested Lena Ostrova, the deputy leader of the movement.', date: '2031-06-04' },
    { sentence: 'A joint force arrested Lena Ostrova at her residence in Norvik, her party said.', date: null },
    { sentence: 'The weather in Norvik was mild.', date: '2031-06-04' },
  ];
  it('by the words of the description: every sentence sharing half of them', () => {
    const hits = matchEvent({ what: 'Lena Ostrova arrested at her residence in Norvik (per her party)', evidence: null }, cands);
    expect(hits.map((h) => h.date)).toEqual(['2031-06-04', null]);
    expect(matchEvent({ what: 'Floods in the southern valley', evidence: null }, cands)).toEqual([]);
  });
  it('by an evidence span when the annotation has one', () => {
    expect(matchEvent({ what: 'x', evidence: 'arrested  Lena Ostrova at her' }, cands).map((h) => h.date)).toEqual([null]);
  });
  it('stems leave out notes in parentheses and function words', () => {
    expect([...stems('The arrival (on Sunday) of the envoys')].sort()).toEqual(['arriv', 'envoy']);
  });
});

describe('score-devset.py comparison key', () => {
  it('normalises as Python does and slices code points', () => {
    expect(devNorm('  “Ça  va’\n ')).toBe('"ça va\'');
    expect(devNormStart('😀'.repeat(40), 30)).toBe('😀'.repeat(30));
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyList(['a', 'b'])).toBe("['a', 'b']");
  });
});

describe('eval options', () => {
  it('parse sets, dossier, json, verbose; reject what they do not know', () => {
    expect(parseEvalArgs(['--set', 'a', '--set', 'b', '--verbose', '--json', 'f.json'])).toEqual({ sets: ['a', 'b'], dossier: null, json: 'f.json', verbose: true });
    expect(() => parseEvalArgs(['--sets', 'a'])).toThrow(/unknown option --sets/);
    expect(() => parseEvalArgs(['--set'])).toThrow(/--set needs a value/);
    expect(() => parseEvalArgs(['--dossier', 'd.json'])).toThrow(/exactly one --set/);
  });
});

describe('own annotations in devset form', () => {
  it('keeps forms, quotes (unnamed ones by label), dated events and the publication date', () => {
    const g = ownAsDevset('other', '/x', [
      {
        file: 'a.txt', set: 'other', published: '2031-01-02',
        actors: [{ id: 'ana-lind', type: 'person', forms: ['Ana Lind', 'Lind'] }],
        quotes: [{ text: 'We stay', speaker: 'ana-lind' }, { text: 'No comment', speaker: null, speaker_label: 'a spokesman' }],
        events: [{ type: 'arrest', evidence: 'was arrested', date: '2031-01-01', actors: [] }, { type: 'other', evidence: 'later', date: null, actors: [] }],
      },
    ]);
    const a = g.articles[0];
    expect(a.actors).toEqual([{ name: 'ana-lind', type: 'person', surface: ['Ana Lind', 'Lind'], boilerplate: false, incidental: false }]);
    expect(a.quotes.map((q) => [q.speaker, q.unnamed])).toEqual([['ana-lind', false], ['a spokesman', true]]);
    expect(a.events).toEqual([{ date: '2031-01-01', basis: null, inferred: false, what: 'was arrested', evidence: 'was arrested' }]);
    expect(a.published).toBe('2031-01-02');
    expect(g.covers).toEqual({ reported: false, relations: false, basis: false, published: true });
  });
});
