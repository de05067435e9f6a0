// Who against whom, as the pages show it: the dossier's relation records grouped by (from, kind, to),
// each line with the verb the sources use and links to the sentences that state it, counted by
// independent reports (wire copies once). The summary's table, the actor pages and the network read
// these lines.
import type { ActorRecord, Dossier, RelationKind, RelationRecord, SourceRecord } from '../lib/types.ts';
import { sentenceHref } from './addresses.ts';

export interface RelationActor {
  id: string;
  name: string;
  url_path: string;
}

export interface RelationLine {
  from: RelationActor;
  to: RelationActor;
  kind: RelationKind;
  /** The verb as the sources write it, the most used first ("accused", "was arrested by"). */
  verb: string;
  /** Independent reports that state it. */
  count: number;
  /** Links to the sentences that state it (at most MAX_EVIDENCE), labelled with the outlet. */
  evidence: { label: string; href: string }[];
}

const MAX_EVIDENCE = 6;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function outletLabel(s: SourceRecord | undefined, fallback: string): string {
  if (!s) return fallback;
  if (s.outlet) return s.outlet;
  if (s.title) return s.title.length > 40 ? `${s.title.slice(0, 39)}…` : s.title;
  return s.id;
}

/** One line per (from, kind, to), most reported first, then by names. */
export function relationLines(dossier: Dossier): RelationLine[] {
  const actors = new Map<string, ActorRecord>((dossier?.actors ?? []).map((a) => [a.id, a]));
  const sources = new Map<string, SourceRecord>((dossier?.sources ?? []).map((s) => [s.id, s]));
  const groups = new Map<string, RelationRecord[]>();
  for (const r of dossier?.relations ?? []) {
    if (!actors.has(r.from) || !actors.has(r.to)) continue;
    const k = `${r.from}\u0000${r.kind}\u0000${r.to}`;
    let l = groups.get(k);
    if (!l) groups.set(k, (l = []));
    l.push(r);
  }
  const link = (a: ActorRecord): RelationActor => ({ id: a.id, name: a.name, url_path: a.url_path });
  const out: RelationLine[] = [];
  for (const rs of groups.values()) {
    rs.sort((a, b) => cmp(a.source, b.source) || a.sentence_n - b.sentence_n);
    const verbs = new Map<string, number>();
    for (const r of rs) verbs.set(r.verb || r.kind, (verbs.get(r.verb || r.kind) ?? 0) + 1);
    const verb = [...verbs].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
    const reports = new Set(rs.map((r) => sources.get(r.source)?.report ?? r.source));
    const evidence: RelationLine['evidence'] = [];
    for (const r of rs) {
      const href = sentenceHref(r.source, r.sentence_n);
      if (evidence.length < MAX_EVIDENCE && !evidence.some((e) => e.href === href)) evidence.push({ label: outletLabel(sources.get(r.source), r.source), href });
    }
    out.push({ from: link(actors.get(rs[0].from)!), to: link(actors.get(rs[0].to)!), kind: rs[0].kind, verb, count: reports.size, evidence });
  }
  return out.sort((a, b) => b.count - a.count || cmp(a.from.name, b.from.name) || cmp(a.to.name, b.to.name) || cmp(a.kind, b.kind));
}

/** The lines an actor is on, either end. */
export function actorRelationLines(lines: RelationLine[], actorId: string): RelationLine[] {
  return lines.filter((l) => l.from.id === actorId || l.to.id === actorId);
}
