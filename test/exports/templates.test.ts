// The feed, exports and changes pages rendered by Eleventy from a hand-made dossier.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDossiers } from '../../scripts/site/changes.ts';
import { buildViews as viewsOf } from '../../scripts/site/views/index.ts';
import { indexMentions } from '../../scripts/site/mentions.ts';
import type { Dossier } from '../../scripts/lib/types.ts';

/** The views of a dossier with no articles behind it (no sentences, no network). */
const buildViews = (d: Dossier) => viewsOf({ dossier: d, extractions: [], copies: [], mentions: indexMentions(d, [], new Map()), network: { nodes: [], edges: [] } });
import { fixtureDossier, fixtureNetwork } from './fixture.ts';
import { renderTemplate } from './render.ts';
import { checkAtom, parseAtom } from './atom.ts';

describe('Atom feed', () => {
  it('is valid Atom with one entry per source and event, newest first', async () => {
    const out = await renderTemplate('feed.njk', { dossier: fixtureDossier(), views: buildViews(fixtureDossier()) });
    const feed = parseAtom(fs.readFileSync(path.join(out, 'feed.xml'), 'utf8'));
    checkAtom(feed);
    expect(feed.id).toBe('https://example.org/');
    expect(feed.updated).toBe('2021-03-05T00:00:00Z');
    const entries = feed.entry;
    expect(entries).toHaveLength(6);
    expect(entries.map((e: any) => e.id)).toEqual([
      'https://example.org/sources/harbour-copy/',
      'https://example.org/sources/harbour-report/',
      'https://example.org/events/e-closure/',
      'https://example.org/events/e-month/',
      'https://example.org/events/e-leap/',
      'https://example.org/sources/undated-note/', // undated: last
    ]);
    expect(entries[1].title).toBe('Harbour "closed", officials say');
    expect(entries[1].link.find((l: any) => l['@rel'] === 'related')['@href']).toBe('https://news.example.com/harbour?id=1&x=2');
    expect(entries[1].author.name).toBe('Coastal Times');
  });

  it('links an article only by an http(s) address (javascript: in any case, with spaces, stays out)', async () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x', 'https://news.example.com/a']) {
      const d = fixtureDossier();
      d.sources[0].url = url;
      const feed = parseAtom(fs.readFileSync(path.join(await renderTemplate('feed.njk', { dossier: d, views: buildViews(d) }), 'feed.xml'), 'utf8'));
      const related = feed.entry.flatMap((e: any) => (Array.isArray(e.link) ? e.link : [e.link])).filter((l: any) => l['@rel'] === 'related');
      expect(related.map((l: any) => l['@href']), url).toEqual(url.startsWith('https:') ? [url] : []);
    }
  });

  it('uses the configured site URL and title, and gives the same bytes twice', async () => {
    const site = { url: 'https://dossier.example.net/briefing/', title: 'Harbour dossier' };
    const a = fs.readFileSync(path.join(await renderTemplate('feed.njk', { dossier: fixtureDossier(), site }), 'feed.xml'), 'utf8');
    const b = fs.readFileSync(path.join(await renderTemplate('feed.njk', { dossier: fixtureDossier(), site }), 'feed.xml'), 'utf8');
    expect(a).toBe(b);
    const feed = parseAtom(a);
    checkAtom(feed);
    expect(feed.title).toBe('Harbour dossier');
    expect(feed.entry[0].id).toBe('https://dossier.example.net/briefing/sources/harbour-copy/');
  });

  it('stays valid XML with characters XML cannot carry in the data, and with no data at all', async () => {
    const d = fixtureDossier();
    d.sources[0].title = 'Control\u0001 & <chars>\u0000';
    const feed = parseAtom(fs.readFileSync(path.join(await renderTemplate('feed.njk', { dossier: d }), 'feed.xml'), 'utf8'));
    checkAtom(feed);
    expect(feed.entry.find((e: any) => e.id.endsWith('/harbour-report/')).title).toBe('Control & <chars>');
    const titled = parseAtom(
      fs.readFileSync(path.join(await renderTemplate('feed.njk', { dossier: fixtureDossier(), views: { sources: [{ id: 'undated-note', title: 'Dock workers gather…' }] } }), 'feed.xml'), 'utf8'),
    );
    expect(titled.entry.at(-1).title).toBe('Dock workers gather…');
    const empty = parseAtom(fs.readFileSync(path.join(await renderTemplate('feed.njk', { dossier: { sources: [], actors: [], claims: [], events: [], discrepancies: [] } }), 'feed.xml'), 'utf8'));
    checkAtom(empty);
    expect(empty.entry).toBeUndefined();
  });
});

describe('exports page', () => {
  it('links every export with its counts and says month-precision events are left out of the calendar', async () => {
    const out = await renderTemplate('exports.njk', { dossier: fixtureDossier(), network: fixtureNetwork() });
    const html = fs.readFileSync(path.join(out, 'exports', 'index.html'), 'utf8');
    for (const href of ['/feed.xml', '/data/events.ics', '/data/actors.csv', '/data/claims.csv', '/data/events.csv', '/data/network.graphml', '/data/dossier.json', '/data/dossier.schema.json'])
      expect(html).toContain(`href="${href}"`);
    expect(html).toContain('of the 2 events dated to the day');
    expect(html).toContain('The 1 event known only to the month or year is left out');
    expect(html).toContain('3 nodes and 2 edges');
    expect(html).toContain('3 actors, one row each');
  });

  it('takes the network counts from the /network/ page data, and counts day events without a network', async () => {
    const page = { svg: '', nodes: 7, edges: [], totalEdges: 11 };
    const html = fs.readFileSync(path.join(await renderTemplate('exports.njk', { dossier: fixtureDossier(), network: page }), 'exports', 'index.html'), 'utf8');
    expect(html).toContain('7 nodes and 11 edges');
    const d = fixtureDossier();
    d.events = d.events.filter((e) => e.precision === 'day');
    const none = fs.readFileSync(path.join(await renderTemplate('exports.njk', { dossier: d }), 'exports', 'index.html'), 'utf8');
    expect(none).toContain('of the 2 events dated to the day');
    expect(none).toContain('there are none');
    expect(none).toContain('3 nodes and 3 edges'); // the same fallback network exports.ts writes
  });
});

describe('changes page', () => {
  it('says when this is the first build', async () => {
    const out = await renderTemplate('changes.njk', { dossier: fixtureDossier(), changes: diffDossiers(null, fixtureDossier()) });
    expect(fs.readFileSync(path.join(out, 'changes', 'index.html'), 'utf8')).toContain('This is the first build');
  });

  it('links each new and changed item', async () => {
    const cur = fixtureDossier();
    const prev = structuredClone(cur);
    prev.sources = prev.sources.filter((s) => s.id !== 'harbour-copy');
    prev.claims = prev.claims.filter((c) => c.source !== 'harbour-copy');
    prev.events[0].date = '2021-03-01';
    const out = await renderTemplate('changes.njk', { dossier: cur, changes: diffDossiers(prev, cur) });
    const html = fs.readFileSync(path.join(out, 'changes', 'index.html'), 'utf8');
    expect(html).not.toContain('This is the first build');
    expect(html).toContain('<a href="/sources/harbour-copy/">Harbour closed, officials say</a>');
    expect(html).toContain('Brought 0 new actors, 1 new claim and 0 new events');
    expect(html).toContain('href="/sources/harbour-copy/#s-7"');
    expect(html).toContain('href="/claims/denial/#cl-denial"');
    expect(html).toContain('<a href="/events/e-closure/">');
    expect(html).toContain('date: <del>2021-03-01</del> → <ins>2021-03-03</ins>');
  });
});
