// `npm run eval -- --set DIR`, run as users run it (a child process), on the tiny invented set: the
// pipeline in process, the figures in JSON; a built dossier.json scored with --dossier; bad options.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MINI = join(ROOT, 'test/fixtures/devset-mini');

function evalCli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval -- --set DIR', () => {
  it('scores a devset-format folder with the pipeline and writes the figures', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'eval-json-')), 'figures.json');
    const r = evalCli(['--set', MINI, '--json', out, '--verbose']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('=== Set "devset-mini": 2 annotated articles');
    expect(r.stdout).toContain('as score-devset.py prints it:');
    expect(r.stdout).toContain('--- failure families');
    const j = JSON.parse(readFileSync(out, 'utf8'));
    expect(j.sets).toHaveLength(1);
    const s = j.sets[0];
    expect([s.format, s.set, s.articles, s.basis]).toEqual(['devset', 'devset-mini', 2, 'pipeline']);
    expect(s.headlines.map((l: string) => l.split(' ')[0])).toEqual(['actors', 'quotes', 'events', 'who-against-whom']);
    const f = s.families.dossier;
    expect(f.actors.recall.total).toBe(7);
    expect(f.quotes.all.found.total).toBe(4);
    expect(f.quotes.reported.found.total).toBe(4);
    expect(f.events.supported.total).toBe(3);
    expect(f.events.by_text_extraction.found.total).toBe(3);
    expect(f.published.right.total).toBe(1);
    expect(s.families.compromise.actors.recall.total).toBe(7);
  }, 60_000);

  it('scores a built dossier.json with --dossier (no pipeline run)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-dossier-'));
    const file = join(dir, 'dossier.json');
    const actors = [
      { id: 'tomas-brandt', name: 'Tomas Brandt', type: 'person', aliases: ['Tomas Brandt', 'Brandt'], mentions: [{ source: 'a' }, { source: 'b' }] },
      { id: 'kessler', name: 'Anna Kessler', type: 'person', aliases: ['Anna Kessler'], mentions: [{ source: 'b' }] },
    ];
    const sources = [
      { id: 'a', file: 'x01_harbour-strike.txt', published: '2031-04-02' },
      { id: 'b', file: 'x02_council-vote.txt', published: null },
    ];
    const claims = [{ source: 'b', kind: 'quote', direct: true, speaker: 'tomas-brandt', speaker_label: 'Brandt', text: 'This is a victory for every worker on the quays' }];
    writeFileSync(file, JSON.stringify({ sources, actors, claims, events: [], discrepancies: [] }));
    const r = evalCli(['--set', MINI, '--dossier', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('actors F1 0.600 (recall 0.429, precision 1.000), 0 split, 0 false merges');
    expect(r.stdout).toContain('quotes found 1/4, speaker right 1/4');
  }, 60_000);

  it('a folder that is not a set, or a file that is not a dossier, is one line and exit status 2', () => {
    const notSet = evalCli(['--set', join(ROOT, 'test/fixtures/articles')]);
    expect(notSet.status).toBe(2);
    expect(notSet.stderr).toMatch(/not a set in the devset format \(needs .*gold\.yml/);
    const dir = mkdtempSync(join(tmpdir(), 'eval-bad-'));
    writeFileSync(join(dir, 'x.json'), '{"sources": []}');
    const bad = evalCli(['--set', MINI, '--dossier', join(dir, 'x.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/x\.json: not a dossier\.json \(no "actors" list\)$/);
    expect(evalCli(['--bogus']).status).toBe(2);
  }, 60_000);
});
