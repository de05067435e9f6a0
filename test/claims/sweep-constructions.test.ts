// The sweep of quotation and reported-speech constructions (test/claims/sweep/): each invented article run
// through the whole per-article extraction must give every expected claim (its words found, its speaker
// right) and none of the wrong readings listed; the constructions not read yet are listed with why, and
// expected to fail.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../scripts/extract/extract.ts';
import type { Case } from './sweep/case.ts';
import { CASES1 } from './sweep/attribution-1.ts';
import { CASES2 } from './sweep/attribution-2.ts';
import { CASES3 } from './sweep/attribution-3.ts';
import { CASES4 } from './sweep/attribution-4.ts';
import { CASES5 } from './sweep/attribution-5.ts';
import { CASES6 } from './sweep/attribution-6.ts';

const CASES: Case[] = [...CASES1, ...CASES2, ...CASES3, ...CASES4, ...CASES5, ...CASES6];

/** The article's claims as [words, speaker], a named speaker by its name, an unnamed one "(its label)". */
function claimsOf(c: Case): [string, string][] {
  const text = `News from Port Sella\n\n${c.paras.join('\n\n')}\n`;
  const r = extractArticle({ path: `/fixtures/${c.id}.txt`, file: `${c.id}.txt`, bytes: Buffer.from(text) }, c.id);
  if (!r.ok) throw new Error(r.reason);
  const name = new Map(r.extraction.entities.map((e) => [e.key, e.name]));
  return r.extraction.claims.map((x) => [x.text.toLowerCase(), (x.speaker ? name.get(x.speaker) ?? x.speaker : `(${x.speaker_label})`).toLowerCase()]);
}

/** Every expected claim found with its speaker, and none of the wrong readings. */
function check(c: Case): void {
  const got = claimsOf(c);
  for (const [words, speaker] of c.exp) {
    const found = got.filter(([t]) => t.includes(words.toLowerCase()));
    expect(found.map(([, s]) => s), `"${words}" found`).not.toEqual([]);
    expect(found.some(([, s]) => s.includes(speaker.toLowerCase())), `"${words}" said by ${speaker}: ${found.map(([, s]) => s).join(' | ')}`).toBe(true);
  }
  // a wrong reading: the words given to a named actor who did not say them
  for (const [words, speaker] of c.not ?? []) expect(got.some(([t, s]) => t.includes(words.toLowerCase()) && !s.startsWith('(') && s.includes(speaker.toLowerCase())), `"${words}" not said by ${speaker}`).toBe(false);
}

describe('sweep of quotation and reported-speech constructions', () => {
  for (const c of CASES) {
    // a construction not read yet passes while it is read wrong, and fails once it is read right (then it
    // joins the others)
    if (c.left) it.fails(`${c.fam} / ${c.id} (left: ${c.left})`, () => check(c));
    else it(`${c.fam} / ${c.id}`, () => check(c));
  }
});
