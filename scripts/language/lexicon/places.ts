// A compact gazetteer: every country (common and official names, alternative spellings, capitals) from
// the `world-countries` package, plus continents and broad regions. Demonyms come from the same data.
import countries from 'world-countries';
import { EXTRA_DEMONYMS } from './stopwords.ts';

export interface Gazetteer {
  /** Lower-cased place name -> canonical name. */
  places: Map<string, string>;
  /** Lower-cased demonyms ("iraqi", "iraqis", "iranian"). */
  demonyms: Set<string>;
  /** Upper-case codes and abbreviations that name a country ("US", "UK", "UAE"). */
  codes: Map<string, string>;
}

const REGIONS = [
  'Africa', 'Asia', 'Europe', 'Oceania', 'Antarctica', 'North America', 'South America', 'Latin America',
  'Middle East', 'Near East', 'Far East', 'Caucasus', 'Balkans', 'Levant', 'Maghreb', 'Sahel', 'Arctic',
  'Scandinavia', 'Central Asia', 'Southeast Asia', 'South Asia', 'East Asia', 'West Africa', 'East Africa',
  'Horn of Africa', 'Persian Gulf', 'Arabian Peninsula', 'Mediterranean', 'Kurdistan', 'Gaza', 'West Bank',
  'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Darfur', 'Siberia',
];

/** Country abbreviations common in running text. */
const COMMON_CODES: [string, string][] = [
  ['US', 'United States'], ['USA', 'United States'], ['UK', 'United Kingdom'], ['UAE', 'United Arab Emirates'],
  ['DRC', 'DR Congo'], ['PRC', 'China'], ['ROK', 'South Korea'], ['DPRK', 'North Korea'],
];

/** English names the data no longer lists for a country it has renamed ("Turkey" for Türkiye). */
export const ENGLISH_EXONYMS: [string, string][] = [
  ['Turkey', 'Türkiye'], ['Czech Republic', 'Czechia'], ['Ivory Coast', 'Ivory Coast'], ['Cape Verde', 'Cape Verde'],
  ['Swaziland', 'Eswatini'], ['Burma', 'Myanmar'], ['East Timor', 'Timor-Leste'], ['Holland', 'Netherlands'],
];

/** Alternative spellings in the data that are ordinary words in English text. */
const NOT_PLACES = new Set(['island', 'mann', 'mannin', 'norge', 'noreg', 'suomi', 'eesti', 'lao', 'thai', 'saudi', 'nijar']);

let memo: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (memo) return memo;
  const places = new Map<string, string>();
  const demonyms = new Set<string>(EXTRA_DEMONYMS);
  const codes = new Map<string, string>();
  const add = (name: string | undefined, canonical: string) => {
    if (!name || name.length < 3) return;
    const k = name.toLowerCase();
    if (!places.has(k)) places.set(k, canonical);
  };
  const list = ((countries as unknown as { default?: unknown }).default ?? countries) as unknown as any[];
  for (const c of list) {
    const common: string = c.name.common;
    add(common, common);
    add(c.name.official, common);
    for (const alt of c.altSpellings ?? []) {
      // Two- and three-letter codes are not read as countries (too many other acronyms); see COMMON_CODES.
      if (/^[A-Z]{2,3}$/.test(alt) || /^[A-Z](\.[A-Z])+\.?$/.test(alt)) continue;
      if (!/\s/.test(alt) && NOT_PLACES.has(alt.toLowerCase())) continue;
      add(alt, common);
    }
    // "Washington, D.C." is written "Washington" in running text.
    for (const cap of c.capital ?? []) {
      add(cap, cap);
      const short = cap.replace(/,?\s+(D\.\s?C\.|City)$/, '').split(',')[0].trim();
      add(short, short);
    }
    const d = c.demonyms?.eng;
    for (const form of [d?.m, d?.f]) {
      if (!form) continue;
      const k = form.toLowerCase();
      demonyms.add(k);
      demonyms.add(k.endsWith('s') ? k : k + 's');
    }
  }
  for (const [code, name] of COMMON_CODES) codes.set(code, name);
  for (const [english] of ENGLISH_EXONYMS) add(english, english);
  // A word that is also a demonym ("Thai", "Saudi") is an adjective first.
  for (const k of [...places.keys()]) if (demonyms.has(k)) places.delete(k);
  for (const r of REGIONS) add(r, r);
  // Demonyms are also country-ish words; never let a demonym shadow a place of the same spelling.
  memo = { places, demonyms, codes };
  return memo;
}
