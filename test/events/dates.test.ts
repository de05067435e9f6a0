import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveDates, rangeToDate } from '../../scripts/language/dates.ts';

const one = (s: string, p: string | null) => resolveDates(s, p).map((d) => [d.date, d.precision, d.text]);

describe('resolveDates', () => {
  it('reads absolute dates at the precision written, with or without a reference', () => {
    expect(one('Trump struck on January 3, 2020 with a drone.', null)).toEqual([['2020-01-03', 'day', 'January 3, 2020']]);
    expect(one('They were killed in January 2020.', '2020-12-28')).toEqual([['2020-01', 'month', 'January 2020']]);
    expect(one('the invasion that toppled the regime in 2003.', null)).toEqual([['2003', 'year', '2003']]);
  });
  it('places a bare month in the most recent such month not after publication', () => {
    expect(one('a similar episode in June, when forces arrested them', '2020-12-31')).toEqual([['2020-06', 'month', 'June']]);
    expect(one('calm since October when groups agreed', '2020-12-31')).toEqual([['2020-10', 'month', 'October']]);
    // October after an August publication is the previous year's
    expect(one('39 attacks from October to the end of July.', '2020-08-20')).toEqual([
      ['2019-10', 'month', 'October'],
      ['2020-07', 'month', 'July'],
    ]);
  });
  it('leaves everything relative undated without a reference, and never uses the clock', () => {
    expect(resolveDates('a similar episode in June, then on Sunday and last week', null)).toEqual([]);
    expect(resolveDates('yesterday', null)).toEqual([]);
  });
  it('reads weekdays as the most recent such day up to publication', () => {
    // published Monday 2020-12-28
    expect(one('the brigade announced on Sunday that', '2020-12-28')).toEqual([['2020-12-27', 'day', 'on Sunday']]);
    // published Wednesday 2020-12-02
    expect(one('he tweeted Friday evening.', '2020-12-02')).toEqual([['2020-11-27', 'day', 'Friday evening']]);
    // a weekday equal to the publication day is that day (wire style: "said on Monday" in Monday's story)
    expect(one('protesters gathered on Monday', '2020-12-28')).toEqual([['2020-12-28', 'day', 'on Monday']]);
    // future tense points forward
    expect(one('he will meet the president Thursday', '2020-08-17')).toEqual([['2020-08-20', 'day', 'Thursday']]);
  });
  it('keeps only the precision a relative phrase supports', () => {
    expect(one('was in the capital last week', '2020-12-31')).toEqual([['2020-12', 'month', 'last week']]);
    // "earlier this week" on Wednesday 2 December straddles November and December: only the year
    expect(one('arrested earlier this week', '2020-12-02')).toEqual([['2020', 'year', 'earlier this week']]);
    expect(one('arrested earlier this week', '2020-12-17')).toEqual([['2020-12', 'month', 'earlier this week']]);
    expect(one('since the fourth of this month', '2020-08-20')).toEqual([['2020-08-04', 'day', 'the fourth of this month']]);
    expect(one('It happened yesterday', '2020-03-01')).toEqual([['2020-02-29', 'day', 'yesterday']]);
    expect(one('the staff left last year', '2020-12-31')).toEqual([['2019', 'year', 'last year']]);
    // an anniversary is approximate: "one year after" on 31 Dec 2020 could be late 2019 or early 2020
    expect(resolveDates('One year after forces assassinated the commander', '2020-12-31')).toEqual([]);
  });
  it('does not take the modal "may" for a month', () => {
    expect(resolveDates('allies that may unseat him', '2020-12-31')).toEqual([]);
    expect(one('who took office in May, has', '2020-12-31')).toEqual([['2020-05', 'month', 'May']]);
  });
  it('rangeToDate reports the finest unit holding the whole range', () => {
    expect(rangeToDate(18600, 18600)?.precision).toBe('day');
    expect(rangeToDate(18600, 18400)).toBeNull();
  });
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.constantFrom('2020-12-28', '1999-01-01', 'garbage')), (s, p) => {
        const r = resolveDates(s, p);
        expect(Array.isArray(r)).toBe(true);
        for (const d of r) expect(d.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }),
      { numRuns: 300 },
    );
 }, 30_000); // fast-check's own generation is slow on a loaded machine
});

describe('future weekdays', () => {
  it('reads "will" only in the weekday\'s own clause, not in a quotation before it', () => {
    // published Thursday 2024-02-08
    expect(one('“We will not give up,” he told reporters on Wednesday.', '2024-02-08')).toEqual([['2024-02-07', 'day', 'on Wednesday']]);
    expect(one('the minister will visit the port on Wednesday', '2024-02-08')).toEqual([['2024-02-14', 'day', 'on Wednesday']]);
  });
});
