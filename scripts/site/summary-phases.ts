// The phases of the summary: dated events split where the usual spacing of events breaks or the dominant
// kind of activity changes, each phase named after its activity, with its key events and the actors most
// involved.
import type { ActorRecord, EventRecord } from '../lib/types.ts';
import { MONTH_NAMES } from '../lib/months.ts';
import { byText, capital, dateText, plural, type Cited, type Evidence } from './summary-text.ts';

export interface KeyEvent {
  id: string;
  date: string;
  title: string;
  url_path: string;
  independent_reports: number;
}
export interface Phase {
  title: string;
  from: string;
  to: string;
  summary: Cited[];
  keyEvents: KeyEvent[];
}

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

// Event types grouped into the broad kinds of activity a phase is named after.
const CATEGORY: Record<string, string> = {
  attack: 'attacks',
  strike: 'attacks',
  killing: 'attacks',
  kidnapping: 'attacks',
  arrest: 'arrests',
  release: 'arrests',
  threat: 'threats',
  statement: 'statements',
  meeting: 'talks',
  visit: 'talks',
  agreement: 'talks',
  deployment: 'deployments',
  protest: 'protests',
};
const CATEGORY_LABEL: Record<string, string> = {
  attacks: 'attacks',
  arrests: 'arrests and releases',
  threats: 'threats',
  statements: 'statements',
  talks: 'talks and visits',
  deployments: 'deployments',
  protests: 'protests',
  other: 'other events',
};
/** Shorter names for phase titles ("Talks and threats, Oct–Nov 2020"). */
const CATEGORY_TITLE: Record<string, string> = {
  attacks: 'attacks',
  arrests: 'arrests',
  threats: 'threats',
  statements: 'statements',
  talks: 'talks',
  deployments: 'deployments',
  protests: 'protests',
  other: 'other events',
};
const categoryOf = (type: string) => CATEGORY[type] ?? 'other';

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

/** One phase: named after its one or two dominant kinds of activity, its key events and most involved actors. */
export function phaseOf(list: EventRecord[], ctx: { actorById: Map<string, ActorRecord>; eventEvidence(e: EventRecord): Evidence }): Phase {
  const { actorById, eventEvidence } = ctx;
  const counts = categoryCounts(list);
  // "other events" only when nothing else fits.
  const named = counts.filter(([c]) => c !== 'other');
  const top = named[0] ?? counts[0];
  const second = named[1] && named[1][1] / list.length >= 0.3 ? named[1] : undefined;
  const from = list[0].date;
  const to = list[list.length - 1].date;
  const title = `${capital(CATEGORY_TITLE[top[0]] ?? top[0])}${second ? ` and ${CATEGORY_TITLE[second[0]] ?? second[0]}` : ''}, ${spanLabel(from, to)}`;
  const key = [...list].sort(rankEvents).slice(0, 4);
  const summary: Cited[] = [];
  const mix = counts
    .slice(0, 3)
    .map(([c, k]) => `${CATEGORY_LABEL[c] ?? c} (${k})`)
    .join(', ');
  summary.push({
    text:
      list.length === 1
        ? `One event, ${dateText(from)}: ${list[0].title}.`
        : `${list.length} events ${from === to ? `on ${dateText(from)}` : `from ${dateText(from)} to ${dateText(to)}`}, chiefly ${mix}.`,
    evidence: key.map(eventEvidence),
  });
  // The actors most involved in this phase (people and organisations).
  const involved = new Map<string, EventRecord[]>();
  for (const e of list) {
    for (const id of new Set(e.actors ?? [])) {
      const a = actorById.get(id);
      if (!a || a.type === 'place') continue;
      const l = involved.get(id);
      if (l) l.push(e);
      else involved.set(id, [e]);
    }
  }
  const who = [...involved].sort((a, b) => b[1].length - a[1].length || byText(a[0], b[0])).slice(0, 3);
  if (who.length && list.length > 1) {
    const names = who.map(([id, es]) => `${actorById.get(id)?.name ?? id} (${plural(es.length, 'event')})`);
    summary.push({
      text: `Most involved: ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}.`,
      evidence: who.map(([id, es]) => ({ ...eventEvidence([...es].sort(rankEvents)[0]), label: `${actorById.get(id)?.name ?? id}: ${eventEvidence([...es].sort(rankEvents)[0]).label}` })),
    });
  }
  if (key[0] && key[0].independent_reports > 1 && list.length > 1) {
    summary.push({
      text: `The most widely reported was “${key[0].title}” (${dateText(key[0].date)}, ${plural(key[0].independent_reports, 'independent report')}).`,
      evidence: [eventEvidence(key[0])],
    });
  }
  return {
    title,
    from,
    to,
    summary,
    keyEvents: key.map((e) => ({ id: e.id, date: e.date, title: e.title, url_path: e.url_path, independent_reports: e.independent_reports })),
  };
}
