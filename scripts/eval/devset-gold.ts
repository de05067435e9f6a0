// A development set in the devset format (../shared/devset/README.md): DIR/articles/ (the texts),
// DIR/gold.yml (hand annotation per file) and DIR/articles.yml (metadata per file). Loaded into the
// shapes below; every defect is one line in `problems` naming the file, and the item is skipped (or kept
// with its defect noted) rather than silently scored as zero. The project's own annotations are turned
// into the same shapes by own-as-devset.ts, so one set of family scorers serves both.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { ActorType } from '../lib/types.ts';

export type EventBasis = 'written' | 'publication' | 'relative' | 'outside';
export const BASES: EventBasis[] = ['written', 'publication', 'relative', 'outside'];
export const RELATION_KINDS = ['accuses', 'threatens', 'demands', 'attacks', 'arrests', 'sanctions', 'condemns'];

export interface DevActor {
  name: string;
  type: ActorType;
  surface: string[];
  boilerplate: boolean;
  incidental: boolean;
}
export interface DevSpeech {
  /** A canonical actor name of the article, or a short description when `unnamed`. */
  speaker: string;
  speaker_alt: string | null;
  unnamed: boolean;
  text: string;
  fragment: boolean;
}
export interface DevEvent {
  date: string;
  /** null: the annotation does not say (the project's own fixtures). */
  basis: EventBasis | null;
  inferred: boolean;
  what: string;
  /** An exact substring of the article (own fixtures); the devset describes events in `what` only. */
  evidence: string | null;
}
export interface DevPair {
  from: string;
  to: string;
  kind: string;
}
export interface DevArticle {
  file: string;
  actors: DevActor[];
  quotes: DevSpeech[];
  reported: DevSpeech[];
  events: DevEvent[];
  relations: (DevPair & { evidence: string })[];
  maybe: DevPair[];
  not: DevPair[];
  /** Publication date the text states (articles.yml); undefined when the set does not annotate it. */
  published?: string | null;
  /** The real publication date where known (articles.yml). */
  published_true?: string | null;
}
export interface DevSet {
  name: string;
  dir: string;
  /** Folder of the article texts (what the pipeline reads). */
  articlesDir: string;
  articles: DevArticle[];
  /** Names acceptable as predicted actors although not annotated (gold.yml `acceptable`). */
  acceptable: string[];
  /** Which families the annotation covers (the project's own fixtures have no reported speech etc.). */
  covers: { reported: boolean; relations: boolean; basis: boolean; published: boolean };
}

const ACTOR_TYPES = new Set(['person', 'organization', 'place']);
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((x): x is string => x !== null) : []);

function parseActors(file: string, v: unknown, problems: string[]): DevActor[] {
  const out: DevActor[] = [];
  for (const a of list(v)) {
    const name = str(a.name), type = str(a.type), surface = strings(a.surface);
    if (!name || !type || !ACTOR_TYPES.has(type) || !surface.length) {
      problems.push(`${file}: actor without name, type (person|organization|place) or surface: ${JSON.stringify(a)}`);
      continue;
    }
    out.push({ name, type: type as ActorType, surface, boilerplate: a.boilerplate === true, incidental: a.incidental === true });
  }
  return out;
}

function parseSpeech(file: string, what: string, v: unknown, names: Set<string>, problems: string[]): DevSpeech[] {
  const out: DevSpeech[] = [];
  for (const q of list(v)) {
    const text = str(q.text), speaker = str(q.speaker);
    if (!text || !speaker) {
      problems.push(`${file}: ${what} without text or speaker: ${JSON.stringify(q)}`);
      continue;
    }
    const unnamed = q.unnamed === true;
    if (!unnamed && !names.has(speaker)) problems.push(`${file}: ${what} speaker "${speaker}" is neither an actor of the file nor marked unnamed`);
    out.push({ speaker, speaker_alt: str(q.speaker_alt), unnamed, text, fragment: q.fragment === true });
  }
  return out;
}

function parseEvents(file: string, v: unknown, problems: string[]): DevEvent[] {
  const out: DevEvent[] = [];
  for (const e of list(v)) {
    const date = str(e.date), basis = str(e.basis), what = str(e.what) ?? '';
    if (!date || !DATE.test(date)) {
      problems.push(`${file}: event date must be YYYY, YYYY-MM or YYYY-MM-DD: ${JSON.stringify(e.date)}`);
      continue;
    }
    if (basis !== null && !(BASES as string[]).includes(basis)) problems.push(`${file}: event basis "${basis}" is not one of ${BASES.join(', ')}`);
    const b = basis !== null && (BASES as string[]).includes(basis) ? (basis as EventBasis) : null;
    out.push({ date, basis: b, inferred: e.inferred === true, what, evidence: str(e.evidence) });
  }
  return out;
}

function parsePairs(file: string, what: string, v: unknown, problems: string[], needKind: boolean): (DevPair & { evidence: string })[] {
  const out: (DevPair & { evidence: string })[] = [];
  for (const r of list(v)) {
    const from = str(r.from), to = str(r.to), kind = str(r.kind) ?? '';
    if (!from || !to || (needKind && !RELATION_KINDS.includes(kind))) {
      problems.push(`${file}: ${what} needs from, to and a kind (${RELATION_KINDS.join(', ')}): ${JSON.stringify(r)}`);
      continue;
    }
    out.push({ from, to, kind, evidence: str(r.evidence) ?? '' });
  }
  return out;
}

/** One gold.yml entry -> DevArticle (null when it has no file name). */
export function parseDevArticle(a: Record<string, unknown>, problems: string[]): DevArticle | null {
  const file = str(a.file);
  if (!file) {
    problems.push(`gold.yml: an article without "file"`);
    return null;
  }
  const actors = parseActors(file, a.actors, problems);
  const names = new Set(actors.map((x) => x.name));
  return {
    file,
    actors,
    quotes: parseSpeech(file, 'quote', a.quotes, names, problems),
    reported: parseSpeech(file, 'reported speech', a.reported, names, problems),
    events: parseEvents(file, a.events, problems),
    relations: parsePairs(file, 'relation', a.relations, problems, true),
    maybe: parsePairs(file, 'maybe pair', a.maybe, problems, false),
    not: parsePairs(file, 'not pair', a.not, problems, false),
  };
}

function readYaml(path: string, problems: string[]): Record<string, unknown> | null {
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : `YAML error: ${(e as Error).message.split('\n')[0]}`}`);
    return null;
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray((doc as Record<string, unknown>).articles)) {
    problems.push(`${path}: expected a mapping with an "articles" list`);
    return null;
  }
  return doc as Record<string, unknown>;
}

/** True when DIR looks like a set in the devset format. */
export function isDevsetDir(dir: string): boolean {
  return existsSync(join(dir, 'gold.yml')) && existsSync(join(dir, 'articles'));
}

/** Loads DIR/gold.yml and DIR/articles.yml; `problems` gets one line per defect. */
export function loadDevset(dir: string, problems: string[] = [], name = basename(dir)): DevSet {
  const articlesDir = join(dir, 'articles');
  const set: DevSet = {
    name, dir, articlesDir, articles: [], acceptable: [],
    covers: { reported: true, relations: true, basis: true, published: true },
  };
  const gold = readYaml(join(dir, 'gold.yml'), problems);
  if (!gold) return set;
  set.acceptable = strings(gold.acceptable);
  let texts: Set<string>;
  try {
    texts = new Set(readdirSync(articlesDir));
  } catch {
    problems.push(`${articlesDir}: cannot read the articles folder`);
    texts = new Set();
  }
  for (const a of list(gold.articles)) {
    const art = parseDevArticle(a, problems);
    if (!art) continue;
    if (!texts.has(art.file)) problems.push(`${art.file}: annotated in gold.yml but not in ${articlesDir}`);
    set.articles.push(art);
  }
  const meta = readYaml(join(dir, 'articles.yml'), problems);
  const byFile = new Map(set.articles.map((x) => [x.file, x]));
  for (const m of list(meta?.articles)) {
    const art = byFile.get(str(m.file) ?? '');
    if (!art) continue;
    for (const key of ['published', 'published_true'] as const) {
      const v = m[key] == null ? null : str(m[key]);
      if (v !== null && !DATE.test(v)) problems.push(`${art.file}: articles.yml ${key} "${v}" is not YYYY[-MM[-DD]]`);
      art[key] = v;
    }
  }
  if (!meta) set.covers.published = false;
  return set;
}
