// The publishing workflow: valid for GitHub Actions (action-validator) and doing what the README and
// the contract promise: npm ci, npm run build for the Pages base path (with --previous when a published
// dossier exists) and a browser for the briefs, the contract check, caches, Pages. Its run: steps are
// executed on a fresh clone by workflow-run.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import { validateWorkflow } from '@action-validator/core';
import { repo } from '../helpers/cli.ts';

const file = path.join(repo, '.github', 'workflows', 'dossier.yml');
const text = fs.readFileSync(file, 'utf8');
const wf = YAML.parse(text);
type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; id?: string; env?: Record<string, string> };
const steps = (job: string): Step[] => wf.jobs[job].steps;
const allSteps = (): Step[] => Object.keys(wf.jobs).flatMap(steps);
const uses = (action: string) => allSteps().filter((s) => s.uses?.split('@')[0] === action);

describe('.github/workflows/dossier.yml', () => {
  it('is a valid workflow, and the validator does reject a broken one', () => {
    // The validator prints a notice per `paths` glob it cannot check ("Glob validation is not yet
    // supported"): kept out of the test output, and the only thing it may print.
    const printed: string[] = [];
    const spies = (['log', 'warn', 'error'] as const).map((k) => vi.spyOn(console, k).mockImplementation((...a: unknown[]) => void printed.push(a.join(' '))));
    try {
      expect(validateWorkflow(text).errors).toEqual([]);
      const broken = text.replace('runs-on: ubuntu-latest', 'runs-on: 3\n    steps: not-a-list');
      expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
    } finally {
      for (const s of spies) s.mockRestore();
    }
    for (const line of printed) expect(line).toMatch(/^WARNING: Glob validation is not yet supported/);
  });

  it('runs on pushes touching the inputs and code, and by hand', () => {
    expect(wf.on).toHaveProperty('workflow_dispatch');
    const paths: string[] = wf.on.push.paths;
    for (const p of ['sources/**', '_data/curation.yml', 'scripts/**', 'content/**', '_includes/**', '.eleventy.js'])
      expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('package'))).toBe(true);
  });

  it('installs with npm ci on Node 20 with the npm cache, and caches the extraction folder', () => {
    const node = uses('actions/setup-node');
    expect(node).toHaveLength(1);
    expect(String(node[0].with?.['node-version'])).toBe('20');
    expect(node[0].with?.cache).toBe('npm');
    expect(allSteps().some((s) => s.run?.trim() === 'npm ci')).toBe(true);
    const cache = uses('actions/cache');
    expect(cache).toHaveLength(1);
    expect(cache[0].with?.path).toBe('.cache/extract');
    expect(String(cache[0].with?.key)).toContain("hashFiles('sources/**', 'scripts/**')");
    expect(String(cache[0].with?.['restore-keys'])).toMatch(/extract-/);
    const order = steps('build').map((s) => s.uses?.split('@')[0] ?? s.run?.trim().split('\n')[0]);
    expect(order.indexOf('actions/cache')).toBeLessThan(order.findIndex((r) => r?.startsWith('if [ -f previous.json ]')));
  });

  it('fetches the published dossier.json without failing, and builds with --previous only when it exists', () => {
    const fetch = allSteps().find((s) => s.run?.includes('curl'));
    expect(fetch?.run).toContain('/data/dossier.json');
    expect(fetch?.run).toContain('|| true');
    expect(JSON.stringify(fetch)).toContain('vars.DOSSIER_URL');
    const build = allSteps().find((s) => s.run?.includes('npm run build'));
    expect(build?.run).toContain('--previous previous.json');
    expect(build?.run).toMatch(/if \[ -f previous\.json \]/);
  });

  it('builds for the base path and URL actions/configure-pages reports, with the runner\'s Chrome for the briefs', () => {
    const pages = uses('actions/configure-pages');
    expect(pages).toHaveLength(1);
    const order = steps('build');
    const build = order.find((s) => s.run?.includes('npm run build'))!;
    expect(order.indexOf(pages[0])).toBeLessThan(order.indexOf(build));
    expect(build.env?.BASE_PATH).toBe(`\${{ steps.${pages[0].id}.outputs.base_path }}`);
    expect(build.env?.DOSSIER_SITE_URL).toContain(`steps.${pages[0].id}.outputs.base_url`);
    for (const line of build.run!.split('\n').filter((l) => l.includes('npm run build'))) expect(line).toContain('--base-path="$BASE_PATH"');
    // Google Chrome's path on GitHub's ubuntu-latest images (there is no /usr/bin/chromium there).
    expect(build.env?.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
    const check = order.find((s) => s.run?.includes(' check '))!;
    expect(check.run).toBe('npm run -s dossier -- check --out _site');
    expect(order.indexOf(check)).toBeGreaterThan(order.indexOf(build));
    expect(order.indexOf(check)).toBeLessThan(order.indexOf(uses('actions/upload-pages-artifact')[0]));
  });

  it('uploads _site and deploys it to GitHub Pages with the needed permissions, one run at a time', () => {
    const upload = uses('actions/upload-pages-artifact');
    expect(upload).toHaveLength(1);
    expect(upload[0].with?.path).toBe('_site');
    const deploy = uses('actions/deploy-pages');
    expect(deploy).toHaveLength(1);
    expect(wf.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(wf.concurrency.group).toBeTruthy();
    expect(wf.jobs.deploy.needs).toBe('build');
    expect(wf.jobs.deploy.environment.name).toBe('github-pages');
  });

  it('uses the same build commands as package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    expect(pkg.scripts.build).toContain('--out _site');
  });
});
