// A hand-made dossier for testing the export writers without a full build: invented names and text,
// chosen to exercise quoting (commas, quotes, line breaks, semicolons), non-ASCII text, a control
// character, a long title that must be folded, a month-precision event and an undated source.
import type { Dossier, Network } from '../../scripts/lib/types.ts';

export function fixtureDossier(): Dossier {
  return {
    sources: [
      {
        id: 'harbour-report', file: '001_harbour.txt', title: 'Harbour "closed", officials say', outlet: 'Coastal Times',
        published: '2021-03-04', wire: 'AFP', dateline: 'PORTVILLE', url: 'https://news.example.com/harbour?id=1&x=2',
        report: 'r-harbour', url_path: '/sources/harbour-report/', page_date: null, published_basis: 'date line', word_count: 320,
      },
      {
        id: 'harbour-copy', file: '002_harbour_copy.txt', title: 'Harbour closed, officials say', outlet: 'Bay Herald',
        published: '2021-03-05', wire: 'AFP', dateline: 'PORTVILLE', url: null,
        report: 'r-harbour', url_path: '/sources/harbour-copy/', page_date: null, published_basis: 'date line', word_count: 318,
      },
      {
        id: 'undated-note', file: '003_note.md', title: null, outlet: null, published: null, wire: null, dateline: null, url: null,
        report: 'r-note', url_path: '/sources/undated-note/', page_date: '2024-01-01', published_basis: null, word_count: 80,
      },
    ],
    actors: [
      {
        id: 'maren-volk', name: 'Maren Volk', type: 'person', aliases: ['Maren Volk', 'Volk', 'Mareen Wolk'],
        mentions: [{ source: 'harbour-report', count: 3 }, { source: 'harbour-copy', count: 2 }], url_path: '/actors/maren-volk/',
        roles: ['harbour master, Portville'], description: 'Harbour master; said "no ships"', affiliations: [], portrait: null, evidence: [],
      },
      {
        id: 'port-authority', name: 'Port Authority of Ésterhaven', type: 'organization', aliases: ['Port Authority', 'PAE'],
        mentions: [{ source: 'harbour-report', count: 1 }], url_path: '/actors/port-authority/',
        roles: [], description: null, affiliations: [], portrait: null, evidence: [],
      },
      {
        id: 'portville', name: 'Portville', type: 'place', aliases: ['Portville'],
        mentions: [{ source: 'harbour-report', count: 2 }, { source: 'undated-note', count: 1 }], url_path: '/actors/portville/',
        roles: [], description: null, affiliations: [], portrait: null, evidence: [],
      },
    ],
    claims: [
      {
        id: 'c-volk-closed', kind: 'statement', direct: true, speaker: 'maren-volk', speaker_label: 'the harbour master',
        targets: ['port-authority', 'portville'], text: 'No ships will leave, not today; not tomorrow.', source: 'harbour-report',
        sentence: 'Volk said: "No ships will leave, not today; not tomorrow."\nShe left.', sentence_n: 4, cluster: 'cl-closed',
        independent_reports: 1, grade: 'repeated-by-copies',
      },
      {
        id: 'c-unnamed', kind: 'denial', direct: false, speaker: null, speaker_label: 'an official, who asked not to be named',
        targets: [], text: 'The authority denied any =SUM(A1) of blame\u0001', source: 'harbour-copy',
        sentence: 'The authority denied any =SUM(A1) of blame\u0001.', sentence_n: 7, cluster: 'cl-denial', independent_reports: 1, grade: 'reported-once',
      },
    ],
    events: [
      {
        id: 'e-closure', date: '2021-03-03', precision: 'day', type: 'other',
        title: 'Port Authority of Ésterhaven closes the harbour at Portville, citing storms, debts; and a dispute — "indefinitely"',
        actors: ['port-authority', 'maren-volk'], places: ['portville'], sources: ['harbour-report', 'harbour-copy'], independent_reports: 1,
        url_path: '/events/e-closure/', accounts: [{ source: 'harbour-report', sentence_n: 2, sentence: 'It closed on Wednesday.', date: '2021-03-03', date_text: 'on Wednesday' }],
      },
      {
        id: 'e-leap', date: '2020-02-29', precision: 'day', type: 'meeting', title: 'Leap-day meeting', actors: ['maren-volk'], places: [],
        sources: ['harbour-report'], independent_reports: 1, url_path: '/events/e-leap/', accounts: [],
      },
      {
        id: 'e-month', date: '2021-02', precision: 'month', type: 'protest', title: 'Dock workers protest', actors: [], places: ['portville'],
        sources: ['undated-note'], independent_reports: 1, url_path: '/events/e-month/', accounts: [],
      },
    ],
    discrepancies: [
      {
        id: 'd-when', topic: 'When the harbour closed', claims: ['c-volk-closed'], sources: ['harbour-report', 'undated-note'],
        sides: [{ value: 'Wednesday', sources: ['harbour-report'], claims: [], sentences: [] }, { value: 'Tuesday', sources: ['undated-note'], claims: [], sentences: [] }],
        actors: ['portville'],
      },
    ],
    relations: [
      {
        id: 'harbour-report-r1', kind: 'accuses', from: 'maren-volk', to: 'port-authority', source: 'harbour-report', sentence_n: 4,
        evidence: 'The harbour master accused the Port Authority of "closing the harbour without notice".', claim: null, event: null,
        independent_reports: 1, verb: 'accused',
      },
    ],
  };
}

export function fixtureNetwork(): Network {
  return {
    nodes: [
      { id: 'maren-volk', name: 'Maren Volk', type: 'person', url_path: '/actors/maren-volk/', weight: 5, x: 1, y: 2 },
      { id: 'port-authority', name: 'Port Authority of Ésterhaven', type: 'organization', url_path: '/actors/port-authority/', weight: 1, x: 3, y: 4 },
      { id: 'portville', name: 'Portville <&>', type: 'place', url_path: '/actors/portville/', weight: 3, x: 5, y: 6 },
    ],
    edges: [
      { id: 'maren-volk--port-authority', source: 'maren-volk', target: 'port-authority', weight: 2, directed: true,
        relations: [{ type: 'accuses', count: 1, evidence: [{ source: 'harbour-report', sentence_n: 4 }] }, { type: 'co-mention', count: 1, evidence: [] }] },
      { id: 'maren-volk--portville', source: 'maren-volk', target: 'portville', weight: 1, directed: false,
        relations: [{ type: 'co-mention', count: 1, evidence: [] }] },
    ],
  };
}
