// Syndication, kept between builds (issue 20): the same result as detectSyndication (syndication.ts) over
// the whole corpus, updated from the articles added, changed or removed. What it keeps, all typed arrays:
//   - each source's sentences as hashed shingles (a slot per source);
//   - the inverted index shingle -> sources (lib/postings.ts);
//   - each source's row of shared-sentence counts with the sources it shares at least MIN_SHARED with.
// A row depends on the source's own sentences and on the postings of its shingles (who else holds them,
// and whether they are rare enough to count: at most `cap` sources, a cap that grows with the corpus).
// So an update recomputes exactly the rows of the sources that hold a shingle whose posting changed and
// counts before or after, plus, when the cap moved, those holding a shingle whose count crossed it. The
// copy pairs, their union and the report of every source are then read off the rows (cheap, linear).
import { Postings } from '../lib/postings.ts';
import { UnionFind } from '../lib/union-find.ts';
import { MIN_COVER, MIN_SHARED, SENTENCE_MATCH, boilerplateCap, groupReports, sentenceShingles, type CopyGroup, type SyndicationInput } from './syndication.ts';

/** A source as the index keeps it: its sentences' shingles, concatenated, and where each sentence starts. */
interface SlotData {
  id: string;
  published: string | null;
  wire: string | null;
  shingles: Int32Array;
  /** Sentence k's shingles are shingles[starts[k] .. starts[k + 1]). */
  starts: Int32Array;
}

/** What is saved in the cache (structured-clone friendly: typed arrays are stored as raw bytes). */
export interface SyndicationState {
  slots: (SlotData | null)[];
  keys: Int32Array;
  items: Int32Array;
  /** Per slot: [j, count, j, count, ...] for the sources sharing at least MIN_SHARED of its sentences. */
  rows: (Int32Array | null)[];
}

export interface SyndicationUpdate {
  reportOf: Map<string, string>;
  copies: CopyGroup[];
  /** Sources whose row was recomputed (for --verbose). */
  recomputed: number;
}

function slotData(s: SyndicationInput): SlotData {
  const sentences = (s.cleaned?.sentences ?? []).map((x) => (typeof x?.text === 'string' ? sentenceShingles(x.text) : [])).filter((x) => x.length > 0);
  const starts = new Int32Array(sentences.length + 1);
  let n = 0;
  sentences.forEach((sh, k) => {
    starts[k] = n;
    n += sh.length;
  });
  starts[sentences.length] = n;
  const shingles = new Int32Array(n);
  let at = 0;
  for (const sh of sentences) for (const h of sh) shingles[at++] = h;
  const published = typeof s.meta?.published === 'string' && s.meta.published ? s.meta.published : null;
  return { id: s.id, published, wire: s.meta?.wire ?? null, shingles, starts };
}

const sentenceCount = (d: SlotData) => d.starts.length - 1;

/** A row ([j, count, ...] sorted by j) with j's count set. */
function insertPair(row: Int32Array | null, j: number, count: number): Int32Array {
  const out: number[] = [];
  let placed = false;
  for (let k = 0; row && k < row.length; k += 2) {
    if (!placed && row[k] >= j) {
      out.push(j, count);
      placed = true;
      if (row[k] === j) continue;
    }
    out.push(row[k], row[k + 1]);
  }
  if (!placed) out.push(j, count);
  return Int32Array.from(out);
}

export class SyndicationIndex {
  private slots: (SlotData | null)[];
  private postings: Postings;
  private rows: (Int32Array | null)[];
  private readonly slotOf = new Map<string, number>();

  constructor(state: SyndicationState | null = null) {
    this.slots = state?.slots ?? [];
    this.postings = state ? new Postings(state.keys, state.items) : new Postings();
    this.rows = state?.rows ?? [];
    this.slots.forEach((d, i) => d && this.slotOf.set(d.id, i));
  }

  state(): SyndicationState {
    return { slots: this.slots, keys: this.postings.keys, items: this.postings.items, rows: this.rows };
  }

  get sources(): number {
    return this.slotOf.size;
  }

  /** Removes the sources `removed` (ids) and adds `added` (a changed source is in both), then reads off the reports. */
  update(removed: Iterable<string>, added: SyndicationInput[]): SyndicationUpdate {
    const capBefore = boilerplateCap(this.slotOf.size);
    const gone = new Set<number>();
    for (const id of removed) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      gone.add(slot);
      this.slotOf.delete(id);
    }
    const fresh: number[] = [];
    for (const s of added) {
      if (this.slotOf.has(s.id)) throw new Error(`syndication index: source ${s.id} added twice`);
      const slot = this.slots.length;
      this.slots.push(slotData(s));
      this.rows.push(null);
      this.slotOf.set(s.id, slot);
      fresh.push(slot);
    }
    const capAfter = boilerplateCap(this.slotOf.size);

    // The shingles whose postings change, and the new postings. A first build (an empty index) recomputes
    // every row anyway: it keeps no set of touched shingles (millions of them at thousands of articles).
    const first = this.postings.size === 0;
    const touched = new Set<number>();
    for (const slot of gone) for (const h of this.slots[slot]!.shingles) touched.add(h);
    const addedKeys: number[] = [];
    const addedItems: number[] = [];
    for (const slot of fresh) {
      for (const h of this.slots[slot]!.shingles) {
        if (!first) touched.add(h);
        addedKeys.push(h);
        addedItems.push(slot);
      }
    }
    const before = this.postings;
    const after = before.update(gone, addedKeys, addedItems);

    // A row depends on its source's sentences and on the postings of its shingles. Rows recomputed whole:
    // the new sources', and those holding a shingle whose counting changed (it crossed the cap, or the cap
    // moved) other than by going from one holder to two or back (which only makes or ends a pair with a
    // source that came or left). Every other row only gains its count with each new source and loses
    // those with the sources that left.
    const whole = new Set<number>(fresh);
    const counts = (n: number, cap: number) => n >= 2 && n <= cap;
    const holders = (p: Postings, from: number, to: number) => {
      for (let k = from; k < to; k++) whole.add(p.items[k]);
    };
    for (const h of touched) {
      const [b0, b1] = before.range(h);
      const [a0, a1] = after.range(h);
      if (counts(b1 - b0, capBefore) !== counts(a1 - a0, capAfter) && Math.max(b1 - b0, a1 - a0) > 2) {
        holders(before, b0, b1);
        holders(after, a0, a1);
      }
    }
    if (capBefore !== capAfter && !first) {
      after.forEachRun((h, from, to) => {
        if (!touched.has(h) && counts(to - from, capBefore) !== counts(to - from, capAfter)) holders(after, from, to);
      });
    }
    for (const slot of gone) {
      whole.delete(slot);
      this.slots[slot] = null;
      this.rows[slot] = null;
    }
    this.postings = after;
    const buffers = { hit: new Int32Array(this.slots.length), sent: new Int32Array(this.slots.length) };
    for (const slot of whole) this.rows[slot] = this.row(slot, capAfter, buffers);
    const paired = this.pairWithNew(fresh, whole, gone, capAfter);
    this.compactIfSparse();
    return { ...this.reports(), recomputed: whole.size + paired };
  }

  /**
   * Rows not recomputed whole: without the sources that left, and with their count for each new source j
   * (how many of their sentences have half their shingles counted and held by j). Returns how many rows
   * gained a count.
   */
  private pairWithNew(fresh: number[], whole: Set<number>, gone: Set<number>, cap: number): number {
    if (gone.size) {
      this.rows.forEach((r, i) => {
        if (!r || whole.has(i)) return;
        const out: number[] = [];
        for (let k = 0; k < r.length; k += 2) if (!gone.has(r[k])) out.push(r[k], r[k + 1]);
        if (out.length !== r.length) this.rows[i] = Int32Array.from(out);
      });
    }
    const gained = new Set<number>();
    if (whole.size >= this.slotOf.size) return 0; // every row was recomputed (a first build)
    for (const j of fresh) {
      // j's shingles that count, and the other sources holding them
      const mine = new Set<number>();
      const others = new Set<number>();
      for (const h of new Set(this.slots[j]!.shingles)) {
        const [a, b] = this.postings.range(h);
        if (b - a < 2 || b - a > cap) continue;
        mine.add(h);
        for (let k = a; k < b; k++) if (!whole.has(this.postings.items[k])) others.add(this.postings.items[k]);
      }
      for (const i of others) {
        const d = this.slots[i]!;
        let shared = 0;
        for (let k = 0; k < sentenceCount(d); k++) {
          let hits = 0;
          for (let x = d.starts[k]; x < d.starts[k + 1]; x++) if (mine.has(d.shingles[x])) hits++;
          if (hits / (d.starts[k + 1] - d.starts[k]) >= SENTENCE_MATCH) shared++;
        }
        if (shared < MIN_SHARED) continue;
        this.rows[i] = insertPair(this.rows[i], j, shared);
        gained.add(i);
      }
    }
    return gained.size;
  }

  /** Slot i's shared-sentence counts with every other source (the inner loop of detectSyndication). */
  private row(i: number, cap: number, buf: { hit: Int32Array; sent: Int32Array }): Int32Array {
    const d = this.slots[i]!;
    const p = this.postings;
    const { hit, sent } = buf;
    const hitTouched: number[] = [];
    const sentTouched: number[] = [];
    const from = new Int32Array(64);
    const to = new Int32Array(64);
    for (let k = 0; k < sentenceCount(d); k++) {
      const s0 = d.starts[k];
      const len = d.starts[k + 1] - s0;
      const lo = len <= 64 ? from : new Int32Array(len);
      const hi = len <= 64 ? to : new Int32Array(len);
      // Exact shortcut (as in detectSyndication): fewer than half the shingles shared with anyone.
      let shared = 0;
      for (let x = 0; x < len; x++) {
        const [a, b] = p.range(d.shingles[s0 + x]);
        lo[x] = a;
        hi[x] = b;
        if (b - a >= 2 && b - a <= cap) shared++;
      }
      if (shared / len < SENTENCE_MATCH) continue;
      for (let x = 0; x < len; x++) {
        if (hi[x] - lo[x] < 2 || hi[x] - lo[x] > cap) continue;
        for (let y = lo[x]; y < hi[x]; y++) {
          const j = p.items[y];
          if (j !== i && hit[j]++ === 0) hitTouched.push(j);
        }
      }
      for (const j of hitTouched) {
        if (hit[j] / len >= SENTENCE_MATCH && sent[j]++ === 0) sentTouched.push(j);
        hit[j] = 0;
      }
      hitTouched.length = 0;
    }
    sentTouched.sort((a, b) => a - b);
    const out: number[] = [];
    for (const j of sentTouched) {
      if (sent[j] >= MIN_SHARED) out.push(j, sent[j]);
      sent[j] = 0;
    }
    return Int32Array.from(out);
  }

  /** The copy pairs read off the rows, joined transitively: every source's report and the copy groups. */
  private reports(): { reportOf: Map<string, string>; copies: CopyGroup[] } {
    const n = this.slots.length;
    const back = (j: number, i: number): number => {
      const r = this.rows[j];
      if (!r) return 0;
      // rows are sorted by source slot
      let lo = 0;
      let hi = r.length / 2;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (r[2 * mid] < i) lo = mid + 1;
        else hi = mid;
      }
      return lo < r.length / 2 && r[2 * lo] === i ? r[2 * lo + 1] : 0;
    };
    const sets = new UnionFind(n);
    const pairs: [number, number, number][] = [];
    this.rows.forEach((r, i) => {
      if (!r) return;
      for (let k = 0; k < r.length; k += 2) {
        const j = r[k];
        if (j <= i) continue;
        const shared = Math.min(r[k + 1], back(j, i));
        const shorter = Math.min(sentenceCount(this.slots[i]!), sentenceCount(this.slots[j]!));
        if (shared >= MIN_SHARED && shared >= MIN_COVER * shorter) pairs.push([i, j, shared]);
      }
    });
    for (const [i, j] of pairs) sets.union(i, j);
    const groupShared = new Map<number, number>();
    for (const [i, , shared] of pairs) {
      const r = sets.find(i);
      groupShared.set(r, Math.max(groupShared.get(r) ?? 0, shared));
    }
    const groups: { members: { id: string; published: string | null; wire: string | null }[]; shared: number }[] = [];
    for (const [root, members] of sets.groups()) {
      const live = members.filter((i) => this.slots[i]);
      if (live.length) groups.push({ members: live.map((i) => this.slots[i]!), shared: groupShared.get(root) ?? 0 });
    }
    return groupReports(groups);
  }

  /** Removed sources leave empty slots; when they are a quarter of all, the slots are renumbered. */
  private compactIfSparse(): void {
    const live = this.slotOf.size;
    if (this.slots.length < 64 || this.slots.length - live < this.slots.length / 4) return;
    const map = new Int32Array(this.slots.length).fill(-1);
    const slots: SlotData[] = [];
    this.slots.forEach((d, i) => {
      if (d) {
        map[i] = slots.length;
        slots.push(d);
      }
    });
    const rows = slots.map((_, k) => k).map(() => null as Int32Array | null);
    this.slots.forEach((d, i) => {
      const r = this.rows[i];
      if (!d || !r) return;
      const out: number[] = [];
      for (let k = 0; k < r.length; k += 2) if (map[r[k]] >= 0) out.push(map[r[k]], r[k + 1]);
      rows[map[i]] = Int32Array.from(out);
    });
    this.postings = this.postings.renumber(map);
    this.slots = slots;
    this.rows = rows;
    this.slotOf.clear();
    slots.forEach((d, i) => this.slotOf.set(d.id, i));
  }
}
