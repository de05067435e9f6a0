// Geometry the network drawings share: node sizes, rounding and fitting positions into a box. (The
// drawings place their nodes themselves: an actor's neighbourhood radially, the /network/ page on a
// circle; no force layout of the whole network is computed.)
/** Largest value, at least 1 (a loop: spreading 100,000 values into Math.max overflows the stack). */
export function maxOf(values: number[]): number {
  let m = 1;
  for (const v of values) if (v > m) m = v;
  return m;
}
export const round1 = (v: number) => Math.round(v * 10) / 10;

export const nodeRadius = (weight: number, maxWeight: number) => round1(5 + 13 * Math.sqrt(Math.max(0, weight) / Math.max(1, maxWeight)));

/** Scales points uniformly to fill width x height minus a margin; rounded to 1 decimal. */
export function fitBox(points: { x: number; y: number }[], w: number, h: number, margin: number, marginX = margin): { x: number; y: number }[] {
  if (!points.length) return [];
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of points) {
    const x = Number.isFinite(p.x) ? p.x : 0;
    const y = Number.isFinite(p.y) ? p.y : 0;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const m = Math.min(margin, w / 4, h / 4);
  const mx = Math.min(marginX, w / 4);
  const s = Math.min(spanX > 0 ? (w - 2 * mx) / spanX : Infinity, spanY > 0 ? (h - 2 * m) / spanY : Infinity);
  const scale = Number.isFinite(s) ? s : 1;
  const offX = (w - spanX * scale) / 2;
  const offY = (h - spanY * scale) / 2;
  return points.map((p) => ({
    x: round1(offX + ((Number.isFinite(p.x) ? p.x : 0) - minX) * scale),
    y: round1(offY + ((Number.isFinite(p.y) ? p.y : 0) - minY) * scale),
  }));
}
