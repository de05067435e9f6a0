// How the summary writes: dates in words, counts with their noun, sentences with the evidence they rest on.
import { MONTH_NAMES } from '../lib/months.ts';

/** A link to what a sentence of the summary rests on. */
export interface Evidence {
  label: string;
  href: string;
}
/** A sentence of the summary and its evidence. */
export interface Cited {
  text: string;
  evidence: Evidence[];
}

export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const capital = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

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
