// What the cross-source stages read, built from the articles' extractions: the source records, and the
// claims and events with their local entity keys turned into actor ids (after resolution and curation).
import type { ClaimInput } from './corroborate.ts';
import type { EventInput } from './event-clusters.ts';
import type { ArticleExtraction, SourceRecord } from '../lib/types.ts';

const key = (sourceId: string, local: string) => `${sourceId}\u0000${local}`;

/** Text of sentences a..b of an article, as in the cleaned text. */
export function sentenceSpan(x: ArticleExtraction, from: number, to: number): string {
  // One sentence (nearly every claim and event): its text without building a list to join (what the
  // general form below gives for it; it ran for every claim and event of the corpus on every build).
  if (Number.isInteger(from) && from >= 1 && typeof to === 'number' && to <= from) {
    const s = x.cleaned.sentences[from - 1];
    return s ? String(s.text ?? '') : '';
  }
  return x.cleaned.sentences
    .slice(from - 1, Math.max(from, to))
    .map((s) => s.text)
    .join(' ');
}

/** One record per source, sorted by id; `report` from syndication. */
export function sourceRecords(extractions: ArticleExtraction[], reportOf: Map<string, string>): SourceRecord[] {
  return extractions
    .map((x) => ({
      id: x.meta.id,
      file: x.meta.file,
      title: x.meta.title,
      outlet: x.meta.outlet,
      published: x.meta.published,
      wire: x.meta.wire,
      dateline: x.meta.dateline,
      url: x.meta.url,
      report: reportOf.get(x.meta.id) ?? `report-${x.meta.id}`,
      url_path: `/sources/${x.meta.id}/`,
      page_date: x.meta.page_date,
      published_basis: x.meta.published_basis,
      word_count: x.meta.word_count,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Local entity keys of an article -> the visible actor ids they were resolved to. */
export class ActorLookup {
  constructor(
    private readonly actorOf: Map<string, string>,
    private readonly visible: Set<string>,
  ) {}

  /** Source id -> local key -> answer: the same entity is looked up for many claims, events and relations,
   * and the joined key of the flat map costs more to build and hash than two lookups of strings that
   * already carry their hash. */
  private readonly memo = new Map<string, Map<string, string | null>>();

  actorFor(sourceId: string, local: string | null | undefined): string | null {
    if (!local) return null;
    let known = this.memo.get(sourceId);
    if (!known) this.memo.set(sourceId, (known = new Map()));
    let answer = known.get(local);
    if (answer === undefined) {
      const id = this.actorOf.get(key(sourceId, local));
      known.set(local, (answer = id && this.visible.has(id) ? id : null));
    }
    return answer;
  }

  actorsFor(sourceId: string, locals: string[]): string[] {
    return [...new Set(locals.map((l) => this.actorFor(sourceId, l)).filter((a): a is string => !!a))].sort();
  }
}

/** Every article's claims, with speaker and targets as actor ids and the sentence(s) they come from. */
export function claimInputs(extractions: ArticleExtraction[], actors: ActorLookup): ClaimInput[] {
  const out: ClaimInput[] = [];
  for (const x of extractions) {
    for (const c of x.claims) {
      out.push({
        sourceId: x.meta.id,
        claim: c,
        speakerActor: actors.actorFor(x.meta.id, c.speaker),
        targetActors: actors.actorsFor(x.meta.id, c.targets),
        sentenceText: sentenceSpan(x, c.sentence, c.sentence_end),
      });
    }
  }
  return out;
}

/**
 * Every article's events, with actor ids, the sentence, and the reference their relative dates are read
 * against. A source without a publication date may read its relative dates against a copy of the same
 * report that has one (a wire story is the same text, published the same day or so).
 */
export function eventInputs(extractions: ArticleExtraction[], sources: SourceRecord[], actors: ActorLookup): EventInput[] {
  const reportOfSource = new Map(sources.map((s) => [s.id, s.report]));
  const publishedOfReport = new Map<string, string>();
  for (const s of sources) {
    if (!s.published) continue;
    const prev = publishedOfReport.get(s.report);
    if (!prev || s.published < prev) publishedOfReport.set(s.report, s.published);
  }
  const out: EventInput[] = [];
  for (const x of extractions) {
    for (const e of x.events) {
      out.push({
        sourceId: x.meta.id,
        event: e,
        agentActors: actors.actorsFor(x.meta.id, e.agents),
        patientActors: actors.actorsFor(x.meta.id, e.patients),
        placeActors: actors.actorsFor(x.meta.id, e.places),
        sentenceText: sentenceSpan(x, e.sentence, e.sentence),
        ...(e.date_sentence ? { dateSentenceText: sentenceSpan(x, e.date_sentence, e.date_sentence) } : {}),
        reference: x.meta.published ?? publishedOfReport.get(reportOfSource.get(x.meta.id) ?? '') ?? null,
      });
    }
  }
  return out;
}
