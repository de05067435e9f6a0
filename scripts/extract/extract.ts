// The per-article stages: one article's bytes -> everything the cross-source stages need from it.
//   ingest (decode, clean, metadata, sentences) -> entities (with coreference) -> claims, events -> relations
// Claims and relations share the article's clause readings (readings.ts: each sentence tagged at most once).
// It is a pure function of (bytes, file name, id, override, extractor code), which is what makes the
// content-addressed cache (cache.ts) and the worker pool (pool.ts) safe.
//
// Each stage runs at its own error boundary (lib/stage.ts): an unexpected error in one becomes a
// warning naming the stage (the build names the article), and the article goes on without that
// stage's output; an article that cannot even be read is skipped with the reason.
import { prepareArticle } from '../ingest/index.ts';
import { runStage, runStageOr } from '../lib/stage.ts';
import { extractionKey, type ExtractResult } from './cache.ts';
import { extractClaims } from './claims/index.ts';
import { detectEntities } from './entities/index.ts';
import { extractEvents } from './events/index.ts';
import { sentenceReadings } from './readings.ts';
import { extractRelations } from './relations/index.ts';
import type { InputFile } from '../lib/types.ts';

export type { ExtractResult };

/** Runs every per-article stage. Never throws: a failure is a warning, or a skipped article with a reason. */
export function extractArticle(file: InputFile, id: string, key = extractionKey(file, id)): ExtractResult {
  const ingest = runStage('ingest', () => prepareArticle(file, id));
  if (!ingest.ok) return { ok: false, reason: ingest.failure };
  const prepared = ingest.value;
  if (!prepared.ok) return { ok: false, reason: prepared.reason };
  const { cleaned, meta, doc } = prepared;
  const warnings = [...prepared.warnings];
  const report = (line: string) => warnings.push(line);

  const { entities, mentions, unlinked } = runStageOr('entities', () => detectEntities(cleaned, id), { entities: [], mentions: [], unlinked: [] }, 'the article is read without its actors', report);
  const readings = sentenceReadings(cleaned, mentions);
  const claims = runStageOr('claims', () => extractClaims(cleaned, entities, mentions, readings), [], "the article's claims are left out", report);
  const events = runStageOr('events', () => extractEvents(cleaned, meta, entities, mentions, readings), [], "the article's events are left out", report);
  const relations = runStageOr('relations', () => extractRelations(cleaned, entities, mentions, claims, readings), [], "the article's relations are left out", report);
  return {
    ok: true,
    extraction: { key, meta, cleaned, entities, mentions, ...(unlinked.length ? { unlinked } : {}), claims, events, relations, images: doc.images ?? [], warnings },
  };
}
