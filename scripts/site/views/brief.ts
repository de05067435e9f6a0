// The brief on an actor's page (and in its printed PDF): the bottom line up front, numbered source notes
// (one per cited sentence), open questions; and what the page leaves out to stay bounded.
import type { ActorRecord, DiscrepancyRecord } from '../../lib/types.ts';
import type { Act } from '../summary-acts.ts';
import { actorLead } from './actor-lead.ts';
import { sentenceHref } from '../addresses.ts';
import { PAGE_LIMITS } from '../page-plan.ts';
import { byText, type ViewContext } from './cards.ts';
import type { ActorView, ClaimGroup, EventCard } from './types.ts';

/** How much of each list the printed brief carries (two A4 or US Letter pages). */
// (statements about an actor: 3 — statements in reported speech run long and the bottom line names who acts against the actor; the brief keeps to two pages)
export const BRIEF_LIMITS = { by: 4, about: 3, events: 6, questions: 3 };

/** What an actor's page shows before it is bounded: every statement by and about it, every event. */
export interface BriefInput {
  actor: ActorRecord;
  /** Distinct roles (actors.ts distinctRoles). */
  roles: string[];
  /** A cited outlet: its lead says so. */
  outlet: boolean;
  /** Acts by or against the actor (summary-acts.ts). */
  acts: Act[];
  mentionCount: number;
  sourceCount: number;
  statementsBy: ClaimGroup[];
  statementsAbout: ClaimGroup[];
  /** In date order. */
  events: EventCard[];
  /** The first few discrepancies about the actor (they become open questions). */
  discrepancies: DiscrepancyRecord[];
}

export type Brief = Pick<ActorView, 'statementsBy' | 'statementsAbout' | 'events' | 'bottomLine' | 'notes' | 'noteOf' | 'printed' | 'openQuestions'> & {
  more: Omit<ActorView['more'], 'sources'>;
};

/** The printed part of the brief: the best-supported statements and the events, widely reported and recent, it carries. */
function printedParts(input: BriefInput) {
  const printedEvents = [...input.events]
    .sort((x, y) => y.event.independent_reports - x.event.independent_reports || byText(y.event.date, x.event.date))
    .slice(0, BRIEF_LIMITS.events);
  return {
    printedBy: input.statementsBy.slice(0, BRIEF_LIMITS.by),
    printedAbout: input.statementsAbout.slice(0, BRIEF_LIMITS.about),
    printedEvents,
    recent: [...input.events].sort((x, y) => byText(y.event.date, x.event.date)).slice(0, 2),
  };
}

/** The events the page shows: the printed, the latest and then the most recent ones (in date order), at most PAGE_LIMITS.actorEvents. */
function shownEvents(events: EventCard[], keepFirst: EventCard[]): EventCard[] {
  if (events.length <= PAGE_LIMITS.actorEvents) return events;
  const keep = new Set(keepFirst);
  for (let i = events.length - 1; i >= 0 && keep.size < PAGE_LIMITS.actorEvents; i--) keep.add(events[i]);
  return events.filter((e) => keep.has(e));
}

export function actorBrief(input: BriefInput, ctx: ViewContext): Brief {
  const { printedBy, printedAbout, printedEvents, recent } = printedParts(input);
  // The screen shows a bounded part too: the best-supported statements, and the printed, latest and then
  // most recent events (in date order); the page says how many more the claims pages and timeline hold.
  const statementsBy = input.statementsBy.slice(0, PAGE_LIMITS.actorStatements);
  const statementsAbout = input.statementsAbout.slice(0, PAGE_LIMITS.actorStatements);
  const events = shownEvents(input.events, [...printedEvents, ...recent]);
  const more = {
    by: Math.max(0, input.statementsBy.length - PAGE_LIMITS.actorStatements),
    about: Math.max(0, input.statementsAbout.length - PAGE_LIMITS.actorStatements),
    events: input.events.length - events.length,
  };
  const printed: Record<string, boolean> = {};
  for (const g of [...printedBy, ...printedAbout]) for (const c of g.versions) printed[c.claim.id] = true;
  for (const e of printedEvents) printed[e.event.id] = true;

  // Notes: one per cited sentence. The printed brief's statements and events are cited first, so their
  // notes come first and the rest can stay on screen.
  const notes: ActorView['notes'] = [];
  const noteOf: Record<string, number> = {};
  const noteBySentence = new Map<string, number>();
  const cite = (source: string, n: number): number => {
    const k = `${source}#${n}`;
    let num = noteBySentence.get(k);
    if (num === undefined) {
      num = notes.length + 1;
      noteBySentence.set(k, num);
      const card = ctx.sourceCards.get(source);
      if (card) notes.push({ n: num, source: card, sentence_n: n, href: sentenceHref(source, n), printed: true });
    }
    return num;
  };
  const citeClaim = (g: ClaimGroup) => {
    for (const c of g.versions) noteOf[c.claim.id] = cite(c.claim.source, c.claim.sentence_n);
  };
  const citeEvent = (e: EventCard) => {
    const first = e.event.accounts[0];
    if (first) noteOf[e.event.id] = cite(first.source, first.sentence_n);
  };
  printedBy.forEach(citeClaim);
  printedAbout.forEach(citeClaim);
  printedEvents.forEach(citeEvent);
  const printedNotes = notes.length;
  statementsBy.forEach(citeClaim);
  statementsAbout.forEach(citeClaim);
  events.forEach(citeEvent);
  notes.forEach((note) => (note.printed = note.n <= printedNotes));

  const bottomLine = bottomLineOf(input, { statementsBy, recent, noteOf });
  return { statementsBy, statementsAbout, events, more, bottomLine, notes, noteOf, printed, openQuestions: openQuestionsOf(input.discrepancies, statementsAbout, ctx) };
}

/** The bottom line: the actor's lead (actor-lead.ts), citing the notes of the statement and events it names. */
function bottomLineOf(input: BriefInput, shown: { statementsBy: ClaimGroup[]; recent: EventCard[]; noteOf: Record<string, number> }): string[] {
  return actorLead({ actor: input.actor, roles: input.roles, outlet: input.outlet, acts: input.acts, statementsBy: shown.statementsBy, recent: shown.recent, noteOf: shown.noteOf });
}

/** Open questions: where the sources disagree about the actor, then grave claims about it only one report makes. */
function openQuestionsOf(discrepancies: DiscrepancyRecord[], statementsAbout: ClaimGroup[], ctx: ViewContext): ActorView['openQuestions'] {
  const out: ActorView['openQuestions'] = [];
  for (const d of discrepancies.slice(0, BRIEF_LIMITS.questions)) out.push({ text: `Sources disagree: ${d.topic}.`, href: ctx.anchors.discrepancyHref(d.id) });
  for (const { lead: c } of statementsAbout) {
    if (out.length >= BRIEF_LIMITS.questions) break;
    if (c.claim.independent_reports === 1 && ['accusation', 'threat', 'responsibility'].includes(c.claim.kind)) {
      out.push({ text: `Only one independent report has this ${c.claim.kind}: ${c.claim.text.slice(0, 140)}${c.claim.text.length > 140 ? '…' : ''}`, href: c.href });
    }
  }
  return out;
}
