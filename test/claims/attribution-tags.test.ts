// Attribution tags the sweep of quotation constructions found missing: a tag standing as its own sentence
// after a quotation closing on "?" or "!", raised-voice verbs, and bare "continued"/"claimed" as tags.
// Invented sentences run through the whole per-article extraction.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './article-claims.ts';

describe('quotation tags', () => {
  it('reads a tag the sentence splitter cut off after "?”" or "!”"', () => {
    expect(claimsOf('“Who will pay for the damage?” Hana Petrel asked.')).toEqual(['Hana Petrel: Who will pay for the damage?']);
    expect(claimsOf('“Who will pay for this?” asked Hana Petrel, a nurse.')).toEqual(['Hana Petrel: Who will pay for this?']);
    expect(claimsOf('“Is this fair?” Oren Daskal asked the court on Monday.')).toEqual(['Oren Daskal: Is this fair?']);
    // a next sentence that is more than a tag does not attribute the question
    expect(claimsOf('“Why now?” Hana Petrel said the timing was odd.')).toEqual(['Hana Petrel: the timing was odd']);
  });

  it('takes shouted, yelled, screamed as tags only', () => {
    expect(claimsOf('“Get out of our city!” the protesters shouted.')).toEqual(['the protesters: Get out of our city!']);
    expect(claimsOf('“Get out!” Oren Daskal yelled, waving a flag.')).toEqual(['Oren Daskal: Get out!']);
    expect(claimsOf('Protesters shouted at the police for an hour. Oren Daskal yelled, then left.')).toEqual([]);
  });

  it('takes a bare "continued" or "claimed" after a quotation, not "continued to"', () => {
    expect(claimsOf('“We will rebuild,” Marta Quellan continued.')).toEqual(['Marta Quellan: We will rebuild']);
    expect(claimsOf('“Our forces destroyed six tanks,” Ivo Brask claimed.')).toEqual(['Ivo Brask: Our forces destroyed six tanks']);
    expect(claimsOf('The army continued to shell Port Sella. Hana Petrel claimed victory.')).toEqual([]);
  });
});

describe('attribution in the sentence before', () => {
  it('reads "X told parliament:" closing the paragraph before as the speaker of the quotation opening the next', () => {
    expect(claimsOf('The minister spoke in parliament on Monday.', 'Hana Petrel told parliament:', '“There is no other way. We have spent everything.”')).toEqual([
      'Hana Petrel: There is no other way. We have spent everything.',
    ]);
  });

  it('reads a tag after a full stop closing the quotation ("“...” X said.")', () => {
    expect(claimsOf('“We will not accept these terms.” Marta Quellan said.')).toEqual(['Marta Quellan: We will not accept these terms.']);
    // a sentence with a clause of its own after the quotation is not its tag, but with nobody quoted before
    // it, its speaker is the quotation's too (see "a quotation attributed in the sentence after it")
    expect(claimsOf('“The army lost.” Hana Petrel said the report was wrong.')).toEqual(['Hana Petrel: The army lost.', 'Hana Petrel: the report was wrong']);
  });
});

describe('a tag after an ellipsis', () => {
  it('reads “...…” X said.', () => {
    expect(claimsOf('“We waited and waited…” Tomas Rell said.')).toEqual(['Tomas Rell: We waited and waited…']);
  });
});

describe('addressees and openers', () => {
  it('skips the addressee of "told" with no "that" ("told reporters he ...", "told reporters on Monday the ...")', () => {
    expect(claimsOf('Tomas Rell’s wife, Ilse Varn, told reporters he had been beaten.')).toEqual(['Ilse Varn: he had been beaten']);
    expect(claimsOf('Ivo Brask told reporters on Monday the hospital was safe.')).toEqual(['Ivo Brask: the hospital was safe']);
    expect(claimsOf('Ivo Brask said on Monday the port would reopen.')).toEqual(['Ivo Brask: the port would reopen']);
    // the addressee never speaks
    expect(claimsOf('“You will pay for this,” Hana Petrel told Ivo Brask.')).toEqual(['Hana Petrel: You will pay for this']);
  });

  it('reads the speaker before a colon in a sentence opening with "But"', () => {
    expect(claimsOf('Ivo Brask said the hospital was safe. But Ilse Varn disagreed: “Nobody is safe here.”')).toEqual([
      'Ivo Brask: the hospital was safe',
      'Ilse Varn: Nobody is safe here.',
    ]);
  });
});

describe('quotation marks of other styles', () => {
  it('pairs „...“ (a left mark after a word closes), guillemets and single marks', () => {
    expect(claimsOf('„We will not leave“, Tomas Rell said.')).toEqual(['Tomas Rell: We will not leave']);
    expect(claimsOf('« We will not leave », Tomas Rell said.')).toEqual(['Tomas Rell: We will not leave']);
    expect(claimsOf('‘We can’t go back, it’s over,’ said Tomas Rell.')).toEqual(['Tomas Rell: We can’t go back, it’s over']);
  });
});

describe('a quotation attributed in the sentence after it', () => {
  it('takes the speaker of the next sentence of the paragraph when nobody was quoted before', () => {
    expect(claimsOf('Oren Daskal, the mayor of Port Sella, spoke to reporters at the port.', '“Nobody told us the ships were coming.” The mayor said the city had not been warned.')).toEqual([
      'Oren Daskal: Nobody told us the ships were coming.',
      'Oren Daskal: the city had not been warned',
    ]);
  });

  it('keeps the quoted speaker before it (the continuation convention)', () => {
    expect(claimsOf('“The roads are gone,” said Tomas Rell.', '“We have nothing left.” Ivo Brask, the governor, said aid was coming.')).toEqual([
      'Tomas Rell: The roads are gone',
      'Tomas Rell: We have nothing left.',
      'Ivo Brask: aid was coming',
    ]);
  });
});
