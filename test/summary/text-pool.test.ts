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
