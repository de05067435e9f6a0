// The summary's narrative: per phase, its most significant happening told in one sentence; per month, the
// trend verdict with its one-line reason, and a short account of what happened, who did what to whom, with
// dates ("On 27 December, the brigade carried out an attack; ..."). Every clause links to what it rests on.
// Numbers stay out of the prose: they are in the trend table and the chart.
import type { EventRecord } from '../lib/types.ts';
import type { SiteAnchors } from './addresses.ts';
import { byDate, significance, type Happening } from './summary-acts.ts';
import { phaseTitle } from './summary-phases.ts';
import { VERDICT_LABEL, type MonthTrend, type Verdict } from './summary-trend.ts';
import { clause, datePhrase, dateText, startSentence, type Clause, type SummarySentence } from './summary-text.ts';

export interface MonthEntry {
  month: string;
  label: string;
  verdict: Verdict;
  verdictLabel: string;
  /** The verdict's reason, linked to the month's timeline. */
  reason: SummarySentence;
  narrative: SummarySentence[];
}

export interface Phase {
  title: string;
  from: string;
  to: string;
  summary: SummarySentence[];
  months: MonthEntry[];
}

/** Happenings told per month: three, up to five in a busy month. */
const perMonth = (n: number) => Math.max(3, Math.min(5, Math.ceil(n / 3)));
/** Months told in full, the most recent ones (the trend table and timeline have them all). */
export const MONTHS_TOLD = 36;

/**
 * A happening told as a clause after its date phrase (left out when the clause before has the same date),
 * or as "the month saw ..." when only a phrase and no date phrase fit.
 */
function toldClause(h: Happening, within: string | undefined, connective: string, previousDate: string | null): Clause | null {
  let when = h.date === previousDate ? '' : datePhrase(h.date, within);
  if (when && connective) when = when.charAt(0).toLowerCase() + when.slice(1);
  if (h.clause) return clause([connective, when ? `${when}, ` : '', h.clause], h.evidence);
  if (!h.phrase) return null;
  if (when) return clause([connective, `${when} came `, h.phrase], h.evidence);
  return clause([connective, within && within.length === 7 ? 'the month saw ' : 'there was ', h.phrase], h.evidence);
}

/** What a clause says after the subject it shares with the clause before ("X carried out an attack" /
 * "X pledged to ..." -> "pledged to ..."), or null when their subjects differ. */
export function afterSharedSubject(before: string, clause: string): string | null {
  const a = before.split(/\s+/), b = clause.split(/\s+/);
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  // a subject of two words or more, then a verb in lower case
  if (k < 2 || k >= b.length || !/^\p{Ll}/u.test(b[k]) || /^(?:of|and|or|in|on|at|to|for|with|from|by|who|which|that)$/.test(b[k]) || /^(?:of|and|the|a|an)$/i.test(b[k - 1])) return null;
  return b.slice(k).join(' ');
}

/** Happenings as sentences of at most two clauses, joined by a semicolon (or, when the second has the same
 * date and subject, by "and" without repeating it), in date order. */
export function tell(happenings: Happening[], within?: string): SummarySentence[] {
  const out: SummarySentence[] = [];
  let current: Clause[] = [];
  let previous: string | null = null;
  let previousClause: string | null = null;
  for (const h of [...happenings].sort((a, b) => byDate(a.date, b.date) || (a.key < b.key ? -1 : 1))) {
    const rest = current.length && h.date === previous && previousClause && h.clause ? afterSharedSubject(previousClause, h.clause) : null;
    const c = rest ? clause([' and ', rest], h.evidence) : toldClause(h, within, current.length ? '; ' : '', current.length ? previous : null);
    if (!c) continue;
    previous = h.date;
    previousClause = h.clause;
    current.push(c);
    if (current.length === 2) {
      out.push(finish(current));
      current = [];
    }
  }
  if (current.length) out.push(finish(current));
  return out;
}

function finish(clauses: Clause[]): SummarySentence {
  const last = clauses[clauses.length - 1];
  const closed = [...clauses.slice(0, -1), { ...last, parts: [...last.parts.slice(0, -1), { ...last.parts[last.parts.length - 1], text: last.parts[last.parts.length - 1].text.replace(/[\s.,;:]*$/, '') }] }];
  const s = startSentence({ clauses: closed });
  // the full stop after the last clause's evidence
  s.clauses.push({ parts: [{ text: '.' }], evidence: [] });
  return s;
}

const tellable = (h: Happening) => !!(h.clause || h.phrase);
const ranked = (hs: Happening[]) => [...hs].sort((a, b) => significance(b) - significance(a) || byDate(b.date, a.date) || (a.key < b.key ? -1 : 1));

export interface NarrativeInput {
  /** The events of each phase (summary-phases.ts findPhases). */
  phases: EventRecord[][];
  happenings: Happening[];
  trends: MonthTrend[];
  anchors: SiteAnchors;
}

/** The phases with their narrative and the months they hold (the most recent MONTHS_TOLD months told). */
export function narrative({ phases, happenings, trends, anchors }: NarrativeInput): Phase[] {
  const trendOf = new Map(trends.map((t) => [t.month, t]));
  const told = new Set(trends.slice(-MONTHS_TOLD).map((t) => t.month));
  const monthOf = (h: Happening) => (h.date && h.date.length >= 7 ? h.date.slice(0, 7) : null);
  return phases.map((events) => {
    const from = events[0].date;
    const to = events[events.length - 1].date;
    const inPhase = happenings.filter((h) => {
      const m = monthOf(h);
      return m !== null && m >= from.slice(0, 7) && m <= to.slice(0, 7) && tellable(h);
    });
    const lead = ranked(inPhase)[0];
    // every month of the phase the sources report on, even one with nothing to tell whole (its verdict stands)
    const months = trends.map((t) => t.month).filter((m) => m >= from.slice(0, 7) && m <= to.slice(0, 7) && told.has(m));
    return {
      title: phaseTitle(events),
      from,
      to,
      summary: lead && months.length > 1 ? tell([lead]) : [],
      months: months.map((m) => monthEntry(trendOf.get(m)!, inPhase.filter((h) => monthOf(h) === m && (months.length === 1 || h !== lead)), anchors)),
    };
  });
}

function monthEntry(t: MonthTrend, hs: Happening[], anchors: SiteAnchors): MonthEntry {
  const chosen = ranked(hs).slice(0, perMonth(hs.length));
  return {
    month: t.month,
    label: dateText(t.month),
    verdict: t.verdict,
    verdictLabel: VERDICT_LABEL[t.verdict],
    reason: { clauses: [clause([t.reason.replace(/\.$/, '')], [{ label: `timeline, ${dateText(t.month)}`, href: anchors.monthHref(t.month) }]), { parts: [{ text: '.' }], evidence: [] }] },
    narrative: tell(chosen, t.month),
  };
}
