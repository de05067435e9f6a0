// The invented cast of the benchmark corpus: people, organisations, places and outlets.
// Why invented: the benchmark must exercise the pipeline on names it has never seen, with the same
// difficulties real scrapes have (transliteration variants, acronyms defined in text, titles), while never
// reusing names or text of the bundled articles.

import { type Rng, makeRng, mixSeed, pick, int, chance } from './rng.ts';

/** A name written as phonetic tokens; each token lists its alternative spellings (first = canonical). */
type Tok = readonly string[];

export interface Person {
  id: number;
  given: string;
  /** Canonical surname, e.g. "al-Qadiri". */
  surname: string;
  /** Other spellings of the surname seen in the press, e.g. ["Kadiri", "Al-Qaddiri"]. */
  variants: string[];
  female: boolean;
  /** Title placed before the name: "Interior Minister", "Gen.", "" ... */
  title: string;
  /** Apposition describing the role: "the head of the National Grain Authority". */
  role: string;
  /** Noun for unnamed references: "the minister", "the commander". */
  epithet: string;
  orgIndex: number;
}

export interface Org {
  id: number;
  name: string;
  acronym: string | null;
  /** "group" | "ministry" | "institute" | "company" | "agency": picks the verbs used with it. */
  kind: 'group' | 'ministry' | 'institute' | 'company' | 'agency' | 'party';
}

export interface Place {
  id: number;
  name: string;
  variants: string[];
  kind: 'city' | 'province' | 'country' | 'district';
}

export interface Outlet {
  id: number;
  name: string;
  domain: string;
  banner: string[];
  /** Index into the date-line shapes of generate.ts. */
  dateStyle: number;
  curly: boolean;
  /** Per-outlet habit: 0 = canonical spelling, otherwise which variant the outlet prefers. */
  spelling: number;
  sourceHeader: boolean;
  crawlBanner: boolean;
  format: 'txt' | 'md' | 'html';
  trailer: string | null;
}

export interface Cast {
  people: Person[];
  orgs: Org[];
  places: Place[];
  countries: Place[];
  outlets: Outlet[];
}

// --- name phonology -------------------------------------------------------------------------------------
// Onsets and codas are chosen so that common press transliteration alternations occur:
// q/k, dh/z, ou/u/o, e/i, doubled consonants, sh/ch, j/dj, al-/el-/no article.
const ONSETS: Tok[] = [
  ['q', 'k'], ['dh', 'z'], ['kh'], ['b'], ['r'], ['s', 'ss'], ['h'], ['n', 'nn'], ['t', 'tt'],
  ['f'], ['w'], ['j', 'dj'], ['sh', 'ch'], ['gh'], ['y'], ['z', 'dh'], ['q', 'g'],
];
const VOWELS: Tok[] = [['a'], ['a'], ['i', 'e'], ['u', 'ou', 'o'], ['aa', 'a'], ['ee', 'i'], ['e', 'i']];
const CODAS: Tok[] = [['r'], ['n'], ['b', 'bb'], ['f'], ['s'], ['t', 'tt'], ['r', 'rr']];
const ENDINGS_A: Tok[] = [['i'], ['awi', 'aoui'], ['ani'], ['ouri', 'uri'], ['iyya', 'iya'], ['ein', 'ayn'], ['i', 'y']];
const ENDINGS_B: Tok[] = [['enko', 'enco'], ['ov', 'off', 'ow'], ['ski', 'sky'], ['ich', 'itch', 'ych'], ['escu', 'esco']];
const ENDINGS_PLACE: Tok[] = [['abad', 'abat'], ['iya', 'iyya'], ['un', 'oun'], ['ar'], ['esh', 'ech'], ['a'], ['ovo', 'ova']];

const GIVEN_M = [
  'Hamid', 'Yusuf', 'Tariq', 'Samir', 'Omar', 'Karim', 'Faris', 'Nabil', 'Bilal', 'Hassan', 'Idris', 'Zaid',
  'Anwar', 'Rafiq', 'Salim', 'Walid', 'Marek', 'Tomas', 'Viktor', 'Pavel', 'Dmitri', 'Ravi', 'Chen', 'Luca',
  'Mateo', 'Jonas', 'Emil', 'Kofi', 'Tunde', 'Arjun', 'Yannis', 'Stefan', 'Aziz', 'Fuad', 'Ilyas', 'Munir',
];
const GIVEN_F = [
  'Layla', 'Nadia', 'Rana', 'Huda', 'Salma', 'Amira', 'Dalia', 'Yasmin', 'Mariam', 'Noor', 'Elena', 'Ingrid',
  'Amara', 'Irina', 'Sofia', 'Leila', 'Zeynep', 'Priya', 'Mei', 'Ana', 'Olga', 'Farah', 'Samira', 'Hana',
];

const ORG_ADJ = [
  'National', 'Northern', 'Southern', 'United', 'Independent', 'Federal', 'Central', 'Coastal', 'Popular',
  'Democratic', 'Eastern', 'Western', 'Free', 'Patriotic', 'Islamic', 'Progressive', 'Joint', 'Supreme',
];
const ORG_DOMAIN = [
  'Reconstruction', 'Grain', 'Harbour', 'Water', 'Electricity', 'Election', 'Veterans', 'Farmers', 'Border',
  'Rail', 'Oil', 'Fisheries', 'Teachers', 'Students', 'Mining', 'Housing', 'Customs', 'Textile', 'Dockworkers',
];
const ORG_WORD: [string, Org['kind']][] = [
  ['Council', 'agency'], ['Authority', 'agency'], ['Commission', 'agency'], ['Union', 'group'], ['Front', 'group'],
  ['Movement', 'group'], ['Party', 'party'], ['Association', 'group'], ['Brigades', 'group'], ['Bureau', 'agency'],
  ['Foundation', 'institute'], ['Agency', 'agency'], ['Company', 'company'], ['Alliance', 'party'], ['Coalition', 'party'],
  ['Corporation', 'company'], ['Federation', 'group'], ['Forces', 'group'],
];
const MINISTRIES = [
  'Interior', 'Defence', 'Health', 'Trade', 'Energy', 'Agriculture', 'Transport', 'Finance', 'Education',
  'Water Resources', 'Foreign Affairs', 'Justice', 'Labour', 'Communications',
];
const INSTITUTE_FIELDS = ['Strategic Studies', 'Policy Research', 'Peace Studies', 'Development', 'Energy Policy', 'Security Studies'];

const OUTLET_A = [
  'Meridian', 'Coastline', 'Northern', 'Harbour', 'Valley', 'Crossroads', 'Lantern', 'Eastgate', 'Frontier',
  'Compass', 'Beacon', 'Riverside', 'Summit', 'Horizon', 'Caravan', 'Citadel', 'Mosaic', 'Tribune', 'Atlas',
  'Sentinel', 'Keystone', 'Pinnacle', 'Delta', 'Orbit', 'Granite', 'Cedar', 'Bastion', 'Signal',
];
const OUTLET_B = ['Post', 'Daily', 'Ledger', 'Times', 'Observer', 'Herald', 'Monitor', 'Express', 'Gazette', 'Review', 'Wire', 'Chronicle', 'News', 'Journal', 'Courier', 'Dispatch'];
const TAGLINES = [
  'News, analysis and opinion', 'Independent journalism since 1998', 'Breaking news and in-depth reporting',
  'Your window on the region', 'Politics, business and culture', 'The news that matters',
];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Spells a token sequence; variant 0 is canonical, others pick alternatives with a seeded stream. */
function spell(toks: Tok[], variant: number, seed: number): string {
  if (variant === 0) return toks.map((t) => t[0]).join('');
  const r = makeRng(mixSeed(seed, variant));
  return toks
    .map((t, i) => {
      if (t.length < 2 || r() >= 0.6) return t[0];
      const alt = t[1 + Math.floor(r() * (t.length - 1))];
      // No doubled consonant at the start of a name ("Nn...").
      return i === 0 && alt.length === 2 && alt[0] === alt[1] ? t[0] : alt;
    })
    .join('')
    .replace(/(.)\1\1+/g, '$1$1'); // "sss" from a coda + doubled onset
}

/** Builds a stem of 2-3 syllables (CV or CVC) + ending. Stems start with a consonant. */
function stem(rng: Rng, endings: Tok[], syllables: number): Tok[] {
  const toks: Tok[] = [];
  for (let s = 0; s < syllables; s++) {
    toks.push(pick(rng, ONSETS), pick(rng, VOWELS));
    if (s < syllables - 1 && chance(rng, 0.45)) toks.push(pick(rng, CODAS));
  }
  const ending = pick(rng, endings);
  // Avoid vowel pile-ups ("-aaein"): a vowel-initial ending follows a consonant.
  if (/^[aeiouy]/.test(ending[0])) toks.push(pick(rng, CODAS));
  toks.push(ending);
  return toks;
}

/** Spelled forms of a name: canonical first, then up to `max` distinct variants. */
function spellings(toks: Tok[], seed: number, max: number): string[] {
  const out = [capitalise(spell(toks, 0, seed))];
  for (let v = 1; v <= max * 3 && out.length <= max; v++) {
    const s = capitalise(spell(toks, v, seed));
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

export function buildCast(seed: number): Cast {
  const rng = makeRng(mixSeed(seed, 0xca57));
  const usedNames = new Set<string>();
  const unique = (make: () => string): string => {
    for (let i = 0; i < 50; i++) {
      const n = make();
      if (!usedNames.has(n.toLowerCase())) {
        usedNames.add(n.toLowerCase());
        return n;
      }
    }
    const n = make() + ' ' + usedNames.size;
    usedNames.add(n.toLowerCase());
    return n;
  };

  // Countries and places.
  const countries: Place[] = [];
  for (let i = 0; i < 10; i++) {
    const toks = stem(rng, [['ia'], ['istan', 'estan'], ['land'], ['ara'], ['ova']], int(rng, 1, 2));
    const forms = spellings(toks, mixSeed(seed, 7, i), 1);
    const name = unique(() => forms[0]);
    countries.push({ id: i, name, variants: forms.slice(1), kind: 'country' });
  }
  const places: Place[] = [];
  for (let i = 0; i < 60; i++) {
    const toks = stem(rng, ENDINGS_PLACE, int(rng, 1, 2));
    const forms = spellings(toks, mixSeed(seed, 11, i), chance(rng, 0.5) ? 2 : 0);
    const kind: Place['kind'] = i % 6 === 5 ? 'province' : i % 6 === 4 ? 'district' : 'city';
    const base = unique(() => forms[0]);
    const name = kind === 'province' ? `${base} Province` : base;
    places.push({ id: i, name, variants: forms.slice(1).map((f) => (kind === 'province' ? `${f} Province` : f)), kind });
  }

  // Organisations (~80): ministries, adjective+domain+org-word bodies with acronyms, institutes, named groups.
  const orgs: Org[] = [];
  for (const m of MINISTRIES) orgs.push({ id: orgs.length, name: unique(() => `Ministry of ${m}`), acronym: null, kind: 'ministry' });
  while (orgs.length < 80) {
    const r = rng();
    if (r < 0.6) {
      const [word, kind] = pick(rng, ORG_WORD);
      const name = unique(() => `${pick(rng, ORG_ADJ)} ${pick(rng, ORG_DOMAIN)} ${word}`);
      const acronym = name.split(' ').map((w) => w[0]).join('');
      orgs.push({ id: orgs.length, name, acronym, kind });
    } else if (r < 0.75) {
      const place = pick(rng, [...places.slice(0, 30), ...countries]).name.replace(/ Province$/, '');
      const name = unique(() => `${place} Institute for ${pick(rng, INSTITUTE_FIELDS)}`);
      orgs.push({ id: orgs.length, name, acronym: null, kind: 'institute' });
    } else {
      const forms = spellings(stem(rng, ENDINGS_A, 2), mixSeed(seed, 13, orgs.length), 0);
      const word = pick(rng, ['Brigades', 'Movement', 'Battalions', 'Bloc', 'League']);
      const name = unique(() => `${forms[0]} ${word}`);
      const acronym = chance(rng, 0.3) ? `${forms[0][0]}${word[0]}` : null;
      orgs.push({ id: orgs.length, name, acronym, kind: word === 'Bloc' || word === 'League' ? 'party' : 'group' });
    }
  }
  // Acronyms must be unambiguous inside the corpus.
  const acr = new Set<string>();
  for (const o of orgs) {
    if (o.acronym && acr.has(o.acronym)) o.acronym = null;
    if (o.acronym) acr.add(o.acronym);
  }

  // People (~300), each with a title/role tied to an organisation or place.
  const people: Person[] = [];
  for (let i = 0; i < 300; i++) {
    const female = chance(rng, 0.3);
    const given = pick(rng, female ? GIVEN_F : GIVEN_M);
    const slavic = chance(rng, 0.2);
    const toks = stem(rng, slavic ? ENDINGS_B : ENDINGS_A, int(rng, 1, 2));
    const article = !slavic && chance(rng, 0.55);
    const forms = spellings(toks, mixSeed(seed, 17, i), int(rng, 1, 3));
    const withArticle = (f: string, v: number): string => {
      if (!article) return f;
      // The article "al-" is itself transliterated several ways.
      const art = v === 0 ? 'al-' : ['Al-', 'el-', 'al-', ''][v % 4];
      return art + f;
    };
    const surname = withArticle(forms[0], 0);
    const fullKey = `${given} ${surname}`;
    if (usedNames.has(fullKey.toLowerCase())) {
      i--;
      continue;
    }
    usedNames.add(fullKey.toLowerCase());
    const variants = forms.slice(1).map((f, k) => withArticle(f, k + 1));
    const orgIndex = Math.floor(rng() * orgs.length);
    const org = orgs[orgIndex];
    const place = pick(rng, places);
    const country = pick(rng, countries);
    const roles: [string, string, string][] = [
      ['Prime Minister', `the head of government of ${country.name}`, 'the premier'],
      ['President', `the head of state of ${country.name}`, 'the president'],
      [`${org.kind === 'ministry' ? org.name.replace('Ministry of ', '') : 'Interior'} Minister`, `who has held the post since the last reshuffle`, 'the minister'],
      ['Gen.', `the commander of the ${org.name}`, 'the commander'],
      ['Brig. Gen.', `a senior officer in the ${org.name}`, 'the officer'],
      ['Col.', `a spokesman for the ${org.name}`, 'the spokesman'],
      ['', `a spokesperson for the ${org.name}`, 'the spokesperson'],
      ['', `the head of the ${org.name}`, 'the official'],
      ['Dr.', `a researcher at the ${org.name}`, 'the researcher'],
      ['', `an analyst at the ${org.name}`, 'the analyst'],
      ['Governor', `the governor of ${place.name}`, 'the governor'],
      ['Sheikh', `a tribal leader in ${place.name}`, 'the sheikh'],
      ['MP', `a member of parliament for ${place.name}`, 'the lawmaker'],
      ['', `the leader of the ${org.name}`, 'the leader'],
      ['Judge', `a judge in ${place.name}`, 'the judge'],
      ['Mayor', `the mayor of ${place.name}`, 'the mayor'],
    ];
    // Few heads of state/government, many spokesmen, officers and analysts.
    const ri = i < 6 ? i % 2 : 2 + Math.floor(rng() * (roles.length - 2));
    const [title, role, epithet] = roles[ri];
    people.push({ id: i, given, surname, variants, female, title, role, epithet, orgIndex });
  }

  // Outlets (24) with house styles.
  const outlets: Outlet[] = [];
  for (let i = 0; i < 24; i++) {
    const name = unique(() => `${chance(rng, 0.3) ? 'The ' : ''}${pick(rng, OUTLET_A)} ${pick(rng, OUTLET_B)}`);
    const bare = name.replace(/^The /, '');
    const domain = bare.toLowerCase().replace(/[^a-z]+/g, '') + pick(rng, ['.com', '.net', '.org', '.news', '.co']);
    const bannerStyle = int(rng, 0, 4);
    const banner =
      bannerStyle === 0 ? [`${name} ${pick(rng, TAGLINES)} from ${name}`]
      : bannerStyle === 1 ? [`| Welcome to ${bare}`]
      : bannerStyle === 2 ? [`${name.toUpperCase()}`, `${pick(rng, TAGLINES)}`]
      : bannerStyle === 3 ? [`Home | World | Politics | Business | ${bare}`]
      : [];
    outlets.push({
      id: i,
      name,
      domain,
      banner,
      dateStyle: int(rng, 0, 6),
      curly: chance(rng, 0.55),
      spelling: chance(rng, 0.5) ? 0 : int(rng, 1, 3),
      sourceHeader: chance(rng, 0.2),
      crawlBanner: chance(rng, 0.2),
      // About 1 outlet in 8 publishes Markdown with front matter, 1 in 24 HTML pages; the rest are text scrapes.
      format: i % 8 === 1 ? 'md' : i === 5 ? 'html' : 'txt',
      trailer: pick(rng, ['Editor Picks', 'Related Articles', 'Share this article', 'Most Read', null, null]),
    });
  }
  return { people, orgs, places, countries, outlets };
}
