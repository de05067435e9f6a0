// The lead of an actor's page and printed brief: who the actor is (the analyst's description, else the roles
// the sources give it), who acts against it and whom it acts against, its most reported statement and its
// latest events — in sentences that agree with any name ("the militias are accused by ...", "Harbor Front
// threatens ..."), with note numbers, and no counts (the figures are in the page's table). A cited outlet's
// lead says it is a source, not a party.
import type { ActorRecord } from '../../lib/types.ts';
import type { Act } from '../summary-acts.ts';
import { inSentence, listOf, midSentence, numberOf, presentPhrase, presentVerb } from '../prose.ts';
import { dateText } from '../summary-text.ts';
import type { ClaimGroup, EventCard } from './types.ts';

// What a kind of act makes of its target, as a past participle ("accused by X"), and the verb its doer does.
const DONE_TO: Record<string, string> = { accuses: 'accused', threatens: 'threatened', demands: 'faced with demands', attacks: 'attacked', arrests: 'arrested', sanctions: 'sanctioned', condemns: 'condemned' };
const DOES: Record<string, string> = { accuses: 'accuse', threatens: 'threaten', demands: 'make demands of', attacks: 'attack', arrests: 'arrest', sanctions: 'sanction', condemns: 'condemn' };
const KINDS_SHOWN = 3;
const PARTIES_SHOWN = 3;

const TYPE_NOUN: Record<string, string> = { person: 'a person', organization: 'an organisation', place: 'a place' };

export interface LeadInput {
  actor: ActorRecord;
  /** Distinct roles (actors.ts distinctRoles). */
  roles: string[];
  outlet: boolean;
  acts: Act[];
  statementsBy: ClaimGroup[];
  recent: EventCard[];
  noteOf: Record<string, number>;
}

/** "accused by A and B, and threatened by C": grouped by kind, most acts first. */
function byKind(acts: Act[], side: 'from' | 'to', phrase: (kind: string, parties: string) => string): string {
  const kinds = new Map<string, Map<string, { text: string; units: Set<string> }>>();
  for (const a of acts) {
    const p = a[side];
    const m = kinds.get(a.kind) ?? new Map<string, { text: string; units: Set<string> }>();
    const e = m.get(p.key) ?? { text: p.named ? p.text : midSentence(p.text), units: new Set<string>() };
    e.units.add(a.unit);
    m.set(p.key, e);
    kinds.set(a.kind, m);
  }
  const size = (m: Map<string, { units: Set<string> }>) => [...m.values()].reduce((n, e) => n + e.units.size, 0);
  return listOf(
    [...kinds]
      .sort((a, b) => size(b[1]) - size(a[1]) || (a[0] < b[0] ? -1 : 1))
      .slice(0, KINDS_SHOWN)
      .map(([kind, m]) => phrase(kind, listOf([...m.values()].sort((x, y) => y.units.size - x.units.size || (x.text < y.text ? -1 : 1)).slice(0, PARTIES_SHOWN).map((e) => e.text)))),
  );
}

/** The lead: a few sentences, each ending in its note numbers where it quotes the sources. */
export function actorLead(input: LeadInput): string[] {
  const { actor: a, roles, acts } = input;
  const n = numberOf(a.name, { named: true, type: a.type });
  const be = presentVerb('be', n);
  const description = a.description?.trim().replace(/\.$/, '');
  if (input.outlet) {
    return [`${a.name} is a news outlet or agency the sources cite${description ? ` (${description})` : ''}; it is a source of reports, not a party to the events they tell.`];
  }
  const lines = [
    description
      ? `${a.name}: ${description}.`
      : roles.length
        ? `${a.name}, described in the sources as ${listOf(roles)}.`
        : `${a.name}, ${TYPE_NOUN[a.type] ?? 'an actor'} named in the sources.`,
  ];
  const against = acts.filter((x) => x.to.key === a.id && x.from.key !== a.id);
  const by = acts.filter((x) => x.from.key === a.id && x.to.key !== a.id);
  // the name as a sentence's subject: "The X Brigades threaten ...", "Kataib Hezbollah threatens ..."
  const subject = inSentence(a.name, a.type).replace(/^the /, 'The ');
  if (against.length) lines.push(`${subject} ${be} ${byKind(against, 'from', (k, ps) => `${DONE_TO[k] ?? k} by ${ps}`)}.`);
  if (by.length) lines.push(`${subject} ${byKind(by, 'to', (k, ps) => `${presentPhrase(DOES[k] ?? k, n)} ${ps}`)}.`);
  const top = input.statementsBy[0];
  if (top) {
    const notes = [...new Set(top.versions.map((c) => input.noteOf[c.claim.id]).filter((x) => x !== undefined))].join(', ');
    const c = top.lead;
    const words = c.clause ?? `${c.speakerText} said: ${c.claim.direct ? `“${c.claim.text}”` : c.claim.text}`;
    lines.push(`Most reported statement: ${words.replace(/[.;,]+$/, '')} [${notes}].`);
  }
  if (input.recent.length) {
    lines.push(`Latest: ${input.recent.map((e) => `${dateText(e.event.date)}, ${e.event.title.replace(/[.;]+$/, '')} [${input.noteOf[e.event.id]}]`).join('; ')}.`);
  }
  return lines;
}
