// The month-by-month trend, in the manner of Crisis Group's CrisisWatch: each month the sources report on
// gets a verdict — deteriorated, improved or unchanged — from its hostile events and statements (attacks,
// killings, arrests, threats, accusations ...) against calming ones (agreements, releases, talks), compared
// with the previous month the sources report on, and a one-line reason in words (the figures are in the
// trend table).
import type { Act, Happening } from './summary-acts.ts';
import { dateText } from './summary-text.ts';
import { listOf } from './prose.ts';
import { pushTo } from './list-map.ts';

export type Verdict = 'deteriorated' | 'improved' | 'unchanged' | 'first';

export interface MonthTrend {
  /** YYYY-MM */
  month: string;
  verdict: Verdict;
  /** One line, no figures: why the verdict. */
  reason: string;
  /** The previous month the sources report on, if any. */
  previous: string | null;
  hostileEvents: number;
  hostileStatements: number;
  calming: number;
  /** Hostility minus calm (HOSTILITY weights). */
  score: number;
}

/** A verdict moves only when the score changes by at least this much, and by a quarter of the larger month. */
const MIN_CHANGE = 1.5;
const RELATIVE_CHANGE = 0.25;

// What a month's happenings are called in a reason, one and several.
const NOUN: Record<string, [string, string]> = {
  attack: ['an attack', 'attacks'], strike: ['a strike', 'strikes'], killing: ['a killing', 'killings'], kidnapping: ['a kidnapping', 'kidnappings'],
  arrest: ['an arrest', 'arrests'], threat: ['a threat', 'threats'], deployment: ['a deployment of forces', 'deployments of forces'], protest: ['a protest', 'protests'],
  accusation: ['an accusation', 'accusations'], warning: ['a warning', 'warnings'], demand: ['a demand', 'demands'], responsibility: ['a claim of responsibility', 'claims of responsibility'],
  agreement: ['an agreement', 'agreements'], release: ['a release', 'releases'], meeting: ['talks', 'talks'],
};

/** "attacks, a threat and an arrest": the kinds of happening, most frequent first, in words. */
export function kindsInWords(types: string[], max = 3): string {
  const counts = new Map<string, number>();
  for (const t of types) if (NOUN[t]) counts.set(t, (counts.get(t) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max);
  return listOf(ranked.map(([t, n]) => NOUN[t][n === 1 ? 0 : 1]));
}

const monthOf = (date: string | null) => (date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null);

/** The verdict of every month the sources report on, oldest first. */
export function monthTrends(happenings: Happening[], acts: Act[]): MonthTrend[] {
  const byMonth = new Map<string, Happening[]>();
  for (const h of happenings) {
    const m = monthOf(h.date);
    if (m) pushTo(byMonth, m, h);
  }
  const months = [...byMonth.keys()].sort();
  const out: MonthTrend[] = [];
  for (const [i, month] of months.entries()) {
    const hs = byMonth.get(month)!;
    const hostile = hs.filter((h) => h.hostility > 0);
    const calm = hs.filter((h) => h.hostility < 0);
    const score = round(hs.reduce((t, h) => t + h.hostility, 0));
    const previous = i > 0 ? out[i - 1] : null;
    const verdict: Verdict = !previous ? 'first' : changeOf(previous.score, score);
    out.push({
      month,
      verdict,
      reason: reasonOf(verdict, previous?.month ?? null, hostile, calm, chiefTarget(acts, month)),
      previous: previous?.month ?? null,
      hostileEvents: hostile.filter((h) => h.key.startsWith('e:')).length,
      hostileStatements: hostile.filter((h) => h.key.startsWith('c:')).length,
      calming: calm.length,
      score,
    });
  }
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;

function changeOf(before: number, now: number): Verdict {
  const threshold = Math.max(MIN_CHANGE, RELATIVE_CHANGE * Math.max(Math.abs(before), Math.abs(now)));
  if (now - before >= threshold) return 'deteriorated';
  if (before - now >= threshold) return 'improved';
  return 'unchanged';
}

/** The party most acted against in a month (by distinct happenings), when one stands out. */
function chiefTarget(acts: Act[], month: string): string | null {
  const units = new Map<string, { text: string; units: Set<string> }>();
  for (const a of acts) {
    if (monthOf(a.date) !== month) continue;
    const t = units.get(a.to.key) ?? { text: a.to.text, units: new Set<string>() };
    t.units.add(a.unit);
    units.set(a.to.key, t);
  }
  const ranked = [...units.values()].sort((a, b) => b.units.size - a.units.size || (a.text < b.text ? -1 : 1));
  if (!ranked.length || (ranked[1] && ranked[1].units.size === ranked[0].units.size)) return null;
  return ranked[0].units.size >= 2 ? ranked[0].text : null;
}

function reasonOf(verdict: Verdict, previous: string | null, hostile: Happening[], calm: Happening[], target: string | null): string {
  const what = kindsInWords(hostile.map((h) => h.type));
  const calming = kindsInWords(calm.map((h) => h.type), 2);
  const against = target ? `, chiefly against ${target}` : '';
  const prev = previous ? dateText(previous) : '';
  switch (verdict) {
    case 'first':
      return what ? `The first month the sources report on: ${what}${against}.` : `The first month the sources report on, with no hostile act reported${calming ? `; ${calming}` : ''}.`;
    case 'deteriorated':
      return `More hostile acts than in ${prev}${what ? `: ${what}${against}` : ''}.`;
    case 'improved':
      return `Fewer hostile acts than in ${prev}${calming ? `, and ${calming}` : ''}${what ? `; still ${what}` : ''}.`;
    default:
      return `Hostile acts at about the level of ${prev}${what ? `: ${what}${against}` : ''}.`;
  }
}

export const VERDICT_LABEL: Record<Verdict, string> = { deteriorated: 'Deteriorated', improved: 'Improved', unchanged: 'Unchanged', first: 'First month reported' };
