// Which predicted events tell of an annotated event, judged by their sentence and not by their date (so
// the date can then be checked). With an `evidence` span (the project's own annotations): events whose
// sentence contains it. The development set describes each event in its own words (`what`) instead:
// content words are compared (cut to their first five letters, so "arrive"/"arrived" agree;
// parenthesised notes left out): the event is found when some sentence shares at least half of the
// description's words and at least two of them, and every event whose sentence does so tells of it (an
// article often tells one happening twice).

import { normQuote } from './score.ts';

export interface SentenceEvent {
  sentence: string;
  date: string | null;
}

const STOP = new Set(
  `a an the of in on at to for and or by with from as is was were be been being has have had that this these those its
  his her their it he she they them who whom which what after before into over than said says say not no but also
  both about against up out two one three`.split(/\s+/),
);

/** Content-word stems of a description or sentence. */
export function stems(s: string): Set<string> {
  const text = s.replace(/\([^)]*\)/g, ' ').toLowerCase().replace(/[’‘]/g, "'");
  const out = new Set<string>();
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? []) if (w.length > 1 && !STOP.has(w)) out.add(w.slice(0, 5));
  return out;
}

export const MIN_SHARE = 0.5;
export const MIN_WORDS = 2;

/** The candidates that tell of the gold event (empty when none does). */
export function matchEvent<T extends SentenceEvent>(gold: { what: string; evidence: string | null }, cands: T[]): T[] {
  if (gold.evidence) {
    const ev = normQuote(gold.evidence);
    return ev ? cands.filter((c) => normQuote(c.sentence).includes(ev)) : [];
  }
  const want = stems(gold.what);
  if (!want.size) return [];
  const out: T[] = [];
  const cache = new Map<string, boolean>();
  for (const c of cands) {
    let ok = cache.get(c.sentence);
    if (ok === undefined) {
      let shared = 0;
      for (const w of stems(c.sentence)) if (want.has(w)) shared++;
      cache.set(c.sentence, (ok = shared >= MIN_WORDS && shared / want.size >= MIN_SHARE));
    }
    if (ok) out.push(c);
  }
  return out;
}
