// Claims pages: the clusters of the page plan with the cards of their claims, the kinds of claim with their
// pages, the most independently reported clusters for /claims/, and every claim ranked.
import type { ClaimRecord } from '../../lib/types.ts';
import { PAGE_LIMITS, type PagePlan } from '../page-plan.ts';
import { byText } from './cards.ts';
import type { ClaimCard, ClusterView, SiteViews } from './types.ts';

export type ClaimViews = Pick<SiteViews, 'claims' | 'clusters' | 'claimKinds' | 'claimPages' | 'topClusters'>;

/** `claims` are the dossier's claim records and `cards` their cards, in the same order. */
export function claimViews(plan: PagePlan, claims: ClaimRecord[], cards: ClaimCard[]): ClaimViews {
  const cardOf = new Map(claims.map((c, i) => [c, cards[i]]));
  // One view per cluster, shared by the overview, its kind and its page.
  const viewOf = new Map(plan.clusters.map((c) => [c, { id: c.id, claims: c.claims.map((r) => cardOf.get(r) as ClaimCard), independent_reports: c.independent_reports }]));
  const view = (c: PagePlan['clusters'][number]) => viewOf.get(c) as ClusterView;
  const clusters = plan.clusters.map(view);
  const claimPages: SiteViews['claimPages'] = [];
  const claimKinds = plan.claimKinds.map(({ kind, label, clusters: list, pages }) => {
    for (const p of pages) {
      claimPages.push({ kind, label, page: p.page, pages: p.pages, url: p.url, prev: p.prev, next: p.next, clusters: p.items.map(view) });
    }
    return { kind, label, count: list.reduce((n, c) => n + c.claims.length, 0), clusters: list.map(view), pages: pages.length, url: pages[0].url };
  });
  const rank = (a: ClaimCard, b: ClaimCard) => b.claim.independent_reports - a.claim.independent_reports || byText(a.claim.id, b.claim.id);
  return { claims: [...cards].sort(rank), clusters, claimKinds, claimPages, topClusters: clusters.slice(0, PAGE_LIMITS.topClusters) };
}
