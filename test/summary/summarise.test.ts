import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summarise } from '../../scripts/site/summarise.ts';
import { findPhases, spanLabel } from '../../scripts/site/summary-phases.ts';
import { fixtureDossier } from './fixture.ts';

describe('findPhases', () => {
  it('splits at a long gap and at a change of dominant activity', () => {
    const phases = findPhases(fixtureDossier().events);
    expect(phases.map((p) => p.map((e) => e.date))).toEqual([
      ['2021-03-02', '2021-03-05', '2021-03-09', '2021-03-12'],
      ['2021-06-01', '2021-06-03', '2021-06-08', '2021-06-10'],
      ['2021-06-14', '2021-06-17', '2021-06-20', '2021-06-25'],
    ]);
  });

  it('gives at most six phases and splits an undifferentiated run at its longest gap', () => {
    const base = fixtureDossier().events[1];
    const many = Array.from({ length: 40 }, (_, i) => ({ ...base, id: `e${i}`, date: `20${String(10 + i).padStart(2, '0')}-01-01` }));
    expect(findPhases(many).length).toBeLessThanOrEqual(6);
    const run = ['2021-01-01', '2021-01-02', '2021-01-03', '2021-01-10'].map((date, i) => ({ ...base, id: `r${i}`, date }));
    expect(findPhases(run).map((p) => p.length)).toEqual([3, 1]);
    expect(findPhases([{ ...base, date: '2021' }])).toEqual([]);
  });

  it('labels spans readably', () => {
    expect(spanLabel('2020-10-01', '2020-12-30')).toBe('Oct–Dec 2020');
    expect(spanLabel('2019-12-30', '2020-01-03')).toBe('Dec 2019–Jan 2020');
    expect(spanLabel('2020-01', '2020-01-09')).toBe('Jan 2020');
  });
});

describe('summarise', () => {
  const s = summarise(fixtureDossier());

  it('titles phases by their dominant activity and lists key events, best reported first', () => {
    expect(s.phases.map((p) => p.title)).toEqual(['Attacks, Mar 2021', 'Arrests, Jun 2021', 'Threats, Jun 2021']);
    expect(s.phases[0].keyEvents[0]).toMatchObject({ title: 'Rocket attack on a depot', independent_reports: 3, url_path: '/events/ev-1/' });
    expect(s.phases[0].summary[0].text).toBe('4 events from 2 March 2021 to 12 March 2021, chiefly attacks (4).');
    expect(s.phases[0].summary.some((c) => /most widely reported was “Rocket attack on a depot” \(2 March 2021, 3 independent reports\)/.test(c.text))).toBe(true);
  });

  it('backs every sentence with evidence links in the documented forms', () => {
    const cited = [...s.overview, ...s.phases.flatMap((p) => p.summary)];
    expect(cited.length).toBeGreaterThan(4);
    for (const c of cited) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const e of c.evidence) expect(e.href).toMatch(/^\/(events\/[^/]+\/|claims\/[a-z-]+\/(\d+\/)?#.+|sources\/[^/]+\/(#s-\d+)?|discrepancies\/(\d+\/)?#.+)$/);
    }
  });

  it('writes an overview: period, sources and reports, main actors, who against whom', () => {
    // The year-only background event does not stretch the period.
    expect(s.period).toEqual({ from: '2021-03-02', to: '2021-06-27' });
    expect(s.overview[0].text).toMatch(/^This summary covers events from 2 March 2021 to 27 June 2021, drawn from 3 sources amounting to 2 independent reports, with 13 events and 6 claims\.$/);
    expect(s.overview[1].text).toMatch(/^The most prominent actors are Harbor Front \(7 mentions, 4 claims, 8 events\), Lena Marsh \(9 mentions, 4 claims, 1 event\) and Northern Guard/);
    expect(s.overview[2].text).toContain('Harbor Front against Lena Marsh (1 accusation, 1 threat)');
    expect(s.overview[3].text).toBe('1 claim is backed by more than one independent report; the sources disagree on 1 point.');
    expect(s.overview[3].evidence.map((e) => e.href)).toEqual(['/claims/accusation/#k1', '/discrepancies/#d-arrests']);
  });

  it('extracts who accuses, threatens, attacks and arrests whom, from claims and events', () => {
    const r = s.relations.map((x) => `${x.from?.id ?? `(${x.fromLabel})`} ${x.kind} ${x.to.id} ×${x.count}`);
    expect(r).toEqual(expect.arrayContaining([
      'harbor-front accuses lena-marsh ×1',
      'harbor-front threatens lena-marsh ×1',
      '(a militia commander) accuses northern-guard ×1',
      'harbor-front attacks northern-guard ×1',
      'northern-guard arrests harbor-front ×1',
    ]));
    expect(r).toHaveLength(5); // statements and denials are not hostile relations
    const acc = s.relations.find((x) => x.kind === 'accuses' && x.from)!;
    expect(acc.evidence.map((e) => e.href)).toEqual(['/sources/s1/#s-4', '/sources/s3/#s-4']);
    expect(acc.evidence[0].label).toBe('Daily Ledger');
  });

  it('names a phase after real activity rather than "other", and skips empty speaker labels', () => {
    const d = fixtureDossier();
    const events = d.events.slice(4, 8).map((e, i) => (i < 2 ? { ...e, type: 'other' } : e));
    expect(summarise({ ...d, events }).phases.map((p) => p.title)).toEqual(['Arrests, Jun 2021']);
    const claims = [...d.claims, { ...d.claims[3], id: 'c9', cluster: 'k9', speaker_label: 'He' }, { ...d.claims[3], id: 'c10', cluster: 'k10', speaker_label: 'A' }];
    expect(summarise({ ...d, claims }).relations.filter((r) => !r.from).map((r) => r.fromLabel)).toEqual(['a militia commander']);
  });

  it('lists single-report claims (weightiest first), discrepancies and the chart', () => {
    expect(s.singleReportClaims.map((c) => c.text)).toEqual(['claim text c2', 'claim text c3', 'claim text c5', 'claim text c4']);
    expect(s.singleReportClaims[1].speaker).toBe('a militia commander');
    expect(s.discrepancies).toEqual([{ id: 'd-arrests', topic: 'How many fighters were arrested', href: '/discrepancies/#d-arrests' }]);
    expect(s.chart.table).toHaveLength(4);
  });

  it('ranks full single-report statements above one-word fragments', () => {
    const d = fixtureDossier();
    const claims = d.claims.map((c) => ({ ...c, text: c.id === 'c2' ? 'traitor' : `a full sentence reported for ${c.id} here` }));
    expect(summarise({ ...d, claims }).singleReportClaims.map((c) => c.text)).toEqual([
      'a full sentence reported for c3 here', 'a full sentence reported for c5 here', 'traitor', 'a full sentence reported for c4 here',
    ]);
  });

  it('never throws and stays empty on empty or odd input', () => {
    expect(summarise({ sources: [], actors: [], claims: [], events: [], discrepancies: [] }).phases).toEqual([]);
    expect(summarise(null as never).overview).toEqual([]);
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
