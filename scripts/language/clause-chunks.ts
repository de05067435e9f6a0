// The chunker under clause.ts: wink's tags corrected where they go wrong in news text (hyphen compounds,
// possessives, names the caller knows, "-ing" words read as nouns), then base noun phrases and verb groups
// (auxiliaries, negation, particle; tense and voice from the word forms). Closed grammatical word
// classes live here too: these are grammar, not topic lexicons.
import type { Pos, Token } from './tokens.ts';
import type { NounPhrase, Span, Tense, VerbGroup } from './clause.ts';

// Closed word classes

export const BE = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m']);
export const GET = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
export const HAVE = new Set(['have', 'has', 'had', 'having', "'ve", '’ve']);
export const FUTURE = new Set(['will', 'shall', "'ll", '’ll', 'wo']);
export const MODALS = new Set(['would', 'should', 'can', 'could', 'may', 'might', 'must', 'ca', "'d", '’d', 'ought']);
export const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
export const NEGATION = new Set(['not', "n't", 'n’t', 'never']);
export const PERSONAL = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them', 'one', 'itself', 'himself', 'herself', 'themselves', 'this', 'these', 'those', 'both', 'all', 'some', 'many', 'others', 'none']);
export const POSSESSIVE_DET = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
export const RELATIVE = new Set(['who', 'whom', 'which', 'whose']);
export const SUBORDINATORS = new Set(['because', 'although', 'though', 'while', 'whereas', 'after', 'before', 'when', 'since', 'unless', 'if', 'as', 'until', 'once', 'whether', 'whenever', 'where']);
export const WH = new Set(['whether', 'if', 'what', 'how', 'why', 'when', 'where', 'who', 'which']);
/** Words that open a clause (never inside a noun phrase). */
const opensClause = (w: string): boolean => WH.has(w) || SUBORDINATORS.has(w) || RELATIVE.has(w);
export const PARTICLES = new Set(['up', 'down', 'off', 'out', 'back', 'away']);
/** Head nouns of phrases that only say when. */
export const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon evening night day days week weeks month months year years weekend hour hours minute minutes time january february march april may june july august september october november december'.split(' '));
/** Verbs whose subject may follow them after a quotation or reported content (", said the minister"). */
export const INVERTING = new Set(['say', 'add', 'write', 'warn', 'note', 'explain', 'insist', 'argue', 'stress', 'continue', 'declare', 'reply', 'recall', 'ask', 'tweet', 'caution', 'state', 'announce', 'claim', 'report', 'confirm', 'tell', 'conclude', 'admit', 'acknowledge', 'allege', 'charge']);
/** Acts whose bare form the tagger reads as a noun after "and" ("attacked X and arrest Y"). */
const BARE_ACTS = new Set(['arrest', 'attack', 'detain', 'raid', 'shell', 'target', 'abduct', 'kidnap', 'storm', 'seize', 'capture', 'ambush', 'bomb', 'strike']);
/** Verbs whose complement clause may come without "that" and open with coordinated subjects ("said A and B
 * must resign"); verbs that take an object before their clause (tell, ask, warn) are not among them. */
export const BARE_CLAUSE = new Set(['say', 'add', 'write', 'note', 'explain', 'insist', 'argue', 'stress', 'declare', 'reply', 'claim', 'confirm', 'conclude', 'admit', 'acknowledge', 'allege', 'believe', 'think', 'fear', 'hope', 'suggest', 'know', 'feel', 'predict', 'assert', 'maintain', 'contend', 'tweet', 'announce', 'state']);
/** Verbs whose object is followed by an of-/with-/for- complement that is the content (accused X of Y). */
/** Verbs whose object does what the infinitive after it says ("urged X to leave"). */
export const OBJECT_CONTROL = new Set(['urge', 'ask', 'tell', 'order', 'force', 'allow', 'encourage', 'warn', 'persuade', 'invite', 'compel', 'press', 'push', 'help', 'enable', 'instruct', 'direct', 'request', 'require', 'advise', 'permit', 'expect', 'want', 'summon', 'pressure', 'pressurise', 'pressurize', 'challenge', 'beg', 'implore', 'call']);
export const CONTENT_PREP: Record<string, Set<string>> = {
  of: new Set(['accuse', 'suspect', 'convict', 'acquit', 'warn', 'clear', 'absolve', 'inform', 'notify', 'remind', 'deprive', 'rob', 'assure', 'convince', 'persuade']),
  with: new Set(['charge', 'threaten', 'credit']),
  for: new Set(['blame', 'criticize', 'criticise', 'condemn', 'praise', 'thank', 'arrest', 'punish', 'sanction', 'fine', 'indict', 'sentence', 'call', 'ask', 'appeal', 'slam', 'fault', 'reproach', 'target', 'denounce', 'apologize', 'apologise', 'hold', 'jail', 'detain', 'prosecute', 'sue']),
  about: new Set(['warn', 'tell', 'ask', 'complain', 'talk', 'speak']),
  over: new Set(['criticize', 'criticise', 'slam', 'sanction', 'condemn', 'blame', 'sue', 'fine']),
};

export const isWordPos = (p: string) => p !== 'PUNCT' && p !== 'SYM' && p !== 'SPACE';
export const QUOTE_OPEN = new Set(['“', '‘', '«', '„', '"', "'"]);
export const QUOTE_CLOSE = new Set(['”', '’', '»', '"', "'"]);

// ---------------------------------------------------------------------------------------------------
// Token shape

export interface T extends Token {
  /** Glued to the previous token (no space): hyphen compounds, possessive 's, "n't". */
  glued: boolean;
}

/** Verbs whose base form ends in -ing ("bring"): never a gerund or participle by their spelling. */
export const ING_BASE = new Set(['bring', 'sing', 'sting', 'swing', 'spring', 'string', 'cling', 'fling', 'sling', 'wring', 'ring', 'king', 'thing', 'wing']);
export function isIng(t: Token): boolean {
  return t.lower.endsWith('ing') && t.lower.length > 4 && !ING_BASE.has(t.lower);
}
export function isThird(t: Token): boolean {
  const l = t.lower, m = t.lemma;
  return l === m + 's' || l === m + 'es' || (m.endsWith('y') && l === m.slice(0, -1) + 'ies');
}
/** "stands accused", "stood charged": a passive with "stand" for "be". */
const STAND = new Set(['stand', 'stands', 'stood', 'standing']);
const STOOD_PARTICIPLES = new Set(['accused', 'charged', 'indicted', 'convicted', 'suspected']);
/** Past forms the tagger leaves unlemmatised when it first read them as nouns ("shot down"). */
export const IRREGULAR: Record<string, string> = {
  shot: 'shoot', struck: 'strike', fought: 'fight', led: 'lead', held: 'hold', caught: 'catch', sought: 'seek', took: 'take', gave: 'give', fled: 'flee', stole: 'steal', sent: 'send', left: 'leave', met: 'meet', won: 'win', lost: 'lose', began: 'begin', drove: 'drive', threw: 'throw', broke: 'break', wrote: 'write', spoke: 'speak', fell: 'fall', blew: 'blow', bombed: 'bomb', shelled: 'shell', raided: 'raid', stormed: 'storm', seized: 'seize', arrested: 'arrest', detained: 'detain', killed: 'kill', attacked: 'attack', targeted: 'target', fired: 'fire', sanctioned: 'sanction', fined: 'fine', jailed: 'jail', charged: 'charge',
};
/** The base of an -ing form the tagger took for a noun ("warning" -> "warn", "urging" -> "urge",
 * "running" -> "run", "making" -> "make"): spelling rules, enough for lexicon lookups. */
export function ingLemma(w: string): string {
  const base = w.slice(0, -3);
  if (/([bdgmnprt])\1$/.test(base)) return base.slice(0, -1);
  if (/[cgsvzu]$/.test(base) || /(?:^|[^aeiou])[aeiou]k$/.test(base)) return `${base}e`;
  return base;
}

/** Verbs whose past forms are written like their base form ("was hit", "they cut off"). */
export const SAME_FORM = new Set(['hit', 'cut', 'put', 'set', 'let', 'shut', 'hurt', 'cast', 'spread', 'quit', 'burst', 'cost', 'split', 'upset', 'broadcast', 'forecast', 'bid', 'thrust', 'shed']);
/** A past tense or past participle form ("killed", "struck", "shot", "been"). */
export function isPastLike(t: Token): boolean {
  if (SAME_FORM.has(t.lower) || IRREGULAR[t.lower]) return true;
  if (t.lemma === t.lower) return false;
  return !isIng(t) && !isThird(t) && !BE.has(t.lower) && t.lower !== 'has' && t.lower !== 'does' && t.lower !== 'do' && t.lower !== 'are';
}

// ---------------------------------------------------------------------------------------------------
// Chunking

export interface Chunks {
  toks: T[];
  /** Token index -> base noun phrase index or -1. */
  npAt: Int32Array;
  /** Token index -> verb group index or -1. */
  vgAt: Int32Array;
  nps: NounPhrase[];
  vgs: VerbGroup[];
}

export function span(toks: T[], text: string, first: number, last: number): Span {
  const start = toks[first].start, end = toks[last].end;
  return { start, end, first, last, text: text.slice(start, end) };
}

/** A noun phrase over tokens first..last (built field by field: object spreads are slow in V8). */
export function nounPhrase(toks: T[], text: string, first: number, last: number, head: number, possessor: Span | null, pps: NounPhrase['pps'] = []): NounPhrase {
  const start = toks[first].start, end = toks[last].end;
  return { start, end, first, last, text: text.slice(start, end), head, possessor, pps };
}

/** Token i is a hyphen inside a compound ("Iran-backed", "al-Rawi", "U.S.-led"). */
export function compoundHyphen(toks: T[], i: number): boolean {
  const t = toks[i];
  return (t.text === '-' || t.text === '‐') && i > 0 && i + 1 < toks.length && t.glued && toks[i + 1].glued && isWordPos(toks[i - 1].pos) && isWordPos(toks[i + 1].pos);
}

/** Word-level pos with hyphen compounds resolved: the part after a compound hyphen takes the compound's role. */
export function effectivePos(toks: T[], inName: Uint8Array): string[] {
  const pos = toks.map((t) => t.pos as string);
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    // words inside a name the caller knows are proper nouns (the tagger reads "AAH" as a verb)
    if (inName[i] && isWordPos(t.pos) && !(t.lower === "'s" || t.lower === '’s')) {
      pos[i] = 'PROPN';
      continue;
    }
    // an acronym is never a verb
    if ((t.pos === 'VERB' || t.pos === 'AUX') && /^[A-Z]{2,}$/.test(t.text)) pos[i] = 'PROPN';
    // "-ing" read as a noun where it takes an object: ", warning him", "against testing the patience"
    if (t.pos === 'NOUN' && /ing$/.test(t.lower) && t.lower.length > 5 && next && i > 0) {
      const prev = toks[i - 1];
      const objectNext = (next.pos === 'PRON' && PERSONAL.has(next.lower)) || next.pos === 'DET' || next.pos === 'PROPN' || next.lower === 'that' || POSSESSIVE_DET.has(next.lower) || (QUOTE_OPEN.has(next.text) && next.pos === 'PUNCT');
      if (objectNext && (isComma(prev) || prev.pos === 'ADP' || prev.pos === 'CCONJ') && next.lower !== 'of') pos[i] = 'VERB';
    }
    // a noun right before a verb particle and a phrase is the verb ("fighters spread out through")
    if (t.pos === 'NOUN' && next && next.pos === 'ADP' && PARTICLES.has(next.lower) && i > 0 && (toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN' || toks[i - 1].pos === 'PRON')) {
      const nn = toks[i + 2];
      if (!nn || nn.pos === 'ADP' || nn.pos === 'DET' || nn.pos === 'PUNCT' || nn.pos === 'NUM' || nn.pos === 'ADJ' || nn.pos === 'PROPN') pos[i] = 'VERB';
    }
    // "of misleading investors": an -ing word after a preposition, before its object, is a gerund
    if (t.pos === 'ADJ' && isIng(t) && i > 0 && toks[i - 1].pos === 'ADP' && next && (next.pos === 'NOUN' || next.pos === 'DET' || next.pos === 'PROPN')) pos[i] = 'VERB';
    // "possible that people lied", "said that soldiers": "that" before a plural noun is no demonstrative
    if (t.lower === 'that' && t.pos === 'DET' && i > 0 && (toks[i - 1].pos === 'ADJ' || toks[i - 1].pos === 'VERB') && next?.pos === 'NOUN' && (/[^s]s$/.test(next.lower) || /^(?:people|police|men|women|children)$/.test(next.lower))) pos[i] = 'SCONJ';
    // "... and arrest Comrade X": a bare act verb right after "and", before a name or an article, is a verb
    if (t.pos === 'NOUN' && BARE_ACTS.has(t.lower) && i > 0 && toks[i - 1].lower === 'and' && next && (next.pos === 'PROPN' || next.pos === 'DET' || POSSESSIVE_DET.has(next.lower))) pos[i] = 'VERB';
    // "helped draft the deal": a bare word right after "help" before a phrase is a verb
    if (t.pos === 'NOUN' && i > 0 && toks[i - 1].lemma === 'help' && toks[i - 1].pos === 'VERB' && next && (next.pos === 'DET' || next.pos === 'PROPN' || POSSESSIVE_DET.has(next.lower))) pos[i] = 'VERB';
    // "allies, who claim the Kremlin ...": a word right after a relative pronoun, before a phrase, is its verb
    if (t.pos === 'NOUN' && i > 0 && (toks[i - 1].lower === 'who' || toks[i - 1].lower === 'which') && next && (next.pos === 'DET' || next.pos === 'PROPN' || next.lower === 'that' || POSSESSIVE_DET.has(next.lower))) pos[i] = 'VERB';
    // "according to X" is a preposition
    if (t.lower === 'according' && next?.lower === 'to') pos[i] = 'ADP';
    // a participle right after an article is an adjective ("a masked, gun-toting fighter")
    if (t.pos === 'VERB' && i > 0 && /^(?:a|an|the)$/.test(toks[i - 1].lower) && (isPastLike(t) || isIng(t))) pos[i] = 'ADJ';
    // "X stands accused of ...": "stand" is the auxiliary of a passive
    if (STAND.has(t.lower) && next && STOOD_PARTICIPLES.has(next.lower)) pos[i] = 'AUX';
    // so is one after an -ly adverb that follows an article or a possessive, before its noun
    // ("Libya's internationally recognized government", "the newly elected mayor")
    if (t.pos === 'VERB' && i > 1 && isPastLike(t) && /ly$/.test(toks[i - 1].lower) && toks[i - 1].pos === 'ADV' && next && (next.pos === 'NOUN' || next.pos === 'PROPN') && (/^(?:a|an|the|his|her|its|their|our)$/.test(toks[i - 2].lower) || toks[i - 2].lower === "'s" || toks[i - 2].lower === '’s' || toks[i - 2].pos === 'PART')) pos[i] = 'ADJ';
  }
  for (let i = 0; i < toks.length; i++) {
    if (!compoundHyphen(toks, i)) continue;
    pos[i] = 'HYPH';
    const right = toks[i + 1];
    // "Iran-backed", "US-led", "drug-trafficking": a modifier; "al-Rawi", "SPLM-N": a name part
    if (right.pos === 'VERB' || right.pos === 'AUX') pos[i + 1] = 'ADJ';
    else if (right.pos === 'ADP' || right.pos === 'ADV' || right.pos === 'PART' || right.pos === 'DET' || right.pos === 'SCONJ' || right.pos === 'CCONJ') pos[i + 1] = /^\p{Lu}/u.test(right.text) ? 'PROPN' : 'NOUN';
    // the left part of a compound never heads anything on its own
    if (pos[i - 1] === 'VERB' || pos[i - 1] === 'AUX' || pos[i - 1] === 'ADP' || pos[i - 1] === 'SCONJ') pos[i - 1] = /^\p{Lu}/u.test(toks[i - 1].text) ? 'PROPN' : 'ADJ';
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // possessive 's (or a bare apostrophe after a plural) glued to a noun
    const apostrophe = t.lower === "'s" || t.lower === '’s' || ((t.lower === "'" || t.lower === '’') && /s$/i.test(toks[i - 1]?.text ?? ''));
    const timeWord = i > 0 && TIME_WORDS.has(toks[i - 1].lower);
    if (apostrophe && t.glued && i > 0 && (pos[i - 1] === 'PROPN' || pos[i - 1] === 'NOUN' || pos[i - 1] === 'NUM' || pos[i - 1] === 'ADJ' || timeWord) && t.pos !== 'AUX' && t.pos !== 'VERB') {
      pos[i] = 'POSS';
      if (pos[i - 1] === 'ADJ' || pos[i - 1] === 'ADV') pos[i - 1] = 'NOUN'; // "the general's troops", "today's attack"
    }
    // a participle between a determiner and a noun is an adjective ("the detained man", "a US-brokered truce")
    // (not after a quantifier floating after its phrase: "the ministries on Wednesday both released statements")
    const floating = i > 1 && /^(?:both|all|each)$/.test(toks[i - 1].lower) && (pos[i - 2] === 'NOUN' || pos[i - 2] === 'PROPN' || pos[i - 2] === 'PRON');
    if (!floating && t.pos === 'VERB' && i > 0 && i + 1 < toks.length && (pos[i + 1] === 'NOUN') && (pos[i - 1] === 'DET' || pos[i - 1] === 'ADJ' || pos[i - 1] === 'POSS' || POSSESSIVE_DET.has(toks[i - 1].lower)) && (isPastLike(t) || isIng(t))) pos[i] = 'ADJ';
    // "a US brokered ceasefire": an -ed form after a name that itself follows an indefinite article
    if (t.pos === 'VERB' && i > 1 && i + 1 < toks.length && pos[i + 1] === 'NOUN' && pos[i - 1] === 'PROPN' && /^(?:a|an)$/.test(toks[i - 2].lower) && isPastLike(t)) pos[i] = 'ADJ';
  }
  return pos;
}

export const NP_START = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
export const NP_INNER = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN', 'POSS', 'HYPH']);
export const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);

export function chunk(text: string, raw: Token[], names: { start: number; end: number }[]): Chunks {
  // explicit copies: an object spread here costs fifty times more in V8 (this runs on every token)
  const toks: T[] = raw.map((t, i) => ({ text: t.text, lower: t.lower, lemma: t.lemma, pos: t.pos, start: t.start, end: t.end, glued: i > 0 && t.start === raw[i - 1].end }));
  const n = toks.length;
  const inName = new Uint8Array(n);
  for (const nm of names) for (let i = 0; i < n; i++) if (toks[i].start >= nm.start && toks[i].end <= nm.end) inName[i] = 1;
  const pos = effectivePos(toks, inName);
  // the argument rules read the corrected tags too (hyphens and possessive marks keep the tagger's)
  for (let i = 0; i < n; i++) if (pos[i] !== 'HYPH' && pos[i] !== 'POSS') toks[i].pos = pos[i] as Pos;
  const npAt = new Int32Array(n).fill(-1);
  const vgAt = new Int32Array(n).fill(-1);
  const nps: NounPhrase[] = [];
  const vgs: VerbGroup[] = [];

  // base noun phrases
  for (let i = 0; i < n; ) {
    const t = toks[i];
    const p = pos[i];
    const isRel = RELATIVE.has(t.lower) || (t.lower === 'that' && p !== 'DET');
    if (!NP_START.has(p) || isRel || (p === 'PRON' && !PERSONAL.has(t.lower) && !POSSESSIVE_DET.has(t.lower))) {
      i++;
      continue;
    }
    // a personal pronoun is a phrase of its own ("warned China they would ..."); so is "her" as an object
    const objectHer = t.lower === 'her' && !(i + 1 < n && (NP_INNER.has(pos[i + 1]) || pos[i + 1] === 'DET'));
    if ((p === 'PRON' && PERSONAL.has(t.lower) && !POSSESSIVE_DET.has(t.lower)) || objectHer) {
      nps.push(nounPhrase(toks, text, i, i, i, null));
      npAt[i] = nps.length - 1;
      i++;
      continue;
    }
    let j = i;
    let k = i + 1;
    for (; k < n; k++) {
      const q = pos[k];
      // a name the caller knows holds its own punctuation ("Acme Holdings, S.A.")
      if (inName[k] && inName[k - 1] && k - 1 === j) {
        j = k;
        continue;
      }
      // "sanctioned by X last year", "kidnapped Y last week": a time phrase after a noun says when
      if (k > i && pos[k - 1] !== 'DET' && /^(?:last|next|this|past)$/.test(toks[k].lower) && k + 1 < n && TIME_WORDS.has(toks[k + 1].lower) && !inName[k]) break;
      // "Pakistan Wednesday shot down": a day after a name says when, it is not part of the name
      if (NP_INNER.has(q) && !(k > i && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/.test(toks[k].lower) && !inName[k])) {
        j = k;
        continue;
      }
      // an adverb before an adjective or number inside the phrase ("nearly 60 rockets", "most radical")
      // (never a word that opens a clause: "since October when hardline groups agreed")
      if (q === 'ADV' && k + 1 < n && (pos[k + 1] === 'ADJ' || pos[k + 1] === 'NUM') && j === k - 1 && !opensClause(toks[k].lower)) continue;
      // "a later statement": an adverb-tagged word between an article and its noun
      if (q === 'ADV' && k + 1 < n && pos[k + 1] === 'NOUN' && pos[k - 1] === 'DET' && k - 1 === i && !opensClause(toks[k].lower)) continue;
      // adjectives in a row with commas: "a masked, gun-toting fighter"
      if (isComma(toks[k]) && pos[j] === 'ADJ' && k + 1 < n && (pos[k + 1] === 'ADJ' || (pos[k + 2] === 'HYPH' && pos[k + 3] === 'ADJ')) && j === k - 1) continue;
      // adjectives joined by a conjunction before their noun: "the unjustified and disproportionate actions"
      // ("China's foreign and defense ministries")
      if (isCoord(toks[k]) && pos[j] === 'ADJ' && j === k - 1 && j > i && k + 2 < n && ((pos[k + 1] === 'ADJ' && (pos[k + 2] === 'NOUN' || pos[k + 2] === 'ADJ')) || (pos[k + 1] === 'NOUN' && pos[k + 2] === 'NOUN'))) continue;
      // "the" after a possessive: "Iraq's the" never; a determiner ends the phrase
      break;
    }
    // phrases must have a noun-like word; a lone determiner ("that", "all") is not one unless pronoun-like
    let head = -1;
    for (let h = j; h >= i; h--) if (NOUNISH.has(pos[h]) && !POSSESSIVE_DET.has(toks[h].lower)) {
      head = h;
      break;
    }
    if (head < 0) {
      if (pos[j] === 'ADJ' && j > i) head = j; // "the wounded"
      else {
        i = j + 1;
        continue;
      }
    }
    // head is the last noun-like word; trailing adjectives are rare in English, drop them
    j = Math.max(head, j);
    let possessor: Span | null = null;
    for (let q = j; q > i; q--) if (pos[q] === 'POSS') {
      possessor = span(toks, text, i, q - 1);
      break;
    }
    const np = nounPhrase(toks, text, i, j, head, possessor);
    nps.push(np);
    for (let q = i; q <= j; q++) npAt[q] = nps.length - 1;
    i = j + 1;
  }

  // verb groups: [to] (AUX|ADV|not)* VERB | AUX+
  for (let i = 0; i < n; ) {
    const t = toks[i];
    const p = pos[i];
    // "to “reinforce the plans”": a quotation mark between "to" and its verb
    const startsTo = t.lower === 'to' && (p === 'PART' || (p === 'ADP' && isQuoteMark(toks[i + 1]) && (pos[i + 2] === 'VERB' || pos[i + 2] === 'AUX')));
    if (npAt[i] >= 0 || (p !== 'AUX' && p !== 'VERB' && !startsTo)) {
      i++;
      continue;
    }
    let k = i + (startsTo ? (isQuoteMark(toks[i + 1]) ? 2 : 1) : 0);
    let main = -1;
    let lastAux = -1;
    for (; k < n; k++) {
      if (npAt[k] >= 0) break;
      const q = pos[k];
      const l = toks[k].lower;
      if (q === 'AUX' && main < 0) {
        lastAux = k;
        continue;
      }
      if (q === 'VERB' && main < 0) {
        main = k;
        continue;
      }
      if ((q === 'ADV' || q === 'PART') && main < 0 && (NEGATION.has(l) || k + 1 < n)) {
        // an adverb or "not" inside the group only when more of the group follows
        let f = k + 1;
        while (f < n && (pos[f] === 'ADV' || NEGATION.has(toks[f].lower))) f++;
        if (f < n && (pos[f] === 'VERB' || pos[f] === 'AUX') && npAt[f] < 0) continue;
        if (NEGATION.has(l) && lastAux >= 0) continue;
        break;
      }
      break;
    }
    if (main < 0 && lastAux < 0) {
      i++;
      continue;
    }
    let last = main >= 0 ? main : lastAux;
    // trailing negation after the only auxiliary ("is not")
    while (last + 1 < n && NEGATION.has(toks[last + 1].lower) && main < 0) last++;
    const head = main >= 0 ? main : lastAux;
    let particle: string | null = null;
    if (main >= 0 && last + 1 < n && pos[last + 1] === 'ADP' && PARTICLES.has(toks[last + 1].lower)) {
      const after = pos[last + 2];
      if (after === undefined || after === 'DET' || after === 'NUM' || after === 'NOUN' || after === 'PROPN' || after === 'PUNCT' || after === 'ADJ' || after === 'ADP' || after === 'PRON') {
        particle = toks[last + 1].lower;
        last++;
      }
    }
    vgs.push(describeGroup(toks, text, i, last, head, startsTo, particle));
    for (let q = i; q <= last; q++) vgAt[q] = vgs.length - 1;
    i = last + 1;
  }
  return { toks, npAt, vgAt, nps, vgs };
}

export function describeGroup(toks: T[], text: string, first: number, last: number, head: number, startsTo: boolean, particle: string | null): VerbGroup {
  const words = toks.slice(first, last + 1);
  const aux = words.filter((w, k) => first + k !== head && (w.pos === 'AUX' || BE.has(w.lower) || HAVE.has(w.lower) || GET.has(w.lower) || FUTURE.has(w.lower) || MODALS.has(w.lower)));
  const h = toks[head];
  const negated = words.some((w) => NEGATION.has(w.lower));
  const mainIsVerb = h.pos === 'VERB' || (aux.length > 0 && h.pos === 'AUX' && !BE.has(h.lower) && !HAVE.has(h.lower));
  // passive: a form of be/get right before a past participle (adverbs and "not" between)
  let passive = false;
  if (mainIsVerb && isPastLike(h) && !isIng(h)) {
    for (let k = head - 1; k >= first; k--) {
      const w = toks[k];
      if (BE.has(w.lower) || GET.has(w.lower) || (STAND.has(w.lower) && STOOD_PARTICIPLES.has(h.lower))) {
        passive = !(w.lower === 'being' && k === head - 1 && false);
        break;
      }
      if (HAVE.has(w.lower) || FUTURE.has(w.lower) || MODALS.has(w.lower)) break;
    }
  }
  const perfect = aux.some((w) => HAVE.has(w.lower)) && (isPastLike(h) || aux.some((w) => w.lower === 'been'));
  const progressive = isIng(h) && aux.some((w) => BE.has(w.lower));
  let tense: Tense;
  let form: VerbGroup['form'] = 'finite';
  if (startsTo) {
    tense = 'nonfinite';
    form = 'infinitive';
  } else if (!aux.length) {
    if (isIng(h)) {
      tense = 'nonfinite';
      form = 'ing';
    } else if (isPastLike(h) && (h.lemma !== h.lower || IRREGULAR[h.lower])) tense = 'past';
    else tense = 'present';
  } else {
    const a0 = aux[0].lower;
    if (FUTURE.has(a0)) tense = 'future';
    else if (MODALS.has(a0)) tense = 'modal';
    else if (PAST_AUX.has(a0)) tense = 'past';
    else if (a0 === 'being' || a0 === 'having') {
      tense = 'nonfinite';
      form = 'ing';
    } else if (a0 === 'been' || a0 === 'be') tense = 'nonfinite';
    else tense = 'present';
  }
  // the listed past forms win over the tagger's lemma too ("fined" -> "fin")
  const lemma = h.lemma === "'s" || h.lemma === '’s' ? 'be' : IRREGULAR[h.lower] ?? (h.lemma === h.lower && isIng(h) ? ingLemma(h.lower) : h.lemma);
  const start = toks[first].start, end = toks[last].end;
  return { start, end, first, last, text: text.slice(start, end), head, lemma, tense, perfect, progressive, voice: passive ? 'passive' : 'active', negated, form, particle };
}

/** Is token k an opening or closing quotation mark (or neither: an apostrophe, a stray mark)? */
export function quoteRole(toks: T[], k: number): 'open' | 'close' | null {
  const t = toks[k];
  if (!t || t.pos !== 'PUNCT' && !(QUOTE_OPEN.has(t.text) || QUOTE_CLOSE.has(t.text))) return null;
  const c = t.text;
  if (c === '“' || c === '«' || c === '„') return 'open';
  if (c === '”' || c === '»') return 'close';
  const next = toks[k + 1];
  const gluedAfter = !!next && next.glued;
  if (c === '‘') return gluedAfter ? 'open' : null;
  if (c === '"' || c === "'" || c === '’') {
    if (!t.glued && gluedAfter) return c === '’' ? null : 'open';
    if (t.glued && (!gluedAfter || !/[\p{L}\p{N}]/u.test(next?.text ?? ''))) return 'close';
  }
  return null;
}

export const isComma = (t: T | undefined) => !!t && (t.text === ',' || t.text === '，');
export const isDash = (t: T | undefined) => !!t && (t.text === '–' || t.text === '—' || (t.text === '-' && !t.glued));
export const isQuoteMark = (t: T | undefined) => !!t && (QUOTE_OPEN.has(t.text) || QUOTE_CLOSE.has(t.text)) && t.pos === 'PUNCT';
export const isCoord = (t: T | undefined) => !!t && (t.lower === 'and' || t.lower === 'or' || t.lower === '&');
