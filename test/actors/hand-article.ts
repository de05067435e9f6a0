// A CleanedArticle from hand-written sentences (one paragraph each), and the entities the per-article
// entity stage finds in it.
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import type { CleanedArticle } from '../../scripts/lib/types.ts';

export function article(...sentences: string[]): CleanedArticle {
  return {
    file: 'fixture.txt',
    title: null,
    paragraphs: sentences,
    sentences: sentences.map((text, i) => ({ n: i + 1, text, paragraph: i })),
    captions: [],
    subheadings: [],
    removed: [],
    metaLines: [],
  };
}

export const entities = (...sentences: string[]) => detectEntities(article(...sentences), 'x').entities;
