// The small records several page kinds show: a source card, a link to an actor, a claim card (with the
// page that holds its cluster), an event card (with the discrepancies about it). Built once per build, in
// the dossier's order, and shared by the page builders.
import type { ActorRecord, ArticleExtraction, DiscrepancyRecord, Dossier, SourceRecord } from '../../lib/types.ts';
import { linkableUrl } from '../../lib/url-safety.ts';
import { printable } from '../../lib/text-safety.ts';
import { sentenceHref, type SiteAnchors } from '../addresses.ts';
import { PAGE_LIMITS } from '../page-plan.ts';
import type { Speaker } from '../speakers.ts';
import type { SummaryMaterial } from '../summary-acts.ts';
import type { ActorLink, ClaimCard, ClaimGroup, DiscrepancyLink, EventCard, SourceCard } from './types.ts';
import { pushTo } from '../list-map.ts';

export const GRADE_LABELS: Record<string, string> = {
  confirmed: 'Confirmed by independent reports',
  'reported-once': 'Reported once',
  'repeated-by-copies': 'Reported once (repeated by copies of the same report)',
  contradicted: 'Contradicted by another source',
};

export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What every page builder looks things up in: the dossier's records by id, and its cards. */
export interface ViewContext {
  dossier: Dossier;
  extractions: Map<string, ArticleExtraction>;
  actorById: Map<string, ActorRecord>;
  sourceCards: Map<string, SourceCard>;
  /** Source id -> its report (copies of one wire story share one). */
  reportOfSource: Map<string, string>;
  anchors: SiteAnchors;
  /** The link to an actor's page, or null for an id the dossier does not hold. */
  link(id: string): ActorLink | null;
  /** Links to the actors the dossier holds, in the order given. */
  links(ids: string[]): ActorLink[];
  /** A sentence of a source as quoted on another page. */
  sentenceRef(sourceId: string, n: number): { text: string; href: string; source: SourceCard };
  /** Cited outlets (outlets.ts). */
  outlets: Set<string>;
  /** Every claim's speaker (speakers.ts), by claim id. */
  speakers: Map<string, Speaker>;
  /** Acts, happenings and claims worded whole (summary-acts.ts); empty when not given. */
  material: SummaryMaterial;
}

export interface ViewRoles {
  outlets?: Set<string>;
  speakers?: Map<string, Speaker>;
  material?: SummaryMaterial;
}
const NO_MATERIAL: SummaryMaterial = { acts: [], happenings: [], speakerParty: new Map(), claimClauses: new Map(), wording: new Map() };

/** A readable title for a source that has none: its first words. */
export function displayTitle(record: SourceRecord, x: ArticleExtraction | undefined): string {
  if (record.title) return record.title;
  const first = x?.cleaned.sentences[0]?.text ?? printable(record.file);
  const words = first.split(/\s+/).slice(0, 12).join(' ');
  return words.length < first.length ? `${words}…` : words;
}

export function viewContext(dossier: Dossier, extractions: ArticleExtraction[], anchors: SiteAnchors, roles: ViewRoles = {}): ViewContext {
  const xs = new Map(extractions.map((x) => [x.meta.id, x]));
  const actorById = new Map(dossier.actors.map((a) => [a.id, a]));
  const card = (s: SourceRecord): SourceCard => ({
    id: s.id,
    title: displayTitle(s, xs.get(s.id)),
    outlet: s.outlet,
    published: s.published,
    url_path: s.url_path,
    url: linkableUrl(s.url),
  });
  const sourceCards = new Map(dossier.sources.map((s) => [s.id, card(s)]));
  const link = (id: string): ActorLink | null => {
    const a = actorById.get(id);
    return a ? { name: a.name, url_path: a.url_path } : null;
  };
  return {
    dossier,
    extractions: xs,
    actorById,
    sourceCards,
    reportOfSource: new Map(dossier.sources.map((s) => [s.id, s.report])),
    anchors,
    link,
    links: (ids) => ids.map(link).filter((t): t is ActorLink => !!t),
    sentenceRef: (sourceId, n) => ({
      text: xs.get(sourceId)?.cleaned.sentences[n - 1]?.text ?? '',
      href: sentenceHref(sourceId, n),
      source: sourceCards.get(sourceId) as SourceCard,
    }),
    outlets: roles.outlets ?? new Set(),
    speakers: roles.speakers ?? new Map(),
    material: roles.material ?? NO_MATERIAL,
  };
}

/** One card per claim, in the dossier's order. */
export function claimCards(ctx: ViewContext): ClaimCard[] {
  const { dossier, sourceCards, link, anchors } = ctx;
  const clusterSize = new Map<string, number>();
  for (const c of dossier.claims) clusterSize.set(c.cluster, (clusterSize.get(c.cluster) ?? 0) + 1);
  return dossier.claims.map((c) => {
    const sp = ctx.speakers.get(c.id);
    const speaker = c.speaker ? link(c.speaker) : sp?.actor ? link(sp.actor) : null;
    return {
      claim: c,
      href: sentenceHref(c.source, c.sentence_n),
      clusterHref: anchors.clusterHref(c.cluster),
      speaker,
      speakerText: speaker && c.speaker ? speaker.name : (sp?.text ?? c.speaker_label),
      speakerGroup: !c.speaker && sp?.forGroup ? sp.actor : null,
      clause: ctx.material.claimClauses.get(c.id) ?? null,
      targets: c.targets.map(link).filter((t): t is ActorLink => !!t),
      source: sourceCards.get(c.source) as SourceCard,
      gradeLabel: GRADE_LABELS[c.grade] ?? c.grade,
      clusterSize: clusterSize.get(c.cluster) ?? 1,
    };
  });
}

/** Groups claim cards by cluster, best-supported first. */
export function groupClaims(cards: ClaimCard[]): ClaimGroup[] {
  const groups = new Map<string, ClaimCard[]>();
  for (const c of cards) pushTo(groups, c.claim.cluster, c);
  return [...groups.values()]
    .map((versions) => {
      const sorted = [...versions].sort(
        (a, b) => Number(b.claim.direct) - Number(a.claim.direct) || (a.source.published ?? '9') .localeCompare(b.source.published ?? '9') || a.claim.id.localeCompare(b.claim.id),
      );
      return { lead: sorted[0], versions: sorted };
    })
    .sort(
      (a, b) =>
        b.lead.claim.independent_reports - a.lead.claim.independent_reports ||
        b.versions.length - a.versions.length ||
        (a.lead.claim.id < b.lead.claim.id ? -1 : 1),
    );
}

/** Event id -> the discrepancies whose sides quote one of the event's accounts. */
function discrepanciesOfEvents(dossier: Dossier, anchors: SiteAnchors): Map<string, DiscrepancyLink[]> {
  const discrepancyLink = (d: DiscrepancyRecord): DiscrepancyLink => ({ ...d, href: anchors.discrepancyHref(d.id) });
  const out = new Map<string, DiscrepancyLink[]>();
  const eventOfSentence = new Map<string, string>();
  for (const e of dossier.events) for (const acc of e.accounts) eventOfSentence.set(`${acc.source}#${acc.sentence_n}`, e.id);
  for (const d of dossier.discrepancies) {
    const evs = new Set(
      d.sides.flatMap((side) => side.sentences.map((st) => eventOfSentence.get(`${st.source}#${st.sentence_n}`))).filter((x): x is string => !!x),
    );
    for (const id of evs) pushTo(out, id, discrepancyLink(d));
  }
  return out;
}

/** One card per event, in the dossier's order; an event page shows its card. */
export function eventCards(ctx: ViewContext): EventCard[] {
  const { dossier, sourceCards, links } = ctx;
  const discrepancies = discrepanciesOfEvents(dossier, ctx.anchors);
  return dossier.events.map((e) => ({
    event: e,
    actors: links(e.actors),
    places: links(e.places),
    accounts: e.accounts
      .filter((acc) => sourceCards.has(acc.source))
      .slice(0, PAGE_LIMITS.eventAccounts)
      .map((acc) => ({ account: acc, source: sourceCards.get(acc.source) as SourceCard })),
    moreAccounts: Math.max(0, e.accounts.filter((acc) => sourceCards.has(acc.source)).length - PAGE_LIMITS.eventAccounts),
    discrepancies: discrepancies.get(e.id) ?? [],
  }));
}
