// The failure families of real articles nobody tuned for (issue 16), each on sentences written here:
// titles and offices, junk names, organisation names kept whole, types decided per entity, resolution
// across short and long forms, outlets and lists.
import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import { resolveActors } from '../../scripts/assemble/resolve.ts';
import type { CleanedArticle } from '../../scripts/lib/types.ts';

/** A CleanedArticle from hand-written sentences (one paragraph each). */
function article(...sentences: string[]): CleanedArticle {
  return {
    file: 'fixture.txt',
    title: null,
    paragraphs: sentences,
    sentences: sentences.map((text, i) => ({ n: i + 1, text, paragraph: i })),
    captions: [],
    subheadings: [],
    removed: [],
    metaLines: [],
  };
}
const entities = (...sentences: string[]) => detectEntities(article(...sentences), 'x').entities;
const named = (es: ReturnType<typeof entities>, alias: string) => es.find((e) => e.aliases.includes(alias));
const allAliases = (es: ReturnType<typeof entities>) => es.flatMap((e) => e.aliases);

describe('titles, ranks, offices and honorifics go into the role', () => {
  it.each([
    ['Secretary of State Jane Roe arrived in Lima on Monday.', 'Jane Roe', 'Secretary of State'],
    ['Minister of Interior Karim Haddad said the roads were closed.', 'Karim Haddad', 'Minister of Interior'],
    ['Major General Tomas Hrubes inspected the troops.', 'Tomas Hrubes', 'Major General'],
    ['Police Chief Anna Kowalczyk ordered an inquiry.', 'Anna Kowalczyk', 'Police Chief'],
    ['Special Agent Mark Delaney testified on Friday.', 'Mark Delaney', 'Special Agent'],
    ['The statement was read by U.S. Attorney Laura Pembrook in court.', 'Laura Pembrook', 'U.S. Attorney'],
    ['Sheikh Omar Rahman and Daw Khin Nwe met the delegation.', 'Omar Rahman', 'Sheikh'],
    ['Hojatoleslam Reza Tabari gave the sermon in the capital.', 'Reza Tabari', 'Hojatoleslam'],
    ['The lecture was given by Sayyed Hassan Moussawi in the hall.', 'Hassan Moussawi', 'Sayyed'],
    ['Assistant Attorney General Kenneth B. Marsh Jr. filed the charges.', 'Kenneth B. Marsh Jr.', 'Assistant Attorney General'],
  ])('%s', (sentence, name, role) => {
    const e = named(entities(sentence), name);
    expect(e?.type).toBe('person');
    expect(e?.roles).toContain(role);
    expect(allAliases(entities(sentence)).some((a) => a.endsWith(name) && a !== name)).toBe(false);
  });

  it('Burmese honorifics: U and Daw are not part of the name', () => {
    const es = entities('U Tin Maung and Daw Khin Nwe were released on Tuesday.');
    expect(named(es, 'Tin Maung')?.roles).toContain('U');
    expect(named(es, 'Khin Nwe')?.roles).toContain('Daw');
  });

  it('an organisation before the title is its own name ("Crisis Watch Senior Analyst X", "NATO Secretary General X")', () => {
    const es = entities('Crisis Watch Group Senior Analyst Lena Ortmann explained the risks.', 'NATO Secretary General Pieter Janssen tweeted a warning.');
    expect(named(es, 'Lena Ortmann')?.roles).toContain('Crisis Watch Group Senior Analyst');
    expect(named(es, 'Crisis Watch Group')?.type).toBe('organization');
    expect(named(es, 'Pieter Janssen')?.roles).toContain('NATO Secretary General');
    expect(named(es, 'NATO')?.type).toBe('organization');
  });

  it('an office with "of", "for" and "in Charge" stays in the role; an acronym inside it is an organisation', () => {
    const es = entities(
      'The ruling was welcomed by Federal Bureau of Investigation Special Agent in Charge Robert J. Vance and Assistant Commissioner for Criminal Investigations Dana Whitlock.',
      'Interior Minister of the GNU Salem Faraj said the strikes were foreign.',
    );
    expect(named(es, 'Robert J. Vance')?.roles).toContain('Federal Bureau of Investigation Special Agent in Charge');
    expect(named(es, 'Federal Bureau of Investigation')?.type).toBe('organization');
    expect(named(es, 'Dana Whitlock')?.roles).toContain('Assistant Commissioner for Criminal Investigations');
    expect(named(es, 'Salem Faraj')?.roles).toContain('Interior Minister of the GNU');
    expect(named(es, 'GNU')?.type).toBe('organization');
  });

  it('plural titles before several names, and titles with no name after them', () => {
    const es = entities('Judges Marie-Claire Dubois and Tomas Eriksen signed the order.', 'A former Chief Technical Pilot was charged.');
    expect(named(es, 'Marie-Claire Dubois')?.roles).toContain('Judges');
    expect(allAliases(es).some((a) => /Pilot/.test(a))).toBe(false);
  });

  it('an institution named after a titled person keeps its title ("King Faisal Air Base", "General Motors")', () => {
    const es = entities('Drones struck King Faisal Air Base overnight.', 'General Motors said sales fell.');
    expect(allAliases(es)).toContain('King Faisal Air Base');
    expect(allAliases(es)).toContain('General Motors');
  });
});
