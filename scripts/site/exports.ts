// The downloadable exports, written into the built site beside dossier.json: spreadsheets (CSV), a
// calendar (iCalendar), the actor network (GraphML) and the JSON Schema of dossier.json. Analysts load
// these into tools we do not control, so each is written by a kept library for its format (csv-stringify,
// ical-generator, graphology + fast-xml-parser's XML builder) and is byte-for-byte deterministic: no
// clock, no random ids, input order kept.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { MultiDirectedGraph } from 'graphology';
import { XMLBuilder } from 'fast-xml-parser';
import { dossierSchema } from './schema.ts';
import { absoluteUrl, publicRoot, withBasePath } from './addresses.ts';
import type { ActorRecord, ClaimRecord, Dossier, EventRecord, Network, NetworkEdge, NetworkNode } from '../lib/types.ts';

export interface ExportMeta {
  /** Date (YYYY-MM-DD) or timestamp the dossier was compiled as of; used for DTSTAMP, never the clock. */
  compiled: string | null;
  /** Public base URL of the site ("https://example.org/dossier"), for absolute links; null when unknown. */
  siteUrl: string | null;
  /** The path the site is served under ("/" by default), for links when the public URL is unknown. */
  basePath?: string;
}

/** List fields inside one CSV cell. */
export const LIST_SEPARATOR = '; ';

const arr = <T>(v: T[] | null | undefined): T[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const list = (v: unknown[] | null | undefined): string => arr(v).map(text).join(LIST_SEPARATOR);

// ---------------------------------------------------------------------------------------------------
// CSV (RFC 4180)

/** Fields quoted on leading/trailing white space (which spreadsheets would otherwise trim), besides the quotes,
 * commas and line breaks csv-stringify quotes anyway. csv-stringify 6.9 leaves a field holding a bare line
 * break unquoted unless told to quote it, hence the line breaks. One pattern: the library tests each of its
 * patterns on every field. */
const CSV_QUOTED_MATCH = /^\s|\s$|[\r\n]/;

/** A cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ and tab or CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as spreadsheet software expects an inert one: a leading apostrophe, which it shows as text. */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** csv-stringify's options for every file; the header row is asked for apart (csvHeader). */
const CSV_OPTIONS = { record_delimiter: 'windows', quoted_match: CSV_QUOTED_MATCH } as const;

/** A row's cells as text, guarded (what the library's string cast would do, without the context object it makes for each field). */
const cells = (row: unknown[]): string[] => row.map((cell) => guardFormula(text(cell)));

/**
 * RFC 4180: CRLF after every record, a header row, fields quoted when needed, quotes doubled. Every cell is
 * text, guarded before it is handed over. The text is the header's and then each row's (csvHeader, csvRow):
 * the library quotes each field by itself.
 */
function csv(columns: readonly string[], rows: unknown[][]): string {
  return stringify(rows.map(cells), { header: true, columns: [...columns], ...CSV_OPTIONS });
}

/** The header row of a CSV file (what csv() starts with). */
export function csvHeader(columns: readonly string[]): string {
  return stringify([], { header: true, columns: [...columns], ...CSV_OPTIONS });
}

/** One row of a CSV file, as csv() writes it after the header. */
export function csvRow(row: unknown[]): string {
  return stringify([cells(row)], CSV_OPTIONS);
}

export const ACTOR_COLUMNS = ['id', 'name', 'type', 'aliases', 'mentions', 'sources', 'roles', 'description', 'url_path'] as const;

/** An actor's row of actors.csv: made from its record alone. */
export function actorRow(a: ActorRecord): unknown[] {
  return [
    a.id,
    a.name,
    a.type,
    list(a.aliases),
    arr(a.mentions).reduce((n, m) => n + (Number(m?.count) || 0), 0),
    list(arr(a.mentions).map((m) => m?.source)),
    list(a.roles),
    text(a.description),
    a.url_path,
  ];
}

export function actorsCsv(dossier: Dossier): string {
  return csv(ACTOR_COLUMNS, arr(dossier.actors).map(actorRow));
}

export const CLAIM_COLUMNS = [
  'id', 'kind', 'direct', 'speaker', 'speaker_label', 'targets', 'text', 'source', 'sentence_n', 'sentence',
  'cluster', 'independent_reports', 'grade',
] as const;

/** A claim's row of claims.csv: made from its record alone. */
export function claimRow(c: ClaimRecord): unknown[] {
  return [
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
  ];
}

export function claimsCsv(dossier: Dossier): string {
  return csv(CLAIM_COLUMNS, arr(dossier.claims).map(claimRow));
}

export const EVENT_COLUMNS = ['id', 'date', 'precision', 'type', 'title', 'actors', 'places', 'sources', 'independent_reports', 'url_path'] as const;

/** An event's row of events.csv: made from its record alone. */
export function eventRow(e: EventRecord): unknown[] {
  return [e.id, e.date, e.precision ?? precisionOf(e.date), e.type, e.title, list(e.actors), list(e.places), list(e.sources), e.independent_reports, e.url_path];
}

export function eventsCsv(dossier: Dossier): string {
  return csv(EVENT_COLUMNS, arr(dossier.events).map(eventRow));
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

/** Events the calendar holds: those dated to the day. Month- and year-precision events have no day to put them on. */
export function calendarEvents(dossier: Dossier): EventRecord[] {
  return arr(dossier.events).filter((e) => (e.precision === undefined || e.precision === 'day') && calendarDay(e.date) !== null);
}

/** Text a calendar can carry: control characters other than line breaks dropped (RFC 5545 3.3.11). */
function calendarText(value: unknown): string {
  return text(value).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** DTSTAMP from the compilation date, else the newest date in the data, never the clock. */
function dtstamp(dossier: Dossier, compiled: string | null): Date {
  const m = typeof compiled === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(compiled) : null;
  if (m) {
    const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
    if (!Number.isNaN(t.getTime())) return t;
  }
  let latest = '';
  for (const s of arr(dossier.sources)) if (calendarDay(s.published) && s.published! > latest) latest = s.published!;
  for (const e of arr(dossier.events)) if (calendarDay(e.date) && e.date > latest) latest = e.date;
  const [y, mo, d] = calendarDay(latest) ?? [1970, 1, 1];
  return new Date(Date.UTC(y, mo - 1, d));
}

function uidHost(siteUrl: string | null): string {
  try {
    return siteUrl ? new URL(siteUrl).hostname || 'dossier' : 'dossier';
  } catch {
    return 'dossier';
  }
}

export function eventsIcs(dossier: Dossier, meta: ExportMeta): string {
  const { head, events, foot } = calendarParts(dossier, meta);
  return `${head}${events.map((e) => e.text()).join('')}${foot}`;
}

/** One event of the calendar: its record, what else its text is made from, and its (folded) text. */
export interface CalendarEntry {
  record: EventRecord;
  /** The names, sources, stamp and addresses the text shows beside the record (JSON). */
  inputs: string;
  text(): string;
}

/**
 * The calendar as its lines before the events, each event's lines (made when asked for) and the lines after.
 * Folding is per line, so the events' lines are folded one event at a time (each ends with a line break).
 */
export function calendarParts(dossier: Dossier, meta: ExportMeta): { head: string; events: CalendarEntry[]; foot: string } {
  const names = new Map(arr(dossier.actors).map((a) => [a.id, a.name]));
  // A source's label, made once: an event lists up to every source, and sources are shared by many events.
  const sources = new Map(arr(dossier.sources).map((s) => [s.id, [s.outlet, s.title].filter(Boolean).join(': ') || s.file || s.id]));
  const stamp = dtstamp(dossier, meta.compiled);
  const host = uidHost(meta.siteUrl);
  const calendar = ical({
    prodId: { company: 'Dossier', product: 'Dossier events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: 'Dossier events',
  });
  // The calendar's lines without its events (folded by the library, as they are short), then the events'.
  const [head, foot] = calendar.toString().split(/(?=END:VCALENDAR$)/);
  const events = calendarEvents(dossier).map((e): CalendarEntry => {
    const who = arr(e.actors).map((id) => names.get(id) ?? id);
    const from = arr(e.sources).map((id) => sources.get(id) ?? id);
    const places = arr(e.places).map((id) => names.get(id) ?? id);
    const url = absoluteUrl(meta.siteUrl, meta.basePath ?? '/', e.url_path);
    return { record: e, inputs: JSON.stringify([who, from, places, stamp.getTime(), host, url ?? null]), text: () => foldContentLines(calendarEvent(calendar, e, { who, from, places, stamp, host, url })) };
  });
  // RFC 5545 3.1 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return { head, events, foot: `${foot}\r\n` };
}

/** One event's lines, unfolded. */
function calendarEvent(
  calendar: ReturnType<typeof ical>,
  e: EventRecord,
  shown: { who: string[]; from: string[]; places: string[]; stamp: Date; host: string; url: string | null | undefined },
): string {
  const { who, from, places, stamp, host, url } = shown;
  const [y, mo, d] = calendarDay(e.date)!;
  const description = [
    `${text(e.type)} event, ${e.independent_reports} independent report${e.independent_reports === 1 ? '' : 's'}.`,
    who.length ? `Actors: ${who.join(', ')}.` : '',
    from.length ? `Sources: ${from.join(' | ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const event = calendar.createEvent({
    id: `${calendarText(e.id).replace(/\n/g, ' ')}@${host}`,
    stamp,
    start: new Date(Date.UTC(y, mo - 1, d)),
    end: new Date(Date.UTC(y, mo - 1, d + 1)),
    allDay: true,
    summary: calendarText(e.title || e.type),
    description: calendarText(description),
    categories: [{ name: calendarText(e.type) }],
    transparency: ICalEventTransparency.TRANSPARENT,
    ...(places.length ? { location: calendarText(places.join(', ')) } : {}),
    ...(url ? { url } : {}),
  });
  return event.toString();
}

/** UTF-8 length of one character (a surrogate pair is one), as TextEncoder counts it. */
const encoder = new TextEncoder();
function utf8Length(ch: string): number {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && (c < 0xd800 || c > 0xdfff)) return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  return encoder.encode(ch).length;
}

/**
 * RFC 5545 3.1 line folding, exactly as ical-generator's foldLines folds (a line breaks before the character
 * that would take it past 74 octets), which its calendar.toString() applies: that one makes a TextEncoder
 * per character and took 2.5 s of a 4,000-article build's 3 s of exports.
 */
export function foldContentLines(input: string): string {
  return input.split('\r\n').map(foldLine).join('\r\n');
}

/** Lines of one-octet characters only: folded every 74 characters. */
const NOT_ASCII = /[^\u0000-\u007f]/;

/** One content line folded: the text between folds sliced whole, not rebuilt character by character. */
function foldLine(line: string): string {
  if (!NOT_ASCII.test(line)) {
    if (line.length <= 74) return line;
    const parts: string[] = [];
    for (let k = 0; k < line.length; k += 74) parts.push(line.slice(k, k + 74));
    return parts.join('\r\n ');
  }
  let result = '';
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const at = i;
    let ch = line.charAt(i);
    if (ch >= '\ud800' && ch <= '\udbff') ch += line.charAt(++i);
    const size = utf8Length(ch);
    octets += size;
    if (octets > 74) {
      result += `${line.slice(start, at)}\r\n `;
      start = at;
      octets = size;
    }
  }
  return result + line.slice(start);
}

// ---------------------------------------------------------------------------------------------------
// GraphML

/** Text XML 1.0 can hold: control characters and lone surrogates dropped (the XML builder escapes the rest). */
export function xmlText(value: unknown): string {
  return text(value).replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
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

/** GraphML attribute keys: [id, for, type]. The id is also the attribute's name. */
const GRAPHML_KEYS: [string, 'node' | 'edge', 'string' | 'double' | 'boolean'][] = [
  ['name', 'node', 'string'],
  ['type', 'node', 'string'],
  ['url', 'node', 'string'],
  ['mentions', 'node', 'double'],
  ['weight', 'edge', 'double'],
  ['relations', 'edge', 'string'],
  ['directed', 'edge', 'boolean'],
];

/**
 * The network as a graphology graph. It is a directed graph because relations (accuses, attacks, member of)
 * have a direction: an edge points from the actor who acts to the one acted on. An edge that holds only
 * co-mentions has no direction of its own; its `directed` attribute is false and its ends are in id order.
 * (networkx, like most readers, refuses a directed edge inside an undirected graph, and mixed graphs.)
 */
export function networkGraph(network: Network, meta: Pick<ExportMeta, 'siteUrl' | 'basePath'>): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const { id, attrs } of graphNodes(network, meta)) graph.addNode(id, attrs);
  for (const { key, source, target, attrs } of graphEdges(network, graph)) graph.addDirectedEdgeWithKey(key, source, target, attrs);
  return graph;
}

const num = (v: unknown) => (Number.isFinite(Number(v)) ? Number(v) : 0);

/** The network's nodes as the graph holds them (a repeated id once), in order, with their attributes. */
function graphNodes(network: Network, meta: Pick<ExportMeta, 'siteUrl' | 'basePath'>): { id: string; attrs: Record<string, unknown>; node: NetworkNode }[] {
  const basePath = meta.basePath ?? '/';
  const seen = new Set<string>();
  const out: { id: string; attrs: Record<string, unknown>; node: NetworkNode }[] = [];
  for (const n of arr(network?.nodes)) {
    const id = xmlText(n.id);
    if (seen.has(id)) continue;
    seen.add(id);
    const attrs = { name: xmlText(n.name), type: xmlText(n.type), url: xmlText(absoluteUrl(meta.siteUrl, basePath, n.url_path) ?? withBasePath(basePath, n.url_path ?? '')), mentions: num(n.weight) };
    out.push({ id, attrs, node: n });
  }
  return out;
}

/** The network's edges as the graph holds them (those between known nodes, a repeated key once), in order. */
function graphEdges(network: Network, nodes: { hasNode(id: string): boolean }): { key: string; source: string; target: string; attrs: Record<string, unknown>; edge: NetworkEdge }[] {
  const keys = new Set<string>();
  const out: { key: string; source: string; target: string; attrs: Record<string, unknown>; edge: NetworkEdge }[] = [];
  let k = 0;
  for (const e of arr(network?.edges)) {
    k++;
    const key = xmlText(e.id || `e${k}`);
    const [source, target] = [xmlText(e.source), xmlText(e.target)];
    // GraphML requires both ends to be declared nodes; an edge to an unknown node would make the file invalid.
    if (!nodes.hasNode(source) || !nodes.hasNode(target) || keys.has(key)) continue;
    keys.add(key);
    out.push({ key, source, target, attrs: { weight: num(e.weight), relations: xmlText(arr(e.relations).map((r) => `${r.type}:${r.count}`).join(LIST_SEPARATOR)), directed: e.directed === true }, edge: e });
  }
  return out;
}

/**
 * What networkGraph reads of the network, as JSON: its GraphML is made from this alone (the layout's
 * positions and the relations' evidence are not in the file). Kept beside networkGraph: a field it comes
 * to read must be added here.
 */
export function graphInputs(network: Network): string {
  return JSON.stringify([
    arr(network?.nodes).map((n) => [n.id, n.name, n.type, n.url_path, n.weight]),
    arr(network?.edges).map((e) => [e.id, e.source, e.target, e.weight, arr(e.relations).map((r) => `${r.type}:${r.count}`), e.directed]),
  ]);
}

/** GraphML (http://graphml.graphdrawing.org/) of the network graph, written with fast-xml-parser's XML builder. */
export function networkGraphml(network: Network, meta: Pick<ExportMeta, 'siteUrl' | 'basePath'>): string {
  const graph = networkGraph(network, meta);
  const nodes: unknown[] = [];
  graph.forEachNode((id, attrs) => nodes.push(nodeElement(id, attrs)));
  const edges: unknown[] = [];
  graph.forEachEdge((key, attrs, source, target) => edges.push(edgeElement(key, source, target, attrs)));
  return graphmlBuilder().build(graphmlDoc(nodes, edges));
}

// Empty values are left out: GraphML reads a missing <data> as "no value".
const graphData = (attrs: Record<string, unknown>, kind: 'node' | 'edge') =>
  GRAPHML_KEYS.filter(([id, f]) => f === kind && attrs[id] !== '' && attrs[id] !== undefined).map(([id]) => ({ '@key': id, '#text': String(attrs[id]) }));
const nodeElement = (id: string, attrs: Record<string, unknown>) => ({ '@id': id, data: graphData(attrs, 'node') });
const edgeElement = (key: string, source: string, target: string, attrs: Record<string, unknown>) => ({ '@id': key, '@source': source, '@target': target, data: graphData(attrs, 'edge') });
const graphmlBuilder = () => new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true });
function graphmlDoc(nodes: unknown[], edges: unknown[]) {
  return {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    graphml: {
      '@xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: GRAPHML_KEYS.map(([id, f, type]) => ({ '@id': id, '@for': f, '@attr.name': id, '@attr.type': type })),
      graph: { '@id': 'actors', '@edgedefault': 'directed', node: nodes, edge: edges },
    },
  };
}

/** One element of the GraphML file: what it is made from (JSON) and its text, made when asked for. */
export interface GraphmlElement {
  inputs: string;
  text(): string;
}

/**
 * networkGraphml's text as its lines before the first node, one text per node and per edge (each element
 * is formatted by itself, at its depth in the file) and its lines after the last edge; null for a graph
 * without nodes or without edges (the file is then made whole). Joined, the parts are networkGraphml's text.
 */
export function graphmlParts(network: Network, meta: Pick<ExportMeta, 'siteUrl' | 'basePath'>): { head: string; elements: GraphmlElement[]; foot: string } | null {
  const nodes = graphNodes(network, meta);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graphEdges(network, { hasNode: (id) => ids.has(id) });
  if (!nodes.length || !edges.length) return null;
  const builder = graphmlBuilder();
  // An element alone inside <graphml><graph>: its text is the lines between theirs.
  const open = '<graphml>\n  <graph>\n';
  const close = '  </graph>\n</graphml>\n';
  const alone = (element: { node?: unknown[]; edge?: unknown[] }) => {
    const text: string = builder.build({ graphml: { graph: element } });
    if (!text.startsWith(open) || !text.endsWith(close)) throw new Error('GraphML: an element is not formatted as expected');
    return text.slice(open.length, -close.length);
  };
  const elements: GraphmlElement[] = [
    ...nodes.map(({ id, attrs, node }) => ({ inputs: JSON.stringify(['node', id, node.name, node.type, node.url_path, node.weight]), text: () => alone({ node: [nodeElement(id, attrs)] }) })),
    ...edges.map(({ key, source, target, attrs, edge }) => ({
      inputs: JSON.stringify(['edge', key, source, target, edge.weight, arr(edge.relations).map((r) => `${r.type}:${r.count}`), edge.directed]),
      text: () => alone({ edge: [edgeElement(key, source, target, attrs)] }),
    })),
  ];
  // The lines around the elements: those of a file of the first node and the first edge.
  const first = elements[0].text();
  const firstEdge = elements[nodes.length].text();
  const small: string = builder.build(graphmlDoc([nodeElement(nodes[0].id, nodes[0].attrs)], [edgeElement(edges[0].key, edges[0].source, edges[0].target, edges[0].attrs)]));
  const at = small.indexOf(first);
  const head = small.slice(0, at);
  const foot = small.slice(at + first.length + firstEdge.length);
  if (at < 0 || `${head}${first}${firstEdge}${foot}` !== small) throw new Error('GraphML: the file is not its elements joined');
  return { head, elements, foot };
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
    ['dossier.schema.json', JSON.stringify(dossierSchema(publicRoot(meta.siteUrl, meta.basePath ?? '/')), null, 2) + '\n'],
  ]);
}

/** data/dossier.json: stable JSON, keys in the order the records were built (fixed by the code), arrays pre-sorted. */
export function dossierJsonText(dossier: Dossier): string {
  return JSON.stringify(dossier, null, 2) + '\n';
}

/** Records of a top-level array serialised in one JSON.stringify call (a batch's text stays well below a string's limit). */
const JSON_BATCH = 256;

/**
 * Writes `value` as JSON.stringify(value, null, 2) + '\n' would, byte for byte, without making that one
 * string: the top-level arrays are written a batch of records at a time (at 30,000 articles dossier.json
 * is about 400 MB of text, more than a string may hold and twice that in memory).
 */
export function writeJsonFile(file: string, value: object): void {
  const fd = fs.openSync(file, 'w');
  let chunk = '';
  const put = (s: string) => {
    chunk += s;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  };
  // Nested text is JSON.stringify's with two more spaces at each line start: JSON text holds no raw line
  // break but those it puts between its own tokens.
  const nested = (v: unknown, indent: string) => (JSON.stringify(v, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
  try {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) put('{}');
    else {
      put('{');
      entries.forEach(([key, v], i) => {
        put(`${i ? ',' : ''}\n  ${JSON.stringify(key)}: `);
        if (!Array.isArray(v) || v.length === 0) put(nested(v, '  '));
        else {
          put('[');
          // A batch as the value of a one-key object: JSON.stringify indents its records by four spaces, as
          // they stand in the file, and writes null for a function or undefined, as it does in an array.
          for (let k = 0; k < v.length; k += JSON_BATCH) {
            const text = JSON.stringify({ b: v.slice(k, k + JSON_BATCH) }, null, 2);
            // '{\n  "b": [' ... '\n  ]\n}': the records with the line break before each.
            put(`${k ? ',' : ''}${text.slice(10, -6)}`);
          }
          put('\n  ]');
        }
      });
      put('\n}');
    }
    put('\n');
    fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}

/** Every file under data/: dossier.json and the exports. */
export function writeDataFiles(dossier: Dossier, network: Network | null, outDir: string, meta: ExportMeta): void {
  fs.mkdirSync(path.join(outDir, 'data'), { recursive: true });
  writeJsonFile(path.join(outDir, 'data', 'dossier.json'), dossier);
  writeExports(dossier, network, outDir, meta);
}

/** Writes the exports into `<outDir>/data/`; returns the paths written (relative to outDir, "/"-separated). */
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
