// Who did it and to whom from the trigger's clause, and titles in whole phrases (events/clause-roles.ts),
// on sentences written for the test (names in helpers.ts).
import { describe, expect, it } from 'vitest';
import { eventsIn, eventsOf } from './helpers.ts';

const PUB = '2023-05-18';
const first = (text: string, type: string) => eventsIn(text, PUB).find((e) => e.type === type)!;

describe('agents and patients from the clause', () => {
  it('takes the subject as the doer and the object as the undergoer, not every name in the sentence', () => {
    const e = first('The Northern Front attacked a police post in Valga on Monday, the Interior Ministry said.', 'attack');
    expect(e.agents).toEqual(['front']);
    expect(e.places).toContain('valga');
    expect(e.agents).not.toContain('ministry');
  });
  it('leaves an unnamed doer unnamed rather than borrowing a name from elsewhere in the sentence', () => {
    const e = first('Gunmen killed three police officers in Valga on Monday, a week after Peeter Vaher visited the town.', 'killing');
    expect(e.agents).toEqual([]);
  });
  it('reads "Westmark-backed militias" as militias, not as Westmark', () => {
    const e = first('Westmark-backed militias attacked the Northern Front in Narva on Tuesday.', 'attack');
    expect(e.agents).not.toContain('westmark');
    expect(e.patients).toEqual(['front']);
  });
  it('takes the agent of a passive from "by" and its subject as the undergoer', () => {
    const e = first('Toomas Orav was arrested by the National Army in Narva on Friday.', 'arrest');
    expect(e.agents).toEqual(['army']);
    expect(e.patients).toEqual(['orav']);
  });
  it('gives a statement no patients from what it says, only from whom it addresses', () => {
    const e = first('The Green Union said on Monday that the National Army had shelled Valga.', 'statement');
    expect(e.agents).toEqual(['union']);
    expect(e.patients).toEqual([]);
    const c = first('The Green Union strongly condemns today’s attack by the Northern Front on Narva.', 'statement');
    expect(c.patients).toEqual([]);
  });
  it('still resolves "he" to the earlier subject', () => {
    const { events } = eventsOf('Peeter Vaher spoke to reporters in Valga on Monday about the strike.\n\nHe then visited Narva on Tuesday to meet the workers.', PUB);
    expect(events.find((e) => e.type === 'visit')?.agents).toEqual(['vaher']);
  });
});

describe('titles', () => {
  it('are the clause in whole phrases: who did what to whom, where', () => {
    expect(first('The National Army detained Toomas Orav at his home in Narva on Tuesday.', 'arrest').title).toBe('National Army detained Toomas Orav at his home in Narva');
    expect(first('Toomas Orav was arrested by the National Army in Narva on Friday.', 'arrest').title).toBe('Toomas Orav was arrested by the National Army in Narva');
  });
  it('never end inside a phrase, and stay short', () => {
    const long = 'The National Army detained Toomas Orav, the deputy leader of the Northern Front and a former mayor of Valga, at his residence in Narva on Tuesday.';
    const t = first(long, 'arrest').title;
    expect(t.split(/\s+/).length).toBeLessThanOrEqual(13);
    expect(t).not.toMatch(/\b(?:of|the|and|a|in|at)$/);
  });
  it('of a noun a light verb takes are that verb\'s clause: who issued, launched or made it', () => {
    expect(first('Peeter Vaher issued a warning on Friday, without naming any group.', 'threat').title).toBe('Peeter Vaher issued a warning');
    expect(first('Peeter Vaher made a rare visit to the streets of Narva on Friday.', 'visit').title).toMatch(/^Peeter Vaher made a rare visit/);
  });
  it('have their subject after a fronted time phrase or a clause opener, never the words before it', () => {
    expect(first('Less than a week after the police post in Valga was shelled by gunmen, the Northern Front said it would respond.', 'attack').title).toMatch(/^(?:The )?police post in Valga was shelled/i);
    expect(first('The calm has held since October, when rival militias agreed to a truce.', 'agreement').title).toMatch(/^Rival militias agreed to a truce/);
  });
  it('say that a happening still to come is planned', () => {
    expect(first('Militias attacked the Northern Front to embarrass Peeter Vaher, who will meet Toomas Orav on Thursday.', 'meeting').title).toBe('Peeter Vaher will meet Toomas Orav (planned)');
    expect(first('Militias attacked the Northern Front to embarrass Peeter Vaher, who met Toomas Orav on Thursday.', 'meeting').title).toBe('Peeter Vaher met Toomas Orav');
  });
});

describe('titles of -ing clauses and trailing times', () => {
  it('an -ing clause with its own doer is titled as what the doer did', () => {
    const s = 'Narva was tense on Friday night with Westmark-backed militias threatening the government over the arrest of a fighter.';
    expect(first(s, 'threat').title).toBe('Westmark-backed militias threatened the government over the arrest of a fighter');
    // a gerund heading a noun phrase keeps its form
    expect(first("The Northern Front condemned the militia's targeting of civilian areas in Narva on Monday.", 'attack').title).toMatch(/^The militia's targeting of civilian areas/);
    // and an object never ends on its possessor
    expect(first("The Northern Front condemned the militia's targeting of civilian areas in Narva on Monday.", 'statement').title).not.toMatch(/militia's$/);
  });
  it('never end on a time the date already shows', () => {
    expect(first('Peeter Vaher was in Narva last week, the ministry said.', 'visit').title).toBe('Peeter Vaher was in Narva');
  });
  it('put verbs in the past with the spelling rules', async () => {
    const { pastOf } = await import('../../scripts/extract/events/clause-roles.ts');
    expect(['deploy', 'threaten', 'seize', 'plan', 'carry', 'shoot', 'hit', 'attack'].map(pastOf)).toEqual(['deployed', 'threatened', 'seized', 'planned', 'carried', 'shot', 'hit', 'attacked']);
  });
});

describe('titles of a passive told with a pronoun', () => {
  it('name the undergoer the pronoun stands for', () => {
    const e = eventsOf('Toomas Orav left Narva in May. He was arrested by the National Army on Friday.', PUB).events.find((x) => x.type === 'arrest')!;
    expect(e.patients).toEqual(['orav']);
    expect(e.title).toBe('Toomas Orav was arrested by the National Army');
  });
  it('name the undergoer when the passive subject is too long to read', () => {
    const s = 'On Friday, after a week of talks in Valga and Narva, the deputy leader of the Northern Front, Toomas Orav, was arrested by the National Army.';
    const e = first(s, 'arrest');
    expect(e.patients).toEqual(['orav']);
    expect(e.title).toMatch(/^(?:Arrest of )?Toomas Orav\b/);
  });
});

describe('relative clauses', () => {
  it('a verb in a clause describing its object is no event of its own', () => {
    const text = 'The Northern Front will withdraw the fighters it had deployed in Narva, the Interior Ministry said on Friday.';
    expect(eventsIn(text, PUB).filter((e) => e.type === 'deployment')).toEqual([]);
    const marked = 'The Northern Front will withdraw the fighters that it had deployed in Narva, the Interior Ministry said on Friday.';
    expect(eventsIn(marked, PUB).filter((e) => e.type === 'deployment')).toEqual([]);
  });
  it('a clause about its subject still states a happening', () => {
    expect(eventsIn('The Northern Front deployed fighters in Narva on Friday.', PUB).filter((e) => e.type === 'deployment')).toHaveLength(1);
    expect(eventsIn('Toomas Orav, who was arrested in Narva on Friday, denied the charges.', PUB).filter((e) => e.type === 'arrest')).toHaveLength(1);
  });
});

describe('statements titled with what was said', () => {
  it('gives a long report its own clause in brief, and a report told before its verb too', () => {
    expect(first('Prime Minister Peeter Vaher has announced that Valga would release the pilot of the downed fighter jet on Friday.', 'statement').title).toBe('Prime Minister Peeter Vaher has announced that Valga would release the pilot');
    expect(first('The ships have left the port of Narva, Valga Radio reported Sunday as fighters entered the city.', 'statement').title).toBe('Valga Radio reported the ships have left');
  });
});

describe('a day of a month is no count', () => {
  it('titles "Today, 12 March, X was arrested" with X, not "Arrest of 12 March"', () => {
    const e = first('Today, 12 March, Toomas Orav, born in 1950, was surrendered to the custody of the National Army in Narva.', 'arrest');
    expect(e.title).not.toMatch(/^Arrest of 12 March/);
    expect(e.title).toMatch(/Toomas Orav/);
    expect(first('On 12 March, 14 people were arrested by the National Army in Narva.', 'arrest').title).toMatch(/^Arrest of 14 people/);
  });
});
