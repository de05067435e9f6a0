// Source lists: one row per source, newest first, with the copies of the same report and its counts; the
// home page's latest sources and the paginated /sources/ list. (A source's own page is its generated
// Markdown: markdown.ts.)
import { sourceListPath } from '../addresses.ts';
import { PAGE_LIMITS, paginate } from '../page-plan.ts';
import { byText, type ViewContext } from './cards.ts';
import type { SiteViews, SourceCard, SourceRow } from './types.ts';

export type SourceViews = Pick<SiteViews, 'sources' | 'homeSources' | 'sourcePages'>;

/** `copies`: the groups of sources that are copies of one report (syndication). */
export function sourceViews(ctx: ViewContext, copies: { report: string; sources: string[] }[]): SourceViews {
  const { dossier, sourceCards } = ctx;
  const claimsOfSource = new Map<string, number>();
  for (const c of dossier.claims) claimsOfSource.set(c.source, (claimsOfSource.get(c.source) ?? 0) + 1);
  const actorsOfSource = new Map<string, number>();
  for (const a of dossier.actors) for (const m of a.mentions) actorsOfSource.set(m.source, (actorsOfSource.get(m.source) ?? 0) + 1);
  const copiesOf = new Map<string, string[]>();
  for (const c of copies) for (const s of c.sources) copiesOf.set(s, c.sources.filter((o) => o !== s));

  const sources: SourceRow[] = [...dossier.sources]
    .sort((a, b) => byText(b.published ?? '', a.published ?? '') || byText(a.id, b.id))
    .map((s) => ({
      ...(sourceCards.get(s.id) as SourceCard),
      record: s,
      copies: (copiesOf.get(s.id) ?? []).map((o) => sourceCards.get(o)).filter((c): c is SourceCard => !!c),
      wordCount: s.word_count,
      claimCount: claimsOfSource.get(s.id) ?? 0,
      actorCount: actorsOfSource.get(s.id) ?? 0,
    }));
  return {
    sources,
    homeSources: sources.slice(0, PAGE_LIMITS.homeSources),
    sourcePages: paginate(sources, PAGE_LIMITS.sourcesPerPage, sourceListPath(1)).map((p) => ({
      page: p.page,
      pages: p.pages,
      url: sourceListPath(p.page),
      prev: p.page === 1 ? null : sourceListPath(p.page - 1),
      next: p.page < p.pages ? sourceListPath(p.page + 1) : null,
      sources: p.items,
    })),
  };
}
