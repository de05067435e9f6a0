// The project's own annotations (test/fixtures/annotations, see gold.ts) in the devset shapes, so the
// family scorers of the development set (actors per article, titles, types, publication date, quotes,
// events by date) also run on the bundled and "other" sets. What the own annotations do not record
// (reported speech, relations, the basis of a date) is marked as not covered and printed as "–".

import type { DevArticle, DevSet } from './devset-gold.ts';
import type { GoldArticle } from './score.ts';

export function ownAsDevset(name: string, dir: string, gold: GoldArticle[]): DevSet {
  const articles: DevArticle[] = gold.map((g) => ({
    file: g.file,
    actors: g.actors.map((a) => ({ name: a.id, type: a.type, surface: [...a.forms], boilerplate: false, incidental: false })),
    quotes: g.quotes.map((q) => ({
      speaker: q.speaker ?? q.speaker_label ?? 'unnamed speaker',
      speaker_alt: null,
      unnamed: q.speaker === null,
      text: q.text,
      fragment: false,
    })),
    reported: [],
    // An undated gold event cannot be "found at its date"; the evidence-based table of score.ts covers it.
    events: g.events.flatMap((e) => (e.date === null ? [] : [{ date: e.date, basis: null, inferred: false, what: e.evidence, evidence: e.evidence }])),
    relations: [],
    maybe: [],
    not: [],
    ...(g.published !== undefined ? { published: g.published } : {}),
  }));
  return {
    name,
    dir,
    articlesDir: dir,
    articles,
    acceptable: [],
    covers: { reported: false, relations: false, basis: false, published: gold.some((g) => g.published !== undefined) },
  };
}
