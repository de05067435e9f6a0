// Every family of a devset-format set scored on one dossier view: the figures, the miss lines (in
// score-devset.py's wording where it has them) and the failure families.

import type { DevSet } from './devset-gold.ts';
import type { DossierView } from './dossier-view.ts';
import { actorLines, scoreActorFamily, type ActorFamily } from './family-actors.ts';
import { eventLines, scoreEventFamily, type EventFamily } from './family-events.ts';
import { publishedLines, scorePublishedFamily, type PublishedFamily } from './family-published.ts';
import { scoreQuoteFamily, speechLines, type QuoteFamily } from './family-quotes.ts';
import { relationLines, scoreRelationFamily, type RelationFamily } from './family-relations.ts';
import { actorFailures, eventFailures, quoteFailures, relationFailures, type FailureFamily } from './failures.ts';

export interface FamilyScores {
  actors: ActorFamily;
  published: PublishedFamily | null;
  /** null: the prediction has no claims, events or relations (the compromise baseline). */
  quotes: QuoteFamily | null;
  relations: RelationFamily | null;
  events: EventFamily | null;
  /** Miss lines per family. */
  lines: Record<string, string[]>;
  failures: Record<string, FailureFamily[]>;
}

export function scoreFamilies(d: DossierView, g: DevSet): FamilyScores {
  const actors = scoreActorFamily(d, g);
  const full = !d.actorsOnly;
  const published = full && g.covers.published ? scorePublishedFamily(d, g) : null;
  const quotes = full ? scoreQuoteFamily(d, g) : null;
  const relations = full && g.covers.relations ? scoreRelationFamily(d, g) : null;
  const events = full ? scoreEventFamily(d, g) : null;
  const lines: Record<string, string[]> = { actors: actorLines(actors) };
  const failures: Record<string, FailureFamily[]> = { actors: actorFailures(d, g, actors) };
  if (published) lines.published = publishedLines(published);
  if (quotes) {
    lines.quotes = speechLines(quotes.all, 'quote');
    if (g.covers.reported) lines.reported = speechLines(quotes.reported, 'reported speech');
    failures.quotes = quoteFailures(quotes);
  }
  // score-devset.py's order: actors, quotes, events, relations
  if (events) {
    lines.events = eventLines(events);
    failures.events = eventFailures(events);
  }
  if (relations) {
    lines.relations = relationLines(relations);
    failures.relations = relationFailures(relations);
  }
  return { actors, published, quotes, relations, events, lines, failures };
}
