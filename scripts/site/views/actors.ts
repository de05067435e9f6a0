// Actor pages: one complete view per actor (its sources and sentences, co-mentions, statements by and
// about it, events, relationships, its brief and its ego graph from the laid-out network), and the three
// actor lists.
import type { ActorRecord, DiscrepancyRecord, Network } from '../../lib/types.ts';
import type { Act } from '../summary-acts.ts';
import { sentenceHref } from '../addresses.ts';
import type { MentionIndex } from '../mentions.ts';
import { egoSvg } from '../network-svg.ts';
import { relationLines, type RelationLine } from '../relations.ts';
import { PAGE_LIMITS } from '../page-plan.ts';
import { typographicKey } from '../prose.ts';
import { actorBrief, BRIEF_LIMITS } from './brief.ts';
import { byText, groupClaims, type ViewContext } from './cards.ts';
import type { ActorView, ClaimCard, EventCard, SourceCard } from './types.ts';
import { pushTo } from '../list-map.ts';

export const TYPE_LABELS: Record<string, string> = { person: 'People', organization: 'Organisations', place: 'Places' };

/** Roles that differ in more than a country qualifier, case or typography; the most specific first, at most three. */
export function distinctRoles(roles: string[]): string[] {
  const core = (r: string) => typographicKey(r).replace(/^(?:[\p{L}-]+(?:'s)|[\p{L}-]+i|[\p{L}-]+(?:an|ian|ese|ish))\s+/u, '').trim();
  const seen = new Map<string, string>();
  for (const r of [...roles].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const k = core(r);
    if (![...seen.keys()].some((s) => s === k || s.endsWith(` ${k}`))) seen.set(k, r);
  }
  return [...seen.values()].slice(0, 3);
}

export interface ActorInput {
  claims: ClaimCard[];
  events: EventCard[];
  mentions: MentionIndex;
  /** The laid-out network (network-layout.ts): each actor page draws its neighbourhood from it. */
  network: Network;
}

/** Per actor: claims by and about it, its events and discrepancies (indexes, linear in claims and events). */
function indexesOf(ctx: ViewContext, input: ActorInput) {
  const claimsBy = new Map<string, ClaimCard[]>();
  const claimsAbout = new Map<string, ClaimCard[]>();
  for (const c of input.claims) {
    // a described speaker's claims count among its group's statements ("a spokesman for X")
    const by = c.claim.speaker ?? c.speakerGroup;
    if (by) pushTo(claimsBy, by, c);
    // most claims name one target or none: a set only to drop repeats
    const targets = c.claim.targets;
    if (targets.length === 1) pushTo(claimsAbout, targets[0], c);
    else if (targets.length > 1) for (const t of new Set(targets)) pushTo(claimsAbout, t, c);
  }
  const eventsOf = new Map<string, EventCard[]>();
  for (const card of input.events) {
    for (const id of new Set([...card.event.actors, ...card.event.places])) pushTo(eventsOf, id, card);
  }
  const discrepanciesOf = new Map<string, DiscrepancyRecord[]>();
  for (const d of ctx.dossier.discrepancies) for (const a of d.actors ?? []) pushTo(discrepanciesOf, a, d);
  return { claimsBy, claimsAbout, eventsOf, discrepanciesOf };
}

/**
 * The `limit` mentions with the highest counts (of equal counts the earlier), in their order: the count
 * the last one kept has (a sort of the counts alone), then one pass. A hub is named in thousands of
 * sources: no sort of its mentions as objects.
 */
export function mostMentioning<T extends { count: number }>(mentions: T[], limit: number): T[] {
  if (mentions.length <= limit) return mentions;
  if (limit <= 0) return [];
  const counts = Float64Array.from(mentions, (m) => m.count).sort();
  const least = counts[counts.length - limit];
  let ties = limit;
  for (const m of mentions) if (m.count > least) ties--;
  const out: T[] = [];
  for (const m of mentions) {
    if (m.count > least) out.push(m);
    else if (m.count === least && ties > 0) {
      out.push(m);
      ties--;
    }
  }
  return out;
}

/** The sources that mention the actor most (ties in the record's order), a few sentences each; and how many are left out. */
function sourcesOf(actor: ActorRecord, perSource: Map<string, number[]>, ctx: ViewContext): { sources: ActorView['sources']; left: number } {
  const known = actor.mentions.filter((m) => ctx.sourceCards.has(m.source));
  const sources = mostMentioning(known, PAGE_LIMITS.actorSources)
    .map((m) => {
      const x = ctx.extractions.get(m.source);
      const ns = [...(perSource.get(m.source) ?? [])].sort((a, b) => a - b);
      return {
        source: ctx.sourceCards.get(m.source) as SourceCard,
        count: m.count,
        sentences: ns.slice(0, PAGE_LIMITS.actorSentences).map((n) => ({
          source: m.source,
          n,
          text: x?.cleaned.sentences[n - 1]?.text ?? '',
          href: sentenceHref(m.source, n),
        })),
        moreSentences: Math.max(0, ns.length - PAGE_LIMITS.actorSentences),
      };
    });
  return { sources, left: Math.max(0, known.length - sources.length) };
}

/** The 20 actors named most often in the same sentences as this one. */
function coMentionedWith(actor: ActorRecord, mentions: MentionIndex, ctx: ViewContext): ActorView['coMentioned'] {
  const shared = new Map<string, number>();
  for (const list of mentions.sentenceActorsOf.get(actor.id) ?? []) {
    for (const other of list) {
      if (other !== actor.id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .map(([id, count]) => {
      const a = ctx.actorById.get(id) as ActorRecord;
      return { id, name: a.name, type: a.type, url_path: a.url_path, shared: count };
    })
    .sort((a, b) => b.shared - a.shared || byText(a.name, b.name))
    .slice(0, 20);
}

/** One view per actor, in the dossier's order. */
export function actorViews(ctx: ViewContext, input: ActorInput): ActorView[] {
  const { claimsBy, claimsAbout, eventsOf, discrepanciesOf } = indexesOf(ctx, input);
  const actsOf = new Map<string, Act[]>();
  for (const a of ctx.material.acts) for (const id of new Set([a.from.key, a.to.key])) pushTo(actsOf, id, a);
  // Each actor's lines (actorRelationLines' filter, once for all actors): in their order, once each.
  const linesOf = new Map<string, RelationLine[]>();
  for (const l of relationLines(ctx.dossier)) {
    pushTo(linesOf, l.from.id, l);
    if (l.to.id !== l.from.id) pushTo(linesOf, l.to.id, l);
  }
  return ctx.dossier.actors.map((actor) => {
    const perSource = input.mentions.sentencesOf.get(actor.id) ?? new Map<string, number[]>();
    const { sources, left } = sourcesOf(actor, perSource, ctx);
    const mentionCount = actor.mentions.reduce((n, m) => n + m.count, 0);
    const sourceCount = actor.mentions.length;
    // Only the first few discrepancies become open questions; the page does not list them all.
    const discrepancies = (discrepanciesOf.get(actor.id) ?? []).slice(0, BRIEF_LIMITS.questions);
    const outlet = ctx.outlets.has(actor.id);
    const roles = distinctRoles(actor.roles);
    const brief = actorBrief(
      {
        actor,
        roles,
        outlet,
        acts: actsOf.get(actor.id) ?? [],
        mentionCount,
        sourceCount,
        statementsBy: groupClaims(claimsBy.get(actor.id) ?? []),
        statementsAbout: groupClaims(claimsAbout.get(actor.id) ?? []),
        events: [...(eventsOf.get(actor.id) ?? [])].sort((x, y) => byText(x.event.date, y.event.date) || byText(x.event.id, y.event.id)),
        discrepancies,
      },
      ctx,
    );
    return {
      actor,
      typeLabel: TYPE_LABELS[actor.type] ?? actor.type,
      roles,
      outlet,
      brief: !outlet && (actor.type === 'person' || actor.type === 'organization'),
      reportCount: new Set(actor.mentions.map((m) => ctx.reportOfSource.get(m.source) ?? m.source)).size,
      mentionCount,
      sourceCount,
      sources,
      coMentioned: coMentionedWith(actor, input.mentions, ctx),
      statementsBy: brief.statementsBy,
      statementsAbout: brief.statementsAbout,
      events: brief.events,
      discrepancies,
      more: { ...brief.more, sources: left },
      affiliations: actor.affiliations.map((af) => {
        const target = ctx.actorById.get(af.actor);
        return {
          relation: af.relation,
          label: af.relation.replace(/_/g, ' '),
          actor: target ? { id: target.id, name: target.name, url_path: target.url_path } : null,
          name: target?.name ?? af.actor,
        };
      }),
      bottomLine: brief.bottomLine,
      notes: brief.notes,
      noteOf: brief.noteOf,
      printed: brief.printed,
      openQuestions: brief.openQuestions,
      egoSvg: egoSvg(input.network, actor.id),
      relations: (linesOf.get(actor.id) ?? []).slice(0, PAGE_LIMITS.actorRelations),
    };
  });
}

/** The actor lists: by type (most mentioned first), by name, by number of sources. */
export function actorLists(actors: ActorView[]): { actorsByType: { type: string; label: string; actors: ActorView[] }[]; actorsByName: ActorView[]; actorsBySources: ActorView[] } {
  const byMentions = (a: ActorView, b: ActorView) => b.mentionCount - a.mentionCount || byText(a.actor.name, b.actor.name);
  return {
    // Cited outlets are listed apart, after the actors: they are sources, not parties.
    actorsByType: [
      ...['person', 'organization', 'place'].map((type) => ({
        type,
        label: TYPE_LABELS[type],
        actors: actors.filter((v) => v.actor.type === type && !v.outlet).sort(byMentions),
      })),
      { type: 'outlet', label: 'Outlets and agencies cited', actors: actors.filter((v) => v.outlet).sort(byMentions) },
    ],
    actorsByName: [...actors].sort((a, b) => byText(a.actor.name.toLowerCase(), b.actor.name.toLowerCase()) || byText(a.actor.id, b.actor.id)),
    actorsBySources: [...actors].sort((a, b) => b.sourceCount - a.sourceCount || b.mentionCount - a.mentionCount || byText(a.actor.id, b.actor.id)),
  };
}
