// Name matching keys that survive transliteration variants: one Arabic or Persian name is written
// Qadhiri / Kazeeri, Youssef / Yusuf, Kataib / Kataeb, Majlis / Madjlis by different outlets. Keys fold
// diacritics, drop the Arabic article (al-/el-/...), unify letters that transliterators disagree on
// (dh/z, q/k, e/i, ou/u/o, doubled consonants) and finally keep a consonant skeleton.
import { ARTICLE_PREFIXES } from './lexicon/particles.ts';

const ARTICLES = new Set(ARTICLE_PREFIXES);

/** Diacritics folded, apostrophes and ayn/hamza marks removed, lower-cased. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼʻ‘`ʿʾ]/g, '')
    .toLowerCase();
}

/** Name words, lower-cased and folded, without Arabic articles ("Al-Rashid" -> ["rashid"]). */
const wordsMemo = new Map<string, string[]>();
const translitMemo = new Map<string, string>();
function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size > 50_000) memo.clear();
  memo.set(key, value);
  return value;
}

export function nameWords(name: string): string[] {
  const hit = wordsMemo.get(name);
  if (hit) return hit;
  return remember(wordsMemo, name, computeNameWords(name));
}

function computeNameWords(name: string): string[] {
  const out: string[] = [];
  // A hyphen before a lower-case letter joins one word ("Jian-guo" = "Jianguo"); before a capital it parts two.
  // (Anchored at a word start so a long run of letters is scanned once, not once per position.)
  const joined = /[-‐]/.test(name) ? name.replace(/(^|[^\p{L}])(\p{L}+)[-‐](?=\p{Ll})/gu, (m, pre: string, a: string) => (ARTICLES.has(a.toLowerCase()) ? m : pre + a)) : name;
  for (const raw of fold(joined).split(/[\s\-‐–]+/)) {
    const w = raw.replace(/[^\p{L}\p{N}]/gu, '');
    if (!w || ARTICLES.has(w) || w === 'the') continue;
    out.push(w);
  }
  return out;
}

/** One word in transliteration-neutral spelling (vowels still present). */
export function translitWord(word: string): string {
  const hit = translitMemo.get(word);
  if (hit !== undefined) return hit;
  return remember(translitMemo, word, computeTranslit(word));
}

function computeTranslit(word: string): string {
  let w = fold(word).replace(/[^\p{L}\p{N}]/gu, '');
  w = w
    .replace(/dh/g, 'z')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ou/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/o/g, 'u')
    .replace(/ae/g, 'ai')
    .replace(/e/g, 'i')
    .replace(/y/g, 'i')
    .replace(/w/g, 'u');
  w = w.replace(/(.)\1+/g, '$1');
  if (w.length > 3) w = w.replace(/([aiu])h$/, '$1');
  return w;
}

/** Consonant skeleton of a word: first letter kept, later vowels dropped ("hashed", "hashd" -> "hshd"). */
const skeletonMemo = new Map<string, string>();
export function skeleton(word: string): string {
  const hit = skeletonMemo.get(word);
  if (hit !== undefined) return hit;
  return remember(skeletonMemo, word, computeSkeleton(word));
}

function computeSkeleton(word: string): string {
  const t = translitWord(word);
  if (t.length <= 1) return t;
  return (t[0] + t.slice(1).replace(/[aiu]/g, '')).replace(/(.)\1+/g, '$1');
}

/** Key of a whole name: skeletons of its words, in order, articles dropped. */
export function nameKey(name: string): string {
  return nameWords(name).map(skeleton).join(' ');
}

/** Order-free key: "Brigades of the Twentieth Revolution" == "Twentieth Revolution Brigades". */
export function bagKey(name: string, drop: Set<string> = new Set(['of', 'for', 'and', 'in', 'on', 'de', 'du', 'des'])): string {
  return nameWords(name)
    .filter((w) => !drop.has(w))
    .map((w) => skeleton(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .sort()
    .join(' ');
}

/** Two names could be one written by different transliterators: same number of words, each the same word. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = nameWords(a);
  const wb = nameWords(b);
  return wa.length === wb.length && wa.every((w, i) => sameWord(w, wb[i]));
}

/** Levenshtein distance, bounded: returns max+1 as soon as it is exceeded (short names only). */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Two words written by different transliterators could be the same word. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (skeleton(a) !== skeleton(b)) return false;
  const ta = translitWord(a);
  const tb = translitWord(b);
  if (ta === tb) return true;
  return editDistance(ta, tb, 2) <= Math.max(1, Math.floor(Math.min(ta.length, tb.length) / 3));
}

const VARIANT_SKIP = new Set(['of', 'the', 'and', 'for']);

/**
 * The same organisation name with its leading words written as their initials ("United Nations Security
 * Council" -> "UN Security Council", "United States Capitol Police" -> "US Capitol Police"): two to four
 * capitalised leading words, at least one word left after them.
 */
const variantsMemo = new Map<string, string[]>();
export function acronymVariants(name: string): string[] {
  const hit = variantsMemo.get(name);
  if (hit) return hit;
  return remember(variantsMemo, name, computeVariants(name));
}

function computeVariants(name: string): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  let letters = '';
  for (let n = 1; n < words.length && n <= 4; n++) {
    const w = words[n - 1]!;
    if (VARIANT_SKIP.has(w)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) break;
    letters += w[0];
    if (letters.length >= 2 && !VARIANT_SKIP.has(words[n]!)) out.push([letters, ...words.slice(n)].join(' '));
  }
  return out;
}
