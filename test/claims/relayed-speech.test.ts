// Speech relayed by someone else: the one whose words they are speaks, not the outlet that quotes them
// or the channel they came through ("X quoted Y as saying", "Y said ..., according to state media").
// Invented sentences run through the whole per-article extraction.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './article-claims.ts';

describe('relayed speech', () => {
  it('gives "X quoted Y as saying" to Y, never to the outlet', () => {
    expect(claimsOf('The Sella Courier quoted Anton Velik as saying the port would reopen.')).toEqual(['Anton Velik: the port would reopen']);
    expect(claimsOf('Norvik Energy cited its chief executive, Ilse Varn, as saying profits had fallen.')).toEqual(['Ilse Varn: profits had fallen']);
    expect(claimsOf('State television quoted a senior Dravian official as saying the talks had failed.')).toEqual(['a senior Dravian official: the talks had failed']);
    // the passive keeps its subject
    expect(claimsOf('Anton Velik was quoted by the Sella Courier as saying the port would reopen.')).toEqual(['Anton Velik: the port would reopen']);
  });

  it('gives "Y said ..., according to state media" to Y, and no claim to the channel', () => {
    expect(claimsOf('Anton Velik said the port would reopen, according to state media.')).toEqual(['Anton Velik: the port would reopen']);
    expect(claimsOf('According to state media, Anton Velik said the port would reopen.')).toEqual(['Anton Velik: the port would reopen']);
    expect(claimsOf('Hana Petrel said the budget would be cut, the Sella Courier reported.')).toEqual(['Hana Petrel: the budget would be cut']);
    // with no other reporting verb, "according to" still names the speaker
    expect(claimsOf('Six people were killed in the blast, according to Oren Daskal, the mayor of Port Sella.')).toEqual(['Oren Daskal: Six people were killed in the blast']);
  });
});

describe('relayed speech, limits', () => {
  it('keeps "according to" over a participle ("a card confirming ...")', () => {
    expect(claimsOf('A man was arrested with an identification card confirming his links to the group, according to an intelligence source.')).toEqual([
      'an intelligence source: A man was arrested with an identification card confirming his links to the group',
    ]);
  });

  it('gives "X told them ..., according to two people" to X, the addressee skipped', () => {
    expect(claimsOf('Ilse Varn met investors last month and told them the project was on schedule, according to two people on the call.')).toEqual(['Ilse Varn: the project was on schedule']);
  });
});
