// Loading and checking the hand-annotated gold files (test/fixtures/annotations/<article file>.yml).
// Parsing is separate from scoring so a malformed annotation is reported with its file name
// instead of silently scoring as zero.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GoldActor, GoldArticle, GoldEvent, GoldQuote } from './score.ts';

const ACTOR_TYPES = new Set(['person', 'organization', 'place']);
const EVENT_TYPES = new Set([
  'attack', 'strike', 'arrest', 'release', 'killing', 'kidnapping', 'threat',
  'deployment', 'meeting', 'visit', 'agreement', 'statement', 'protest', 'other',
]);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/** Parses one annotation document; `problems` receives one line per defect (the item is then skipped). */
export function parseGold(yamlText: string, name: string, problems: string[] = []): GoldArticle | null {
  let doc: unknown;
  try {
    doc = parse(yamlText);
  } catch (e) {
    problems.push(`${name}: YAML error: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
  if (!doc || typeof doc !== 'object') {
    problems.push(`${name}: not a mapping`);
    return null;
  }
  const d = doc as Record<string, unknown>;
  const file = str(d.file);
  if (!file) {
    problems.push(`${name}: missing "file"`);
    return null;
  }
  const actors: GoldActor[] = [];
  for (const a of (Array.isArray(d.actors) ? d.actors : []) as Record<string, unknown>[]) {
    const id = str(a?.id), type = str(a?.type);
    const forms = Array.isArray(a?.forms) ? (a.forms as unknown[]).map(str).filter((x): x is string => !!x) : [];
    if (!id || !type || !ACTOR_TYPES.has(type) || !forms.length) {
      problems.push(`${name}: bad actor ${JSON.stringify(a)}`);
      continue;
    }
    actors.push({ id, type: type as GoldActor['type'], forms });
  }
  const ids = new Set(actors.map((a) => a.id));
  const quotes: GoldQuote[] = [];
  for (const q of (Array.isArray(d.quotes) ? d.quotes : []) as Record<string, unknown>[]) {
    const text = str(q?.text);
    const speaker = q?.speaker == null ? null : str(q.speaker);
    if (!text) {
      problems.push(`${name}: quote without text`);
      continue;
    }
    if (speaker !== null && !ids.has(speaker)) problems.push(`${name}: quote speaker "${speaker}" is not an actor of this file`);
    quotes.push({ text, speaker, speaker_label: str(q?.speaker_label) });
  }
  const events: GoldEvent[] = [];
  for (const e of (Array.isArray(d.events) ? d.events : []) as Record<string, unknown>[]) {
    const type = str(e?.type), evidence = str(e?.evidence);
    const date = e?.date == null ? null : str(e.date);
    if (!type || !EVENT_TYPES.has(type) || !evidence) {
      problems.push(`${name}: bad event ${JSON.stringify(e)}`);
      continue;
    }
    if (date !== null && !DATE.test(date)) problems.push(`${name}: bad event date "${date}"`);
    const evActors = Array.isArray(e?.actors) ? (e.actors as unknown[]).map(str).filter((x): x is string => !!x) : [];
    for (const a of evActors) if (!ids.has(a)) problems.push(`${name}: event actor "${a}" is not an actor of this file`);
    events.push({ type, evidence, date, actors: evActors });
  }
  let published: string | null | undefined;
  if ('published' in d) {
    published = d.published == null ? null : str(d.published);
    if (published !== null && !DATE.test(published)) problems.push(`${name}: bad published date "${published}"`);
  }
  return { file, set: str(d.set) ?? 'other', actors, quotes, events, ...(published !== undefined ? { published } : {}) };
}

/** Every *.yml in `dir`, sorted by name. */
export function loadGold(dir: string, problems: string[] = []): GoldArticle[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.yml') || n.endsWith('.yaml')).sort();
  } catch {
    problems.push(`${dir}: cannot read annotations folder`);
    return [];
  }
  const out: GoldArticle[] = [];
  for (const n of names) {
    const g = parseGold(readFileSync(join(dir, n), 'utf8'), n, problems);
    if (g) out.push(g);
  }
  return out;
}
