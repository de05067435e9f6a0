// Seeded pseudo-random draws for the benchmark corpus (the generator itself is lib/random.ts).
// The corpus must be byte-identical for the same n + seed so benchmark runs (and the tests) are
// comparable across machines and commits.
import { seededRandom, type Rng } from '../lib/random.ts';

export type { Rng };
export const makeRng = seededRandom;

/** Mixes several integers into one 32-bit seed (so article i's stream does not depend on n). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995) >>> 0;
    h ^= h >>> 15;
  }
  return h >>> 0;
}

export function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, arr: readonly T[]): T {
  return arr[Math.floor(rng() * arr.length)];
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** Zipf-like pick: low indices are much more frequent, as a few actors dominate real news coverage. */
export function pickSkewed<T>(rng: Rng, arr: readonly T[], skew = 2.2): T {
  return arr[Math.min(arr.length - 1, Math.floor(Math.pow(rng(), skew) * arr.length))];
}

export function hex(rng: Rng, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += Math.floor(rng() * 16).toString(16);
  return s;
}
