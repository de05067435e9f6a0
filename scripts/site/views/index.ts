// View models: the data each page template shows, computed once here (typed, testable) so templates stay
// small and declarative and no page repeats work that is global. One builder per kind of page, each given
// everything it needs (the page plan and its anchors, the mention index, the laid-out network) and
// returning complete records: nothing is added to a view after it is built.
import type { ArticleExtraction, Dossier, Network } from '../../lib/types.ts';
import type { Speaker } from '../speakers.ts';
import type { SummaryMaterial } from '../summary-acts.ts';
import type { SiteAnchors } from '../addresses.ts';
import type { MentionIndex } from '../mentions.ts';
import { planAnchors, planPages, type PagePlan } from '../page-plan.ts';
import { actorLists, actorViews } from './actors.ts';
import { claimCards, eventCards, viewContext } from './cards.ts';
import { claimViews } from './claims.ts';
import { discrepancyViews } from './discrepancies.ts';
import { viewsMeta } from './meta.ts';
import { sourceViews } from './sources.ts';
import { timelineViews } from './timeline.ts';
import type { SiteViews } from './types.ts';

export type * from './types.ts';
export { PAGE_LIMITS, paginate } from '../page-plan.ts';
export { BRIEF_LIMITS } from './brief.ts';
export { displayTitle, GRADE_LABELS, groupClaims } from './cards.ts';
export { distinctRoles, TYPE_LABELS } from './actors.ts';
export { compiledDate } from './meta.ts';

export interface ViewInput {
  dossier: Dossier;
  extractions: ArticleExtraction[];
  /** Groups of sources that are copies of one report (syndication). */
  copies: { report: string; sources: string[] }[];
  mentions: MentionIndex;
  /** The laid-out network (actor pages draw their neighbourhood from it). */
  network: Network;
  /** The build's page plan and its anchors; by default the dossier's own. */
  plan?: PagePlan;
  anchors?: SiteAnchors;
  /** Cited outlets (outlets.ts): shown as sources, with no brief. */
  outlets?: Set<string>;
  /** Every claim's speaker (speakers.ts): described speakers linked to the group they speak for. */
  speakers?: Map<string, Speaker>;
  /** Who acts against whom and claims worded whole (summary-acts.ts), for the actor pages' leads. */
  material?: SummaryMaterial;
}

export function buildViews(input: ViewInput): SiteViews {
  const { dossier } = input;
  const plan = input.plan ?? planPages(dossier);
  const anchors = input.anchors ?? planAnchors(plan);
  const ctx = viewContext(dossier, input.extractions, anchors, { outlets: input.outlets, speakers: input.speakers, material: input.material });
  const claims = claimCards(ctx);
  const events = eventCards(ctx);
  const actors = actorViews(ctx, { claims, events, mentions: input.mentions, network: input.network });
  const sources = sourceViews(ctx, input.copies);
  return {
    meta: viewsMeta(dossier),
    sources: sources.sources,
    actors,
    ...actorLists(actors),
    ...claimViews(plan, dossier.claims, claims),
    clusterHref: anchors.clusterHref,
    ...timelineViews(events, anchors),
    monthHref: anchors.monthHref,
    homeSources: sources.homeSources,
    sourcePages: sources.sourcePages,
    ...discrepancyViews(ctx, plan),
    discrepancyHref: anchors.discrepancyHref,
  };
}
