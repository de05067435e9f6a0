// A statement speaks for whoever issued it: "according to a statement from X", and "the statement said"
// after "X issued a statement". Invented sentences run through the whole per-article extraction.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './article-claims.ts';

describe('the issuer of a statement', () => {
  it('speaks in "according to a statement from X" and "a report by X"', () => {
    expect(claimsOf('The ceasefire has been broken, according to a statement from Norvik Energy.')).toEqual(['Norvik Energy: The ceasefire has been broken']);
    expect(claimsOf('“The ceasefire has been broken,” according to a statement from Norvik Energy.')).toEqual(['Norvik Energy: The ceasefire has been broken']);
    expect(claimsOf('According to a report by the Sella Observatory, at least 40 people died in the floods.')).toEqual(['Sella Observatory: at least 40 people died in the floods']);
  });

  it('speaks in "the statement said" after it issued one', () => {
    expect(claimsOf('The Dravian interior ministry issued a statement on Monday.', '“The situation is under control,” the statement said.')).toEqual(['Dravian interior ministry: The situation is under control']);
    expect(claimsOf('The Dravian interior ministry issued a statement on Monday.', 'Norvik Energy released a statement after the fire. The statement said the plant was safe.')).toEqual(['Norvik Energy: the plant was safe']);
  });

  it('is not whoever only read or mentioned it', () => {
    expect(claimsOf('Hana Petrel read the statement to reporters. “We regret nothing,” the statement said.')).toEqual(['the statement: We regret nothing']);
  });
});

describe('"read" as a tag', () => {
  it('tags a quotation with "read a statement from X" and "the statement read"', () => {
    expect(claimsOf('“The situation is under control,” read a statement from the Dravian interior ministry.')).toEqual(['Dravian interior ministry: The situation is under control']);
    expect(claimsOf('Norvik Energy issued a statement. “We regret nothing,” the statement read.')).toEqual(['Norvik Energy: We regret nothing']);
    expect(claimsOf('Protesters carried a banner. “Free Port Sella,” read the banner.')).toEqual(['the banner: Free Port Sella']);
  });

  it('is no speech verb when someone reads something out', () => {
    expect(claimsOf('She read the statement aloud to the crowd. He read.')).toEqual([]);
  });
});
