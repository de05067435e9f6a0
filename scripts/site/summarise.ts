// The /summary/ page's content: a briefing generated from the dossier's data, never written by hand, in the
// form analysts use — the bottom line up front (summary-bluf.ts), then per phase and per month what happened
// with a trend verdict (summary-narrative.ts, summary-trend.ts), the figures in tables and the chart, who
// acts against whom, the open discrepancies and what rests on a single report. Every clause carries its
// evidence (links to the events, claims, source sentences or discrepancies it rests on). Its material is
// summary-acts.ts; its wording summary-clauses.ts and prose.ts.
import type { ActorRecord, ClaimRecord, Dossier, SourceRecord } from '../lib/types.ts';
import { eventsPerMonthChart, type ChartRow } from './chart.ts';
import { sentenceHref, type SiteAnchors } from './addresses.ts';
import { anchorsOf } from './page-plan.ts';
import { claimSpeakers, type Speaker } from './speakers.ts';
import { summaryMaterial, type Act, type ClauseMemo, type Party, type SummaryMaterial } from './summary-acts.ts';
import { bottomLine } from './summary-bluf.ts';
import { narrative, type Phase } from './summary-narrative.ts';
import { findPhases } from './summary-phases.ts';
import { monthTrends, VERDICT_LABEL, type MonthTrend } from './summary-trend.ts';
import { byText, capital, dateText, type Evidence, type SummarySentence } from './summary-text.ts';
import { presentPhrase, uniqueByTypography } from './prose.ts';
import type { RelationKind } from '../lib/types.ts';

export type { Cited, Clause, Evidence, Segment, SummarySentence } from './summary-text.ts';
export type { MonthEntry, Phase } from './summary-narrative.ts';

export interface PartyLink {
  text: string;
  href: string | null;
  /** How the sources describe a party gathered under its group's name ("outraged fighters"). */
  as?: string;
}
/** A line of the who-against-whom table: one party, one kind of act, one target. */
export interface SummaryRelation {
  from: PartyLink;
  to: PartyLink;
  kind: RelationKind;
  /** The kind as a verb agreeing with `from` ("accuses", "accuse"). */
  verb: string;
  /** Distinct happenings (claims and events) that state it. */
  count: number;
  /** Independent reports that state it. */
  reports: number;
  evidence: Evidence[];
}
export interface Summary {
  period: { from: string | null; to: string | null };
  /** The figures of the dossier, for a table. */
  coverage: { label: string; value: string }[];
  bottomLine: SummarySentence[];
  phases: Phase[];
  /** Every month the sources report on, with its verdict and figures, for the trend table. */
  trend: (MonthTrend & { label: string; verdictLabel: string; href: string })[];
  chart: { svg: string; alt: string; table: ChartRow[]; types: string[]; labels: Record<string, string> };
  relations: SummaryRelation[];
  /** The most involved actors, with their figures, for a table. */
  mainActors: { name: string; href: string; mentions: number; statements: number; events: number; actsBy: number; actsAgainst: number }[];
  discrepancies: { id: string; topic: string; href: string }[];
  singleReportClaims: { text: string; speaker: PartyLink; href: string }[];
}

export interface SummariseOptions {
  /** The build's anchors (page-plan.ts); by default those of the dossier's own page plan. */
  anchors?: SiteAnchors;
  /** Actors that are cited outlets, not actors (outlets.ts). */
  outlets?: Set<string>;
  /** Every claim's speaker (speakers.ts); by default found from the dossier alone. */
  speakers?: Map<string, Speaker>;
  /** The acts and happenings (summaryMaterialOf), when the build has made them already. */
  material?: SummaryMaterial;
}

/** Who-against-whom lines the summary lists, at most (a bounded page). */
const MAX_RELATIONS = 60;
const MAIN_ACTORS = 8;
const SINGLE_REPORT_CLAIMS = 10;

/** The summary of a dossier with nothing to summarise (or of a build whose summary stage failed). */
export function emptySummary(): Summary {
  return {
    period: { from: null, to: null },
    coverage: [],
    bottomLine: [],
    phases: [],
    trend: [],
    chart: { svg: '', alt: 'No dated events to chart.', table: [], types: [], labels: {} },
    relations: [],
    mainActors: [],
    discrepancies: [],
    singleReportClaims: [],
  };
}

function outletLabel(s: SourceRecord | undefined, fallback: string): string {
  if (!s) return fallback;
  if (s.outlet) return s.outlet;
  if (s.title) return s.title.length > 40 ? `${s.title.slice(0, 39)}…` : s.title;
  return s.id;
}

/** Words the sources write in lower case inside a sentence: a description opening with one is lowered mid-sentence. */
function lowerWordsOf(dossier: Dossier): Set<string> {
  const out = new Set<string>();
  const add = (s: string) => {
    for (const m of s.matchAll(/(?<=[\p{Ll},;] )(\p{Ll}[\p{Ll}-]+)/gu)) out.add(m[1]);
  };
  for (const c of (dossier.claims ?? []).slice(0, 5000)) add(c.sentence ?? '');
  for (const e of (dossier.events ?? []).slice(0, 5000)) for (const a of (e.accounts ?? []).slice(0, 3)) add(a.sentence ?? '');
  return out;
}

/** The dossier with every list present (an odd or partial dossier summarises as an empty one). */
function complete(dossier: Dossier): Dossier {
  const relations = dossier && 'relations' in dossier ? { relations: (dossier as { relations?: unknown }).relations } : {};
  return { sources: dossier?.sources ?? [], actors: dossier?.actors ?? [], claims: dossier?.claims ?? [], events: dossier?.events ?? [], discrepancies: dossier?.discrepancies ?? [], ...relations } as Dossier;
}

/** Who acts against whom and what happened (summary-acts.ts), worded; the actor pages read it too. */
export function summaryMaterialOf(dossier: Dossier, opts: { outlets?: Set<string>; speakers?: Map<string, Speaker>; clauses?: ClauseMemo } = {}): SummaryMaterial {
  const d = complete(dossier);
  const outlets = opts.outlets ?? new Set<string>();
  const speakers = opts.speakers ?? claimSpeakers({ dossier: d, outlets });
  const sourceById = new Map(d.sources.map((s) => [s.id, s]));
  const claimEvidence = (c: ClaimRecord): Evidence => ({ label: outletLabel(sourceById.get(c.source), c.source), href: sentenceHref(c.source, c.sentence_n) });
  return summaryMaterial({ dossier: d, speakers, outlets, claimEvidence, clauses: opts.clauses });
}

export function summarise(dossier: Dossier, opts: SummariseOptions = {}): Summary {
  const d = complete(dossier);
  const anchors = opts.anchors ?? anchorsOf({ claims: d.claims, discrepancies: d.discrepancies });
  const outlets = opts.outlets ?? new Set<string>();
  const material = opts.material ?? summaryMaterialOf(d, opts);
  const trends = monthTrends(material.happenings, material.acts);
  const chart = eventsPerMonthChart(d.events);
  return {
    period: periodOf(d),
    coverage: coverageOf(d),
    bottomLine: bottomLine({ dossier: d, acts: material.acts, happenings: material.happenings, claimClauses: material.claimClauses, anchors, lowerWords: lowerWordsOf(d) }),
    phases: narrative({ phases: findPhases(d.events), happenings: material.happenings, trends, anchors }),
    trend: trends.map((t) => ({ ...t, label: dateText(t.month), verdictLabel: VERDICT_LABEL[t.verdict], href: anchors.monthHref(t.month) })),
    chart,
    relations: summaryRelationsOf(material.acts),
    mainActors: mainActorsOf(d, outlets, material.acts),
    discrepancies: d.discrepancies.map((x) => ({ id: x.id, topic: x.topic, href: anchors.discrepancyHref(x.id) })),
    singleReportClaims: singleReportClaimsOf(d, material.claimClauses, material.speakerParty),
  };
}

/**
 * The period: from the first to the latest event. Events known only to the year (background such as "the
 * 2003 invasion") do not stretch it unless nothing more precise exists; publication dates only stand in
 * when no event is dated.
 */
function periodOf({ events, sources }: Dossier): Summary['period'] {
  const valid = (x: unknown): x is string => typeof x === 'string' && /^\d{4}/.test(x);
  const eventDates = events.map((e) => e.date).filter(valid);
  const precise = eventDates.filter((x) => x.length >= 7);
  const dates = precise.length ? precise : eventDates.length ? eventDates : sources.map((s) => s.published).filter(valid);
  dates.sort();
  return { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null };
}

function coverageOf(d: Dossier): Summary['coverage'] {
  if (!d.sources.length) return [];
  const reports = new Set(d.sources.map((s) => s.report)).size;
  return [
    { label: 'Sources', value: String(d.sources.length) },
    { label: 'Independent reports', value: String(reports) },
    { label: 'Actors', value: String(d.actors.length) },
    { label: 'Events', value: String(d.events.length) },
    { label: 'Claims', value: String(d.claims.length) },
    { label: 'Discrepancies', value: String(d.discrepancies.length) },
  ];
}

const link = (p: Party): PartyLink => ({ text: p.groupName ?? p.text, href: p.href, ...(p.groupName ? { as: p.text } : {}) });

/** Who against whom: one line per (party, kind, target), the most stated first. */
function summaryRelationsOf(acts: Act[]): SummaryRelation[] {
  const lines = new Map<string, { act: Act; units: Set<string>; reports: Set<string>; evidence: Evidence[] }>();
  for (const a of acts) {
    const k = `${a.from.key}\u0000${a.kind}\u0000${a.to.key}`;
    const l = lines.get(k) ?? { act: a, units: new Set<string>(), reports: new Set<string>(), evidence: [] };
    l.units.add(a.unit);
    for (const r of a.reports) l.reports.add(r);
    for (const e of a.evidence) if (l.evidence.length < 4 && !l.evidence.some((x) => x.href === e.href)) l.evidence.push(e);
    lines.set(k, l);
  }
  return [...lines.values()]
    .map(({ act, units, reports, evidence }) => ({
      from: link(act.from),
      to: link(act.to),
      kind: act.kind,
      verb: presentPhrase(KIND_BASE[act.kind] ?? act.kind, act.from.number),
      count: units.size,
      reports: reports.size,
      evidence,
    }))
    .sort((a, b) => b.reports - a.reports || b.count - a.count || Number(!!b.from.href) - Number(!!a.from.href) || byText(a.from.text, b.from.text) || byText(a.to.text, b.to.text) || byText(a.kind, b.kind))
    .slice(0, MAX_RELATIONS);
}
const KIND_BASE: Record<string, string> = { accuses: 'accuse', threatens: 'threaten', demands: 'make demands of', attacks: 'attack', arrests: 'arrest', sanctions: 'sanction', condemns: 'condemn' };

/** The actors most involved (outlets and places aside): mentions, statements, events and acts, for a table. */
function mainActorsOf(d: Dossier, outlets: Set<string>, acts: Act[]): Summary['mainActors'] {
  const statements = new Map<string, number>();
  for (const c of d.claims) if (c.speaker) statements.set(c.speaker, (statements.get(c.speaker) ?? 0) + 1);
  const events = new Map<string, number>();
  for (const e of d.events) for (const id of new Set(e.actors ?? [])) events.set(id, (events.get(id) ?? 0) + 1);
  const by = new Map<string, Set<string>>();
  const against = new Map<string, Set<string>>();
  for (const a of acts) {
    by.set(a.from.key, (by.get(a.from.key) ?? new Set()).add(a.unit));
    against.set(a.to.key, (against.get(a.to.key) ?? new Set()).add(a.unit));
  }
  const mentions = (a: ActorRecord) => (a.mentions ?? []).reduce((n, m) => n + (m.count || 0), 0);
  const score = (a: ActorRecord) => mentions(a) + 2 * (statements.get(a.id) ?? 0) + 2 * (events.get(a.id) ?? 0) + 3 * ((by.get(a.id)?.size ?? 0) + (against.get(a.id)?.size ?? 0));
  return d.actors
    .filter((a) => a.type !== 'place' && !outlets.has(a.id))
    .sort((a, b) => score(b) - score(a) || byText(a.id, b.id))
    .slice(0, MAIN_ACTORS)
    .map((a) => ({ name: a.name, href: a.url_path, mentions: mentions(a), statements: statements.get(a.id) ?? 0, events: events.get(a.id) ?? 0, actsBy: by.get(a.id)?.size ?? 0, actsAgainst: against.get(a.id)?.size ?? 0 }));
}

const KIND_WEIGHT: Record<string, number> = { accusation: 5, threat: 5, responsibility: 5, denial: 4, demand: 3, warning: 3, statement: 1, quote: 1 };

/** Claims that rest on a single independent report, the weightiest first, each a whole clause (one per cluster and wording). */
function singleReportClaimsOf(d: Dossier, clauses: Map<string, string>, speakerParty: Map<string, Party>): Summary['singleReportClaims'] {
  const clusterReports = new Map<string, number>();
  for (const c of d.claims) clusterReports.set(c.cluster, Math.max(clusterReports.get(c.cluster) ?? 0, c.independent_reports));
  const seenCluster = new Set<string>();
  const ranked = d.claims
    .filter((c) => (clusterReports.get(c.cluster) ?? c.independent_reports) <= 1 && clauses.has(c.id))
    .map((c) => {
      // A one- or two-word fragment ("treachery") says little on its own: full statements rank first.
      const words = (c.text || '').split(/\s+/).filter(Boolean).length;
      const substance = words < 4 ? -4 : words < 8 ? -1 : 0;
      return { c, w: (KIND_WEIGHT[c.kind] ?? 1) + (speakerParty.get(c.id)?.href ? 1 : 0) + 0.5 * Math.min(3, c.targets?.length ?? 0) + (c.direct ? 0.5 : 0) + substance };
    })
    .sort((a, b) => b.w - a.w || byText(a.c.id, b.c.id))
    .filter(({ c }) => (seenCluster.has(c.cluster) ? false : (seenCluster.add(c.cluster), true)));
  return uniqueByTypography(ranked, ({ c }) => clauses.get(c.id)!)
    .slice(0, SINGLE_REPORT_CLAIMS)
    .map(({ c }) => {
      const p = speakerParty.get(c.id);
      const text = clauses.get(c.id)!;
      return { text: capital(text), speaker: { text: p?.text ?? c.speaker_label, href: p?.href ?? null }, href: sentenceHref(c.source, c.sentence_n) };
    });
}

