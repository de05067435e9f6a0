// The view records: what each page template shows, complete when the builders return them.
import type { ActorRecord, ClaimRecord, DiscrepancyRecord, EventRecord, SourceRecord } from '../../lib/types.ts';
import type { RelationLine } from '../relations.ts';

export interface SentenceRef {
  source: string;
  n: number;
  text: string;
  href: string;
}

export interface SourceCard {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url_path: string;
  url: string | null;
}

/** A link to an actor's page. */
export interface ActorLink {
  name: string;
  url_path: string;
}

export interface ClaimCard {
  claim: ClaimRecord;
  href: string;
  /** The claims page that really holds this claim's cluster, with its anchor (anchors.clusterHref). */
  clusterHref: string;
  /** The speaker's page: the named speaker's, or the group's a described speaker speaks for (speakers.ts). */
  speaker: ActorLink | null;
  /** How the speaker is named: "Jane Roe", "a spokesman for Kataib Hezbollah", "Pro-Iran forces". */
  speakerText: string;
  /** The group a described speaker speaks for (its page lists the claim among its statements), else null. */
  speakerGroup: string | null;
  /** The claim as one whole clause with its speaker and verb (summary-clauses.ts), when its sentence gives one. */
  clause: string | null;
  targets: ActorLink[];
  source: SourceCard;
  gradeLabel: string;
  clusterSize: number;
}

export interface ClaimGroup {
  /** The version shown: from the source with the most direct wording, then the earliest. */
  lead: ClaimCard;
  versions: ClaimCard[];
}

/** A discrepancy as linked from another page: its record and the page that holds it. */
export type DiscrepancyLink = DiscrepancyRecord & { href: string };

export interface EventCard {
  event: EventRecord;
  actors: ActorLink[];
  places: ActorLink[];
  /** At most PAGE_LIMITS.eventAccounts accounts on the page; `moreAccounts` says how many are left out. */
  accounts: { account: EventRecord['accounts'][number]; source: SourceCard }[];
  moreAccounts: number;
  discrepancies: DiscrepancyLink[];
}

export interface ActorView {
  actor: ActorRecord;
  typeLabel: string;
  /** Roles without repeats ("Iraq's Prime Minister" and "Iraqi Prime Minister" say the same), at most three. */
  roles: string[];
  /** A cited outlet or agency (outlets.ts): a source, not a party; no brief of its own. */
  outlet: boolean;
  /** Whether the actor has a printed brief: people and organisations that are not outlets. */
  brief: boolean;
  mentionCount: number;
  sourceCount: number;
  /** Independent reports that name the actor. */
  reportCount: number;
  /** At most PAGE_LIMITS.actorSources sources, most mentions first, each with at most PAGE_LIMITS.actorSentences sentences. */
  sources: { source: SourceCard; count: number; sentences: SentenceRef[]; moreSentences: number }[];
  coMentioned: { id: string; name: string; type: string; url_path: string; shared: number }[];
  /** One item per claim cluster: the same claim in several sources is one statement with several versions. */
  statementsBy: ClaimGroup[];
  statementsAbout: ClaimGroup[];
  events: EventCard[];
  discrepancies: DiscrepancyRecord[];
  /** What the page leaves out to stay bounded (PAGE_LIMITS): statements, events and sources not shown. */
  more: { by: number; about: number; events: number; sources: number };
  affiliations: { relation: string; label: string; actor: { id: string; name: string; url_path: string } | null; name: string }[];
  /** The brief: bottom line up front, numbered source notes, open questions. */
  bottomLine: string[];
  notes: { n: number; source: SourceCard; sentence_n: number; href: string; printed: boolean }[];
  /** Claim and event ids that the printed brief carries (the highest-ranked; the rest are screen-only). */
  printed: Record<string, boolean>;
  /** Note number of each claim and event shown on the page ("<claim id>" or "<event id>" -> n). */
  noteOf: Record<string, number>;
  openQuestions: { text: string; href: string }[];
  /** The actor and its strongest neighbours in the laid-out network (SVG, escaped); '' when it has none. */
  egoSvg: string;
  /** Who-against-whom lines with this actor at either end, most reported first (at most PAGE_LIMITS.actorRelations). */
  relations: RelationLine[];
}

export interface DiscrepancyView {
  record: DiscrepancyRecord;
  sides: { value: string; sentences: { text: string; href: string; source: SourceCard }[]; more: number }[];
  actors: ActorLink[];
}

export interface ClusterView {
  id: string;
  claims: ClaimCard[];
  independent_reports: number;
}

/** A row of the source lists. */
export type SourceRow = SourceCard & { record: SourceRecord; copies: SourceCard[]; wordCount: number; claimCount: number; actorCount: number };

/** The position of a page in a paginated list. */
export interface PagePosition {
  page: number;
  pages: number;
  url: string;
  prev: string | null;
  next: string | null;
}

export interface ViewsMeta {
  compiled: string | null;
  period: { from: string | null; to: string | null };
  counts: Record<string, number>;
}

export interface SiteViews {
  meta: ViewsMeta;
  sources: SourceRow[];
  actors: ActorView[];
  actorsByType: { type: string; label: string; actors: ActorView[] }[];
  actorsByName: ActorView[];
  actorsBySources: ActorView[];
  claims: ClaimCard[];
  clusters: ClusterView[];
  claimKinds: { kind: string; label: string; count: number; clusters: ClusterView[]; pages: number; url: string }[];
  /** One page of one kind of claims: /claims/<kind>/, /claims/<kind>/2/, ... (PAGE_LIMITS.clustersPerPage each). */
  claimPages: (PagePosition & { kind: string; label: string; clusters: ClusterView[] })[];
  /** The most independently reported clusters, for the /claims/ overview. */
  topClusters: ClusterView[];
  /** Cluster id -> the page (with anchor) that holds it (the build's anchors, addresses.ts). */
  clusterHref: (clusterId: string) => string;
  events: EventCard[];
  timeline: { month: string; events: EventCard[] }[];
  /** The /timeline/ index: one row per month with its count, page link and most-reported events. */
  timelineMonths: { month: string; url: string; count: number; top: EventCard[] }[];
  /** One page per month (split every PAGE_LIMITS.eventsPerPage events): /timeline/<yyyy-mm>/[n/]. */
  timelinePages: (PagePosition & { month: string; events: EventCard[] })[];
  /** Month ("yyyy-mm" or "yyyy") -> its timeline page. */
  monthHref: (month: string) => string;
  /** The home page's latest sources, and the paginated /sources/ list. */
  homeSources: SourceRow[];
  sourcePages: (PagePosition & { sources: SourceRow[] })[];
  discrepancies: DiscrepancyView[];
  /** /discrepancies/, /discrepancies/2/, ... (PAGE_LIMITS.discrepanciesPerPage each, in the dossier's order). */
  discrepancyPages: (PagePosition & { discrepancies: DiscrepancyView[] })[];
  /** Discrepancy id -> the page (with anchor) that holds it. */
  discrepancyHref: (id: string) => string;
}
