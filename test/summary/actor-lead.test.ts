// The lead of an actor's page (scripts/site/views/actor-lead.ts): its sentences read as prose whatever the
// name — a body named with a generic head takes "the" as a subject, a person or a proper name does not.
import { describe, expect, it } from 'vitest';
import { actorLead } from '../../scripts/site/views/actor-lead.ts';
import type { ActorRecord } from '../../scripts/lib/types.ts';
import type { Act, Party } from '../../scripts/site/summary-acts.ts';

const actor = (id: string, name: string, type: ActorRecord['type']): ActorRecord => ({ id, name, type, aliases: [name], mentions: [], url_path: `/actors/${id}/`, roles: [], description: null, affiliations: [], portrait: null, evidence: [] });
const party = (a: ActorRecord): Party => ({ key: a.id, text: a.name, number: 'singular', href: a.url_path, named: true, type: a.type });
const act = (from: ActorRecord, to: ActorRecord): Act => ({ kind: 'threatens', from: party(from), to: party(to), unit: `${from.id}>${to.id}`, reports: ['s1'], date: null, evidence: [] });

describe('the lead of an actor page', () => {
  const brigades = actor('harbour-brigades', 'Harbour Defence Brigades', 'organization');
  const vos = actor('ida-vos', 'Ida Vos', 'person');
  const lead = (a: ActorRecord, acts: Act[]) => actorLead({ actor: a, roles: [], outlet: false, acts, statementsBy: [], recent: [], noteOf: {} });

  it('gives a body named with a generic head its article as the subject, agreeing in number', () => {
    expect(lead(brigades, [act(brigades, vos)])).toContain('The Harbour Defence Brigades threaten Ida Vos.');
    expect(lead(brigades, [act(vos, brigades)])).toContain('The Harbour Defence Brigades are threatened by Ida Vos.');
  });

  it('leaves a person\'s name as it is', () => {
    expect(lead(vos, [act(vos, brigades)])[1]).toMatch(/^Ida Vos threatens /);
  });
});
