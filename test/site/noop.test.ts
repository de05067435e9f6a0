// The no-op build (issue 20): one digest over sources, curation, options and code (site/build-digest.ts).
// Nothing changed: one line, and the site is left as it is. Any change of a source, the curation file, an
// option or the code defeats it, and so does a missing or damaged site or digest: the build is a real one.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, repo, tempDir, treeHashes } from '../helpers/cli.ts';
import { digestFile, inputDigest, type BuildInputs } from '../../scripts/site/build-digest.ts';
import { FileIndex } from '../../scripts/lib/file-index.ts';

const NOOP = /^Nothing changed since the last build of .*: the site is left as it is\.$/;
const BUILT = /^Built the dossier from \d+ of \d+ articles/;

let base: string;
let sources: string;
let out: string;
let cache: string;
let curation: string;

function build(extra: string[] = [], env: Record<string, string> = {}) {
  const r = runCli(['build', '--sources', sources, '--out', out, '--cache', cache, '--curation', curation, '--quiet', '--no-briefs', ...extra], { env });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  return r;
}
const isNoop = (r: { stdout: string }) => NOOP.test(r.stdout.trim());
const isBuilt = (r: { stdout: string }) => BUILT.test(r.stdout.trim());

beforeAll(() => {
  base = tempDir('noop');
  sources = path.join(base, 'sources');
  fs.mkdirSync(sources);
  // Two of the bundled articles: enough for every page kind, quick to build again and again.
  for (const f of fs.readdirSync(path.join(repo, 'sources')).filter((f) => f.endsWith('.txt')).sort().slice(0, 2)) {
    fs.copyFileSync(path.join(repo, 'sources', f), path.join(sources, f));
  }
  curation = path.join(base, 'curation.yml');
  fs.writeFileSync(curation, 'actors: {}\n');
  out = path.join(base, 'site');
  cache = path.join(base, 'cache');
  expect(isBuilt(build())).toBe(true);
}, 180_000);

describe('no-op build', () => {
  it('says nothing changed in one line and leaves the site byte for byte as it was', () => {
    const before = treeHashes(out);
    const r = build();
    expect(isNoop(r)).toBe(true);
    expect(r.stderr).toBe('');
    expect(treeHashes(out)).toEqual(before);
  }, 120_000);

  it('decides nothing changed before running the build again in a child process (cli.ts, lib/heap-growth.ts)', () => {
    // A probe loaded into every process of the build notes each child process it starts.
    const spawned = path.join(base, 'spawned.log');
    const probe = path.join(base, 'spawn-probe.mjs');
    fs.writeFileSync(
      probe,
      `import cp from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const spawn = cp.spawn;
cp.spawn = (command, args, ...rest) => { fs.appendFileSync(${JSON.stringify(spawned)}, process.pid + ' ' + (args ?? []).join(' ') + '\\n'); return spawn(command, args, ...rest); };
syncBuiltinESMExports();
`,
    );
    const withProbe = () => {
      fs.rmSync(spawned, { force: true });
      const r = runCli(['build', '--sources', sources, '--out', out, '--cache', cache, '--curation', curation, '--quiet', '--no-briefs'], { nodeArgs: ['--import', probe] });
      expect(r.status).toBe(0);
      return { r, children: fs.existsSync(spawned) ? fs.readFileSync(spawned, 'utf8').trim().split('\n').filter((l) => / build /.test(l)) : [] };
    };
    const noop = withProbe();
    expect(isNoop(noop.r)).toBe(true);
    expect(noop.children).toEqual([]);
    fs.writeFileSync(curation, 'actors: {}\n# a probe run\n');
    const real = withProbe();
    expect(isBuilt(real.r)).toBe(true);
    expect(real.children).toHaveLength(1);
    expect(real.children[0]).toMatch(/--max-semi-space-size=/);
    // the launcher recorded the digest of the build its child made
    expect(isNoop(withProbe().r)).toBe(true);
  }, 120_000);

  it('takes a file whose time changed but not its bytes as unchanged (content hashes)', () => {
    const [first] = fs.readdirSync(sources).sort();
    const old = new Date('2020-01-02T03:04:05Z');
    fs.utimesSync(path.join(sources, first), old, old);
    expect(isNoop(build())).toBe(true);
  }, 120_000);

  it('builds again when a source changes, is added or is removed, then is a no-op again', () => {
    const [first, second] = fs.readdirSync(sources).sort();
    fs.appendFileSync(path.join(sources, first), '\nOfficials said on Tuesday that the talks would resume next week.\n');
    expect(isBuilt(build())).toBe(true);
    expect(isNoop(build())).toBe(true);
    fs.copyFileSync(path.join(sources, second), path.join(sources, `copy-${second}`));
    expect(isBuilt(build())).toBe(true);
    fs.rmSync(path.join(sources, `copy-${second}`));
    expect(isBuilt(build())).toBe(true);
    expect(isNoop(build())).toBe(true);
  }, 120_000);

  it('builds again when the curation file changes', () => {
    fs.writeFileSync(curation, 'actors: {}\n# an analyst note\n');
    expect(isBuilt(build())).toBe(true);
    expect(isNoop(build())).toBe(true);
  }, 120_000);

  it('builds again when an option or the site URL changes', () => {
    expect(isBuilt(build(['--base-path', '/dossier/']))).toBe(true);
    expect(isNoop(build(['--base-path', '/dossier/']))).toBe(true);
    expect(isBuilt(build())).toBe(true);
    expect(isBuilt(build([], { DOSSIER_SITE_URL: 'https://example.org/' }))).toBe(true);
    expect(isBuilt(build())).toBe(true);
    expect(isNoop(build())).toBe(true);
  }, 120_000);

  it('builds again when the site is missing or a page of it was changed by hand', () => {
    const page = path.join(out, 'sources', 'index.html');
    const text = fs.readFileSync(page, 'utf8');
    fs.writeFileSync(page, text.replace('<body', '<body data-edited'));
    expect(isBuilt(build())).toBe(true);
    expect(fs.readFileSync(page, 'utf8')).toBe(text);
    fs.rmSync(page);
    expect(isBuilt(build())).toBe(true);
    expect(fs.readFileSync(page, 'utf8')).toBe(text);
    fs.rmSync(out, { recursive: true });
    expect(isBuilt(build())).toBe(true);
    expect(fs.readFileSync(page, 'utf8')).toBe(text);
    // the generated Markdown of the source pages (--content, in the cache here) is an output too
    fs.rmSync(path.join(cache, 'content'), { recursive: true });
    expect(isBuilt(build())).toBe(true);
    expect(fs.readdirSync(path.join(cache, 'content')).length).toBeGreaterThan(0);
    expect(fs.readFileSync(page, 'utf8')).toBe(text);
    expect(isNoop(build())).toBe(true);
  }, 120_000);

  it('builds again when the digest is missing or damaged', () => {
    const file = digestFile(cache, out);
    expect(fs.existsSync(file)).toBe(true);
    fs.rmSync(file);
    expect(isBuilt(build())).toBe(true);
    fs.writeFileSync(file, '{"version": 1, "digest": ');
    expect(isBuilt(build())).toBe(true);
    expect(isNoop(build())).toBe(true);
  }, 120_000);
});

describe('build digest', () => {
  it('changes with any code or template file of the project, and with the settings', () => {
    const root = tempDir('digest-root');
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    write('scripts/cli.ts', 'export {};\n');
    write('_includes/layouts/base.njk', '<main>{{ content }}</main>\n');
    write('content/index.njk', 'home\n');
    write('.eleventy.js', 'module.exports = () => ({});\n');
    write('package-lock.json', '{}\n');
    const src = path.join(root, 'src');
    write('src/a.txt', 'An article.\n');
    const inputs: BuildInputs = {
      sourcesDir: src,
      outDir: path.join(root, 'out'),
      cacheDir: path.join(root, 'cache'),
      contentDir: path.join(root, 'cache', 'content'),
      curationFile: null,
      previousFile: null,
      settings: { basePath: '/' },
      root,
    };
    const digest = (over: Partial<BuildInputs> = {}) => inputDigest({ ...inputs, ...over }, new FileIndex(null));
    const first = digest();
    expect(digest()).toBe(first);
    const seen = new Set([first]);
    const changes: [string, string][] = [
      ['_includes/layouts/base.njk', '<main class="x">{{ content }}</main>\n'],
      ['content/index.njk', 'home page\n'],
      ['scripts/cli.ts', 'export const x = 1;\n'],
      ['scripts/new-stage.ts', 'export {};\n'],
      ['.eleventy.js', 'module.exports = () => ({ x: 1 });\n'],
      ['package-lock.json', '{ "lockfileVersion": 3 }\n'],
      ['src/a.txt', 'An article, edited.\n'],
    ];
    for (const [rel, text] of changes) {
      write(rel, text);
      const d = digest();
      expect(seen.has(d), rel).toBe(false);
      seen.add(d);
    }
    expect(seen.has(digest({ settings: { basePath: '/dossier/' } }))).toBe(false);
  });

  it('reads again only the files whose size, time or inode changed', () => {
    const dir = tempDir('digest-index');
    const files = ['a', 'b', 'c'].map((n) => path.join(dir, n));
    const old = new Date('2020-01-02T03:04:05Z');
    for (const f of files) {
      fs.writeFileSync(f, `file ${f}\n`);
      fs.utimesSync(f, old, old);
    }
    const first = new FileIndex(null);
    for (const f of files) first.stamp(f);
    expect(first.hashed).toBe(3);
    fs.writeFileSync(files[1], 'changed\n');
    const second = new FileIndex(first.data());
    const stamps = files.map((f) => second.stamp(f));
    expect(second.hashed).toBe(1);
    expect(stamps[0].hash).toBe(first.data().files[files[0]].hash);
    expect(stamps[1].hash).not.toBe(first.data().files[files[1]].hash);
  });
});
