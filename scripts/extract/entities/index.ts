// Mention detection and in-article coreference. One linear scan per sentence finds runs of
// capitalised words (with name particles inside), trims what is not part of a name (titles,
// sentence-opening words, nationality adjectives, possessive 's), types each run by lexicons and
// context, then links short forms to the full name given in the same article: surname -> full name,
// acronym -> expansion, a name equated in a parenthesis ("ABC, X in Arabic").
// Only cleaned.sentences are scanned: captions and removed boilerplate never create actors.
import type { ActorType, CleanedArticle, LocalEntity, MergeEvidence, Mention } from '../../lib/types.ts';
import { TITLES, ROLE_NOUNS } from '../../language/lexicon/titles.ts';
import { ORG_WORDS, PLACE_WORDS, NON_ACTOR_WORDS, GENERIC_SINGLE } from '../../language/lexicon/orgwords.ts';
import { NAME_PARTICLES, ARTICLE_PREFIXES, KUNYA } from '../../language/lexicon/particles.ts';
import { COMMON_WORDS, WEEKDAYS, MONTHS, LANGUAGES, AGENCIES, SPEECH_VERBS, NON_ACTOR_ACRONYMS } from '../../language/lexicon/stopwords.ts';
import { gazetteer } from '../../language/lexicon/places.ts';
import { fold, nameKey, nameWords, skeleton, bagKey, sameName } from '../../language/translit.ts';
import { slugify } from '../../lib/slug.ts';

const CALENDAR = new Set([...WEEKDAYS, ...MONTHS]);
const ABBREVIATIONS = new Set([
  'brig', 'gen', 'lt', 'col', 'maj', 'dr', 'mr', 'mrs', 'ms', 'st', 'co', 'inc', 'jr', 'sr', 'capt', 'sgt',
  'prof', 'sen', 'rep', 'gov', 'adm', 'cmdr', 'corp', 'ltd', 'mt', 'ft', 'cpl', 'rev', 'mme',
]);
const TITLE_SEQS = new Map<string, string[][]>();
for (const seq of TITLES.map((t) => t.split(/[\s]+/)).sort((a, b) => b.length - a.length)) {
  const l = TITLE_SEQS.get(seq[0]) ?? [];
  l.push(seq);
  TITLE_SEQS.set(seq[0], l);
}
/** Titles that end an office name written before a person ("Social Affairs Minister X"). */
const HEAD_TITLES = new Set(['minister', 'president', 'secretary', 'governor', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'ambassador', 'envoy', 'mayor', 'judge', 'prosecutor', 'senator', 'premier', 'chancellor']);
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/[\s-]+/)));
const PLACE_PREPS = new Set(['in', 'near', 'outside', 'inside', 'at', 'from', 'to', 'across', 'around', 'into', 'towards', 'toward', 'across', 'throughout', 'via', 'between']);
/** Lower-case nouns right after a name that make it an organisation ("the X paramilitary network"). */
const ORG_NOUNS_AFTER = new Set([
  'network', 'militia', 'militias', 'group', 'groups', 'faction', 'factions', 'movement', 'party', 'organisation',
  'organization', 'coalition', 'alliance', 'forces', 'force', 'army', 'brigade', 'brigades', 'company', 'firm',
  'agency', 'outlet', 'newspaper', 'channel', 'think-tank', 'umbrella', 'directorate', 'leadership', 'fighters',
  'members', 'militants', 'spokesman', 'leader', 'leaders', 'commander', 'commanders', 'bloc', 'paramilitary',
  'paramilitaries', 'security', 'chief', 'website', 'broadcaster',
]);
/** Lower-case nouns right after a name that make it a place ("Zamfara state", "the X government"). */
const PLACE_NOUNS_AFTER = new Set([
  ...PLACE_WORDS, 'state', 'area', 'areas', 'regency', 'government', 'authorities', 'governor', 'villages',
  'residents', 'border', 'borders', 'coast', 'region', 'countryside', 'capital', 'municipality', 'county',
]);
const KNOWN_AS = /^,?\s+(?:(?:also|better|locally|commonly|widely|formerly)\s+)?(?:known|referred to)\s+(?:as|by\s+(?:its|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:acronym|abbreviation|initials|name|nickname))\s+(?:the\s+)?[“"‘]?/u;
const QUOTE_OPEN = /[“"‘«]/;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.&][\p{L}\p{M}\p{N}]+)*/gu;
// \p{..} classes are slow in V8 (about 3x here). Text made only of ASCII, Latin-1 letters, no-break
// spaces and common punctuation (dashes, curly quotes, ellipsis) — nearly every English sentence — is
// scanned with the same pattern written as explicit ranges, which matches exactly the same words there.
const WORD_RE_LATIN = /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]*(?:['’\-.&][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+)*/g;
const LATIN_TEXT = /^[\x00-\x7f\u00a0\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2010-\u201f\u2026]*$/;
const MAX_TEXT = 2_000_000;
const ADJ_COMPOUND = /^(.+?)-(backed|led|based|born|linked|aligned|affiliated|run|owned|funded|style|era|made|controlled|held|allied|sponsored|supported|dominated|occupied|bound|like|related|inspired|friendly|oriented|designated|appointed|brokered|imposed|backing|leaning|centric|wide|registered|listed|scarred)$/i;
/** Nouns after a name that make it a platform or product, not an actor ("Telegram channels"). */
const THING_NOUNS_AFTER = new Set(['app', 'apps', 'channel', 'channels', 'account', 'accounts', 'page', 'platform', 'website', 'site', 'video', 'videos', 'post', 'posts', 'feed', 'handle', 'hashtag', 'pandemic', 'virus', 'vaccine', 'variant']);

interface Tok {
  text: string; // without possessive
  start: number;
  end: number; // end offset (after possessive removal)
  poss: boolean;
  lower: string;
  cap: boolean;
  /** First word of the sentence or of a quotation. */
  initial: boolean;
}

interface Cand {
  sentence: number;
  start: number;
  end: number;
  text: string;
  words: string[]; // lower-case words of the name
  type: ActorType | null;
  roles: string[];
  /** Set for a run with no positive type evidence: kept only if it links to a known entity. */
  tentative: boolean;
  /** Type guessed from a preposition only: yields to a surname match. */
  weak: boolean;
  /** Type from the gazetteer, an organisation word, an agency or an acronym: never re-typed. */
  strong: boolean;
  initial: boolean;
  possessive: boolean;
  /** Gazetteer name of a place ("US" -> "United States"). */
  canonical?: string;
  /** Index of the candidate this one is equated with by a parenthesis. */
  equate?: { to: number; rule: string; detail: string };
  acronymOf?: number;
  order: number;
  /** Matching keys, computed once per candidate in corefer (see candWords/candKey/candBag). */
  nw?: string[];
  nk?: string;
  bag?: string;
}

/** nameWords(text) of a candidate. */
const candWords = (c: Cand): string[] => (c.nw ??= nameWords(c.text));
/** nameKey(canonical ?? text) of a candidate. */
const candKey = (c: Cand): string => (c.nk ??= nameKey(c.canonical ?? c.text));
/** bagKey(text) of a candidate. */
const candBag = (c: Cand): string => (c.bag ??= bagKey(c.text));

function isUpperInitial(s: string): boolean {
  const c = s.codePointAt(0)!;
  if (c < 128) return c >= 65 && c <= 90; // ASCII fast path
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** "al-Rashid", "el-Amin", "d'Estaing": a lower-case article glued to a capitalised name. */
function isPrefixedName(s: string): boolean {
  // Cheap pre-check (most words have no hyphen or apostrophe in positions 1-3) before the regex.
  const c1 = s[1], c2 = s[2], c3 = s[3];
  if (c1 !== '-' && c1 !== "'" && c1 !== '’' && c2 !== '-' && c2 !== "'" && c2 !== '’' && c3 !== '-' && c3 !== "'" && c3 !== '’') return false;
  const m = /^([a-z]{1,3})([-'’])(.+)$/u.exec(s);
  if (!m || !isUpperInitial(m[3])) return false;
  return ARTICLE_PREFIXES.includes(m[1]) || (m[2] !== '-' && (m[1] === 'd' || m[1] === 'l'));
}

function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z0-9&.]{1,7}$/.test(s) && /[A-Z].*[A-Z]/.test(s);
}

function tokenize(text: string, lowerSeen: Set<string>): Tok[] {
  const toks: Tok[] = [];
  const re = LATIN_TEXT.test(text) ? WORD_RE_LATIN : WORD_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = re.exec(text))) {
    let word = m[0];
    let start = m.index;
    let end = start + word.length;
    // Abbreviations and initials keep their dot ("Brig.", "U.S.", "J.").
    if (text[end] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word) || /^[A-Z](\.[A-Z])+$/.test(word))) {
      word += '.';
      end += 1;
      re.lastIndex = end;
    }
    // "pro-Iran", "anti-US": the name after the prefix is a mention of its own.
    const pre = word.includes('-') ? /^(pro|anti|non|ex|post|pre)-(?=\p{Lu})/iu.exec(word) : null;
    if (pre) {
      word = word.slice(pre[0].length);
      start += pre[0].length;
    }
    let poss = false;
    // "Iran-backed", "US-led": the name before the hyphen is kept, the participle is not part of it.
    const hyphen = word.includes('-');
    const adj = hyphen ? ADJ_COMPOUND.exec(word) : null;
    if (adj && isUpperInitial(word)) {
      word = adj[1];
      end = start + word.length;
      poss = true;
    }
    const last2 = word.slice(-2);
    if ((last2 === "'s" || last2 === '’s') && word.length > 2) {
      poss = true;
      word = word.slice(0, -2);
      end -= 2;
    } else if (word.endsWith('s') && (text[end] === "'" || text[end] === '’')) {
      poss = true; // plural possessive "Forces'"
    }
    const initial = toks.length === 0 || (start - prevEnd !== 1 || text[prevEnd] !== ' ' ? opensSentence(text.slice(prevEnd, start)) : false);
    const lower = word.toLowerCase();
    const cap = isUpperInitial(word) || isPrefixedName(word);
    if (!cap) lowerSeen.add(lower);
    toks.push({ text: word, start, end, poss, lower, cap, initial });
    prevEnd = Math.max(m.index + m[0].length, re.lastIndex);
  }
  return toks;
}

/** The text between two words ends a sentence or opens a quotation. */
function opensSentence(gap: string): boolean {
  return /[“"«]\s*$/.test(gap) || /[.!?:]\s*[“"«]?\s*$/.test(gap);
}

function titleAt(toks: Tok[], i: number, end: number): number {
  // Length (in tokens) of the longest title starting at toks[i], within [i, end).
  for (const seq of TITLE_SEQS.get(toks[i].lower.replace(/\.$/, '')) ?? []) {
    if (i + seq.length > end) continue;
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      const w = toks[i + k].lower.replace(/\.$/, '');
      if (w !== seq[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return seq.length;
  }
  return 0;
}

interface Ctx {
  gaz: ReturnType<typeof gazetteer>;
  lowerSeen: Set<string>;
  capMid: Set<string>; // words seen capitalised not at a sentence start
}

function isDemonym(ctx: Ctx, lower: string): boolean {
  return ctx.gaz.demonyms.has(lower) || /^(pro|anti)-/.test(lower);
}

function placeName(ctx: Ctx, text: string): string | null {
  const k = text.toLowerCase();
  if (ctx.gaz.places.has(k)) return ctx.gaz.places.get(k)!;
  if (!/^[A-Z.]+$/.test(text)) return null;
  const code = text.replace(/\./g, '');
  if (ctx.gaz.codes.has(code)) return ctx.gaz.codes.get(code)!;
  return null;
}

/** Sentence-opening word that is an ordinary word, not the start of a name. */
function ordinaryOpener(ctx: Ctx, t: Tok): boolean {
  const l = t.lower;
  if (isAcronym(t.text)) return false;
  if (COMMON_WORDS.has(l) || CALENDAR.has(l)) return true;
  if (ctx.capMid.has(l)) return false;
  if (ctx.lowerSeen.has(l)) return true;
  if (placeName(ctx, t.text)) return false;
  // Participles and adverbs open sentences; names ending in -med/-eed/-hed/-ved ("Ahmed") are not participles.
  return /(ly|ing|ed|ness|ment|ers|ies)$/.test(l) && !/(med|eed|hed|ved)$/.test(l);
}

export function detectEntities(cleaned: CleanedArticle, sourceId: string): { entities: LocalEntity[]; mentions: Mention[] } {
  try {
    return detect(cleaned, sourceId);
  } catch {
    // A stage never takes the build down: odd input gives no entities.
    return { entities: [], mentions: [] };
  }
}

function detect(cleaned: CleanedArticle, sourceId: string): { entities: LocalEntity[]; mentions: Mention[] } {
  const sentences = Array.isArray(cleaned?.sentences) ? cleaned.sentences : [];
  const ctx: Ctx = { gaz: gazetteer(), lowerSeen: new Set(), capMid: new Set() };
  let budget = MAX_TEXT;
  const toksBy: Tok[][] = [];
  for (const s of sentences) {
    const text = typeof s?.text === 'string' ? s.text : '';
    budget -= text.length;
    const toks = budget >= 0 ? tokenize(text, ctx.lowerSeen) : [];
    for (const t of toks) if (t.cap && !t.initial) ctx.capMid.add(t.lower);
    toksBy.push(toks);
  }

  const cands: Cand[] = [];
  sentences.forEach((s, si) => {
    const toks = toksBy[si];
    const text = s.text;
    let i = 0;
    while (i < toks.length) {
      if (!toks[i].cap) {
        i++;
        continue;
      }
      // Grow a run of capitalised words; particles and org connectors may sit inside it.
      let j = i + 1;
      let last = i;
      while (j < toks.length) {
        const gap = text.slice(toks[j - 1].end, toks[j].start);
        if (toks[j - 1].poss && orgPossessive(toks, j, gap)) {
          last = j;
          j++;
          continue;
        }
        if (toks[j - 1].poss || !/^[ \t\u00a0]*$/.test(gap) || /[.]$/.test(toks[j - 1].text) && !ABBREVIATIONS.has(toks[j - 1].lower.replace(/\.$/, '')) && !/^[A-Z]\.$/.test(toks[j - 1].text)) break;
        const t = toks[j];
        if (t.cap && !(t.initial && j > i)) {
          last = j;
          j++;
          continue;
        }
        if (!t.cap && (NAME_PARTICLES.has(t.lower) || t.lower === 'of' || t.lower === 'the' || t.lower === 'for' || t.lower === 'and') && j + 1 < toks.length) {
          // A connector stays only if the run continues with a capital after it ("Ministry of the Interior").
          let k = j;
          while (k < toks.length && !toks[k].cap && (NAME_PARTICLES.has(toks[k].lower) || toks[k].lower === 'of' || toks[k].lower === 'the' || toks[k].lower === 'for' || toks[k].lower === 'and') && k - j < 2) k++;
          if (k < toks.length && toks[k].cap && /^[ \t\u00a0]*$/.test(text.slice(toks[k - 1].end, toks[k].start))) {
            const conn = toks.slice(j, k).map((x) => x.lower);
            const left = toks.slice(i, j).map((x) => x.lower);
            const isParticle = conn.every((c) => NAME_PARTICLES.has(c)) || /[“"‘«]\s*$/.test(text.slice(Math.max(0, toks[i].start - 2), toks[i].start));
            const orgLeft = left.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w));
            if (conn[0] === 'and' && !(orgLeft && left.includes('of') && conn.length === 1 && !ORG_WORDS.has(toks[k].lower))) break;
            if (isParticle || orgLeft) {
              j = k;
              continue;
            }
          }
        }
        break;
      }
      splitRun(ctx, toks, i, last + 1, s.n, text, cands);
      i = last + 1;
    }
  });

  return corefer(ctx, cands, sentences.map((s) => s.text), sourceId);
}

/**
 * A possessive inside an organisation name: "Prosecutors' Office", "Workers' Party", "Prosecutor's
 * Office". The possessor is a capitalised common noun (not a place), and the word after it is an
 * organisation word; "Iran's Quds Force" still splits (the word after the possessive is not one).
 */
function orgPossessive(toks: Tok[], j: number, gap: string): boolean {
  const t = toks[j];
  const p = toks[j - 1];
  if (!t || !p || !t.cap || t.initial || !/^['’]s?[ \t\u00a0]$/.test(gap)) return false;
  if (!ORG_WORDS.has(t.lower) || GENERIC_POSSESSOR_BLOCK.has(t.lower)) return false;
  const pl = p.lower;
  const sing = pl.endsWith('s') ? pl.slice(0, -1) : pl;
  // The possessor must be a common noun: a title or organisation word ("prosecutor", "workers").
  return TITLE_WORDS.has(pl) || TITLE_WORDS.has(sing) || ORG_WORDS.has(pl) || ORG_WORDS.has(sing) || POSSESSOR_NOUNS.has(pl);
}
/** Organisation words that, after a possessive, are a thing owned rather than a name's head. */
const GENERIC_POSSESSOR_BLOCK = new Set(['government', 'state', 'republic', 'kingdom', 'times', 'post', 'news']);
/** Plural common nouns that own organisations: "Workers' Party", "Teachers' Union". */
const POSSESSOR_NOUNS = new Set(['workers', 'teachers', 'farmers', 'peoples', "people", 'women', 'lawyers', 'doctors', 'nurses', 'journalists', 'veterans', 'employers', 'miners', 'students', 'citizens', 'soldiers', 'officers', 'pilots', 'drivers', 'physicians', 'writers', 'artists', 'consumers', 'taxpayers', 'voters', 'mothers', 'fathers', 'children', 'elders', 'prosecutors', 'judges', 'auditors', 'accountants', 'engineers', 'traders', 'growers', 'producers', 'exporters', 'importers', 'manufacturers', 'shipowners', 'dockers', 'seafarers']);

/** Split a capitalised run at possessives and titles, trim it, type it, and push candidates. */
function splitRun(ctx: Ctx, toks: Tok[], a: number, b: number, sentence: number, text: string, out: Cand[]): void {
  // Possessive ends a name: "Iran's Quds Force" is two names.
  for (let k = a; k < b - 1; k++) {
    if (toks[k].poss && !orgPossessive(toks, k + 1, text.slice(toks[k].end, toks[k + 1].start))) {
      splitRun(ctx, toks, a, k + 1, sentence, text, out);
      splitRun(ctx, toks, k + 1, b, sentence, text, out);
      return;
    }
  }
  const roles: string[] = [];
  let i = a;
  let end = b;
  // Leading words that are not part of the name.
  for (let guard = 0; i < end && guard < 12; guard++) {
    const t = toks[i];
    const tl = titleAt(toks, i, end);
    if (tl > 0 && i + tl < end && !toks[i + tl - 1].poss) {
      roles.push(toks.slice(i, i + tl).map((x) => x.text).join(' '));
      i += tl;
      continue;
    }
    if (t.lower !== 'the' && t.initial && i === a && ordinaryOpener(ctx, t) && !(end - i > 1 && ORG_WORDS.has(toks[end - 1].lower.replace(/\.$/, '')) && (ctx.capMid.has(t.lower) || end - i === 2) && !COMMON_WORDS.has(t.lower))) {
      i++;
      continue;
    }
    if (t.lower === 'the' && i + 1 < end) {
      // "The" is kept only inside a name that is an organisation written with it ("The Century Foundation").
      const rest = toks.slice(i + 1, end).map((x) => x.lower);
      // A whole quotation that is a name keeps its "The" ('“The Iron Pact” denied it').
      const inQuotes = /[“"‘«]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && /^\s*[”"’»]/.test(text.slice(toks[end - 1].end, toks[end - 1].end + 3)) && !placeName(ctx, toks.slice(i + 1, end).map((x) => x.text).join(' '));
      if (t.start === 0 || (!rest.some((w) => ORG_WORDS.has(w)) && !inQuotes)) {
        i++;
        continue;
      }
      break;
    }
    if (isDemonym(ctx, t.lower) && i + 1 < end) {
      const rest = toks.slice(i + 1, end).map((x) => x.lower);
      if (!rest.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w))) {
        i++;
        continue;
      }
      break;
    }
    // A country written before a title is a separate name: "US President X".
    if (i + 1 < end && titleAt(toks, i + 1, end) > 0 && placeName(ctx, t.text)) {
      const tl2 = titleAt(toks, i + 1, end);
      pushCand(ctx, toks, i, i + 1, sentence, text, [], out);
      if (i + 1 + tl2 < end) {
        roles.push(toks.slice(i, i + 1 + tl2).map((x) => x.text).join(' '));
        i += 1 + tl2;
        continue;
      }
      return;
    }
    if (CALENDAR.has(t.lower) || (t.initial && COMMON_WORDS.has(t.lower) && !isAcronym(t.text))) {
      i++;
      continue;
    }
    break;
  }
  // A title inside the run splits it: "Quds Force Commander X" -> "Quds Force" + person X.
  for (let k = i + 1; k < end - 1; k++) {
    const tl = titleAt(toks, k, end);
    if (tl > 0 && k + tl < end && !ORG_WORDS.has(toks[k].lower) && tl + k < end && toks[k + tl].cap && !toks[k + tl - 1].poss) {
      const leftWords = toks.slice(i, k).map((x) => x.lower);
      if (leftWords.some((w) => ORG_WORDS.has(w)) || placeName(ctx, toks.slice(i, k).map((x) => x.text).join(' '))) {
        pushCand(ctx, toks, i, k, sentence, text, [], out);
        roles.push(toks.slice(i, k + tl).map((x) => x.text).join(' '));
        i = k + tl;
        break;
      }
      // "Social Affairs Minister X": the words before a head title describe the office, not a name.
      if (HEAD_TITLES.has(toks[k + tl - 1].lower)) {
        roles.push(toks.slice(i, k + tl).map((x) => x.text).join(' '));
        i = k + tl;
        break;
      }
    }
  }
  // Trailing words that are not part of a name.
  while (end > i && (CALENDAR.has(toks[end - 1].lower) || (TITLE_WORDS.has(toks[end - 1].lower) && !ORG_WORDS.has(toks[end - 1].lower) && end - 1 > i && !toks[end - 1].cap))) end--;
  if (end <= i) return;
  pushCand(ctx, toks, i, end, sentence, text, roles, out);
}

const ROLE_STOP = new Set(['and', 'or', 'but', 'of', 'the', 'a', 'an', 'with', 'by', 'for', 'to', 'in', 'on', 'at', 'against', 'from', 'as', 'that', 'which', 'who', 'killing', 'assassination', 'death', 'murder', 'said', 'says', 'told', 'its', 'his', 'her', 'their', 'our', 'named', 'appointed', 'lost', 'new', 'is', 'was', 'be', ...WEEKDAYS]);

/** A role written just before a name: "military commander X", "Iran's foreign minister, X", "Member of the parliament X". */
function leftRole(before: string): string[] {
  // Linear: split the last few words off by hand instead of an end-anchored regex.
  const trimmed = before.replace(/[\s,]+$/, '');
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
  let k = words.length - 1;
  while (k > 0 && words.length - k < 4) {
    const w = words[k - 1];
    if (ROLE_STOP.has(w.toLowerCase()) || /[.!?,;:()]/.test(w)) break;
    k--;
  }
  return [words.slice(k).join(' ').replace(/^[("“]+/, '')];
}

function pushCand(ctx: Ctx, toks: Tok[], i: number, end: number, sentence: number, text: string, roles: string[], out: Cand[]): void {
  const words = toks.slice(i, end).map((t) => t.lower);
  const surface = text.slice(toks[i].start, toks[end - 1].end);
  if (surface.length > 150 || end - i > 12) return; // not a name: a run of capitals in a headline or junk
  if (!surface || /\d/.test(surface) && !/^[A-Z]/.test(surface)) return;
  if (/\d/.test(surface) && !ORG_WORDS.has(words[words.length - 1])) return; // "Covid-19", "G7 2020" ...
  const single = words.length === 1;
  const w0 = words[0].replace(/\.$/, '');
  if (single && NON_ACTOR_ACRONYMS.has(surface.replace(/\./g, '').toUpperCase()) && isAcronym(surface)) return;
  if (single && (COMMON_WORDS.has(w0) && !isAcronym(toks[i].text) || CALENDAR.has(w0) || TITLE_WORDS.has(w0) && !ctx.capMid.has(w0) || isDemonym(ctx, w0) || LANGUAGES.has(w0))) return;
  if (single && toks[i].initial && !isAcronym(toks[i].text) && ordinaryOpener(ctx, toks[i])) return;
  if (!isAcronym(surface) && !words.some((w) => ORG_WORDS.has(w)) && words.every((w) => TITLE_WORDS.has(w.replace(/\.$/, '')) || COMMON_WORDS.has(w) || isDemonym(ctx, w) || NAME_PARTICLES.has(w))) return;

  const before = text.slice(Math.max(0, toks[i].start - 40), toks[i].start);
  const after = text.slice(toks[end - 1].end, toks[end - 1].end + 80);
  const prevWord = i > 0 && /^[\s“"‘]*$/.test(text.slice(toks[i - 1].end, toks[i].start)) ? toks[i - 1].lower : '';
  const nextM = /^['’]?s?[\s”"’]*(,\s*)?([\p{L}-]+)/u.exec(after);
  const nextWord = (nextM?.[2] ?? '').toLowerCase();
  // "X said" makes X a speaker; "from X, said ..." does not.
  const saysNext = !nextM?.[1] && SPEECH_VERBS.has(nextWord);
  const quoted = /[“"‘«]\s*$/.test(before) && /^\s*[”"’»]/.test(after);
  const quotedIntro = quoted && /\b(calling itself|calls itself|called|named|known as|dubbed|styling itself)\s+(the\s+)?[“"‘«]\s*$/i.test(before);
  const lastW = words[words.length - 1];
  const ctxRoles = [...roles];

  // Role phrases around the name: "military commander X", "X, a researcher at Y," "Member of the parliament X".
  ctxRoles.push(...leftRole(before));
  // Apposition: "X, a researcher at Y," (the phrase up to the next comma or stop, at most 14 words).
  const appos = /^,\s+(?:a|an|the)\s+([^,;.()]{1,120})/u.exec(after);
  if (appos) {
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
  let type: ActorType | null = null;
  let tentative = false;
  let weak = false;
  const allCapsSingle = single && isAcronym(toks[i].text.replace(/\.$/, '')) || single && /^[A-Z](\.[A-Z])+\.?$/.test(toks[i].text);
  const place = placeName(ctx, surface);
  const hasOrgWord = words.some((w) => ORG_WORDS.has(w.replace(/\.$/, '')) || ORG_WORDS.has(w.replace(/^[a-z]+-/, '')));
  const endsPlaceWord = PLACE_WORDS.has(lastW);
  const nonActor = words.some((w) => NON_ACTOR_WORDS.has(w));
  // An honorific right before the name makes a person, even of a word that names places ("Mr Park").
  const honorific = /\b(Mr|Mrs|Ms|Miss|Mme|Dr|Mister)\.?[ \t\u00a0]+$/.test(before) && (single || !hasOrgWord && !endsPlaceWord);
  if (honorific) type = 'person';
  else if (place) type = 'place';
  else if (quotedIntro) type = 'organization';
  else if (endsPlaceWord && !words.some((w) => w === 'brigade' || w === 'brigades')) type = 'place';
  else if (hasOrgWord && !(single && GENERIC_SINGLE.has(w0))) type = 'organization';
  else if (single && GENERIC_SINGLE.has(w0)) return;
  else if (nonActor || THING_NOUNS_AFTER.has(nextWord)) return;
  else if (AGENCIES.has(w0) && single) type = 'organization';
  else if (PLACE_NOUNS_AFTER.has(nextWord) || /^\s*[–—-]\s*\p{Lu}\p{L}*\s+(road|highway|border|railway|route|corridor|line)\b/u.test(after) || ['nearby', 'neighbouring', 'neighboring'].includes(prevWord) || /\b(island|state|province|region|city|town|village|district|county|capital|governorate|municipality|outskirts|suburbs?) of\s*$/i.test(before)) {
    type = 'place';
    weak = true; // context only: a person's surname in the article wins ("the X government")
  }
  else if (allCapsSingle) type = 'organization';
  else if (LANGUAGES.has(lastW) && !single) type = 'organization'; // "X English", a media edition
  else if (!single && /^(al|el|the)$/.test(w0)) type = 'organization'; // "Al X" / "The X" with no given name: a group or outlet
  else if (ctxRoles.length > 0 || /\b(Mr|Mrs|Ms|Dr)\.?\s*$/.test(before)) type = 'person';
  else if (/\b(told|remarks to|interview with|statement to|quoted by|reported by|broadcast by|published by)\s*$/i.test(before) && !saysNext) type = 'organization';
  else if (ORG_NOUNS_AFTER.has(nextWord) && !saysNext) type = 'organization';
  else if (PLACE_PREPS.has(prevWord) && (single || !['from', 'to', 'between'].includes(prevWord)) && !saysNext) {
    type = 'place';
    weak = true; // "between X and", "to X": a person's surname elsewhere in the article wins
  }
  else if (prevWord === 'the') type = 'organization';
  else if (saysNext) type = 'person';
  else if (!single && words.some((w) => KUNYA.has(w))) type = 'person';
  else if (!single && words.length <= 5) type = 'person';
  else tentative = true;
  if (single && type === 'person' && !ctxRoles.length && !saysNext) tentative = true;
  // A sentence-opening single word typed only by its context ("Environmental groups") is not trusted.
  if (single && toks[i].initial && !place && !hasOrgWord && !allCapsSingle && !quotedIntro && !AGENCIES.has(w0)) tentative = true;
  if (single && !allCapsSingle && type !== 'place' && type !== 'organization') tentative = true;

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
    strong: !!place || hasOrgWord || quotedIntro || (single && AGENCIES.has(w0)) || allCapsSingle,
    canonical: type === 'place' ? place ?? undefined : undefined,
    order: out.length,
  });
}

// ---------------------------------------------------------------------------------------------------
// In-article coreference

interface Ent {
  type: ActorType;
  forms: Map<string, number>; // surface -> count
  roles: Set<string>;
  acronym?: string;
  evidence: MergeEvidence[];
  mentions: Cand[];
  fullKey: string;
  surname: string; // skeleton of last word (persons)
  first: string; // skeleton of first word (orgs)
  bag: string;
  words: number;
  /** Skeletons of the name's words. */
  words_: string[];
  firstForm: string;
  /** Index in the article's entity list. */
  idx: number;
  /** Initials of firstForm, computed on first need. */
  init?: string;
}

const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'al', 'el', 'de', 'du']);
function initials(words: string[]): string {
  let out = '';
  for (const word of words) {
    for (const w of word.split('-')) if (w && !INITIALS_SKIP.has(w)) out += w[0].toUpperCase();
  }
  return out;
}

/** slugify is pure and entity names recur across articles: memoised (bounded). */
const slugMemo = new Map<string, string>();
function slugOf(name: string): string {
  let s = slugMemo.get(name);
  if (s === undefined) {
    if (slugMemo.size > 50_000) slugMemo.clear();
    s = slugify(name);
    slugMemo.set(name, s);
  }
  return s;
}

function corefer(ctx: Ctx, cands: Cand[], texts: string[], sourceId: string): { entities: LocalEntity[]; mentions: Mention[] } {
  const ents: Ent[] = [];
  const byKey = new Map<string, Ent>();
  const assigned = new Map<Cand, Ent>();
  const canonical = new Map<number, string>();

  const newEnt = (c: Cand, type: ActorType): Ent => {
    const nw = candWords(c);
    if (c.canonical) canonical.set(ents.length, c.canonical);
    const e: Ent = {
      type,
      forms: new Map(),
      roles: new Set(),
      evidence: [],
      mentions: [],
      fullKey: type + '|' + candKey(c),
      surname: nw.length ? skeleton(nw[nw.length - 1]) : '',
      first: nw.length ? skeleton(nw[0]) : '',
      bag: candBag(c),
      words: nw.length,
      words_: nw.map(skeleton),
      firstForm: c.text,
      idx: ents.length,
    };
    ents.push(e);
    byKey.set(e.fullKey, e);
    if (type === 'organization') byKey.set('bag|' + e.bag, e);
    return e;
  };
  const attach = (c: Cand, e: Ent, ev?: { rule: string; detail?: string; into?: string }) => {
    assigned.set(c, e);
    e.mentions.push(c);
    e.forms.set(c.text, (e.forms.get(c.text) ?? 0) + 1);
    for (const r of c.roles) e.roles.add(r);
    if (ev) {
      const into = ev.into ?? e.firstForm; // = the first key of e.forms: newEnt is always followed by attach
      if (into !== c.text && !e.evidence.some((x) => x.alias === c.text && x.rule === ev.rule)) {
        e.evidence.push({ rule: ev.rule, alias: c.text, into, source: sourceId, sentence: c.sentence, detail: ev.detail });
      }
    }
  };

  // Parenthetical definitions: "Northern Defence Council (NDC, Majlis al-Difaa in Arabic)".
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.tentative && !isAcronym(c.text)) continue;
    const text = texts[c.sentence - 1];
    const rest = text.slice(c.end, c.end + 200);
    // "X, known by its Indonesian acronym Y", "X, also known as Y": the text equates two names.
    const km = KNOWN_AS.exec(rest);
    if (km) {
      const at = c.end + km[0].length;
      for (let q = k + 1; q < cands.length && cands[q].sentence === c.sentence && cands[q].start <= at; q++) {
        const d = cands[q];
        if (d.start !== at) continue;
        d.equate = { to: k, rule: isAcronym(d.text) ? 'acronym-definition' : 'text-equates', detail: km[0].trim() };
        d.type = c.type ?? d.type;
        d.tentative = false;
      }
      continue;
    }
    const pm = /^\s*\(([^()]{1,120})\)/.exec(rest);
    if (!pm) continue;
    const p0 = c.end + rest.indexOf('(') + 1;
    const p1 = p0 + pm[1].length;
    for (let q = k + 1; q < cands.length && cands[q].sentence === c.sentence && cands[q].start < p1; q++) {
      const d = cands[q];
      if (d.start < p0) continue;
      const tail = text.slice(d.end, p1);
      if (isAcronym(d.text) && initials(c.words) === d.text.replace(/[^A-Z]/g, '')) {
        d.equate = { to: k, rule: 'acronym-definition', detail: `(${pm[1].trim()})` };
        d.type = c.type ?? 'organization';
      } else if (isAcronym(d.text) && text.slice(p0, d.start).trim() === '') {
        d.equate = { to: k, rule: 'acronym-definition', detail: `(${pm[1].trim()})` };
        d.type = c.type ?? 'organization';
      } else if (/^\s*in\s+(\p{L}+)/u.test(tail) && LANGUAGES.has(/^\s*in\s+(\p{L}+)/u.exec(tail)![1].toLowerCase())) {
        d.equate = { to: k, rule: 'text-equates', detail: `(${pm[1].trim()})` };
        d.type = c.type;
        d.tentative = false;
      } else if (/\b(also known as|known as|or|aka|formerly)\s*$/i.test(text.slice(p0, d.start))) {
        d.equate = { to: k, rule: 'text-equates', detail: `(${pm[1].trim()})` };
        d.type = c.type;
        d.tentative = false;
      }
    }
  }

  // Pass 1: names with type evidence, in order. Equated names join the name they define.
  for (const c of cands) {
    if (c.tentative || !c.type) continue;
    if (c.equate) {
      const target = assigned.get(cands[c.equate.to]);
      if (target) {
        if (c.equate.rule === 'acronym-definition') target.acronym ??= c.text;
        attach(c, target, { rule: c.equate.rule, detail: c.equate.detail, into: cands[c.equate.to].text });
        const k2 = c.type + '|' + nameKey(c.text);
        if (!byKey.has(k2)) byKey.set(k2, target);
        if (target.type === 'organization') byKey.set('bag|' + candBag(c), target);
        continue;
      }
    }
    const key = c.type + '|' + candKey(c);
    let e = byKey.get(key);
    // The skeleton key only proposes; the words must also be near-identical ("Niger" is not "Nigeria").
    if (e && !sameName(canonical.get(e.idx) ?? e.firstForm, c.canonical ?? c.text)) e = undefined;
    e ??= c.type === 'organization' ? byKey.get('bag|' + candBag(c)) : undefined;
    if (e) {
      const same = e.forms.has(c.text);
      attach(c, e, same ? undefined : { rule: c.type === 'organization' && !byKey.get(key) ? 'same-words' : 'transliteration', detail: 'same name key in this article' });
      continue;
    }
    // Single words (bare surnames, short forms) and acronyms wait for pass 2, when every full name is known.
    if (isAcronym(c.text) && !c.canonical || (candWords(c).length === 1 && (c.type !== 'place' || c.weak))) continue;
    e = newEnt(c, c.type);
    attach(c, e);
  }

  // Pass 2: bare surnames, acronyms and untyped single words link to an entity given in the article.
  for (const c of cands) {
    if (assigned.has(c)) continue;
    const nw = candWords(c);
    if (nw.length === 0) continue;
    if (isAcronym(c.text)) {
      const letters = c.text.replace(/[^A-Z]/g, '');
      const target = ents.find((x) => x.acronym === c.text) ?? uniqueBy(ents, (x) => x.type === 'organization' && x.words > 1 && x.words >= letters.length - 1 && x.words <= letters.length + 3 && (x.init ??= initials(x.firstForm.toLowerCase().split(/\s+/))) === letters);
      if (target) {
        attach(c, target, { rule: 'acronym-initials', detail: `${c.text} = initials of ${[...target.forms.keys()][0]}` });
        continue;
      }
      if (c.type) {
        const e = byKey.get(c.type + '|' + nameKey(c.text)) ?? newEnt(c, c.type);
        attach(c, e);
      }
      continue;
    }
    if (nw.length === 1) {
      const sk = skeleton(nw[0]);
      const canPerson = !c.strong;
      const canOrg = c.type !== 'person' && c.type !== 'place';
      const persons = ents.filter((x) => x.type === 'person' && x.words > 1 && x.surname === sk);
      if (canPerson && persons.length === 1) {
        attach(c, persons[0], { rule: 'same-article-surname', detail: 'surname of a full name in this article' });
        continue;
      }
      if (canPerson && persons.length > 1) {
        // Several people share the surname: the closest preceding full name, only when exactly one of
        // them was named before this mention.
        const prev = persons.filter((p) => p.mentions.some((m) => m.order < c.order));
        if (prev.length === 1) {
          attach(c, prev[0], { rule: 'same-article-surname', detail: 'the only earlier full name with this surname' });
          continue;
        }
        continue; // ambiguous: not attached to anyone
      }
      // Family name first ("Mr Zhang" for "Zhang Weiguo"): the first word of exactly one person.
      const byFirst = canPerson ? ents.filter((x) => x.type === 'person' && x.words > 1 && x.first === sk) : [];
      if (byFirst.length === 1 && (c.type === 'person' || c.roles.length > 0 || c.tentative)) {
        attach(c, byFirst[0], { rule: 'same-article-surname', detail: 'family name written first in the full name' });
        continue;
      }
      // Short form of an organisation: a distinctive word of exactly one longer organisation name.
      if (canOrg && !ORG_WORDS.has(nw[0]) && !placeName(ctx, c.text) && !ctx.lowerSeen.has(nw[0]) && (!c.initial || c.possessive)) {
        const orgs = ents.filter((x) => x.type === 'organization' && x.words > 1 && x.words_.includes(sk));
        if (orgs.length === 1) {
          attach(c, orgs[0], { rule: 'short-form', detail: 'a word of a longer name in this article' });
          continue;
        }
      }
      const keyEnd = '|' + candKey(c);
      const same = ents.filter((x) => x.fullKey.endsWith(keyEnd) && (x.type === c.type || !c.strong));
      if (same.length === 1) {
        attach(c, same[0]);
        continue;
      }
      if (c.type && (!c.tentative || c.type === 'person')) {
        const e = byKey.get(c.type + '|' + candKey(c)) ?? newEnt(c, c.type);
        attach(c, e);
      }
      continue;
    }
  }

  // A person named by part of a full name given in the article ("Garcia Ortega" for "Ana Maria
  // Garcia Ortega", "Sheikh Bello" for "Sheikh Umar Bello"): same last word, words in order, one candidate.
  for (const e of ents) {
    if (e.type !== 'person' || e.mentions.length === 0 || e.words < 2) continue;
    const mine = nameWords(e.firstForm).map(skeleton);
    const targets = ents.filter((x) => x !== e && x.type === 'person' && x.mentions.length > 0 && x.words > e.words && x.surname === e.surname && isSubsequence(mine, x.words_));
    if (targets.length !== 1) continue;
    const t = targets[0];
    for (const m of e.mentions) attach(m, t, { rule: 'same-article-surname', detail: 'part of a full name in this article' });
    e.mentions = [];
  }

  // Output
  const used = new Set<string>();
  const entities: LocalEntity[] = [];
  const keyOf = new Map<Ent, string>();
  const mentions: Mention[] = [];
  for (const e of ents) {
    if (e.mentions.length === 0) continue;
    const forms = [...e.forms.entries()];
    const wellFormed = forms.filter(([f]) => !isAcronym(f));
    const pool = wellFormed.length ? wellFormed : forms;
    pool.sort((x, y) => nameWords(y[0]).length - nameWords(x[0]).length || y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const name = canonical.get(e.idx) ?? pool[0][0];
    const slug = slugOf(name);
    let key = `${e.type}:${slug}`;
    for (let n = 2; used.has(key); n++) key = `${e.type}:${slug}-${n}`;
    used.add(key);
    keyOf.set(e, key);
    for (const ev of e.evidence) if (ev.into === ev.alias) ev.into = name;
    entities.push({
      key,
      name,
      type: e.type,
      aliases: [...e.forms.keys()].sort(),
      roles: [...e.roles].sort(),
      ...(e.acronym ? { acronym: e.acronym } : {}),
      evidence: e.evidence,
      mentions: e.mentions.length,
    });
  }
  for (const c of cands) {
    const e = assigned.get(c);
    if (!e) continue;
    mentions.push({ sentence: c.sentence, start: c.start, end: c.end, text: c.text, type: e.type, entity: keyOf.get(e)! });
  }
  mentions.sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  return { entities, mentions };
}

function isSubsequence(small: string[], big: string[]): boolean {
  let j = 0;
  for (const w of big) if (j < small.length && w === small[j]) j++;
  return j === small.length;
}

function uniqueBy<T>(xs: T[], pred: (x: T) => boolean): T | undefined {
  let found: T | undefined;
  for (const x of xs) {
    if (!pred(x)) continue;
    if (found) return undefined;
    found = x;
  }
  return found;
}

/** Exposed for tests and the resolver: the words of a name as the detector sees them. */
export const _internal = { isAcronym, initials, fold };
