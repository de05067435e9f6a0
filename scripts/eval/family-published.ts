// Publication dates: over the articles whose text states one (articles.yml `published`, or `published` of
// an own annotation), found (the source has a date) and right (the same day). Articles that state none
// but get a date are listed apart: a date the text does not state came from somewhere else.

import type { DevSet } from './devset-gold.ts';
import type { DossierView } from './dossier-view.ts';
import { ratio, type Ratio } from './score.ts';

export interface PublishedFamily {
  found: Ratio;
  right: Ratio;
  wrong: { file: string; gold: string; predicted: string | null }[];
  /** States no date, yet the source has one. */
  invented: { file: string; predicted: string }[];
}

export function scorePublishedFamily(d: DossierView, g: DevSet): PublishedFamily {
  const src = new Map(d.sources.map((s) => [s.file, s]));
  let n = 0, found = 0, right = 0;
  const wrong: PublishedFamily['wrong'] = [], invented: PublishedFamily['invented'] = [];
  for (const art of g.articles) {
    if (art.published === undefined) continue;
    const got = src.get(art.file)?.published ?? null;
    if (art.published === null) {
      if (got) invented.push({ file: art.file, predicted: got });
      continue;
    }
    n++;
    if (got) found++;
    if (got === art.published) right++;
    else wrong.push({ file: art.file, gold: art.published, predicted: got });
  }
  return { found: ratio(found, n), right: ratio(right, n), wrong, invented };
}

export function publishedLines(f: PublishedFamily): string[] {
  return [
    ...f.wrong.map((w) => `${w.file.slice(0, 2)} publication date ${w.gold}: ${w.predicted === null ? 'not found' : `got ${w.predicted}`}`),
    ...f.invented.map((w) => `${w.file.slice(0, 2)} states no publication date, got ${w.predicted}`),
  ];
}
