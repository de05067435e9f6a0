// Page fingerprints (incremental.ts): a card shown on several pages (a claim on an actor's page and on its
// claims page, an event on its page, its actors' pages and the timeline) is hashed once and its hash stands
// for it; a page's fingerprint must still change exactly when what it shows changes.
import { describe, it, expect } from 'vitest';
import { pageFingerprints } from '../../scripts/site/incremental.ts';
import type { SiteViews } from '../../scripts/site/views/index.ts';
import { RecordDigests } from '../../scripts/site/record-digests.ts';

interface Texts {
  claim: string;
  event: string;
  /** The title on the source's card (every card citing the source shows it). */
  title?: string;
  /** The sentence of the event's account. */
  account?: string;
  /** A field of the actor's record. */
  role?: string;
  /** A field of the source's record (shown on the source list). */
  words?: number;
}

const sourceCard = (t: Texts) => ({ id: 's1', title: t.title ?? 'A report', outlet: null, published: '2024-01-02', url_path: '/sources/s1/', url: null });
const claimCard = (t: Texts) => ({ claim: { id: 'c1', cluster: 'k1', text: t.claim }, href: '/sources/s1/#s2', source: sourceCard(t) });
const eventCard = (t: Texts) => {
  const account = { source: 's1', sentence_n: 3, sentence: t.account ?? 'They met.' };
  return { event: { id: 'e1', url_path: '/events/e1/', summary: t.event, accounts: [account] }, actors: [], accounts: [{ account, source: sourceCard(t) }], moreAccounts: 0 };
};

function views(claimText: string, eventSummary: string, opts: { shareCards?: boolean } & Partial<Texts> = {}): SiteViews {
  const t: Texts = { ...opts, claim: claimText, event: eventSummary };
  const card = claimCard(t);
  const event = eventCard(t);
  const source = sourceCard(t);
  // shareCards false: every page holds its own copy of the cards (equal content, other objects).
  const c = () => (opts.shareCards === false ? claimCard(t) : card);
  const e = () => (opts.shareCards === false ? eventCard(t) : event);
  const s = () => (opts.shareCards === false ? sourceCard(t) : source);
  const actor = {
    actor: { id: 'a1', url_path: '/actors/a1/', roles: [t.role ?? 'envoy'] },
    egoSvg: '<svg></svg>',
    events: [e()],
    statementsBy: [{ lead: c(), versions: [c()] }],
    statementsAbout: [],
    sources: [{ source: s(), count: 2, sentences: [], moreSentences: 0 }],
    notes: [{ n: 1, source: s(), sentence_n: 2, href: '/sources/s1/#s2', printed: true }],
  };
  const row = { ...s(), record: { id: 's1', word_count: t.words ?? 100 }, copies: [s()], wordCount: t.words ?? 100, claimCount: 1, actorCount: 1 };
  return {
    meta: { compiled: '2024-01-01', period: { from: null, to: null }, counts: {} },
    sources: [],
    events: [event],
    claims: [card],
    actors: [actor],
    claimPages: [{ url: '/claims/statement/', clusters: [{ id: 'k1', claims: [c()], independent_reports: 1 }] }],
    timelinePages: [{ url: '/timeline/2024-01/', events: [e()] }],
    sourcePages: [{ url: '/sources/list/', sources: [row] }],
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

  it('change on every page that shows a source card when the card changes', () => {
    const before = fingerprints(views('Talks resume.', 'A meeting.'));
    const after = fingerprints(views('Talks resume.', 'A meeting.', { title: 'Another report' }));
    for (const url of ['/actors/a1/', '/events/e1/', '/timeline/2024-01/', '/claims/statement/', '/sources/list/']) expect(after.get(url)).not.toBe(before.get(url));
  });

  it("change on an event's pages when the sentence of an account it shows changes", () => {
    const before = fingerprints(views('Talks resume.', 'A meeting.'));
    const after = fingerprints(views('Talks resume.', 'A meeting.', { account: 'They met again.' }));
    for (const url of ['/actors/a1/', '/events/e1/', '/timeline/2024-01/']) expect(after.get(url)).not.toBe(before.get(url));
    expect(after.get('/claims/statement/')).toBe(before.get('/claims/statement/'));
  });

  it("change on an actor's page when its record changes, and on the source list when a source's record does", () => {
    const before = fingerprints(views('Talks resume.', 'A meeting.'));
    const role = fingerprints(views('Talks resume.', 'A meeting.', { role: 'minister' }));
    expect(role.get('/actors/a1/')).not.toBe(before.get('/actors/a1/'));
    expect(role.get('/sources/list/')).toBe(before.get('/sources/list/'));
    const words = fingerprints(views('Talks resume.', 'A meeting.', { words: 120 }));
    expect(words.get('/sources/list/')).not.toBe(before.get('/sources/list/'));
    expect(words.get('/actors/a1/')).toBe(before.get('/actors/a1/'));
  });

  it('are the same with or without the data files\' record digests', () => {
    const v = views('Talks resume.', 'A meeting.');
    expect(pageFingerprints({ views: v, markdownDigest: () => undefined, globalHash: 'g', digests: new RecordDigests() })).toEqual(fingerprints(views('Talks resume.', 'A meeting.')));
  });
});
