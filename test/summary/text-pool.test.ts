import { describe, expect, it } from 'vitest';
import { TextPool } from '../../scripts/site/text-pool.ts';

describe('TextPool', () => {
  // Many texts (more than one joined block) so blocks and the pending texts are both searched.
  const texts = Array.from({ length: 75 }, (_, i) => `the council met on day ${i} and agreed a plan`);

  it('answers as a search of every text would', () => {
    const pool = new TextPool(texts);
    for (const words of ['day 3 and', 'day 74 and agreed', 'agreed a plan', 'plan the council', 'day 75', 'a plan\u0000the', '', 'council met']) {
      expect(pool.contains(words)).toBe(texts.some((t) => t.includes(words)));
    }
  });

  it('never matches across two texts', () => {
    const pool = new TextPool(['the river rose', 'quickly after rain']);
    expect(pool.contains('rose quickly')).toBe(false);
    expect(pool.contains('rose\u0000quickly')).toBe(false);
    expect(pool.contains('river rose')).toBe(true);
  });

  it('finds texts added after it was made, and nothing while empty', () => {
    const pool = new TextPool();
    expect(pool.contains('')).toBe(false);
    pool.add('a ferry crossed the strait');
    expect(pool.contains('')).toBe(true);
    expect(pool.contains('crossed the')).toBe(true);
    for (let i = 0; i < 40; i++) pool.add(`note ${i}`);
    expect(pool.contains('ferry crossed')).toBe(true);
    expect(pool.contains('note 39')).toBe(true);
  });
});

describe('TextPool word index', () => {
  it('agrees with a search of every text for every slice of the texts', () => {
    const texts = ['the  council met  again', 'a ferry crossed the strait at dawn', ' leading space and trailing ', 'council met again today', 'ferry'];
    const pool = new TextPool(texts);
    const probes = new Set<string>();
    for (const t of texts) for (let i = 0; i < t.length; i++) for (let j = i; j <= t.length; j++) probes.add(t.slice(i, j));
    for (const t of ['the council met', 'crossed the river', 'met again today x', 'strait at dawn ', ' the strait at ']) probes.add(t);
    for (const words of probes) expect(pool.contains(words), JSON.stringify(words)).toBe(texts.some((t) => t.includes(words)));
  });
});
