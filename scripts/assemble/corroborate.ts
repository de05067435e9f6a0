// Corroboration: the same claim reported by several sources becomes one cluster, and the cluster is
// graded by how many independent reports carry it (copies of one wire story count once).
//
// Two claims are the same claim when their speakers agree (same actor, or at least one unnamed) and
// their content words overlap after light stemming ("testing the patience" ~ "not to test the
// patience"). Candidates come from an inverted index over content words, ignoring words so common they
// carry no evidence (blocking), so the cost grows with the number of claims, not its square.

import type { ArticleClaim, ClaimRecord } from '../lib/types.ts';
import { reportId } from './syndication.ts';
import { UnionFind } from '../lib/union-find.ts';

export interface ClaimInput {
  sourceId: string;
  claim: ArticleClaim;
  speakerActor: string | null;
  targetActors: string[];
  /** The exact sentence(s) text the claim was taken from. */
  sentenceText: string;
}

const STOP = new Set(
  `a an the and or but if then than so of to in on at by for from with without about against into onto over under up down out off
  as is are was were be been being am do does did done have has had having will would shall should can could may might must
  i me my we us our you your he him his she her it its they them their this that these those there here who whom whose which what
  when where why how not no nor only also too very just now from said say says told tell added add according
  any all some more most other such own same each both few many much one ever even still yet again`.split(/\s+/),
);

/** Light stemmer: enough to equate "testing"/"test", "attacks"/"attack", "warned"/"warn". */
export function stem(w: string): string {
  let s = w;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  // doubled consonant after stripping: "stopped" -> "stopp" -> "stop"
  if (s.length > 4 && /([b-df-hj-np-tv-z])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** Stemmed content words of a claim text. */
export function contentWords(text: string): string[] {
  const words =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’ʼ]s\b/g, '')
      .replace(/['’ʼ]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (const w of words) if (!STOP.has(w) && (w.length > 1 || /\d/.test(w))) out.add(stem(w));
  return [...out];
}

interface Prepared {
  i: number;
  words: string[];
  set: Set<string>;
  key: string;
  /** Sum of idf over `set`, in set order (what similar() used to add up on every comparison). */
  weight: number;
}

/** Same claim? Speakers must not conflict; content must overlap, weighted by rarity (IDF), so that
 * topic words every claim shares ("attack", the country) do not make two claims one. */
function similar(a: ClaimInput, b: ClaimInput, pa: Prepared, pb: Prepared, idf: (w: string) => number): boolean {
  if (pa.key && pa.key === pb.key) return a.speakerActor === b.speakerActor || a.speakerActor === null || b.speakerActor === null;
  const sameSpeaker = a.speakerActor !== null && a.speakerActor === b.speakerActor;
  const unknown = a.speakerActor === null || b.speakerActor === null;
  if (!sameSpeaker && !unknown) return false;
  let common = 0, wCommon = 0;
  const wa = pa.weight, wb = pb.weight;
  for (const w of pa.set) {
    if (pb.set.has(w)) {
      common++;
      wCommon += idf(w);
    }
  }
  const min = Math.min(wa, wb);
  if (!min) return false;
  const cover = wCommon / min;
  // inside one article a repeated claim is rare; a shared word or two is usually just the topic
  if (a.sourceId === b.sourceId) return common >= 3 && cover >= 0.8;
  if (sameSpeaker) return common >= 2 && cover >= 0.5;
  // unnamed on one side: ask for more of the words
  return common >= 3 && cover >= 0.6;
}

export function corroborateClaims(input: ClaimInput[], reportOf: Map<string, string>): ClaimRecord[] {
  return claimRecords(input, clusterClaims(input, reportOf));
}

/** The grades of ClaimClusters.grade, by code. */
const GRADES: ClaimRecord['grade'][] = ['confirmed', 'repeated-by-copies', 'reported-once'];

/**
 * What corroboration works out, per claim (parallel to the input): the index of the first claim of its
 * cluster, the cluster's independent reports and its grade (a code of GRADES). Plain arrays of numbers, so
 * that the stage cache (stage-cache.ts) keeps it small and reads it back fast.
 */
export interface ClaimClusters {
  first: Int32Array;
  independent: Int32Array;
  grade: Uint8Array;
}

/** Whether a kept ClaimClusters fits `n` claims (a damaged or foreign one is recomputed). */
export function fitsClaims(c: ClaimClusters | undefined, n: number): boolean {
  return !!c && c.first instanceof Int32Array && c.independent instanceof Int32Array && c.grade instanceof Uint8Array &&
    c.first.length === n && c.independent.length === n && c.grade.length === n &&
    c.first.every((f) => f >= 0 && f < n) && c.grade.every((g) => g < GRADES.length);
}

/** Ids of the claims: the n-th claim of a source is `<source>-c<n>`. */
function claimIds(input: ClaimInput[]): string[] {
  const ids: string[] = [];
  const perSource = new Map<string, number>();
  for (const x of input) {
    const k = (perSource.get(x.sourceId) ?? 0) + 1;
    perSource.set(x.sourceId, k);
    ids.push(`${x.sourceId}-c${k}`);
  }
  return ids;
}

/** The claim records from the input and its clusters. */
export function claimRecords(input: ClaimInput[], clusters: ClaimClusters): ClaimRecord[] {
  const ids = claimIds(input);
  const out: ClaimRecord[] = [];
  for (let i = 0; i < input.length; i++) {
    const x = input[i];
    const c = x.claim;
    out.push({
      id: ids[i],
      kind: c.kind,
      direct: c.direct,
      speaker: x.speakerActor,
      speaker_label: c.speaker_label,
      targets: [...x.targetActors],
      text: c.text,
      source: x.sourceId,
      sentence: x.sentenceText,
      sentence_n: c.sentence,
      cluster: `cluster-${ids[clusters.first[i]]}`,
      independent_reports: clusters.independent[i],
      grade: GRADES[clusters.grade[i]],
    });
  }
  return out;
}

/** Which claims are one claim (see the top of the file), and how each cluster is graded. */
export function clusterClaims(input: ClaimInput[], reportOf: Map<string, string>): ClaimClusters {
  const n = input.length;
  const prepared: Prepared[] = input.map((x, i) => {
    const words = contentWords(x.claim?.text ?? '');
    return { i, words, set: new Set(words), key: words.slice().sort().join(' '), weight: 0 };
  });

  // blocking: content word -> claims; very common words are skipped
  const index = new Map<string, number[]>();
  for (const p of prepared)
    for (const w of p.set) {
      let l = index.get(w);
      if (!l) index.set(w, (l = []));
      l.push(p.i);
    }
  // Fixed beyond 10,000 claims: a word in more than 200 claims is too common to find the same claim by,
  // and a growing cut-off would make candidate pairs grow with the square of the corpus.
  const cap = Math.min(200, Math.max(50, Math.ceil(n * 0.02)));
  // rarity of a content word among all claims (smoothed inverse document frequency)
  // (cached per word: it is read for every word of every compared pair)
  const idfMemo = new Map<string, number>();
  const idf = (w: string) => {
    let x = idfMemo.get(w);
    if (x === undefined) idfMemo.set(w, (x = Math.max(0.1, Math.log((n + 1) / ((index.get(w)?.length ?? 0) + 0.5)))));
    return x;
  };
  for (const p of prepared) {
    let sum = 0;
    for (const w of p.set) sum += idf(w);
    p.weight = sum;
  }
  const exact = new Map<string, number[]>();
  for (const p of prepared) {
    if (!p.key) continue;
    let l = exact.get(p.key);
    if (!l) exact.set(p.key, (l = []));
    l.push(p.i);
  }

  const sets = new UnionFind(n);

  // Claims with the same (non-empty) content key: similar() decides them by speakers alone — same
  // speaker, or either unknown. The components that rule gives are built here in one pass per key
  // (each claim joins the first claim of its speaker; with any unknown speaker the whole key is one
  // group), instead of comparing every pair: a statement repeated by hundreds of outlets made that
  // quadratic. Union-find components do not depend on the order of unions, so the result is the same.
  for (const list of exact.values()) {
    let firstUnknown = -1;
    const firstOf = new Map<string, number>();
    for (const i of list) {
      const sp = input[i].speakerActor;
      if (sp === null) {
        if (firstUnknown < 0) firstUnknown = i;
        else sets.union(firstUnknown, i);
        continue;
      }
      const f = firstOf.get(sp);
      if (f === undefined) firstOf.set(sp, i);
      else sets.union(f, i);
    }
    if (firstUnknown >= 0) for (const f of firstOf.values()) sets.union(firstUnknown, f);
  }

  // Shared-word counts per earlier claim: a flat array reset through the list of touched entries (a Map
  // per claim was the inner loop's main cost). Posting lists hold claim indices in increasing order.
  const counts = new Int32Array(n);
  const touched: number[] = [];
  for (const p of prepared) {
    touched.length = 0;
    for (const w of p.set) {
      const post = index.get(w)!;
      if (post.length > cap) continue;
      for (const j of post) {
        if (j >= p.i) break;
        if (counts[j]++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      const c = counts[j];
      counts[j] = 0;
      if (p.key && prepared[j].key === p.key) continue; // same key: joined above
      if (c < 2) continue;
      if (similar(input[j], input[p.i], prepared[j], p, idf)) sets.union(j, p.i);
    }
  }

  const members = sets.groups();
  // Counted once per group (not once per member: a claim repeated by hundreds of outlets is one group).
  const groupStats = new Map<number, { independent: number; grade: ClaimRecord['grade'] }>();
  const statsOf = (root: number, group: number[]) => {
    let st = groupStats.get(root);
    if (!st) {
      const reports = new Set(group.map((g) => reportOf.get(input[g].sourceId) ?? reportId(input[g].sourceId)));
      const sources = new Set(group.map((g) => input[g].sourceId));
      const independent = reports.size;
      st = { independent, grade: independent >= 2 ? 'confirmed' : sources.size > 1 ? 'repeated-by-copies' : 'reported-once' };
      groupStats.set(root, st);
    }
    return st;
  };
  const out: ClaimClusters = { first: new Int32Array(n), independent: new Int32Array(n), grade: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const root = sets.find(i);
    const group = members.get(root)!;
    const { independent, grade } = statsOf(root, group);
    out.first[i] = group[0];
    out.independent[i] = independent;
    out.grade[i] = GRADES.indexOf(grade);
  }
  return out;
}
