// The comparison key of ../shared/tools/score-devset.py (its `norm`), reproduced exactly so the figures
// of `npm run eval` on a development set agree with the independent check: NFKC, curly quotes and
// apostrophes made straight, whitespace runs collapsed, trimmed, lower case.

/** score-devset.py `norm(s)`. */
export function devNorm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The first `n` characters (code points, as Python slices) of devNorm(s). */
export function devNormStart(s: string, n = 30): string {
  return Array.from(devNorm(s)).slice(0, n).join('');
}

/** devNorm over a name and its aliases, as a set. */
export function devNames(a: { name?: string; aliases?: string[] } | undefined): Set<string> {
  if (!a) return new Set();
  return new Set([a.name ?? '', ...(a.aliases ?? [])].map(devNorm));
}

export function intersects<T>(a: Set<T>, b: Set<T>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) return true;
  return false;
}

/** Python's repr() of a str (how score-devset.py prints names in its miss lines). */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(q === "'" ? /'/g : /"/g, `\\${q}`).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return q + body + q;
}

/** Python's repr() of a list of str. */
export const pyList = (xs: string[]) => `[${xs.map(pyRepr).join(', ')}]`;
