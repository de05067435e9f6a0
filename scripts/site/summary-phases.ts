// The phases of the summary: dated events split where the usual spacing of events breaks or the dominant
// kind of activity changes (never inside a month: the summary tells each month whole), each phase named
// after its one or two dominant kinds of activity.
import type { EventRecord } from '../lib/types.ts';
import { MONTH_NAMES } from '../lib/months.ts';
import { byText, capital } from './summary-text.ts';
import { ACTIVITY_TITLE, activityOf } from './activity.ts';

/** A phase's span for its title: "Oct–Dec 2020", "Dec 2019–Jan 2020", "Jan 2020", "2003". */
export function spanLabel(from: string, to: string): string {
  const short = (d: string) => (d.length >= 7 ? MONTH_NAMES[Number(d.slice(5, 7)) - 1]?.slice(0, 3) ?? '' : '');
  const yf = from.slice(0, 4);
  const yt = to.slice(0, 4);
  const mf = short(from);
  const mt = short(to);
  if (!mf || !mt) return yf === yt ? yf : `${yf}–${yt}`;
  if (yf === yt) return mf === mt ? `${mf} ${yf}` : `${mf}–${mt} ${yf}`;
  return `${mf} ${yf}–${mt} ${yt}`;
}

const categoryOf = activityOf;
const CATEGORY_TITLE = ACTIVITY_TITLE;

/** Days since 1970 for YYYY, YYYY-MM or YYYY-MM-DD (month/year precision -> first day). */
function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) - 1 : 0;
  const d = date.length >= 10 ? Number(date.slice(8, 10)) : 1;
  const t = Date.UTC(y, m, d);
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : 0;
}

/** Counts of categories in a list of events, most frequent first (ties by name). */
function categoryCounts(events: EventRecord[]): [string, number][] {
  const m = new Map<string, number>();
  for (const e of events) m.set(categoryOf(e.type), (m.get(categoryOf(e.type)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
}

export const rankEvents = (a: EventRecord, b: EventRecord) =>
  b.independent_reports - a.independent_reports || b.sources.length - a.sources.length || byText(a.date, b.date) || byText(a.id, b.id);

/**
 * Splits dated events into 2–6 phases. Candidate boundaries are (a) gaps much longer than the usual
 * spacing of events and (b) points where the dominant kind of activity changes (the majority category of
 * the events just before differs from that just after). The strongest boundaries win, kept apart from each
 * other so that one transition does not yield several slivers. Linear-ish: O(n · window), window ≤ 50.
 */
export function findPhases(events: EventRecord[]): EventRecord[][] {
  const dated = events
    .filter((e) => e && typeof e.date === 'string' && /^\d{4}-\d{2}/.test(e.date))
    .sort((a, b) => byText(a.date, b.date) || byText(categoryOf(a.type), categoryOf(b.type)) || byText(a.id, b.id));
  const n = dated.length;
  if (n === 0) return [];
  const days = dated.map((e) => dayNumber(e.date));
  const gaps: number[] = [];
  for (let i = 1; i < n; i++) gaps.push(days[i] - days[i - 1]);
  const positive = gaps.filter((g) => g > 0).sort((a, b) => a - b);
  if (!positive.length) return [dated];
  const median = positive[Math.floor(positive.length / 2)];
  const threshold = Math.max(30, 3 * median);
  // Window for "dominant activity before/after": wide enough that one odd event does not start a phase.
  const w = Math.max(3, Math.min(50, Math.ceil(n / 10)));
  const cats = dated.map((e) => categoryOf(e.type));

  const dominant = (from: number, to: number): [string, number] => {
    const m = new Map<string, number>();
    for (let i = Math.max(0, from); i < Math.min(n, to); i++) m.set(cats[i], (m.get(cats[i]) ?? 0) + 1);
    const best = [...m].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0];
    const size = Math.min(n, to) - Math.max(0, from);
    return best ? [best[0], best[1] / Math.max(1, size)] : ['other', 0];
  };

  // Boundary b splits between event b-1 and b; only where the date changes.
  const candidates: { b: number; strength: number; gap: boolean }[] = [];
  for (let b = 1; b < n; b++) {
    const gap = days[b] - days[b - 1];
    if (gap <= 0) continue;
    const [before, sb] = dominant(b - w, b);
    const [after, sa] = dominant(b, b + w);
    const changes = before !== after && sb >= 0.5 && sa >= 0.5 && b >= w && n - b >= w;
    const isGap = gap > threshold;
    if (!changes && !isGap) continue;
    const gapScore = isGap ? 1 + Math.log2(gap / threshold) : (0.5 * gap) / threshold;
    candidates.push({ b, strength: gapScore + (changes ? (sb + sa) / 2 : 0), gap: isGap });
  }
  candidates.sort((x, y) => y.strength - x.strength || x.b - y.b);
  const chosen: number[] = [];
  for (const c of candidates) {
    if (chosen.length >= 5) break;
    // Category changes must be apart from other boundaries; real gaps always qualify.
    if (!c.gap && chosen.some((b) => Math.abs(b - c.b) < w)) continue;
    chosen.push(c.b);
  }
  if (!chosen.length) {
    // No clear break: split at the longest gap if it is at least a week and twice the usual spacing, so
    // a long run still shows a before and after; a tight cluster of events stays one phase.
    let best = 1;
    for (let b = 1; b < n; b++) if (days[b] - days[b - 1] > days[best] - days[best - 1]) best = b;
    if (days[best] - days[best - 1] >= Math.max(7, 2 * median)) chosen.push(best);
  }
  // A boundary inside a month moves to the month's start (or its end, when the month starts the list).
  const monthAt = (i: number) => dated[i].date.slice(0, 7);
  const snapped = chosen.map((b) => {
    let k = b;
    while (k > 0 && monthAt(k - 1) === monthAt(k)) k--;
    if (k === 0) for (k = b; k < n && monthAt(k - 1) === monthAt(k); k++);
    return k;
  });
  chosen.length = 0;
  chosen.push(...[...new Set(snapped)].filter((b) => b > 0 && b < n));
  chosen.sort((a, b) => a - b);
  const phases: EventRecord[][] = [];
  let start = 0;
  for (const b of chosen) {
    phases.push(dated.slice(start, b));
    start = b;
  }
  phases.push(dated.slice(start));
  return phases.filter((p) => p.length);
}

/** A phase's title: its one or two dominant kinds of activity and its span ("Attacks and threats, Oct–Dec 2020"). */
export function phaseTitle(list: EventRecord[]): string {
  const counts = categoryCounts(list);
  // "other events" only when nothing else fits.
  const named = counts.filter(([c]) => c !== 'other');
  const top = named[0] ?? counts[0];
  const second = named[1] && named[1][1] / list.length >= 0.3 ? named[1] : undefined;
  return `${capital(CATEGORY_TITLE[top[0]] ?? top[0])}${second ? ` and ${CATEGORY_TITLE[second[0]] ?? second[0]}` : ''}, ${spanLabel(list[0].date, list[list.length - 1].date)}`;
}
