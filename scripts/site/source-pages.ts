// Source pages: each source's generated Markdown (markdown.ts), made only when the page must be rendered,
// and kept on disk under <contentDir>/sources/ for people to read.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { ActorRecord, ArticleExtraction, ClaimRecord, SourceRecord } from '../lib/types.ts';
import { pushTo } from './list-map.ts';
import type { CorpusResult } from '../pipeline.ts';
import { sentenceMarkup, sourceMarkdown, type SentenceMarkup } from './markdown.ts';
import type { SiteViews } from './views/index.ts';

/** Bump when sourceMarkdown's output changes for the same input (it is part of a source's input key). */
const SOURCE_INPUT_VERSION = 'source-md-3';

export type SourceInput = { record: SourceRecord; extraction: ArticleExtraction; extra: Record<string, unknown>; key: string };

export interface SourcePages {
  /** Source id -> what its page is made from, with the key of all of it. */
  inputs: Map<string, SourceInput>;
  /** A source's Markdown, generated on each call (not kept: at 10,000 sources they would be 100 MB). */
  markdownOf(id: string): string | undefined;
}

/**
 * A source page's Markdown is a function of its extraction (content-addressed key), its record, the actor
 * links in its sentences and two display fields: when none changed since the last build, its fingerprint
 * is the recorded one and the Markdown is only generated if the page must be rendered. The links are made
 * (sentenceMarkup) from the extraction's mentions, the actor each of its entities resolves to (its page and
 * name) and the sentences of the source's claims: the key covers those, so the links themselves are made
 * only for a page whose Markdown is generated.
 */
export function sourcePageInputs(corpus: CorpusResult, views: SiteViews, globalHash: string): SourcePages {
  const { dossier } = corpus;
  const actorById = new Map(dossier.actors.map((a) => [a.id, a]));
  const claimsOf = new Map<string, ClaimRecord[]>();
  for (const c of dossier.claims) pushTo(claimsOf, c.source, c);
  const viewOf = new Map(views.sources.map((s) => [s.id, s]));
  const inputs = new Map<string, SourceInput>();
  /** The actors a source's entities resolve to, by entity key (null: none), in the order first mentioned. */
  const actorsOfEntities = (x: ArticleExtraction): Map<string, ActorRecord | null> => {
    const out = new Map<string, ActorRecord | null>();
    for (const m of x.mentions) {
      if (out.has(m.entity)) continue;
      const id = corpus.actorOf.get(`${x.meta.id}\u0000${m.entity}`);
      out.set(m.entity, (id ? actorById.get(id) : undefined) ?? null);
    }
    return out;
  };
  const xs = new Map(corpus.extractions.map((x) => [x.meta.id, x]));
  for (const record of dossier.sources) {
    const x = xs.get(record.id);
    if (!x) continue;
    const v = viewOf.get(record.id);
    const extra = {
      displayTitle: v?.title ?? record.file,
      copies: (v?.copies ?? []).map((c) => ({ id: c.id, title: c.title, outlet: c.outlet, url_path: c.url_path })),
    };
    const links = [...actorsOfEntities(x)].map(([entity, a]) => [entity, a && [a.url_path, a.name]]);
    const claimSentences = (claimsOf.get(record.id) ?? []).map((c) => c.sentence_n);
    const key = createHash('sha256')
      .update(`${SOURCE_INPUT_VERSION}\n${globalHash}\n${x.key}\n${JSON.stringify(record)}\n${JSON.stringify(links)}\n${JSON.stringify(claimSentences)}\n${JSON.stringify(extra)}`)
      .digest('hex');
    inputs.set(record.id, { record, extraction: x, extra, key });
  }
  const markdownOf = (id: string): string | undefined => {
    const input = inputs.get(id);
    if (!input) return undefined;
    const x = input.extraction;
    // the links of this source alone: its claims, and only the actors its entities resolve to
    const actors = [...new Set([...actorsOfEntities(x).values()].filter((a): a is ActorRecord => !!a))];
    const markup = sentenceMarkup({ ...dossier, actors, claims: claimsOf.get(id) ?? [] }, [x], corpus.actorOf).get(id) ?? new Map<number, SentenceMarkup>();
    return sourceMarkdown({ record: input.record, extraction: x, markup, extra: input.extra });
  };
  return { inputs, markdownOf };
}

/** The file of a source's generated Markdown in the content folder. */
export function markdownFile(contentDir: string, id: string): string {
  return path.join(contentDir, 'sources', `${id}.md`);
}

/**
 * Keeps <contentDir>/sources/<id>.md (the generated Markdown, for people to read) in step with the sources:
 * files of removed sources go; a file is (re)written unless its source is unchanged since the last build
 * and the file is there. Each text is generated once and handed to `generated` (the caller hashes it), not
 * kept: the render reads the pages it needs back from these files.
 */
export function writeGeneratedMarkdown(
  contentDir: string,
  sources: Map<string, unknown>,
  markdownOf: (id: string) => string | undefined,
  unchanged: (id: string) => boolean,
  generated: (id: string, text: string) => void,
): void {
  const dir = path.join(contentDir, 'sources');
  fs.mkdirSync(dir, { recursive: true });
  const wanted = new Set([...sources.keys()].map((id) => `${id}.md`));
  const present = new Set(fs.readdirSync(dir));
  for (const f of present) if (f.endsWith('.md') && !wanted.has(f)) fs.rmSync(path.join(dir, f));
  for (const id of sources.keys()) {
    const file = markdownFile(contentDir, id);
    if (present.has(`${id}.md`) && unchanged(id)) continue;
    const text = markdownOf(id);
    if (text === undefined) continue;
    if (!present.has(`${id}.md`) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
    generated(id, text);
  }
}
