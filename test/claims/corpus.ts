// Test-only loader: the five bundled articles through the real ingest (decode + clean) and entity
// stages, so the claim tests run on what the pipeline really feeds the claim stage.
import fs from 'node:fs';
import path from 'node:path';
import { decodeArticle } from '../../scripts/ingest/decode.ts';
import { cleanArticle } from '../../scripts/ingest/clean.ts';
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import { splitSentences } from '../../scripts/ingest/sentences.ts';
import { extractClaims } from '../../scripts/extract/claims/index.ts';
import type { ArticleClaim, CleanedArticle, LocalEntity, Mention, SourceMeta } from '../../scripts/lib/types.ts';

export const ROOT = path.join(import.meta.dirname, '..', '..');

export interface Loaded {
  id: string;
  file: string;
  cleaned: CleanedArticle;
  entities: LocalEntity[];
  mentions: Mention[];
  claims: ArticleClaim[];
}

export function loadFile(dir: string, file: string): Loaded {
  const p = path.join(dir, file);
  const r = decodeArticle({ file, path: p, bytes: fs.readFileSync(p) });
  if (!r.ok) throw new Error(`${file}: ${r.reason}`);
  const cleaned = cleanArticle(r.doc);
  if (!cleaned.sentences.length) throw new Error(`${file}: the cleaner left no sentences`);
  const id = file.replace(/\.[^.]+$/, '');
  const { entities, mentions } = detectEntities(cleaned, id);
  return { id, file, cleaned, entities, mentions, claims: extractClaims(cleaned, entities, mentions) };
}

export function loadDir(dir: string): Loaded[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
    .map((f) => loadFile(dir, f));
}

export const loadSources = () => loadDir(path.join(ROOT, 'sources'));

/** Name of a claim's speaker as the entity stage calls it (or null). */
export function speakerName(a: Loaded, c: ArticleClaim): string | null {
  return c.speaker === null ? null : (a.entities.find((e) => e.key === c.speaker)?.name ?? null);
}

/** A CleanedArticle from inline test text (for unit tests of later stages): blank-line paragraphs, a scrape's mid-sentence breaks
 * rejoined, banner/headline/"Read more" lines (short, no final stop) dropped. */
export function simpleClean(file: string, text: string): CleanedArticle {
  const units = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const joined: string[] = [];
  for (const u of units) {
    const prev = joined[joined.length - 1];
    if (prev && /^[\p{Ll}…]/u.test(u) && (!/[.!?”"]$/.test(prev) || /(?:\.\.\.|…)$/.test(prev))) joined[joined.length - 1] = `${prev} ${u}`;
    else joined.push(u);
  }
  const paragraphs = joined.filter((p) => /[.!?”"]$/.test(p) && p.split(' ').length > 8 && !/^Read more:/i.test(p));
  const sentences = paragraphs.flatMap((p, i) => splitSentences(p).map((t) => ({ text: t, paragraph: i })));
  return {
    file, title: null, paragraphs, sentences: sentences.map((s, i) => ({ n: i + 1, ...s })),
    captions: [], subheadings: [], removed: [], metaLines: [],
  };
}

/** Publication dates as the metadata stage establishes them (001 has only a crawl-date banner). */
export const PUBLISHED: Record<string, string | null> = {
  '000_795c74c86d169670': '2020-12-28',
  '001_eb2d348de878cb8c': null,
  '002_4003a2322dbc9ac4': null,
  '003_7ee5d999a6d09f79': '2020-12-02',
  '004_21f7ebbefd25b24b': '2020-12-31',
};

export function metaOf(a: Loaded, published: string | null = PUBLISHED[a.id] ?? null, wire: string | null = null): SourceMeta {
  return {
    id: a.id, file: a.file, title: null, outlet: null, published, published_basis: null, page_date: null, wire,
    dateline: null, url: null, word_count: 0, format: 'txt', encoding: 'utf-8',
  };
}
