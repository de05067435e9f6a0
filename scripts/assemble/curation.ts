// The analyst's curation file (_data/curation.yml): corrections and additions applied after
// extraction, never rewritten by a build. Validated with the `yaml` package so every problem names
// its line ("curation.yml:12: unknown key \"nmae\""). Format:
//
//   actors:                       # keyed by actor id as the resolver gives it, or by the slug of any
//                                 # spelling of exactly one actor (ids follow the canonical name)
//     <id>:
//       name: Display Name        # rename (the id stays, so links and this file keep working)
//       type: person              # retype: person | organization | place
//       hide: true                # keep out of the site (still resolved, so mentions are not re-guessed)
//       description: One or two sentences in the analyst's words.
//       portrait: /img/x.jpg
//       aliases: [Another Form]   # extra surface forms to show
//       member_of: [<id>, ...]    # affiliations; a single id may be written without brackets
//       backed_by: [<id>, ...]
//       leads: [<id>, ...]
//   merge:                        # one real-world entity split by the resolver
//     - into: <id>
//       from: [<id>, ...]
//   split:                        # two entities merged by the resolver: move some sources' mentions out
//     - from: <id>
//       name: New Actor Name      # id of the new actor = slug of the name (or `id:`)
//       type: person              # optional, default: the type of `from`
//       sources: [<source id>, ...]   # the local entities of these sources move to the new actor
//       aliases: [Form, ...]          # ...and/or the local entities with these names, in any source
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { ActorRecord, ActorType, Affiliation } from '../lib/types.ts';
import { slugify } from '../lib/slug.ts';

const TYPES = new Set<ActorType>(['person', 'organization', 'place']);
const RELATIONS = ['member_of', 'backed_by', 'leads'] as const;
const ACTOR_KEYS = new Set(['name', 'type', 'hide', 'description', 'portrait', 'aliases', ...RELATIONS]);

export interface ActorCuration {
  line: number;
  name?: string;
  type?: ActorType;
  hide?: boolean;
  description?: string;
  portrait?: string;
  aliases?: string[];
  affiliations: Affiliation[];
}

export interface MergeCuration {
  line: number;
  into: string;
  from: string[];
}

export interface SplitCuration {
  line: number;
  from: string;
  name: string;
  id?: string;
  type?: ActorType;
  sources: string[];
  aliases: string[];
}

export interface Curation {
  /** File name used in messages ("curation.yml"). */
  file: string;
  actors: Map<string, ActorCuration>;
  merge: MergeCuration[];
  split: SplitCuration[];
}

export function emptyCuration(file = 'curation.yml'): Curation {
  return { file, actors: new Map(), merge: [], split: [] };
}

/**
 * Reads and validates the curation file. A missing file is an empty curation. A file that is not YAML
 * gives `curation: null`; otherwise every invalid entry is reported in `errors` and left out, and the
 * valid rest is returned.
 */
export function loadCuration(file: string): { curation: Curation | null; errors: string[] } {
  const name = path.basename(file);
  let text: string;
  try {
    if (!fs.existsSync(file)) return { curation: emptyCuration(name), errors: [] };
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { curation: null, errors: [`${name}:1: cannot read (${(e as Error).message})`] };
  }
  return parseCuration(text, name);
}

export function parseCuration(text: string, name = 'curation.yml'): { curation: Curation | null; errors: string[] } {
  const lc = new LineCounter();
  const errors: string[] = [];
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const lineOf = (n: YamlNode | Pair | null | undefined): number => {
    const range = (n as { range?: [number, number, number] } | null)?.range ?? ((n as Pair)?.key as { range?: [number, number, number] })?.range;
    return range ? lc.linePos(range[0]).line : 1;
  };
  const err = (line: number, msg: string) => errors.push(`${name}:${line}: ${msg}`);
  if (doc.errors.length) {
    // Without prettyErrors the yaml package leaves linePos unset: the line comes from the error's offset.
    for (const e of doc.errors) err(e.pos?.[0] !== undefined ? lc.linePos(e.pos[0]).line : 1, e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
    return { curation: null, errors };
  }
  const cur = emptyCuration(name);
  const root = doc.contents;
  if (root == null || (isScalar(root) && root.value == null)) return { curation: cur, errors };
  if (!isMap(root)) {
    err(lineOf(root), 'the file must be a mapping with "actors", "merge" and/or "split"');
    return { curation: cur, errors };
  }

  const str = (n: unknown): string | null => (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number') ? String(n.value).trim() || null : null);
  const strList = (n: unknown, line: number, what: string): string[] | null => {
    if (isScalar(n)) {
      const s = str(n);
      if (s) return [s];
    } else if (isSeq(n)) {
      const out: string[] = [];
      for (const item of n.items) {
        const s = str(item);
        if (!s) {
          err(lineOf(item as YamlNode), `${what}: every item must be a non-empty string`);
          return null;
        }
        out.push(s);
      }
      return out;
    }
    err(line, `${what}: expected a string or a list of strings`);
    return null;
  };

  for (const top of root.items) {
    const key = str(top.key);
    const line = lineOf(top.key as YamlNode);
    if (key === 'actors') {
      if (top.value == null || (isScalar(top.value) && top.value.value == null)) continue;
      if (!isMap(top.value)) {
        err(line, '"actors" must be a mapping of actor id -> settings');
        continue;
      }
      for (const entry of top.value.items) {
        const id = str(entry.key);
        const eline = lineOf(entry.key as YamlNode);
        if (!id) {
          err(eline, 'actor id must be a string');
          continue;
        }
        if (!isMap(entry.value)) {
          err(eline, `actor "${id}": expected a mapping of settings`);
          continue;
        }
        const a: ActorCuration = { line: eline, affiliations: [] };
        let ok = true;
        for (const f of entry.value.items) {
          const fk = str(f.key);
          const fline = lineOf(f.key as YamlNode);
          if (!fk || !ACTOR_KEYS.has(fk)) {
            err(fline, `actor "${id}": unknown key "${fk ?? '?'}" (expected one of ${[...ACTOR_KEYS].join(', ')})`);
            ok = false;
            continue;
          }
          if (fk === 'hide') {
            if (!isScalar(f.value) || typeof f.value.value !== 'boolean') {
              err(fline, `actor "${id}": "hide" must be true or false`);
              ok = false;
            } else a.hide = f.value.value;
          } else if (fk === 'type') {
            const t = str(f.value);
            if (!t || !TYPES.has(t as ActorType)) {
              err(fline, `actor "${id}": type must be person, organization or place (got "${t ?? ''}")`);
              ok = false;
            } else a.type = t as ActorType;
          } else if (fk === 'name' || fk === 'description' || fk === 'portrait') {
            const v = str(f.value);
            if (!v) {
              err(fline, `actor "${id}": "${fk}" must be a non-empty string`);
              ok = false;
            } else a[fk] = v;
          } else if (fk === 'aliases') {
            const l = strList(f.value, fline, `actor "${id}": aliases`);
            if (l) a.aliases = l;
            else ok = false;
          } else {
            const l = strList(f.value, fline, `actor "${id}": ${fk}`);
            if (l) for (const target of l) a.affiliations.push({ relation: fk, actor: target });
            else ok = false;
          }
        }
        if (cur.actors.has(id)) err(eline, `actor "${id}" is listed twice`);
        else if (ok) cur.actors.set(id, a);
      }
    } else if (key === 'merge' || key === 'split') {
      if (!isSeq(top.value)) {
        err(line, `"${key}" must be a list`);
        continue;
      }
      for (const item of top.value.items) {
        const iline = lineOf(item as YamlNode);
        if (!isMap(item)) {
          err(iline, `${key}: each entry must be a mapping`);
          continue;
        }
        const fields = new Map<string, unknown>();
        for (const p of item.items) fields.set(str(p.key) ?? '?', p.value);
        const allowed = key === 'merge' ? ['into', 'from'] : ['from', 'name', 'id', 'type', 'sources', 'aliases'];
        const unknown = [...fields.keys()].filter((k) => !allowed.includes(k));
        if (unknown.length) {
          err(iline, `${key}: unknown key "${unknown[0]}" (expected ${allowed.join(', ')})`);
          continue;
        }
        if (key === 'merge') {
          const into = str(fields.get('into'));
          const from = fields.has('from') ? strList(fields.get('from'), iline, 'merge: from') : null;
          if (!into) err(iline, 'merge: "into" (an actor id) is required');
          else if (!from || !from.length) {
            if (!fields.has('from')) err(iline, 'merge: "from" (actor ids) is required');
          } else cur.merge.push({ line: iline, into, from });
        } else {
          const from = str(fields.get('from'));
          const nm = str(fields.get('name'));
          const t = fields.has('type') ? str(fields.get('type')) : null;
          const sources = fields.has('sources') ? strList(fields.get('sources'), iline, 'split: sources') : [];
          const aliases = fields.has('aliases') ? strList(fields.get('aliases'), iline, 'split: aliases') : [];
          if (!from) err(iline, 'split: "from" (an actor id) is required');
          else if (!nm) err(iline, 'split: "name" (the new actor\'s name) is required');
          else if (t && !TYPES.has(t as ActorType)) err(iline, `split: type must be person, organization or place (got "${t}")`);
          else if (!sources || !aliases) continue;
          else if (!sources.length && !aliases.length) err(iline, 'split: give "sources" and/or "aliases" to move');
          else cur.split.push({ line: iline, from, name: nm, id: str(fields.get('id')) ?? undefined, type: (t as ActorType) ?? undefined, sources, aliases });
        }
      }
    } else {
      err(line, `unknown section "${key ?? '?'}" (expected actors, merge, split)`);
    }
  }
  return { curation: cur, errors };
}

function cloneActor(a: ActorRecord): ActorRecord {
  return {
    ...a,
    aliases: [...a.aliases],
    mentions: a.mentions.map((m) => ({ ...m })),
    roles: [...a.roles],
    affiliations: a.affiliations.map((x) => ({ ...x })),
    evidence: [...a.evidence],
  };
}

const bySource = (a: { source: string }, b: { source: string }) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

/**
 * Applies a curation to resolved actors. Pure: the inputs are not modified. Order: merge, split, then
 * per-actor settings (rename, retype, aliases, description, portrait, affiliations, hide). References to
 * unknown ids are skipped with a warning naming the line.
 */
export function applyCuration(
  actors: ActorRecord[],
  actorOf: Map<string, string>,
  curation: Curation,
): { actors: ActorRecord[]; actorOf: Map<string, string>; hidden: Set<string>; warnings: string[] } {
  const warnings: string[] = [];
  const file = curation?.file ?? 'curation.yml';
  const warn = (line: number, msg: string) => warnings.push(`${file}:${line}: ${msg}`);
  const byId = new Map(actors.map((a) => [a.id, cloneActor(a)]));
  const map = new Map(actorOf);
  const hidden = new Set<string>();
  if (!curation) return { actors: [...byId.values()], actorOf: map, hidden, warnings };
  // A reference is an actor id, or the slug of any spelling of exactly one actor: ids follow the
  // canonical name, which may change as sources are added, and the file should keep working.
  const bySlug = new Map<string, Set<string>>();
  for (const a of byId.values())
    for (const form of [a.name, ...a.aliases]) {
      const k = slugify(form);
      let set = bySlug.get(k);
      if (!set) bySlug.set(k, (set = new Set()));
      set.add(a.id);
    }
  const ref = (r: string): string | null => {
    if (byId.has(r)) return r;
    const set = bySlug.get(r);
    if (!set) return null;
    const live = [...set].filter((id) => byId.has(id));
    return live.length === 1 ? live[0] : null;
  };

  // Merge: aliases, roles, mention counts and evidence join the target; local entities point at it.
  for (const m of curation.merge) {
    const intoId = ref(m.into) ?? m.into;
    const into = byId.get(intoId);
    if (!into) {
      warn(m.line, `merge: unknown actor "${m.into}"`);
      continue;
    }
    for (const given of m.from) {
      const id = ref(given) ?? given;
      const from = byId.get(id);
      if (!from || id === intoId) {
        warn(m.line, `merge: unknown actor "${given}"`);
        continue;
      }
      into.aliases = [...new Set([...into.aliases, ...from.aliases])].sort();
      into.roles = [...new Set([...into.roles, ...from.roles])].sort();
      const counts = new Map(into.mentions.map((x) => [x.source, x.count]));
      for (const x of from.mentions) counts.set(x.source, (counts.get(x.source) ?? 0) + x.count);
      into.mentions = [...counts.entries()].map(([source, count]) => ({ source, count })).sort(bySource);
      into.evidence.push(...from.evidence, { rule: 'curation-merge', alias: from.name, into: into.name, source: '', sentence: 0, detail: `${file}:${m.line}` });
      into.affiliations.push(...from.affiliations);
      byId.delete(id);
      for (const [k, v] of map) if (v === id) map.set(k, intoId);
      for (const a of byId.values()) for (const af of a.affiliations) if (af.actor === id) af.actor = intoId;
    }
  }

  // Split: the chosen local entities leave `from` for a new actor.
  for (const s of curation.split) {
    const fromId = ref(s.from) ?? s.from;
    const from = byId.get(fromId);
    if (!from) {
      warn(s.line, `split: unknown actor "${s.from}"`);
      continue;
    }
    let id = s.id ?? slugify(s.name, 'actor');
    for (let n = 2; byId.has(id); n++) id = `${s.id ?? slugify(s.name, 'actor')}-${n}`;
    const aliasSlugs = new Set(s.aliases.map((a) => slugify(a)));
    const sources = new Set(s.sources);
    const moved: string[] = [];
    for (const [k, v] of map) {
      if (v !== fromId) continue;
      const [source, local] = k.split('\u0000');
      const localSlug = local.slice(local.indexOf(':') + 1).replace(/-\d+$/, '');
      if (sources.has(source) || aliasSlugs.has(localSlug)) {
        map.set(k, id);
        moved.push(source);
      }
    }
    if (!moved.length) {
      warn(s.line, `split: nothing of "${s.from}" matches the given sources/aliases`);
      continue;
    }
    // Mention counts move per source when all of that source's entities moved (sources:), else stay.
    const stillThere = new Set([...map.entries()].filter(([, v]) => v === fromId).map(([k]) => k.split('\u0000')[0]));
    const movedSources = new Set(moved);
    const newMentions = from.mentions.filter((m) => movedSources.has(m.source) && !stillThere.has(m.source));
    from.mentions = from.mentions.filter((m) => !newMentions.includes(m));
    const movedAliases = s.aliases.filter((a) => from.aliases.includes(a));
    from.aliases = from.aliases.filter((a) => !movedAliases.includes(a));
    byId.set(id, {
      id,
      name: s.name,
      type: s.type ?? from.type,
      aliases: [...new Set([s.name, ...movedAliases])].sort(),
      mentions: newMentions.length ? newMentions : [...movedSources].sort().map((source) => ({ source, count: 0 })),
      url_path: `/actors/${id}/`,
      roles: [],
      description: null,
      affiliations: [],
      portrait: null,
      evidence: [{ rule: 'curation-split', alias: s.name, into: from.name, source: '', sentence: 0, detail: `${file}:${s.line}` }],
    });
  }

  // Per-actor settings.
  for (const [given, c] of curation.actors) {
    const id = ref(given);
    const a = id ? byId.get(id) : undefined;
    if (!id || !a) {
      warn(c.line, `unknown actor "${given}"`);
      continue;
    }
    if (c.name && c.name !== a.name) {
      a.evidence.push({ rule: 'curation-rename', alias: a.name, into: c.name, source: '', sentence: 0, detail: `${file}:${c.line}` });
      if (!a.aliases.includes(a.name)) a.aliases.push(a.name);
      a.name = c.name;
    }
    if (c.type) a.type = c.type;
    if (c.aliases) a.aliases = [...new Set([...a.aliases, ...c.aliases])].sort();
    if (c.description) a.description = c.description;
    if (c.portrait) a.portrait = c.portrait;
    for (const af of c.affiliations) {
      const target = ref(af.actor);
      if (!target) {
        warn(c.line, `actor "${given}": ${af.relation} refers to unknown actor "${af.actor}"`);
        continue;
      }
      if (target === id) {
        warn(c.line, `actor "${given}": ${af.relation} refers to itself`);
        continue;
      }
      if (!a.affiliations.some((x) => x.relation === af.relation && x.actor === target)) a.affiliations.push({ relation: af.relation, actor: target });
    }
    if (c.hide) hidden.add(id);
  }
  for (const a of byId.values()) a.affiliations.sort((x, y) => (x.relation + x.actor < y.relation + y.actor ? -1 : 1));
  const out = [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { actors: out, actorOf: map, hidden, warnings };
}
