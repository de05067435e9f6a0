// Syndication: which sources are copies of one underlying report (a wire story run by several
// outlets, a republished article). Counting a copy as a second witness would fake corroboration, so
// every later stage counts reports, not sources.
//
// Method: each body sentence becomes a set of hashed word 5-shingles. An inverted index from shingle
// to the sources containing it finds candidate pairs (blocking: no all-pairs comparison, and shingles
// found in very many sources — boilerplate — are ignored). A sentence of A is shared with B when at
// least half of its shingles occur in B. Two sources are copies when they share several sentences and
// those cover a large part of the shorter one; copy pairs are joined transitively.

import type { CleanedArticle, SourceMeta } from '../lib/types.ts';
import { fnv1a as fnv } from '../lib/fnv.ts';
import { UnionFind } from '../lib/union-find.ts';

export interface SyndicationInput {
  id: string;
  meta: SourceMeta;
  cleaned: CleanedArticle;
}

export interface CopyGroup {
  report: string;
  sources: string[];
  wire: string | null;
  shared_sentences: number;
}

const SHINGLE = 5;
/** Shared sentences needed before two sources count as one report. */
export const MIN_SHARED = 3;
/** ... and the share of the shorter source's sentences they must cover. */
export const MIN_COVER = 0.4;
/** A sentence is shared when this share of its shingles occurs in the other source. */
export const SENTENCE_MATCH = 0.5;

/** Shingles found in more sources than this (of `n`) are boilerplate: no evidence of copying. */
export function boilerplateCap(n: number): number {
  return Math.max(20, Math.ceil(n * 0.05));
}


const ASCII = /^[\x00-\x7f]*$/;

/** Words of a sentence with quote style, case and diacritics folded, so copies with re-typed punctuation match. */
export function normWords(text: string): string[] {
  // ASCII text (most English news) has nothing to decompose or strip: same words, without the Unicode passes.
  if (ASCII.test(text)) return text.toLowerCase().replace(/['`]/g, '').match(/[a-z0-9]+/g) ?? [];
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’ʼ`]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Hashed shingles of one sentence; a short sentence (3..4 words) is one shingle of itself.
 * Words are hashed once and shingles combine the word hashes, so no shingle strings are built. */
export function sentenceShingles(text: string): number[] {
  const w = normWords(text);
  if (w.length < 3) return [];
  const h = w.map(fnv);
  const k = Math.min(SHINGLE, w.length);
  const out = new Set<number>();
  for (let i = 0; i + k <= h.length; i++) {
    let x = 0x9e3779b9;
    for (let j = i; j < i + k; j++) x = Math.imul(x ^ h[j], 0x85ebca6b) ^ (x >>> 13);
    out.add(x & 0x3fffffff); // 30 bits: small integers (Smis) make the Map index several times faster
  }
  return [...out];
}

export function reportId(sourceId: string): string {
  return `report-${sourceId}`;
}

export function detectSyndication(sources: SyndicationInput[]): {
  reportOf: Map<string, string>;
  copies: CopyGroup[];
} {
  const n = sources.length;
  const sents: number[][][] = sources.map((s) =>
    (s.cleaned?.sentences ?? []).map((x) => (typeof x?.text === 'string' ? sentenceShingles(x.text) : [])).filter((x) => x.length > 0),
  );
  // inverted index: shingle -> sources holding it (each source once). Most shingles occur in one
  // source only, so a posting is a plain number until a second source shows up.
  const index = new Map<number, number | number[]>();
  sents.forEach((ss, i) => {
    for (const sh of ss)
      for (const h of sh) {
        const cur = index.get(h);
        if (cur === undefined) index.set(h, i);
        else if (typeof cur === 'number') {
          if (cur !== i) index.set(h, [cur, i]);
        } else if (cur[cur.length - 1] !== i) cur.push(i);
      }
  });
  // boilerplate shingles (in very many sources) carry no evidence of copying
  const cap = boilerplateCap(n);

  // pairShared i*n+j -> number of i's sentences shared with j (a number key: no string per pair).
  // Counting goes through two reusable typed arrays and "touched" lists instead of a Map per sentence:
  // this loop visits every (shingle, other source) posting, the hottest loop of a warm rebuild.
  const pairShared = new Map<number, number>();
  const hitCount = new Int32Array(n);
  const sentCount = new Int32Array(n);
  const hitTouched: number[] = [];
  const sentTouched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const sh of sents[i]) {
      // Exact shortcut: a sentence with fewer than half its shingles shared with anyone cannot be shared
      // with any one source, so its postings are not walked.
      let sharedShingles = 0;
      for (const h of sh) {
        const post = index.get(h);
        if (typeof post === 'object' && post.length <= cap) sharedShingles++;
      }
      if (sharedShingles / sh.length < SENTENCE_MATCH) continue;
      for (const h of sh) {
        const post = index.get(h);
        if (typeof post !== 'object' || post.length > cap) continue; // only this source, or boilerplate
        for (let p = 0; p < post.length; p++) {
          const j = post[p];
          if (j !== i && hitCount[j]++ === 0) hitTouched.push(j);
        }
      }
      for (const j of hitTouched) {
        if (hitCount[j] / sh.length >= SENTENCE_MATCH && sentCount[j]++ === 0) sentTouched.push(j);
        hitCount[j] = 0;
      }
      hitTouched.length = 0;
    }
    // A pair counts only when each side shares MIN_SHARED sentences with the other, so fewer are never
    // kept (exact; most pairs share a stock phrase or two, and keeping them all filled a huge Map).
    for (const j of sentTouched) {
      if (sentCount[j] >= MIN_SHARED) pairShared.set(i * n + j, sentCount[j]);
      sentCount[j] = 0;
    }
    sentTouched.length = 0;
  }

  // copy pairs joined transitively
  const sets = new UnionFind(n);
  const groupShared = new Map<number, number>();
  const pairs: [number, number, number][] = [];
  for (const [k, c] of pairShared) {
    const i = Math.floor(k / n), j = k - i * n;
    if (i > j) continue;
    const back = pairShared.get(j * n + i) ?? 0;
    const shared = Math.min(c, back);
    const shorter = Math.min(sents[i].length, sents[j].length);
    if (shared >= MIN_SHARED && shared >= MIN_COVER * shorter) pairs.push([i, j, shared]);
  }
  for (const [i, j] of pairs) sets.union(i, j);
  for (const [i, , shared] of pairs) {
    const r = sets.find(i);
    groupShared.set(r, Math.max(groupShared.get(r) ?? 0, shared));
  }

  const groups = [...sets.groups()].map(([root, members]) => ({
    members: members.map((i) => ({ id: sources[i].id, published: typeof sources[i].meta?.published === 'string' && sources[i].meta.published ? sources[i].meta.published : null, wire: sources[i].meta?.wire ?? null })),
    shared: groupShared.get(root) ?? 0,
  }));
  return groupReports(groups);
}

/**
 * Each group of copies is one report, named after its earliest dated member (else its first by id); a
 * group of more than one source is listed among the copies, with the wire most of them name.
 */
export function groupReports(groups: { members: { id: string; published: string | null; wire: string | null }[]; shared: number }[]): {
  reportOf: Map<string, string>;
  copies: CopyGroup[];
} {
  const reportOf = new Map<string, string>();
  const copies: CopyGroup[] = [];
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const { members: ids, shared } of groups) {
    const dated = ids.filter((s) => s.published);
    dated.sort((a, b) => byText(a.published!, b.published!) || byText(a.id, b.id));
    const byId = [...ids].sort((a, b) => byText(a.id, b.id));
    const head = dated[0] ?? byId[0];
    const report = reportId(head.id);
    for (const s of ids) reportOf.set(s.id, report);
    if (ids.length > 1) {
      const wires = ids.map((s) => s.wire).filter((w): w is string => !!w);
      copies.push({ report, sources: byId.map((s) => s.id), wire: mostCommon(wires), shared_sentences: shared });
    }
  }
  copies.sort((a, b) => byText(a.report, b.report));
  return { reportOf, copies };
}

function mostCommon(xs: string[]): string | null {
  const c = new Map<string, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  let best: string | null = null, n = 0;
  for (const [x, k] of c) if (k > n || (k === n && best !== null && x < best)) (best = x), (n = k);
  return best;
}
