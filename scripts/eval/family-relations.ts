// Who-against-whom on a devset-format set, counted as score-devset.py's score_relations.
// Predicted triples (from, kind, to) of a source come from the dossier's relation records when it has
// them, else from claims (speaker -> each target; accusation -> accuses, threat/warning -> threatens,
// demand -> demands) and events (each agent -> each patient; attack/killing -> attacks, arrest ->
// arrests). Each end is read as the annotated names of the article whose surfaces (or the canonical name)
// its actor carries; one predicted pair of name groups is one prediction: right when some gold pair is
// in it (kind right when the gold kind is among its kinds, condemns also accepting accuses), ignored when
// it is only a `maybe` pair, else wrong, and flagrant when it is a `not` pair. Gold pairs no prediction
// hit are missed.

import type { DevSet } from './devset-gold.ts';
import { devNames, devNorm, intersects } from './devset-norm.ts';
import type { DossierView } from './dossier-view.ts';

export const CLAIM_OR_EVENT_KIND: Record<string, string> = {
  accusation: 'accuses', threat: 'threatens', warning: 'threatens', demand: 'demands',
  attack: 'attacks', killing: 'attacks', arrest: 'arrests',
};

export interface RelationLine {
  file: string;
  from: string;
  to: string;
  kinds: string[];
  flagrant?: boolean;
}
export interface RelationFamily {
  f1: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  flagrant: number;
  kind_right: number;
  /** "relations" (the dossier's records) or "claims and events" (derived). */
  read_from: string;
  wrong: RelationLine[];
  missed: RelationLine[];
  /** Gold relations per kind, and how many of them were hit. */
  by_kind: Record<string, { gold: number; hit: number }>;
  source_missing: string[];
  /** The annotated files in order (miss lines follow it). */
  files: string[];
}

type Triple = [string, string, string];

/** Predicted (from actor, kind, to actor) of one source. */
export function predictedTriples(d: DossierView, sourceId: string): Triple[] {
  if (d.relations) return d.relations.filter((r) => r.source === sourceId).map((r) => [r.from, r.kind, r.to]);
  const raw: Triple[] = [];
  for (const c of d.claims) {
    const k = CLAIM_OR_EVENT_KIND[c.kind];
    if (c.source === sourceId && k && c.speaker) for (const t of c.targets ?? []) raw.push([c.speaker, k, t]);
  }
  for (const e of d.events) {
    const k = CLAIM_OR_EVENT_KIND[e.type];
    if (k && e.sources.includes(sourceId)) for (const a of e.agents ?? []) for (const p of e.patients ?? []) raw.push([a, k, p]);
  }
  return raw;
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;
// Python compares tuples of names; a predicted end with no annotated name is "?<actor id>".
const groupKey = (fa: string[], ft: string[]) => JSON.stringify([fa, ft]);

export function scoreRelationFamily(d: DossierView, g: DevSet): RelationFamily {
  const src = new Map(d.sources.map((s) => [s.file, s]));
  const actors = new Map(d.actors.map((a) => [a.id, a]));
  const out: RelationFamily = {
    f1: 0, precision: 0, recall: 0, tp: 0, fp: 0, fn: 0, flagrant: 0, kind_right: 0,
    read_from: d.relations ? 'relations' : 'claims and events', wrong: [], missed: [], by_kind: {}, source_missing: [], files: g.articles.map((a) => a.file),
  };
  for (const art of g.articles) {
    const gold = new Map<string, string>();
    for (const r of art.relations) gold.set(pairKey(r.from, r.to), r.kind);
    for (const r of art.relations) {
      const k = (out.by_kind[r.kind] ??= { gold: 0, hit: 0 });
      k.gold++;
    }
    const s = src.get(art.file);
    if (!s) {
      out.fn += gold.size;
      out.source_missing.push(art.file);
      continue;
    }
    const surf = art.actors.map((x) => ({ name: x.name, forms: new Set([...x.surface.map(devNorm), devNorm(x.name)]) }));
    const who = (aid: string): string[] => {
      const n = devNames(actors.get(aid));
      return surf.filter((x) => intersects(n, x.forms)).map((x) => x.name).sort();
    };
    const pred = new Map<string, { fa: string[]; ft: string[]; kinds: Set<string> }>();
    for (const [a, k, t] of predictedTriples(d, s.id)) {
      if (a === t) continue;
      const fa0 = who(a), ft0 = who(t);
      const fa = fa0.length ? fa0 : ['?' + a], ft = ft0.length ? ft0 : ['?' + t];
      const key = groupKey(fa, ft);
      let p = pred.get(key);
      if (!p) pred.set(key, (p = { fa, ft, kinds: new Set() }));
      p.kinds.add(k);
    }
    const maybe = new Set(art.maybe.map((r) => pairKey(r.from, r.to)));
    const nots = new Set(art.not.map((r) => pairKey(r.from, r.to)));
    const hit = new Set<string>();
    const ordered = [...pred.values()].sort((x, y) => cmpTuple(x.fa, y.fa) || cmpTuple(x.ft, y.ft));
    for (const { fa, ft, kinds } of ordered) {
      const pairs = fa.flatMap((x) => ft.map((y) => pairKey(x, y)));
      const good = pairs.filter((p) => gold.has(p));
      if (good.length) {
        out.tp++;
        for (const p of good) hit.add(p);
        if (good.some((p) => kinds.has(gold.get(p)!) || (gold.get(p) === 'condemns' && kinds.has('accuses')))) out.kind_right++;
      } else if (pairs.some((p) => maybe.has(p))) {
        continue;
      } else {
        out.fp++;
        const bad = pairs.some((p) => nots.has(p));
        if (bad) out.flagrant++;
        out.wrong.push({ file: art.file, from: fa[0], to: ft[0], kinds: [...kinds].sort(), ...(bad ? { flagrant: true } : {}) });
      }
    }
    for (const r of art.relations) if (hit.has(pairKey(r.from, r.to))) out.by_kind[r.kind].hit++;
    const missedKeys = [...gold.keys()].filter((p) => !hit.has(p)).sort();
    for (const p of missedKeys) {
      out.fn++;
      const [from, to] = p.split('\u0000');
      out.missed.push({ file: art.file, from, to, kinds: [gold.get(p)!] });
    }
  }
  out.precision = out.tp + out.fp ? out.tp / (out.tp + out.fp) : 0;
  out.recall = out.tp + out.fn ? out.tp / (out.tp + out.fn) : 0;
  out.f1 = out.precision + out.recall ? (2 * out.precision * out.recall) / (out.precision + out.recall) : 0;
  return out;
}

/** Python's tuple-of-strings ordering (code points; a prefix sorts first). */
function cmpTuple(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/** Miss lines in score-devset.py's wording. */
export function relationLines(f: RelationFamily): string[] {
  const lines: string[] = f.source_missing.map((m) => `${m.slice(0, 3)} source missing`);
  const byFile = new Map<string, string[]>();
  const push = (file: string, l: string) => {
    let a = byFile.get(file);
    if (!a) byFile.set(file, (a = []));
    a.push(l);
  };
  for (const w of f.wrong) push(w.file, `${w.file.slice(0, 3)} wrong${w.flagrant ? ' (FLAGRANT)' : ''}: ${w.from} -${w.kinds.join('/')}-> ${w.to}`);
  for (const m of f.missed) push(m.file, `${m.file.slice(0, 3)} missed: ${m.from} -${m.kinds[0]}-> ${m.to}`);
  for (const file of f.files) lines.push(...(byFile.get(file) ?? []));
  return lines;
}
