// An actor's page lists the sources that mention it most (views/actors.ts mostMentioning): the same
// mentions, in the same order, as sorting them all by count (ties: the earlier) and keeping the first ones.
import { describe, it, expect } from 'vitest';
import { mostMentioning } from '../../scripts/site/views/actors.ts';

/** The plain way: every mention sorted, the first `limit` kept, back in their order. */
function bySorting<T extends { count: number }>(mentions: T[], limit: number): T[] {
  return mentions
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.count - a.m.count || a.i - b.i)
    .slice(0, limit)
    .sort((a, b) => a.i - b.i)
    .map(({ m }) => m);
}

describe('the sources that mention an actor most', () => {
  it('are those of a full sort, ties to the earlier, in their order', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const n = next() % 80;
      // Few distinct counts: many ties, across the cut.
      const mentions = Array.from({ length: n }, (_, i) => ({ source: `s${i}`, count: 1 + (next() % (1 + (round % 6))) }));
      for (const limit of [0, 1, 5, 30, n, n + 3]) expect(mostMentioning(mentions, limit)).toEqual(bySorting(mentions, limit));
    }
  });

  it('keeps the earlier of equal counts at the cut', () => {
    const m = [3, 1, 2, 2, 2, 5].map((count, i) => ({ source: `s${i}`, count }));
    expect(mostMentioning(m, 3).map((x) => x.source)).toEqual(['s0', 's2', 's5']);
  });
});
