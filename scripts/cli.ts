#!/usr/bin/env node
// The one command line of the project (../shared/CONTRACT.md):
//   dossier build --sources DIR --out DIR [--cache DIR] [--content DIR] [--quiet] [--no-curation] [--no-briefs] [--previous FILE] [--base-path PATH]
//   dossier extract --sources DIR [--cache DIR] [--shard i/n]      per-article stage only, into the shared cache
//   dossier check [--out DIR]                                       contract check of a built site
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCurationFile, projectRoot } from './lib/project.ts';
import { createProgress } from './lib/progress.ts';
import { acquireLock } from './site/build-lock.ts';
import { recoverInterruptedSwap, siblingsOf } from './site/atomic-swap.ts';
import { outputConflict, outputContentsConflict } from './site/output-guard.ts';
import { failureMessage, StageError } from './site/failure-message.ts';
import { printable } from './lib/text-safety.ts';
import { parseBasePath } from './site/addresses.ts';
import { boundHeapGrowth, followLauncher, isRerun, rerunWithYoungGeneration } from './lib/heap-growth.ts';
import { checkDigest, forgetDigest, saveDigest, type BuildInputs, type DigestCheck } from './site/build-digest.ts';

const USAGE = `usage:
  npm run dossier -- build --sources DIR --out DIR [--cache DIR] [--content DIR] [--curation FILE]
                           [--quiet] [--verbose] [--no-curation] [--no-briefs] [--previous FILE]
                           [--base-path PATH] [--wait SECONDS]
  npm run dossier -- extract --sources DIR [--cache DIR] [--shard i/n] [--quiet]
  npm run dossier -- briefs [--out DIR] [--cache DIR] [--base-path PATH] [--wait SECONDS]
  npm run dossier -- check [--out DIR]`;

/** How long a build waits for another one using the same cache or output folder (--wait). */
const DEFAULT_WAIT_SECONDS = 60;

/** Paths on the command line are relative to where the user ran npm, not to the project. */
function fromUser(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

/** One line on stderr, exit status 1. The message is made printable: a path may hold any character. */
function fail(message: string, usage = false): never {
  process.stderr.write(`dossier: ${printable(message)}\n${usage ? `${USAGE}\n` : ''}`);
  process.exit(1);
}

/**
 * One build at a time per cache and per output folder (scripts/build-lock.ts), then the output folder put
 * back in order if a build was killed while publishing it (scripts/atomic-swap.ts).
 */
async function lockAndRecover(cacheDir: string, outDir: string, waitSeconds: number, say: (line: string) => void): Promise<void> {
  const waitMs = waitSeconds * 1000;
  await acquireLock(path.join(cacheDir, 'build.lock'), { what: `the cache ${cacheDir}`, waitMs, onWait: say });
  await acquireLock(siblingsOf(outDir).lock, { what: `the output folder ${outDir}`, waitMs, onWait: say });
  const restored = recoverInterruptedSwap(outDir);
  if (restored) say(restored);
}

/** `dossier check`: the contract check of a built site (scripts/contract.ts): one line per problem, then a summary. */
async function checkCommand(outDir: string): Promise<number> {
  const { checkSite, contractSummary } = await import('./site/contract.ts');
  const report = checkSite(outDir);
  const shown = report.problems.slice(0, 40);
  for (const p of shown) process.stdout.write(`${p}\n`);
  if (report.problems.length > shown.length) process.stdout.write(`... and ${report.problems.length - shown.length} more\n`);
  process.stdout.write(`${contractSummary(report)}\n`);
  return report.problems.length ? 1 : 0;
}

/** `dossier briefs`: PDF briefs of an existing build, in place. */
async function briefsCommand(outDir: string, cacheDir: string, waitSeconds: number, basePath: string, progress: ReturnType<typeof createProgress>, say: (line: string) => void): Promise<number> {
  await lockAndRecover(cacheDir, outDir, waitSeconds, say);
  const file = path.join(outDir, 'data', 'dossier.json');
  if (!fs.existsSync(file)) fail(`${file} not found: build the site first (npm run build)`);
  const { makeBriefs } = await import('./site/briefs.ts');
  const { compiledDate } = await import('./site/views/meta.ts');
  const dossier = JSON.parse(fs.readFileSync(file, 'utf8'));
  const compiled = compiledDate(dossier);
  const r = await makeBriefs(outDir, dossier, { cacheDir, compiled, progress, basePath, siteUrl: process.env.DOSSIER_SITE_URL || null });
  progress.done();
  process.stdout.write(`briefs: ${r.made} printed, ${r.reused} unchanged, in ${path.join(outDir, 'briefs')}\n`);
  return 0;
}

/**
 * The no-op check (site/build-digest.ts): when nothing the build reads changed since the build that made
 * the output folder, says so in one line (the caller stops there); otherwise forgets the recorded digest
 * until this build is published.
 */
async function takeDigest(
  where: Omit<BuildInputs, 'settings'>,
  options: { basePath: string; siteUrl: string | null; briefs: boolean },
): Promise<DigestCheck> {
  const digest = checkDigest({
    ...where,
    settings: {
      ...options,
      browser: options.briefs ? (await import('./site/browser.ts')).chromiumPath() : null,
      searchShardPages: process.env.DOSSIER_SEARCH_SHARD_PAGES ?? null,
    },
  });
  if (digest.unchanged) {
    const rel = path.relative(process.env.INIT_CWD ?? process.cwd(), where.outDir) || '.';
    process.stdout.write(`Nothing changed since the last build of ${rel}/ (sources, curation, options and code are the same): the site is left as it is.\n`);
  } else forgetDigest(where.cacheDir, where.outDir);
  return digest;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        sources: { type: 'string' },
        out: { type: 'string' },
        cache: { type: 'string' },
        content: { type: 'string' },
        curation: { type: 'string' },
        previous: { type: 'string' },
        shard: { type: 'string' },
        'base-path': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'no-curation': { type: 'boolean', default: false },
        'no-briefs': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        wait: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    fail((err as Error).message, true);
  }
  const o = parsed.values;
  // --verbose: per-stage details (pages rendered and reused, timings, memory) on stderr.
  if (o.verbose) process.env.DOSSIER_VERBOSE = '1';
  const quiet = o.quiet === true;
  const progress = createProgress({ quiet });
  const cacheDir = fromUser(o.cache ?? path.join(projectRoot, '.cache'));
  // A file name or message may hold a newline or ESC: printed escaped, every warning stays one line.
  const warn = (file: string, message: string) => process.stderr.write(`warning: ${printable(file)}: ${printable(message)}\n`);
  const say = (line: string) => process.stderr.write(`${printable(line)}\n`);
  const waitSeconds = o.wait === undefined ? DEFAULT_WAIT_SECONDS : Number(o.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) fail(`--wait must be a number of seconds (0 or more), got "${o.wait}"`);
  const base = parseBasePath(o['base-path'] ?? '/');
  if (!base.ok) fail(base.message);
  const basePath = base.basePath;

  if (command === 'check') return checkCommand(fromUser(o.out ?? '_site'));
  if (command === 'briefs') return briefsCommand(fromUser(o.out ?? '_site'), cacheDir, waitSeconds, basePath, progress, say);
  if (command !== 'build' && command !== 'extract') fail(`unknown command "${command}"`, true);
  if (!o.sources) fail(`--sources DIR is required`);
  const sourcesDir = fromUser(o.sources);
  if (!fs.existsSync(sourcesDir) || !fs.statSync(sourcesDir).isDirectory()) fail(`sources folder ${sourcesDir} does not exist`);

  let shard: { index: number; count: number } | undefined;
  if (o.shard) {
    const m = /^(\d+)\/(\d+)$/.exec(o.shard);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) fail(`--shard must look like i/n with 1 <= i <= n, got "${o.shard}"`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }

  // The output folder is checked before any work: a build replaces it whole.
  let outDir = '';
  let contentDir = '';
  const curationFile = o['no-curation'] ? null : o.curation ? fromUser(o.curation) : defaultCurationFile;
  if (command === 'build') {
    if (!o.out) fail('--out DIR is required');
    outDir = fromUser(o.out);
    contentDir = o.content ? fromUser(o.content) : path.join(cacheDir, 'content');
    const conflict = outputConflict({ out: outDir, sources: sourcesDir, cache: cacheDir, content: contentDir, curation: curationFile });
    if (conflict) fail(conflict);
    // A re-run (below) builds under its launcher's locks.
    if (!isRerun()) await lockAndRecover(cacheDir, outDir, waitSeconds, say);
    const contents = outputContentsConflict(outDir);
    if (contents) fail(contents);
  }

  const started = Date.now();
  const siteUrl = process.env.DOSSIER_SITE_URL || null;
  const briefs = o['no-briefs'] !== true;
  let digest: DigestCheck | null = null;
  if (command === 'build' && !isRerun()) {
    digest = await takeDigest({ sourcesDir, outDir, cacheDir, contentDir, curationFile, previousFile: o.previous ? fromUser(o.previous) : null }, { basePath, siteUrl, briefs });
    if (digest.unchanged) return 0;
    // The build proper runs again in a child process with a larger young generation (lib/heap-growth.ts),
    // once nothing-changed is ruled out; this process keeps the locks and records the digest if it succeeds.
    const code = await rerunWithYoungGeneration();
    if (code !== null) {
      if (code === 0) saveDigest(cacheDir, outDir, digest);
      return code;
    }
  }
  const { extractCorpus } = await import('./pipeline.ts');
  const corpus = await extractCorpus(sourcesDir, {
    curation: o['no-curation'] !== true,
    curationFile: o.curation ? fromUser(o.curation) : undefined,
    cacheDir: path.join(cacheDir, 'extract'),
    indexDir: path.join(cacheDir, 'assemble'),
    quiet,
    progress,
    shard,
    assemble: command !== 'extract',
    // The site stage's modules (~0.4 s to load, mostly waiting on the loader's thread) load while the cache is read.
    meanwhile: command === 'build' ? () => [import('./site/site.ts'), import('@11ty/eleventy')].forEach((p) => p.catch(() => undefined)) : undefined,
  });
  for (const w of corpus.warnings) warn(w.file, w.message);
  if (command === 'extract') {
    progress.done();
    process.stdout.write(
      `extracted ${corpus.stats.extracted} and reused ${corpus.stats.cached} of ${corpus.stats.files} articles into ${path.join(cacheDir, 'extract')}\n`,
    );
    return 0;
  }
  if (corpus.errors.length) fail(corpus.errors[0] + (corpus.errors.length > 1 ? ` (and ${corpus.errors.length - 1} more)` : ''));
  if (corpus.extractions.length === 0) fail(`no usable article in ${sourcesDir} (${corpus.stats.files} files read); no site was built`);

  let previous = null;
  if (o.previous) {
    const { loadPrevious } = await import('./site/changes.ts');
    const loaded = loadPrevious(fromUser(o.previous));
    if (loaded.error) say(`warning: ${loaded.error}; the "what changed" page treats this as the first build`);
    previous = loaded.dossier;
  }
  const { buildSite } = await import('./site/site.ts');
  const { pages } = await buildSite(corpus, {
    outDir,
    cacheDir,
    contentDir,
    progress,
    briefs,
    previous,
    siteUrl,
    basePath,
    sourcesDir,
    curationFile,
  });
  if (digest) saveDigest(cacheDir, outDir, digest);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const rel = path.relative(process.env.INIT_CWD ?? process.cwd(), outDir) || '.';
  process.stdout.write(
    `Built the dossier from ${corpus.stats.usable} of ${corpus.stats.files} articles (${pages} source pages) into ${rel}/ in ${seconds}s.\n` +
      (basePath === '/'
        ? `View it: npm start (serves ${rel}/ at http://127.0.0.1:8080/), or open ${rel}/index.html.\n`
        : `Its links start with ${basePath}: serve ${rel}/ under that path (as GitHub Pages serves a project page).\n`),
  );
  return 0;
}

run();

// The boundary of every stage's errors: an expected failure (full disk, read-only folder, busy cache) is
// one line; a bug is one line too, with its stack trace under --verbose.
function run(): void {
  followLauncher();
  // The garbage of a large build is collected before it piles up (lib/heap-growth.ts).
  boundHeapGrowth();
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      const { line, expected } = failureMessage(err);
      // A stage's failure (site/stage-boundary.ts) names the stage; its stack is the error's it caught.
      const bug = err instanceof StageError ? err.cause : err;
      if (!expected && process.env.DOSSIER_VERBOSE && bug instanceof Error && bug.stack) process.stderr.write(`${bug.stack}\n`);
      fail(expected || process.env.DOSSIER_VERBOSE ? line : `${line} (run with --verbose for details)`);
    },
  );
}
