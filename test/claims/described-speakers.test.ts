// Speakers described, not named, resolved to whom the article introduced: "the 58-year-old" to the person
// it gave that age, "They said" to the bare or counted group the sentence before is about. Invented
// sentences run through the whole per-article extraction.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './article-claims.ts';

describe('described speakers', () => {
  it('gives "the N-year-old" the person the article gave that age', () => {
    expect(claimsOf('Tomas Rell, 58, lost his house in the flood. Hana Petrel, 31, lost her shop.', '“We lost everything,” the 58-year-old said.')).toEqual(['Tomas Rell: We lost everything']);
    expect(claimsOf('Ilse Varn, a 40-year-old nurse, stayed. “I could not leave,” the 40-year-old said.')).toEqual(['Ilse Varn: I could not leave']);
    // an age nobody was given stays a description
    expect(claimsOf('Tomas Rell, 58, lost his house.', '“Never,” the 77-year-old said.')).toEqual(['the 77-year-old: Never']);
  });

  it('gives "They said" the group the sentence before opens with', () => {
    expect(claimsOf('Residents fled the town overnight. They said soldiers had burned their homes.')).toEqual(['Residents: soldiers had burned their homes']);
    expect(claimsOf('Two officials met the envoy on Monday. They said the deal was close.')).toEqual(['Two officials: the deal was close']);
  });
});

describe('bodies and manners of speaking', () => {
  it('gives "the group" / "the company" the one organisation the sentence before opens with', () => {
    expect(claimsOf('The Free Dravia Front seized the bridge on Monday. The group said its fighters had lost two men.')).toEqual(['Free Dravia Front: its fighters had lost two men']);
    expect(claimsOf('Norvik Energy shut the plant. The company said the leak had been contained.')).toEqual(['Norvik Energy: the leak had been contained']);
    // an organisation only named as the object stays unresolved
    expect(claimsOf('Hana Petrel criticised Norvik Energy. The company said it would respond.')).toEqual(['Hana Petrel: Norvik Energy', 'The company: it would respond']);
  });

  it('keeps "speaking on condition of anonymity" out of what was said', () => {
    expect(claimsOf('The talks had collapsed, the official said, speaking on condition of anonymity because he was not authorised to speak to the media.')).toEqual(['the official: The talks had collapsed']);
  });

  it('gives "posted a video on Telegram saying" the one who posted, not the platform', () => {
    expect(claimsOf('Lida Marrow posted a video on Telegram saying the vote had been stolen.')).toEqual(['Lida Marrow: the vote had been stolen']);
    expect(claimsOf('Ilse Varn gave an interview to the Sella Courier saying the plant was safe.')).toEqual(['Ilse Varn: the plant was safe']);
  });
});
