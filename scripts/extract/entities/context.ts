// What the mention rules share for one article: the gazetteer, the words seen in lower case or
// capitalised mid-sentence, and the mention candidate (a run of capitalised words, trimmed and typed).
import type { ActorType } from '../../lib/types.ts';
import { COMMON_WORDS, MONTHS, WEEKDAYS } from '../../language/lexicon/stopwords.ts';
import { TITLES } from '../../language/lexicon/titles.ts';
import { gazetteer } from '../../language/lexicon/places.ts';
import { bagKey, nameKey, nameWords } from '../../language/translit.ts';
import { isAcronym, type Tok } from './tokens.ts';

/** Weekday and month words: never a name, nor part of one. */
export const CALENDAR = new Set([...WEEKDAYS, ...MONTHS]);

/** Every word of a title ("prime", "minister", "lieutenant" ...). */
export const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/[\s-]+/)).filter((w) => !['of', 'the', 'in', 'and', 'for'].includes(w)));

/** A mention candidate: a run of capitalised words, trimmed to the name and typed when the evidence allows. */
export interface Cand {
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
  /** The country a generic body's name belongs to: "Turkish Defense Ministry", "China's Foreign Ministry". */
  qualifier?: string;
  /** The body's name with its possessive country, as written ("Yemen's Armed Forces"): an alias of it. */
  qualifiedForm?: string;
  /** Typed by a guess alone: a person by the shape of its words, an organisation by a "the" before it. */
  shape?: boolean;
  /** Typed a place by a larger city's name (cities.ts), where only a guess or a preposition typed it otherwise. */
  city?: boolean;
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
export const candWords = (c: Cand): string[] => (c.nw ??= nameWords(c.text));
/** nameKey(canonical ?? text) of a candidate. */
export const candKey = (c: Cand): string => (c.nk ??= nameKey(c.canonical ?? c.text));
/** bagKey(text) of a candidate. */
export const candBag = (c: Cand): string => (c.bag ??= bagKey(c.text));

/** What the rules share for one article. */
export interface Ctx {
  gaz: ReturnType<typeof gazetteer>;
  lowerSeen: Set<string>;
  capMid: Set<string>; // words seen capitalised not at a sentence start
  /** Short names the text defines in quotes inside a parenthesis ('(ICC or “the Court”)'), lower-cased. */
  defined: Set<string>;
}

export function isDemonym(ctx: Ctx, lower: string): boolean {
  return ctx.gaz.demonyms.has(lower) || /^(pro|anti)-/.test(lower);
}

export function placeName(ctx: Ctx, text: string): string | null {
  const k = text.toLowerCase();
  if (ctx.gaz.places.has(k)) return ctx.gaz.places.get(k)!;
  if (!/^[A-Z.]+$/.test(text)) return null;
  const code = text.replace(/\./g, '');
  if (ctx.gaz.codes.has(code)) return ctx.gaz.codes.get(code)!;
  return null;
}

/** Sentence-opening word that is an ordinary word, not the start of a name. */
export function ordinaryOpener(ctx: Ctx, t: Tok): boolean {
  const l = t.lower;
  if (isAcronym(t.text)) return false;
  if (COMMON_WORDS.has(l) || CALENDAR.has(l)) return true;
  if (ctx.capMid.has(l)) return false;
  if (ctx.lowerSeen.has(l)) return true;
  if (placeName(ctx, t.text)) return false;
  // Participles and adverbs open sentences; names ending in -med/-eed/-hed/-ved ("Ahmed") are not participles.
  return /(ly|ing|ed|ness|ment|ers|ies)$/.test(l) && !/(med|eed|hed|ved)$/.test(l);
}
