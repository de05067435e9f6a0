// Relation records: the articles' relations with their local entity keys turned into actor ids, each
// linked to the claim it comes from and to the event told in the same sentence, and counted by the
// distinct reports that state the same (from, kind, to): copies of one wire story count once.
import type { ArticleExtraction, ClaimRecord, EventRecord, RelationKind, RelationRecord } from '../lib/types.ts';
import type { ActorLookup } from './inputs.ts';

/** Event types that tell the same happening as a relation of this kind. */
const EVENT_TYPES: Record<RelationKind, string[]> = {
  attacks: ['attack', 'strike', 'killing', 'kidnapping'],
  arrests: ['arrest', 'kidnapping'],
  threatens: ['threat'],
  accuses: ['statement'],
  condemns: ['statement'],
  demands: ['statement'],
  sanctions: [],
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function relationRecords(
  extractions: ArticleExtraction[],
  lookup: ActorLookup,
  reportOfSource: Map<string, string>,
  claims: ClaimRecord[],
  events: EventRecord[],
): RelationRecord[] {
  const claimIds = new Set(claims.map((c) => c.id));
  // (source, sentence) -> events told there
  const eventsAt = new Map<string, EventRecord[]>();
  for (const e of events)
    for (const a of e.accounts ?? []) {
      const k = `${a.source}\u0000${a.sentence_n}`;
      let l = eventsAt.get(k);
      if (!l) eventsAt.set(k, (l = []));
      if (!l.includes(e)) l.push(e);
    }
  const out: RelationRecord[] = [];
  for (const x of [...extractions].sort((a, b) => cmp(a.meta.id, b.meta.id))) {
    const src = x.meta.id;
    const sentence = new Map(x.cleaned.sentences.map((s) => [s.n, s.text]));
    const seen = new Set<string>();
    let k = 0;
    for (const r of x.relations ?? []) {
      const from = lookup.actorFor(src, r.from);
      const to = lookup.actorFor(src, r.to);
      if (!from || !to || from === to) continue;
      const key = `${r.kind}\u0000${from}\u0000${to}\u0000${r.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const claim = r.claim !== null ? `${src}-c${r.claim + 1}` : null;
      const types = EVENT_TYPES[r.kind];
      const event = (eventsAt.get(`${src}\u0000${r.sentence}`) ?? []).filter((e) => types.includes(e.type)).sort((a, b) => cmp(a.id, b.id))[0];
      out.push({
        id: `${src}-r${++k}`,
        kind: r.kind,
        from,
        to,
        source: src,
        sentence_n: r.sentence,
        evidence: sentence.get(r.sentence) ?? '',
        claim: claim && claimIds.has(claim) ? claim : null,
        event: event ? event.id : null,
        independent_reports: 1,
        verb: r.verb,
      });
    }
  }
  // independent reports of the same (from, kind, to)
  const reports = new Map<string, Set<string>>();
  for (const r of out) {
    const key = `${r.from}\u0000${r.kind}\u0000${r.to}`;
    let s = reports.get(key);
    if (!s) reports.set(key, (s = new Set()));
    s.add(reportOfSource.get(r.source) ?? r.source);
  }
  for (const r of out) r.independent_reports = reports.get(`${r.from}\u0000${r.kind}\u0000${r.to}`)!.size;
  return out;
}
