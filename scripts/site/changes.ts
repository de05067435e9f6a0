// "What changed": compares this build's dossier with an earlier build's dossier.json, so a reader coming
// back sees what new articles brought and which findings moved. Ids are slugs that can change when a
// name or a date changes, so items are matched on what they are, not only on their id:
//   sources by id (then by file), actors by id then by a shared alias of the same type, claims by
//   source + sentence + text, events by id then by type + title, discrepancies by id then by topic.
import fs from 'node:fs';
import type { ActorRecord, ClaimRecord, DiscrepancyRecord, Dossier, EventRecord, SourceRecord } from '../lib/types.ts';
import { actorPath, eventPath, sentenceHref, sourcePath, type SiteAnchors } from './addresses.ts';
import { anchorsOf } from './page-plan.ts';

/** One thing on the changes page, with what the template needs to link it. */
export interface ChangeItem {
  id: string;
  label: string;
  href: string;
  /** Secondary link (claims: the cluster on /claims/). */
  href2?: string;
  /** Short type/kind tag. */
  tag?: string;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface ChangedItem extends ChangeItem {
  changes: FieldChange[];
  /** The id in the earlier build when it differs (a renamed slug). */
  previous_id?: string;
}

export interface AddedSource extends ChangeItem {
  outlet: string | null;
  published: string | null;
  /** What this source brought that the earlier build did not have. */
  brought: { actors: ChangeItem[]; claims: ChangeItem[]; events: ChangeItem[] };
}

export interface ActorAliasChange extends ChangeItem {
  aliases: string[];
  previous_id?: string;
}

export interface Section<A = ChangeItem, C = ChangedItem> {
  added: A[];
  changed: C[];
  /** Removed items no longer have a page: href is "" and the template shows the label only. */
  removed: ChangeItem[];
}

export interface Changes {
  first: boolean;
  counts: { previous: Record<string, number> | null; current: Record<string, number> };
  sources: Section<AddedSource>;
  /** merged: earlier actors whose names now belong to another actor (linked to that actor, label = old name). */
  actors: { added: ChangeItem[]; renamed: ChangedItem[]; aliases: ActorAliasChange[]; merged: ChangedItem[]; removed: ChangeItem[] };
  claims: Section;
  events: Section;
  discrepancies: Section;
  /** Number of listed changes; 0 means the two builds hold the same findings. */
  total: number;
}

const arr = <T>(v: T[] | null | undefined): T[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.map(str).join(', ') : String(v));
const norm = (s: unknown): string => str(s).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
/** Labels are shown on a page: no control characters, and long texts cut (the link leads to the whole). */
const label = (v: unknown): string => {
  const t = str(v).replace(/[\u0000-\u001F\u007F]+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 299)}…` : t;
};
const setOf = (v: unknown[] | null | undefined): string => [...new Set(arr(v).map(str))].sort().join('\u0000');

function counts(d: Dossier): Record<string, number> {
  return {
    sources: arr(d.sources).length,
    actors: arr(d.actors).length,
    claims: arr(d.claims).length,
    events: arr(d.events).length,
    discrepancies: arr(d.discrepancies).length,
  };
}

/** Field-by-field differences; list fields compare as sets (their order carries no meaning). */
function diffFields<T>(before: T, after: T, fields: (keyof T & string)[], lists: (keyof T & string)[] = []): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of fields) {
    const a = (before as Record<string, unknown>)[f];
    const b = (after as Record<string, unknown>)[f];
    const same = lists.includes(f) ? setOf(a as unknown[]) === setOf(b as unknown[]) : str(a) === str(b);
    if (!same) out.push({ field: f, before: str(a), after: str(b) });
  }
  return out;
}

/** How each kind of item is listed and linked; claims and discrepancies reach the page that holds them. */
function itemsWith(anchors: SiteAnchors) {
  return {
    source: (s: SourceRecord): ChangeItem => ({
      id: s.id,
      label: label(s.title || s.file || s.id),
      href: s.url_path || sourcePath(s.id),
      tag: s.outlet ?? undefined,
    }),
    actor: (a: ActorRecord): ChangeItem => ({ id: a.id, label: label(a.name || a.id), href: a.url_path || actorPath(a.id), tag: a.type }),
    claim: (c: ClaimRecord): ChangeItem => ({
      id: c.id,
      label: label(c.text || c.sentence || c.id),
      href: sentenceHref(c.source, c.sentence_n ?? 1),
      href2: c.cluster ? anchors.clusterHref(c.cluster) : undefined,
      tag: str(c.kind),
    }),
    event: (e: EventRecord): ChangeItem => ({
      id: e.id,
      label: label(e.title || e.id),
      href: e.url_path || eventPath(e.id),
      tag: [e.date, e.type].filter(Boolean).join(' · '),
    }),
    discrepancy: (d: DiscrepancyRecord): ChangeItem => ({ id: d.id, label: label(d.topic || d.id), href: anchors.discrepancyHref(d.id) }),
  };
}
const gone = (i: ChangeItem): ChangeItem => ({ ...i, href: '', href2: undefined });

/**
 * Pairs current items with previous ones: first by the keys of `keyers[0]`, then (for the rest) by
 * `keyers[1]` ... A previous item is used once. Returns current -> previous and the unmatched previous.
 */
function match<T>(previous: T[], current: T[], keyers: ((x: T) => string[])[]): { pairs: Map<T, T>; unmatched: T[] } {
  const pairs = new Map<T, T>();
  const used = new Set<T>();
  for (const keyer of keyers) {
    // Buckets are consumed from the front (a cursor skips used items) so many equal keys stay linear.
    const index = new Map<string, { items: T[]; next: number }>();
    for (const p of previous) {
      if (used.has(p)) continue;
      for (const k of keyer(p)) if (k) (index.get(k) ?? index.set(k, { items: [], next: 0 }).get(k)!).items.push(p);
    }
    const take = (k: string): T | undefined => {
      const b = index.get(k);
      if (!b) return undefined;
      while (b.next < b.items.length && used.has(b.items[b.next])) b.next++;
      return b.items[b.next];
    };
    for (const c of current) {
      if (pairs.has(c)) continue;
      for (const k of keyer(c)) {
        const hit = k ? take(k) : undefined;
        if (hit) {
          pairs.set(c, hit);
          used.add(hit);
          break;
        }
      }
    }
  }
  return { pairs, unmatched: previous.filter((p) => !used.has(p)) };
}

/** The change list of a first build (no earlier dossier to compare with). */
export function firstBuildChanges(current: Dossier): Changes {
  return emptyChanges(current, true);
}

function emptyChanges(current: Dossier, first: boolean): Changes {
  return {
    first,
    counts: { previous: null, current: counts(current) },
    sources: { added: [], changed: [], removed: [] },
    actors: { added: [], renamed: [], aliases: [], merged: [], removed: [] },
    claims: { added: [], changed: [], removed: [] },
    events: { added: [], changed: [], removed: [] },
    discrepancies: { added: [], changed: [], removed: [] },
    total: 0,
  };
}

export interface DiffOptions {
  /** The current build's anchors (page-plan.ts); by default those of the current dossier's page plan. */
  anchors?: SiteAnchors;
}

export function diffDossiers(previous: Dossier | null, current: Dossier, opts: DiffOptions = {}): Changes {
  if (!previous) return firstBuildChanges(current);
  const out = emptyChanges(current, false);
  const item = itemsWith(opts.anchors ?? anchorsOf({ claims: arr(current.claims), discrepancies: arr(current.discrepancies) }));
  out.counts.previous = counts(previous);

  // Sources.
  const src = match(arr(previous.sources), arr(current.sources), [(s) => [s.id], (s) => [s.file]]);
  const addedSources: SourceRecord[] = [];
  for (const s of arr(current.sources)) {
    const p = src.pairs.get(s);
    if (!p) {
      addedSources.push(s);
      continue;
    }
    const changes = diffFields(p, s, ['title', 'published', 'outlet', 'wire', 'dateline', 'url', 'report', 'file']);
    if (changes.length) out.sources.changed.push({ ...item.source(s), changes, ...(p.id !== s.id ? { previous_id: p.id } : {}) });
  }
  out.sources.removed = src.unmatched.map((s) => gone(item.source(s)));

  // Actors: a renamed canonical id shares its aliases with the old record, so it is not "new".
  const aliasKeys = (a: ActorRecord) => [...new Set([a.name, ...arr(a.aliases)].map((x) => `${a.type}\u0000${norm(x)}`))];
  const act = match(arr(previous.actors), arr(current.actors), [(a) => [a.id], aliasKeys]);
  const newActors = new Set<ActorRecord>();
  for (const a of arr(current.actors)) {
    const p = act.pairs.get(a);
    if (!p) {
      newActors.add(a);
      out.actors.added.push(item.actor(a));
      continue;
    }
    if (p.id !== a.id || p.name !== a.name)
      out.actors.renamed.push({ ...item.actor(a), previous_id: p.id !== a.id ? p.id : undefined, changes: diffFields(p, a, ['id', 'name']) });
    const seen = new Set(arr(p.aliases).concat(p.name).map(norm));
    const fresh = arr(a.aliases).filter((x) => !seen.has(norm(x)));
    if (fresh.length) out.actors.aliases.push({ ...item.actor(a), aliases: fresh, ...(p.id !== a.id ? { previous_id: p.id } : {}) });
  }
  // An unmatched earlier actor whose name is now an alias of a current one was merged into it, not lost.
  const owner = new Map<string, ActorRecord>();
  for (const a of arr(current.actors)) for (const k of aliasKeys(a)) if (!owner.has(k)) owner.set(k, a);
  for (const p of act.unmatched) {
    const into = aliasKeys(p).map((k) => owner.get(k)).find(Boolean);
    if (into) out.actors.merged.push({ ...item.actor(into), label: label(p.name || p.id), previous_id: p.id, changes: [{ field: 'merged into', before: str(p.name), after: str(into.name) }] });
    else out.actors.removed.push(gone(item.actor(p)));
  }

  // Claims: the same words from the same sentence of the same source are the same claim, whatever its id.
  const claimKey = (c: ClaimRecord) => [`${c.source}\u0000${norm(c.sentence)}\u0000${norm(c.text)}`];
  const claimLoose = (c: ClaimRecord) => [`${c.source}\u0000${norm(c.sentence)}\u0000${c.kind}`];
  const cl = match(arr(previous.claims), arr(current.claims), [claimKey, claimLoose]);
  const newClaims = new Set<ClaimRecord>();
  for (const c of arr(current.claims)) {
    const p = cl.pairs.get(c);
    if (!p) {
      newClaims.add(c);
      out.claims.added.push(item.claim(c));
      continue;
    }
    const changes = diffFields(p, c, ['text', 'kind', 'direct', 'speaker', 'speaker_label', 'targets', 'independent_reports', 'grade'], ['targets']);
    if (changes.length) out.claims.changed.push({ ...item.claim(c), changes, ...(p.id !== c.id ? { previous_id: p.id } : {}) });
  }
  out.claims.removed = cl.unmatched.map((c) => gone(item.claim(c)));

  // Events.
  const ev = match(arr(previous.events), arr(current.events), [
    (e) => [e.id],
    (e) => [`${e.type}\u0000${norm(e.title)}`],
    (e) => arr(e.sources).map((s) => `${e.type}\u0000${e.date}\u0000${s}`),
  ]);
  const newEvents = new Set<EventRecord>();
  for (const e of arr(current.events)) {
    const p = ev.pairs.get(e);
    if (!p) {
      newEvents.add(e);
      out.events.added.push(item.event(e));
      continue;
    }
    const changes = diffFields(p, e, ['date', 'type', 'title', 'sources', 'independent_reports', 'actors', 'places'], ['sources', 'actors', 'places']);
    if (changes.length) out.events.changed.push({ ...item.event(e), changes, ...(p.id !== e.id ? { previous_id: p.id } : {}) });
  }
  out.events.removed = ev.unmatched.map((e) => gone(item.event(e)));

  // Discrepancies.
  const sidesOf = (d: DiscrepancyRecord) => arr(d.sides).map((s) => s.value);
  const dc = match(arr(previous.discrepancies), arr(current.discrepancies), [(d) => [d.id], (d) => [norm(d.topic)]]);
  for (const d of arr(current.discrepancies)) {
    const p = dc.pairs.get(d);
    if (!p) {
      out.discrepancies.added.push(item.discrepancy(d));
      continue;
    }
    const changes = diffFields(p, d, ['topic', 'sources', 'claims'], ['sources', 'claims']);
    if (setOf(sidesOf(p)) !== setOf(sidesOf(d))) changes.push({ field: 'sides', before: sidesOf(p).join(' / '), after: sidesOf(d).join(' / ') });
    if (changes.length) out.discrepancies.changed.push({ ...item.discrepancy(d), changes, ...(p.id !== d.id ? { previous_id: p.id } : {}) });
  }
  out.discrepancies.removed = dc.unmatched.map((d) => gone(item.discrepancy(d)));

  // What each added source brought: new actors it mentions, its new claims, new events it reports.
  const added = new Map(addedSources.map((s) => [s.id, { actors: [] as ChangeItem[], claims: [] as ChangeItem[], events: [] as ChangeItem[] }]));
  if (added.size) {
    for (const a of newActors) for (const id of new Set(arr(a.mentions).map((m) => m?.source))) added.get(id as string)?.actors.push(item.actor(a));
    for (const c of newClaims) added.get(c.source)?.claims.push(item.claim(c));
    for (const e of newEvents) for (const id of new Set(arr(e.sources))) added.get(id)?.events.push(item.event(e));
  }
  for (const s of addedSources) {
    out.sources.added.push({ ...item.source(s), outlet: s.outlet ?? null, published: s.published ?? null, brought: added.get(s.id)! });
  }

  out.total =
    out.sources.added.length + out.sources.changed.length + out.sources.removed.length +
    out.actors.added.length + out.actors.renamed.length + out.actors.aliases.length + out.actors.merged.length + out.actors.removed.length +
    out.claims.added.length + out.claims.changed.length + out.claims.removed.length +
    out.events.added.length + out.events.changed.length + out.events.removed.length +
    out.discrepancies.added.length + out.discrepancies.changed.length + out.discrepancies.removed.length;
  return out;
}

/** Reads an earlier build's dossier.json; a one-line error naming the file when it cannot be used. */
export function loadPrevious(file: string): { dossier: Dossier | null; error: string | null } {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { dossier: null, error: `${file}: cannot read the previous dossier (${code === 'ENOENT' ? 'no such file' : code ?? 'read error'})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    const msg = ((err as Error).message || 'invalid JSON').split('\n')[0];
    return { dossier: null, error: `${file}: the previous dossier is not valid JSON (${msg})` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { dossier: null, error: `${file}: the previous dossier is not a JSON object` };
  const d = data as Record<string, unknown>;
  if (!Array.isArray(d.sources)) return { dossier: null, error: `${file}: the previous dossier has no "sources" list; is it a dossier.json?` };
  for (const k of ['actors', 'claims', 'events', 'discrepancies'])
    if (d[k] !== undefined && !Array.isArray(d[k])) return { dossier: null, error: `${file}: the previous dossier's "${k}" is not a list` };
  // Keep only object records so the diff never meets a null or a string where a record should be.
  const objects = (v: unknown) => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object' && !Array.isArray(x)) : []);
  const dossier = {
    ...d,
    sources: objects(d.sources),
    actors: objects(d.actors),
    claims: objects(d.claims),
    events: objects(d.events),
    discrepancies: objects(d.discrepancies),
  } as unknown as Dossier;
  return { dossier, error: null };
}
