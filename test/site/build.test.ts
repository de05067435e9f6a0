// End to end: the bundled articles through the real CLI into a site, checked as a reader and the
// contract would check it.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildInto, readPage, repo, runCli, treeHashes } from '../helpers/cli.ts';
import { checkSite } from '../../scripts/site/contract.ts';
import type { Dossier } from '../../scripts/lib/types.ts';

let site: ReturnType<typeof buildInto>;
let dossier: Dossier;

beforeAll(() => {
  site = buildInto(path.join(repo, 'sources'));
  if (site.status !== 0) throw new Error(`build failed: ${site.stderr}`);
  dossier = JSON.parse(fs.readFileSync(path.join(site.out, 'data', 'dossier.json'), 'utf8'));
}, 180_000);

const src = (prefix: string) => dossier.sources.find((s) => s.file.startsWith(prefix))!;

describe('build of the bundled articles', () => {
  it('passes the contract check (schema, references, pages), in process and as `dossier check`', () => {
    const report = checkSite(site.out);
    expect(report.problems).toEqual([]);
    expect(report.counts).toMatchObject({ sources: 5 });
    const r = runCli(['check', '--out', site.out]);
    expect(r.stdout).toMatch(/^0 contract problems; 5 sources, \d+ actors, \d+ claims, \d+ events, \d+ discrepancies, \d+ relations$/m);
    expect(r.status).toBe(0);
  });

  it('extracts outlet, published date and wire agency of each source', () => {
    expect(dossier.sources).toHaveLength(5);
    expect(src('000')).toMatchObject({ outlet: 'Asharq Al-Awsat', published: '2020-12-28', wire: null });
    expect(src('001')).toMatchObject({ outlet: 'Global Village Space', wire: 'AFP' });
    expect(src('001').published).not.toBe('2024-07-17');
    expect(src('002')).toMatchObject({ outlet: null, wire: 'AFP', published: null });
    expect(src('003')).toMatchObject({ outlet: 'Rudaw', wire: null });
    expect(src('003').published).toMatch(/^2020-12/);
    expect(src('004')).toMatchObject({ outlet: 'Iraq News', published: '2020-12-31', wire: 'AFP' });
  });

  it('warns about the date banner that cannot be a publication date', () => {
    expect(site.stderr).toMatch(/001_eb2d348de878cb8c\.txt: .*2024-07-17/);
  });

  it('keeps boilerplate out of every body and lists it as removed on the source page', () => {
    for (const s of dossier.sources) {
      const page = readPage(site.out, s.url_path);
      const body = page.split('<section class="body"')[1].split('</section>')[0];
      expect(body).not.toMatch(/Read more:|Editor Picks|Welcome to Global Village Space|Middle-east and International News/);
    }
    const gvs = readPage(site.out, src('001').url_path);
    const removed = gvs.split('<details class="removed"')[1];
    expect(removed).toContain('Read more: Gen. Qasem Soleimani: Master of Covert Operations');
    expect(removed).toContain('Welcome to Global Village Space');
    const asharq = readPage(site.out, src('000').url_path);
    expect(asharq.split('<details class="removed"')[1]).toContain('Editor Picks');
  });

  it('gives every sentence a stable anchor that dossier claims can point to', () => {
    const page = readPage(site.out, src('003').url_path);
    expect(page).toMatch(/<span id="s-1" class="s[^"]*">/);
    for (const c of dossier.claims) {
      const p = readPage(site.out, `/sources/${c.source}/`);
      expect(p).toContain(`id="s-${(c as { sentence_n: number }).sentence_n}"`);
    }
  });

  it('keeps photo captions as captions, not body text', () => {
    const page = readPage(site.out, src('004').url_path);
    const body = page.split('<section class="body"')[1].split('</section>')[0];
    expect(body).not.toContain('A poster of late Iranian Revolutionary Guards commander');
    expect(page.split('<section class="captions">')[1]).toContain('A poster of late Iranian Revolutionary Guards commander');
  });

  it('lists the sources on the home page with date, outlet and title', () => {
    const home = readPage(site.out, '/');
    expect(home).toContain('Pro-Iran Factions Keep up Escalation against Iraqi President, PM, US');
    expect(home).toContain('Rudaw');
    expect(home.indexOf('href="/summary/"')).toBeGreaterThan(-1);
  });

  it('writes the generated Markdown of each source with front matter and sentence anchors', () => {
    const md = fs.readFileSync(path.join(site.cache, 'content', 'sources', `${src('001').id}.md`), 'utf8');
    expect(md).toMatch(/^---\n/);
    expect(md).toMatch(/page_date: '?2024-07-17'?/);
    expect(md).toMatch(/removed:/);
    expect(md).toMatch(/\{#s-1 \.s/);
  });

  it('is byte-identical when built twice', () => {
    const again = buildInto(path.join(repo, 'sources'));
    expect(again.status).toBe(0);
    const a = treeHashes(site.out);
    const b = treeHashes(again.out);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
  }, 180_000);
});
