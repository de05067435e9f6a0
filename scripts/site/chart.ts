// Events per month by type as a stacked bar chart, drawn as a static SVG at build time.
// Why static: the summary must read without JavaScript, print in black and white (every type gets a
// distinct fill PATTERN, not only a colour) and stay byte-stable for the same data (no clock, no random).
import type { EventRecord } from '../lib/types.ts';
import { fnv1a } from '../lib/fnv.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lib/months.ts';
import { ACTIVITIES, ACTIVITY_LABEL, activityOf } from './activity.ts';

export interface ChartRow {
  /** "YYYY-MM" (or "YYYY" when a long period is binned by year). */
  month: string;
  counts: Record<string, number>;
}

export interface EventsChart {
  svg: string;
  alt: string;
  table: ChartRow[];
  /** The kinds of activity stacked (activity.ts), in stacking order; `labels` names them. */
  types: string[];
  labels: Record<string, string>;
}
/** More months than this and the bars are binned by year (a decade of monthly bars is unreadable). */
const MAX_MONTH_BARS = 48;

/** SVG/HTML text escaping: event types come from data and must never become markup. */
export function esc(s: string): string {
  const text = String(s);
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** "2020-10" -> "Oct 2020"; "2020" -> "2020". */
export function binLabel(bin: string, long = false): string {
  const m = /^(\d{4})-(\d{2})$/.exec(bin);
  if (!m) return bin;
  const names = long ? MONTH_NAMES : MONTH_ABBREVIATIONS;
  return `${names[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Stable short hash (FNV-1a) used to give each chart unique pattern/title ids on a page. */
export function hashId(text: string): string {
  return fnv1a(text).toString(36);
}

function nextMonth(ym: string): string {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${ym.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

// Fill patterns: each is readable in greyscale on its own (solid, hatching, dots, cross-hatch ...).
// The colours are only a second cue; all are dark enough against white to pass 3:1 non-text contrast.
const PATTERNS: { color: string; body: (c: string) => string; name: string }[] = [
  { name: 'solid', color: '#1f3a5f', body: (c) => `<rect width="8" height="8" fill="${c}"/>` },
  { name: 'diagonal hatching', color: '#8a3b12', body: (c) => `<rect width="8" height="8" fill="#fff"/><path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="${c}" stroke-width="2"/>` },
  { name: 'dots', color: '#2d6a2e', body: (c) => `<rect width="8" height="8" fill="#fff"/><circle cx="2" cy="2" r="1.6" fill="${c}"/><circle cx="6" cy="6" r="1.6" fill="${c}"/>` },
  { name: 'cross-hatching', color: '#5b2a86', body: (c) => `<rect width="8" height="8" fill="#fff"/><path d="M0,0 l8,8 M8,0 l-8,8" stroke="${c}" stroke-width="1.4"/>` },
  { name: 'horizontal lines', color: '#7a5c00', body: (c) => `<rect width="8" height="8" fill="#fff"/><path d="M0,2 h8 M0,6 h8" stroke="${c}" stroke-width="1.6"/>` },
  { name: 'vertical lines', color: '#9c1c3a', body: (c) => `<rect width="8" height="8" fill="#fff"/><path d="M2,0 v8 M6,0 v8" stroke="${c}" stroke-width="1.6"/>` },
  { name: 'grid', color: '#005f73', body: (c) => `<rect width="8" height="8" fill="#fff"/><path d="M0,4 h8 M4,0 v8" stroke="${c}" stroke-width="1.2"/>` },
  { name: 'light grey', color: '#6b6b6b', body: (c) => `<rect width="8" height="8" fill="#d9d9d9"/><circle cx="4" cy="4" r="0.9" fill="${c}"/>` },
];

/** A friendly y-axis step: 1, 2, 5, 10, 20, 50 ... so that about 4–6 gridlines are drawn. */
function niceStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/**
 * Counts events per month (or per year for long periods) and kind of activity (a killing is an attack, a
 * release goes with the arrests: activity.ts), and draws them as stacked bars, violence at the bottom.
 * Events dated only to a year are left out of a monthly chart (their month is unknown) and said so in `alt`.
 */
export function eventsPerMonthChart(events: EventRecord[]): EventsChart {
  const empty: EventsChart = { svg: '', alt: 'No dated events to chart.', table: [], types: [], labels: {} };
  const list = (Array.isArray(events) ? events : []).filter((e) => e && typeof e.date === 'string' && /^\d{4}/.test(e.date));
  const dated = list.filter((e) => /^\d{4}-\d{2}/.test(e.date));
  const yearOnly = list.length - dated.length;
  if (!dated.length) return empty;

  const typeOf = (e: EventRecord) => activityOf(typeof e.type === 'string' ? e.type : 'other');
  const present = new Set(dated.map(typeOf));
  const types: string[] = ACTIVITIES.filter((a) => present.has(a));
  const labels = Object.fromEntries(types.map((t) => [t, ACTIVITY_LABEL[t] ?? t]));
  const typeLabel = (t: string) => labels[t] ?? t;

  const months = dated.map((e) => e.date.slice(0, 7)).sort();
  const first = months[0];
  const last = months[months.length - 1];
  const span = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  const byYear = span > MAX_MONTH_BARS;
  const bins: string[] = [];
  if (byYear) {
    for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) bins.push(String(y).padStart(4, '0'));
  } else {
    for (let m = first; bins.length < span; m = nextMonth(m)) bins.push(m);
  }
  const index = new Map(bins.map((b, i) => [b, i]));
  const table: ChartRow[] = bins.map((b) => ({ month: b, counts: Object.fromEntries(types.map((t) => [t, 0])) }));
  for (const e of dated) {
    const row = table[index.get(byYear ? e.date.slice(0, 4) : e.date.slice(0, 7)) ?? -1];
    if (row) row.counts[typeOf(e)] = (row.counts[typeOf(e)] ?? 0) + 1;
  }
  const totals = table.map((r) => types.reduce((n, t) => n + (r.counts[t] ?? 0), 0));
  const max = Math.max(1, ...totals);

  // Geometry.
  const uid = `ch-${hashId(JSON.stringify(table))}`;
  const legendRowH = 20;
  const marginL = 40;
  const marginR = 12;
  const marginT = 12;
  const plotH = 200;
  const barSlot = Math.max(14, Math.min(48, Math.floor(640 / bins.length)));
  const plotW = barSlot * bins.length;
  const width = Math.max(360, marginL + plotW + marginR);
  // Legend columns as wide as the longest label needs (about 7 units a character at 12px).
  const legendW = 28 + 7 * Math.max(...types.map((t) => `${typeLabel(t)} (000)`.length));
  const legendCols = Math.max(1, Math.floor((width - marginL) / legendW));
  const legendRows = Math.ceil(types.length / legendCols);
  const axisH = 40;
  const height = marginT + plotH + axisH + legendRows * legendRowH + 8;
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const y = (v: number) => marginT + plotH - (v / top) * plotH;
  // Every month is labelled: its three letters when the bars leave room, else its initial. Years are
  // labelled as often as they fit.
  const labelEvery = byYear ? Math.max(1, Math.ceil(bins.length / Math.floor(plotW / 36))) : 1;
  const monthLabel = (ym: string) => {
    const name = MONTH_ABBREVIATIONS[Number(ym.slice(5, 7)) - 1] ?? ym.slice(5, 7);
    return barSlot >= 26 ? name : name.charAt(0);
  };

  const patId = (i: number) => `${uid}-p${i}`;
  const defs = types
    .map((_, i) => {
      const p = PATTERNS[i % PATTERNS.length];
      return `<pattern id="${patId(i)}" width="8" height="8" patternUnits="userSpaceOnUse">${p.body(p.color)}</pattern>`;
    })
    .join('');

  const parts: string[] = [];
  // Gridlines and y labels.
  for (let v = 0; v <= top; v += step) {
    const yy = y(v).toFixed(1);
    parts.push(`<line x1="${marginL}" x2="${marginL + plotW}" y1="${yy}" y2="${yy}" stroke="#c8c8c8" stroke-width="1"/>`);
    parts.push(`<text x="${marginL - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#1b1b1b">${v}</text>`);
  }
  // Bars: one stack per bin, each segment with its own <title> giving the exact figure.
  table.forEach((row, i) => {
    const x = marginL + i * barSlot + barSlot * 0.15;
    const w = barSlot * 0.7;
    let acc = 0;
    types.forEach((t, ti) => {
      const n = row.counts[t] ?? 0;
      if (!n) return;
      const y0 = y(acc + n);
      const h = y(acc) - y0;
      acc += n;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="url(#${patId(ti)})" stroke="#1b1b1b" stroke-width="0.8"><title>${esc(
          `${binLabel(row.month, true)}: ${n} ${typeLabel(t)}`,
        )}</title></rect>`,
      );
    });
    if (i % labelEvery === 0) {
      parts.push(
        `<text x="${(marginL + i * barSlot + barSlot / 2).toFixed(1)}" y="${marginT + plotH + 16}" text-anchor="middle" font-size="11" fill="#1b1b1b">${esc(
          byYear ? row.month : monthLabel(row.month),
        )}</text>`,
      );
      if (!byYear && (i === 0 || row.month.endsWith('-01'))) {
        parts.push(`<text x="${(marginL + i * barSlot + barSlot / 2).toFixed(1)}" y="${marginT + plotH + 30}" text-anchor="middle" font-size="11" fill="#1b1b1b">${esc(row.month.slice(0, 4))}</text>`);
      }
    }
  });
  parts.push(`<line x1="${marginL}" x2="${marginL + plotW}" y1="${marginT + plotH}" y2="${marginT + plotH}" stroke="#1b1b1b" stroke-width="1.2"/>`);
  // Legend: a swatch with the same pattern, and the type name.
  const legendTop = marginT + plotH + axisH;
  types.forEach((t, i) => {
    const lx = marginL + (i % legendCols) * legendW;
    const ly = legendTop + Math.floor(i / legendCols) * legendRowH;
    parts.push(
      `<g class="legend-item"><rect x="${lx}" y="${ly}" width="14" height="14" fill="url(#${patId(i)})" stroke="#1b1b1b" stroke-width="0.8"/><text x="${lx + 20}" y="${ly + 11}" font-size="12" fill="#1b1b1b">${esc(
        `${typeLabel(t)} (${table.reduce((n, r) => n + (r.counts[t] ?? 0), 0)})`,
      )}</text></g>`,
    );
  });

  // Text alternative: the gist in one paragraph (the full table is rendered next to the chart).
  const busiest = totals.indexOf(max);
  const unit = byYear ? 'year' : 'month';
  const typeSummary = types.map((t) => `${typeLabel(t)} ${table.reduce((n, r) => n + (r.counts[t] ?? 0), 0)}`).join(', ');
  const alt =
    `Stacked bar chart of ${dated.length} event${dated.length === 1 ? '' : 's'} dated to the month or day, per ${unit} by kind, ` +
    `${binLabel(bins[0], true)} to ${binLabel(bins[bins.length - 1], true)}. ` +
    `Busiest ${unit}: ${binLabel(bins[busiest], true)} with ${max}. By kind: ${typeSummary}.` +
    (yearOnly > 0 ? ` ${yearOnly} event${yearOnly === 1 ? '' : 's'} dated only to the year ${yearOnly === 1 ? 'is' : 'are'} not shown (${yearOnly === 1 ? 'its' : 'their'} month is not known).` : '');
  const title = `Events per ${unit} by kind`;

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${uid}-t ${uid}-d">` +
    `<title id="${uid}-t">${esc(title)}</title><desc id="${uid}-d">${esc(alt)}</desc>` +
    `<defs>${defs}</defs><rect width="${width}" height="${height}" fill="#fff"/>${parts.join('')}</svg>`;
  return { svg, alt, table, types, labels };
}
