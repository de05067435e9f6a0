// The summary's grammar over any actor name: generated names of people, organisations, peoples and
// descriptions (singular, plural, collective, unnamed), and the typographic key that makes wire copies
// differing only in quotes, apostrophes, dashes and spacing one text.
import { afterSharedSubject, tell } from '../../scripts/site/summary-narrative.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describedParty, inSentence, numberOf, presentPhrase, typographicKey, uniqueByTypography, UNNAMED } from '../../scripts/site/prose.ts';

const syllable = fc.constantFrom('Ka', 'Lo', 'Ver', 'Tan', 'Mir', 'Ba', 'Del', 'Osu', 'Ren', 'Zha');
const word = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((p) => p.join('').replace(/^./, (c) => c.toUpperCase()).replace(/(.)$/, (c) => (c === 's' ? 'n' : c)));
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const agree = (subject: string, n: 'singular' | 'plural', verb: string) => `${subject} ${presentPhrase(verb, n)}`;

describe('grammar over generated actor names', () => {
  it('a person: singular ("X accuses", "X makes demands of")', () => {
    fc.assert(fc.property(name, (n) => {
      const num = numberOf(n, { named: true, type: 'person' });
      expect(num).toBe('singular');
      expect(agree(n, num, 'accuse')).toBe(`${n} accuses`);
      expect(agree(n, num, 'make demands of')).toBe(`${n} makes demands of`);
      expect(inSentence(n, 'person')).toBe(n);
    }), { numRuns: 200 });
  });

  it('an organisation: singular, with "the" after a generic head; plural when named after its members', () => {
    fc.assert(fc.property(name, fc.constantFrom('Front', 'Movement', 'Council'), (n, head) => {
      const org = `${n} ${head}`;
      expect(numberOf(org, { named: true, type: 'organization' })).toBe('singular');
      expect(inSentence(org, 'organization')).toBe(`the ${org}`);
      expect(agree(inSentence(org, 'organization'), 'singular', 'threaten')).toBe(`the ${org} threatens`);
    }), { numRuns: 200 });
    fc.assert(fc.property(name, fc.constantFrom('Brigades', 'Battalions', 'Forces'), (n, head) => {
      const org = `${n} ${head}`;
      const num = numberOf(org, { named: true, type: 'organization' });
      expect(num).toBe('plural');
      expect(agree(inSentence(org, 'organization'), num, 'threaten')).toBe(`the ${org} threaten`);
    }), { numRuns: 200 });
  });

  it('a one-word people takes the plural; a one-word name does not', () => {
    expect(numberOf('Kurds', { named: true, type: 'organization' })).toBe('plural');
    expect(numberOf('Hamas', { named: true, type: 'organization' })).toBe('singular');
    fc.assert(fc.property(word, (w) => {
      expect(numberOf(w, { named: true, type: 'organization' })).toBe('singular');
    }), { numRuns: 200 });
  });

  it('a plural or collective description takes the plural ("Pro-X forces accuse", "X police arrest")', () => {
    fc.assert(fc.property(word, fc.constantFrom('forces', 'fighters', 'militiamen', 'police', 'officials', 'troops', 'people'), (w, noun) => {
      for (const d of [`Pro-${w} ${noun}`, `the ${w} ${noun}`, `outraged ${noun} of the ${w} group`]) {
        expect(numberOf(d), d).toBe('plural');
        expect(agree(d, numberOf(d), 'accuse')).toBe(`${d} accuse`);
      }
    }), { numRuns: 200 });
    expect(numberOf('the president and prime minister')).toBe('plural');
  });

  it('a singular description takes the singular ("a X spokesman says", "another group threatens")', () => {
    fc.assert(fc.property(word, fc.constantFrom('spokesman', 'commander', 'group', 'official'), (w, noun) => {
      for (const d of [`a ${w} ${noun}`, `another ${noun}`, `one ${w} ${noun}`, `a ${noun} of the ${w} forces`]) {
        expect(numberOf(d), d).toBe('singular');
        expect(agree(d, numberOf(d), 'say')).toBe(`${d} says`);
      }
    }), { numRuns: 200 });
  });

  it('an unnamed speaker reads as "an unnamed source" in the singular; pronouns alone are no description', () => {
    expect(UNNAMED).toEqual({ text: 'an unnamed source', number: 'singular' });
    expect(agree(UNNAMED.text, UNNAMED.number, 'warn')).toBe('an unnamed source warns');
    for (const l of ['he', 'They', 'a', '', '  ']) expect(describedParty(l)).toBeNull();
    expect(describedParty('Outraged fighters spread out through the streets')).toEqual({ text: 'Outraged fighters', number: 'plural' });
    expect(describedParty('one politician, speaking on condition of anonymity')).toEqual({ text: 'one politician', number: 'singular' });
  });
});

describe('typographic variants of one text', () => {
  const variants = (s: string) => [
    s,
    s.replace(/'/g, '’'),
    s.replace(/"([^"]*)"/g, '“$1”'),
    s.replace(/ - /g, ' – ').replace(/\.\.\./g, '…'),
    ` ${s.replace(/ /g, '  ')}. `,
  ];

  it('gives every variant the same key and keeps the first', () => {
    const base = `The group's leader said "we will respond" - and warned the government...`;
    const keys = new Set(variants(base).map(typographicKey));
    expect(keys.size).toBe(1);
    expect(uniqueByTypography(variants(base), (x) => x)).toEqual([base]);
  });

  it('holds for generated texts, and keeps texts whose words differ', () => {
    const text = fc.array(fc.constantFrom("it's", 'the', '"plan"', 'will', '-', 'fail', 'Ka', 'they', '...'), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(fc.property(text, (t) => {
      expect(new Set(variants(t).map(typographicKey)).size).toBe(1);
    }), { numRuns: 300 });
    expect(uniqueByTypography(['the rocket attack', 'the rocket attacks', 'The rocket attack.'], (x) => x)).toEqual(['the rocket attack', 'the rocket attacks']);
  });
});

describe('two happenings of one subject on one day', () => {
  it('are told with "and", the subject once', () => {
    expect(afterSharedSubject('the Harbour Defence Brigade carried out an attack', 'the Harbour Defence Brigade pledged to continue')).toBe('pledged to continue');
    // different subjects, or a shared first word only: no
    expect(afterSharedSubject('the Harbour Defence Brigade carried out an attack', 'the port authority closed the quay')).toBeNull();
    expect(afterSharedSubject('Ida Vos resigned', 'Ida Vos of the council resigned')).toBeNull();
    const ev = [{ label: 's', href: '/sources/s/#s-1' }];
    const h = (key: string, clauseText: string) => ({ key, date: '2020-12-27', type: 'attack', hostility: 3, reports: 1, clause: clauseText, phrase: null, targets: [], evidence: ev });
    const told = tell([h('a', 'the Harbour Defence Brigade carried out an attack'), h('b', 'the Harbour Defence Brigade pledged to continue its attacks')]);
    const text = told.map((s) => s.clauses.map((c) => c.parts.map((p) => p.text).join('')).join('')).join(' ');
    expect(text).toBe('On 27 December 2020, the Harbour Defence Brigade carried out an attack and pledged to continue its attacks.');
  });
});
