// Events with dates as the text writes them (r25h5's sweep): one invented sentence each, through the whole
// per-article extraction, with the type, date and precision expected. Publication date: Thursday 18 May 2023
// unless the case gives another (or none).
import { extractArticle } from '../../scripts/extract/extract.ts';
import type { ArticleEvent } from '../../scripts/lib/types.ts';

export type Exp = { s?: number; type?: string; date?: string | null; prec?: string };
export type Case = [string, string, string | null, Exp[]];
/** Through the whole per-article extraction: a .md with a headline and, when given, a publication date. */
export function eventsOf(text: string, published: string | null): ArticleEvent[] {
  const fm = published ? `---\ntitle: Report from Ostland\npublished: ${published}\n---\n\n` : 'Report from Ostland\n\n';
  const body = `${fm}${text}\n\nResidents of the region have complained for years about the lack of basic services and jobs.\n`;
  const r = extractArticle({ path: '/fixtures/s.md', file: 's.md', bytes: Buffer.from(body) }, 's');
  if (!r.ok) throw new Error(r.reason);
  return r.extraction.events.filter((e) => e.sentence > 0);
}

/** Does every expected event match its own found event (and, expecting none, is nothing dated)? */
export function matches(events: ArticleEvent[], exp: Exp[]): boolean {
  const used = new Set<number>();
  for (const x of exp) {
    const i = events.findIndex((e, k) => !used.has(k) && (x.s === undefined || e.sentence === x.s) && (x.type === undefined || e.type === x.type)
      && (x.date === undefined || e.date === x.date) && (x.prec === undefined || e.precision === x.prec));
    if (i < 0) return false;
    used.add(i);
  }
  return exp.length > 0 || !events.some((e) => e.date);
}

export const show = (events: ArticleEvent[]) => events.map((e) => `${e.sentence}:${e.type}@${e.date ?? '-'}/${e.precision ?? '-'} [${e.date_text ?? ''}]`).join(' | ') || '(none)';

export const P = '2023-05-18'; // Thursday
export const CASES: Case[] = [
  ['on March 3', 'Gunmen attacked a police post in Valga on March 3, killing two officers.', P, [{ type: 'attack', date: '2023-03-03', prec: 'day' }]],
  ['on 3 March 2021', 'Gunmen attacked a police post in Valga on 3 March 2021.', P, [{ type: 'attack', date: '2021-03-03', prec: 'day' }]],
  ['on March 3, 2021', 'Soldiers of the National Army shelled Narva on March 3, 2021.', P, [{ type: 'attack', date: '2021-03-03', prec: 'day' }]],
  ['on Tuesday', 'Police arrested Toomas Orav in Narva on Tuesday.', P, [{ type: 'arrest', date: '2023-05-16', prec: 'day' }]],
  ['last Tuesday', 'Police arrested Toomas Orav in Narva last Tuesday.', P, [{ type: 'arrest', date: '2023-05-16', prec: 'day' }]],
  ['on Tuesday night', 'A car bomb exploded in Valga on Tuesday night, killing three people.', P, [{ date: '2023-05-16', prec: 'day' }]],
  ['late on Monday', 'Rebels of the Northern Front seized the town of Narva late on Monday.', P, [{ type: 'attack', date: '2023-05-15', prec: 'day' }]],
  ['early Sunday', 'A drone struck an army base near Valga early Sunday.', P, [{ type: 'attack', date: '2023-05-14', prec: 'day' }]],
  ['Sunday morning', 'A drone struck an army base near Valga Sunday morning.', P, [{ type: 'attack', date: '2023-05-14', prec: 'day' }]],
  ['on Sunday morning', 'Two rockets hit the airport in Narva on Sunday morning.', P, [{ type: 'attack', date: '2023-05-14', prec: 'day' }]],
  ["Monday's attack", "Monday's attack on the market in Valga killed 12 people.", P, [{ type: 'attack', date: '2023-05-15', prec: 'day' }]],
  ['the March 3 attack', 'The March 3 attack on the market in Valga killed 12 people.', P, [{ type: 'attack', date: '2023-03-03', prec: 'day' }]],
  ['the 3 March attack', 'The 3 March bombing of the market in Valga killed 12 people.', P, [{ type: 'attack', date: '2023-03-03', prec: 'day' }]],
  ['on the night of 12 May', 'Gunmen stormed a prison in Narva on the night of 12 May.', P, [{ type: 'attack', date: '2023-05-12', prec: 'day' }]],
  ['on the night of May 12 to 13', 'Gunmen stormed a prison in Narva on the night of May 12 to 13.', P, [{ type: 'attack', date: '2023-05-12', prec: 'day' }]],
  ['in mid-January', 'The army launched an offensive on Narva in mid-January.', P, [{ type: 'attack', date: '2023-01', prec: 'month' }]],
  ['in early 2020', 'The Northern Front seized Narva in early 2020.', P, [{ type: 'attack', date: '2020', prec: 'year' }]],
  ['in late March', 'Police arrested Ane Lind in late March.', P, [{ type: 'arrest', date: '2023-03', prec: 'month' }]],
  ['in March', 'Police arrested Ane Lind in March.', P, [{ type: 'arrest', date: '2023-03', prec: 'month' }]],
  ['in March 2019', 'Police arrested Ane Lind in March 2019.', P, [{ type: 'arrest', date: '2019-03', prec: 'month' }]],
  ['in 2019', 'Police arrested Ane Lind in 2019.', P, [{ type: 'arrest', date: '2019', prec: 'year' }]],
  ['last month', 'Police arrested Ane Lind last month.', P, [{ type: 'arrest', date: '2023-04', prec: 'month' }]],
  ['earlier this month', 'Police arrested Ane Lind earlier this month.', P, [{ type: 'arrest', date: '2023-05', prec: 'month' }]],
  ['last week', 'Police arrested Ane Lind last week.', P, [{ type: 'arrest', date: '2023-05', prec: 'month' }]],
  ['last year', 'Police arrested Ane Lind last year.', P, [{ type: 'arrest', date: '2022', prec: 'year' }]],
  ['two days ago', 'Police arrested Ane Lind two days ago.', P, [{ type: 'arrest', date: '2023-05-16', prec: 'day' }]],
  ['three weeks ago', 'Police arrested Ane Lind three weeks ago.', P, [{ type: 'arrest', date: '2023-04', prec: 'month' }]],
  ['yesterday', 'Police arrested Ane Lind yesterday in Narva.', P, [{ type: 'arrest', date: '2023-05-17', prec: 'day' }]],
  ['today', 'Police arrested Ane Lind today in Narva.', P, [{ type: 'arrest', date: '2023-05-18', prec: 'day' }]],
  ['on Thursday (=pub day)', 'Police arrested Ane Lind in Narva on Thursday.', P, [{ type: 'arrest', date: '2023-05-18', prec: 'day' }]],
  ['a week earlier', 'Police arrested Ane Lind on 10 May. A week earlier, gunmen had attacked her office in Narva.', P, [{ s: 1, type: 'arrest', date: '2023-05-10' }, { s: 2, type: 'attack', date: '2023-05-03', prec: 'day' }]],
  ['the day before', 'Police arrested Ane Lind on 10 May. The day before, gunmen had attacked her office in Narva.', P, [{ s: 1, type: 'arrest', date: '2023-05-10' }, { s: 2, type: 'attack', date: '2023-05-09', prec: 'day' }]],
  ['two days later', 'Gunmen attacked the office in Narva on 10 May. Two days later, police arrested Ane Lind.', P, [{ s: 1, type: 'attack', date: '2023-05-10' }, { s: 2, type: 'arrest', date: '2023-05-12', prec: 'day' }]],
  ['hours after the bombing on Friday', 'Police arrested Ane Lind hours after the bombing in Valga on Friday.', P, [{ type: 'arrest', date: '2023-05-12', prec: 'day' }]],
  ['since 2019', 'The Northern Front has held Narva since 2019.', P, []],
  ['between May 1 and May 3', 'Soldiers of the National Army shelled Narva between May 1 and May 3.', P, [{ type: 'attack', date: '2023-05-01' }]],
  ['on May 1 and 2', 'Soldiers of the National Army shelled Narva on May 1 and 2.', P, [{ type: 'attack', date: '2023-05-01' }]],
  ['from 1 to 3 May', 'Protesters marched through Valga from 1 to 3 May.', P, [{ type: 'protest', date: '2023-05-01' }]],
  ['dateline Reuters', 'KABUL, May 3 (Reuters) - A suicide bomber killed nine people at a mosque in Valga on Tuesday.', null, [{ type: 'killing', date: null }]],
  ['dateline plain', 'VALGA, Ostland, May 3 — A suicide bomber killed nine people at a mosque on Tuesday.', null, [{ type: 'killing', date: null }]],
  ['dateline + pub days later, yesterday', 'VALGA, May 3 (Reuters) - A suicide bomber killed nine people at a mosque in the town yesterday.', '2023-05-08', [{ type: 'killing', date: '2023-05-02', prec: 'day' }]],
  ['dateline + pub, on Tuesday', 'VALGA, May 3 (Reuters) - A suicide bomber killed nine people at a mosque in the town on Tuesday.', '2023-05-03', [{ type: 'killing', date: '2023-05-02', prec: 'day' }]],
  ['dateline AP', 'VALGA, Ostland (AP) — A suicide bomber killed nine people at a mosque on Tuesday.', P, [{ type: 'killing', date: '2023-05-16', prec: 'day' }]],
  ['verb far from date', 'On 4 April, after weeks of threats and a failed round of talks in the capital, gunmen from the Northern Front attacked the police station in Valga.', P, [{ type: 'attack', date: '2023-04-04', prec: 'day' }]],
  ['date at end far', 'Gunmen from the Northern Front attacked the police station in Valga, the largest town in the eastern province, which has been under curfew for weeks, on 4 April.', P, [{ type: 'attack', date: '2023-04-04', prec: 'day' }]],
  ['two events two dates', 'Police arrested Toomas Orav on Monday and a court charged him with murder on Wednesday.', P, [{ type: 'arrest', date: '2023-05-15' }, { date: '2023-05-17' }]],
  ['two events two written dates', 'The army shelled Narva on 2 May, and rebels attacked Valga on 5 May.', P, [{ type: 'attack', date: '2023-05-02' }, { type: 'attack', date: '2023-05-05' }]],
  ['arrested Monday, released Wednesday', 'Ane Lind, who was arrested on Monday, was released on Wednesday.', P, [{ type: 'arrest', date: '2023-05-15' }, { date: '2023-05-17' }]],
  ['caption', 'Police officers stand guard outside the market in Valga after the bombing on May 3, 2023. (Photo: AP)', null, [{ type: 'attack', date: '2023-05-03' }]],
  ['statement distractor', 'The Interior Ministry said on Monday that the attack last week on the police station in Valga killed four officers.', P, [{ type: 'statement', date: '2023-05-15' }, { type: 'attack', date: '2023-05', prec: 'month' }]],
  ['statement distractor 2', 'Peeter Vaher said on Monday that gunmen attacked the station in Valga.', P, [{ type: 'statement', date: '2023-05-15' }]],
  ['future deadline', 'The Security Council gave the Northern Front until June 1 to withdraw from Narva.', P, []],
  ['future election', 'Ostland will hold a presidential election on 4 June.', P, [{ date: '2023-06-04' }]],
  ['birth', 'Maret Kask, who was born on 3 March 1970 in Narva, was arrested on Monday.', P, [{ date: '1970-03-03' }, { type: 'arrest', date: '2023-05-15' }]],
  ['anniversary', 'Thousands marched in Valga on Sunday to mark the anniversary of the 2014 massacre in Narva.', P, [{ type: 'protest', date: '2023-05-14' }]],
  ['anniversary 2', 'Sunday marked the fifth anniversary of the bombing of the Narva market, which killed 40 people.', P, []],
  ['no pub: on Tuesday', 'Police arrested Toomas Orav in Narva on Tuesday.', null, [{ type: 'arrest', date: null }]],
  ['no pub: written date', 'Police arrested Toomas Orav in Narva on 3 March 2021.', null, [{ type: 'arrest', date: '2021-03-03', prec: 'day' }]],
  ['no pub: March 3 no year', 'Police arrested Toomas Orav in Narva on March 3.', null, [{ type: 'arrest', date: null }]],
  ['the previous day', 'Gunmen attacked the office in Narva on 10 May. Police had arrested Ane Lind the previous day.', P, [{ s: 1, type: 'attack', date: '2023-05-10' }, { s: 2, type: 'arrest', date: '2023-05-09', prec: 'day' }]],
  ['on the same day', 'Gunmen attacked the office in Narva on 10 May. On the same day, police arrested Ane Lind.', P, [{ s: 1, type: 'attack', date: '2023-05-10' }, { s: 2, type: 'arrest', date: '2023-05-10', prec: 'day' }]],
  ['this week', 'Police arrested Ane Lind in Narva this week.', P, [{ type: 'arrest', date: '2023-05', prec: 'month' }]],
  ['over the weekend', 'Gunmen killed five villagers near Valga over the weekend.', P, [{ type: 'killing', date: '2023-05', prec: 'month' }]],
  ['on Friday evening', 'Gunmen killed five villagers near Valga on Friday evening.', P, [{ type: 'killing', date: '2023-05-12', prec: 'day' }]],
  ['Friday, May 12', 'Gunmen killed five villagers near Valga on Friday, May 12.', P, [{ type: 'killing', date: '2023-05-12', prec: 'day' }]],
  ['Friday (May 12)', 'Gunmen killed five villagers near Valga on Friday (May 12).', P, [{ type: 'killing', date: '2023-05-12', prec: 'day' }]],
  ['12/05/2023 numeric', 'Gunmen killed five villagers near Valga on 12.05.2023.', P, [{ type: 'killing', date: '2023-05-12', prec: 'day' }]],
  ['2023-05-12 ISO', 'Gunmen killed five villagers near Valga on 2023-05-12.', P, [{ type: 'killing', date: '2023-05-12', prec: 'day' }]],
  ['the 12th', 'Gunmen killed five villagers near Valga on the 12th.', P, [{ type: 'killing', date: '2023-05-12', prec: 'day' }]],
  ['12th of May', 'Gunmen killed five villagers near Valga on the 12th of May.', P, [{ type: 'killing', date: '2023-05-12', prec: 'day' }]],
  ['Sept. abbreviation', 'Gunmen killed five villagers near Valga on Sept. 12, 2022.', P, [{ type: 'killing', date: '2022-09-12', prec: 'day' }]],
  ['passive with by', 'Five villagers were killed by gunmen near Valga on Saturday.', P, [{ type: 'killing', date: '2023-05-13', prec: 'day' }]],
  ['nominal: the killing on', 'The killing of five villagers near Valga on Saturday drew condemnation.', P, [{ type: 'killing', date: '2023-05-13', prec: 'day' }]],
  ['date opening sentence', 'On Saturday, gunmen killed five villagers near Valga.', P, [{ type: 'killing', date: '2023-05-13', prec: 'day' }]],
  ['para date carried', 'On 2 May, the army entered Narva.\n\nSoldiers then arrested Toomas Orav.', P, [{ s: 1, date: '2023-05-02' }]],
  ['Jan in Dec article', 'Police arrested Ane Lind in Narva in January.', '2023-12-20', [{ type: 'arrest', date: '2023-01', prec: 'month' }]],
  ['December in Jan article', 'Police arrested Ane Lind in Narva in December.', '2024-01-10', [{ type: 'arrest', date: '2023-12', prec: 'month' }]],
  ['Dec 30 in Jan article', 'Police arrested Ane Lind in Narva on December 30.', '2024-01-03', [{ type: 'arrest', date: '2023-12-30', prec: 'day' }]],
  ['last Friday Monday pub', 'Police arrested Ane Lind in Narva last Friday.', '2023-05-15', [{ type: 'arrest', date: '2023-05-12', prec: 'day' }]],
  ['on Sunday Monday pub', 'Police arrested Ane Lind in Narva on Sunday.', '2023-05-15', [{ type: 'arrest', date: '2023-05-14', prec: 'day' }]],
  ['the following day', 'Gunmen attacked the office in Narva on 10 May. The following day, police arrested Ane Lind.', P, [{ s: 1, type: 'attack', date: '2023-05-10' }, { s: 2, type: 'arrest', date: '2023-05-11', prec: 'day' }]],
  ['the attack, which took place on', 'The attack, which took place on 9 May, left 12 people dead in Valga.', P, [{ type: 'attack', date: '2023-05-09', prec: 'day' }]],
  ['killed in an attack on date', 'Three soldiers were killed in an ambush near Valga on 9 May.', P, [{ type: 'killing', date: '2023-05-09' }]],
  ['at dawn on', 'Troops raided a village near Narva at dawn on Wednesday.', P, [{ type: 'attack', date: '2023-05-17', prec: 'day' }]],
  ['overnight', 'Rebels shelled Narva overnight, officials said.', P, [{ type: 'attack', date: '2023-05', }]],
  ['a decade ago', 'The army shelled Narva a decade ago.', P, [{ type: 'attack', date: '2013', prec: 'year' }]],
  ['in the 1990s (a decade: no date, and not news of the day)', 'The army shelled Narva in the 1990s.', P, [{ type: 'attack', date: null }]],
  ['in the summer of 2021', 'The army shelled Narva in the summer of 2021.', P, [{ type: 'attack', date: '2021', prec: 'year' }]],
  ['said the attack last week', 'Ane Lind said the bombing last week in Valga was the work of the Northern Front.', P, [{ type: 'attack', date: '2023-05', prec: 'month' }]],
  ['who-clause event keeps to its clause', 'Ane Lind, who was arrested in Narva, was released on Wednesday after questioning.', P, [{ type: 'arrest', date: null }, { type: 'release', date: '2023-05-17' }]],
  ['which-clause killing not the anniversary day', 'Sunday marked the fifth anniversary of the bombing of the Narva market, which killed 40 people.', P, [{ type: 'killing', date: null }]],
  ['that happened last week', 'The bombing that happened last week in Valga killed 12 people, the police said.', P, [{ type: 'attack', date: '2023-05', prec: 'month' }]],
  ['a week later', 'Gunmen attacked the office in Narva on 2 May. A week later, police arrested Ane Lind.', P, [{ s: 1, type: 'attack', date: '2023-05-02' }, { s: 2, type: 'arrest', date: '2023-05-09', prec: 'day' }]],
  ['two weeks earlier', 'Police arrested Ane Lind on 16 May. Two weeks earlier, gunmen had attacked her office in Narva.', P, [{ s: 2, type: 'attack', date: '2023-05-02', prec: 'day' }]],
  ['arrested and charged, one date', 'Police arrested Toomas Orav on Monday and charged him with murder.', P, [{ type: 'arrest', date: '2023-05-15' }]],
  ['coordinated verbs, own dates', 'Rebels attacked Valga on Monday and shelled Narva on Wednesday.', P, [{ type: 'attack', date: '2023-05-15' }, { type: 'attack', date: '2023-05-17' }]],
  ['dotted day.month.year, day over 12', 'Gunmen killed five villagers near Valga on 25.04.2023.', P, [{ type: 'killing', date: '2023-04-25', prec: 'day' }]],
  ['has held since (a state, no event date)', 'The Northern Front has held the town of Narva since 2019.', P, []],
  ['seized the town', 'Rebels seized the town of Narva in early 2020.', P, [{ type: 'attack', date: '2020', prec: 'year' }]],
  ['the 20th (last month)', 'Gunmen killed five villagers near Valga on the 20th.', P, [{ type: 'killing', date: '2023-04-20', prec: 'day' }]],
  ['a storm hit is no attack', 'A storm hit the coast near Valga on Monday, cutting power to thousands.', P, [{ type: 'other', date: '2023-05-15' }]],
  ['captured a person is an arrest', 'Soldiers captured Toomas Orav near the border with Westmark on Monday.', P, [{ type: 'arrest', date: '2023-05-15' }]],
  ['last night', 'Rebels attacked an army post near Valga last night.', P, [{ type: 'attack', date: '2023-05-17', prec: 'day' }]],
  ['this morning', 'Rebels attacked an army post near Valga this morning.', P, [{ type: 'attack', date: '2023-05-18', prec: 'day' }]],
  ['on Christmas Day', 'Rebels shelled Valga on Christmas Day.', P, [{ type: 'attack', date: '2022-12-25', prec: 'day' }]],
  ["on New Year's Eve", "Rebels shelled Valga on New Year's Eve, killing two.", P, [{ type: 'attack', date: '2022-12-31', prec: 'day' }]],
  ['in the spring (no date, not news of the day)', 'Rebels shelled Valga in the spring.', P, [{ type: 'attack', date: null }]],
  ['last summer (no date, not news of the day)', 'The army shelled Valga every night last summer, residents said.', P, [{ type: 'attack', date: null }]],
  ['early hours of Sunday', 'Rebels attacked an army post near Valga in the early hours of Sunday.', P, [{ type: 'attack', date: '2023-05-14', prec: 'day' }]],
  ['earlier on Tuesday', 'Rebels attacked an army post near Valga earlier on Tuesday.', P, [{ type: 'attack', date: '2023-05-16', prec: 'day' }]],
  ['by Tuesday evening, had seized', 'By Tuesday evening, rebels had seized the town of Valga.', P, [{ type: 'attack', date: '2023-05-16', prec: 'day' }]],
  ['statement date vs event date', 'In a statement on Tuesday, the Interior Ministry said troops killed 12 rebels near Valga last week.', P, [{ type: 'statement', date: '2023-05-16' }, { type: 'killing', date: '2023-05', prec: 'month' }]],
  ['date between subject and verb', 'A court on Tuesday sentenced Toomas Orav to ten years in prison.', P, [{ date: '2023-05-16', prec: 'day' }]],
  ['age is no date', 'Toomas Orav, 45, was killed in Narva on Sunday.', P, [{ type: 'killing', date: '2023-05-14', prec: 'day' }]],
  ['the first week of March', 'Rebels shelled Valga in the first week of March.', P, [{ type: 'attack', date: '2023-03', prec: 'month' }]],
  ['the next day after a happening the ministry dated', 'Gunmen attacked a police post in Valga on Tuesday night, the Interior Ministry said on Wednesday. The next day, police arrested Ane Lind in Narva.', P, [{ s: 1, type: 'attack', date: '2023-05-16' }, { s: 2, type: 'arrest', date: '2023-05-17', prec: 'day' }]],
  ['the next day after a saying alone', 'The Interior Ministry said on Monday that it had closed the border with Westmark. The next day, police arrested Ane Lind in Narva.', P, [{ s: 2, type: 'arrest', date: '2023-05-16', prec: 'day' }]],
  ['a bomb exploded', 'A bomb exploded in Valga on Sunday, killing three people.', P, [{ type: 'attack', date: '2023-05-14', prec: 'day' }]],
  ['a car bomb went off', 'A car bomb went off near the market in Valga on Sunday.', P, [{ type: 'attack', date: '2023-05-14', prec: 'day' }]],
  ['in mid-2021', 'Rebels shelled Valga in mid-2021.', P, [{ type: 'attack', date: '2021', prec: 'year' }]],
  ['over the weekend (two days: the month)', 'Gunmen killed five villagers near Valga over the weekend.', P, [{ type: 'killing', date: '2023-05', prec: 'month' }]],
  ['over the weekend, Sunday report', 'Gunmen killed five villagers near Valga over the weekend.', '2023-05-14', [{ type: 'killing', date: '2023-05', prec: 'month' }]],
  ['three days after X on D, main clause', 'Three days after the election on 4 May, protesters marched through Valga.', P, [{ type: 'other', date: '2023-05-04' }, { type: 'protest', date: '2023-05-07', prec: 'day' }]],
  ['a day after X on D, main clause', 'A day after the attack on 4 May, police arrested Ane Lind in Narva.', P, [{ type: 'attack', date: '2023-05-04' }, { type: 'arrest', date: '2023-05-05', prec: 'day' }]],
  ['the first election since (no date of the noun)', 'Voters in Ostland went to the polls on May 3 in the first election since 2019.', P, [{ type: 'other', date: '2023-05-03', prec: 'day' }]],
  ['the deadliest attack since', 'It was the deadliest attack on Valga since 2019, officials said.', P, []],
  ['said Tuesday (no "on")', 'Police said Tuesday that gunmen attacked a police post in Valga.', P, [{ type: 'statement', date: '2023-05-16' }]],
  ['Gunmen on Sunday attacked', 'Gunmen on Sunday attacked a police post in Valga.', P, [{ type: 'attack', date: '2023-05-14', prec: 'day' }]],
  ['on 3-4 May', 'Rebels shelled Valga on 3-4 May.', P, [{ type: 'attack', date: '2023-05-03' }]],
  ['late last year', 'Rebels shelled Valga late last year.', P, [{ type: 'attack', date: '2022', prec: 'year' }]],
  ['early last month', 'Rebels shelled Valga early last month.', P, [{ type: 'attack', date: '2023-04', prec: 'month' }]],
  ['last Thursday in a Thursday report (a week before)', 'Police arrested Ane Lind in Narva last Thursday.', P, [{ type: 'arrest', date: '2023-05-11', prec: 'day' }]],
  ['participle arrested + last weekday, charged on', 'The three men arrested in Kerrow last Wednesday were charged with murder on Monday.', '2023-05-24', [{ type: 'arrest', date: '2023-05-17', prec: 'day' }, { type: 'other', date: '2023-05-22', prec: 'day' }]],
  ['participle after its noun takes the date after it', "Thousands attended the funerals in Port Sella on Sunday of the 12 people killed in the car bombing of the city's central market on May 16.", '2023-05-24', [{ type: 'killing', date: '2023-05-16', prec: 'day' }]],
  ['participle after its noun, only a date before', 'On Sunday, police found the bodies of five civilians killed in Valga.', P, [{ type: 'killing', date: '2023-05-14' }]],
  ['participle after its noun inside reported words', 'Police said on Sunday that five civilians killed in Valga on Friday were buried.', P, [{ type: 'statement', date: '2023-05-14' }, { type: 'killing', date: '2023-05-12', prec: 'day' }]],
];

