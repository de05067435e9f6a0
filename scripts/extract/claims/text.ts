// Word scanning shared by the claim rules: the word pattern, phrase splitting and small string helpers.
// Quoted spans are blanked with BLANK in the masked text (quotes.ts), so scans over it skip quotations.

/** Stands for every character of a quotation in the masked text (same length as the original). */
export const BLANK = '\u25A1';

// Letters and digits of any script except the punctuation blocks (U+2000-U+303F: curly quotes, dashes,
// the blank used for masked quotations); written without \p{..} classes, which are slow in V8.
export const WORD = /[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u3040-\uFFEF]+(?:['’\-][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u3040-\uFFEF]+)*/g;

/** The words of a phrase. */
export const words = (s: string) => s.match(WORD) ?? [];
/** A phrase without the commas, colons, dashes and spaces around it. */
export const trimPunct = (s: string) => s.replace(/^[\s,;:\u2013\u2014-]+|[\s,;:\u2013\u2014-]+$/g, '');

/** Word count. */
export const wc = (s: string) => words(s).length;

/** Splits a phrase at top-level commas (not inside parentheses), keeping offsets. */
export function commaSegments(t: string, base: number): { s: number; e: number }[] {
  const out: { s: number; e: number }[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      out.push({ s: base + from, e: base + i });
      from = i + 1;
    }
  }
  out.push({ s: base + from, e: base + t.length });
  return out;
}

const WORD_ONE = new RegExp(WORD.source);
/** The first word of a phrase, lower case ('' if none). */
export function firstWordLower(s: string): string {
  const w = WORD_ONE.exec(s)?.[0];
  return w ? w.toLowerCase() : '';
}

/** Word-bounded, case-insensitive pattern for a role synonym, compiled once per word. */
const wordReMemo = new Map<string, RegExp>();
export function wordRe(w: string, flags: string, tail: boolean): RegExp {
  const k = flags + (tail ? '1' : '0') + w;
  let re = wordReMemo.get(k);
  if (!re) {
    if (wordReMemo.size > 10_000) wordReMemo.clear();
    re = new RegExp(tail ? `\\b${w}\\b` : `\\b${w}`, flags);
    wordReMemo.set(k, re);
  }
  return re;
}
