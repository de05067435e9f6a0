// Union-find (disjoint sets) over 0..n-1, written once for every stage that groups items joined in pairs:
// copies of one report (syndication), one claim across sources (corroborate), one actor (resolve).
// Near-linear: path halving on every find.

export class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  /** The root of x's set. */
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) x = p[x] = p[p[x]];
    return x;
  }

  /**
   * Joins the sets of a and b; the smaller root stays the root, so which root a set ends with does not
   * depend on the order of the unions. False when they were one set already.
   */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }

  /**
   * Joins b's set into a's: the root of a's set stays the root (find(a) after the call). Returns the
   * root b's set had, so a caller can move what it keeps per root; -1 when they were one set already.
   */
  merge(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return -1;
    this.parent[rb] = ra;
    return rb;
  }

  /** Root -> members of its set in increasing order; sets in the order of their smallest member. */
  groups(): Map<number, number[]> {
    const out = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      let members = out.get(r);
      if (!members) out.set(r, (members = []));
      members.push(i);
    }
    return out;
  }
}
