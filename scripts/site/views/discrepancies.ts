// Discrepancy pages: each discrepancy with the sentences of each side and the actors it involves, on the
// pages of the page plan.
import { PAGE_LIMITS, type PagePlan } from '../page-plan.ts';
import type { ViewContext } from './cards.ts';
import type { DiscrepancyView, SiteViews } from './types.ts';

export type DiscrepancyViews = Pick<SiteViews, 'discrepancies' | 'discrepancyPages'>;

export function discrepancyViews(ctx: ViewContext, plan: PagePlan): DiscrepancyViews {
  const { sourceCards } = ctx;
  const discrepancies: DiscrepancyView[] = ctx.dossier.discrepancies.map((d) => ({
    record: d,
    sides: d.sides.map((side) => ({
      value: side.value,
      sentences: side.sentences
        .filter((st) => sourceCards.has(st.source))
        .slice(0, PAGE_LIMITS.discrepancySentences)
        .map((st) => ctx.sentenceRef(st.source, st.sentence_n)),
      more: Math.max(0, side.sentences.filter((st) => sourceCards.has(st.source)).length - PAGE_LIMITS.discrepancySentences),
    })),
    actors: ctx.links(d.actors ?? []),
  }));
  return {
    discrepancies,
    discrepancyPages: plan.discrepancyPages.map((p, i) => ({
      page: p.page,
      pages: p.pages,
      url: p.url,
      prev: p.prev,
      next: p.next,
      discrepancies: discrepancies.slice(i * PAGE_LIMITS.discrepanciesPerPage, (i + 1) * PAGE_LIMITS.discrepanciesPerPage),
    })),
  };
}
