import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventsPerMonthChart } from '../../scripts/site/chart.ts';
import { fixtureDossier } from './fixture.ts';

describe('eventsPerMonthChart', () => {
  const chart = eventsPerMonthChart(fixtureDossier().events);

  it('counts events per month by kind of activity (a killing is an attack, a release goes with arrests), empty months kept', () => {
    expect(chart.table.map((r) => r.month)).toEqual(['2021-03', '2021-04', '2021-05', '2021-06']);
    expect(chart.table[0].counts).toMatchObject({ attacks: 4, arrests: 0 });
    expect(chart.table[1].counts.attacks).toBe(0);
    expect(chart.table[3].counts).toMatchObject({ arrests: 4, threats: 4 });
    // Kinds in stacking order, violence first; the year-only event is not charted but is mentioned as such.
    expect(chart.types).toEqual(['attacks', 'arrests', 'threats']);
    expect(chart.labels.attacks).toBe('attacks and killings');
    expect(chart.alt).toMatch(/1 event dated only to the year is not shown \(its month is not known\)/);
    expect(chart.alt).not.toMatch(/no month or date/);
    expect(chart.alt).toMatch(/Busiest month: June 2021 with 8/);
  });

  it('labels every month on the axis, the last one too', () => {
    for (const m of ['Mar', 'Apr', 'May', 'Jun']) expect(chart.svg).toContain(`>${m}<`);
  });

  it('gives every type its own fill pattern, used by the legend, and has title/desc/role', () => {
    const patterns = [...chart.svg.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
    expect(patterns).toHaveLength(chart.types.length);
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const id of patterns) expect(chart.svg).toContain(`fill="url(#${id})"`);
    expect(chart.svg).toMatch(/role="img"/);
    const labelled = /aria-labelledby="([^"]+) ([^"]+)"/.exec(chart.svg);
    expect(labelled).not.toBeNull();
    expect(chart.svg).toContain(`<title id="${labelled![1]}">`);
    expect(chart.svg).toContain(`<desc id="${labelled![2]}">`);
    for (const t of chart.types) expect(chart.svg).toContain(`>${chart.labels[t]} (`);
  });

  it('files an unknown type taken from the data under "other", never as markup', () => {
    const c = eventsPerMonthChart([{ ...fixtureDossier().events[0], type: '<script>x</script>' }]);
    expect(c.types).toEqual(['other']);
    expect(c.svg).not.toContain('<script>');
    expect(c.svg).toContain('>other events (1)<');
  });

  it('is byte-stable and bins by year over long periods', () => {
    expect(eventsPerMonthChart(fixtureDossier().events).svg).toBe(chart.svg);
    const e = fixtureDossier().events[0];
    const long = eventsPerMonthChart([e, { ...e, id: 'x', date: '2010-01-05' }]);
    expect(long.table.map((r) => r.month)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']);
  });

  it('folds rare types into "other" so patterns stay distinct', () => {
    const e = fixtureDossier().events[0];
    const many = Array.from({ length: 10 }, (_, i) => ({ ...e, id: `t${i}`, type: `type${i}` }));
    const c = eventsPerMonthChart(many);
    expect(c.types.length).toBeLessThanOrEqual(7);
    expect(c.types).toContain('other');
    expect(Object.values(c.table[0].counts).reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('never throws on odd input', () => {
    expect(eventsPerMonthChart([]).svg).toBe('');
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), date: fc.string(), type: fc.string() })), (evs) => {
        const c = eventsPerMonthChart(evs as never);
        expect(typeof c.svg).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
