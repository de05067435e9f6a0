// The /summary/ page's content: an escalation briefing generated from the dossier's data, never written by
// hand. Every sentence carries its evidence (links to the events, claims, source sentences or
// discrepancies it rests on), so a reader can check each statement in one click.
import type { ActorRecord, ClaimRecord, Dossier, EventRecord, SourceRecord } from '../lib/types.ts';
import { MONTH_NAMES } from '../lib/months.ts';
import { eventsPerMonthChart, type ChartRow } from './chart.ts';
import { CLAIM_RELATION, EVENT_RELATION } from './network.ts';
import { relationLines } from './relations.ts';

export interface Evidence {
  label: string;
  href: string;
}
export interface Cited {
  text: string;
  evidence: Evidence[];
}
export type RelationKind = 'accuses' | 'threatens' | 'attacks' | 'warns' | 'arrests' | 'demands' | 'sanctions' | 'condemns';
export interface ActorLink {
  id: string;
  name: string;
  url_path: string;
}
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
export interface SummaryRelation {
  from: ActorLink | null;
  fromLabel: string;
  to: ActorLink;
  kind: RelationKind;
  /** The verb the sources use ("accused", "was arrested by"); absent when derived from claims and events. */
  verb?: string;
  count: number;
  evidence: Evidence[];
}
export interface Summary {
  period: { from: string | null; to: string | null };
  overview: Cited[];
  phases: Phase[];
  chart: { svg: string; alt: string; table: ChartRow[]; types: string[] };
  relations: SummaryRelation[];
  discrepancies: { id: string; topic: string; href: string }[];
  singleReportClaims: { text: string; speaker: string; href: string }[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
const capital = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

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

const rankEvents = (a: EventRecord, b: EventRecord) =>
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

/** Pronouns and determiners alone do not describe a speaker ("he", "a", "they"). */
const EMPTY_LABEL = new Set(['a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'one', 'this', 'that', 'these', 'those', 'someone', 'unknown', 'unnamed']);
function usableLabel(label: string): boolean {
  const l = label.trim().toLowerCase();
  return l.length >= 3 && !EMPTY_LABEL.has(l) && /\p{L}{3}/u.test(l);
}

function sourceLabel(s: SourceRecord | undefined, fallback: string): string {
  if (!s) return fallback;
  if (s.outlet) return s.outlet;
  if (s.title) return s.title.length > 40 ? `${s.title.slice(0, 39)}…` : s.title;
  return s.id;
}

export function summarise(dossier: Dossier): Summary {
  const empty: Summary = {
    period: { from: null, to: null },
    overview: [],
    phases: [],
    chart: { svg: '', alt: 'No dated events to chart.', table: [], types: [] },
    relations: [],
    discrepancies: [],
    singleReportClaims: [],
  };
  try {
    const sources = dossier?.sources ?? [];
    const actors = dossier?.actors ?? [];
    const claims = dossier?.claims ?? [];
    const events = dossier?.events ?? [];
    const discrepancies = dossier?.discrepancies ?? [];
    const actorById = new Map(actors.map((a) => [a.id, a]));
    const sourceById = new Map(sources.map((s) => [s.id, s]));
    const link = (a: ActorRecord): ActorLink => ({ id: a.id, name: a.name, url_path: a.url_path });
    const claimEvidence = (c: ClaimRecord): Evidence => ({
      label: sourceLabel(sourceById.get(c.source), c.source),
      href: `/sources/${c.source}/#s-${c.sentence_n}`,
    });
    const eventEvidence = (e: EventRecord): Evidence => ({ label: dateText(e.date) || e.id, href: e.url_path || `/events/${e.id}/` });

    // Period: from the events and publication dates.
    // Events known only to the year (background such as "the 2003 invasion") do not stretch the period
    // unless nothing more precise exists.
    const valid = (d: unknown): d is string => typeof d === 'string' && /^\d{4}/.test(d);
    const precise = [...events.map((e) => e.date), ...sources.map((s) => s.published)].filter((d): d is string => valid(d) && d.length >= 7);
    const dates = precise.length ? precise : [...events.map((e) => e.date), ...sources.map((s) => s.published)].filter(valid);
    dates.sort();
    const period = { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null };

    // Relations: who accuses / threatens / attacks whom — the dossier's relation records; a dossier from
    // before them (no `relations`) has them derived from claims and events.
    const relMap = new Map<string, SummaryRelation & { seen: Set<string> }>();
    const addRel = (from: ActorRecord | null, fromLabel: string, to: ActorRecord, kind: RelationKind, unit: string, ev: Evidence[]) => {
      const key = `${from ? from.id : `label:${fromLabel.toLowerCase()}`}\u0000${to.id}\u0000${kind}`;
      let r = relMap.get(key);
      if (!r) relMap.set(key, (r = { from: from ? link(from) : null, fromLabel, to: link(to), kind, count: 0, evidence: [], seen: new Set() }));
      if (!r.seen.has(unit)) {
        r.seen.add(unit);
        r.count++;
      }
      for (const e of ev) if (r.evidence.length < 6 && !r.evidence.some((x) => x.href === e.href)) r.evidence.push(e);
    };
    for (const c of dossier.relations ? [] : claims) {
      const kind = CLAIM_RELATION[c.kind] as RelationKind | undefined;
      if (!kind) continue;
      const from = c.speaker ? actorById.get(c.speaker) ?? null : null;
      const fromLabel = from ? from.name : (c.speaker_label || '').trim();
      if (!from && !usableLabel(fromLabel)) continue;
      for (const t of new Set(c.targets ?? [])) {
        const to = actorById.get(t);
        if (!to || to.id === from?.id) continue;
        addRel(from, fromLabel, to, kind, `c:${c.cluster || c.id}`, [claimEvidence(c)]);
      }
    }
    for (const e of dossier.relations ? [] : events) {
      const kind = EVENT_RELATION[e.type] as RelationKind | undefined;
      if (!kind || !e.agents?.length || !e.patients?.length) continue;
      for (const a of new Set(e.agents)) {
        const from = actorById.get(a);
        if (!from) continue;
        for (const p of new Set(e.patients)) {
          const to = actorById.get(p);
          if (!to || to.id === from.id) continue;
          addRel(from, from.name, to, kind, `e:${e.id}`, [eventEvidence(e)]);
        }
      }
    }
    const relations: SummaryRelation[] = dossier.relations
      ? relationLines(dossier).map((l) => ({ from: l.from, fromLabel: l.from.name, to: l.to, kind: l.kind, verb: l.verb, count: l.count, evidence: l.evidence }))
      : [...relMap.values()]
          .map(({ seen: _seen, ...r }) => r)
          .sort((a, b) => b.count - a.count || Number(!!b.from) - Number(!!a.from) || byText(a.fromLabel, b.fromLabel) || byText(a.to.name, b.to.name) || byText(a.kind, b.kind));

    // Actor prominence: mentions, plus claims made/aimed and events involved (each worth more than a mention).
    const claimsOf = new Map<string, ClaimRecord[]>();
    for (const c of claims) {
      for (const id of new Set([c.speaker, ...(c.targets ?? [])].filter((x): x is string => !!x))) {
        const l = claimsOf.get(id) ?? [];
        l.push(c);
        claimsOf.set(id, l);
      }
    }
    const eventsOf = new Map<string, EventRecord[]>();
    for (const e of events) {
      for (const id of new Set(e.actors ?? [])) {
        const l = eventsOf.get(id) ?? [];
        l.push(e);
        eventsOf.set(id, l);
      }
    }
    const mentionsOf = (a: ActorRecord) => (a.mentions ?? []).reduce((n, m) => n + (m.count || 0), 0);
    const score = (a: ActorRecord) => mentionsOf(a) + 2 * (claimsOf.get(a.id)?.length ?? 0) + 2 * (eventsOf.get(a.id)?.length ?? 0);
    const ranked = [...actors].sort((a, b) => score(b) - score(a) || byText(a.id, b.id));
    const main = (ranked.filter((a) => a.type !== 'place').length >= 2 ? ranked.filter((a) => a.type !== 'place') : ranked).slice(0, 3);

    const overview: Cited[] = [];
    const reports = new Set(sources.map((s) => s.report)).size;
    if (sources.length) {
      const datedEvents = events.filter((e) => /^\d{4}/.test(e.date ?? '')).sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id));
      const ev: Evidence[] = [];
      if (datedEvents.length) ev.push(eventEvidence(datedEvents[0]));
      if (datedEvents.length > 1) ev.push(eventEvidence(datedEvents[datedEvents.length - 1]));
      for (const s of [...sources].sort((a, b) => byText(a.id, b.id)).slice(0, 6)) ev.push({ label: sourceLabel(s, s.id), href: s.url_path || `/sources/${s.id}/` });
      const span = period.from && period.to ? (period.from === period.to ? `on ${dateText(period.from)}` : `from ${dateText(period.from)} to ${dateText(period.to)}`) : 'an undated period';
      overview.push({
        text:
          `This summary covers events ${span}, drawn from ${plural(sources.length, 'source')} amounting to ${plural(reports, 'independent report')}` +
          `${events.length ? `, with ${plural(events.length, 'event')}` : ''}${claims.length ? ` and ${plural(claims.length, 'claim')}` : ''}.`,
        evidence: ev,
      });
    }
    if (main.length) {
      const parts = main.map((a) => {
        const nc = claimsOf.get(a.id)?.length ?? 0;
        const ne = eventsOf.get(a.id)?.length ?? 0;
        const bits = [plural(mentionsOf(a), 'mention'), ...(nc ? [plural(nc, 'claim')] : []), ...(ne ? [plural(ne, 'event')] : [])];
        return `${a.name} (${bits.join(', ')})`;
      });
      const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
      const ev: Evidence[] = [];
      for (const a of main) {
        const c = [...(claimsOf.get(a.id) ?? [])].sort((x, y) => y.independent_reports - x.independent_reports || byText(x.id, y.id))[0];
        const e = [...(eventsOf.get(a.id) ?? [])].sort(rankEvents)[0];
        if (c) ev.push({ ...claimEvidence(c), label: `${a.name}: ${claimEvidence(c).label}` });
        else if (e) ev.push({ ...eventEvidence(e), label: `${a.name}: ${eventEvidence(e).label}` });
        else {
          const m = (a.mentions ?? [])[0];
          ev.push({ label: a.name, href: m ? `/sources/${m.source}/` : a.url_path });
        }
      }
      overview.push({ text: `The most prominent ${main.length === 1 ? 'actor is' : 'actors are'} ${list}.`, evidence: ev });
    }
    // Who against whom: the pairs with the most hostile relations, named actors first.
    const hostile = new Map<string, { from: string; to: string; kinds: Map<string, number>; total: number; evidence: Evidence[] }>();
    for (const r of relations) {
      if (!r.from) continue;
      const key = `${r.from.id}\u0000${r.to.id}`;
      const h = hostile.get(key) ?? { from: r.from.name, to: r.to.name, kinds: new Map<string, number>(), total: 0, evidence: [] as Evidence[] };
      h.kinds.set(r.kind, (h.kinds.get(r.kind) ?? 0) + r.count);
      h.total += r.count;
      for (const e of r.evidence) if (h.evidence.length < 4 && !h.evidence.some((x) => x.href === e.href)) h.evidence.push(e);
      hostile.set(key, h);
    }
    const topPairs = [...hostile.values()].sort((a, b) => b.total - a.total || byText(a.from, b.from) || byText(a.to, b.to)).slice(0, 2);
    if (topPairs.length) {
      const NOUN: Record<string, [string, string]> = {
        accuses: ['accusation', 'accusations'],
        threatens: ['threat', 'threats'],
        attacks: ['attack', 'attacks'],
        warns: ['warning', 'warnings'],
        arrests: ['arrest', 'arrests'],
        demands: ['demand', 'demands'],
        sanctions: ['sanction', 'sanctions'],
        condemns: ['condemnation', 'condemnations'],
      };
      const describe = (h: (typeof topPairs)[number]) =>
        `${h.from} against ${h.to} (${[...h.kinds]
          .sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
          .map(([k, n]) => plural(n, NOUN[k]?.[0] ?? k, NOUN[k]?.[1]))
          .join(', ')})`;
      overview.push({
        text: `The confrontation runs chiefly ${topPairs.map(describe).join(', and ')}.`,
        evidence: topPairs.flatMap((h) => h.evidence),
      });
    }
    const confirmed = new Map<string, ClaimRecord>();
    for (const c of claims) if (c.independent_reports > 1 && !confirmed.has(c.cluster)) confirmed.set(c.cluster, c);
    if (confirmed.size || discrepancies.length) {
      const bits: string[] = [];
      if (confirmed.size) bits.push(`${confirmed.size} ${confirmed.size === 1 ? 'claim is' : 'claims are'} backed by more than one independent report`);
      if (discrepancies.length) bits.push(`the sources disagree on ${plural(discrepancies.length, 'point')}`);
      overview.push({
        text: `${capital(bits.join('; '))}.`,
        evidence: [
          ...[...confirmed.values()].slice(0, 3).map((c) => ({ label: `claim: ${sourceLabel(sourceById.get(c.source), c.source)}`, href: `/claims/#${c.cluster}` })),
          ...discrepancies.slice(0, 3).map((d) => ({ label: `disagreement: ${d.topic.length > 30 ? `${d.topic.slice(0, 29)}…` : d.topic}`, href: `/discrepancies/#${d.id}` })),
        ],
      });
    }

    // Phases.
    const phases: Phase[] = findPhases(events).map((list) => {
      const counts = categoryCounts(list);
      // Named after its one or two dominant kinds of activity; "other events" only when nothing else fits.
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
    });

    // Claims that rest on a single independent report, the weightiest first.
    const KIND_WEIGHT: Record<string, number> = { accusation: 5, threat: 5, responsibility: 5, denial: 4, demand: 3, warning: 3, statement: 1, quote: 1 };
    const clusterReports = new Map<string, number>();
    for (const c of claims) clusterReports.set(c.cluster, Math.max(clusterReports.get(c.cluster) ?? 0, c.independent_reports));
    const seenCluster = new Set<string>();
    const singles = claims
      .filter((c) => (clusterReports.get(c.cluster) ?? c.independent_reports) <= 1)
      .map((c) => {
        // A one- or two-word fragment ("treachery") says little on its own: full statements rank first.
        const words = (c.text || '').split(/\s+/).filter(Boolean).length;
        const substance = words < 4 ? -4 : words < 8 ? -1 : 0;
        return { c, w: (KIND_WEIGHT[c.kind] ?? 1) + (c.speaker ? 1 : 0) + 0.5 * Math.min(3, c.targets?.length ?? 0) + (c.direct ? 0.5 : 0) + substance };
      })
      .sort((a, b) => b.w - a.w || byText(a.c.id, b.c.id))
      .filter(({ c }) => (seenCluster.has(c.cluster) ? false : (seenCluster.add(c.cluster), true)))
      .slice(0, 10)
      .map(({ c }) => ({
        text: c.text,
        speaker: (c.speaker && actorById.get(c.speaker)?.name) || c.speaker_label || 'unnamed',
        href: `/sources/${c.source}/#s-${c.sentence_n}`,
      }));

    return {
      period,
      overview,
      phases,
      chart: eventsPerMonthChart(events),
      relations,
      discrepancies: discrepancies.map((d) => ({ id: d.id, topic: d.topic, href: `/discrepancies/#${d.id}` })),
      singleReportClaims: singles,
    };
  } catch {
    return empty;
  }
}
