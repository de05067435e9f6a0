import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summarise } from '../../scripts/site/summarise.ts';
import { findPhases, spanLabel } from '../../scripts/site/summary-phases.ts';
import { sentenceText, type SummarySentence } from '../../scripts/site/summary-text.ts';
import { fixtureDossier } from './fixture.ts';

describe('findPhases', () => {
  it('splits at a long gap, never inside a month (the summary tells each month whole)', () => {
    const phases = findPhases(fixtureDossier().events);
    expect(phases.map((p) => p.map((e) => e.date))).toEqual([
      ['2021-03-02', '2021-03-05', '2021-03-09', '2021-03-12'],
      ['2021-06-01', '2021-06-03', '2021-06-08', '2021-06-10', '2021-06-14', '2021-06-17', '2021-06-20', '2021-06-25'],
    ]);
  });

  it('gives at most six phases and keeps the run of one month whole', () => {
    const base = fixtureDossier().events[1];
    const many = Array.from({ length: 40 }, (_, i) => ({ ...base, id: `e${i}`, date: `20${String(10 + i).padStart(2, '0')}-01-01` }));
    expect(findPhases(many).length).toBeLessThanOrEqual(6);
    const run = ['2021-01-01', '2021-01-02', '2021-01-03', '2021-01-10'].map((date, i) => ({ ...base, id: `r${i}`, date }));
    expect(findPhases(run).map((p) => p.length)).toEqual([4]);
    expect(findPhases([{ ...base, date: '2021' }])).toEqual([]);
  });

  it('labels spans readably', () => {
    expect(spanLabel('2020-10-01', '2020-12-30')).toBe('Oct–Dec 2020');
    expect(spanLabel('2019-12-30', '2020-01-03')).toBe('Dec 2019–Jan 2020');
    expect(spanLabel('2020-01', '2020-01-09')).toBe('Jan 2020');
  });
});

const hrefs = (x: SummarySentence) => x.clauses.flatMap((c) => c.evidence.map((e) => e.href));
const EVIDENCE = /^\/(events\/[^/]+\/|claims\/[a-z-]+\/(\d+\/)?#.+|sources\/[^/]+\/(#s-\d+)?|discrepancies\/(\d+\/)?#.+|timeline\/[\d-]+\/)$/;

describe('summarise', () => {
  const s = summarise(fixtureDossier());
  const sentences = [...s.bottomLine, ...s.phases.flatMap((p) => p.months.flatMap((m) => [m.reason, ...m.narrative]))];

  it('opens with a bottom line of 3–5 sentences: confrontation, latest turn, what is contested, what is corroborated', () => {
    const text = s.bottomLine.map(sentenceText);
    expect(text.length).toBeGreaterThanOrEqual(3);
    expect(text.length).toBeLessThanOrEqual(5);
    expect(text[0]).toBe('The main confrontation: Lena Marsh faces an accusation and a threat from the Harbor Front.');
    expect(text.some((t) => /^Most recently, on 25 June 2021, /.test(t))).toBe(true);
    expect(text).toContain('The sources disagree on “How many fighters were arrested”.');
    expect(text.some((t) => t.startsWith('Corroborated by more than one independent report: the Rocket attack on a depot'))).toBe(true);
  });

  it('tells each phase month by month with a trend verdict explained in one sentence', () => {
    expect(s.phases.map((p) => p.title)).toEqual(['Attacks, Mar 2021', 'Arrests and threats, Jun 2021']);
    expect(s.phases.flatMap((p) => p.months.map((m) => `${m.month} ${m.verdict}`))).toEqual(['2021-03 first', '2021-06 unchanged']);
    const june = s.phases[1].months[0];
    expect(sentenceText(june.reason)).toBe('Hostile acts at about the level of March 2021: threats and arrests, chiefly against Lena Marsh.');
    expect(june.narrative.map(sentenceText)[0]).toMatch(/^On 1 June, .*; on 3 June, .*\.$/);
  });

  it('backs every sentence with evidence links in the documented forms, and writes no count as prose', () => {
    expect(sentences.length).toBeGreaterThan(4);
    for (const x of sentences) {
      expect(hrefs(x).length, sentenceText(x)).toBeGreaterThan(0);
      for (const h of hrefs(x)) expect(h).toMatch(EVIDENCE);
      expect(sentenceText(x)).not.toMatch(/\d+ (mentions|claims|events|sources|independent reports)\b/);
    }
  });

  it('ends the period on the latest event and keeps the figures for a table', () => {
    // The year-only background event does not stretch the period.
    expect(s.period).toEqual({ from: '2021-03-02', to: '2021-06-25' });
    expect(s.coverage.map((c) => `${c.label} ${c.value}`)).toContain('Independent reports 2');
    expect(s.mainActors[0]).toMatchObject({ name: 'Harbor Front', href: '/actors/harbor-front/', actsBy: 2 });
  });

  it('lists who accuses, threatens, attacks and arrests whom, the verb agreeing with the party', () => {
    const r = s.relations.map((x) => `${x.from.text}|${x.verb}|${x.to.text}|${x.count}`);
    expect(r).toEqual(['Harbor Front|accuses|Lena Marsh|1', 'Harbor Front|threatens|Lena Marsh|1', 'a militia|accuses|Northern Guard|1']);
    expect(s.relations[0].evidence.map((e) => e.href)).toEqual(['/sources/s1/#s-4', '/sources/s3/#s-4']);
    expect(s.relations[0].evidence[0].label).toBe('Daily Ledger');
  });

  it('names a phase after real activity rather than "other", and skips empty speaker labels', () => {
    const d = fixtureDossier();
    const events = d.events.slice(4, 8).map((e, i) => (i < 2 ? { ...e, type: 'other' } : e));
    expect(summarise({ ...d, events }).phases.map((p) => p.title)).toEqual(['Arrests, Jun 2021']);
    const claims = [...d.claims, { ...d.claims[3], id: 'c9', cluster: 'k9', speaker_label: 'He' }, { ...d.claims[3], id: 'c10', cluster: 'k10', speaker_label: 'A' }];
    expect(summarise({ ...d, claims }).relations.filter((r) => !r.from.href).map((r) => r.from.text)).toEqual(['a militia']);
  });

  it('lists discrepancies and the chart', () => {
    expect(s.discrepancies).toEqual([{ id: 'd-arrests', topic: 'How many fighters were arrested', href: '/discrepancies/#d-arrests' }]);
    expect(s.chart.table).toHaveLength(4);
  });

  it('never throws and stays empty on empty or odd input', () => {
    expect(summarise({ sources: [], actors: [], claims: [], events: [], discrepancies: [] }).phases).toEqual([]);
    expect(summarise(null as never).bottomLine).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), date: fc.string(), type: fc.string(), title: fc.string() })), (evs) => {
        const d = fixtureDossier();
        const out = summarise({ ...d, events: evs.map((e) => ({ ...d.events[0], ...e })) });
        expect(out.phases.length).toBeLessThanOrEqual(6);
      }),
      { numRuns: 100 },
    );
  });
});
