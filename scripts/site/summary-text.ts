// How the summary writes: dates in words, counts with their noun (for tables and captions), and sentences
// made of clauses, each clause followed by the evidence it rests on; names inside a clause may link to
// their actor's page.
import { MONTH_NAMES } from '../lib/months.ts';

/** A link to what a clause of the summary rests on. */
export interface Evidence {
  label: string;
  href: string;
}
/** A run of a clause's text; a name in it may link to its actor's page. */
export interface Segment {
  text: string;
  href?: string;
}
/** A clause: its words, then the links to what it rests on. */
export interface Clause {
  parts: Segment[];
  evidence: Evidence[];
}
/** A sentence of the summary: one or more clauses (connectives and punctuation are part of their text). */
export interface SummarySentence {
  clauses: Clause[];
}
/** A line with its evidence (the single-report claims, discrepancies). */
export interface Cited {
  text: string;
  evidence: Evidence[];
}

export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const capital = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** A clause from its runs of text (strings are plain text) and its evidence. */
export function clause(parts: (string | Segment)[], evidence: Evidence[]): Clause {
  return { parts: parts.filter((p) => (typeof p === 'string' ? p : p.text)).map((p) => (typeof p === 'string' ? { text: p } : p)), evidence };
}

/** The words of a sentence without its links. */
export function sentenceText(s: SummarySentence): string {
  return s.clauses.map((c) => c.parts.map((p) => p.text).join('')).join('');
}

/** The sentence with its first letter in capitals (its first clause's first run). */
export function startSentence(s: SummarySentence): SummarySentence {
  const first = s.clauses[0]?.parts[0];
  if (!first) return s;
  return { clauses: [{ ...s.clauses[0], parts: [{ ...first, text: capital(first.text) }, ...s.clauses[0].parts.slice(1)] }, ...s.clauses.slice(1)] };
}

/** "2020-12-28" -> "28 December 2020"; "2020-12" -> "December 2020"; "2020" -> "2020". */
export function dateText(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (d) return `${Number(d)} ${MONTH_NAMES[Number(mo) - 1]} ${y}`;
  if (mo) return `${MONTH_NAMES[Number(mo) - 1]} ${y}`;
  return y;
}

/** "On 28 December 2020", "In December 2020", "In 2020"; within a month's entry the year (and month) it repeats are left out. */
export function datePhrase(value: string | null, within?: string): string {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return '';
  const [, y, mo, d] = m;
  const sameYear = within?.slice(0, 4) === y;
  if (d) return `On ${Number(d)} ${MONTH_NAMES[Number(mo) - 1]}${sameYear ? '' : ` ${y}`}`;
  if (mo) return within === `${y}-${mo}` ? '' : `In ${MONTH_NAMES[Number(mo) - 1]}${sameYear ? '' : ` ${y}`}`;
  return within ? '' : `In ${y}`;
}
