// The /summary/ page's content: an escalation briefing generated from the dossier's data, never written by
// hand. Every sentence carries its evidence (links to the events, claims, source sentences or
// discrepancies it rests on), so a reader can check each statement in one click. The phases are
// summary-phases.ts; how it writes, summary-text.ts.
import type { ActorRecord, ClaimRecord, Dossier, EventRecord, SourceRecord } from '../lib/types.ts';
import { eventsPerMonthChart, type ChartRow } from './chart.ts';
import { byText, capital, dateText, plural, type Cited, type Evidence } from './summary-text.ts';
import { findPhases, phaseOf, rankEvents, type Phase } from './summary-phases.ts';
import { CLAIM_RELATION, EVENT_RELATION } from './network.ts';
import { eventPath, sentenceHref, sourcePath, type SiteAnchors } from './addresses.ts';
import { anchorsOf } from './page-plan.ts';
import { relationLines } from './relations.ts';

export type { Cited, Evidence } from './summary-text.ts';
export type { KeyEvent, Phase } from './summary-phases.ts';

export type RelationKind = 'accuses' | 'threatens' | 'attacks' | 'warns' | 'arrests' | 'demands' | 'sanctions' | 'condemns';
export interface ActorLink {
  id: string;
  name: string;
  url_path: string;
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

export interface SummariseOptions {
  /** The build's anchors (page-plan.ts); by default those of the dossier's own page plan. */
  anchors?: SiteAnchors;
}

/** The summary of a dossier with nothing to summarise (or of a build whose summary stage failed). */
export function emptySummary(): Summary {
  return {
    period: { from: null, to: null },
    overview: [],
    phases: [],
    chart: { svg: '', alt: 'No dated events to chart.', table: [], types: [] },
    relations: [],
    discrepancies: [],
    singleReportClaims: [],
  };
}

/** What every part of the summary reads: the dossier's lists (never missing), lookups and how evidence is cited. */
interface SummaryContext {
  sources: SourceRecord[];
  actors: ActorRecord[];
  claims: ClaimRecord[];
  events: EventRecord[];
  discrepancies: Dossier['discrepancies'];
  anchors: SiteAnchors;
  actorById: Map<string, ActorRecord>;
  sourceById: Map<string, SourceRecord>;
  link(a: ActorRecord): ActorLink;
  /** A claim's sentence, labelled with its outlet. */
  claimEvidence(c: ClaimRecord): Evidence;
  /** An event's page, labelled with its date. */
  eventEvidence(e: EventRecord): Evidence;
}

function summaryContext(dossier: Dossier, opts: SummariseOptions): SummaryContext {
  const sources = dossier?.sources ?? [];
  const actors = dossier?.actors ?? [];
  const claims = dossier?.claims ?? [];
  const events = dossier?.events ?? [];
  const discrepancies = dossier?.discrepancies ?? [];
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return {
    sources,
    actors,
    claims,
    events,
    discrepancies,
    anchors: opts.anchors ?? anchorsOf({ claims, discrepancies }),
    actorById: new Map(actors.map((a) => [a.id, a])),
    sourceById,
    link: (a) => ({ id: a.id, name: a.name, url_path: a.url_path }),
    claimEvidence: (c) => ({ label: sourceLabel(sourceById.get(c.source), c.source), href: sentenceHref(c.source, c.sentence_n) }),
    eventEvidence: (e) => ({ label: dateText(e.date) || e.id, href: e.url_path || eventPath(e.id) }),
  };
}

export function summarise(dossier: Dossier, opts: SummariseOptions = {}): Summary {
  const ctx = summaryContext(dossier, opts);
  const period = periodOf(ctx);
  const relations = relationsOf(ctx, dossier);
  return {
    period,
    overview: overviewOf(ctx, period, relations),
    phases: findPhases(ctx.events).map((list) => phaseOf(list, ctx)),
    chart: eventsPerMonthChart(ctx.events),
    relations,
    discrepancies: ctx.discrepancies.map((d) => ({ id: d.id, topic: d.topic, href: ctx.anchors.discrepancyHref(d.id) })),
    singleReportClaims: singleReportClaimsOf(ctx),
  };
}

/**
 * The period: from the events and publication dates. Events known only to the year (background such as
 * "the 2003 invasion") do not stretch the period unless nothing more precise exists.
 */
function periodOf({ events, sources }: SummaryContext): Summary['period'] {
  const valid = (d: unknown): d is string => typeof d === 'string' && /^\d{4}/.test(d);
  const precise = [...events.map((e) => e.date), ...sources.map((s) => s.published)].filter((d): d is string => valid(d) && d.length >= 7);
  const dates = precise.length ? precise : [...events.map((e) => e.date), ...sources.map((s) => s.published)].filter(valid);
  dates.sort();
  return { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null };
}

/** Who accuses, threatens, attacks, warns, arrests, sanctions, condemns or makes demands of whom. */
function relationsOf(ctx: SummaryContext, dossier: Dossier): SummaryRelation[] {
  // The dossier's relation records when it has them; a dossier from before them has them derived from
  // claims and events.
  if (dossier?.relations) return relationLines(dossier).map((l) => ({ from: l.from, fromLabel: l.from.name, to: l.to, kind: l.kind, verb: l.verb, count: l.count, evidence: l.evidence }));
  const { actorById, link } = ctx;
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
  for (const c of ctx.claims) {
    const kind = CLAIM_RELATION[c.kind] as RelationKind | undefined;
    if (!kind) continue;
    const from = c.speaker ? actorById.get(c.speaker) ?? null : null;
    const fromLabel = from ? from.name : (c.speaker_label || '').trim();
    if (!from && !usableLabel(fromLabel)) continue;
    for (const t of new Set(c.targets ?? [])) {
      const to = actorById.get(t);
      if (!to || to.id === from?.id) continue;
      addRel(from, fromLabel, to, kind, `c:${c.cluster || c.id}`, [ctx.claimEvidence(c)]);
    }
  }
  for (const e of ctx.events) {
    const kind = EVENT_RELATION[e.type] as RelationKind | undefined;
    if (!kind || !e.agents?.length || !e.patients?.length) continue;
    for (const a of new Set(e.agents)) {
      const from = actorById.get(a);
      if (!from) continue;
      for (const p of new Set(e.patients)) {
        const to = actorById.get(p);
        if (!to || to.id === from.id) continue;
        addRel(from, from.name, to, kind, `e:${e.id}`, [ctx.eventEvidence(e)]);
      }
    }
  }
  return [...relMap.values()]
    .map(({ seen: _seen, ...r }) => r)
    .sort((a, b) => b.count - a.count || Number(!!b.from) - Number(!!a.from) || byText(a.fromLabel, b.fromLabel) || byText(a.to.name, b.to.name) || byText(a.kind, b.kind));
}

/** The overview: what the summary covers, the main actors, who against whom, what is confirmed or disputed. */
function overviewOf(ctx: SummaryContext, period: Summary['period'], relations: SummaryRelation[]): Cited[] {
  return [coverage(ctx, period), prominentActors(ctx), confrontation(relations), confirmation(ctx)].filter((c): c is Cited => !!c);
}

function coverage(ctx: SummaryContext, period: Summary['period']): Cited | null {
  const { sources, events, claims } = ctx;
  if (!sources.length) return null;
  const reports = new Set(sources.map((s) => s.report)).size;
  const datedEvents = events.filter((e) => /^\d{4}/.test(e.date ?? '')).sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id));
  const ev: Evidence[] = [];
  if (datedEvents.length) ev.push(ctx.eventEvidence(datedEvents[0]));
  if (datedEvents.length > 1) ev.push(ctx.eventEvidence(datedEvents[datedEvents.length - 1]));
  for (const s of [...sources].sort((a, b) => byText(a.id, b.id)).slice(0, 6)) ev.push({ label: sourceLabel(s, s.id), href: s.url_path || sourcePath(s.id) });
  const span = period.from && period.to ? (period.from === period.to ? `on ${dateText(period.from)}` : `from ${dateText(period.from)} to ${dateText(period.to)}`) : 'an undated period';
  return {
    text:
      `This summary covers events ${span}, drawn from ${plural(sources.length, 'source')} amounting to ${plural(reports, 'independent report')}` +
      `${events.length ? `, with ${plural(events.length, 'event')}` : ''}${claims.length ? ` and ${plural(claims.length, 'claim')}` : ''}.`,
    evidence: ev,
  };
}

/** The most prominent actors: mentions, plus claims made or aimed at them and events they are in (each worth more than a mention). */
function prominentActors(ctx: SummaryContext): Cited | null {
  const claimsOf = new Map<string, ClaimRecord[]>();
  for (const c of ctx.claims) {
    for (const id of new Set([c.speaker, ...(c.targets ?? [])].filter((x): x is string => !!x))) {
      const l = claimsOf.get(id) ?? [];
      l.push(c);
      claimsOf.set(id, l);
    }
  }
  const eventsOf = new Map<string, EventRecord[]>();
  for (const e of ctx.events) {
    for (const id of new Set(e.actors ?? [])) {
      const l = eventsOf.get(id) ?? [];
      l.push(e);
      eventsOf.set(id, l);
    }
  }
  const mentionsOf = (a: ActorRecord) => (a.mentions ?? []).reduce((n, m) => n + (m.count || 0), 0);
  const score = (a: ActorRecord) => mentionsOf(a) + 2 * (claimsOf.get(a.id)?.length ?? 0) + 2 * (eventsOf.get(a.id)?.length ?? 0);
  const ranked = [...ctx.actors].sort((a, b) => score(b) - score(a) || byText(a.id, b.id));
  const main = (ranked.filter((a) => a.type !== 'place').length >= 2 ? ranked.filter((a) => a.type !== 'place') : ranked).slice(0, 3);
  if (!main.length) return null;
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
    if (c) ev.push({ ...ctx.claimEvidence(c), label: `${a.name}: ${ctx.claimEvidence(c).label}` });
    else if (e) ev.push({ ...ctx.eventEvidence(e), label: `${a.name}: ${ctx.eventEvidence(e).label}` });
    else {
      const m = (a.mentions ?? [])[0];
      ev.push({ label: a.name, href: m ? sourcePath(m.source) : a.url_path });
    }
  }
  return { text: `The most prominent ${main.length === 1 ? 'actor is' : 'actors are'} ${list}.`, evidence: ev };
}

const RELATION_NOUN: Record<string, [string, string]> = {
  accuses: ['accusation', 'accusations'],
  threatens: ['threat', 'threats'],
  attacks: ['attack', 'attacks'],
  warns: ['warning', 'warnings'],
  arrests: ['arrest', 'arrests'],
  demands: ['demand', 'demands'],
  sanctions: ['sanction', 'sanctions'],
  condemns: ['condemnation', 'condemnations'],
};

/** Who against whom: the pairs with the most hostile relations, named actors first. */
function confrontation(relations: SummaryRelation[]): Cited | null {
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
  if (!topPairs.length) return null;
  const describe = (h: (typeof topPairs)[number]) =>
    `${h.from} against ${h.to} (${[...h.kinds]
      .sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
      .map(([k, n]) => plural(n, RELATION_NOUN[k]?.[0] ?? k, RELATION_NOUN[k]?.[1]))
      .join(', ')})`;
  return { text: `The confrontation runs chiefly ${topPairs.map(describe).join(', and ')}.`, evidence: topPairs.flatMap((h) => h.evidence) };
}

/** How many claims more than one independent report backs, and how many points the sources disagree on. */
function confirmation(ctx: SummaryContext): Cited | null {
  const { discrepancies, anchors } = ctx;
  const confirmed = new Map<string, ClaimRecord>();
  for (const c of ctx.claims) if (c.independent_reports > 1 && !confirmed.has(c.cluster)) confirmed.set(c.cluster, c);
  if (!confirmed.size && !discrepancies.length) return null;
  const bits: string[] = [];
  if (confirmed.size) bits.push(`${confirmed.size} ${confirmed.size === 1 ? 'claim is' : 'claims are'} backed by more than one independent report`);
  if (discrepancies.length) bits.push(`the sources disagree on ${plural(discrepancies.length, 'point')}`);
  return {
    text: `${capital(bits.join('; '))}.`,
    evidence: [
      ...[...confirmed.values()].slice(0, 3).map((c) => ({ label: `claim: ${sourceLabel(ctx.sourceById.get(c.source), c.source)}`, href: anchors.clusterHref(c.cluster) })),
      ...discrepancies.slice(0, 3).map((d) => ({ label: `disagreement: ${d.topic.length > 30 ? `${d.topic.slice(0, 29)}…` : d.topic}`, href: anchors.discrepancyHref(d.id) })),
    ],
  };
}

const KIND_WEIGHT: Record<string, number> = { accusation: 5, threat: 5, responsibility: 5, denial: 4, demand: 3, warning: 3, statement: 1, quote: 1 };

/** Claims that rest on a single independent report, the weightiest first (one per cluster, at most ten). */
function singleReportClaimsOf({ claims, actorById }: SummaryContext): Summary['singleReportClaims'] {
  const clusterReports = new Map<string, number>();
  for (const c of claims) clusterReports.set(c.cluster, Math.max(clusterReports.get(c.cluster) ?? 0, c.independent_reports));
  const seenCluster = new Set<string>();
  return claims
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
      href: sentenceHref(c.source, c.sentence_n),
    }));
}
