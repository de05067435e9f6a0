// The digests of what each cross-source stage reads (stage-cache.ts keeps results under them). Each part
// holds exactly the article's data the stage reads; ids, reports and order come from the rows, so a
// stage's digest changes whenever its result could.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { sentenceSpan } from './inputs.ts';
import { bannerDated } from './date-anchors.ts';
import type { StageCache } from './stage-cache.ts';
import type { ArticleExtraction } from '../lib/types.ts';

export interface StageDigests {
  /** resolve: every article's entities and one-word unlinked names. */
  resolve: string;
  /** The actor lookup the later stages read: resolve's inputs and the curation file. */
  lookup: string;
  /** corroborate: the lookup, and every article's claims with the sentences they come from. */
  claims: string;
  /** events and the date check: the lookup, every article's events, file, date and (when undated) text. */
  events: string;
  /** discrepancies: events' and claims' inputs. */
  discrepancies: string;
}

/** The curation file's bytes, as the curation stage reads them ('none' without one). */
function curationDigest(file: string | null): string {
  if (!file) return 'none';
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return 'unreadable'; // missing: no curation (curation.ts), the same on every build while it stays so
  }
}

/** The events part: what eventInputs and the date check read of one article. */
function eventsPart(x: ArticleExtraction): unknown {
  const events = x.events.map((e) => [e, sentenceSpan(x, e.sentence, e.sentence), e.date_sentence ? sentenceSpan(x, e.date_sentence, e.date_sentence) : null]);
  // an article that states no date is read whole for a reference (date-anchors.ts)
  const pieces = x.meta.published ? null : [x.cleaned.sentences.map((s) => s.text), x.cleaned.captions.map((c) => c.text), x.cleaned.removed.filter((r) => r.kind === 'date').map((r) => r.text)];
  return [x.meta.file, x.meta.published, bannerDated(x), events, pieces];
}

export function stageDigests(cache: StageCache, extractions: ArticleExtraction[], reportOf: Map<string, string>, curationFile: string | null): StageDigests {
  const rows = (name: string, make: (x: ArticleExtraction) => unknown) =>
    extractions.map((x) => [x.meta.id, reportOf.get(x.meta.id) ?? '', cache.part(name, x.key, () => make(x))] as const);
  const resolve = cache.digest('resolve', rows('entities', (x) => [x.entities, x.unlinked ?? null]));
  const lookup = cache.digest('lookup', [[resolve, curationDigest(curationFile)]]);
  const claims = cache.digest('claims', [[lookup], ...rows('claims', (x) => x.claims.map((c) => [c, sentenceSpan(x, c.sentence, c.sentence_end)]))]);
  const events = cache.digest('events', [[lookup], ...rows('events', eventsPart)]);
  const discrepancies = cache.digest('discrepancies', [[events, claims]]);
  return { resolve, lookup, claims, events, discrepancies };
}
