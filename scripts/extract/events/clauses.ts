// Clauses of a sentence: the segments between commas, semicolons, dashes and parentheses, and the
// clauses that place what they contain relative to the main clause ("Less than a week after X, ...").
import { matchesOf } from '../../language/dates.ts';
import { RELATIVE_CLAUSE } from '../../language/date-anaphora.ts';

// Clauses that place what they contain relative to the main clause (language/date-anaphora.ts).
export { RELATIVE_CLAUSE };
const BOUNDARY = /[,;:–—()]|\s-\s/g;

/** Clause segments of a sentence: [start, end) between commas, semicolons, dashes, parentheses. */
export function segments(s: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (const m of matchesOf(BOUNDARY, s)) {
    const i = m.index ?? 0;
    // Commas inside numbers ("5,000") or dates ("January 3, 2020") are not clause ends.
    if (m[0] === ',' && /\d$/.test(s.slice(0, i)) && /^\s?\d/.test(s.slice(i + 1))) continue;
    out.push([start, i]);
    start = i + m[0].length;
  }
  out.push([start, s.length]);
  return out;
}

export function segmentOf(segs: [number, number][], pos: number): number {
  for (let i = 0; i < segs.length; i++) if (pos >= segs[i][0] && pos < segs[i][1] + 1) return i;
  return segs.length - 1;
}

export function isRelClause(s: string, segs: [number, number][], i: number): boolean {
  return RELATIVE_CLAUSE.test(s.slice(segs[i][0], segs[i][1]));
}
