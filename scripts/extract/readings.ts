// The clause readings of an article's sentences, made on first need and kept for the other per-article
// stages (claims read a reporting verb's object, relations read who acts on whom): each sentence is
// tagged at most once, and only the sentences some stage asks about.
import { readClauses, type Reading } from '../language/clause.ts';
import type { CleanedArticle, Mention } from '../lib/types.ts';

/** Sentences longer than this are not read (scraped tables, run-on lists): nothing grammatical to find. */
const MAX_SENTENCE = 1500;

export interface SentenceReadings {
  /** The reading of sentence `n`, or null (no such sentence, too long). */
  get(n: number): Reading | null;
}

export function sentenceReadings(cleaned: CleanedArticle, mentions: Mention[]): SentenceReadings {
  const text = new Map<number, string>();
  for (const s of cleaned?.sentences ?? []) if (s && typeof s.text === 'string') text.set(s.n, s.text);
  const names = new Map<number, { start: number; end: number }[]>();
  for (const m of mentions ?? []) {
    let l = names.get(m.sentence);
    if (!l) names.set(m.sentence, (l = []));
    l.push({ start: m.start, end: m.end });
  }
  for (const l of names.values()) l.sort((a, b) => a.start - b.start);
  const memo = new Map<number, Reading | null>();
  return {
    get(n: number): Reading | null {
      let r = memo.get(n);
      if (r !== undefined) return r;
      const s = text.get(n);
      // an editor's insertion reads as part of the sentence: "condemned the [country's] missile test"
      // (same length, so every offset still points into the sentence)
      r = s && s.length <= MAX_SENTENCE ? readClauses(s.replace(/[[\]]/g, ' '), { names: names.get(n) ?? [] }) : null;
      if (r && s) r.text = s;
      memo.set(n, r);
      return r;
    },
  };
}
