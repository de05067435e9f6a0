// A small hand-made dossier with invented actors (no corpus names): three clear phases of activity —
// attacks in March 2021, then after a long gap arrests in early June, then threats — plus claims whose
// speakers accuse and threaten targets, events with agents/patients, and an actor whose name is markup.
import type { ActorRecord, ClaimRecord, Dossier, EventRecord, SourceRecord } from '../../scripts/lib/types.ts';

const source = (id: string, outlet: string, report: string, published: string): SourceRecord => ({
  id, file: `${id}.txt`, title: `Story ${id}`, outlet, published, wire: null, dateline: null, url: null, report,
  url_path: `/sources/${id}/`, page_date: null, published_basis: 'fixture', word_count: 500,
});
const actor = (id: string, name: string, type: ActorRecord['type'], mentions: [string, number][], affiliations: ActorRecord['affiliations'] = []): ActorRecord => ({
  id, name, type, aliases: [name], mentions: mentions.map(([s, count]) => ({ source: s, count })), url_path: `/actors/${id}/`,
  roles: [], description: null, affiliations, portrait: null, evidence: [],
});
let nEvent = 0;
const event = (date: string, type: string, title: string, extra: Partial<EventRecord> = {}): EventRecord => {
  const id = `ev-${++nEvent}`;
  return {
    id, date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', type, title,
    actors: [], places: [], sources: ['s1'], independent_reports: 1, url_path: `/events/${id}/`,
    accounts: [{ source: 's1', sentence_n: nEvent, sentence: title, date, date_text: null }], ...extra,
  };
};
const claim = (id: string, kind: string, speaker: string | null, targets: string[], source: string, n: number, cluster: string, ir: number, label = 'spokesman'): ClaimRecord => ({
  id, kind, direct: true, speaker, speaker_label: label, targets, text: `claim text ${id}`, source, sentence: `sentence ${id}`,
  sentence_n: n, cluster, independent_reports: ir, grade: ir > 1 ? 'confirmed' : 'reported-once',
});

export function fixtureDossier(): Dossier {
  nEvent = 0;
  const events: EventRecord[] = [
    event('2021-03-02', 'attack', 'Rocket attack on a depot', { actors: ['harbor-front', 'northern-guard'], agents: ['harbor-front'], patients: ['northern-guard'], independent_reports: 3, sources: ['s1', 's2', 's3'] }),
    event('2021-03-05', 'attack', 'Convoy ambushed', { actors: ['harbor-front'] }),
    event('2021-03-09', 'attack', 'Second convoy ambushed', { actors: ['harbor-front'] }),
    event('2021-03-12', 'strike', 'Drone strike on a camp', { actors: ['northern-guard'] }),
    event('2021-06-01', 'arrest', 'Fourteen fighters arrested', { actors: ['northern-guard', 'harbor-front'], agents: ['northern-guard'], patients: ['harbor-front'], independent_reports: 2 }),
    event('2021-06-03', 'arrest', 'Commander detained', { actors: ['northern-guard'] }),
    event('2021-06-08', 'arrest', 'More arrests in the port', { actors: ['northern-guard'] }),
    event('2021-06-10', 'release', 'Detainees released', { actors: ['northern-guard'] }),
    event('2021-06-14', 'threat', 'Group vows revenge', { actors: ['harbor-front'] }),
    event('2021-06-17', 'threat', 'Warning to the premier', { actors: ['harbor-front', 'lena-marsh'] }),
    event('2021-06-20', 'threat', 'Fighters parade with weapons', { actors: ['harbor-front'] }),
    event('2021-06-25', 'threat', 'Ultimatum issued', { actors: ['harbor-front'] }),
    event('2019', 'killing', 'An earlier killing', { actors: ['anton-reyes'] }),
  ];
  return {
    sources: [source('s1', 'Daily Ledger', 'r1', '2021-06-26'), source('s2', 'Evening Post', 'r2', '2021-06-27'), source('s3', 'Wire Copy', 'r1', '2021-06-26')],
    actors: [
      actor('lena-marsh', 'Lena Marsh', 'person', [['s1', 6], ['s2', 3]], [{ relation: 'leads', actor: 'northern-guard' }]),
      actor('harbor-front', 'Harbor Front', 'organization', [['s1', 5], ['s2', 2]]),
      actor('northern-guard', 'Northern Guard', 'organization', [['s1', 3]]),
      actor('anton-reyes', 'Anton Reyes', 'person', [['s2', 1]]),
      actor('velor', 'Velor', 'place', [['s1', 2]]),
      actor('evil', '<b>Evil & "Co"</b>', 'organization', [['s2', 1]]),
    ],
    claims: [
      claim('c1', 'accusation', 'harbor-front', ['lena-marsh'], 's1', 4, 'k1', 2),
      claim('c1b', 'accusation', 'harbor-front', ['lena-marsh'], 's3', 4, 'k1', 2),
      claim('c2', 'threat', 'harbor-front', ['lena-marsh'], 's1', 7, 'k2', 1),
      claim('c3', 'accusation', null, ['northern-guard'], 's2', 2, 'k3', 1, 'a militia commander'),
      claim('c4', 'statement', 'lena-marsh', [], 's2', 5, 'k4', 1),
      claim('c5', 'denial', 'northern-guard', ['harbor-front'], 's1', 9, 'k5', 1),
    ],
    events,
    discrepancies: [{ id: 'd-arrests', topic: 'How many fighters were arrested', claims: [], sources: ['s1', 's2'], sides: [], actors: ['northern-guard'] }],
  };
}

/** Sentence index for the fixture: which actors each sentence names. */
export function fixtureSentences(): Map<string, string[]> {
  return new Map([
    ['s1#1', ['lena-marsh', 'harbor-front', 'northern-guard']],
    ['s1#2', ['lena-marsh', 'harbor-front']],
    ['s2#1', ['harbor-front', 'lena-marsh', 'lena-marsh']],
    ['s2#3', ['northern-guard']],
    ['s2#4', ['evil', 'lena-marsh']],
    ['s2#5', ['velor', 'unknown-actor']],
    ['s2#6', ['velor', 'harbor-front']],
    ['s2#7', ['evil', 'northern-guard']],
  ]);
}
