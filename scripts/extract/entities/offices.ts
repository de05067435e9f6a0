// Titles and offices written inside a run of capitals: where a title starts and ends ("Acting Inspector
// in Charge", "Judges", "Assistant Attorney General"), and the complement of an office after it ("of
// Interior", "for Criminal Investigations", "of the GNA", "of Mexico"). The lexicon is in
// language/lexicon/titles.ts; runs.ts decides what the words around a title are.
import { ORG_WORDS } from '../../language/lexicon/orgwords.ts';
import { COMMON_WORDS } from '../../language/lexicon/stopwords.ts';
import { OFFICE_WORDS, TITLES, TITLE_MODIFIERS } from '../../language/lexicon/titles.ts';
import { placeName, type Ctx } from './context.ts';
import { isAcronym, type Tok } from './tokens.ts';

const TITLE_SEQS = new Map<string, string[][]>();
for (const seq of TITLES.map((t) => t.split(/\s+/)).sort((a, b) => b.length - a.length)) {
  const l = TITLE_SEQS.get(seq[0]) ?? [];
  l.push(seq);
  TITLE_SEQS.set(seq[0], l);
}

/** Titles that end an office name written before a person ("Social Affairs Minister X", "Aviation Analyst X"). */
export const HEAD_TITLES = new Set([
  'minister', 'president', 'secretary', 'governor', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'chief',
  'director', 'chairman', 'chairwoman', 'ambassador', 'envoy', 'mayor', 'judge', 'prosecutor', 'senator', 'premier',
  'chancellor', 'analyst', 'attorney', 'agent', 'inspector', 'commissioner', 'officer', 'correspondent', 'reporter',
  'editor', 'economist', 'researcher', 'pilot', 'coach', 'manager', 'adviser', 'advisor', 'administrator',
]);

const bare = (t: Tok): string => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);

/** One-word titles by their plural ("judges" -> [["judge"]]). */
const PLURAL_SEQS = new Map<string, string[][]>();
for (const [w, seqs] of TITLE_SEQS) {
  const one = seqs.filter((s) => s.length === 1);
  if (one.length && w.length > 2) PLURAL_SEQS.set(w + 's', one); // not "us" for the Burmese "U"
}

/** Length of the title sequence starting exactly at toks[i] (its last word may be plural: "Judges"). */
function titleSeqAt(toks: Tok[], i: number, end: number): number {
  const first = bare(toks[i]);
  const seqs = TITLE_SEQS.get(first) ?? PLURAL_SEQS.get(first);
  // A plural title stands before names, not before a phrase ("Judges X and Y", not "Reporters Without Borders").
  if (!TITLE_SEQS.has(first) && seqs && i + 1 < end && (!toks[i + 1]!.cap || COMMON_WORDS.has(toks[i + 1]!.lower))) return 0;
  for (const seq of seqs ?? []) {
    if (i + seq.length > end) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) {
      const w = bare(toks[i + k]);
      ok = w === seq[k] || (k === seq.length - 1 && w === seq[k] + 's');
    }
    if (ok) return seq.length;
  }
  return 0;
}

/**
 * Length (in tokens) of the title starting at toks[i], within [i, end): up to two modifiers ("Acting",
 * "Senior", "Deputy") before a title of the lexicon. Modifiers alone are not a title ("Special Forces").
 */
export function titleAt(toks: Tok[], i: number, end: number): number {
  let m = 0;
  while (m < 2 && i + m < end && TITLE_MODIFIERS.has(bare(toks[i + m]))) m++;
  for (let s = m; s >= 0; s--) {
    if (i + s >= end) continue;
    const n = titleSeqAt(toks, i + s, end);
    if (n > 0) return s + n;
  }
  return 0;
}

/** A candidate the complement of an office names ("of the GNA", "of Mexico"): token range [from, to). */
export interface ComplementName {
  from: number;
  to: number;
}

/**
 * The complement of an office right after a title at toks[i] ("of Interior", "for Legal Affairs and Human
 * Rights", "of the GNA", "of the United Nations"), up to the name that follows it. Returns the index after
 * the complement (i when there is none) and the names inside it (an organisation or a place of its own).
 */
export function officeComplement(ctx: Ctx, toks: Tok[], i: number, end: number): { next: number; names: ComplementName[] } {
  const names: ComplementName[] = [];
  let k = i;
  for (let guard = 0; guard < 3 && k < end && ['of', 'for', 'on'].includes(toks[k].lower); guard++) {
    let j = k + 1;
    if (j < end && toks[j].lower === 'the') j++;
    if (j >= end || !toks[j].cap) break;
    const start = j;
    // A place ("of Mexico", "of the United States"): the longest gazetteer name, at most four words.
    let placeLen = 0;
    for (let n = Math.min(4, end - j); n >= 1 && !placeLen; n--) {
      if (placeName(ctx, toks.slice(j, j + n).map((t) => t.text).join(' '))) placeLen = n;
    }
    if (placeLen) {
      names.push({ from: j, to: j + placeLen });
      k = j + placeLen;
      continue;
    }
    if (isAcronym(toks[j].text)) {
      names.push({ from: j, to: j + 1 });
      k = j + 1;
      continue;
    }
    // Portfolio words ("Interior", "Legal Affairs and Human Rights", "Criminal Investigations").
    while (j < end && (toks[j].cap && OFFICE_WORDS.has(bare(toks[j])) || (toks[j].lower === 'and' || toks[j].lower === '&') && j + 1 < end && OFFICE_WORDS.has(bare(toks[j + 1])))) j++;
    if (j > start) {
      k = j;
      continue;
    }
    // An organisation ("of the Joint Chiefs", "of the Central Bank"): up to its last organisation word.
    let last = -1;
    for (let q = j; q < end; q++) if (ORG_WORDS.has(bare(toks[q]))) last = q;
    if (last >= j) {
      names.push({ from: j, to: last + 1 });
      k = last + 1;
      continue;
    }
    break;
  }
  return { next: k, names };
}
