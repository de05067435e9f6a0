// What the whole article says about its mention candidates, before coreference links them: an acronym
// the text defines with ordinary words ("the LOC (line of control)") names no actor anywhere in it; a
// plural surname is a family ("the Pendlebys"); two surnames of people the article names in full, run
// together by a missing "and" ("between Marsh Okonjo"), are two mentions; a body of another body the
// text defines by its initials ("Presidency Council of the Government of National Accord (GNA)") is two
// names; a word cut off by the end of a truncated text ("Abu Dhabi Internationa") is no name; the names
// of a list after a plural role ("her sons Ahmed, Omar and Ali") are people with that role.
import { candWords, type Cand } from './context.ts';
import { lowerCaseDefined } from './classify.ts';
import { isAcronym } from './tokens.ts';
import { ROLE_NOUNS } from '../../language/lexicon/titles.ts';
import { NON_ACTOR_WORDS, ORG_WORDS } from '../../language/lexicon/orgwords.ts';

export function reviewCandidates(all: Cand[], texts: string[], bodyCount = texts.length): Cand[] {
  // In text order (a run split from its end pushes its last name first: "X of the ACR").
  const cands = [...all].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  // Acronyms some sentence defines with lower-case words: none of their mentions is an actor.
  const common = new Set<string>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    // Only an acronym in a parenthesis, or right before one, can be defined there.
    for (const m of text.matchAll(/(?:\(\s*([A-Z][A-Za-z0-9&]{1,7})\s*\)|(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&]{1,7})(?=\s*\())/g)) {
      const acr = m[1] ?? m[2]!;
      const at = m.index! + m[0].indexOf(acr);
      if (isAcronym(acr) && (lowerCaseDefined(text, at, at + acr.length, acr) || m[1] !== undefined && thingDefined(text, at, acr))) common.add(acr);
    }
  }
  // Surnames of people named in full (two words or more), for families and names run together.
  const surnames = new Map<string, Set<string>>();
  for (const c of cands) {
    const w = c.text.split(/\s+/);
    if (c.type !== 'person' || w.length < 2) continue;
    const k = w[w.length - 1]!.toLowerCase();
    surnames.set(k, (surnames.get(k) ?? new Set()).add(c.text));
  }
  const last = bodyCount;
  const cutOff = last > 0 && !/[.!?…]["”’')\]]*$/.test(texts[last - 1]!.trimEnd());
  const out: Cand[] = [];
  for (const c of cands) {
    if (common.has(c.text)) continue;
    const words = c.text.split(/\s+/);
    if (words.length === 1 && /s$/.test(c.text) && surnames.has(c.text.slice(0, -1).toLowerCase())) continue; // "the Pendlebys"
    if (cutOff && c.sentence === last && c.end >= texts[last - 1]!.trimEnd().length) continue;
    const pair = twoSurnames(c, words, surnames) ?? bodyOfDefinedBody(c, texts[c.sentence - 1] ?? '');
    if (pair) out.push(...pair);
    else out.push(c);
  }
  listedUnderOneRole(out, texts);
  out.forEach((c, k) => (c.order = k));
  return out;
}

/** "her sons Ahmed, Omar and Ali", "Judges X and Y": every name of a list after a plural role is a person with that role. */
function listedUnderOneRole(cands: Cand[], texts: string[]): void {
  for (let k = 0; k < cands.length - 1; k++) {
    const c = cands[k];
    const plural = c.type === 'person' && c.roles.find((r) => /s$/i.test(r) && ROLE_NOUNS.has(r.split(/\s+/).pop()!.toLowerCase()));
    if (!plural) continue;
    const text = texts[c.sentence - 1] ?? '';
    for (let q = k + 1; q < cands.length; q++) {
      const prev = cands[q - 1];
      const d = cands[q];
      if (d.sentence !== c.sentence || !/^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(prev.end, d.start)) || d.type === 'place' || d.type === 'organization' && d.strong) break;
      d.type = 'person';
      d.tentative = false;
      if (!d.roles.includes(plural)) d.roles = [...d.roles, plural];
    }
  }
}

const SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on']);

/** "Maneuvering Characteristics Augmentation System (MCAS)": an acronym defined for a thing, not an actor. */
function thingDefined(text: string, at: number, acronym: string): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  if (!/\(\s*$/.test(before)) return false;
  const words = before.replace(/\(\s*$/, '').trim().split(/\s+/).slice(-10);
  const letters = acronym.replace(/[^A-Z]/g, '');
  for (let n = Math.min(words.length, 8); n >= 2; n--) {
    const phrase = words.slice(-n);
    if (!phrase.every((w) => SKIP.has(w) || /^\p{Lu}/u.test(w))) continue;
    if (phrase.filter((w) => !SKIP.has(w)).map((w) => w[0]).join('').toUpperCase() !== letters) continue;
    const last = phrase[phrase.length - 1]!.toLowerCase();
    // "Government of National Accord (GNA)": a body's name that ends in a thing's word is still a body
    if (phrase.some((w) => ORG_WORDS.has(w.toLowerCase()))) return false;
    return NON_ACTOR_WORDS.has(last) && !ORG_WORDS.has(last);
  }
  return false;
}

/**
 * "Presidency Council of the Government of National Accord (GNA)": the acronym in the parenthesis is the
 * initials of the name after "of the", so the run names two bodies, one of the other.
 */
function bodyOfDefinedBody(c: Cand, text: string): Cand[] | null {
  if (c.type !== 'organization' || !text.slice(c.end, c.end + 3).includes('(')) return null;
  const acr = /^\s*\(([A-Z][A-Za-z]{1,7})[),]/.exec(text.slice(c.end, c.end + 12))?.[1];
  if (!acr || !isAcronym(acr)) return null;
  const m = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}.+)$/u.exec(c.text);
  if (!m) return null;
  const tail = m[2]!;
  const init = tail.split(/\s+/).filter((w) => !SKIP.has(w)).map((w) => w[0]).join('');
  if (init !== acr.replace(/[^A-Z]/g, '') || init === c.text.split(/\s+/).filter((w) => !SKIP.has(w)).map((w) => w[0]).join('')) return null;
  const part = (t: string, start: number): Cand => ({ ...c, start, end: start + t.length, text: t, words: t.toLowerCase().split(/\s+/), roles: [], nw: undefined, nk: undefined, bag: undefined });
  return [part(m[1]!, c.start), { ...part(tail, c.start + c.text.length - tail.length), initial: false }];
}

/** "Marsh Okonjo": two words, each the surname of a different person named in full. */
function twoSurnames(c: Cand, words: string[], surnames: Map<string, Set<string>>): Cand[] | null {
  if (words.length !== 2 || c.type === 'place') return null;
  const other = (k: string) => [...(surnames.get(k.toLowerCase()) ?? [])].some((t) => t !== c.text);
  if (!other(words[0]!) || !other(words[1]!)) return null;
  const split = c.text.indexOf(words[1]!, words[0]!.length);
  const part = (text: string, start: number): Cand => ({
    ...c,
    start,
    end: start + text.length,
    text,
    words: [text.toLowerCase()],
    type: 'person',
    tentative: false,
    roles: [],
    nw: undefined,
    nk: undefined,
    bag: undefined,
  });
  const first = part(words[0]!, c.start);
  const second = part(words[1]!, c.start + split);
  second.initial = false;
  candWords(first);
  return [first, second];
}
