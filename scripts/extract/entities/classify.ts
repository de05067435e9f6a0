// Whether a trimmed run of capitals is a name, and of what: a person, an organisation or a place, from
// the lexicons (gazetteer, organisation and place words, agencies) and the words around it ("Mr X",
// "X said", "the X militia", "in X"), with the roles written next to it ("military commander X", "X, a
// researcher at Y"). Names typed only by weak context are marked tentative or weak for coreference.
import type { ActorType } from '../../lib/types.ts';
import { AGENCIES, COMMON_WORDS, LANGUAGES, NON_ACTOR_ACRONYMS, SPEECH_VERBS, WEEKDAYS } from '../../language/lexicon/stopwords.ts';
import { GENERIC_SINGLE, NON_ACTOR_WORDS, ORG_WORDS, PLACE_WORDS, PURPOSE_HEADS, isGenericBody } from '../../language/lexicon/orgwords.ts';
import { countryOfWords } from '../../language/lexicon/places.ts';
import { cityKey, cityNames } from '../../language/lexicon/cities.ts';
import { KUNYA, NAME_PARTICLES } from '../../language/lexicon/particles.ts';
import { ROLE_NOUNS } from '../../language/lexicon/titles.ts';
import { CALENDAR, TITLE_WORDS, isDemonym, ordinaryOpener, placeName, type Cand, type Ctx } from './context.ts';
import { isAcronym, type Tok } from './tokens.ts';

const PLACE_PREPS = new Set(['in', 'near', 'outside', 'inside', 'at', 'from', 'to', 'across', 'around', 'into', 'towards', 'toward', 'across', 'throughout', 'via', 'between']);

/** Lower-case nouns right after a name that make it an organisation ("the X paramilitary network"). */
const ORG_NOUNS_AFTER = new Set([
  'network', 'militia', 'militias', 'group', 'groups', 'faction', 'factions', 'movement', 'party', 'organisation',
  'organization', 'coalition', 'alliance', 'forces', 'force', 'army', 'brigade', 'brigades', 'company', 'firm',
  'agency', 'outlet', 'newspaper', 'channel', 'think-tank', 'umbrella', 'directorate', 'leadership', 'fighters',
  'members', 'militants', 'spokesman', 'leader', 'leaders', 'commander', 'commanders', 'bloc', 'paramilitary',
  'paramilitaries', 'security', 'chief', 'website', 'broadcaster',
]);

/** Lower-case nouns right after a name that make it a place ("Zamfara state", "the X government"), or a site ("the X hospital"). */
const PLACE_NOUNS_AFTER = new Set([
  ...PLACE_WORDS, 'state', 'area', 'areas', 'regency', 'government', 'authorities', 'governor', 'villages',
  'residents', 'border', 'borders', 'coast', 'region', 'countryside', 'capital', 'municipality', 'county',
  'hospital', 'clinic', 'cathedral',
]);

/** Nouns after a name that make it a platform or product, not an actor ("Telegram channels"). */
const THING_NOUNS_AFTER = new Set(['app', 'apps', 'channel', 'channels', 'account', 'accounts', 'page', 'platform', 'website', 'site', 'video', 'videos', 'post', 'posts', 'feed', 'handle', 'hashtag', 'pandemic', 'virus', 'vaccine', 'variant']);

const ROLE_STOP = new Set(['and', 'or', 'but', 'of', 'the', 'a', 'an', 'with', 'by', 'for', 'to', 'in', 'on', 'at', 'against', 'from', 'as', 'that', 'which', 'who', 'killing', 'assassination', 'death', 'murder', 'said', 'says', 'told', 'its', 'his', 'her', 'their', 'our', 'named', 'appointed', 'lost', 'new', 'is', 'was', 'be', ...WEEKDAYS]);

/** A role written just before a name: "military commander X", "Iran's foreign minister, X", "Member of the parliament X". */
function leftRole(before: string): string[] {
  // Linear: split the last few words off by hand instead of an end-anchored regex.
  let cut = before.length;
  while (cut > 0 && (before[cut - 1] === ',' || /\s/.test(before[cut - 1]!))) cut--;
  const trimmed = before.slice(0, cut);
  const words = trimmed.split(/\s+/).slice(-8);
  if (words.length === 0 || !words[words.length - 1]) return [];
  // "Member of the Iraqi parliament X": a capitalised title word, "of", a short phrase.
  const ofAt = words.lastIndexOf('of');
  if (ofAt > 0 && words.length - ofAt <= 5) {
    const head = words[ofAt - 1].replace(/^[("“]/, '');
    const atStart = ofAt - 1 === 0 ? true : /[,;:(]$/.test(words[ofAt - 2]);
    if (atStart && /^\p{Lu}/u.test(head) && TITLE_WORDS.has(head.toLowerCase())) return [[head, ...words.slice(ofAt)].join(' ')];
  }
  const last = words[words.length - 1].replace(/[^\p{L}’'-]/gu, '');
  if (!ROLE_NOUNS.has(last.toLowerCase())) return [];
  // "through his lawyers, X said": a plural before a comma is not X's role ("her sons X, Y and Z" is).
  if (/s$/i.test(last) && /,\s*$/.test(before)) return [];
  let k = words.length - 1;
  while (k > 0 && words.length - k < 4) {
    const w = words[k - 1];
    if (ROLE_STOP.has(w.toLowerCase()) || /[.!?,;:()]/.test(w)) break;
    k--;
  }
  return [words.slice(k).join(' ').replace(/^[("“]+/, '')];
}

/** Lower-case nouns right before a name that make it a place ("the border town X", "the port X"). */
const PLACE_NOUNS_BEFORE = new Set(['town', 'city', 'village', 'capital', 'port', 'province', 'district', 'region', 'neighbourhood', 'neighborhood', 'suburb', 'island', 'enclave', 'governorate', 'municipality', 'oasis']);

/** First words of place names ("Port X", "Mount X", "Lake X"). */
const PLACE_OPENERS = new Set(['port', 'mount', 'mt', 'lake', 'camp', 'fort', 'cape', 'gulf', 'bay', 'strait', 'sea', 'isle']);

/** "the X and Y areas": X shares the place noun after Y. */
const COORDINATED_PLACE_RE = /^\s+and\s+\p{Lu}[\p{L}'’-]*\s+(?:areas|regions|provinces|districts|states|towns|villages|cities|governorates|counties)\b/u;

/** Lower-case nouns right before a name that make it an organisation ("oil giant X", "the charity X", "the NGO X"). */
const ORG_NOUNS_BEFORE = new Set([
  'giant', 'company', 'firm', 'group', 'broadcaster', 'newspaper', 'daily', 'weekly', 'magazine', 'agency', 'charity',
  'ngo', 'militia', 'party', 'movement', 'network', 'channel', 'outlet', 'station', 'website', 'carrier', 'airline',
  'lender', 'bank', 'insurer', 'conglomerate', 'maker', 'manufacturer', 'producer', 'retailer', 'operator',
  'regulator', 'watchdog', 'union', 'club', 'organisation', 'organization', 'outfit', 'faction', 'coalition',
  'alliance', 'bloc', 'cartel', 'gang', 'tank', 'think-tank', 'startup', 'start-up', 'subsidiary', 'automaker',
  'carmaker', 'miner', 'exporter', 'consultancy', 'publisher', 'broadcasters',
]);

/** Lower-case nouns after a name ruled by a person ("the X regime", "the X presidency"): X is the person. */
const PERSON_NOUNS_AFTER = new Set(['regime', 'presidency', 'premiership', 'loyalists', 'dynasty']);

/** Nouns after a name that make it the modifier of an event or document ("the X agreement", "the X talks"). */
const EVENT_NOUNS_AFTER = new Set([
  'agreement', 'agreements', 'deal', 'accord', 'accords', 'summit', 'talks', 'process', 'format', 'memorandum',
  'treaty', 'declaration', 'protocol', 'ceasefire', 'truce', 'conference', 'framework', 'roadmap', 'affair',
  'scandal', 'case', 'doctrine', 'initiative', 'plan', 'pact',
]);

/** Nouns an appositive names an organisation with ("X, a militant group", "X, the German payments firm"). */
const ORG_APPOSITIVE_RE = /^,\s+(?:a|an|the)\s+(?:(?!(?:at|of|for|in|with|from|by|on)\s)[\p{L}-]+\s+){0,4}?(?:group|organi[sz]ation|party|militia|movement|company|firm|agency|outfit|faction|network|charity|ngo|newspaper|broadcaster|bank|union|coalition|alliance|cartel|gang|body|institute|think[- ]tank)\b/u;

/** An appositive that names an organisation (ORG_APPOSITIVE_RE), its noun not a role's modifier ("a group leader"). */
function orgAppositive(after: string): boolean {
  const m = ORG_APPOSITIVE_RE.exec(after);
  if (!m) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(after.slice(m[0].length));
  return !next || !ROLE_NOUNS.has(next[1]!.toLowerCase());
}

/** Prepositions of place that name a building or its grounds ("towards the X", "in the vicinity of the X"). */
const SITE_BEFORE_RE = /\b(?:towards?|in the vicinity of|in front of|outside|opposite|near)\s+the\s+$/i;
/** What may follow a name that heads its phrase (not "near the X Army positions"). */
const HEAD_AFTER_RE = /^\s*(?:[,.;:)]|$|(?:where|in|on|at|and|by|to|for|as|from|with|when|while)\b)/;

/** A name in a frame of place: the building of a body named by its organisation word. */
function siteFrame(before: string, after: string): boolean {
  return SITE_BEFORE_RE.test(before) && HEAD_AFTER_RE.test(after); // ("near the X's gate": a possessive is no head)
}

/** National bodies that, capitalised mid-sentence and never in lower case in the article, are the institution ("Police had blocked", "Congress voted"). */
const NATIONAL_BODIES = new Set(['police', 'congress', 'parliament', 'senate', 'army', 'navy', 'judiciary', 'legislature']);

/** What follows a company's or a body's name: its stock ticker ("X (WDIG.DE)"), or its boss, shares, board, secretary ... ("X's former boss"). */
const COMPANY_AFTER_RE = /^(?:['’]s?)?\s*(?:\((?:[A-Z]{2,6}:\s*)?[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\)|(?:['’]s?\s+)(?:former\s+|ex-)?(?:boss|ceo|chief executive|chairman|founder|shares|shareholders|board|headquarters|auditors|employees|subsidiary|creditors|accounts|secretary|secretary-general)\b)/;

/** "the X's Secretary for ...", "the X's spokesman": an office of X, after a "the" no person's name takes. */
function officeAfter(after: string): boolean {
  const m = /^['’]s?\s+(?:deputy\s+|assistant\s+|former\s+)?([\p{L}-]+)/iu.exec(after);
  return !!m && (TITLE_WORDS.has(m[1]!.toLowerCase()) || ROLE_NOUNS.has(m[1]!.toLowerCase()));
}

/** Diplomatic bodies named by where they sit ("U.S. Embassy in Khartoum", "UN Mission in Libya"): organisations. */
export const INSTITUTIONS_IN = new Set(['embassy', 'consulate', 'mission', 'delegation', 'representation']);

/** Nouns after a sentence-opening word that show it names a body ("Labour leader X", "Hamas spokesman"). */
const OPENER_NOUNS_AFTER = new Set(['leader', 'leaders', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'chairman', 'chairwoman', 'party', 'lawmaker', 'lawmakers', 'mp', 'mps', 'co-leader', 'deputy']);
/** Members of an armed group or party after its name ("X fighters", "X militants"). */
const MEMBER_NOUNS_AFTER = new Set(['fighters', 'militants', 'gunmen', 'insurgents', 'rebels', 'militiamen', 'commanders', 'members', 'operatives', 'loyalists']);
/** Adjective endings: "Environmental groups" opens with an adjective, not a name. */
const ADJECTIVE_END_RE = /(?:al|ic|ive|ous|ary|ian|ist|ical|ful|less|able|ible)$/;

/** "according to X", "reported by X", "in an interview with X": a one-word source is an outlet unless a person's full name gives it. */
const SOURCE_BEFORE_RE = /\b(?:according to|reported by|quoted by|cited by|in an interview with|speaking to|told)\s*$/i;
/** "X reported that": an outlet reports. */
const REPORTED_AFTER = new Set(['reported', 'reports', 'quoted']);

/** Capitalised prepositions inside a body's name, never a person's ("Doctors Without Borders"). */
export const NAME_PREPOSITIONS = new Set(['without', 'against', 'beyond', 'across', 'under']);

/** Prepositions that open no name, even capitalised mid-sentence by a slip ("active combat In X"). */
const LEADING_PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'for', 'from', 'with', 'by', 'since', 'after', 'before', 'during', 'under', 'over', 'into', 'through', 'across', 'against', 'between', 'among', 'amid', 'within']);

/** A stock ticker ("WDIG.DE", "BA.N") or an acronym naming a model after its number ("737 MAX"). */
function isTickerOrModel(toks: Tok[], i: number, text: string): boolean {
  const t = toks[i].text;
  if (/^[A-Z0-9]{1,6}\.[A-Z]{1,3}$/.test(t)) return true;
  return i > 0 && /^\d[\d-]*$/.test(toks[i - 1].text) && /^[ \t\u00a0]$/.test(text.slice(toks[i - 1].end, toks[i].start)) && isAcronym(t);
}

/** An acronym defined by ordinary lower-case words ("the LAC (line of actual control)", "internally displaced people (IDPs)"). */
export function lowerCaseDefined(text: string, s: number, e: number, acronym: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase().replace(/S$/, '');
  const matches = (phrase: string) => phraseInitials(phrase, false) === letters || phraseInitials(phrase, true) === letters;
  const after = /^\s*\(/.test(text.slice(e, e + 3)) ? /^\s*\(([a-z][a-z\s-]{3,80})\)/.exec(text.slice(e, e + 90)) : null;
  if (after && matches(after[1]!)) return true;
  if (!/\(\s*$/.test(text.slice(Math.max(0, s - 3), s))) return false;
  const before = /([a-z][a-z\s-]{3,80})\s*\(\s*$/.exec(text.slice(Math.max(0, s - 90), s));
  if (!before) return false;
  const words = before[1]!.trim().split(/\s+/);
  for (let n = 2; n <= Math.min(6, words.length); n++) if (matches(words.slice(-n).join(' '))) return true;
  return false;
}

/** toks[k] is a word written all in capitals. */
function shouted(toks: Tok[], k: number): boolean {
  return k >= 0 && k < toks.length && toks[k].text.length > 1 && toks[k].cap && toks[k].text === toks[k].text.toUpperCase() && /\p{L}{2}/u.test(toks[k].text);
}

/** An organisation word, or its plural ("Committees"). */
function orgWord(w: string): boolean {
  return ORG_WORDS.has(w) || w.length > 4 && w.endsWith('s') && ORG_WORDS.has(w.slice(0, -1));
}

const DEFINITION_SKIP = /^(?:of|the|and|for|in|on)$/;
/** Initials of a phrase's words, function words left out unless `all`. */
function phraseInitials(phrase: string, all: boolean): string {
  let out = '';
  for (const w of phrase.split(/[\s-]+/)) if (w && (all || !DEFINITION_SKIP.test(w))) out += w[0]!.toUpperCase();
  return out;
}

/** Lower-case nouns after a run that make the nationality before it part of a body's name ("the Russian Unity party"). */
export const ORG_NOUNS_AFTER_RUN = new Set(['party', 'movement', 'bloc', 'front', 'alliance', 'coalition', 'group', 'militia']);

/** Runs of capitals that are no name at all (boilerplate, calendar words, titles alone, tickers ...). */
function notAName(ctx: Ctx, toks: Tok[], i: number, end: number, text: string, words: string[], surface: string): boolean {
  if (surface.length > 150 || end - i > 12) return true; // not a name: a run of capitals in a headline or junk
  if (!surface || /\d/.test(surface) && !/^[A-Z]/.test(surface)) return true;
  // "Covid-19", "G7 2020" ... but "the Covid 19 Bereaved Families group" is a body
  const bodyAfter = ORG_NOUNS_AFTER_RUN.has(toks[end]?.lower ?? '') && !toks[end]!.cap;
  if (/\d/.test(surface) && !ORG_WORDS.has(words[words.length - 1]) && !bodyAfter) return true;
  const single = words.length === 1;
  const w0 = words[0].replace(/\.$/, '');
  if (single && NON_ACTOR_ACRONYMS.has(surface.replace(/\./g, '').toUpperCase()) && isAcronym(surface)) return true;
  // (a country's code after a number is the country: "13 U.S. soldiers", not a model like "737 MAX")
  if (single && (isTickerOrModel(toks, i, text) && !placeName(ctx, surface) || isAcronym(surface) && lowerCaseDefined(text, toks[i].start, toks[i].end, surface))) return true;
  // A function word shouted in a run of capitals ("PRESIDENT ON Wednesday") is not an acronym.
  if (single && COMMON_WORDS.has(w0) && (shouted(toks, i - 1) || shouted(toks, i + 1))) return true;
  // A national body capitalised mid-sentence and never in lower case here ("Police had blocked") is the institution.
  const body = single && NATIONAL_BODIES.has(w0) && !toks[i].initial && !ctx.lowerSeen.has(w0);
  if (single && (COMMON_WORDS.has(w0) && !isAcronym(toks[i].text) && !body || CALENDAR.has(w0) || TITLE_WORDS.has(w0) && !ctx.capMid.has(w0) || isDemonym(ctx, w0) || LANGUAGES.has(w0))) return true;
  if (single && toks[i].initial && !isAcronym(toks[i].text) && ordinaryOpener(ctx, toks[i])) return true;
  if (!isAcronym(surface) && !words.some((w) => ORG_WORDS.has(w)) && words.every((w) => TITLE_WORDS.has(w.replace(/\.$/, '')) || COMMON_WORDS.has(w) || isDemonym(ctx, w) || NAME_PARTICLES.has(w))) return true;
  return false;
}

export function pushCand(ctx: Ctx, toks: Tok[], i0: number, end: number, sentence: number, text: string, roles: string[], out: Cand[]): void {
  let i = i0;
  // A preposition capitalised by a slip mid-sentence opens no name ("combat In Marquetalia").
  while (i < end - 1 && !toks[i].initial && LEADING_PREPOSITIONS.has(toks[i].lower) && toks[i + 1].cap) i++;
  const words = toks.slice(i, end).map((t) => t.lower);
  const surface = text.slice(toks[i].start, toks[end - 1].end);
  if (notAName(ctx, toks, i, end, text, words, surface)) return;
  const single = words.length === 1;
  const w0 = words[0].replace(/\.$/, '');

  const before = text.slice(Math.max(0, toks[i].start - 40), toks[i].start);
  const after = text.slice(toks[end - 1].end, toks[end - 1].end + 80);
  const prevWord = i > 0 && /^[\s“"‘]*$/.test(text.slice(toks[i - 1].end, toks[i].start)) ? toks[i - 1].lower : '';
  const nextM = /^['’]?s?[\s”"’]*(,\s*)?([\p{L}-]+)/u.exec(after);
  const nextWord = (nextM?.[2] ?? '').toLowerCase();
  // "X said" makes X a speaker; "from X, said ..." does not.
  const saysNext = !nextM?.[1] && SPEECH_VERBS.has(nextWord);
  const quoted = /[“"‘«]\s*$/.test(before) && /^\s*[”"’»]/.test(after);
  const quotedIntro = quoted && /\b(calling itself|calls itself|called|named|known as|dubbed|styling itself)\s+(the\s+)?[“"‘«]\s*$/i.test(before);
  const ctxRoles = [...roles];

  // Role phrases around the name: "military commander X", "X, a researcher at Y," "Member of the parliament X".
  ctxRoles.push(...leftRole(before));
  // Apposition: "X, a researcher at Y," (the phrase up to the next comma or stop, at most 14 words).
  const appos = /^,\s+(?:a|an|the)\s+([^,;.()]{1,120})/u.exec(after);
  // "X, a militant group": a body's appositive, though a role noun opens it (not "X, a group leader").
  if (appos && !orgAppositive(after)) {
    const phrase = appos[1].trim();
    const first = phrase.split(/\s+/);
    if (first.length <= 14 && first.slice(0, 3).some((w) => ROLE_NOUNS.has(w.toLowerCase()))) ctxRoles.push(phrase);
  }

  // "ERBIL, Region –": a dateline left in the text belongs to the metadata, not to the actors.
  if (single && toks[i].initial && /^[A-Z]{4,}$/.test(surface) && !AGENCIES.has(w0) && /^\s*[,–—]/.test(after)) return;
  // "US Embassy" where the article otherwise writes "embassy": a country plus an ordinary noun.
  if (!single && placeName(ctx, toks[i].text) && words.slice(1).every((w) => ctx.lowerSeen.has(w) && !ORG_WORDS.has(w) && !PLACE_WORDS.has(w))) {
    pushCand(ctx, toks, i, i + 1, sentence, text, roles, out);
    return;
  }
  // Names of operations and code words are not actors.
  if (/\b(code-?named|codenamed|dubbed|operation)\s*[“"‘]?\s*$/i.test(before) && !words.some((w) => ORG_WORDS.has(w))) return;
  const cues: Cues = { before, after, prevWord, nextWord, saysNext, quotedIntro, roles: ctxRoles };
  const typed = decideType(ctx, toks, i, end, words, surface, cues);
  if (!typed) return;
  const { type, weak, place, strong, shape, city } = typed;
  // The tail of a name a number interrupts ("Covid 19 Bereaved Families ...") is no name of its own.
  const tentative = typed.tentative || (i >= 2 && /^\d{1,4}$/.test(toks[i - 1].text) && toks[i - 2].cap && text.slice(toks[i - 2].end, toks[i].start) === ` ${toks[i - 1].text} `);

  out.push({
    sentence,
    start: toks[i].start,
    end: toks[end - 1].end,
    text: surface,
    words,
    type,
    roles: ctxRoles,
    tentative,
    initial: toks[i].initial,
    possessive: toks[end - 1].poss,
    weak,
    strong,
    ...(shape ? { shape } : {}),
    ...(city ? { city } : {}),
    canonical: type === 'place' ? place ?? undefined : undefined,
    ...(type === 'organization' ? qualifierOf(toks, i, end, text) : {}),
    order: out.length,
  });
}

/** The words around a candidate that tell its type. */
interface Cues {
  before: string;
  after: string;
  prevWord: string;
  nextWord: string;
  saysNext: boolean;
  quotedIntro: boolean;
  roles: string[];
}

/**
 * The country of a generic body: written in its name ("Turkish Defense Ministry", "UAE Foreign
 * Ministry") or as a possessive before it ("China's Foreign Ministry", "Yemen's Armed Forces").
 */
function qualifierOf(toks: Tok[], i: number, end: number, text: string): { qualifier?: string; qualifiedForm?: string } {
  for (const n of [2, 1]) {
    if (end - i <= n) continue;
    const q = countryOfWords(toks.slice(i, i + n).map((t) => t.text).join(' '));
    const rest = toks.slice(i + n, end).map((t) => t.lower.replace(/\.$/, ''));
    if (q && isGenericBody(rest)) return { qualifier: q };
  }
  if (!isGenericBody(toks.slice(i, end).map((t) => t.lower.replace(/\.$/, '')))) return {};
  for (const n of [2, 1]) {
    const k = i - n;
    if (k < 0 || !toks[i - 1].poss || !/^['’]s?\s+$/.test(text.slice(toks[i - 1].end, toks[i].start))) continue;
    const q = countryOfWords(toks.slice(k, i).map((t) => t.text).join(' '));
    if (q) return { qualifier: q, qualifiedForm: text.slice(toks[k].start, toks[end - 1].end) };
  }
  return {};
}

/**
 * A larger city's name (cities.ts): not a word the article writes in lower case ("Reading", "Nice"),
 * nor an acronym of four capitals or fewer ("ABA").
 */
function largeCity(ctx: Ctx, toks: Tok[], i: number, words: string[], surface: string): boolean {
  if (words.length === 1 && (ctx.lowerSeen.has(words[0]) || isAcronym(toks[i].text) && surface.length < 5)) return false;
  return cityNames().has(cityKey(surface));
}

/** A candidate's type from the lexicons and its context; null when it is no actor. */
function decideType(ctx: Ctx, toks: Tok[], i: number, end: number, words: string[], surface: string, c: Cues): { type: ActorType | null; tentative: boolean; weak: boolean; place: string | null; strong: boolean; shape: boolean; city: boolean } | null {
  const { before, after, prevWord, nextWord, saysNext, quotedIntro } = c;
  const single = words.length === 1;
  const w0 = words[0].replace(/\.$/, '');
  const lastW = words[words.length - 1];
  let type: ActorType | null = null;
  let tentative = false;
  let weak = false;
  let shape = false;
  // Typed by a guess only (the shape of the name, a "the" before it, capitals, an event noun after it): a city's name wins.
  let guess = false;
  let strong = true; // unless a frame of place says otherwise (below)
  const allCapsSingle = single && isAcronym(toks[i].text.replace(/\.$/, '')) || single && /^[A-Z](\.[A-Z])+\.?$/.test(toks[i].text);
  const place = placeName(ctx, surface);
  // ("Sudan People's Liberation Movement-North": a body's name, a hyphen, its faction's name; a person's role wins)
  const factionSuffix = c.roles.length === 0 && words.some((w, k) => k > 0 && GENERIC_SINGLE.has(w.split('-')[0]!) && /^[\p{L}'’]+-\p{Lu}/u.test(toks[i + k]?.text ?? ''));
  const hasOrgWord = factionSuffix || words.some((w) => orgWord(w.replace(/\.$/, '')) || ORG_WORDS.has(w.replace(/^[a-z]+-/, '')));
  const endsPlaceWord = PLACE_WORDS.has(lastW);
  const nonActor = words.some((w) => NON_ACTOR_WORDS.has(w));
  // A generic body capitalised mid-sentence and never written in lower case here ("Police had blocked", "Congress voted").
  const institution = single && (NATIONAL_BODIES.has(w0) && !toks[i].initial && !ctx.lowerSeen.has(w0) || ctx.defined.has(w0)) && !TITLE_WORDS.has(nextWord) && !ROLE_NOUNS.has(nextWord);
  // Nouns around the name that make it an organisation (tested only when no lexicon has typed it).
  let orgCueMemo: boolean | undefined;
  // ("which is linked to X", "affiliated with X": a group, not a place)
  const orgCue = () => (orgCueMemo ??= (ORG_NOUNS_BEFORE.has(prevWord) || orgAppositive(after) || COMPANY_AFTER_RE.test(after) || prevWord === 'the' && officeAfter(after) || /\b(?:linked|affiliated|allied|aligned|loyal)\s+(?:to|with)\s+$/i.test(before)) && c.roles.length === 0);
  const institutionIn = words.some((w, k) => k > 0 && w === 'in' && INSTITUTIONS_IN.has(words[k - 1]));
  // "Campaign to Stop X", "Coalition against Y": a body named after its purpose.
  const purpose = words.some((w, k) => k > 0 && (w === 'to' || w === 'against') && PURPOSE_HEADS.has(words[k - 1]));
  // An honorific right before the name makes a person, even of a word that names places ("Mr Park").
  const honorific = /\b(Mr|Mrs|Ms|Miss|Mme|Dr|Mister)\.?[ \t\u00a0]+$/.test(before) && (single || !hasOrgWord && !endsPlaceWord);
  if (honorific) type = 'person';
  else if (place) type = 'place';
  else if (quotedIntro) type = 'organization';
  else if ((endsPlaceWord || PLACE_WORDS.has(w0) && words[1] === 'of') && !words.some((w) => w === 'brigade' || w === 'brigades')) type = 'place';
  else if (institution || institutionIn || purpose || !single && words.slice(1).some((w) => NAME_PREPOSITIONS.has(w))) type = 'organization'; // "Reporters Without Borders"
  else if (hasOrgWord && !(single && GENERIC_SINGLE.has(w0)) && !single && siteFrame(before, after)) {
    type = 'place'; // "towards the Presidential Secretariat where ...": the building; an agentive mention elsewhere outvotes it
    strong = false;
  }
  else if (hasOrgWord && !(single && GENERIC_SINGLE.has(w0))) type = 'organization';
  else if (!single && PLACE_OPENERS.has(w0) && !saysNext) type = 'place'; // "Port Velm", "Mount Sinjar", "Camp Bastion"
  else if (single && GENERIC_SINGLE.has(w0)) return null;
  else if ((nonActor && !c.roles.length && !saysNext) || THING_NOUNS_AFTER.has(nextWord)) return null; // "host Bill X" is a person
  else if (AGENCIES.has(w0) && single) type = 'organization';
  else if (orgCue()) type = 'organization';
  else if (SOURCE_BEFORE_RE.test(before) && single || REPORTED_AFTER.has(nextWord) && single && !toks[i].initial) type = 'organization'; // an outlet named as a source
  else if (PERSON_NOUNS_AFTER.has(nextWord)) type = 'person';
  else if (EVENT_NOUNS_AFTER.has(nextWord) && !allCapsSingle) {
    type = single ? null : 'organization';
    tentative = true; // "the X agreement": kept only as a short form of a name the article gives
    guess = true; // "the Geneva talks": where they are held
  }
  else if (PLACE_NOUNS_BEFORE.has(prevWord) && !saysNext || COORDINATED_PLACE_RE.test(after)) type = 'place';
  else if (PLACE_NOUNS_AFTER.has(nextWord) || /^\s*[–—-]\s*\p{Lu}\p{L}*\s+(road|highway|border|railway|route|corridor|line)\b/u.test(after) || ['nearby', 'neighbouring', 'neighboring'].includes(prevWord) || /\b(island|state|province|region|city|town|village|district|county|capital|governorate|municipality|outskirts|suburbs?) of\s*$/i.test(before)) {
    type = 'place';
    weak = true; // context only: a person's surname in the article wins ("the X government")
  }
  else if (allCapsSingle) {
    type = 'organization';
    guess = true; // a dateline's city is written in capitals too
  }
  else if (LANGUAGES.has(lastW) && !single) type = 'organization'; // "X English", a media edition
  else if (!single && /^(al|el|the)$/.test(w0)) type = 'organization'; // "Al X" / "The X" with no given name: a group or outlet
  else if (c.roles.length > 0 || /\b(Mr|Mrs|Ms|Dr)\.?\s*$/.test(before)) type = 'person';
  else if (/\b(told|remarks to|interview with|statement to|quoted by|reported by|broadcast by|published by)\s*$/i.test(before) && !saysNext) type = 'organization';
  else if (ORG_NOUNS_AFTER.has(nextWord) && !saysNext) type = 'organization';
  else if (PLACE_PREPS.has(prevWord) && (single || !['from', 'to', 'between'].includes(prevWord)) && !saysNext) {
    type = 'place';
    weak = true; // "between X and", "to X": a person's surname elsewhere in the article wins
  }
  else if (prevWord === 'the') {
    type = 'organization';
    shape = guess = true; // "the X" alone is a guess: any other cue for X wins
  }
  else if (saysNext) type = 'person';
  else if (!single && words.some((w) => KUNYA.has(w))) type = 'person';
  else if (!single && words.length <= 5) {
    type = 'person';
    shape = guess = true; // only the shape of a name: any typed mention of it elsewhere wins
  }
  else {
    tentative = true;
    guess = !single; // a single word with no cue at all is as often a surname or a party's short name ("Morena")
  }
  if (single && type === 'person' && !c.roles.length && !saysNext) tentative = true;
  // A sentence-opening single word typed only by its context ("Environmental groups") is not trusted,
  // unless the article never writes it in lower case and an organisation noun follows ("Labour leader X").
  // ("Al-Shabaab fighters overran ...": a member noun after a word the article capitalises mid-sentence too)
  const memberOpener = MEMBER_NOUNS_AFTER.has(nextWord) && ctx.capMid.has(w0);
  const trustedOpener = single && toks[i].initial && type === 'organization' && (OPENER_NOUNS_AFTER.has(nextWord) || memberOpener || orgCue()) && !ctx.lowerSeen.has(w0) && !ADJECTIVE_END_RE.test(w0);
  if (single && toks[i].initial && !place && !hasOrgWord && !allCapsSingle && !quotedIntro && !AGENCIES.has(w0) && !trustedOpener) tentative = true;
  if (single && !allCapsSingle && type !== 'place' && type !== 'organization') tentative = true;
  strong &&= !!place || hasOrgWord || quotedIntro || (single && AGENCIES.has(w0)) || allCapsSingle;
  // A larger city's name where only a guess typed it ("SAN JOSE –", "the Glasgow summit"); a surname of
  // a person the article names still wins over a single word (weak). A preposition before a name is left
  // its weak vote ("outside X's offices" is said of a party as well).
  const city = guess && largeCity(ctx, toks, i, words, surface);
  if (city) {
    type = 'place';
    tentative = shape = strong = false;
    weak = single;
  }
  return { type, tentative, weak, place, strong, shape, city };
}
