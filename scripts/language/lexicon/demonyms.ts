// Demonyms and the country each one belongs to ("Turkish" -> Turkey), from the `world-countries` data,
// so "Turkish troops" can be read as Turkey's when the article names Turkey.
import countries from 'world-countries';
import { ENGLISH_EXONYMS } from './places.ts';

interface Country {
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  unMember?: boolean;
}

export interface DemonymCountry {
  /** Every name the country goes by in running text: common, official, alternative spellings, codes. */
  names: string[];
}

/** Common country abbreviations in running text, by the country's common name. */
const CODES: Record<string, string[]> = {
  'United States': ['US', 'U.S.', 'USA', 'America'], 'United Kingdom': ['UK', 'U.K.', 'Britain'], 'United Arab Emirates': ['UAE'],
  'South Korea': ['ROK'], 'North Korea': ['DPRK'], China: ['PRC'],
};

let memo: Map<string, DemonymCountry> | null = null;

/** Lower-cased demonym (singular and plural) -> the country. */
export function demonymCountries(): Map<string, DemonymCountry> {
  if (memo) return memo;
  const out = new Map<string, DemonymCountry>();
  // a demonym several territories share ("American") belongs to the UN member first
  const list = (((countries as unknown as { default?: unknown }).default ?? countries) as unknown as Country[]).slice().sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember));
  for (const c of list) {
    const exonyms = ENGLISH_EXONYMS.filter(([, name]) => name === c.name.common).map(([english]) => english);
    const names = [c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((a) => a.length > 3), ...(CODES[c.name.common] ?? []), ...exonyms];
    const d = c.demonyms?.eng;
    for (const form of [d?.m, d?.f]) {
      if (!form) continue;
      const k = form.toLowerCase();
      if (!out.has(k)) out.set(k, { names });
      const pl = k.endsWith('s') ? k : `${k}s`;
      if (!out.has(pl)) out.set(pl, { names });
    }
  }
  memo = out;
  return out;
}

let countryNames: Set<string> | null = null;

/** Is this a country's name (common, official, alternative or English)? */
export function isCountry(name: string): boolean {
  if (!countryNames) {
    countryNames = new Set();
    const list = ((countries as unknown as { default?: unknown }).default ?? countries) as unknown as Country[];
    for (const c of list) for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? []), ...(CODES[c.name.common] ?? [])]) countryNames.add(n.toLowerCase());
    for (const [english] of ENGLISH_EXONYMS) countryNames.add(english.toLowerCase());
  }
  return countryNames.has(name.toLowerCase());
}
