// "he said" / "she said" across sentences: the person the sentence before is about (its subject) before a
// person it names later in it, and never a person the article gives the other gender ("Ms Petrel", "a
// spokeswoman", "Olm said he ..."). Invented sentences run through the whole per-article extraction.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './article-claims.ts';

describe('pronoun speakers', () => {
  it('takes the subject of the sentence before, not its object', () => {
    expect(claimsOf('Ivo Brask met Hana Petrel in Port Sella.', '“We talked for an hour,” he said.')).toEqual(['Ivo Brask: We talked for an hour']);
    expect(claimsOf('Ivo Brask met Hana Petrel in Port Sella. He said nothing had been agreed.')).toEqual(['Ivo Brask: nothing had been agreed']);
  });

  it('takes the person the article gives the pronoun\'s gender', () => {
    expect(claimsOf('Ivo Brask met Ms Petrel in Port Sella.', '“We talked for an hour,” he said. “Nothing was agreed,” she said.')).toEqual([
      'Ivo Brask: We talked for an hour',
      'Petrel: Nothing was agreed',
    ]);
    expect(claimsOf('Mr Brask met Hana Petrel in Port Sella.', '“We talked for an hour,” she said. “Nothing was agreed,” he said.')).toEqual([
      'Hana Petrel: We talked for an hour',
      'Brask: Nothing was agreed',
    ]);
  });

  it('reads the gender from a possessive right after the name\'s own verb', () => {
    expect(claimsOf('Ivo Brask met Hana Petrel in Port Sella. Petrel runs her shop alone now.', '“We talked for an hour,” he said. “Nothing was agreed,” she said.')).toEqual([
      'Ivo Brask: We talked for an hour',
      'Hana Petrel: Nothing was agreed',
    ]);
    // a possessive after someone else named in between says nothing of the first name
    expect(claimsOf('Hana Petrel met Ivo Brask and his wife in Port Sella.', '“We talked for an hour,” she said.')).toEqual(['Hana Petrel: We talked for an hour']);
  });
});
