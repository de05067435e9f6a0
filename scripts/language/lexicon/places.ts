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
  /** Lower-cased demonym -> the country's common name ("turkish" -> "Turkey", "chinese" -> "China"). */
  countryOf: Map<string, string>;
  /** Common names of the countries. */
  countries: Set<string>;
}

/**
 * The country a name's qualifier stands for: a country or its code ("UAE", "China"), or its demonym
 * ("Turkish", "Chinese", "North Korean"); null when the words name no country.
 */
const countryMemo = new Map<string, string | null>();
export function countryOfWords(words: string): string | null {
  const hit = countryMemo.get(words);
  if (hit !== undefined) return hit;
  if (countryMemo.size > 20_000) countryMemo.clear();
  const c = computeCountry(words);
  countryMemo.set(words, c);
  return c;
}

function computeCountry(words: string): string | null {
  const g = gazetteer();
  const k = words.toLowerCase().replace(/['’]s$/, '');
  const place = g.countryOf.get(k) ?? g.places.get(k) ?? g.codes.get(words.replace(/\./g, '').replace(/['’]s$/, '')) ?? null;
  return place && g.countries.has(place) ? place : null;
}

const REGIONS = [
  'Africa', 'Asia', 'Europe', 'Oceania', 'Antarctica', 'North America', 'South America', 'Latin America',
  'Middle East', 'Near East', 'Far East', 'Caucasus', 'Balkans', 'Levant', 'Maghreb', 'Sahel', 'Arctic',
  'Scandinavia', 'Central Asia', 'Southeast Asia', 'South Asia', 'East Asia', 'West Africa', 'East Africa',
  'Horn of Africa', 'Persian Gulf', 'Arabian Peninsula', 'Mediterranean', 'Kurdistan', 'Gaza', 'West Bank',
  'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Darfur', 'Siberia',
];

/** States of the United States: regions the wire copy names constantly ("a legislator from West Virginia"). */
const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
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
  const countryOf = new Map<string, string>();
  const countryNames = new Set<string>();
  const add = (name: string | undefined, canonical: string) => {
    if (!name || name.length < 3) return;
    const k = name.toLowerCase();
    if (!places.has(k)) places.set(k, canonical);
  };
  const list = ((countries as unknown as { default?: unknown }).default ?? countries) as unknown as any[];
  for (const c of list) {
    const common: string = c.name.common;
    countryNames.add(common);
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
      if (!countryOf.has(k)) countryOf.set(k, common);
    }
  }
  for (const [code, name] of COMMON_CODES) codes.set(code, name);
  for (const [english] of ENGLISH_EXONYMS) add(english, english);
  // A word that is also a demonym ("Thai", "Saudi") is an adjective first.
  for (const k of [...places.keys()]) if (demonyms.has(k)) places.delete(k);
  for (const r of [...REGIONS, ...US_STATES]) add(r, r);
  // Adjectives of the regions ("Crimean", "Siberian", "Kashmiri", "Tibetan") are demonyms too.
  for (const r of REGIONS) {
    if (/\s/.test(r)) continue;
    const k = r.toLowerCase();
    for (const form of k.endsWith('a') ? [k + 'n'] : [k + 'i', k + 'an']) if (!places.has(form)) demonyms.add(form);
  }
  // Demonyms are also country-ish words; never let a demonym shadow a place of the same spelling.
  memo = { places, demonyms, codes, countryOf, countries: countryNames };
  return memo;
}
