// An inverted index kept as two sorted typed arrays: (key, item) pairs ordered by key then item, each pair
// once. The cross-source stages keep theirs in the cache between builds (syndication: shingle -> sources,
// corroboration: word -> claims): typed arrays are saved and loaded as raw bytes, and updated by removing
// the items of the articles that left and merging in those of the articles that came, in linear time.

/** Items per key in the packed sort order (items must be below it). */
const ITEM_SPAN = 2 ** 22;

export class Postings {
  constructor(
    /** Keys, ascending; an item's pairs are contiguous within its key's run. */
    readonly keys: Int32Array = new Int32Array(0),
    readonly items: Int32Array = new Int32Array(0),
  ) {}

  get size(): number {
    return this.keys.length;
  }

  /** First position whose key is >= k. */
  private lowerBound(k: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** [from, to): the positions of `k`'s items in `items` (empty when absent). */
  range(k: number): [number, number] {
    const from = this.lowerBound(k);
    if (from === this.keys.length || this.keys[from] !== k) return [from, from];
    return [from, this.lowerBound(k + 1)];
  }

  /** How many items `k` has. */
  count(k: number): number {
    const [a, b] = this.range(k);
    return b - a;
  }

  /**
   * A new index without the pairs of `removed` items and with the pairs (addedKeys[i], addedItems[i]) in
   * any order (duplicates kept once). Keys must be below 2^30 and items below 2^22. This index is left as
   * it was.
   */
  update(removed: ReadonlySet<number>, addedKeys: ArrayLike<number>, addedItems: ArrayLike<number>): Postings {
    // Pairs packed into one number each, so a native numeric sort orders them by key, then item.
    const packed = new Float64Array(addedKeys.length);
    for (let i = 0; i < packed.length; i++) packed[i] = addedKeys[i] * ITEM_SPAN + addedItems[i];
    packed.sort();
    const keys = new Int32Array(this.keys.length + packed.length);
    const items = new Int32Array(this.keys.length + packed.length);
    let n = 0;
    const push = (k: number, it: number) => {
      if (n > 0 && keys[n - 1] === k && items[n - 1] === it) return;
      keys[n] = k;
      items[n] = it;
      n++;
    };
    let i = 0;
    let j = 0;
    const old = this.keys.length;
    while (i < old || j < packed.length) {
      if (i < old && removed.has(this.items[i])) {
        i++;
        continue;
      }
      if (j >= packed.length || (i < old && this.keys[i] * ITEM_SPAN + this.items[i] <= packed[j])) {
        push(this.keys[i], this.items[i]);
        i++;
      } else {
        const k = Math.floor(packed[j] / ITEM_SPAN);
        push(k, packed[j] - k * ITEM_SPAN);
        j++;
      }
    }
    return new Postings(keys.slice(0, n), items.slice(0, n));
  }

  /** Calls `fn` with each key and its range of items, in key order. */
  forEachRun(fn: (key: number, from: number, to: number) => void): void {
    const k = this.keys;
    for (let a = 0; a < k.length; ) {
      let b = a + 1;
      while (b < k.length && k[b] === k[a]) b++;
      fn(k[a], a, b);
      a = b;
    }
  }

  /** The same index with every item renumbered by `map` (items mapped to -1 are dropped). */
  renumber(map: Int32Array): Postings {
    const keys: number[] = [];
    const items: number[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const to = map[this.items[i]];
      if (to >= 0) {
        keys.push(this.keys[i]);
        items.push(to);
      }
    }
    return new Postings().update(new Set(), keys, items);
  }
}
