// The misses of a devset-format set sorted into families of failure, with counts and examples, for the
// engineers who fix the extraction ("title glued to a name: 7 (State Jane Roe, ...)"). Heuristic and
// descriptive only: no headline figure depends on it.

import type { DevSet } from './devset-gold.ts';
import { devNorm } from './devset-norm.ts';
import type { DossierView } from './dossier-view.ts';
import { actorsPerSource, type ActorFamily } from './family-actors.ts';
import type { EventFamily } from './family-events.ts';
import type { QuoteFamily, SpeechFamily } from './family-quotes.ts';
import type { RelationFamily } from './family-relations.ts';
import { titleCarried } from './titles.ts';

export interface FailureFamily {
  family: string;
  count: number;
  examples: string[];
}

class Tally {
  private m = new Map<string, string[]>();
  add(family: string, example: string): void {
    let l = this.m.get(family);
    if (!l) this.m.set(family, (l = []));
    l.push(example);
  }
  list(): FailureFamily[] {
    return [...this.m.entries()]
      .map(([family, ex]) => ({ family, count: ex.length, examples: ex.slice(0, 6) }))
      .sort((a, b) => b.count - a.count || a.family.localeCompare(b.family));
  }
}

const within = (inner: string, outer: string) => inner !== outer && ` ${outer} `.includes(` ${inner} `);
const tag = (file: string) => file.slice(0, 3);

export function actorFailures(d: DossierView, g: DevSet, f: ActorFamily): FailureFamily[] {
  const t = new Tally();
  const gold = new Map(g.articles.map((a) => [a.file, a]));
  for (const s of f.spurious) {
    const art = gold.get(s.file)!;
    const surf = new Set(art.actors.flatMap((x) => x.surface.map(devNorm)));
    const n = devNorm(s.name);
    if (titleCarried(s.name, s.type, surf, devNorm)) t.add('spurious: title or role glued to a name', `${tag(s.file)} ${s.name}`);
    else if ([...surf].some((x) => within(n, x))) t.add('spurious: name cut short (part of an annotated name)', `${tag(s.file)} ${s.name}`);
    else if ([...surf].some((x) => within(x, n))) t.add('spurious: name run on (an annotated name plus other words)', `${tag(s.file)} ${s.name}`);
    else t.add(`spurious: not an annotated name (${s.type})`, `${tag(s.file)} ${s.name}`);
  }
  const src = new Map(d.sources.map((s) => [s.file, s]));
  const perSource = actorsPerSource(d.actors);
  for (const m of f.missed) {
    const art = gold.get(m.file)!;
    const x = art.actors.find((a) => a.name === m.name)!;
    const surf = x.surface.map(devNorm);
    const s = src.get(m.file);
    const names = (s ? (perSource.get(s.id) ?? []) : []).flatMap((a) => [a.name, ...a.aliases].map(devNorm));
    const near = names.find((n) => surf.some((sf) => within(sf, n) || within(n, sf)));
    if (near) t.add(`missed ${m.type}: only a longer or shorter name found`, `${tag(m.file)} ${m.name} (got "${near}")`);
    else t.add(`missed ${m.type}: not found`, `${tag(m.file)} ${m.name}`);
  }
  const byId = new Map(d.actors.map((a) => [a.id, a]));
  for (const sp of f.split) {
    const acts = sp.actors.map((id) => byId.get(id)!).filter(Boolean);
    const types = new Set(acts.map((a) => a.type));
    const desc = `${sp.name}: ${acts.map((a) => `${a.name} (${a.type})`).join(' / ')}`;
    t.add(types.size > 1 ? 'split: one name, two types' : 'split: variants left apart', desc);
  }
  for (const m of f.false_merges) t.add('false merge', `${byId.get(m.actor)?.name ?? m.actor}: ${m.names.join(' + ')}`);
  for (const e of f.type_errors) t.add(`type: annotated ${e.gold}, predicted ${e.predicted.join('+')}`, `${tag(e.file)} ${e.name}`);
  return t.list();
}

function speechFailures(t: Tally, f: SpeechFamily, what: string): void {
  for (const m of f.misses) {
    const ex = `${tag(m.file)} "${m.text.slice(0, 50)}" (${m.speaker})`;
    if (m.predicted === undefined) t.add(`${what}: not found`, ex);
    else if (m.predicted.every((p) => !p)) t.add(`${what}: found, no speaker at all`, ex);
    else t.add(`${what}: found, wrong speaker`, `${ex} got ${(m.predicted_names ?? m.predicted).filter(Boolean).map((p) => `"${p}"`).join('/')}`);
  }
}

export function quoteFailures(f: QuoteFamily): FailureFamily[] {
  const t = new Tally();
  speechFailures(t, f.full, 'quote');
  speechFailures(t, f.fragments, 'fragment');
  speechFailures(t, f.reported, 'reported speech');
  return t.list();
}

export function relationFailures(f: RelationFamily): FailureFamily[] {
  const t = new Tally();
  for (const m of f.missed) t.add(`missed ${m.kinds[0]}`, `${tag(m.file)} ${m.from} -> ${m.to}`);
  for (const w of f.wrong) {
    const unnamed = w.from.startsWith('?') || w.to.startsWith('?');
    const fam = w.flagrant ? 'wrong: FLAGRANT (a "not" pair)' : unnamed ? 'wrong: an end is no annotated actor' : 'wrong: pair not stated';
    t.add(fam, `${tag(w.file)} ${w.from} -${w.kinds.join('/')}-> ${w.to}`);
  }
  return t.list();
}

export function eventFailures(f: EventFamily): FailureFamily[] {
  const t = new Tally();
  for (const m of f.misses) t.add(`not found at its date (${m.basis})`, `${tag(m.file)} ${m.date} ${m.what.slice(0, 60)}`);
  const v = f.by_text_extraction ?? f.by_text_dossier;
  for (const m of v.misses) t.add(`no event in its sentence (${m.basis})`, `${tag(m.file)} ${m.what.slice(0, 60)}`);
  for (const m of v.date_misses) {
    const undated = m.predicted!.every((p) => p === null);
    t.add(undated ? `event found, undated (${m.basis})` : `event found, wrong date (${m.basis})`, `${tag(m.file)} ${m.date} got ${m.predicted!.map((p) => p ?? '-').join('/')}: ${m.what.slice(0, 50)}`);
  }
  for (const p of f.page_dated) t.add('dated from a page date', `${tag(p.file)} ${p.date} ("${p.date_text ?? ''}")`);
  return t.list();
}
