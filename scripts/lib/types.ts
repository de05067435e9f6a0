// Shared types of the pipeline. Every stage is a pure function from one of these shapes to another,
// so it can be tested alone and its per-article output cached (see extract.ts).
//
// Stage order:  read -> decode -> clean -> metadata -> sentences        (per article, scripts/ingest)
//               entities (mentions + in-article coreference)             (per article)
//               claims, events -> relations                              (per article)
//               syndication -> resolve -> corroborate -> event clusters -> discrepancies -> relations
//               -> summarise -> write                                    (whole corpus)

export type ActorType = 'person' | 'organization' | 'place';

/** Per-file metadata that wins over extraction: from `<sources>/sources.yml` or a `.md` front matter. */
export interface SourceOverride {
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  wire?: string | null;
  dateline?: string | null;
  url?: string | null;
}

/** A file as found in the sources folder (read.ts). */
export interface InputFile {
  /** File name exactly as in the sources folder, e.g. "000_795c74c86d169670.txt". */
  file: string;
  /** Absolute path. */
  path: string;
  bytes: Buffer;
  override?: SourceOverride;
}

/** One line of a warning, printed as `${file}: ${message}`. */
export interface Warning {
  file: string;
  message: string;
}

export type SourceFormat = 'txt' | 'md' | 'html';

/** decode.ts: bytes -> text. */
export interface DecodedArticle {
  file: string;
  format: SourceFormat;
  /** Plain text with "\n" line ends; for HTML the article text extracted by Readability, paragraphs separated by blank lines. */
  text: string;
  /** "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "windows-1252". */
  encoding: string;
  /** Front matter of a .md file (honoured as overrides), {} otherwise. */
  frontMatter: Record<string, unknown>;
  /** Metadata an HTML page states in its markup (meta tags, <title>, <time>). */
  htmlMeta?: { title?: string; siteName?: string; published?: string; url?: string; byline?: string };
  /** Images inside an HTML source: src as written, alt text. */
  images?: { src: string; alt: string }[];
  warnings: string[];
}

export type RemovedKind =
  | 'banner' // site name, tagline, "Welcome to ..."
  | 'headline' // repeated headline line
  | 'read-more' // "Read more: ..." links
  | 'trailer' // "Editor Picks", "Related", share buttons ...
  | 'byline' // "By ...", "AFP with additional input by ..."
  | 'dateline' // "BAGHDAD –" (its text is kept in metadata.dateline)
  | 'date' // date/time stamp lines
  | 'credit' // photo credits "(Reuters)"
  | 'subheading' // section headings inside the article ("Make or break")
  | 'other';

export interface RemovedBlock {
  kind: RemovedKind;
  text: string;
}

export interface Sentence {
  /** 1-based, stable: the anchor is `#s-<n>`. */
  n: number;
  /** Exactly as in the cleaned text. */
  text: string;
  /** 0-based paragraph index. */
  paragraph: number;
}

export interface Caption {
  /** 1-based; anchor `#c-<n>`. */
  n: number;
  text: string;
}

/** clean.ts: the article body separated from everything around it. */
export interface CleanedArticle {
  file: string;
  /** Headline as found in the text (null when there is none). */
  title: string | null;
  /** Cleaned body paragraphs; sentences[].paragraph indexes into this. */
  paragraphs: string[];
  sentences: Sentence[];
  /** Photo captions: kept, but not body text. */
  captions: Caption[];
  /** Subheadings kept for display, with the paragraph index they precede. */
  subheadings: { before: number; text: string }[];
  /** Everything taken out of the text, in order. Nothing is dropped silently. */
  removed: RemovedBlock[];
  /** Header/trailer lines that carried metadata (date lines, "Source: X", bylines), for metadata.ts. */
  metaLines: string[];
}

/** metadata.ts: the contract's source fields plus what the site shows. */
export interface SourceMeta {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, or null when the text does not establish it. */
  published: string | null;
  /** Why `published` is what it is (e.g. "date line under the headline", "sources.yml"). */
  published_basis: string | null;
  /** A date shown on the page that cannot be the publication date (a site's "today" banner). */
  page_date: string | null;
  wire: string | null;
  dateline: string | null;
  url: string | null;
  word_count: number;
  format: SourceFormat;
  encoding: string;
}

/** Evidence for putting a surface form on an entity. */
export interface MergeEvidence {
  /** Rule name, e.g. "same-article-surname", "transliteration", "acronym-definition", "text-equates". */
  rule: string;
  /** The surface form that was merged in. */
  alias: string;
  /** What it was merged with. */
  into: string;
  source: string;
  /** Sentence number in that source (0 when the rule is not tied to one sentence). */
  sentence: number;
  detail?: string;
}

/** A name found in a cleaned article (entities.ts). Offsets are into sentences[n-1].text. */
export interface Mention {
  sentence: number;
  start: number;
  end: number;
  /** The surface form exactly as written ("Navalnyi", "Iran's" -> "Iran"). */
  text: string;
  type: ActorType;
  /** Local entity key within this article (LocalEntity.key). */
  entity: string;
}

/** An entity within one article, after in-article coreference (surname -> full name, acronym -> expansion). */
export interface LocalEntity {
  key: string;
  name: string;
  type: ActorType;
  /** Every surface form seen in this article. */
  aliases: string[];
  /** Titles/roles seen with it ("Prime Minister", "spokesman", "researcher at the Pearson Institute"). */
  roles: string[];
  /** Acronym defined in the text, if any ("PMF"). */
  acronym?: string;
  evidence: MergeEvidence[];
  mentions: number;
  /** Weighted votes of its mentions for each type (coreference.ts): resolve.ts sums them across articles. */
  votes?: Partial<Record<ActorType, number>>;
  /** The country a generic body belongs to ("Turkish Defense Ministry", "China's Foreign Ministry"): bodies of two countries never merge. */
  qualifier?: string;
  /** A generic body's name key without its country ("Foreign Ministry", "Armed Forces"): with no country known, it joins another article's body only when the corpus gives that name one country. */
  generic?: string;
}

export type ClaimKind =
  | 'quote'
  | 'statement'
  | 'accusation'
  | 'threat'
  | 'warning'
  | 'denial'
  | 'demand'
  | 'responsibility';

/** A claim within one article (claims.ts). */
export interface ArticleClaim {
  kind: ClaimKind;
  direct: boolean;
  /** LocalEntity.key of the speaker, or null when unnamed/unresolved. */
  speaker: string | null;
  /** The speaker as the source describes it. */
  speaker_label: string;
  /** LocalEntity.keys of what the claim is about or aimed at. */
  targets: string[];
  /** The claim's words; for a direct quote the quotation itself, without the marks. */
  text: string;
  /** First sentence the claim is taken from (its `n`). */
  sentence: number;
  /** Last sentence, when a quote runs over several. */
  sentence_end: number;
  /** (claims) The reporting verb as written ("accused", "warned", "according to"); absent for a quote that
   * continues the previous speaker's, and on caches from before it. */
  verb?: string;
}

/** Who acts against whom (../shared/CONTRACT.md `relations`). */
export type RelationKind = 'accuses' | 'threatens' | 'demands' | 'attacks' | 'arrests' | 'sanctions' | 'condemns';

/** A hostile relation stated in one article (relations stage): from acts against to. */
export interface ArticleRelation {
  kind: RelationKind;
  /** LocalEntity.keys. */
  from: string;
  to: string;
  /** Sentence number (`n`) that states it. */
  sentence: number;
  /** The verb (or noun) that states it, as written: "accused", "was arrested by", "attack on". */
  verb: string;
  /** Index into the article's claims when the relation is a claim's speaker against its target, else null. */
  claim: number | null;
}

export type EventType =
  | 'attack'
  | 'strike'
  | 'arrest'
  | 'release'
  | 'killing'
  | 'kidnapping'
  | 'threat'
  | 'deployment'
  | 'meeting'
  | 'visit'
  | 'agreement'
  | 'statement'
  | 'protest'
  | 'other';

export type DatePrecision = 'day' | 'month' | 'year';

/** An event within one article (events.ts). */
export interface ArticleEvent {
  type: EventType;
  /** Short description, e.g. "Drone strike kills a militia commander near the airport". */
  title: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY at the precision the text supports; null when undated. */
  date: string | null;
  precision: DatePrecision | null;
  /** The words the date was read from ("on Sunday", "January 3, 2020"). */
  date_text: string | null;
  /** LocalEntity.keys: who did it / to whom. */
  agents: string[];
  patients: string[];
  /** LocalEntity.keys of places. */
  places: string[];
  sentence: number;
  /** Numbers stated about the event ("14 members", "13 released") for discrepancy checks. */
  quantities?: { value: number; what: string }[];
  /** (events.ts) true when the date is only inferred from "recently"/present perfect + publication
   * date, not stated: clustering lets stated dates win over inferred ones. */
  date_inferred?: boolean;
  /** (events.ts) Earliest and latest ISO day `date` can stand for: "on Sunday, less than a week after"
   * is 2020-12 but only 20-27 December. Absent on undated events (and on caches from before it). */
  date_from?: string;
  date_to?: string;
  /** (events.ts) The sentence the date words are in, when not the event's own: a paragraph's opening
   * date ("Then, on 17 October, ...") carried to its later sentences. */
  date_sentence?: number;
}

/** Everything taken from one article: the unit that is cached and computed in workers. */
/**
 * A one-word name the article uses but links to no full name of its own ("one of Pendleby's critics" with no
 * "Arthur Pendleby" in it): resolve.ts joins it to the one person the corpus gives that surname, else drops it.
 */
export interface UnlinkedName {
  text: string;
  count: number;
}

export interface ArticleExtraction {
  /** Extractor version + input hash; see extract.ts. */
  key: string;
  meta: SourceMeta;
  cleaned: CleanedArticle;
  entities: LocalEntity[];
  mentions: Mention[];
  /** One-word names linked to nothing in the article (see UnlinkedName). */
  unlinked?: UnlinkedName[];
  claims: ArticleClaim[];
  events: ArticleEvent[];
  /** (relations) Absent on caches from before the relations stage. */
  relations?: ArticleRelation[];
  images: { src: string; alt: string }[];
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------------
// The export (../shared/CONTRACT.md): names here must not change; extra fields are allowed.

export interface SourceRecord {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  wire: string | null;
  dateline: string | null;
  url: string | null;
  report: string;
  url_path: string;
  /** (date-consistency) Present only when the published date contradicts what other sources date:
   * the range relative dates ("on Friday", "last week") were read against instead, and why. `published`
   * itself stays what the article says. `from`/`to` null = no usable reference (relative dates undated). */
  date_reference?: { from: string | null; to: string | null; basis: string };
  page_date: string | null;
  published_basis: string | null;
  word_count: number;
}

export interface Affiliation {
  relation: 'member_of' | 'backed_by' | 'leads' | string;
  actor: string;
}

export interface ActorRecord {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  mentions: { source: string; count: number }[];
  url_path: string;
  roles: string[];
  description: string | null;
  affiliations: Affiliation[];
  portrait: string | null;
  evidence: MergeEvidence[];
}

export interface ClaimRecord {
  id: string;
  kind: ClaimKind | string;
  direct: boolean;
  speaker: string | null;
  speaker_label: string;
  targets: string[];
  text: string;
  source: string;
  sentence: string;
  /** Anchor number in the source page (`#s-<n>`). */
  sentence_n: number;
  cluster: string;
  independent_reports: number;
  /** Admiralty-style information grade. */
  grade: 'confirmed' | 'reported-once' | 'contradicted' | 'repeated-by-copies';
}

export interface EventAccount {
  source: string;
  sentence_n: number;
  sentence: string;
  date: string | null;
  date_text: string | null;
  /** (event-clusters) Earliest/latest ISO day this account's date can stand for (absent when undated). */
  date_from?: string;
  date_to?: string;
}

export interface EventRecord {
  id: string;
  date: string;
  precision: DatePrecision;
  type: EventType | string;
  title: string;
  actors: string[];
  places: string[];
  sources: string[];
  independent_reports: number;
  url_path: string;
  accounts: EventAccount[];
  /** (summarise/network) Optional: actor ids who did it / to whom, from ArticleEvent.agents/patients mapped
   * to actor ids, so "who attacks/arrests whom" can be drawn. Absent = direction unknown. */
  agents?: string[];
  patients?: string[];
}

export interface DiscrepancyRecord {
  id: string;
  topic: string;
  claims: string[];
  sources: string[];
  /** Each side: what it says and who says it. */
  sides: { value: string; sources: string[]; claims: string[]; sentences: { source: string; sentence_n: number }[] }[];
  actors: string[];
}

export interface RelationRecord {
  id: string;
  kind: RelationKind;
  /** Actor ids: the one who acts or speaks, the one acted on or spoken against. */
  from: string;
  to: string;
  source: string;
  sentence_n: number;
  /** The sentence that states it, as in the cleaned source text. */
  evidence: string;
  /** Claim id it comes from, or null. */
  claim: string | null;
  /** Event id of the same happening told in the same sentence, or null. */
  event: string | null;
  /** Distinct reports stating the same (from, kind, to): wire copies count once. */
  independent_reports: number;
  /** The verb (or noun) as written: "accused", "was arrested by", "attack on". */
  verb: string;
}

export interface Dossier {
  sources: SourceRecord[];
  actors: ActorRecord[];
  claims: ClaimRecord[];
  events: EventRecord[];
  discrepancies: DiscrepancyRecord[];
  /** Who acts against whom. Optional in the type so older literals stay valid; every build writes it. */
  relations?: RelationRecord[];
}

// ---------------------------------------------------------------------------------------------------
// The actor network (network.ts builds it; the /network/ page, ego graphs and the GraphML export use it).

export interface NetworkNode {
  id: string;
  name: string;
  type: ActorType;
  url_path: string;
  /** Mentions across sources. */
  weight: number;
  /** Layout position, computed at build time (deterministic). */
  x: number;
  y: number;
}

export interface NetworkRelation {
  /** "co-mention" | "accuses" | "threatens" | "attacks" | "arrests" | "member_of" | "backed_by" | "leads" | ... */
  type: string;
  count: number;
  /** Sentences the relation rests on. */
  evidence: { source: string; sentence_n: number }[];
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  /** Co-mentions weighted by shared sentences, plus typed relations. */
  weight: number;
  /** True when the edge has a direction (accuses, attacks ...): source -> target. */
  directed: boolean;
  relations: NetworkRelation[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
