// The publishing workflow's own run: steps, in order, on a fresh clone of the repository, so that a step
// that would break on GitHub breaks here: npm ci against the committed lockfile, fetching the published
// dossier, the build for the Pages base path with the briefs, the contract check. The uses: steps are
// emulated: checkout is the clone, setup-node is this Node 20 with its npm cache, configure-pages reports
// a Pages site served here under /dossier (holding a published dossier.json), upload-pages-artifact
// takes the folder, deploy-pages is GitHub's service and is not run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { repo, tempDir } from '../helpers/cli.ts';
import { checkLinks } from '../helpers/links.ts';
import { runWorkflow, type StepRecord } from '../helpers/workflow.ts';
import { chromiumPath } from '../../scripts/site/browser.ts';
import { dossierJsonText } from '../../scripts/site/exports.ts';
import { fixtureDossier } from './fixture.ts';

const WORKFLOW = path.join(repo, '.github', 'workflows', 'dossier.yml');
/** Where ubuntu-latest has Google Chrome; this machine's browser stands in for it. */
const RUNNER_CHROME = '/usr/bin/google-chrome';
const PAGES_PATH = '/dossier';

let workspace = '';
let pagesServer: http.Server;
let pagesUrl = '';
let records: StepRecord[] = [];
let uploaded: string | null = null;
let cachedPath: string | null = null;
let nodeVersionAsked = '';

/** A fresh clone of the repository with the working tree's uncommitted changes, as they would be committed. */
function freshClone(into: string): void {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', repo, into]);
  const changed = execFileSync('git', ['ls-files', '--modified', '--others', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of changed) {
    const from = path.join(repo, f);
    if (!fs.existsSync(from)) continue;
    fs.mkdirSync(path.dirname(path.join(into, f)), { recursive: true });
    fs.copyFileSync(from, path.join(into, f));
  }
  const deleted = execFileSync('git', ['ls-files', '--deleted', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of deleted) fs.rmSync(path.join(into, f), { force: true });
}

/** The machine's environment without what the test runner and the npm running it added. */
function runnerEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(npm_|VITEST|INIT_CWD$|CHROMIUM_PATH$|DOSSIER_|NODE_OPTIONS$)/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}

beforeAll(async () => {
  // The published site the workflow compares with: a dossier.json served under the Pages base path.
  const published = dossierJsonText(fixtureDossier());
  pagesServer = http.createServer((req, res) => {
    if (req.url === `${PAGES_PATH}/data/dossier.json`) res.writeHead(200, { 'content-type': 'application/json' }).end(published);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => pagesServer.listen(0, '127.0.0.1', resolve));
  pagesUrl = `http://127.0.0.1:${(pagesServer.address() as AddressInfo).port}${PAGES_PATH}`;

  workspace = path.join(tempDir('workflow'), 'dossier');
  freshClone(workspace);
  records = await runWorkflow(WORKFLOW, {
    workspace,
    vars: {}, // no DOSSIER_URL variable: the URL comes from configure-pages
    baseEnv: runnerEnv(),
    adjustEnv: (env) => (env.CHROMIUM_PATH === RUNNER_CHROME && !fs.existsSync(RUNNER_CHROME) ? { ...env, CHROMIUM_PATH: chromiumPath() ?? RUNNER_CHROME } : env),
    actions: {
      'actions/checkout': (_input, { workspace: ws }) => {
        expect(fs.existsSync(path.join(ws, '.git'))).toBe(true);
      },
      'actions/setup-node': (input) => {
        nodeVersionAsked = input('node-version');
        // `cache: npm` restores the npm cache: here, this machine's.
        const npmCache: Record<string, string> = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
        return { env: input('cache') === 'npm' ? npmCache : {} };
      },
      'actions/cache': (input) => {
        cachedPath = input('path'); // nothing restored: a first run
      },
      'actions/configure-pages': () => ({
        outputs: { base_url: pagesUrl, base_path: PAGES_PATH, origin: new URL(pagesUrl).origin, host: new URL(pagesUrl).host },
      }),
      'actions/upload-pages-artifact': (input) => {
        uploaded = path.join(workspace, input('path') || '_site');
      },
      'actions/deploy-pages': () => undefined,
    },
  });
}, 900_000);

afterAll(async () => {
  await new Promise<void>((resolve) => pagesServer?.close(() => resolve()));
  // What each step printed, for whoever has to find out why one failed.
  if (workspace) fs.writeFileSync(path.join(path.dirname(workspace), 'steps.log'), records.map((r) => `== ${r.name} (${r.kind}, exit ${r.status}, ${r.seconds}s)\n${r.output}`).join('\n'));
});

describe('the workflow\'s run: steps on a fresh clone', () => {
  it('all pass, in order, from npm ci to the contract check', () => {
    const failed = records.find((r) => r.status !== 0);
    expect(failed ? `${failed.name} exited ${failed.status}:\n${failed.output.slice(-3000)}` : null).toBe(null);
    const runs = records.filter((r) => r.kind === 'run').map((r) => r.name);
    expect(runs).toEqual([
      'Install (npm ci)',
      'Fetch the published dossier.json (for the "what changed" page)',
      'Build the site (npm run build)',
      'Check the build against the contract',
    ]);
    expect(records.at(-1)?.name).toBe('Deploy to GitHub Pages');
    expect(Number(nodeVersionAsked)).toBe(Number(process.versions.node.split('.')[0]));
  });

  it('installs exactly the committed lockfile', () => {
    const install = records.find((r) => r.name === 'Install (npm ci)')!;
    expect(install.output).not.toMatch(/npm error/i);
    expect(execFileSync('git', ['status', '--porcelain', '--', 'package.json', 'package-lock.json'], { cwd: workspace, encoding: 'utf8' })).toBe('');
  });

  it('compares with the dossier published at the URL configure-pages reported', () => {
    const fetch = records.find((r) => r.name.startsWith('Fetch'))!;
    expect(fetch.output).toContain('Comparing with the published dossier.');
    const changes = fs.readFileSync(path.join(uploaded!, 'changes', 'index.html'), 'utf8');
    expect(changes).not.toContain('This is the first build');
  });

  it('builds for the base path with the briefs printed and linked, and the site has no broken link under it', () => {
    const build = records.find((r) => r.name.startsWith('Build'))!;
    expect(build.output).not.toContain('briefs: not printed');
    expect(uploaded).toBe(path.join(workspace, '_site'));
    expect(fs.existsSync(path.join(uploaded!, 'index.html'))).toBe(true);
    expect(fs.readdirSync(path.join(uploaded!, 'briefs')).filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(10);
    const links = checkLinks(uploaded!, { basePath: `${PAGES_PATH}/` });
    expect(links.broken.slice(0, 10)).toEqual([]);
    expect(fs.readFileSync(path.join(uploaded!, 'feed.xml'), 'utf8')).toContain(`<id>${pagesUrl}/</id>`);
    // The contract check passed on this site (its last line) and the cache step has something to save.
    expect(records.find((r) => r.name === 'Check the build against the contract')!.output.trim()).toMatch(/^0 contract problems; 5 sources/m);
    expect(fs.existsSync(path.join(workspace, cachedPath!))).toBe(true);
  });
});
