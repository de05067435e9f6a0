// What the site says about the dossier as a whole: the date it is compiled as of, the period it covers, its
// counts.
import type { Dossier } from '../../lib/types.ts';
import type { ViewsMeta } from './types.ts';

/** Every publication date and event date, sorted. */
function datesOf(dossier: Pick<Dossier, 'sources' | 'events'>): string[] {
  return [...dossier.sources.map((s) => s.published), ...dossier.events.map((e) => e.date)].filter((d): d is string => !!d).sort();
}

/**
 * The compilation date printed on pages and briefs: the latest publication date, else the latest date at
 * all. It comes from the data, never the clock.
 */
export function compiledDate(dossier: Pick<Dossier, 'sources' | 'events'>): string | null {
  const published = dossier.sources.map((s) => s.published).filter((d): d is string => !!d).sort();
  if (published.length) return published[published.length - 1];
  const dates = datesOf(dossier);
  return dates.length ? dates[dates.length - 1] : null;
}

export function viewsMeta(dossier: Dossier): ViewsMeta {
  const dates = datesOf(dossier);
  return {
    compiled: compiledDate(dossier),
    period: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    counts: {
      sources: dossier.sources.length,
      reports: new Set(dossier.sources.map((s) => s.report)).size,
      actors: dossier.actors.length,
      claims: dossier.claims.length,
      events: dossier.events.length,
      discrepancies: dossier.discrepancies.length,
    },
  };
}
