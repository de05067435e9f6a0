// Actors on a devset-format set, counted exactly as score-devset.py's score_actors: per article, the
// annotated people and organisations (boilerplate and incidental ones left out) found when any actor the
// prediction mentions in that source carries one of their surfaces (recall); the predicted people and
// organisations of the source that carry any annotated surface of the article, or an `acceptable` name
// (precision); across articles, a canonical name whose surfaces are carried by more than one predicted
// actor is split, and a predicted actor carrying surfaces of more than one canonical name is a false
// merge. Beside those: F1 per article, names carrying a title, and type agreement.

import type { DevSet } from './devset-gold.ts';
import { devNames, devNorm, intersects, pyList } from './devset-norm.ts';
import type { DossierView, ViewActor } from './dossier-view.ts';
import { titleCarried } from './titles.ts';
import { ratio, type Ratio } from './score.ts';

export interface ArticleF1 {
  file: string;
  recall: Ratio;
  precision: Ratio;
  f1: number | null;
}
export interface ActorFamily {
  f1: number;
  recall: Ratio;
  precision: Ratio;
  per_article: ArticleF1[];
  split: { name: string; actors: string[] }[];
  false_merges: { actor: string; names: string[] }[];
  missed: { file: string; name: string; type: string }[];
  spurious: { file: string; name: string; type: string }[];
  /** Predicted names (name or alias) carrying a title, each once. */
  titled: { file: string; name: string; why: string }[];
  /** Predicted people and organisations' distinct names over the set (the titles' denominator). */
  names: number;
  /** Annotated actors (not boilerplate) found in their article: predicted type agrees. */
  type_agreement: Ratio;
  type_errors: { file: string; name: string; gold: string; predicted: string[] }[];
  source_missing: string[];
}

const f1Of = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** score-devset.py actor_index: normalised alias -> predicted actor ids. */
export function actorIndex(actors: ViewActor[]): Map<string, Set<string>> {
  const idx = new Map<string, Set<string>>();
  for (const a of actors)
    for (const al of devNames(a)) {
      let s = idx.get(al);
      if (!s) idx.set(al, (s = new Set()));
      s.add(a.id);
    }
  return idx;
}

/** Predicted actors per source id, one entry per mention record (as score-devset.py lists them). */
export function actorsPerSource(actors: ViewActor[]): Map<string, ViewActor[]> {
  const out = new Map<string, ViewActor[]>();
  for (const a of actors)
    for (const m of a.mentions ?? []) {
      let l = out.get(m.source);
      if (!l) out.set(m.source, (l = []));
      l.push(a);
    }
  return out;
}

export function scoreActorFamily(d: DossierView, g: DevSet): ActorFamily {
  const src = new Map(d.sources.map((s) => [s.file, s]));
  const perSource = actorsPerSource(d.actors);
  const acceptable = new Set(g.acceptable.map(devNorm));
  const out: ActorFamily = {
    f1: 0, recall: ratio(0, 0), precision: ratio(0, 0), per_article: [], split: [], false_merges: [], missed: [], spurious: [],
    titled: [], names: 0, type_agreement: ratio(0, 0), type_errors: [], source_missing: [],
  };
  let tp = 0, fn = 0, tpp = 0, fp = 0, typeOk = 0, typeAll = 0;
  const canon = new Map<string, Set<string>>();
  const titledSeen = new Set<string>();
  const namesSeen = new Set<string>();
  for (const art of g.articles) {
    const s = src.get(art.file);
    if (!s) out.source_missing.push(art.file);
    const pred = s ? (perSource.get(s.id) ?? []) : [];
    const predPo = pred.filter((a) => a.type === 'person' || a.type === 'organization');
    const allSurf = new Set<string>();
    for (const x of art.actors) {
      for (const f of x.surface) allSurf.add(devNorm(f));
      if ((x.type === 'person' || x.type === 'organization') && !x.boilerplate) {
        let c = canon.get(x.name);
        if (!c) canon.set(x.name, (c = new Set()));
        for (const f of x.surface) c.add(devNorm(f));
      }
    }
    let aTp = 0, aFn = 0, aTpp = 0, aFp = 0;
    for (const x of art.actors) {
      if (x.type !== 'person' && x.type !== 'organization') continue;
      if (x.boilerplate || x.incidental) continue;
      const surf = new Set(x.surface.map(devNorm));
      if (pred.some((a) => intersects(surf, devNames(a)))) aTp++;
      else {
        aFn++;
        out.missed.push({ file: art.file, name: x.name, type: x.type });
      }
    }
    for (const a of predPo) {
      const names = devNames(a);
      if (intersects(names, allSurf) || intersects(names, acceptable)) aTpp++;
      else {
        aFp++;
        out.spurious.push({ file: art.file, name: a.name, type: a.type });
      }
      for (const al of new Set([a.name, ...a.aliases])) {
        const k = devNorm(al);
        namesSeen.add(k);
        if (titledSeen.has(k)) continue;
        const why = titleCarried(al, a.type, allSurf, devNorm);
        if (why) {
          titledSeen.add(k);
          out.titled.push({ file: art.file, name: al, why });
        }
      }
    }
    // type agreement over every annotated actor (places too) that the prediction found in the article
    for (const x of art.actors) {
      if (x.boilerplate) continue;
      const surf = new Set(x.surface.map(devNorm));
      const hits = pred.filter((a) => intersects(surf, devNames(a)));
      if (!hits.length) continue;
      typeAll++;
      const types = [...new Set(hits.map((a) => a.type))].sort();
      if (types.length === 1 && types[0] === x.type) typeOk++;
      else out.type_errors.push({ file: art.file, name: x.name, gold: x.type, predicted: types });
    }
    tp += aTp; fn += aFn; tpp += aTpp; fp += aFp;
    const r = ratio(aTp, aTp + aFn), p = ratio(aTpp, aTpp + aFp);
    out.per_article.push({ file: art.file, recall: r, precision: p, f1: r.value === null && p.value === null ? null : f1Of(p.value ?? 0, r.value ?? 0) });
  }
  out.recall = ratio(tp, tp + fn);
  out.precision = ratio(tpp, tpp + fp);
  out.f1 = f1Of(out.precision.value ?? 0, out.recall.value ?? 0);
  out.names = namesSeen.size;
  out.type_agreement = ratio(typeOk, typeAll);
  splitsAndMerges(d.actors, canon, out);
  return out;
}

function splitsAndMerges(actors: ViewActor[], canon: Map<string, Set<string>>, out: ActorFamily): void {
  const idx = actorIndex(actors);
  const merged = new Map<string, Set<string>>();
  for (const [name, surf] of canon) {
    const hits = new Set<string>();
    for (const f of surf) for (const id of idx.get(f) ?? []) hits.add(id);
    if (hits.size > 1) out.split.push({ name, actors: [...hits].sort() });
    for (const h of hits) {
      let m = merged.get(h);
      if (!m) merged.set(h, (m = new Set()));
      m.add(name);
    }
  }
  for (const [actor, names] of merged) if (names.size > 1) out.false_merges.push({ actor, names: [...names].sort() });
}

/** The miss lines score-devset.py prints for actors, in its order and wording. */
export function actorLines(f: ActorFamily): string[] {
  const lines: string[] = [];
  for (const m of f.source_missing) lines.push(`source missing: ${m}`);
  const byFile = new Map<string, string[]>();
  const push = (file: string, l: string) => {
    let a = byFile.get(file);
    if (!a) byFile.set(file, (a = []));
    a.push(l);
  };
  for (const m of f.missed) push(m.file, `${m.file.slice(0, 2)} missed ${m.name}`);
  for (const s of f.spurious) push(s.file, `${s.file.slice(0, 2)} spurious ${s.name}`);
  for (const a of f.per_article) lines.push(...(byFile.get(a.file) ?? []));
  for (const s of f.split) lines.push(`split ${s.name}: ${pyList(s.actors.slice(0, 4))}`);
  for (const m of f.false_merges) lines.push(`false merge ${m.actor}: ${pyList(m.names)}`);
  return lines;
}
