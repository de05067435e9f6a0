// The devset-format loader and the family scorers, on the tiny invented set test/fixtures/devset-mini
// and hand-made dossier views (so the counting itself is pinned down, whatever the extraction does).
// The counting mirrors the independent scorer of the development set (score-devset.py, beside the project); the cases below are the rules it applies.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDevset, type DevSet } from '../../scripts/eval/devset-gold.ts';
import { scoreFamilies } from '../../scripts/eval/devset-score.ts';
import type { DossierView, ViewActor, ViewClaim, ViewEvent } from '../../scripts/eval/dossier-view.ts';
import { scoreActorFamily } from '../../scripts/eval/family-actors.ts';
import { scoreEventFamily } from '../../scripts/eval/family-events.ts';
import { headlines } from '../../scripts/eval/family-report.ts';
import { scorePublishedFamily } from '../../scripts/eval/family-published.ts';
import { scoreQuoteFamily } from '../../scripts/eval/family-quotes.ts';
import { scoreRelationFamily } from '../../scripts/eval/family-relations.ts';

const MINI = join(import.meta.dirname, '../fixtures/devset-mini');
const S1 = { id: 's1', file: 'x01_harbour-strike.txt', published: '2031-04-02', page_date: null };
const S2 = { id: 's2', file: 'x02_council-vote.txt', published: null, page_date: null };

function mini(): DevSet {
  const problems: string[] = [];
  const g = loadDevset(MINI, problems);
  expect(problems).toEqual([]);
  return g;
}
const actor = (id: string, name: string, type: string, aliases: string[], sources: string[]): ViewActor => ({
  id, name, type, aliases, mentions: sources.map((source) => ({ source })),
});
const claim = (source: string, kind: string, direct: boolean, speaker: string | null, text: string, extra: Partial<ViewClaim> = {}): ViewClaim => ({
  source, kind, direct, speaker, speaker_label: '', targets: [], text, sentence: text, ...extra,
});
const view = (v: Partial<DossierView>): DossierView => ({ sources: [S1, S2], actors: [], claims: [], events: [], ...v });

describe('devset-format loader', () => {
  it('reads gold.yml and articles.yml of a set', () => {
    const g = mini();
    expect(g.articles.map((a) => a.file)).toEqual(['x01_harbour-strike.txt', 'x02_council-vote.txt']);
    const [a, b] = g.articles;
    expect(a.actors.find((x) => x.name === 'Tomas Brandt')!.surface).toEqual(['Tomas Brandt', 'Brandt']);
    expect(a.quotes.map((q) => q.fragment)).toEqual([false, true]);
    expect(a.reported.map((q) => q.unnamed)).toEqual([false, false, true]);
    expect(a.events.map((e) => e.basis)).toEqual(['relative', 'written', 'outside']);
    expect([a.relations.length, a.not.length, a.maybe.length]).toEqual([1, 1, 1]);
    expect([a.published, a.published_true, b.published, b.published_true]).toEqual(['2031-04-02', '2031-04-02', null, '2031-04-06']);
    expect(g.articlesDir).toBe(join(MINI, 'articles'));
  });

  it('reports every defect on one line naming the file, and skips only the bad item', () => {
    const dir = mkdtempSync(join(tmpdir(), 'devset-bad-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'y01.txt'), 'text');
    writeFileSync(
      join(dir, 'gold.yml'),
      [
        'articles:',
        '- file: y01.txt',
        '  actors:',
        '  - {name: Ana Lind, type: person, surface: [Ana Lind]}',
        '  - {name: No Type, surface: [No Type]}',
        '  quotes:',
        '  - {speaker: Somebody Else, text: hello there}',
        '  events:',
        '  - {date: 31 March, basis: written, what: x}',
        '  - {date: "2031", basis: guessed, what: y}',
        '  relations:',
        '  - {from: Ana Lind, kind: praises, to: No Type}',
        '- file: y02.txt',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'articles.yml'), 'articles:\n- file: y01.txt\n  published: 2031-13\n');
    const problems: string[] = [];
    const g = loadDevset(dir, problems);
    expect(problems).toHaveLength(7);
    for (const p of problems) expect(p).toMatch(/^(y01\.txt|y02\.txt): /);
    expect(problems.join('\n')).toMatch(/actor without name, type/);
    expect(problems.join('\n')).toMatch(/quote speaker "Somebody Else" is neither/);
    expect(problems.join('\n')).toMatch(/event date must be/);
    expect(problems.join('\n')).toMatch(/basis "guessed"/);
    expect(problems.join('\n')).toMatch(/relation needs from, to and a kind/);
    expect(problems.join('\n')).toMatch(/y02\.txt: annotated in gold\.yml but not in/);
    expect(problems.join('\n')).toMatch(/published "2031-13"/);
    expect(g.articles[0].actors.map((a) => a.name)).toEqual(['Ana Lind']);
    expect(g.articles[0].events.map((e) => e.basis)).toEqual([null]);
  });

  it('a folder without gold.yml is one problem, not a crash', () => {
    const problems: string[] = [];
    expect(loadDevset(join(tmpdir(), 'no-such-devset-folder'), problems).articles).toEqual([]);
    expect(problems[0]).toMatch(/gold\.yml: missing/);
  });
});

describe('actors, counted as score-devset.py counts them', () => {
  const actors = [
    actor('brandt', 'Tomas Brandt', 'person', ['Tomas Brandt', 'Brandt'], ['s1']),
    actor('brandt-2', 'Brandt', 'person', ['Brandt'], ['s2']),
    actor('union', 'Harbour Workers Union', 'organization', ['Harbour Workers Union'], ['s1']),
    // a place still finds the gold organisation (recall looks at every type) but is not in the precision
    actor('authority', 'Velmora Port Authority', 'place', ['Velmora Port Authority'], ['s1']),
    actor('varga', 'Director Ilse Varga', 'person', ['Director Ilse Varga'], ['s1']),
    actor('council', 'Velmora city council', 'organization', ['Velmora city council', 'Anna Kessler'], ['s2']),
    actor('velmora', 'Velmora', 'place', ['Velmora'], ['s1', 's2']),
  ];
  const f = scoreActorFamily(view({ actors }), mini());

  it('recall over every predicted type, precision over people and organisations', () => {
    expect([f.recall.hit, f.recall.total]).toEqual([6, 7]);
    expect([f.precision.hit, f.precision.total]).toEqual([4, 5]);
    expect(f.f1).toBeCloseTo((2 * 0.8 * (6 / 7)) / (0.8 + 6 / 7), 10);
    expect(f.missed).toEqual([{ file: 'x01_harbour-strike.txt', name: 'Ilse Varga', type: 'person' }]);
    expect(f.spurious.map((s) => s.name)).toEqual(['Director Ilse Varga']);
    expect(f.per_article.map((a) => [a.recall.hit, a.recall.total, a.precision.hit, a.precision.total])).toEqual([
      [3, 4, 2, 3],
      [3, 3, 2, 2],
    ]);
  });

  it('splits, false merges, titles and type agreement', () => {
    expect(f.split).toEqual([{ name: 'Tomas Brandt', actors: ['brandt', 'brandt-2'] }]);
    expect(f.false_merges).toEqual([{ actor: 'council', names: ['Anna Kessler', 'Velmora city council'] }]);
    expect(f.titled.map((t) => t.name)).toEqual(['Director Ilse Varga']);
    expect([f.type_agreement.hit, f.type_agreement.total]).toEqual([6, 8]);
    expect(f.type_errors.map((e) => [e.name, e.gold, e.predicted.join('+')])).toEqual([
      ['Velmora Port Authority', 'organization', 'place'],
      ['Anna Kessler', 'person', 'organization'],
    ]);
  });

  it('an `acceptable` name is not spurious', () => {
    const g = { ...mini(), acceptable: ['Port Police'] };
    const withExtra = scoreActorFamily(view({ actors: [...actors, actor('police', 'Port Police', 'organization', ['Port Police'], ['s1'])] }), g);
    expect([withExtra.precision.hit, withExtra.precision.total]).toEqual([5, 6]);
  });
});

describe('quotes, fragments and reported speech', () => {
  const actors = [
    actor('brandt', 'Tomas Brandt', 'person', ['Tomas Brandt', 'Brandt'], ['s1', 's2']),
    actor('union', 'Harbour Workers Union', 'organization', ['Harbour Workers Union'], ['s1']),
    actor('council', 'Velmora city council', 'organization', ['Velmora city council'], ['s2']),
  ];
  const claims = [
    claim('s1', 'quote', true, 'brandt', 'We will not unload a single ship until the contracts are signed,'),
    claim('s1', 'quote', true, null, 'reckless', { speaker_label: 'Its director' }),
    claim('s2', 'quote', true, 'council', 'This is a victory for every worker on the quays'),
    claim('s1', 'statement', false, 'union', 'dock workers in the port city of Velmora walked out on Tuesday'),
    // found through its sentence; an unnamed gold speaker is right when the claim has a label
    claim('s1', 'statement', false, null, 'three workers were held', {
      speaker_label: 'a union spokesman',
      sentence: 'Police arrested three workers on 1 April 2031, a union spokesman said.',
    }),
    // a direct quote is never reported speech
    claim('s1', 'quote', true, null, 'the strike was illegal', { speaker_label: 'the port authority' }),
  ];
  const q = scoreQuoteFamily(view({ actors, claims }), mini());

  it('direct quotes: found when a claim holds the first 30 characters; speaker by surfaces', () => {
    expect([q.all.found.hit, q.all.speaker.hit, q.all.found.total]).toEqual([3, 1, 4]);
    expect([q.full.found.hit, q.full.speaker.hit, q.full.found.total]).toEqual([2, 1, 2]);
    expect([q.fragments.found.hit, q.fragments.speaker.hit, q.fragments.found.total]).toEqual([1, 0, 2]);
    const wrong = q.all.misses.filter((m) => m.predicted);
    expect(wrong.map((m) => [m.text, m.predicted])).toEqual([
      ['reckless', ['Its director']],
      ['This is a victory for every worker on the quays', ['council']],
    ]);
  });

  it('reported speech: a non-direct claim whose text or sentence holds the start', () => {
    expect([q.reported.found.hit, q.reported.speaker.hit, q.reported.found.total]).toEqual([2, 2, 4]);
    expect(q.reported.misses.map((m) => m.text)).toEqual(['the strike was illegal', 'the vote was']);
  });
});

describe('relations', () => {
  const actors = [
    actor('brandt', 'Tomas Brandt', 'person', ['Tomas Brandt', 'Brandt'], ['s1']),
    actor('authority', 'Velmora Port Authority', 'organization', ['Velmora Port Authority'], ['s1']),
    actor('varga', 'Ilse Varga', 'person', ['Ilse Varga'], ['s1']),
    actor('union', 'Harbour Workers Union', 'organization', ['Harbour Workers Union'], ['s1']),
    actor('board', 'Harbour Board', 'organization', ['Harbour Board'], ['s2']),
    actor('council', 'Velmora city council', 'organization', ['Velmora city council'], ['s2']),
  ];
  const claims = [
    claim('s1', 'accusation', false, 'brandt', 'x', { targets: ['authority'] }),
    claim('s1', 'accusation', false, 'authority', 'y', { targets: ['brandt'] }), // a `not` pair
    claim('s1', 'statement', false, 'varga', 'z', { targets: ['union'] }), // not a hostile kind
    claim('s2', 'threat', false, 'council', 'w', { targets: ['board'] }), // an end no annotation names
  ];
  const events: ViewEvent[] = [{ type: 'attack', date: '2031-04-01', sources: ['s1'], agents: ['varga'], patients: ['union'] }]; // a `maybe` pair

  it('derived from claims and events: right, wrong, flagrant, maybe ignored', () => {
    const r = scoreRelationFamily(view({ actors, claims, events }), mini());
    expect([r.tp, r.fp, r.fn, r.flagrant, r.kind_right]).toEqual([1, 2, 0, 1, 1]);
    expect(r.read_from).toBe('claims and events');
    expect(r.wrong).toEqual([
      { file: 'x01_harbour-strike.txt', from: 'Velmora Port Authority', to: 'Tomas Brandt', kinds: ['accuses'], flagrant: true },
      { file: 'x02_council-vote.txt', from: 'Velmora city council', to: '?board', kinds: ['threatens'] },
    ]);
    expect(r.precision).toBeCloseTo(1 / 3, 10);
    expect(r.recall).toBe(1);
  });

  it('read from the dossier relation records when the build has them (claims then ignored)', () => {
    const relations = [{ kind: 'attacks', from: 'brandt', to: 'authority', source: 's1', sentence_n: 3 }];
    const r = scoreRelationFamily(view({ actors, claims, events, relations }), mini());
    expect([r.tp, r.fp, r.fn, r.kind_right]).toEqual([1, 0, 0, 0]);
    expect(r.read_from).toBe('relations');
    const none = scoreRelationFamily(view({ actors, claims, events, relations: [] }), mini());
    expect([none.tp, none.fp, none.fn]).toEqual([0, 0, 1]);
    expect(none.missed).toEqual([{ file: 'x01_harbour-strike.txt', from: 'Tomas Brandt', to: 'Velmora Port Authority', kinds: ['accuses'] }]);
  });
});

describe('events and publication dates', () => {
  const strike = 'Dock workers in the port city of Velmora walked out on Tuesday, the Harbour Workers Union said.';
  const arrest = 'Police arrested three workers on 1 April 2031, a union spokesman said.';
  const vote = 'The Velmora city council voted on 5 April 2031 against the new harbour contract.';
  const events: ViewEvent[] = [
    { type: 'protest', date: '2031-04-01', sources: ['s1'], accounts: [{ source: 's1', sentence: strike, date: '2031-04-01', date_text: 'on Tuesday' }] },
    { type: 'arrest', date: '2031-04', sources: ['s1'], accounts: [{ source: 's1', sentence: arrest, date: '2031-04', date_text: 'in April 2031' }] },
  ];

  it('found when an event of the source starts with the gold date, per basis', () => {
    const e = scoreEventFamily(view({ events }), mini());
    // by date alone, as score-devset.py: the strike's 2031-04-01 also finds the arrest of that day
    // (the arrest event itself, dated only 2031-04, would not)
    expect(Object.fromEntries(Object.entries(e.by_basis).map(([b, r]) => [b, [r.hit, r.total]]))).toEqual({
      written: [1, 2], relative: [1, 1], outside: [0, 1],
    });
    expect([e.supported.hit, e.supported.total, e.outside.total]).toEqual([2, 3, 1]);
    expect(e.misses.map((m) => m.date)).toEqual(['2031-04-05']);
    const alone = scoreEventFamily(view({ events: [events[1]] }), mini());
    expect(alone.supported.hit).toBe(0);
  });

  it('found by sentence, then the date checked at the annotated precision', () => {
    const extracted = new Map([['s2', [{ type: 'other', title: 'vote', sentence: vote, date: '2031-04-05' }]]]);
    const e = scoreEventFamily(view({ events, extracted }), mini());
    expect([e.by_text_dossier.found.hit, e.by_text_dossier.found.total, e.by_text_dossier.date_right.hit]).toEqual([2, 3, 1]);
    expect(e.by_text_dossier.date_misses.map((m) => [m.date, m.predicted])).toEqual([['2031-04-01', ['2031-04']]]);
    expect([e.by_text_extraction!.found.hit, e.by_text_extraction!.date_right.hit]).toEqual([1, 1]);
  });

  it('flags an event dated from a page date, not one whose sentence writes its year', () => {
    const s2 = { ...S2, page_date: '2031-04-06' };
    const more: ViewEvent[] = [
      { type: 'other', date: '2031-04-03', sources: ['s2'], accounts: [{ source: 's2', sentence: 'On Thursday the mayor spoke.', date: '2031-04-03', date_text: 'On Thursday' }] },
      { type: 'other', date: '2031-04-05', sources: ['s2'], accounts: [{ source: 's2', sentence: vote, date: '2031-04-05', date_text: '5 April 2031' }] },
    ];
    const e = scoreEventFamily(view({ sources: [S1, s2], events: [...events, ...more] }), mini());
    expect(e.page_dated.map((p) => [p.date, p.date_text])).toEqual([['2031-04-03', 'On Thursday']]);
    // a stated date the set knows to be a page date (the story is of another month) flags what was read from it
    const g = mini();
    g.articles[0].published_true = '2029-10';
    const e2 = scoreEventFamily(view({ events }), g);
    expect(e2.page_dated.map((p) => [p.file, p.date])).toEqual([['x01_harbour-strike.txt', '2031-04-01']]);
    expect(e2.page_dated[0].why).toMatch(/stated date 2031-04-02 is a page date/);
  });

  it('publication date found and right; a date where the text states none is listed', () => {
    const p = scorePublishedFamily(view({ sources: [S1, { ...S2, published: '2031-04-06' }] }), mini());
    expect([p.found.hit, p.right.hit, p.right.total]).toEqual([1, 1, 1]);
    expect(p.invented).toEqual([{ file: 'x02_council-vote.txt', predicted: '2031-04-06' }]);
    const q = scorePublishedFamily(view({ sources: [{ ...S1, published: '2031-04-01' }, S2] }), mini());
    expect([q.found.hit, q.right.hit]).toEqual([1, 0]);
  });
});

describe('all families together', () => {
  it('print score-devset.py closing lines; the baseline (actors only) gets no claim figures', () => {
    const actors = [actor('brandt', 'Tomas Brandt', 'person', ['Tomas Brandt', 'Brandt'], ['s1', 's2'])];
    const s = scoreFamilies(view({ actors }), mini());
    expect(headlines(s)).toEqual([
      'actors F1 0.444 (recall 0.286, precision 1.000), 0 split, 0 false merges',
      'quotes found 0/4, speaker right 0/4',
      'events whose date the text supports found 0/3; needing outside knowledge 0/1',
      'who-against-whom F1 0.000 (precision 0.000 0/0, recall 0.000, 1 missed), 0 flagrant, kind right 0/0',
    ]);
    expect(s.lines.actors).toContain('x0 missed Harbour Workers Union');
    const b = scoreFamilies({ ...view({ actors }), actorsOnly: true }, mini());
    expect([b.quotes, b.relations, b.events, b.published]).toEqual([null, null, null, null]);
    expect(headlines(b)).toHaveLength(1);
  });
});
