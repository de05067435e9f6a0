// Entry point of the per-article ingest stages: decode -> clean -> metadata (sentences inside clean).
// One call per file; never throws: a file with nothing usable comes back as { ok: false, reason }.
import type { CleanedArticle, DecodedArticle, InputFile, SourceMeta, SourceOverride } from '../lib/types.ts';
import { cleanArticle } from './clean.ts';
import { decodeArticle } from './decode.ts';
import { extractMetadata } from './metadata.ts';

export { readSourceFolder, assignSourceIds, parseSourcesYml, MAX_FILE_BYTES } from './read.ts';
export { decodeArticle, decodeBytes } from './decode.ts';
export { cleanArticle } from './clean.ts';
export { extractMetadata } from './metadata.ts';
export { splitSentences } from './sentences.ts';
export { findDates, parseDate, normaliseDate } from './dates.ts';
export { AGENCIES, agencyName } from './lexicon.ts';

export type PreparedArticle =
  | { ok: true; doc: DecodedArticle; cleaned: CleanedArticle; meta: SourceMeta; warnings: string[] }
  | { ok: false; reason: string };

export function prepareArticle(f: InputFile, id: string): PreparedArticle {
  try {
    const decoded = decodeArticle(f);
    if (!decoded.ok) return decoded;
    const doc = decoded.doc;
    const cleaned = cleanArticle(doc);
    if (!cleaned.paragraphs.length) return { ok: false, reason: doc.text.trim() ? 'no article text after cleaning' : 'empty file' };
    const { meta, warnings } = extractMetadata(doc, cleaned, id, f.override as SourceOverride | undefined);
    return { ok: true, doc, cleaned, meta, warnings: [...doc.warnings, ...warnings] };
  } catch (e) {
    return { ok: false, reason: `could not prepare (${String((e as Error)?.message ?? e).split('\n')[0]})` };
  }
}
