// What the family scorers read: the fields of data/dossier.json that ../shared/tools/score-devset.py
// reads, plus the per-article extraction's own events when the pipeline ran in process. The same view is
// made from the in-process pipeline (extractCorpus), from a built dossier.json (`--dossier FILE`) and from
// the compromise baseline (actors only), so every figure is computed one way whatever it is computed on.

import { readFileSync } from 'node:fs';
import type { ArticleExtraction, Dossier } from '../lib/types.ts';
import type { Prediction } from './score.ts';

export interface ViewSource {
  id: string;
  file: string;
  published: string | null;
  /** A date the metadata stage saw on the page and rejected as the publication date. */
  page_date?: string | null;
}
export interface ViewActor {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: { source: string }[];
}
export interface ViewClaim {
  source: string;
  kind: string;
  direct: boolean;
  speaker: string | null;
  speaker_label?: string;
  targets?: string[];
  text: string;
  sentence?: string;
}
export interface ViewAccount {
  source: string;
  sentence: string;
  date: string | null;
  date_text?: string | null;
}
export interface ViewEvent {
  id?: string;
  type: string;
  title?: string;
  date: string | null;
  sources: string[];
  agents?: string[];
  patients?: string[];
  accounts?: ViewAccount[];
}
/** A relation record (`relations[]` of dossier.json, once the build has it). */
export interface ViewRelation {
  kind: string;
  from: string;
  to: string;
  source: string;
  sentence_n?: number;
  evidence?: string;
}
/** An event as the per-article extractor read it, before the corpus stages cluster or drop it. */
export interface ExtractedEvent {
  type: string;
  title: string;
  sentence: string;
  date: string | null;
}
export interface DossierView {
  sources: ViewSource[];
  actors: ViewActor[];
  claims: ViewClaim[];
  events: ViewEvent[];
  /** Present when the build writes relation records; else relations are derived from claims and events. */
  relations?: ViewRelation[];
  /** Source id -> the per-article extraction's events (in-process runs only). */
  extracted?: Map<string, ExtractedEvent[]>;
  /** "actors only": the baseline predicts nothing else, its other figures are not printed. */
  actorsOnly?: boolean;
}

function relationsOf(d: object): ViewRelation[] | undefined {
  const r = (d as { relations?: unknown }).relations;
  return Array.isArray(r) ? (r as ViewRelation[]) : undefined;
}

/** The in-process pipeline's result (extractCorpus) as a view. */
export function viewOfCorpus(dossier: Dossier, extractions: ArticleExtraction[]): DossierView {
  const extracted = new Map<string, ExtractedEvent[]>();
  for (const x of extractions) {
    const text = new Map(x.cleaned.sentences.map((s) => [s.n, s.text]));
    extracted.set(
      x.meta.id,
      x.events.map((e) => ({ type: e.type, title: e.title, sentence: text.get(e.sentence) ?? '', date: e.date })),
    );
  }
  const relations = relationsOf(dossier);
  return {
    sources: dossier.sources,
    actors: dossier.actors,
    claims: dossier.claims,
    events: dossier.events,
    ...(relations ? { relations } : {}),
    extracted,
  };
}

/** A built data/dossier.json as a view; throws a one-line message naming the file when it is not one. */
export function viewOfDossierFile(path: string): DossierView {
  let d: unknown;
  try {
    d = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not a readable JSON file (${(e as Error).message.split('\n')[0]})`);
  }
  const o = d as Record<string, unknown>;
  for (const k of ['sources', 'actors', 'claims', 'events'])
    if (!Array.isArray(o?.[k])) throw new Error(`${path}: not a dossier.json (no "${k}" list)`);
  const relations = relationsOf(o);
  return {
    sources: o.sources as ViewSource[],
    actors: o.actors as ViewActor[],
    claims: o.claims as ViewClaim[],
    events: o.events as ViewEvent[],
    ...(relations ? { relations } : {}),
  };
}

/** The compromise baseline (one actor per type and name over the set) on the pipeline's sources. */
export function viewOfBaseline(pred: Prediction, sources: ViewSource[]): DossierView {
  const idOf = new Map(sources.map((s) => [s.file, s.id]));
  const seen = new Map<string, Set<string>>();
  for (const a of pred.articles) {
    const id = idOf.get(a.file) ?? a.file;
    for (const m of a.mentions) {
      if (m.actor === null) continue;
      let s = seen.get(m.actor);
      if (!s) seen.set(m.actor, (s = new Set()));
      s.add(id);
    }
  }
  const actors: ViewActor[] = pred.actors.map((a) => ({
    id: a.id,
    name: a.aliases[0] ?? a.id,
    type: a.type,
    aliases: [...a.aliases],
    mentions: [...(seen.get(a.id) ?? [])].map((source) => ({ source })),
  }));
  return { sources, actors, claims: [], events: [], actorsOnly: true };
}
