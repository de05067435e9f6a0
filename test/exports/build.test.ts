// The exports of a real build of the bundled corpus, each read back with the tools analysts load them into
// (a feed parser, node-ical and ical.js, csv-parse, networkx and graphology) and compared with dossier.json; then a second build with --previous (an earlier build made without one
// article) must list exactly that article as added, with what it brought.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildInto, readPage, repo, tempDir } from '../helpers/cli.ts';
import { diffDossiers } from '../../scripts/site/changes.ts';
import type { Dossier } from '../../scripts/lib/types.ts';
import { checkAtom, parseAtom } from './atom.ts';
import { guardFormula } from '../../scripts/site/exports.ts';
import { readWithGraphology, readWithNetworkx } from '../helpers/readers.ts';

const OMITTED = '003_7ee5d999a6d09f79.txt';
let out = '';
let dossier: Dossier;
const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');
const csvRows = (f: string) => parseCsv(read(f), { columns: true }) as Record<string, string>[];

beforeAll(() => {
  const r = buildInto(path.join(repo, 'sources'), ['--no-curation']);
  expect(r.status, r.stderr).toBe(0);
  out = r.out;
  dossier = JSON.parse(read('data/dossier.json'));
}, 180_000);

describe('exports of the bundled corpus', () => {
  it('has a valid Atom feed with one entry per source and event', () => {
    const feed = parseAtom(read('feed.xml'));
    checkAtom(feed);
    expect(feed.entry).toHaveLength(dossier.sources.length + dossier.events.length);
    const ids = feed.entry.map((e: any) => new URL(e.id).pathname);
    for (const s of dossier.sources) expect(ids).toContain(s.url_path);
    for (const e of dossier.events) expect(ids).toContain(e.url_path);
    const dates = feed.entry.map((e: any) => e.updated);
    const dated = dates.slice(0, dossier.sources.filter((s) => s.published).length + dossier.events.length);
    expect([...dated].sort().reverse()).toEqual(dated);
  });

  it('has an Atom feed a feed reader takes: title, link and date of every entry', () => {
    const feed = parseFeed(read('feed.xml'));
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.title).toBe('Dossier');
    expect(feed.items).toHaveLength(dossier.sources.length + dossier.events.length);
    const byPath = new Map(feed.items.map((i) => [new URL(i.url!).pathname, i]));
    for (const e of dossier.events) {
      const item = byPath.get(e.url_path)!;
      expect(item.title).toBe(`Event: ${e.title}`);
      expect(item.updated?.toISOString().slice(0, e.date.length)).toBe(e.date);
    }
    for (const s of dossier.sources) expect(byPath.get(s.url_path)?.categories.map((c) => c.term)).toEqual(['source']);
  });

  it('has an iCalendar file with one all-day event per day-precision event', () => {
    const cal = new ICAL.Component(ICAL.parse(read('data/events.ics')));
    const vevents = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const day = dossier.events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));
    expect(day.length).toBeGreaterThan(0);
    expect(vevents).toHaveLength(day.length);
    for (const [i, ev] of vevents.entries()) {
      expect(ev.startDate.isDate).toBe(true);
      expect(ev.startDate.toString()).toBe(day[i].date);
      expect(ev.uid.startsWith(`${day[i].id}@`)).toBe(true);
    }
  });

  it('has an iCalendar file node-ical reads: one all-day event per day-precision event', () => {
    const day = dossier.events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));
    const events = Object.values(nodeIcal.sync.parseICS(read('data/events.ics'))).filter((c) => c?.type === 'VEVENT') as nodeIcal.VEvent[];
    expect(events.map((e) => e.uid.split('@')[0])).toEqual(day.map((e) => e.id));
    for (const [i, ev] of events.entries()) {
      expect(ev.datetype).toBe('date');
      expect(ev.start.toISOString().slice(0, 10)).toBe(day[i].date);
      expect(ev.summary).toBe(day[i].title);
    }
  });

  it('has CSVs with the counts and ids of the JSON', () => {
    expect(csvRows('data/actors.csv').map((r) => r.id)).toEqual(dossier.actors.map((a) => a.id));
    expect(csvRows('data/claims.csv').map((r) => r.id)).toEqual(dossier.claims.map((c) => c.id));
    expect(csvRows('data/events.csv').map((r) => r.id)).toEqual(dossier.events.map((e) => e.id));
    const claims = csvRows('data/claims.csv');
    for (const [i, c] of dossier.claims.entries()) expect(claims[i].sentence).toBe(guardFormula(c.sentence));
    const actors = csvRows('data/actors.csv');
    for (const [i, a] of dossier.actors.entries()) expect(actors[i].aliases).toBe(guardFormula(a.aliases.join('; ')));
  });

  it('has a GraphML network with a node per network node and the edges between them', () => {
    const xml = read('data/network.graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['node', 'edge', 'data'].includes(n) }).parse(xml).graphml;
    const nodes = g.graph.node ?? [];
    const edges = g.graph.edge ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    const ids = new Set(nodes.map((n: any) => n['@id']));
    for (const a of dossier.actors.filter((a) => ids.has(a.id))) expect(nodes.find((n: any) => n['@id'] === a.id).data.find((d: any) => d['@key'] === 'name')['#text']).toBe(a.name);
    for (const e of edges) expect(ids.has(e['@source']) && ids.has(e['@target'])).toBe(true);
    // The exports page states the same counts.
    expect(readPage(out, '/exports/')).toContain(`${nodes.length} node${nodes.length === 1 ? '' : 's'} and ${edges.length} edge${edges.length === 1 ? '' : 's'}`);
  });

  it('has a GraphML network that networkx and graphology read, with the same nodes and edges', () => {
    const xml = read('data/network.graphml');
    const nx = readWithNetworkx(xml);
    const g = readWithGraphology(xml);
    expect(nx.directed).toBe(true);
    expect(g.type).toBe('directed');
    expect(nx.nodes.length).toBe(g.order);
    expect(nx.edges.length).toBe(g.size);
    expect(g.size).toBeGreaterThan(0);
    const names = new Map(dossier.actors.map((a) => [a.id, a.name]));
    for (const n of nx.nodes) expect(n.data.name).toBe(names.get(n.id));
    // Directed relations (accusations, attacks, affiliations) and plain co-mentions, told apart by `directed`.
    const kinds = new Set(nx.edges.map((e) => e.data.directed));
    expect(kinds).toEqual(new Set([true, false]));
    for (const e of nx.edges) {
      expect(g.hasDirectedEdge(e.source, e.target)).toBe(true);
      if (e.data.directed) expect(String(e.data.relations)).toMatch(/(^|; )(?!co-mention)[a-z_-]+:\d+/);
    }
  });

  it('has a dossier.json that validates against dossier.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(read('data/dossier.schema.json')));
    expect(validate(dossier), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it('says on /changes/ that this is the first build', () => {
    expect(readPage(out, '/changes/')).toContain('This is the first build');
  });
});

describe('--previous', () => {
  it('lists exactly the article missing from the earlier build as added, with what it brought', () => {
    const partial = tempDir('partial');
    for (const f of fs.readdirSync(path.join(repo, 'sources'))) if (f !== OMITTED) fs.copyFileSync(path.join(repo, 'sources', f), path.join(partial, f));
    const before = buildInto(partial, ['--no-curation']);
    expect(before.status, before.stderr).toBe(0);
    const prevFile = path.join(before.out, 'data', 'dossier.json');
    const after = buildInto(path.join(repo, 'sources'), ['--no-curation', '--previous', prevFile]);
    expect(after.status, after.stderr).toBe(0);

    const previous: Dossier = JSON.parse(fs.readFileSync(prevFile, 'utf8'));
    const current: Dossier = JSON.parse(fs.readFileSync(path.join(after.out, 'data', 'dossier.json'), 'utf8'));
    const added = current.sources.find((s) => s.file === OMITTED)!;
    const changes = diffDossiers(previous, current);
    expect(changes.sources.added.map((s) => s.id)).toEqual([added.id]);
    expect(changes.sources.removed).toEqual([]);
    const brought = changes.sources.added[0].brought;
    // Every claim of the added article is new (its sentences were not in the earlier build).
    expect(brought.claims.map((c) => c.id).sort()).toEqual(current.claims.filter((c) => c.source === added.id).map((c) => c.id).sort());
    // Its new actors are exactly the actors it mentions that the earlier build had under no name.
    for (const a of brought.actors) expect(current.actors.find((x) => x.id === a.id)!.mentions.some((m) => m.source === added.id)).toBe(true);

    const html = readPage(after.out, '/changes/');
    expect(html).not.toContain('This is the first build');
    expect(html).toContain('New: 1 source');
    expect(html).toContain(`href="${added.url_path}"`);
    for (const c of brought.claims) expect(html).toContain(`href="${c.href}"`);
    for (const a of brought.actors) expect(html).toContain(`href="${a.href}"`);
  }, 300_000);

  it('warns in one line naming an unusable previous file, and still builds', () => {
    const bad = path.join(tempDir('bad'), 'previous.json');
    fs.writeFileSync(bad, '{"sources": [');
    const r = buildInto(path.join(repo, 'sources'), ['--no-curation', '--previous', bad]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes(bad));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('not valid JSON');
    expect(readPage(r.out, '/changes/')).toContain('This is the first build');
  }, 180_000);
});
