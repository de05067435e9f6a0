// How generated prose writes about any actor: the grammatical number of a name or a description
// ("Pro-Iran forces", "the militias", "a masked fighter"), verbs that agree with it, possessives, lists,
// a description's casing inside a sentence, and the key under which two wire copies that differ only in
// typography (straight or curly quotes and apostrophes, dashes, spacing) are one text.

export type GrammaticalNumber = 'singular' | 'plural';

/**
 * The text with typography that does not change its words made uniform: curly and straight quotes and
 * apostrophes, dashes and hyphens, ellipses, spaces; in lower case. Two texts with the same key say the same.
 */
export function typographicKey(text: string): string {
  return (text ?? '')
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s*\.\.\.\s*/g, '... ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim()
    .replace(/[\s,.;:]+$/, '')
    .toLowerCase();
}

/** The first of each group of items whose keys are typographically the same, in the order given. */
export function uniqueByTypography<T>(items: T[], textOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = typographicKey(textOf(item));
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

// Words ending in -s that are not plural nouns (function words, adjectives in -ous, singular -ss/-is/-us).
const NOT_PLURAL = new Set([
  'news', 'series', 'species', 'means', 'headquarters', 'whereas', 'always', 'perhaps', 'was', 'has', 'is', 'this', 'his', 'its', 'us',
  'as', 'yes', 'thus', 'plus', 'unless', 'across', 'besides', 'towards', 'afterwards', 'politics', 'physics', 'economics', 'analysis',
  'crisis', 'basis', 'thesis', 'status', 'campus', 'consensus', 'census', 'virus', 'bus', 'gas', 'chaos', 'atlas', 'alias', 'canvas',
]);
const PLURAL_IRREGULAR = /^(?:people|police|children|men|women|[\p{L}-]+(?:men|women|people)|militia(?:men)?s?|staffers|troops|forces|clergy)$/iu;
// Words that open a description of one person or thing.
const SINGULAR_OPENERS = /^(?:a|an|one|another|each|every|either|neither|this|that|the\s+same\s+(?!\w+s\b))\b/i;
// Words a description's head noun cannot be past: prepositions, relatives, punctuation.
const HEAD_STOP = /^(?:of|from|for|in|on|at|with|by|to|into|through|under|over|near|loyal|who|which|that|whose|speaking|according|familiar|close|linked|allied|backed)$/i;

/** A word that reads as a plural noun ("fighters", "forces", "militiamen"), not an acronym, a name or a function word. */
export function isPluralNoun(word: string): boolean {
  const w = word.replace(/[’']s$|[^\p{L}-]+$/gu, '');
  if (!w || w === w.toUpperCase()) return false;
  if (PLURAL_IRREGULAR.test(w)) return true;
  const lower = w.toLowerCase();
  if (NOT_PLURAL.has(lower)) return false;
  return /[^su'’]s$/.test(lower) && !/(?:ous|ss|is)$/.test(lower);
}

/**
 * The grammatical number of a description as a source writes it: plural when its head noun is plural
 * ("Pro-Iran forces", "members of the group", "Outraged fighters spread out ...") or it joins two people
 * ("the president and prime minister"); singular after "a", "one", "another" and for a name.
 * `named`: the phrase is an actor's name — names of people, places and organisations take the singular
 * ("Hezbollah says"), unless an organisation is named after its plural members ("the Quds Brigades say") or the name is a one-word plural of a people ("Kurds").
 */
export function numberOf(phrase: string, opts: { named?: boolean; type?: string } = {}): GrammaticalNumber {
  const text = (phrase ?? '').trim();
  if (!text) return 'singular';
  if (opts.named) {
    if (opts.type && opts.type !== 'organization') return 'singular';
    const words = text.replace(/^the\s+/i, '').split(/\s+/);
    // A group named after its plural members takes the plural ("the Abu Bakr Brigades threaten").
    if (opts.type === 'organization' && words.length > 1 && PLURAL_NAMED_HEAD.test(words[words.length - 1])) return 'plural';
    return words.length === 1 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(words[0]) && isPluralNoun(words[0]) && !/(?:as|is|us)$/.test(words[0]) ? 'plural' : 'singular';
  }
  if (SINGULAR_OPENERS.test(text)) return 'singular';
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length && i < 8; i++) {
    const w = words[i];
    if (HEAD_STOP.test(w) || /^[,;:(]/.test(w)) break;
    if (/^and$/i.test(w) && i > 0 && !/^(?:and)$/i.test(words[i + 1] ?? '')) {
      // "the president and prime minister": two people; "Iraqi and Western officials": adjectives, the noun decides
      const next = words[i + 1] ?? '';
      if (/^\p{Ll}/u.test(next) || /^(?:the|a|an|his|her|its|their)$/i.test(next)) return 'plural';
      continue;
    }
    if (isPluralNoun(w)) return 'plural';
    if (/[,;]$/.test(w)) break;
  }
  return 'singular';
}

const PLURAL_NAMED_HEAD = /^(?:Brigades|Battalions|Militias|Rebels|Guards|Forces|Units|Squads|Companies)$/;

const IRREGULAR_PRESENT: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes', say: 'says' };
const PLURAL_PRESENT: Record<string, string> = { be: 'are' };

/** The present tense of a verb for a subject of this number: accuse -> "accuses" / "accuse", be -> "is" / "are". */
export function presentVerb(base: string, n: GrammaticalNumber): string {
  if (n === 'plural') return PLURAL_PRESENT[base] ?? base;
  if (IRREGULAR_PRESENT[base]) return IRREGULAR_PRESENT[base];
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

/** A verb phrase in the present, its first word agreeing: "make demands of" -> "makes demands of" / "make demands of". */
export function presentPhrase(phrase: string, n: GrammaticalNumber): string {
  const [first, ...rest] = phrase.split(' ');
  return [presentVerb(first, n), ...rest].join(' ');
}

// Reporting and hostile verbs a source writes as a participle after its speaker ("with a spokesman urging ...").
const PAST_OF_ING: Record<string, string> = {
  saying: 'said', telling: 'told', urging: 'urged', warning: 'warned', threatening: 'threatened', accusing: 'accused', calling: 'called',
  demanding: 'demanded', vowing: 'vowed', slamming: 'slammed', blaming: 'blamed', denying: 'denied', claiming: 'claimed', insisting: 'insisted',
  pledging: 'pledged', describing: 'described', condemning: 'condemned', arguing: 'argued', noting: 'noted', adding: 'added', stressing: 'stressed',
  asking: 'asked', charging: 'charged', alleging: 'alleged', predicting: 'predicted', promising: 'promised', announcing: 'announced',
  criticising: 'criticised', criticizing: 'criticized', rejecting: 'rejected', dismissing: 'dismissed', declaring: 'declared', vowed: 'vowed',
  writing: 'wrote', tweeting: 'tweeted', stating: 'stated', confirming: 'confirmed', welcoming: 'welcomed', praising: 'praised',
};
// Irregular verbs' present participles and their simple past.
const IRREGULAR_ING: Record<string, string> = {
  making: 'made', giving: 'gave', taking: 'took', speaking: 'spoke', holding: 'held', sending: 'sent', leading: 'led', leaving: 'left',
  meeting: 'met', bringing: 'brought', fighting: 'fought', seeking: 'sought', keeping: 'kept', building: 'built', spreading: 'spread',
  striking: 'struck', shooting: 'shot', hitting: 'hit', putting: 'put', setting: 'set', cutting: 'cut', running: 'ran', coming: 'came',
  going: 'went', becoming: 'became', seeing: 'saw', knowing: 'knew', throwing: 'threw', drawing: 'drew', flying: 'flew', standing: 'stood',
  sitting: 'sat', paying: 'paid', buying: 'bought', thinking: 'thought', catching: 'caught', finding: 'found', hearing: 'heard', winning: 'won',
  losing: 'lost', beginning: 'began', swearing: 'swore', rising: 'rose', falling: 'fell', breaking: 'broke', choosing: 'chose', driving: 'drove',
  selling: 'sold', stealing: 'stole', wearing: 'wore', being: 'was', having: 'had', doing: 'did', fleeing: 'fled', hiding: 'hid', laying: 'laid',
};
/**
 * The simple past of a present participle ("urging" -> "urged", "deploying" -> "deployed", "slamming" ->
 * "slammed", "denying" -> "denied", "making" -> "made"); null for a word that is not one.
 */
export function pastOfParticiple(word: string): string | null {
  const w = word.toLowerCase();
  if (PAST_OF_ING[w]) return PAST_OF_ING[w];
  if (IRREGULAR_ING[w]) return IRREGULAR_ING[w];
  const m = /^(\p{Ll}{2,})ing$/u.exec(w);
  if (!m || /^(?:th|br|r|s|k|w|cl|sw|sl|spr|str|st)$/.test(m[1])) return null; // "thing", "bring", "king", "swing" ...
  const stem = m[1];
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  return `${stem}ed`;
}

// Irregular past participles and their simple past, for "has taken" -> "took".
const IRREGULAR_PAST: Record<string, string> = {
  taken: 'took', given: 'gave', begun: 'began', driven: 'drove', fallen: 'fell', seen: 'saw', stolen: 'stole', thrown: 'threw',
  withdrawn: 'withdrew', written: 'wrote', chosen: 'chose', broken: 'broke', done: 'did', gone: 'went', beaten: 'beat', risen: 'rose',
  shown: 'showed', spoken: 'spoke', sworn: 'swore', flown: 'flew', grown: 'grew', known: 'knew', drawn: 'drew', eaten: 'ate',
};
const SAME_PAST = /^(?:struck|shot|held|sent|spread|met|fought|brought|caught|led|left|lost|made|paid|said|told|put|hit|set|cut|won|built|kept|found|sought|seized|fled|dealt|sat|stood|heard|meant|lit|bought|thought|taught|bound|wound|hung|slid)$/i;

/**
 * A clause told as a simple past in a narrative: "has warned" -> "warned", "had carried out" -> "carried
 * out", "have taken" -> "took". Forms it cannot turn safely (passives with "been", unknown participles)
 * stay as written.
 */
export function simplePast(clause: string): string {
  return clause.replace(/\b(?:has|have|had)\s+(?:(?:also|already|reportedly|allegedly|since|now|recently)\s+)?([\p{L}-]+)/giu, (m, part: string) => {
    const lower = part.toLowerCase();
    if (lower === 'been' || lower === 'not' || lower === 'no') return m;
    const adverb = /\s(also|already|reportedly|allegedly|since|now|recently)\s/i.exec(m)?.[1];
    const past = /ed$/.test(lower) ? part : IRREGULAR_PAST[lower] ?? (SAME_PAST.test(lower) ? part : null);
    if (!past) return m;
    return adverb ? `${adverb} ${past}` : past;
  });
}

/** "Jane Roe’s", "pro-Iran forces’", "ISIS’s". */
export function possessive(name: string, n: GrammaticalNumber = 'singular'): string {
  return n === 'plural' && /s$/.test(name) ? `${name}’` : `${name}’s`;
}

/** "A", "A and B", "A, B and C" (an "or" list with conj = "or"). */
export function listOf(items: string[], conj = 'and'): string {
  const xs = items.filter((x) => x && x.trim());
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} ${conj} ${xs[xs.length - 1]}`;
}

export const capital = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

// Words that open a description and are lower case inside a sentence.
const LOWER_OPENERS = /^(?:A|An|The|Another|One|Two|Three|Four|Five|Several|Some|Many|Most|Few|Other|Others|These|Those|This|That|Its|Their|His|Her|Our|Unidentified|Unnamed|Masked|Armed|Senior|Top|Local|Security|Government|Military|Officials?|Members?|Fighters?|Sources?|Witnesses?|Residents?|Analysts?|Observers?|Experts?|Police|Protesters?|Gunmen|Militants?|Rebels?|Troops|Soldiers?|Forces|Militias?|Groups?|Factions?|Spokes(?:man|woman|person))$/;

/**
 * A description as it reads inside a sentence: "An informed source" -> "an informed source", "Outraged
 * fighters" -> "outraged fighters"; names and proper adjectives keep their capital ("Pro-Iran forces",
 * "Iran-backed militias"). `lowerWords`: words the sources write in lower case (the first word is lowered when
 * it is one of them).
 */
export function midSentence(phrase: string, lowerWords?: Set<string>): string {
  const m = /^(\p{Lu}\p{Ll}*)((?![\p{L}-]).*)$/su.exec(phrase ?? '');
  if (!m) return phrase;
  const [, first, rest] = m;
  const lower = first.toLowerCase();
  if (LOWER_OPENERS.test(first) || (first.length > 1 && lowerWords?.has(lower)) || /^\p{Lu}\p{Ll}+(?:ed|ing|ly)$/u.test(first)) return lower + rest;
  return phrase;
}

/** How a party is named in prose: its words, whether they are an actor's name, and their number. */
export interface PartyName {
  text: string;
  number: GrammaticalNumber;
}

/** Someone the sources do not name: "an unnamed source" (or "unnamed sources"). */
export const UNNAMED: PartyName = { text: 'an unnamed source', number: 'singular' };

/**
 * A description trimmed to the words that name who it is: "Outraged fighters spread out through the streets"
 * -> "Outraged fighters"; "one politician, speaking on condition of anonymity" -> "one politician". Keeps
 * what follows the head noun only when it says whose ("members of the group", "officials in the capital").
 */
export function describedParty(label: string): PartyName | null {
  let text = (label ?? '').replace(/\s+/g, ' ').trim();
  text = text.replace(/\s*,\s*(?:\p{Ll}+ing|who|which|whose)\b.*$/u, '').replace(/\s+(?:who|which|whose)\s.*$/, '');
  const words = text.split(' ');
  const head = words.findIndex((w, i) => i < 8 && isPluralNoun(w));
  if (head >= 0 && head + 1 < words.length && !/^(?:of|from|in|at|for|with|loyal|close|linked|allied|backed|inside|within)$/i.test(words[head + 1])) {
    text = words.slice(0, head + 1).join(' ');
  }
  text = text.replace(/[\s,;:]+$/, '');
  if (!usableDescription(text)) return null;
  return { text, number: numberOf(text) };
}

/** Pronouns and determiners alone do not describe a speaker ("he", "a", "they"). */
const EMPTY_LABEL = new Set(['a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'one', 'this', 'that', 'these', 'those', 'someone', 'unknown', 'unnamed', 'him', 'her', 'them']);
// Head nouns that name a time, a part or a circumstance, never a speaker ("the beginning of the attacks").
const NO_ONE_HEAD = /^(?:the\s+|a\s+|an\s+)?(?:beginning|start|end|rest|course|wake|aftermath|time|day|week|month|year|part|result|case|number|series|height|middle|wake|face|light|context|event|news|moment|period)\b/i;
export function usableDescription(label: string): boolean {
  const l = (label ?? '').trim().toLowerCase();
  return l.length >= 3 && !NO_ONE_HEAD.test(l) && !EMPTY_LABEL.has(l) && /\p{L}{3}/u.test(l) && l.split(/\s+/).length <= 10;
}

// Head words after which an organisation's or a place's name takes "the" ("the Quds Force", "the United
// States", "the Ministry of the Interior"); a name that is an acronym or a proper word ("Hamas") does not.
const GENERIC_HEAD = /^(?:Brigades?|Battalions?|Forces?|Corps|Council|Ministry|Institute|University|Zone|House|Front|Movement|Party|Army|Guards?|Service|Services|Directorate|Union|Committee|Commission|Court|Agency|Authority|Bloc|Company|Group|League|Network|Organi[sz]ation|Office|Department|Alliance|Coalition|Federation|Assembly|Parliament|Government|Administration|States|Kingdom|Republic|Emirates|Nations|Islands|Netherlands|Philippines|Bahamas|Maldives|Gambia|Foundation|Fund|Bank|Centre|Center|Association|Mission|Command|Police|Navy|Militia|Militias|Cartel|Caliphate|State|Congress|Senate|Cabinet|Presidency|Embassy|Secretariat|Tribunal|Board|Bureau|Unit|Squad|Division|Regiment|Revolution|Resistance|Opposition|Rebels|Army|Fleet|Programme|Program)$/;
const GENERIC_FIRST = /^(?:United|Republic|Kingdom|Democratic|Islamic\s+Republic|Federal|Central|Supreme|National|International|European|Arab|African)\b/;

/** True when an organisation's or place's name takes "the" in running text. */
export function takesArticle(name: string, type?: string): boolean {
  if (type === 'person' || !name || /^the\s/i.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length === 1) return false;
  // the head: the word before "of" ("Forces of Colombia", "Ministry of the Interior"), else the last
  const of = words.findIndex((w, i) => i > 0 && w === 'of');
  const head = words[of > 0 ? of - 1 : words.length - 1].replace(/[^\p{L}]/gu, '');
  if (GENERIC_HEAD.test(head)) return true;
  return type === 'place' ? GENERIC_FIRST.test(name) : false;
}

/** A name as it reads inside a sentence: "the United States", "the Quds Force", "Kataib Hezbollah". */
export function inSentence(name: string, type?: string): string {
  return takesArticle(name, type) ? `the ${name}` : name;
}
