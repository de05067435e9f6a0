// The contract check of a built site: data/dossier.json against its JSON Schema (schema.ts: fields, types,
// non-empty values), then what a schema cannot state: ids unique per list, every reference resolving to a
// record of the right list, and every url_path having its page in the site folder. `dossier check` runs it
// (the publishing workflow does, before it publishes) and so do the tests.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { dossierSchema } from './schema.ts';

/** Lists every dossier.json holds; `relations` may be absent (it is added by a later stage). */
const LISTS = ['sources', 'actors', 'claims', 'events', 'discrepancies'] as const;

export interface ContractReport {
  problems: string[];
  /** Records per list, relations only when present. */
  counts: Record<string, number>;
}

type Rec = Record<string, unknown>;

let validator: ReturnType<Ajv2020['compile']> | null = null;
function validateSchema(d: unknown): ErrorObject[] {
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(dossierSchema());
  return validator(d) ? [] : [...(validator.errors ?? [])];
}

/** "/claims/3/speaker_label" -> "claims[3] (id c-x): speaker_label". */
function where(d: Rec, pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts.length === 0) return 'top level';
  const [list, index, ...rest] = parts;
  const item = Array.isArray(d[list]) && index !== undefined ? (d[list] as Rec[])[Number(index)] : undefined;
  const id = item && typeof item.id === 'string' ? ` (id ${item.id})` : '';
  const head = index === undefined ? list : `${list}[${index}]${id}`;
  return rest.length ? `${head}: ${rest.join('.')}` : head;
}

function schemaProblem(d: Rec, e: ErrorObject): string {
  const at = where(d, e.instancePath);
  if (e.keyword === 'required') return `${at}: missing ${(e.params as { missingProperty: string }).missingProperty}`;
  if (e.keyword === 'if') return ''; // reported through the "then" branch it points at
  return `${at} ${e.message ?? 'is invalid'}`;
}

const list = (d: Rec, k: string): Rec[] => (Array.isArray(d[k]) ? (d[k] as unknown[]).filter((x): x is Rec => !!x && typeof x === 'object') : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Every contract problem of one dossier object. `hasPage(url_path)` says whether the site holds that page
 * (omit it to skip page checks).
 */
export function checkDossier(data: unknown, hasPage?: (urlPath: string) => boolean): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return ['top level: dossier.json must hold one JSON object'];
  const d = data as Rec;
  const problems = validateSchema(d).map((e) => schemaProblem(d, e)).filter(Boolean);

  const ids = (k: string) => new Set(list(d, k).map((x) => x.id));
  const [S, A, C, E] = [ids('sources'), ids('actors'), ids('claims'), ids('events')];
  for (const k of [...LISTS, 'relations']) {
    const seen = new Set<unknown>();
    for (const x of list(d, k)) {
      if (typeof x.id === 'string' && seen.has(x.id)) problems.push(`${k}: duplicate id ${x.id}`);
      seen.add(x.id);
    }
  }
  const unknown = (owner: string, what: string, id: unknown) => problems.push(`${owner}: unknown ${what} ${JSON.stringify(id)}`);
  const page = (owner: string, url: unknown) => {
    if (hasPage && typeof url === 'string' && url.startsWith('/') && !hasPage(url)) problems.push(`${owner}: url_path ${url} has no page`);
  };
  for (const s of list(d, 'sources')) page(`source ${s.id}`, s.url_path);
  for (const a of list(d, 'actors')) {
    for (const m of list(a, 'mentions')) if (!S.has(m.source)) unknown(`actor ${a.id}`, 'source in mentions', m.source);
    page(`actor ${a.id}`, a.url_path);
  }
  for (const c of list(d, 'claims')) {
    if (!S.has(c.source)) unknown(`claim ${c.id}`, 'source', c.source);
    if (c.speaker != null && !A.has(c.speaker)) unknown(`claim ${c.id}`, 'speaker', c.speaker);
    for (const t of strings(c.targets)) if (!A.has(t)) unknown(`claim ${c.id}`, 'target', t);
  }
  for (const e of list(d, 'events')) {
    for (const a of [...strings(e.actors), ...strings(e.places)]) if (!A.has(a)) unknown(`event ${e.id}`, 'actor', a);
    for (const s of strings(e.sources)) if (!S.has(s)) unknown(`event ${e.id}`, 'source', s);
    page(`event ${e.id}`, e.url_path);
  }
  for (const x of list(d, 'discrepancies')) {
    for (const c of strings(x.claims)) if (!C.has(c)) unknown(`discrepancy ${x.id}`, 'claim', c);
    for (const s of strings(x.sources)) if (!S.has(s)) unknown(`discrepancy ${x.id}`, 'source', s);
  }
  for (const r of list(d, 'relations')) {
    const owner = `relation ${r.id}`;
    if (!A.has(r.from)) unknown(owner, 'actor in from', r.from);
    if (!A.has(r.to)) unknown(owner, 'actor in to', r.to);
    if (r.from === r.to) problems.push(`${owner}: from and to are the same actor`);
    if (!S.has(r.source)) unknown(owner, 'source', r.source);
    if (r.claim != null && !C.has(r.claim)) unknown(owner, 'claim', r.claim);
    if (r.event != null && !E.has(r.event)) unknown(owner, 'event', r.event);
  }
  return problems;
}

/** The contract check of a built site folder. */
export function checkSite(outDir: string): ContractReport {
  const file = path.join(outDir, 'data', 'dossier.json');
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { problems: [`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`], counts: {} };
  }
  const hasPage = (url: string) => fs.existsSync(path.join(outDir, url.replace(/^\/+/, ''), url.endsWith('.html') ? '' : 'index.html'));
  const problems = checkDossier(data, hasPage);
  const d = (data && typeof data === 'object' ? data : {}) as Rec;
  const counts: Record<string, number> = {};
  for (const k of LISTS) counts[k] = list(d, k).length;
  if (Array.isArray(d.relations)) counts.relations = d.relations.length;
  return { problems, counts };
}

/** "0 contract problems; 5 sources, 60 actors, ..." */
export function contractSummary(report: ContractReport): string {
  const n = report.problems.length;
  const counts = Object.entries(report.counts).map(([k, v]) => `${v} ${k}`).join(', ');
  return `${n} contract problem${n === 1 ? '' : 's'}${counts ? `; ${counts}` : ''}`;
}
