// The downloadable exports, written into the built site after Eleventy: spreadsheets (CSV), a calendar
// (iCalendar), the actor network (GraphML) and the JSON Schema of dossier.json. Analysts load these
// into tools we do not control, so each follows its standard strictly (RFC 4180, RFC 5545, GraphML,
// JSON Schema 2020-12) and is byte-for-byte deterministic: no clock, no random ids, input order kept.
import fs from 'node:fs';
import path from 'node:path';
import { startTsWorker } from '../lib/ts-worker.ts';
import { dossierSchema } from './schema.ts';
import type { ActorRecord, Dossier, EventRecord, Network, NetworkEdge, NetworkNode } from '../lib/types.ts';

export interface ExportMeta {
  /** Date (YYYY-MM-DD) or timestamp the dossier was compiled as of; used for DTSTAMP, never the clock. */
  compiled: string | null;
  /** Public base URL of the site ("https://example.org/dossier"), for absolute links; null when unknown. */
  siteUrl: string | null;
}

/** List fields inside one CSV cell. */
export const LIST_SEPARATOR = '; ';

const arr = <T>(v: T[] | null | undefined): T[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const list = (v: unknown[] | null | undefined): string => arr(v).map(text).join(LIST_SEPARATOR);

/** Fields quoted like csv-stringify with `quoted_match: CSV_QUOTED_MATCH`: on a quote, comma, CR or LF, and
 * on leading/trailing white space (which spreadsheets would otherwise trim). */
export const CSV_QUOTED_MATCH = /^\s|\s$/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(v: string): string {
  if (v === '') return v;
  return NEEDS_QUOTES.test(v) || CSV_QUOTED_MATCH.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * RFC 4180: CRLF after every record, a header row, fields quoted only when needed, quotes doubled.
 * Byte-identical to csv-stringify with `{ record_delimiter: 'windows', quoted_match: [CSV_QUOTED_MATCH, /[\r\n]/] }`
 * (the tests check this). Written out here because csv-stringify takes ~6 µs a field (seconds at corpus
 * scale) and, in 6.9, leaves fields holding a bare line break unquoted unless told to quote them.
 */
function csv(columns: string[], rows: string[][]): string {
  let out = columns.map(csvField).join(',') + '\r\n';
  for (const r of rows) out += r.map(csvField).join(',') + '\r\n';
  return out;
}

export function actorsCsv(dossier: Dossier): string {
  const columns = ['id', 'name', 'type', 'aliases', 'mentions', 'sources', 'roles', 'description', 'url_path'];
  const rows = arr(dossier.actors).map((a) => [
    a.id,
    a.name,
    a.type,
    list(a.aliases),
    arr(a.mentions).reduce((n, m) => n + (Number(m?.count) || 0), 0),
    list(arr(a.mentions).map((m) => m?.source)),
    list(a.roles),
    text(a.description),
    a.url_path,
  ]);
  return csv(columns, rows.map((r) => r.map(text)));
}

export function claimsCsv(dossier: Dossier): string {
  const columns = [
    'id', 'kind', 'direct', 'speaker', 'speaker_label', 'targets', 'text', 'source', 'sentence_n', 'sentence',
    'cluster', 'independent_reports', 'grade',
  ];
  const rows = arr(dossier.claims).map((c) => [
    c.id,
    c.kind,
    c.direct ? 'true' : 'false', // csv-stringify would write booleans as "1" and "".
    c.speaker,
    c.speaker_label,
    list(c.targets),
    c.text,
    c.source,
    c.sentence_n,
    c.sentence,
    c.cluster,
    c.independent_reports,
    c.grade,
  ]);
  return csv(columns, rows.map((r) => r.map(text)));
}

export function eventsCsv(dossier: Dossier): string {
  const columns = ['id', 'date', 'precision', 'type', 'title', 'actors', 'places', 'sources', 'independent_reports', 'url_path'];
  const rows = arr(dossier.events).map((e) => [
    e.id,
    e.date,
    e.precision ?? precisionOf(e.date),
    e.type,
    e.title,
    list(e.actors),
    list(e.places),
    list(e.sources),
    e.independent_reports,
    e.url_path,
  ]);
  return csv(columns, rows.map((r) => r.map(text)));
}

function precisionOf(date: string | null | undefined): string {
  if (typeof date !== 'string') return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'day' : /^\d{4}-\d{2}$/.test(date) ? 'month' : /^\d{4}$/.test(date) ? 'year' : '';
}

// ---------------------------------------------------------------------------------------------------
// iCalendar (RFC 5545)

/** A real calendar day "YYYY-MM-DD" -> [y, m, d]; null for anything else (including 2020-02-30). */
function calendarDay(date: unknown): [number, number, number] | null {
  if (typeof date !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? [y, mo, d] : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const icsDate = (t: Date) => `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;

/** Events the calendar holds: those dated to the day. Month- and year-precision events have no day to put them on. */
export function calendarEvents(dossier: Dossier): EventRecord[] {
  return arr(dossier.events).filter((e) => (e.precision === undefined || e.precision === 'day') && calendarDay(e.date) !== null);
}

/** TEXT value escaping (RFC 5545 3.3.11), after dropping control characters a calendar cannot carry. */
export function icsText(value: unknown): string {
  return text(value)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (line.length <= 25 || (line.length <= 75 && Buffer.byteLength(line, 'utf8') <= 75)) return line;
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const b = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + b > limit) {
      parts.push(line.slice(start, i));
      start = i;
      bytes = 0;
      limit = 74; // continuation lines start with one space
    }
    bytes += b;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** DTSTAMP from the compilation date, else the newest date in the data, never the clock. */
function dtstamp(dossier: Dossier, compiled: string | null): string {
  const m = typeof compiled === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(compiled) : null;
  if (m) return `${m[1]}${m[2]}${m[3]}T${m[4] ?? '00'}${m[5] ?? '00'}${m[6] ?? '00'}Z`;
  let latest = '';
  for (const s of arr(dossier.sources)) if (calendarDay(s.published) && s.published! > latest) latest = s.published!;
  for (const e of arr(dossier.events)) if (calendarDay(e.date) && e.date > latest) latest = e.date;
  return latest ? `${latest.replace(/-/g, '')}T000000Z` : '19700101T000000Z';
}

function absolute(siteUrl: string | null, p: string | null | undefined): string | null {
  if (!siteUrl || !p) return null;
  try {
    return new URL(p.replace(/^\/+/, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
  } catch {
    return null;
  }
}

function uidHost(siteUrl: string | null): string {
  try {
    return siteUrl ? new URL(siteUrl).hostname || 'dossier' : 'dossier';
  } catch {
    return 'dossier';
  }
}

export function eventsIcs(dossier: Dossier, meta: ExportMeta): string {
  const names = new Map(arr(dossier.actors).map((a) => [a.id, a.name]));
  const sources = new Map(arr(dossier.sources).map((s) => [s.id, s]));
  const stamp = dtstamp(dossier, meta.compiled);
  const host = uidHost(meta.siteUrl);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dossier//Dossier events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Dossier events'];
  for (const e of calendarEvents(dossier)) {
    const [y, mo, d] = calendarDay(e.date)!;
    const start = new Date(Date.UTC(y, mo - 1, d));
    const end = new Date(Date.UTC(y, mo - 1, d + 1));
    const who = arr(e.actors).map((id) => names.get(id) ?? id);
    const from = arr(e.sources).map((id) => {
      const s = sources.get(id);
      return s ? [s.outlet, s.title].filter(Boolean).join(': ') || s.file || id : id;
    });
    const description = [
      `${text(e.type)} event, ${e.independent_reports} independent report${e.independent_reports === 1 ? '' : 's'}.`,
      who.length ? `Actors: ${who.join(', ')}.` : '',
      from.length ? `Sources: ${from.join(' | ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n');
    const url = absolute(meta.siteUrl, e.url_path);
    const places = arr(e.places).map((id) => names.get(id) ?? id);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(e.id)}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(start)}`,
      `DTEND;VALUE=DATE:${icsDate(end)}`,
      `SUMMARY:${icsText(e.title || e.type)}`,
      `DESCRIPTION:${icsText(description)}`,
      `CATEGORIES:${icsText(e.type)}`,
      'TRANSP:TRANSPARENT',
    );
    if (places.length) lines.push(`LOCATION:${icsText(places.join(', '))}`);
    if (url) lines.push(`URL:${url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------------
// GraphML

/** Escapes XML text/attribute content and drops characters XML 1.0 cannot hold (controls, lone surrogates). */
export function xmlEscape(value: unknown): string {
  return text(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** When no network was computed: actors as nodes, linked when they take part in the same event. */
export function fallbackNetwork(dossier: Dossier): Network {
  const actors = arr(dossier.actors);
  const nodes: NetworkNode[] = actors.map((a: ActorRecord) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    url_path: a.url_path,
    weight: arr(a.mentions).reduce((n, m) => n + (Number(m?.count) || 0), 0),
    x: 0,
    y: 0,
  }));
  const known = new Set(nodes.map((n) => n.id));
  const edges = new Map<string, NetworkEdge>();
  for (const e of arr(dossier.events)) {
    const ids = [...new Set([...arr(e.actors), ...arr(e.places)])].filter((id) => known.has(id)).sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const id = `${ids[i]}--${ids[j]}`;
        let edge = edges.get(id);
        if (!edge) {
          edge = { id, source: ids[i], target: ids[j], weight: 0, directed: false, relations: [{ type: 'same-event', count: 0, evidence: [] }] };
          edges.set(id, edge);
        }
        edge.weight += 1;
        edge.relations[0].count += 1;
      }
  }
  return { nodes, edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

export function networkGraphml(network: Network, meta: Pick<ExportMeta, 'siteUrl'>): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="url" for="node" attr.name="url" attr.type="string"/>',
    '  <key id="mentions" for="node" attr.name="mentions" attr.type="double"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="relations" for="edge" attr.name="relations" attr.type="string"/>',
    '  <graph id="actors" edgedefault="undirected">',
  ];
  const nodes = arr(network?.nodes);
  const known = new Set(nodes.map((n) => n.id));
  const num = (v: unknown) => (Number.isFinite(Number(v)) ? String(Number(v)) : '0');
  for (const n of nodes) {
    const url = absolute(meta.siteUrl, n.url_path) ?? n.url_path ?? '';
    out.push(
      `    <node id="${xmlEscape(n.id)}">`,
      `      <data key="name">${xmlEscape(n.name)}</data>`,
      `      <data key="type">${xmlEscape(n.type)}</data>`,
      `      <data key="url">${xmlEscape(url)}</data>`,
      `      <data key="mentions">${num(n.weight)}</data>`,
      '    </node>',
    );
  }
  let k = 0;
  for (const e of arr(network?.edges)) {
    k++;
    // GraphML requires both ends to be declared nodes; an edge to an unknown node would make the file invalid.
    if (!known.has(e.source) || !known.has(e.target)) continue;
    const relations = arr(e.relations).map((r) => `${r.type}:${r.count}`).join(LIST_SEPARATOR);
    out.push(
      `    <edge id="${xmlEscape(e.id || `e${k}`)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" directed="${e.directed ? 'true' : 'false'}">`,
      `      <data key="weight">${num(e.weight)}</data>`,
      `      <data key="relations">${xmlEscape(relations)}</data>`,
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------

/** Every export file name -> its bytes, in a fixed order. */
export function renderExports(dossier: Dossier, network: Network | null, meta: ExportMeta): Map<string, string> {
  return new Map([
    ['actors.csv', actorsCsv(dossier)],
    ['claims.csv', claimsCsv(dossier)],
    ['events.csv', eventsCsv(dossier)],
    ['events.ics', eventsIcs(dossier, meta)],
    ['network.graphml', networkGraphml(network ?? fallbackNetwork(dossier), meta)],
    ['dossier.schema.json', JSON.stringify(dossierSchema(meta.siteUrl), null, 2) + '\n'],
  ]);
}

/** Writes the exports into `<outDir>/data/`; returns the paths written (relative to outDir, "/"-separated). */
/** data/dossier.json: stable JSON, keys in the order the records were built (fixed by the code), arrays pre-sorted. */
export function dossierJsonText(dossier: Dossier): string {
  return JSON.stringify(dossier, null, 2) + '\n';
}

/** Every file under data/: dossier.json and the exports. */
export function writeDataFiles(dossier: Dossier, network: Network | null, outDir: string, meta: ExportMeta): void {
  fs.mkdirSync(path.join(outDir, 'data'), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'data', 'dossier.json'), dossierJsonText(dossier));
  writeExports(dossier, network, outDir, meta);
}

/**
 * writeDataFiles in a worker thread (exports-worker.ts), started before the render: serialising and
 * writing ~50 MB of JSON and the exports at 4,000 articles takes ~1.5 s that the main thread would
 * otherwise spend after Eleventy. Resolves when every file is written; rejects with the worker's error.
 */
export function writeDataFilesInBackground(dossier: Dossier, network: Network | null, outDir: string, meta: ExportMeta): Promise<void> {
  const worker = startTsWorker(new URL('./exports-worker.ts', import.meta.url), { dossier, network, outDir, meta });
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: { ok: true } | { ok: false; message: string }) => {
      settled = true;
      if (m.ok) resolve();
      else reject(new Error(`data files: ${m.message}`));
    });
    worker.on('error', (e: Error) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`data files: worker exited with code ${code}`));
    });
  });
}

export function writeExports(dossier: Dossier, network: Network | null, outDir: string, meta: ExportMeta): { files: string[] } {
  const dir = path.join(outDir, 'data');
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [name, body] of renderExports(dossier, network, meta)) {
    fs.writeFileSync(path.join(dir, name), body);
    files.push(`data/${name}`);
  }
  return { files };
}
