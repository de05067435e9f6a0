// The data files (data/dossier.json and the exports) as pieces (piece-file.ts): a record of dossier.json, a
// row of a CSV file, an event of the calendar, each keyed by a digest of exactly what it is made from (the
// record's digest, record-digests.ts, and for a calendar event the names and addresses it shows). A rebuild
// after one article changed makes the text of the few records it touched and copies the rest from the
// previous build's files, or links a file none of whose pieces changed. The bytes are those of
// writeJsonFile and renderExports (exports.ts) whatever the previous files were: tested piece for piece.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dossierSchema } from './schema.ts';
import { publicRoot } from './addresses.ts';
import {
  ACTOR_COLUMNS, CLAIM_COLUMNS, EVENT_COLUMNS, actorRow, calendarParts, claimRow, csvHeader, csvRow, eventRow, fallbackNetwork, graphInputs, graphmlParts, networkGraphml,
  type ExportMeta,
} from './exports.ts';
import { digestText, RecordDigests } from './record-digests.ts';
import { previousPieces, writePieces, type PieceIndex, type Pieces } from './piece-file.ts';
import type { Dossier, Network } from '../lib/types.ts';
import { codeVersion } from '../lib/code-version.ts';

const arr = <T>(v: T[] | null | undefined): T[] => (Array.isArray(v) ? v : []);

/** The key of a piece whose text is short and known: the text itself. */
const literal = (t: string) => `=${t}`;
/** The key of a piece whose text is known: its digest. */
const known = (t: string) => `#${digestText(t)}`;

/** Pieces of known text (made whatever the previous file holds: they are short, or one per file). */
function knownPieces(texts: string[]): Pieces {
  return { keys: texts.map((t) => (t.length < 80 ? literal(t) : known(t))), text: (i) => texts[i] };
}

/**
 * JSON.stringify(value, null, 2) + '\n' (writeJsonFile's text) as pieces: each record of a top-level array
 * is one, with the comma before it; each other value is one.
 */
export function jsonPieces(value: object, digests: RecordDigests): Pieces {
  const keys: string[] = [];
  // Piece i's text when it is known, else the record it is made from.
  const texts: (string | undefined)[] = [];
  const records: unknown[] = [];
  const put = (t: string) => {
    keys.push(t.length < 80 ? literal(t) : known(t));
    texts.push(t);
    records.push(undefined);
  };
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) put('{}');
  else {
    put('{');
    entries.forEach(([key, v], i) => {
      const head = `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
      if (!Array.isArray(v) || v.length === 0) {
        put(head + (JSON.stringify(v, null, 2) ?? 'null').replace(/\n/g, '\n  '));
        return;
      }
      put(`${head}[`);
      for (let k = 0; k < v.length; k++) {
        keys.push(`${k ? ',' : '['}${digests.of(v[k])}`);
        texts.push(undefined);
        records.push(v[k]);
      }
      put('\n  ]');
    });
    put('\n}');
  }
  put('\n');
  // A record as the value of a one-key object: indented by four spaces as it stands in the file, null for a
  // function or undefined as in an array ('{\n  "b": [' ... '\n  ]\n}' cut off); the comma when not first.
  const text = (i: number) => texts[i] ?? `${keys[i][0] === ',' ? ',' : ''}${JSON.stringify({ b: [records[i]] }, null, 2).slice(10, -6)}`;
  return { keys, text };
}

/** A CSV file as its header and one piece per record's row (rows are made from their record alone). */
function csvPieces<T>(columns: readonly string[], records: T[], row: (r: T) => unknown[], digests: RecordDigests): Pieces {
  const header = csvHeader(columns);
  const keys = [literal(header)];
  for (const r of records) keys.push(digests.of(r));
  return { keys, text: (i) => (i === 0 ? header : csvRow(row(records[i - 1]))) };
}

/** The calendar as its head, one piece per event (keyed by its record and what else it shows) and its foot. */
function calendarPieces(dossier: Dossier, meta: ExportMeta, digests: RecordDigests): Pieces {
  const { head, events, foot } = calendarParts(dossier, meta);
  const keys = [literal(head)];
  for (const e of events) keys.push(digestText(`${digests.of(e.record)}\u0000${e.inputs}`));
  keys.push(literal(foot));
  return { keys, text: (i) => (i === 0 ? head : i > events.length ? foot : events[i - 1].text()) };
}

/**
 * The GraphML file as its head, one piece per node and per edge (keyed by what its element is made from and
 * the addresses' settings) and its foot; a graph without nodes or edges is one piece, made from all of it.
 */
function graphmlPieces(graph: Network, meta: Pick<ExportMeta, 'siteUrl' | 'basePath'>): Pieces {
  const settings = JSON.stringify([meta.siteUrl, meta.basePath ?? '/']);
  const parts = graphmlParts(graph, meta);
  if (!parts) return { keys: [`#${digestText(`${graphInputs(graph)}\u0000${settings}`)}`], text: () => networkGraphml(graph, meta) };
  const { head, elements, foot } = parts;
  const keys = [known(head), ...elements.map((e) => `#${digestText(`${e.inputs}\u0000${settings}`)}`), known(foot)];
  return { keys, text: (i) => (i === 0 ? head : i > elements.length ? foot : elements[i - 1].text()) };
}

/** Every file under data/ (site-relative path -> its pieces), as writeDataFiles writes them. */
export function dataFilePieces(dossier: Dossier, network: Network | null, meta: ExportMeta, digests: RecordDigests): Map<string, Pieces> {
  const graph = network ?? fallbackNetwork(dossier);
  const graphMeta = { siteUrl: meta.siteUrl, basePath: meta.basePath };
  return new Map<string, Pieces>([
    ['data/dossier.json', jsonPieces(dossier, digests)],
    ['data/actors.csv', csvPieces(ACTOR_COLUMNS, arr(dossier.actors), actorRow, digests)],
    ['data/claims.csv', csvPieces(CLAIM_COLUMNS, arr(dossier.claims), claimRow, digests)],
    ['data/events.csv', csvPieces(EVENT_COLUMNS, arr(dossier.events), eventRow, digests)],
    ['data/events.ics', calendarPieces(dossier, meta, digests)],
    ['data/network.graphml', graphmlPieces(graph, graphMeta)],
    ['data/dossier.schema.json', knownPieces([JSON.stringify(dossierSchema(publicRoot(meta.siteUrl, meta.basePath ?? '/')), null, 2) + '\n'])],
  ]);
}

/** The indexes of the files the last build into an output folder wrote, and the code that wrote them. */
interface DataIndex {
  version: number;
  code: string;
  files: Record<string, PieceIndex>;
}
const VERSION = 1;


/**
 * The version of the code that makes the pieces' text: the writers, every module they import and the
 * lockfile (the libraries they use). A piece's key names what it is made from, not how: with other code, no
 * previous piece is used.
 */
function codeHash(): string {
  return codeVersion(fileURLToPath(import.meta.url));
}

/**
 * The index as saved: a digest of its JSON on the first line, then the JSON. An index damaged on disk (a
 * piece's length changed) would copy the wrong bytes: it is not used.
 */
function loadIndex(file: string, code: string): DataIndex | null {
  try {
    const saved = fs.readFileSync(file, 'utf8');
    const cut = saved.indexOf('\n');
    const json = saved.slice(cut + 1);
    if (cut < 0 || saved.slice(0, cut) !== digestText(json)) return null;
    const index = JSON.parse(json) as DataIndex;
    return index && index.version === VERSION && index.code === code && index.files && typeof index.files === 'object' ? index : null;
  } catch {
    return null;
  }
}

function saveIndex(file: string, index: DataIndex): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const json = JSON.stringify(index);
  fs.writeFileSync(tmp, `${digestText(json)}\n${json}`);
  fs.renameSync(tmp, file);
}

/** What writing the data files took: files linked whole, and pieces whose text was made, of all. */
export interface DataFilesStats {
  files: number;
  linked: number;
  made: number;
  pieces: number;
}

/**
 * Writes every file under data/ into `staging`, reusing the pieces of the files the previous build wrote
 * into `outDir` (described by `indexFile`, rewritten here).
 */
export function writeDataFilesFromPieces(
  dossier: Dossier,
  network: Network | null,
  staging: string,
  meta: ExportMeta,
  reuse: { outDir: string; indexFile: string; digests?: RecordDigests },
): DataFilesStats {
  const code = codeHash();
  const previous = loadIndex(reuse.indexFile, code);
  const next: DataIndex = { version: VERSION, code, files: {} };
  fs.mkdirSync(path.join(staging, 'data'), { recursive: true });
  const stats: DataFilesStats = { files: 0, linked: 0, made: 0, pieces: 0 };
  let changed = !previous;
  for (const [rel, pieces] of dataFilePieces(dossier, network, meta, reuse.digests ?? new RecordDigests())) {
    const file = path.join(staging, rel);
    // Made anew, never written through: a file there could be a link to the previous site's.
    fs.rmSync(file, { force: true });
    const before = previousPieces(path.join(reuse.outDir, rel), previous?.files[rel]);
    let written: ReturnType<typeof writePieces>;
    try {
      written = writePieces(file, pieces, before);
    } catch (err) {
      if (!before) throw err;
      // The previous file changed under us (or its index lied): every piece made anew.
      fs.rmSync(file, { force: true });
      written = writePieces(file, pieces, null);
    }
    next.files[rel] = written.index;
    stats.files++;
    stats.pieces += pieces.keys.length;
    stats.made += written.made;
    if (written.linked) stats.linked++;
    else changed = true;
  }
  // Nothing to save when every file is the previous one (the same index).
  if (changed) saveIndex(reuse.indexFile, next);
  return stats;
}
