// How many: "14 members", "13 of the detainees", "Thirteen were released" — the numbers of a sentence,
// those near a trigger, and the counted subject of a passive ("14 people ... were arrested").
import { NUMBER_WORDS } from '../../language/lexicon/events.ts';
import { matchesOf } from '../../language/dates.ts';
import type { Found } from '../../language/event-triggers.ts';

/** Numbers of a sentence with what they count ("14 members" -> 14, "members"). */
export type Quantity = { value: number; what: string };

/** Quantities: "14 members", "13 of the detainees", "Thirteen were released". */
const QUANTITY_RE =
  /\b(\d{1,3}(?:,\d{3})*|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?)(?:\s+(hundred|thousand|million))?\s+(?:of\s+(?:the\s+|their\s+|them\b\s*)?)?([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?/gi;
const AUX = /^(?:were|was|are|is|had|have|has|of|who|which|that|and|or|in|on|at|to|more|other)$/i;
const DURATION_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times?|percent|per|am|pm|a\.m|p\.m)$/i;

export function numberValue(word: string, mult?: string): number | null {
  const w = word.toLowerCase();
  let n = /^\d/.test(w) ? Number(w.replace(/,/g, '')) : NUMBER_WORDS[w];
  if (n == null || !Number.isFinite(n)) return null;
  if (mult) n *= mult.toLowerCase() === 'hundred' ? 100 : mult.toLowerCase() === 'thousand' ? 1000 : 1_000_000;
  return n;
}

export function extractQuantities(text: string, skip: { index: number; text: string }[] = []): { value: number; what: string }[] {
  const out: { value: number; what: string }[] = [];
  for (const m of matchesOf(QUANTITY_RE, text)) {
    const idx = m.index ?? 0;
    if (skip.some((s) => idx >= s.index && idx < s.index + s.text.length)) continue;
    const value = numberValue(m[1], m[2]);
    if (value == null) continue;
    if (/^(?:1[89]|20)\d\d$/.test(m[1])) continue; // a year
    let what = m[3];
    if (DURATION_UNIT.test(what)) continue;
    if (/^one$/i.test(m[1]) && /^(?:of|another|day|time)$/i.test(what)) continue;
    if (AUX.test(what)) what = m[4] && !AUX.test(m[4]) ? m[4] : '';
    if (!what || /^(?:the|a|an)$/i.test(what)) continue;
    out.push({ value, what: what.toLowerCase() });
  }
  return out;
}

function isW(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}
/** Does `lower` contain `word` (lower case) as a whole word? */
export function hasWord(lower: string, word: string): boolean {
  if (!word) return false;
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if ((i === 0 || !isW(lower.charCodeAt(i - 1))) && !isW(lower.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** The sentence's quantities whose counted word stands near the trigger. */
export function quantitiesNear(s: string, trig: Found, seg: [number, number], all: Quantity[]): Quantity[] {
  const qWindow = s.slice(Math.max(seg[0], trig.index - 60), Math.min(s.length, trig.end + 60));
  const qLower = all.length ? qWindow.toLowerCase() : '';
  return all.filter((q) => hasWord(qLower, q.what));
}

/** The counted subject of a passive trigger ("14 people", "thirteen of the detainees"), for its title; else null. */
export function countedSubject(s: string, trig: Found, seg: [number, number], segs: [number, number][]): string | null {
  // the subject of a passive may sit before an appositive ("14 people belonging to X, the most
  // radical faction in Y, were arrested"): look in the sentence start when the clause has no number
  const QM = /\b(\d+|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen|(?:[Tt]wen|[Tt]hir|[Ff]or|[Ff]if)ty|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)\s+(?:of\s+the\s+)?([\w-]+)(?:\s+of\s+((?:[A-Z][\w'-]*\s?)+))?/;
  const qm = trig.passive && trig.form !== 'noun' ? QM.exec(s.slice(seg[0], trig.index)) ?? (seg[0] > 0 && segs.length > 2 ? QM.exec(s.slice(0, trig.index)) : null) : null;
  // ("Today, 12 March, X was surrendered": a day of a month is a date, not a count)
  if (qm && /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/.test(qm[2])) return null;
  if (trig.passive && trig.form !== 'noun' && qm && numberValue(qm[1]) != null) return (AUX.test(qm[2]) ? qm[1] : qm[0]).trim().replace(/^\w+/, (w) => w.toLowerCase());
  return null;
}
