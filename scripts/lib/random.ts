// Seeded pseudo-random numbers, written once: the network layout's jiggle and the benchmark corpus.
// Why our own: Math.random cannot be seeded, and both must come out the same on every run and machine.

/** A source of numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: tiny, fast, good enough statistical quality for layout jiggle and text generation. */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
