// The project's own contract check (scripts/contract.ts): what dossier.json must hold for analysts and the
// acceptance checks. Each rule is shown to reject a dossier that breaks it, on a hand-made dossier.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDossier, checkSite, contractSummary } from '../../scripts/site/contract.ts';
import type { Dossier } from '../../scripts/lib/types.ts';
import { fixtureDossier } from '../exports/fixture.ts';
import { runCli, tempDir } from '../helpers/cli.ts';

type Any = any; // mutations deliberately break the types
const pages = (d: Dossier) => new Set([...d.sources, ...d.actors, ...d.events].map((x) => x.url_path));
const relation = (d: Dossier, extra: Record<string, unknown> = {}) => ({
  id: 'r-1', kind: 'accuses', from: d.actors[0].id, to: d.actors[1].id, source: d.sources[0].id, sentence_n: 4,
  evidence: 'Volk accused the authority.', claim: null, event: null, independent_reports: 1, ...extra,
});

/** [rule, how to break it, a word the problem line must contain]. */
const BROKEN: [string, (d: Any) => void, RegExp][] = [
  ['ids are unique', (d) => d.actors.push({ ...d.actors[0] }), /actors: duplicate id maren-volk/],
  ['a source has a report id', (d) => (d.sources[0].report = ''), /sources\[0\] \(id harbour-report\): report/],
  ['published is a day or null', (d) => (d.sources[0].published = 'March 4'), /published must match/],
  ['source fields are strings or null', (d) => (d.sources[0].outlet = 7), /outlet must be string,null/],
  ['an actor type is person, organization or place', (d) => (d.actors[0].type = 'animal'), /type must be equal to one of the allowed values/],
  ['an actor has aliases', (d) => (d.actors[0].aliases = []), /aliases must NOT have fewer than 1 items/],
  ['an actor has mentions', (d) => (d.actors[2].mentions = []), /mentions must NOT have fewer than 1 items/],
  ['mentions name known sources', (d) => (d.actors[0].mentions[0].source = 'gone'), /actor maren-volk: unknown source in mentions "gone"/],
  ['claims name a known source', (d) => (d.claims[0].source = 'gone'), /claim c-volk-closed: unknown source "gone"/],
  ['speakers are known actors', (d) => (d.claims[0].speaker = 'gone'), /unknown speaker "gone"/],
  ['a claim without speaker says who spoke', (d) => (d.claims[1].speaker_label = ''), /claims\[1\] \(id c-unnamed\): speaker_label/],
  ['targets are known actors', (d) => d.claims[0].targets.push('gone'), /unknown target "gone"/],
  ['a claim has its words', (d) => (d.claims[0].text = ''), /text must NOT have fewer than 1 characters/],
  ['direct is a boolean', (d) => (d.claims[0].direct = 'yes'), /direct must be boolean/],
  ['a claim has a cluster', (d) => delete d.claims[0].cluster, /missing cluster/],
  ['a claim has at least one independent report', (d) => (d.claims[0].independent_reports = 0), /independent_reports must be >= 1/],
  ['an event date is YYYY, YYYY-MM or YYYY-MM-DD', (d) => (d.events[0].date = '3 March'), /date must match pattern/],
  ['event actors are known', (d) => d.events[0].places.push('gone'), /event e-closure: unknown actor "gone"/],
  ['event sources are known', (d) => d.events[0].sources.push('gone'), /event e-closure: unknown source "gone"/],
  ['an event has a source', (d) => (d.events[1].sources = []), /sources must NOT have fewer than 1 items/],
  ['discrepancies name known claims', (d) => d.discrepancies[0].claims.push('gone'), /discrepancy d-when: unknown claim "gone"/],
  ['discrepancies name known sources', (d) => d.discrepancies[0].sources.push('gone'), /discrepancy d-when: unknown source "gone"/],
  ['every list is there', (d) => delete d.events, /top level: missing events/],
  ['pages exist for every url_path', (d) => (d.events[0].url_path = '/events/gone/'), /event e-closure: url_path \/events\/gone\/ has no page/],
  ['relations is a list', (d) => (d.relations = {}), /relations must be array/],
  ['a relation kind is one of the contract\'s', (d) => (d.relations = [relation(d, { kind: 'hugs' })]), /kind must be equal to one of the allowed values/],
  ['a relation joins two different actors', (d) => (d.relations = [relation(d, { to: d.actors[0].id })]), /relation r-1: from and to are the same actor/],
  ['relation ends are known actors', (d) => (d.relations = [relation(d, { from: 'gone' })]), /relation r-1: unknown actor in from "gone"/],
  ['a relation has its evidence', (d) => (d.relations = [relation(d, { evidence: '' })]), /evidence must NOT have fewer than 1 characters/],
  ['a relation names a known claim or none', (d) => (d.relations = [relation(d, { claim: 'gone' })]), /relation r-1: unknown claim "gone"/],
  ['a relation names a known event or none', (d) => (d.relations = [relation(d, { event: 'gone' })]), /relation r-1: unknown event "gone"/],
];

describe('contract check of dossier.json', () => {
  it('accepts a well-formed dossier, with or without relations', () => {
    const d = fixtureDossier();
    expect(checkDossier(d, (u) => pages(d).has(u))).toEqual([]);
    const withRelations = { ...d, relations: [relation(d, { claim: 'c-volk-closed', event: 'e-closure' })] };
    expect(checkDossier(withRelations, (u) => pages(d).has(u))).toEqual([]);
  });

  for (const [rule, breakIt, expected] of BROKEN) {
    it(`rejects a dossier that breaks the rule: ${rule}`, () => {
      const d = fixtureDossier();
      const known = pages(d);
      breakIt(d);
      const problems = checkDossier(d, (u) => known.has(u));
      expect(problems.join('\n')).toMatch(expected);
    });
  }

  it('reports an unreadable dossier.json in one line, and the summary counts', () => {
    const out = tempDir('contract');
    expect(checkSite(out).problems).toEqual([expect.stringMatching(/^cannot read .*dossier\.json: /)]);
    fs.mkdirSync(path.join(out, 'data'));
    fs.writeFileSync(path.join(out, 'data', 'dossier.json'), JSON.stringify(fixtureDossier()));
    const report = checkSite(out);
    // No page was written for any url_path in this folder.
    expect(report.problems.filter((p) => p.endsWith('has no page'))).toHaveLength(3 + 3 + 3);
    expect(contractSummary(report)).toBe('9 contract problems; 3 sources, 3 actors, 2 claims, 3 events, 1 discrepancies, 1 relations');
    const r = runCli(['check', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('9 contract problems; 3 sources, 3 actors, 2 claims, 3 events, 1 discrepancies, 1 relations');
  });
});
