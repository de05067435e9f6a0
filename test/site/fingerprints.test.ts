// Page fingerprints (incremental.ts): a card shown on several pages (a claim on an actor's page and on its
// claims page, an event on its page, its actors' pages and the timeline) is hashed once and its hash stands
// for it; a page's fingerprint must still change exactly when what it shows changes.
import { describe, it, expect } from 'vitest';
import { pageFingerprints } from '../../scripts/site/incremental.ts';
import type { SiteViews } from '../../scripts/site/views/index.ts';

const claimCard = (text: string) => ({ claim: { id: 'c1', cluster: 'k1', text }, href: '/sources/s1/#s2', source: { id: 's1', title: 'A report' } });
const eventCard = (summary: string) => ({ event: { id: 'e1', url_path: '/events/e1/', summary }, actors: [], accounts: [] });

function views(claimText: string, eventSummary: string, opts: { shareCards?: boolean } = {}): SiteViews {
  const card = claimCard(claimText);
  const event = eventCard(eventSummary);
  // shareCards false: every page holds its own copy of the cards (equal content, other objects).
  const c = () => (opts.shareCards === false ? claimCard(claimText) : card);
  const e = () => (opts.shareCards === false ? eventCard(eventSummary) : event);
  const actor = {
    actor: { id: 'a1', url_path: '/actors/a1/' },
    egoSvg: '<svg></svg>',
    events: [e()],
    statementsBy: [{ lead: c(), versions: [c()] }],
    statementsAbout: [],
  };
  return {
    meta: { compiled: '2024-01-01', period: { from: null, to: null }, counts: {} },
    sources: [],
    events: [event],
    actors: [actor],
    claimPages: [{ url: '/claims/statement/', clusters: [{ id: 'k1', claims: [c()], independent_reports: 1 }] }],
    timelinePages: [{ url: '/timeline/2024-01/', events: [e()] }],
    sourcePages: [],
    discrepancyPages: [],
  } as unknown as SiteViews;
}

const fingerprints = (v: SiteViews) => pageFingerprints({ views: v, markdownDigest: () => undefined, globalHash: 'g' });

describe('page fingerprints', () => {
  it('are the same whether the pages share their card objects or hold equal copies', () => {
    expect(fingerprints(views('Talks resume.', 'A meeting.', { shareCards: false }))).toEqual(fingerprints(views('Talks resume.', 'A meeting.')));
  });

  it('change on every page that shows a claim when its text changes, and only there', () => {
    const before = fingerprints(views('Talks resume.', 'A meeting.'));
    const after = fingerprints(views('Talks resume on Monday.', 'A meeting.'));
    expect(after.get('/actors/a1/')).not.toBe(before.get('/actors/a1/'));
    expect(after.get('/claims/statement/')).not.toBe(before.get('/claims/statement/'));
    expect(after.get('/events/e1/')).toBe(before.get('/events/e1/'));
    expect(after.get('/timeline/2024-01/')).toBe(before.get('/timeline/2024-01/'));
  });

  it('change on every page that shows an event when it changes', () => {
    const before = fingerprints(views('Talks resume.', 'A meeting.'));
    const after = fingerprints(views('Talks resume.', 'A meeting in the capital.'));
    for (const url of ['/actors/a1/', '/events/e1/', '/timeline/2024-01/']) expect(after.get(url)).not.toBe(before.get(url));
    expect(after.get('/claims/statement/')).toBe(before.get('/claims/statement/'));
  });
});
