// Test helper: the five bundled articles through events -> clusters -> discrepancies (stand-in entities).
import { extractEvents } from '../../scripts/extract/events/index.ts';
import { clusterEvents, type EventInput } from '../../scripts/assemble/event-clusters.ts';
import { findDiscrepancies } from '../../scripts/assemble/discrepancies.ts';
import { reconcileEventDates } from '../../scripts/assemble/date-consistency.ts';
import { loadCorpus, PUBLISHED, REPORT } from './corpus.ts';

export function runCorpus() {
  const articles = loadCorpus();
  const reportOf = new Map(Object.entries(REPORT));
  // reference for undated wire copies: the publication date of another copy of the same report
  const reference = (id: string) =>
    PUBLISHED[id] ?? Object.keys(REPORT).filter((o) => REPORT[o] === REPORT[id] && PUBLISHED[o]).map((o) => PUBLISHED[o]!).sort()[0] ?? null;
  const raw: EventInput[] = [];
  const perArticle = new Map<string, ReturnType<typeof extractEvents>>();
  for (const a of articles) {
    const evs = extractEvents(a.cleaned, a.meta, a.entities, a.mentions);
    perArticle.set(a.id, evs);
    for (const e of evs)
      raw.push({ sourceId: a.id, event: e, agentActors: e.agents, patientActors: e.patients, placeActors: e.places, sentenceText: a.cleaned.sentences[e.sentence - 1].text, reference: reference(a.id) });
  }
  // the cross-source date check, as assemble.ts runs it
  const consistency = reconcileEventDates(
    raw,
    articles.map((a) => ({ id: a.id, file: a.meta.file, published: PUBLISHED[a.id], report: REPORT[a.id] })),
    reportOf,
  );
  const inputs = consistency.inputs;
  const events = clusterEvents(inputs, reportOf);
  const discrepancies = findDiscrepancies(events, inputs, []);
  return { articles, perArticle, inputs, events, discrepancies, reportOf, consistency };
}
