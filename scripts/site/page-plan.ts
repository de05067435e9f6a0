// The page plan: which item of a paginated list goes on which page. Claim clusters are listed per kind of
// claim, best supported first; discrepancies in the dossier's order; every list PAGE_LIMITS to a page. The
// plan is made once per build: the views lay their list pages out from it, and the anchors that depend on
// it (addresses.ts resolveAnchors) reach the summary, the change list and every page.
import type { ClaimRecord, DiscrepancyRecord, Dossier } from '../lib/types.ts';
import { claimKindPath, LIST_PATHS, listPagePath, resolveAnchors, type SiteAnchors } from './addresses.ts';
import { pushTo } from './list-map.ts';

/** Caps that keep every page's size independent of the corpus size (issue 8). */
export const PAGE_LIMITS = {
  clustersPerPage: 100,
  topClusters: 50,
  homeSources: 50,
  sourcesPerPage: 200,
  eventsPerPage: 200,
  monthTopEvents: 3,
  actorStatements: 20,
  actorEvents: 40,
  actorSources: 30,
  actorSentences: 5,
  actorRelations: 30,
  eventAccounts: 50,
  discrepanciesPerPage: 50,
  discrepancySentences: 10,
};

/** The kinds of claim in the order the claims pages list them, with their headings. */
export const KIND_LABELS: Record<string, string> = {
  accusation: 'Accusations', threat: 'Threats', warning: 'Warnings', denial: 'Denials', demand: 'Demands',
  responsibility: 'Claims of responsibility', statement: 'Statements', quote: 'Quotations',
};

export interface ListPage<T> {
  page: number;
  pages: number;
  url: string;
  prev: string | null;
  next: string | null;
  items: T[];
}

/** Splits a list into pages of `size`: page 1 at `base`, page n at `<base><n>/`. */
export function paginate<T>(list: T[], size: number, base: string): ListPage<T>[] {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const url = (n: number) => listPagePath(base, n);
  const out = [];
  for (let n = 1; n <= pages; n++) {
    out.push({ page: n, pages, url: url(n), prev: n > 1 ? url(n - 1) : null, next: n < pages ? url(n + 1) : null, items: list.slice((n - 1) * size, n * size) });
  }
  return out;
}

/** One claim cluster: the same claim in several sources (claims in the dossier's order). */
export interface ClusterPlan {
  id: string;
  claims: ClaimRecord[];
  independent_reports: number;
}

/** One kind of claim and its pages of clusters. */
export interface ClaimKindPlan {
  kind: string;
  /** One safe path segment, unique per kind. */
  slug: string;
  label: string;
  clusters: ClusterPlan[];
  pages: ListPage<ClusterPlan>[];
}

export interface PagePlan {
  /** Every cluster, most independently reported first. */
  clusters: ClusterPlan[];
  claimKinds: ClaimKindPlan[];
  discrepancyPages: ListPage<DiscrepancyRecord>[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Claims grouped by cluster, best supported first (then the larger, then by id). */
function planClusters(claims: ClaimRecord[]): ClusterPlan[] {
  const byCluster = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    const list = byCluster.get(c.cluster) ?? [];
    list.push(c);
    byCluster.set(c.cluster, list);
  }
  return [...byCluster]
    .map(([id, list]) => ({ id, claims: list, independent_reports: Math.max(...list.map((c) => c.independent_reports)) }))
    .sort((a, b) => b.independent_reports - a.independent_reports || b.claims.length - a.claims.length || byText(a.id, b.id));
}

/** The kinds of claim (of each cluster's first claim) in KIND_LABELS order, each paginated at /claims/<slug>/. */
function planClaimKinds(clusters: ClusterPlan[]): ClaimKindPlan[] {
  const order = Object.keys(KIND_LABELS);
  const kinds = [...new Set(clusters.map((c) => c.claims[0].kind))].sort((a, b) => order.indexOf(a) - order.indexOf(b) || byText(a, b));
  const byKind = new Map<string, ClusterPlan[]>();
  for (const c of clusters) {
    const k = c.claims[0].kind;
    pushTo(byKind, k, c);
  }
  const usedSlugs = new Set<string>();
  return kinds.map((kind) => {
    const list = byKind.get(kind) ?? [];
    // Kinds come from the claims stage; the slug keeps the URL one safe path segment, unique per kind.
    let slug = kind.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other';
    for (let i = 2; usedSlugs.has(slug); i++) slug = `${slug.replace(/-\d+$/, '')}-${i}`;
    usedSlugs.add(slug);
    return { kind, slug, label: KIND_LABELS[kind] ?? kind, clusters: list, pages: paginate(list, PAGE_LIMITS.clustersPerPage, claimKindPath(slug)) };
  });
}

export function planPages(dossier: Pick<Dossier, 'claims' | 'discrepancies'>): PagePlan {
  const clusters = planClusters(dossier.claims);
  return {
    clusters,
    claimKinds: planClaimKinds(clusters),
    discrepancyPages: paginate(dossier.discrepancies, PAGE_LIMITS.discrepanciesPerPage, LIST_PATHS.discrepancies),
  };
}

/** The anchors of a plan: every link to a cluster or a discrepancy names the page that holds it. */
export function planAnchors(plan: PagePlan): SiteAnchors {
  return resolveAnchors({
    clusterPages: plan.claimKinds.flatMap((k) => k.pages.map((p) => ({ url: p.url, ids: p.items.map((c) => c.id) }))),
    discrepancyPages: plan.discrepancyPages.map((p) => ({ url: p.url, ids: p.items.map((d) => d.id) })),
  });
}

/** The anchors of a dossier, for a caller that has no plan of its own (summarise and diffDossiers by default). */
export function anchorsOf(dossier: Pick<Dossier, 'claims' | 'discrepancies'>): SiteAnchors {
  return planAnchors(planPages(dossier));
}
