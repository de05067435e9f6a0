// Happenings of the general trigger families, each on sentences written for the test: funerals,
// assassinations, deaths, elections and referendums, swearing-in, resignations, summits and visits,
// designations and sanctions, rulings and sentences, indictments and charges, protests, ceasefires,
// invasions and annexations, and statements made on a stated day.
import { describe, expect, it } from 'vitest';
import { eventsIn } from './helpers.ts';

const PUB = '2023-05-18'; // a Thursday
const one = (text: string, published: string | null = PUB) => eventsIn(text, published).map((e) => [e.type, e.date]);

describe('trigger families', () => {
  it.each([
    ['a funeral', 'Thousands attended the funeral of Peeter Vaher in Valga on Tuesday.', [['other', '2023-05-16']]],
    ['an assassination', 'Maret Kask was assassinated outside her home in Narva on Monday.', [['killing', '2023-05-15']]],
    ['a slaying', 'The slaying of Toomas Orav in Narva on 2 May shocked the country.', [['killing', '2023-05-02']]],
    ['a death that the violence led to', 'On Sunday, fighting in Valga led to the death of a soldier and two civilians.', [['killing', '2023-05-14']]],
    ['an election', 'The Green Union won a majority in the 2019 parliamentary election in Ostland.', [['other', '2019']]],
    ['a referendum', 'Voters in Westmark rejected the plan in a referendum on 12 March.', [['other', '2023-03-12']]],
    ['a swearing-in', 'Peeter Vaher was sworn in as president of Ostland on Wednesday.', [['other', '2023-05-17']]],
    ['a resignation', 'Maret Kask resigned as interior minister on Friday after the leak.', [['other', '2023-05-12']]],
    ['a summit', 'Leaders of Ostland and Westmark met at a summit in Valga on 9 May.', [['meeting', '2023-05-09']]],
    ['a telephone conversation', 'The telephone conversation between Vaher and Kask took place on May 3.', [['meeting', '2023-05-03']]],
    ['an arrival', 'Ane Lind arrived in Narva on Sunday 14 May after a week abroad.', [['visit', '2023-05-14']]],
    ['a designation', 'The Interior Ministry designated the Northern Front a terrorist group on Monday.', [['other', '2023-05-15']]],
    ['a sentence', 'The High Court sentenced Toomas Orav to six years in prison on Tuesday.', [['other', '2023-05-16']]],
    ['an indictment', 'A grand jury indicted Ane Lind on fraud charges on 2 February.', [['other', '2023-02-02']]],
    ['proceedings opened', 'Criminal proceedings against Peeter Vaher were opened on 24 April 2023.', [['other', '2023-04-24']]],
    ['a protest march', 'Thousands joined a march through Valga on Saturday against the new tax.', [['protest', '2023-05-13']]],
    ['a ceasefire declared', 'The Northern Front declared a ceasefire in Narva on Monday.', [['agreement', '2023-05-15']]],
    ['a truce called off', 'The National Army called off the truce in Valga on Wednesday.', [['agreement', '2023-05-17']]],
    ['an invasion', 'The armies of Westmark invaded Ostland in March 2022 from the south.', [['attack', '2022-03']]],
    ['an annexation', 'The annexation of Narva by Westmark was formalised on 3 April 2014.', [['other', '2014-04-03']]],
    ['buildings occupied', 'On 27 February 2014, armed men occupied the regional parliament building in Valga.', [['attack', '2014-02-27']]],
    ['a campaign launched against a country', 'Westmark launched a military campaign against Ostland in March 2015.', [['attack', '2015-03']]],
    ['a birth', 'Peeter Vaher, born on 28 March 1951 in Narva, has led the party for a decade.', [['other', '1951-03-28']]],
    ['a surrender to custody', 'Toomas Orav surrendered to the custody of the court on 12 March 2023.', [['arrest', '2023-03-12']]],
  ])('%s', (_name, text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it('a statement made on a stated day is an event; the same verb without a date is only a claim', () => {
    expect(one('The Interior Ministry said on Monday that the border would stay closed.')).toEqual([['statement', '2023-05-15']]);
    expect(one('Two airlines confirmed on Tuesday that their planes had been hit.')).toEqual([['statement', '2023-05-16']]);
    expect(one('The forces will move north, said the interior minister on May 3.')).toEqual([['statement', '2023-05-03']]);
    expect(one('The Green Union strongly condemns today’s attack by the Northern Front on Valga.').map((e) => e[1])).toEqual(['2023-05-18', '2023-05-18']);
    expect(one('The Interior Ministry said the border would stay closed.')).toEqual([]);
  });

  it('a date that belongs to the reported words or to a quotation is not the statement’s', () => {
    // "happened on Monday": the date of what was said, not of the saying
    expect(one('Peeter Vaher said the blast happened on Monday near the port.').filter((e) => e[0] === 'statement')).toEqual([]);
    expect(one('“We will meet them on Friday,” Vaher said.').filter((e) => e[0] === 'statement')).toEqual([]);
    // a counterfactual clause before the speaker
    expect(one('The council would have approved the plan in June if the money had been there, one member said.')).toEqual([]);
  });

  it('leaves figurative and hypothetical uses alone', () => {
    expect(one('Lacking the strength for a direct clash, the government chose dialogue.')).toEqual([]);
    expect(one('The minister promised to put an end to the incursion of armed groups into politics.')).toEqual([]);
    expect(one('The shops stayed open late and the weather stayed mild all week.')).toEqual([]);
  });
});
