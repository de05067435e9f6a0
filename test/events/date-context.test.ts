// Dates read in the article's context and the date forms of news text, on sentences written for the
// test: a chronicle's narrative year, a paragraph's opening date carried to its later sentences,
// "the next day" and "the 14th of that month", weekday plus date, "a day after", a date that belongs
// to a noun ("the 2018 election", "a referendum for March 16"), photo-caption style day-month-year.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../scripts/language/dates.ts';
import { inYear, resolveAnaphoric } from '../../scripts/language/date-anaphora.ts';
import { eventsOf } from './helpers.ts';

const read = (s: string, p: string | null) => resolveDates(s, p).map((d) => [d.date, d.text]);
const dated = (text: string, published: string | null) => eventsOf(text, published).events.map((e) => [e.sentence, e.type, e.date]);

describe('date forms', () => {
  it('reads a weekday next to its written date as that date', () => {
    expect(read('Peeter Vaher arrived in Valga on Sunday 14 May after a week abroad.', '2023-05-18')).toEqual([['2023-05-14', 'on Sunday 14 May']]);
    expect(read('The council met on Tuesday, March 3, 2020 in Valga.', '2020-03-05')).toEqual([['2020-03-03', 'March 3, 2020']]);
  });
  it('reads a year that names a happening, not a count', () => {
    expect(read('He was shunned after a 2018 election widely seen as rigged.', '2019-04-30')).toEqual([['2018', '2018']]);
    expect(read('the party backed the 2016 peace deal with the rebels', null)).toEqual([['2016', '2016']]);
    expect(read('The army sent the 2000 troops to the border.', '2019-04-30')).toEqual([]);
  });
  it('reads "earlier month" (a clipped "earlier this month") and abbreviated months', () => {
    expect(read('Attention grew earlier month after the killings.', '2019-11-27')).toEqual([['2019-11', 'earlier month']]);
    expect(read('The vote is on Sept. 3 in the capital.', '2020-10-01')).toEqual([['2020-09-03', 'Sept. 3']]);
  });
  it('points a weekday forward after "would" (future in reported speech), not after "would have"', () => {
    expect(read('He said the pilot would be released on Friday as a gesture.', '2023-05-17')).toEqual([['2023-05-19', 'on Friday']]);
    expect(read('He would have signed it on Friday had the money come.', '2023-05-17')).toEqual([['2023-05-12', 'on Friday']]);
  });
});

describe('anaphoric dates', () => {
  const day = { date: '2014-03-16', precision: 'day' as const };
  it('reads "the next day", "two days later", "the 20th of that month", "later that year"', () => {
    const got = (s: string) => resolveAnaphoric(s, day).map((d) => [d.date, d.text]);
    expect(got('The treaty was signed the next day in Valga.')).toEqual([['2014-03-17', 'the next day']]);
    expect(got('Two days later the troops withdrew.')).toEqual([['2014-03-18', 'Two days later']]);
    expect(got('The flag came down on the 20th of that month.')).toEqual([['2014-03-20', 'on the 20th of that month']]);
    expect(got('Later that year the talks resumed.')).toEqual([['2014', 'Later that year']]);
    expect(resolveAnaphoric('The treaty was signed the next day.', null)).toEqual([]);
  });
  it('puts a yearless day in another year, but never an impossible one', () => {
    const [d] = resolveDates('on 29 February the vote was held', '2020-03-10');
    expect(inYear(d, 2016)?.date).toBe('2016-02-29');
    expect(inYear(d, 2019)).toBeNull();
  });
});

describe('dates in the article’s context', () => {
  it('reads a chronicle’s yearless days in its narrative year, five years before publication', () => {
    const text = [
      'On 27 February 2014, armed men occupied the regional parliament building in Valga and raised a foreign flag.',
      'On 6 March, the authorities announced a referendum for 16 March 2014 on joining Westmark.',
      'The treaty of accession was signed on 18 March by Peeter Vaher and Maret Kask in Narva.',
    ].join('\n\n');
    expect(dated(text, '2019-03-15')).toEqual([
      [1, 'attack', '2014-02-27'],
      [2, 'statement', '2014-03-06'],
      [2, 'other', '2014-03-16'],
      [3, 'agreement', '2014-03-18'],
    ]);
  });
  it('reads a yearless month forward from the narrative date, not back into its year', () => {
    const text = 'Police searched 22 offices in Valga on 12 September 2023 when the inquiry was made public.\n\nThe Westmark prosecutors agreed in January to share bank records with the team, she said.';
    expect(dated(text, '2024-05-07').filter((e) => e[0] === 2)).toEqual([[2, 'agreement', '2024-01']]);
  });
  it('carries a paragraph’s opening date to its later sentences that state none, not into quotations', () => {
    const text = [
      'The Green Union said the unrest in the north of the country had lasted for more than a year.',
      'Then, on 17 October, things went completely out of control in the city. In Narva, the National Army detained Toomas Orav at his home. "Nobody was arrested before," a witness said.',
      'The Northern Front attacked a police post in Valga and then withdrew to the hills.',
    ].join('\n\n');
    const got = eventsOf(text, '2019-10-18').events;
    expect(got.filter((e) => e.type === 'arrest').map((e) => [e.sentence, e.date, e.date_sentence])).toEqual([[3, '2019-10-17', 2]]);
    // a new paragraph starts without it
    expect(got.filter((e) => e.sentence === 5).map((e) => e.date)).toEqual([null, null]);
  });
  it('dates the news a report leads with shortly before publication, or as the sentence before it did', () => {
    const text = [
      'Two soldiers were killed and two others were wounded in an air strike in Valga province.',
      'The passengers were seized on 21 January 2024 near Narva. Four others escaped and one was killed.',
      'In response, the National Army shelled Northern Front positions near Narva.',
    ].join('\n\n');
    const got = eventsOf(text, '2024-02-20').events.map((e) => [e.sentence, e.type, e.date, e.date_inferred ?? false]);
    expect(got).toContainEqual([1, 'killing', '2024-02', true]); // within the fortnight before 20 February
    expect(got).toContainEqual([3, 'killing', '2024-01-21', false]); // the sentence before dated the seizure
    // only the lead (two paragraphs): a later paragraph's undated happening stays undated
    expect(got.filter((e) => e[0] === 4).map((e) => e[2])).toEqual([null]);
  });
  it('splits "one in October 2018 ..., and another in March 2019" into two happenings', () => {
    const text = 'Two airliners of the Northern Front crashed — one in October 2018 near Valga, and another in March 2019 near Narva — killing hundreds of passengers.';
    expect(dated(text, null).filter((e) => e[1] === 'other')).toEqual([[1, 'other', '2018-10'], [1, 'other', '2019-03']]);
  });
  it('dates a photo caption by its date and a requested meeting by the weekday still to come', () => {
    expect(dated('In this Monday, Aug. 27, 2018 file photo, Peeter Vaher gestures while speaking in a court room in Valga.', null)).toEqual([[1, 'statement', '2018-08-27']]);
    // published on a Tuesday: "a Wednesday meeting" is tomorrow's
    expect(dated('The request for a Wednesday meeting of the Security Council is imminent, diplomats said.', '2022-10-04')).toEqual([[1, 'meeting', '2022-10-05']]);
  });
  it('keeps the carried words for later when the article states no publication date', () => {
    const text = 'Then, on 17 October, things went completely out of control in the city. In Narva, the National Army detained Toomas Orav at his home.';
    const [arrest] = eventsOf(text, null).events.filter((e) => e.type === 'arrest');
    expect([arrest.date, arrest.date_text, arrest.date_sentence]).toEqual([null, 'on 17 October', 1]);
  });
  it('dates "a day after X" to the day before and "a day before X" not at all', () => {
    const text = 'The Northern Front on Wednesday shot down two army drones near Valga, a day after the National Army carried out incursions into Narva.';
    expect(dated(text, '2019-02-28')).toEqual([
      [1, 'attack', '2019-02-27'],
      [1, 'attack', '2019-02-26'],
    ]);
  });
  it('gives a date in another verb’s clause to that verb ("X, born on ..., was surrendered")', () => {
    const text = 'Today, 12 March 2025, Toomas Orav, born on 28 March 1951, was surrendered to the custody of the High Court.';
    expect(dated(text, '2025-03-12')).toEqual([
      [1, 'other', '1951-03-28'],
      [1, 'arrest', '2025-03-12'],
    ]);
  });
});
