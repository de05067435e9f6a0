// Entity typing families of real articles, each on sentences written here: a larger
// city's name against the guesses (capitals, the shape of a name, "the X talks") and against the cues
// of a person or a party that share its name.
import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import { cityKey, cityNames } from '../../scripts/language/lexicon/cities.ts';
import { article, entities } from './hand-article.ts';

const typeOf = (es: ReturnType<typeof entities>, alias: string) => es.find((e) => e.aliases.includes(alias))?.type;

describe('the gazetteer of larger cities', () => {
  it('holds larger cities by their names, accents folded, and not the small towns or the sections of a city', () => {
    const names = cityNames();
    expect(names.has(cityKey('Hamburg'))).toBe(true);
    expect(names.has(cityKey('Porto Alegre'))).toBe(true);
    expect(names.has(cityKey('ZÜRICH'))).toBe(true);
    expect(names.has(cityKey('Zurich'))).toBe(true);
    expect(names.size).toBeGreaterThan(3000);
    expect(names.size).toBeLessThan(6000);
    expect(names.has(cityKey('Kreuzberg'))).toBe(false); // a section of Berlin
    expect(names.has(cityKey('Davos'))).toBe(false); // a town
  });
});

describe("a larger city's name types a place where only a guess typed it", () => {
  it('a dateline in capitals is the city, not an acronym', () => {
    const es = entities('HAMBURG/BERLIN (Reuters) - Prosecutors searched the offices of Norvik Freight on Tuesday.');
    expect(typeOf(es, 'HAMBURG')).toBe('place');
  });

  it('a two-word city is no person by the shape of its name', () => {
    const es = entities('PORTO ALEGRE – Dana Whitlock was sentenced today to nine years in prison.', 'The trial in Porto Alegre lasted a month.');
    expect(typeOf(es, 'PORTO ALEGRE') ?? typeOf(es, 'Porto Alegre')).toBe('place');
    expect(typeOf(es, 'Dana Whitlock')).toBe('person');
  });

  it('the city before an event noun is where it is held ("the Hamburg talks")', () => {
    const es = entities('Delegates left the Hamburg talks on Friday without a deal.');
    expect(typeOf(es, 'Hamburg')).toBe('place');
  });

  it('a pact is an agreement, not an actor, and its city is a place', () => {
    const es = entities('The Hamburg Pact was watered down after the Hamburg summit.');
    expect(es.flatMap((e) => e.aliases)).not.toContain('Hamburg Pact');
    expect(typeOf(es, 'Hamburg')).toBe('place');
  });

  it('an acronym of four capitals or fewer stays an organisation although a city bears its name', () => {
    const es = entities('The ABA said the ruling was flawed.');
    expect(typeOf(es, 'ABA')).toBe('organization');
  });
});

describe('people and parties named like cities stay people and parties', () => {
  it('a surname of a person the article names in full', () => {
    const es = entities('The talks were led by Ruth Austin, a mediator.', 'Austin said the sides had agreed to meet again.');
    expect(typeOf(es, 'Austin')).toBe('person');
    expect(es.find((e) => e.aliases.includes('Austin'))?.aliases).toContain('Ruth Austin');
  });

  it('a given name and surname that is also a city, with a role or a speech verb', () => {
    const es = entities('Charlotte Mbeki, a nurse at the clinic, described the attack.', 'Mr Hamilton said the road was closed.', 'Lincoln Osei told reporters the vote was fair.');
    expect(typeOf(es, 'Charlotte Mbeki')).toBe('person');
    expect(typeOf(es, 'Hamilton')).toBe('person');
    expect(typeOf(es, 'Lincoln Osei')).toBe('person');
  });

  it('a party named like a city, typed once by "party" and named bare elsewhere', () => {
    const es = entities(
      'The governing Verona party named its candidate on Monday.',
      'Hundreds of supporters gathered outside Verona’s offices.',
      'Verona has ruled the state since 2019.',
      'Critics said Verona had broken its promises.',
      'The result was closer than Verona expected.',
    );
    expect(typeOf(es, 'Verona')).toBe('organization');
  });
});

describe('sites: a capitol, a prison, a hospital named before the noun', () => {
  it('the Capitol is a building, its police an organisation', () => {
    const es = entities('Crowds forced their way into the Capitol on Monday.', 'The Capitol Police said two officers were hurt defending the State Capitol.');
    expect(typeOf(es, 'Capitol')).toBe('place');
    expect(typeOf(es, 'State Capitol')).toBe('place');
    expect(typeOf(es, 'Capitol Police')).toBe('organization');
  });

  it('a hospital or clinic named before the noun ("the X hospital") is a site; a prison by its name too', () => {
    const es = entities('She was moved to the Vormund hospital in the capital, where doctors examined her.', 'He spent a year in Korvasi Prison.');
    expect(typeOf(es, 'Vormund')).toBe('place');
    expect(typeOf(es, 'Korvasi Prison')).toBe('place');
  });

  it('a hospital with its head word in the name stays a body that acts ("X Hospital said")', () => {
    const es = entities('Vormund Hospital said in a statement that the patient was stable.');
    expect(typeOf(es, 'Vormund Hospital')).toBe('organization');
  });
});

describe('an appositive that names a body types an organisation, though a role noun opens it', () => {
  it('"X, a militant group" is a group; "X, a group leader" and "X, a militant commander" are people', () => {
    const es = entities(
      'Troops struck a camp of Lashkar e Zubair, a militant group, which claimed the raid.',
      'Omar Faraj, a group leader, denied it.',
      'Tarek Amin, a militant commander, was killed.',
    );
    expect(typeOf(es, 'Lashkar e Zubair')).toBe('organization');
    expect(typeOf(es, 'Omar Faraj')).toBe('person');
    expect(typeOf(es, 'Tarek Amin')).toBe('person');
  });
});

describe("a body's name with its faction's name after a hyphen", () => {
  it('"X Movement-North", "X Front-Abel Tamba" are organisations; a hyphenated person stays a person', () => {
    const es = entities(
      'It was condemned by the Harbour Party, Coastal Liberation Movement-North, Popular Front-Abel Tamba and others.',
      'Anne-Marie Party-Lowe, a lawyer, said the talks would go on.',
    );
    expect(typeOf(es, 'Coastal Liberation Movement-North')).toBe('organization');
    expect(typeOf(es, 'Popular Front-Abel Tamba')).toBe('organization');
    expect(typeOf(es, 'Anne-Marie Party-Lowe')).toBe('person');
  });
});

describe('a word of context outweighs the shape of a name', () => {
  it('a named site a preposition places once is a place, not a person by the shape of its words', () => {
    const es = entities('Tents stood in front of Lotus Arbour for weeks.', 'Then the premier addressed his supporters at Lotus Arbour.');
    expect(typeOf(es, 'Lotus Arbour')).toBe('place');
  });

  it('a person typed by a speech verb once stays a person', () => {
    const es = entities('Crowds waited for Lena Okafor outside the court.', 'Lena Okafor said she would appeal.');
    expect(typeOf(es, 'Lena Okafor')).toBe('person');
  });
});

describe('a surname whose full name only the headline gives', () => {
  const withTitle = (title: string, ...sentences: string[]) => detectEntities({ ...article(...sentences), title }, 'x').entities;

  it('joins the person the headline names with a title, over a preposition that would make it a place', () => {
    const es = withTitle(
      'Regulators question league chief Tomas Lindqvist over payments',
      'A payment of two million francs went to Lindqvist in 2011.',
      'Lindqvist has denied any wrongdoing.',
    );
    const e = es.find((x) => x.aliases.includes('Lindqvist'));
    expect(e?.type).toBe('person');
    expect(e?.aliases).toContain('Tomas Lindqvist');
  });

  it('not a headline name typed a person by its shape alone', () => {
    const es = withTitle('Landslide buries homes in Kenya’s West Sorvana', 'A landslide buried houses on the main island of Sorvana on Sunday.', 'Groups blamed deforestation on Sorvana’s hillsides.');
    expect(es.find((x) => x.aliases.includes('Sorvana'))?.type).toBe('place');
  });
});

describe("a body's name in a frame of place is its building", () => {
  it('"towards the X where", "in the vicinity of the X" make a place when the article never has the body act', () => {
    const es = entities('Supporters marched towards the Federal Secretariat where they tore down tents.', 'Police stood in the vicinity of the Federal Secretariat by noon.');
    expect(typeOf(es, 'Federal Secretariat')).toBe('place');
  });

  it('the body that acts elsewhere in the article stays an organisation', () => {
    const es = entities(
      'Supporters marched towards the Federal Secretariat where they tore down tents.',
      'The Federal Secretariat said in a statement that talks would resume.',
    );
    expect(typeOf(es, 'Federal Secretariat')).toBe('organization');
  });

  it('not where the name only modifies the noun of the place ("near the Northern Army positions")', () => {
    const es = entities('Shells fell near the Northern Army positions overnight.');
    expect(typeOf(es, 'Northern Army')).toBe('organization');
  });
});

describe('"the X’s Secretary": an office of a body, after a "the" no person’s name takes', () => {
  it('a body named like a person is an organisation when "the X’s" office is given', () => {
    const es = entities(
      'Nadia Omer, Harbour Call’s Secretary for Legal Affairs, condemned the arrest.',
      'Karim Adel, who is the Harbour Call’s Secretary for External Relations, arrived on Sunday.',
    );
    expect(typeOf(es, 'Harbour Call')).toBe('organization');
    expect(typeOf(es, 'Nadia Omer')).toBe('person');
  });

  it('a person’s office without "the" leaves the person a person', () => {
    const es = entities('Sami Haddad, Omar Bakri’s Secretary for Legal Affairs, said talks would resume.', 'Omar Bakri said nothing.');
    expect(typeOf(es, 'Omar Bakri')).toBe('person');
  });
});

describe('two names joined by a slash are of one kind', () => {
  it('a name typed by its shape alone takes the type of a named person beside it ("the X/Y ticket")', () => {
    const es = entities('President Ana Delgado faces impeachment.', 'The adviser backed the Ostrowski/Delgado ticket in 2016.');
    expect(typeOf(es, 'Ostrowski')).toBe('person');
    expect(es.find((e) => e.aliases.includes('Delgado'))?.aliases).toContain('Ana Delgado');
  });

  it('two guesses lend each other nothing', () => {
    const before = entities('The adviser backed the Ostrowski ticket in 2016.');
    const paired = entities('The adviser backed the Ostrowski/Kaminski ticket in 2016.');
    expect(typeOf(before, 'Ostrowski')).toBeDefined();
    expect(typeOf(paired, 'Ostrowski')).toBe(typeOf(before, 'Ostrowski'));
  });
});
