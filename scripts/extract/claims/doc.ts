// The article as one string: sentences joined (paragraphs by a blank line) with their mentions at
// offsets into it, so every claim rule is a linear scan over one text.
import type { CleanedArticle, LocalEntity, Mention } from '../../lib/types.ts';

export interface Seg {
  n: number;
  para: number;
  start: number;
  end: number;
}

export interface Doc {
  text: string;
  /** Same length as text; quoted spans (marks included) blanked, so verb/name scans skip them. */
  masked: string;
  segs: Seg[];
  paraStart: Map<number, number>;
  paraEnd: Map<number, number>;
  /** Mentions with offsets into `text`, sorted by start. */
  mentions: (Mention & { gs: number; ge: number })[];
  entities: Map<string, LocalEntity>;
}

export function buildDoc(cleaned: CleanedArticle, entities: LocalEntity[], mentions: Mention[]): Doc {
  let text = '';
  const segs: Seg[] = [];
  const paraStart = new Map<number, number>();
  const paraEnd = new Map<number, number>();
  const bySentence = new Map<number, Seg>();
  let prevPara = -1;
  for (const s of cleaned.sentences ?? []) {
    if (!s || typeof s.text !== 'string') continue;
    if (segs.length) text += s.paragraph === prevPara ? ' ' : '\n\n';
    const start = text.length;
    text += s.text;
    const seg = { n: s.n, para: s.paragraph, start, end: text.length };
    segs.push(seg);
    bySentence.set(s.n, seg);
    if (!paraStart.has(s.paragraph)) paraStart.set(s.paragraph, start);
    paraEnd.set(s.paragraph, text.length);
    prevPara = s.paragraph;
  }
  const ms: Doc['mentions'] = [];
  for (const m of mentions ?? []) {
    const seg = bySentence.get(m.sentence);
    if (!seg || m.start < 0 || m.end > seg.end - seg.start || m.end <= m.start) continue;
    ms.push({ sentence: m.sentence, start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, gs: seg.start + m.start, ge: seg.start + m.end });
  }
  ms.sort((a, b) => a.gs - b.gs || b.ge - a.ge);
  return { text, masked: text, segs, paraStart, paraEnd, mentions: ms, entities: new Map((entities ?? []).map((e) => [e.key, e])) };
}

export function segAt(doc: Doc, i: number): Seg {
  const segs = doc.segs;
  let lo = 0, hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= i) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo];
}

/** First index in a list sorted by `pos` whose pos >= x. */
export function lowerBound<T>(arr: T[], x: number, pos: (t: T) => number): number {
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(arr[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions whose start lies in [a, b). */
export function mentionsIn(doc: Doc, a: number, b: number): Doc['mentions'] {
  const ms = doc.mentions;
  let lo = 0, hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].gs < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Doc['mentions'] = [];
  for (let k = lo; k < ms.length && ms[k].gs < b; k++) out.push(ms[k]);
  return out;
}

export function entityType(doc: Doc, key: string | null): string {
  if (!key) return 'unnamed';
  return doc.entities.get(key)?.type ?? 'unnamed';
}

/** True when a mention fills most of the phrase (the phrase is just a name). */
export function nameOnly(doc: Doc, s: number, e: number): boolean {
  const letters = (x: string) => x.replace(/[^\p{L}]/gu, '').length;
  // "the U.S.": the article is no word of the phrase's own
  const total = letters(doc.masked.slice(s, e).replace(/^\s*the\s+/i, ''));
  if (!total) return false;
  const ms = mentionsIn(doc, s, e);
  const covered = ms.reduce((n, m) => n + letters(doc.text.slice(m.gs, Math.min(m.ge, e))), 0);
  return covered / total >= 0.6;
}
