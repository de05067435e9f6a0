// What the whole article says about its mention candidates, before coreference links them: an acronym
// the text defines with ordinary words ("the LOC (line of control)") names no actor anywhere in it; a
// plural surname is a family ("the Pendlebys"); two surnames of people the article names in full, run
// together by a missing "and" ("between Putin Erdogan"), are two mentions; a word cut off by the end of a
// truncated text ("Abu Dhabi Internationa") is no name.
import { candWords, type Cand } from './context.ts';
import { lowerCaseDefined } from './classify.ts';
import { isAcronym } from './tokens.ts';

export function reviewCandidates(cands: Cand[], texts: string[]): Cand[] {
  // Acronyms some sentence defines with lower-case words: none of their mentions is an actor.
  const common = new Set<string>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])[A-Z][A-Za-z0-9&]{1,7}(?![\p{L}\p{N}])/gu)) {
      if (isAcronym(m[0]) && lowerCaseDefined(text, m.index!, m.index! + m[0].length, m[0])) common.add(m[0]);
    }
  }
  // Surnames of people named in full (two words or more), for families and names run together.
  const surnames = new Map<string, string>();
  for (const c of cands) {
    const w = c.text.split(/\s+/);
    if (c.type === 'person' && w.length >= 2) surnames.set(w[w.length - 1]!.toLowerCase(), c.text);
  }
  const last = texts.length;
  const cutOff = last > 0 && !/[.!?…]["”’')\]]*$/.test(texts[last - 1]!.trimEnd());
  const out: Cand[] = [];
  for (const c of cands) {
    if (common.has(c.text)) continue;
    const words = c.text.split(/\s+/);
    if (words.length === 1 && /s$/.test(c.text) && surnames.has(c.text.slice(0, -1).toLowerCase())) continue;
    if (cutOff && c.sentence === last && c.end >= texts[last - 1]!.trimEnd().length) continue;
    const pair = twoSurnames(c, words, surnames);
    if (pair) out.push(...pair);
    else out.push(c);
  }
  out.forEach((c, k) => (c.order = k));
  return out;
}

/** "Putin Erdogan": two words, each the surname of a different person named in full. */
function twoSurnames(c: Cand, words: string[], surnames: Map<string, string>): Cand[] | null {
  if (words.length !== 2 || c.type === 'place') return null;
  const a = surnames.get(words[0]!.toLowerCase());
  const b = surnames.get(words[1]!.toLowerCase());
  if (!a || !b || a === b || a === c.text || b === c.text) return null;
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
