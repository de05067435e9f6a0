// View models: the data each page template shows, computed once here (typed, testable) so templates stay
// small and declarative and no page repeats work that is global.
import type { RelationLine } from './relations.ts';
import type {
  ActorRecord,
  ArticleExtraction,
  ClaimRecord,
  DiscrepancyRecord,
  Dossier,
  EventRecord,
  SourceRecord,
} from '../lib/types.ts';
import type { SentenceMarkup } from './markdown.ts';

export interface SentenceRef {
  source: string;
  n: number;
  text: string;
  href: string;
}

export interface ActorView {
  actor: ActorRecord;
  typeLabel: string;
  /** Roles without repeats ("Iraq's Prime Minister" and "Iraqi Prime Minister" say the same), at most three. */
  roles: string[];
  mentionCount: number;
  sourceCount: number;
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
  /** Ego network SVG (set by the network stage). */
  egoSvg: string;
  /** Who against whom lines with this actor at either end (set by the site stage from the relation records). */
  relations?: RelationLine[];
}

export interface SourceCard {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url_path: string;
  url: string | null;
}

export interface ClaimCard {
  claim: ClaimRecord;
  href: string;
  /** The claims page that really holds this claim's cluster, with its anchor (clusterHref). */
  clusterHref: string;
  speaker: { name: string; url_path: string } | null;
  targets: { name: string; url_path: string }[];
  source: SourceCard;
  gradeLabel: string;
  clusterSize: number;
}

export interface ClaimGroup {
  /** The version shown: from the source with the most direct wording, then the earliest. */
  lead: ClaimCard;
  versions: ClaimCard[];
}

/** Roles that differ in more than a country qualifier or case; the most specific first, at most three. */
export function distinctRoles(roles: string[]): string[] {
  const core = (r: string) => r.toLowerCase().replace(/^(?:[\p{L}-]+(?:'s|’s)|[\p{L}-]+i|[\p{L}-]+(?:an|ian|ese|ish))\s+/u, '').trim();
  const seen = new Map<string, string>();
  for (const r of [...roles].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const k = core(r);
    if (![...seen.keys()].some((s) => s === k || s.endsWith(` ${k}`))) seen.set(k, r);
  }
  return [...seen.values()].slice(0, 3);
}

/** Groups claim cards by cluster, best-supported first. */
export function groupClaims(cards: ClaimCard[]): ClaimGroup[] {
  const groups = new Map<string, ClaimCard[]>();
  for (const c of cards) groups.set(c.claim.cluster, [...(groups.get(c.claim.cluster) ?? []), c]);
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

/** A discrepancy as linked from another page: its record and the page that holds it. */
export type DiscrepancyLink = DiscrepancyRecord & { href: string };

export interface EventCard {
  event: EventRecord;
  actors: { name: string; url_path: string }[];
  places: { name: string; url_path: string }[];
  /** At most PAGE_LIMITS.eventAccounts accounts on the page; `moreAccounts` says how many are left out. */
  accounts: { account: EventRecord['accounts'][number]; source: SourceCard }[];
  moreAccounts: number;
  discrepancies: DiscrepancyLink[];
}

export interface DiscrepancyView {
  record: DiscrepancyRecord;
  sides: { value: string; sentences: { text: string; href: string; source: SourceCard }[]; more: number }[];
  actors: { name: string; url_path: string }[];
}

export interface ClusterView {
  id: string;
  claims: ClaimCard[];
  independent_reports: number;
}

export interface SiteViews {
  meta: { compiled: string | null; period: { from: string | null; to: string | null }; counts: Record<string, number> };
  sources: (SourceCard & { record: SourceRecord; copies: SourceCard[]; wordCount: number; claimCount: number; actorCount: number })[];
  actors: ActorView[];
  actorsByType: { type: string; label: string; actors: ActorView[] }[];
  actorsByName: ActorView[];
  actorsBySources: ActorView[];
  claims: ClaimCard[];
  clusters: ClusterView[];
  claimKinds: { kind: string; label: string; count: number; clusters: ClusterView[]; pages: number; url: string }[];
  /** One page of one kind of claims: /claims/<kind>/, /claims/<kind>/2/, ... (PAGE_LIMITS.clustersPerPage each). */
  claimPages: { kind: string; label: string; page: number; pages: number; url: string; prev: string | null; next: string | null; clusters: ClusterView[] }[];
  /** The most independently reported clusters, for the /claims/ overview. */
  topClusters: ClusterView[];
  /** Cluster id -> the page (with anchor) that holds it; every link to a cluster goes through this. */
  clusterHref: (clusterId: string) => string;
  events: EventCard[];
  timeline: { month: string; events: EventCard[] }[];
  /** The /timeline/ index: one row per month with its count, page link and most-reported events. */
  timelineMonths: { month: string; url: string; count: number; top: EventCard[] }[];
  /** One page per month (split every PAGE_LIMITS.eventsPerPage events): /timeline/<yyyy-mm>/[n/]. */
  timelinePages: { month: string; page: number; pages: number; url: string; prev: string | null; next: string | null; events: EventCard[] }[];
  /** Month ("yyyy-mm" or "yyyy") -> its timeline page. */
  monthHref: (month: string) => string;
  /** The home page's latest sources, and the paginated /sources/ list. */
  homeSources: SiteViews['sources'];
  sourcePages: { page: number; pages: number; url: string; prev: string | null; next: string | null; sources: SiteViews['sources'] }[];
  discrepancies: DiscrepancyView[];
  /** /discrepancies/, /discrepancies/2/, ... (PAGE_LIMITS.discrepanciesPerPage each, in the dossier's order). */
  discrepancyPages: { page: number; pages: number; url: string; prev: string | null; next: string | null; discrepancies: DiscrepancyView[] }[];
  /** Discrepancy id -> the page (with anchor) that holds it. */
  discrepancyHref: (id: string) => string;
  /** Per source: sentence n -> actor links and classes, for the generated Markdown. */
  markup: Map<string, Map<number, SentenceMarkup>>;
  /** "<source id>#<sentence n>" -> actors named in that sentence (for the network). */
  sentenceActors: Map<string, string[]>;
}

/** Caps that keep every page's size independent of the corpus size (issue 8). */
export const PAGE_LIMITS = {
  clustersPerPage: 100,
  topClusters: 50,
  homeSources: 50,
  sourcesPerPage: 200,
  eventsPerPage: 200,
  monthTopEvents: 3,
  actorStatements: 20,
  actorEvents: 40,
  actorSources: 30,
  actorSentences: 5,
  eventAccounts: 50,
  discrepanciesPerPage: 50,
  discrepancySentences: 10,
};

/** Splits a list into pages of `size`: page 1 at `base`, page n at `<base><n>/`. */
export function paginate<T>(list: T[], size: number, base: string): { page: number; pages: number; url: string; prev: string | null; next: string | null; items: T[] }[] {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const url = (n: number) => (n === 1 ? base : `${base}${n}/`);
  const out = [];
  for (let n = 1; n <= pages; n++) {
    out.push({ page: n, pages, url: url(n), prev: n > 1 ? url(n - 1) : null, next: n < pages ? url(n + 1) : null, items: list.slice((n - 1) * size, n * size) });
  }
  return out;
}

/** How much of each list the printed brief carries (two A4 or US Letter pages). */
// (statements about an actor: 4 — reported speech around partial quotes makes them longer; the brief keeps to two pages)
export const BRIEF_LIMITS = { by: 4, about: 4, events: 6, questions: 3 };

export const TYPE_LABELS: Record<string, string> = { person: 'People', organization: 'Organisations', place: 'Places' };
export const GRADE_LABELS: Record<string, string> = {
  confirmed: 'Confirmed by independent reports',
  'reported-once': 'Reported once',
  'repeated-by-copies': 'Reported once (repeated by copies of the same report)',
  contradicted: 'Contradicted by another source',
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A readable title for a source that has none: its first words. */
export function displayTitle(record: SourceRecord, x: ArticleExtraction | undefined): string {
  if (record.title) return record.title;
  const first = x?.cleaned.sentences[0]?.text ?? record.file;
  const words = first.split(/\s+/).slice(0, 12).join(' ');
  return words.length < first.length ? `${words}…` : words;
}

export function buildViews(
  dossier: Dossier,
  extractions: ArticleExtraction[],
  actorOf: Map<string, string>,
  copies: { report: string; sources: string[] }[],
): SiteViews {
  const xs = new Map(extractions.map((x) => [x.meta.id, x]));
  const actorById = new Map(dossier.actors.map((a) => [a.id, a]));
  const card = (s: SourceRecord): SourceCard => ({
    id: s.id,
    title: displayTitle(s, xs.get(s.id)),
    outlet: s.outlet,
    published: s.published,
    url_path: s.url_path,
    url: s.url,
  });
  const sourceCards = new Map(dossier.sources.map((s) => [s.id, card(s)]));
  const reportOfSource = new Map(dossier.sources.map((s) => [s.id, s.report]));
  const link = (id: string) => {
    const a = actorById.get(id);
    return a ? { name: a.name, url_path: a.url_path } : null;
  };

  // Mentions per actor per source, with their sentences; co-mentions by shared sentence.
  const sentencesOf = new Map<string, Map<string, Set<number>>>(); // actor -> source -> sentence numbers
  const markup = new Map<string, Map<number, SentenceMarkup>>();
  for (const x of extractions) {
    const sid = x.meta.id;
    const m = new Map<number, SentenceMarkup>();
    markup.set(sid, m);
    for (const mention of x.mentions) {
      const actorId = actorOf.get(`${sid}\u0000${mention.entity}`);
      const actor = actorId ? actorById.get(actorId) : undefined;
      if (!actor) continue;
      const sm = m.get(mention.sentence) ?? { links: [], classes: [] };
      sm.links.push({ start: mention.start, end: mention.end, href: actor.url_path, title: actor.name });
      m.set(mention.sentence, sm);
      const perSource = sentencesOf.get(actor.id) ?? new Map<string, Set<number>>();
      const set = perSource.get(sid) ?? new Set<number>();
      set.add(mention.sentence);
      perSource.set(sid, set);
      sentencesOf.set(actor.id, perSource);
    }
  }
  // Actors per (source, sentence), to count co-mentions without comparing all pairs of actors.
  const actorsInSentence = new Map<string, string[]>();
  for (const [actorId, perSource] of sentencesOf) {
    for (const [sid, set] of perSource) {
      for (const n of set) {
        const k = `${sid}#${n}`;
        const list = actorsInSentence.get(k) ?? [];
        list.push(actorId);
        actorsInSentence.set(k, list);
      }
    }
  }

  const clusterSize = new Map<string, number>();
  for (const c of dossier.claims) clusterSize.set(c.cluster, (clusterSize.get(c.cluster) ?? 0) + 1);
  const claimCards: ClaimCard[] = dossier.claims.map((c) => ({
    claim: c,
    href: `/sources/${c.source}/#s-${c.sentence_n}`,
    clusterHref: '', // set once the claims pages are laid out (below)
    speaker: c.speaker ? link(c.speaker) : null,
    targets: c.targets.map(link).filter((t): t is { name: string; url_path: string } => !!t),
    source: sourceCards.get(c.source) as SourceCard,
    gradeLabel: GRADE_LABELS[c.grade] ?? c.grade,
    clusterSize: clusterSize.get(c.cluster) ?? 1,
  }));
  // Claims in source text: highlighted sentences.
  for (const c of dossier.claims) {
    const m = markup.get(c.source);
    if (!m) continue;
    const x = xs.get(c.source);
    const last = x?.claims.find((ac) => ac.sentence === c.sentence_n)?.sentence_end ?? c.sentence_n;
    for (let n = c.sentence_n; n <= Math.max(last, c.sentence_n); n++) {
      const sm = m.get(n) ?? { links: [], classes: [] };
      if (!sm.classes.includes('claim')) sm.classes.push('claim');
      m.set(n, sm);
    }
  }

  // Discrepancies are listed in the dossier's order, PAGE_LIMITS.discrepanciesPerPage to a page.
  const discrepancyPageUrls = paginate(dossier.discrepancies, PAGE_LIMITS.discrepanciesPerPage, '/discrepancies/');
  const pageOfDiscrepancy = new Map<string, string>();
  for (const p of discrepancyPageUrls) for (const d of p.items) if (!pageOfDiscrepancy.has(d.id)) pageOfDiscrepancy.set(d.id, `${p.url}#${d.id}`);
  const discrepancyHref = (id: string) => pageOfDiscrepancy.get(id) ?? '/discrepancies/';
  const discrepancyLink = (d: DiscrepancyRecord): DiscrepancyLink => ({ ...d, href: discrepancyHref(d.id) });
  const discrepanciesOfEvent = new Map<string, DiscrepancyLink[]>();
  const eventOfSentence = new Map<string, string>();
  for (const e of dossier.events) for (const acc of e.accounts) eventOfSentence.set(`${acc.source}#${acc.sentence_n}`, e.id);
  for (const d of dossier.discrepancies) {
    const evs = new Set(
      d.sides.flatMap((side) => side.sentences.map((st) => eventOfSentence.get(`${st.source}#${st.sentence_n}`))).filter((x): x is string => !!x),
    );
    for (const id of evs) discrepanciesOfEvent.set(id, [...(discrepanciesOfEvent.get(id) ?? []), discrepancyLink(d)]);
  }
  const links = (ids: string[]) => ids.map(link).filter((t): t is { name: string; url_path: string } => !!t);
  const eventCards: EventCard[] = dossier.events.map((e) => ({
    event: e,
    actors: links(e.actors),
    places: links(e.places),
    accounts: e.accounts
      .filter((acc) => sourceCards.has(acc.source))
      .slice(0, PAGE_LIMITS.eventAccounts)
      .map((acc) => ({ account: acc, source: sourceCards.get(acc.source) as SourceCard })),
    moreAccounts: Math.max(0, e.accounts.filter((acc) => sourceCards.has(acc.source)).length - PAGE_LIMITS.eventAccounts),
    discrepancies: discrepanciesOfEvent.get(e.id) ?? [],
  }));
  const eventsOfActor = new Map<string, EventCard[]>();
  for (const card of eventCards) {
    for (const id of new Set([...card.event.actors, ...card.event.places])) {
      eventsOfActor.set(id, [...(eventsOfActor.get(id) ?? []), card]);
    }
  }

  const rankClaims = (a: ClaimCard, b: ClaimCard) =>
    b.claim.independent_reports - a.claim.independent_reports || byText(a.claim.id, b.claim.id);

  // Indexes instead of a scan of every claim per actor: linear in claims, whatever the number of actors.
  const claimsBy = new Map<string, ClaimCard[]>();
  const claimsAbout = new Map<string, ClaimCard[]>();
  for (const c of claimCards) {
    if (c.claim.speaker) claimsBy.set(c.claim.speaker, [...(claimsBy.get(c.claim.speaker) ?? []), c]);
    for (const t of new Set(c.claim.targets)) claimsAbout.set(t, [...(claimsAbout.get(t) ?? []), c]);
  }
  const discrepanciesOfActor = new Map<string, DiscrepancyRecord[]>();
  for (const d of dossier.discrepancies) for (const a of d.actors ?? []) discrepanciesOfActor.set(a, [...(discrepanciesOfActor.get(a) ?? []), d]);

  const actorViews: ActorView[] = dossier.actors.map((actor) => buildActorView(actor));
  function buildActorView(actor: ActorRecord): ActorView {
    const perSource = sentencesOf.get(actor.id) ?? new Map<string, Set<number>>();
    // Bounded: the sources that mention the actor most (ties in the record's order), a few sentences each.
    const known = actor.mentions.filter((m) => sourceCards.has(m.source));
    const sources = known
      .map((m, i) => ({ m, i }))
      .sort((a, b) => b.m.count - a.m.count || a.i - b.i)
      .slice(0, PAGE_LIMITS.actorSources)
      .sort((a, b) => a.i - b.i)
      .map(({ m }) => {
        const x = xs.get(m.source);
        const ns = [...(perSource.get(m.source) ?? [])].sort((a, b) => a - b);
        return {
          source: sourceCards.get(m.source) as SourceCard,
          count: m.count,
          sentences: ns.slice(0, PAGE_LIMITS.actorSentences).map((n) => ({
            source: m.source,
            n,
            text: x?.cleaned.sentences[n - 1]?.text ?? '',
            href: `/sources/${m.source}/#s-${n}`,
          })),
          moreSentences: Math.max(0, ns.length - PAGE_LIMITS.actorSentences),
        };
      });
    const shared = new Map<string, number>();
    for (const [sid, set] of perSource) {
      for (const n of set) {
        for (const other of actorsInSentence.get(`${sid}#${n}`) ?? []) {
          if (other !== actor.id) shared.set(other, (shared.get(other) ?? 0) + 1);
        }
      }
    }
    const coMentioned = [...shared]
      .map(([id, count]) => {
        const a = actorById.get(id) as ActorRecord;
        return { id, name: a.name, type: a.type, url_path: a.url_path, shared: count };
      })
      .sort((a, b) => b.shared - a.shared || byText(a.name, b.name))
      .slice(0, 20);
    return {
      actor,
      typeLabel: TYPE_LABELS[actor.type] ?? actor.type,
      roles: distinctRoles(actor.roles),
      mentionCount: actor.mentions.reduce((n, m) => n + m.count, 0),
      sourceCount: actor.mentions.length,
      sources,
      coMentioned,
      statementsBy: groupClaims(claimsBy.get(actor.id) ?? []),
      statementsAbout: groupClaims(claimsAbout.get(actor.id) ?? []),
      events: [...(eventsOfActor.get(actor.id) ?? [])].sort((x, y) => byText(x.event.date, y.event.date) || byText(x.event.id, y.event.id)),
      // Only the first few become open questions; the page does not list them all.
      discrepancies: (discrepanciesOfActor.get(actor.id) ?? []).slice(0, BRIEF_LIMITS.questions),
      more: { by: 0, about: 0, events: 0, sources: Math.max(0, known.length - sources.length) },
      affiliations: actor.affiliations.map((af) => {
        const target = actorById.get(af.actor);
        return {
          relation: af.relation,
          label: af.relation.replace(/_/g, ' '),
          actor: target ? { id: target.id, name: target.name, url_path: target.url_path } : null,
          name: target?.name ?? af.actor,
        };
      }),
      bottomLine: [],
      notes: [],
      noteOf: {},
      printed: {},
      openQuestions: [],
      egoSvg: '',
    };
  }
  for (const v of actorViews) addBrief(v);

  /** Numbered notes (one per cited sentence), the bottom line and open questions of an actor's brief. */
  function addBrief(v: ActorView): void {
    const noteBySentence = new Map<string, number>();
    const cite = (source: string, n: number): number => {
      const k = `${source}#${n}`;
      let num = noteBySentence.get(k);
      if (num === undefined) {
        num = v.notes.length + 1;
        noteBySentence.set(k, num);
        const card = sourceCards.get(source);
        if (card) v.notes.push({ n: num, source: card, sentence_n: n, href: `/sources/${source}/#s-${n}`, printed: true });
      }
      return num;
    };
    // The printed brief must fit on two pages: it carries the best-supported statements and the latest
    // events, and these are cited first so their notes come first and the rest can stay on screen.
    const printedBy = v.statementsBy.slice(0, BRIEF_LIMITS.by);
    const printedAbout = v.statementsAbout.slice(0, BRIEF_LIMITS.about);
    const printedEvents = [...v.events]
      .sort((x, y) => y.event.independent_reports - x.event.independent_reports || byText(y.event.date, x.event.date))
      .slice(0, BRIEF_LIMITS.events);
    const recent = [...v.events].sort((x, y) => byText(y.event.date, x.event.date)).slice(0, 2);
    // The screen shows a bounded part too: the best-supported statements, and the printed, latest and then
    // most recent events (in date order); the page says how many more the claims pages and timeline hold.
    v.more.by = Math.max(0, v.statementsBy.length - PAGE_LIMITS.actorStatements);
    v.more.about = Math.max(0, v.statementsAbout.length - PAGE_LIMITS.actorStatements);
    v.statementsBy = v.statementsBy.slice(0, PAGE_LIMITS.actorStatements);
    v.statementsAbout = v.statementsAbout.slice(0, PAGE_LIMITS.actorStatements);
    if (v.events.length > PAGE_LIMITS.actorEvents) {
      const keep = new Set([...printedEvents, ...recent]);
      for (let i = v.events.length - 1; i >= 0 && keep.size < PAGE_LIMITS.actorEvents; i--) keep.add(v.events[i]);
      v.more.events = v.events.length - keep.size;
      v.events = v.events.filter((e) => keep.has(e));
    }
    for (const g of [...printedBy, ...printedAbout]) for (const c of g.versions) v.printed[c.claim.id] = true;
    for (const e of printedEvents) v.printed[e.event.id] = true;
    const citeClaim = (g: ClaimGroup) => {
      for (const c of g.versions) v.noteOf[c.claim.id] = cite(c.claim.source, c.claim.sentence_n);
    };
    const citeEvent = (e: EventCard) => {
      const first = e.event.accounts[0];
      if (first) v.noteOf[e.event.id] = cite(first.source, first.sentence_n);
    };
    printedBy.forEach(citeClaim);
    printedAbout.forEach(citeClaim);
    printedEvents.forEach(citeEvent);
    const printedNotes = v.notes.length;
    v.statementsBy.forEach(citeClaim);
    v.statementsAbout.forEach(citeClaim);
    v.events.forEach(citeEvent);
    v.notes.forEach((note) => (note.printed = note.n <= printedNotes));
    const a = v.actor;
    const role = a.roles[0] ? `${a.roles[0]}` : { person: 'person', organization: 'organisation', place: 'place' }[a.type] ?? a.type;
    const reports = new Set(a.mentions.map((m) => reportOfSource.get(m.source) ?? m.source)).size;
    const line1 = `${a.name}${a.description ? ` — ${a.description}` : ''} (${role}) is named ${v.mentionCount} time${v.mentionCount === 1 ? '' : 's'} in ${v.sourceCount} source${v.sourceCount === 1 ? '' : 's'} (${reports} independent report${reports === 1 ? '' : 's'}).`;
    const lines = [line1];
    const notesOf = (g: ClaimGroup) => g.versions.map((c) => v.noteOf[c.claim.id]).filter((n, i, all) => all.indexOf(n) === i).join(', ');
    const topByGroup = v.statementsBy[0];
    const topBy = topByGroup?.lead;
    if (topBy) lines.push(`Most reported statement by ${a.name} [${notesOf(topByGroup)}]: ${topBy.claim.direct ? `“${topBy.claim.text}”` : topBy.claim.text} (${topBy.gradeLabel.toLowerCase()}).`);
    const topAboutGroup = v.statementsAbout.find((g) => g.lead.claim.speaker !== a.id);
    const topAbout = topAboutGroup?.lead;
    if (topAbout && topAboutGroup) lines.push(`Most reported claim about ${a.name} [${notesOf(topAboutGroup)}]: ${topAbout.speaker?.name ?? topAbout.claim.speaker_label} — ${topAbout.claim.direct ? `“${topAbout.claim.text}”` : topAbout.claim.text} (${topAbout.gradeLabel.toLowerCase()}).`);
    if (recent.length) lines.push(`Latest events: ${recent.map((e) => `${e.event.title} (${e.event.date}) [${v.noteOf[e.event.id]}]`).join('; ')}.`);
    v.bottomLine = lines;
    if (v.openQuestions.length) v.openQuestions = [];
    for (const d of v.discrepancies.slice(0, BRIEF_LIMITS.questions)) v.openQuestions.push({ text: `Sources disagree: ${d.topic}.`, href: discrepancyHref(d.id) });
    for (const { lead: c } of v.statementsAbout) {
      if (v.openQuestions.length >= BRIEF_LIMITS.questions) break;
      if (c.claim.independent_reports === 1 && ['accusation', 'threat', 'responsibility'].includes(c.claim.kind)) {
        v.openQuestions.push({ text: `Only one independent report has this ${c.claim.kind}: ${c.claim.text.slice(0, 140)}${c.claim.text.length > 140 ? '…' : ''}`, href: c.href });
      }
    }
  }

  const actorsByType = ['person', 'organization', 'place'].map((type) => ({
    type,
    label: TYPE_LABELS[type],
    actors: actorViews
      .filter((v) => v.actor.type === type)
      .sort((a, b) => b.mentionCount - a.mentionCount || byText(a.actor.name, b.actor.name)),
  }));

  const claimsOfSource = new Map<string, number>();
  for (const c of dossier.claims) claimsOfSource.set(c.source, (claimsOfSource.get(c.source) ?? 0) + 1);
  const actorsOfSource = new Map<string, number>();
  for (const a of dossier.actors) for (const m of a.mentions) actorsOfSource.set(m.source, (actorsOfSource.get(m.source) ?? 0) + 1);
  const copiesOf = new Map<string, string[]>();
  for (const c of copies) for (const s of c.sources) copiesOf.set(s, c.sources.filter((o) => o !== s));

  const sourceViews = [...dossier.sources]
    .sort((a, b) => byText(b.published ?? '', a.published ?? '') || byText(a.id, b.id))
    .map((s) => ({
      ...(sourceCards.get(s.id) as SourceCard),
      record: s,
      copies: (copiesOf.get(s.id) ?? []).map((o) => sourceCards.get(o)).filter((c): c is SourceCard => !!c),
      wordCount: s.word_count,
      claimCount: claimsOfSource.get(s.id) ?? 0,
      actorCount: actorsOfSource.get(s.id) ?? 0,
    }));

  const clusterMap = new Map<string, ClaimCard[]>();
  for (const c of claimCards) {
    const list = clusterMap.get(c.claim.cluster) ?? [];
    list.push(c);
    clusterMap.set(c.claim.cluster, list);
  }
  const clusters: ClusterView[] = [...clusterMap]
    .map(([id, list]) => ({ id, claims: list, independent_reports: Math.max(...list.map((c) => c.claim.independent_reports)) }))
    .sort((a, b) => b.independent_reports - a.independent_reports || b.claims.length - a.claims.length || byText(a.id, b.id));
  const KIND_LABELS: Record<string, string> = {
    accusation: 'Accusations', threat: 'Threats', warning: 'Warnings', denial: 'Denials', demand: 'Demands',
    responsibility: 'Claims of responsibility', statement: 'Statements', quote: 'Quotations',
  };
  const kinds = [...new Set(clusters.map((c) => c.claims[0].claim.kind))].sort(
    (a, b) => Object.keys(KIND_LABELS).indexOf(a) - Object.keys(KIND_LABELS).indexOf(b) || byText(a, b),
  );
  const byKind = new Map<string, ClusterView[]>();
  for (const c of clusters) {
    const k = c.claims[0].claim.kind;
    byKind.set(k, [...(byKind.get(k) ?? []), c]);
  }
  const usedSlugs = new Set<string>();
  const claimPages: SiteViews['claimPages'] = [];
  const pageOfCluster = new Map<string, string>();
  const claimKinds = kinds.map((kind) => {
    const list = byKind.get(kind) ?? [];
    // Kinds come from the claims stage; the slug keeps the URL one safe path segment, unique per kind.
    let slug = kind.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other';
    for (let i = 2; usedSlugs.has(slug); i++) slug = `${slug.replace(/-\d+$/, '')}-${i}`;
    usedSlugs.add(slug);
    const label = KIND_LABELS[kind] ?? kind;
    const pages = paginate(list, PAGE_LIMITS.clustersPerPage, `/claims/${slug}/`);
    for (const p of pages) {
      claimPages.push({ kind, label, page: p.page, pages: p.pages, url: p.url, prev: p.prev, next: p.next, clusters: p.items });
      for (const c of p.items) pageOfCluster.set(c.id, `${p.url}#${c.id}`);
    }
    return { kind, label, count: list.reduce((n, c) => n + c.claims.length, 0), clusters: list, pages: pages.length, url: pages[0].url };
  });
  const clusterHref = (clusterId: string) => pageOfCluster.get(clusterId) ?? '/claims/';
  for (const c of claimCards) c.clusterHref = clusterHref(c.claim.cluster);

  const sortedEvents = [...eventCards].sort((a, b) => byText(a.event.date, b.event.date) || byText(a.event.id, b.event.id));
  const months = new Map<string, EventCard[]>();
  for (const e of sortedEvents) {
    const month = /^\d{4}(?:-\d{2})?/.exec(e.event.date)?.[0] ?? 'undated';
    months.set(month, [...(months.get(month) ?? []), e]);
  }
  const monthHref = (month: string) => `/timeline/${month}/`;
  const timelineMonths: SiteViews['timelineMonths'] = [];
  const timelinePages: SiteViews['timelinePages'] = [];
  for (const [month, list] of months) {
    const top = [...list]
      .sort((a, b) => b.event.independent_reports - a.event.independent_reports || byText(a.event.date, b.event.date) || byText(a.event.id, b.event.id))
      .slice(0, PAGE_LIMITS.monthTopEvents);
    timelineMonths.push({ month, url: monthHref(month), count: list.length, top });
    for (const p of paginate(list, PAGE_LIMITS.eventsPerPage, monthHref(month))) {
      timelinePages.push({ month, page: p.page, pages: p.pages, url: p.url, prev: p.prev, next: p.next, events: p.items });
    }
  }
  const sentenceRef = (sourceId: string, n: number) => ({
    text: xs.get(sourceId)?.cleaned.sentences[n - 1]?.text ?? '',
    href: `/sources/${sourceId}/#s-${n}`,
    source: sourceCards.get(sourceId) as SourceCard,
  });
  const discrepancyViews: DiscrepancyView[] = dossier.discrepancies.map((d) => ({
    record: d,
    sides: d.sides.map((side) => ({
      value: side.value,
      sentences: side.sentences
        .filter((st) => sourceCards.has(st.source))
        .slice(0, PAGE_LIMITS.discrepancySentences)
        .map((st) => sentenceRef(st.source, st.sentence_n)),
      more: Math.max(0, side.sentences.filter((st) => sourceCards.has(st.source)).length - PAGE_LIMITS.discrepancySentences),
    })),
    actors: links(d.actors ?? []),
  }));

  const dates = [
    ...dossier.sources.map((s) => s.published),
    ...dossier.events.map((e) => e.date),
  ].filter((d): d is string => !!d);
  dates.sort();
  const published = dossier.sources.map((s) => s.published).filter((d): d is string => !!d).sort();
  return {
    meta: {
      // The compilation date printed on pages and briefs comes from the data, never the clock.
      compiled: published.length ? published[published.length - 1] : dates.length ? dates[dates.length - 1] : null,
      period: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
      counts: {
        sources: dossier.sources.length,
        reports: new Set(dossier.sources.map((s) => s.report)).size,
        actors: dossier.actors.length,
        claims: dossier.claims.length,
        events: dossier.events.length,
        discrepancies: dossier.discrepancies.length,
      },
    },
    sources: sourceViews,
    actors: actorViews,
    actorsByType,
    actorsByName: [...actorViews].sort((a, b) => byText(a.actor.name.toLowerCase(), b.actor.name.toLowerCase()) || byText(a.actor.id, b.actor.id)),
    actorsBySources: [...actorViews].sort((a, b) => b.sourceCount - a.sourceCount || b.mentionCount - a.mentionCount || byText(a.actor.id, b.actor.id)),
    claims: [...claimCards].sort(rankClaims),
    clusters,
    claimKinds,
    claimPages,
    topClusters: clusters.slice(0, PAGE_LIMITS.topClusters),
    clusterHref,
    events: sortedEvents,
    timeline: [...months].map(([month, list]) => ({ month, events: list })),
    timelineMonths,
    timelinePages,
    monthHref,
    homeSources: sourceViews.slice(0, PAGE_LIMITS.homeSources),
    sourcePages: paginate(sourceViews, PAGE_LIMITS.sourcesPerPage, '/sources/').map((p) => ({
      page: p.page,
      pages: p.pages,
      // Page 1 is /sources/; later pages sit two segments deep (/sources/page/2/), where no source page can be.
      url: p.page === 1 ? '/sources/' : `/sources/page/${p.page}/`,
      prev: p.page === 1 ? null : p.page === 2 ? '/sources/' : `/sources/page/${p.page - 1}/`,
      next: p.page < p.pages ? `/sources/page/${p.page + 1}/` : null,
      sources: p.items,
    })),
    discrepancies: discrepancyViews,
    discrepancyPages: discrepancyPageUrls.map((p, i) => ({
      page: p.page,
      pages: p.pages,
      url: p.url,
      prev: p.prev,
      next: p.next,
      discrepancies: discrepancyViews.slice(i * PAGE_LIMITS.discrepanciesPerPage, (i + 1) * PAGE_LIMITS.discrepanciesPerPage),
    })),
    discrepancyHref,
    markup,
    sentenceActors: actorsInSentence,
  };
}
