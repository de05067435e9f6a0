#!/usr/bin/env node
// The one command line of the project (../shared/CONTRACT.md):
//   dossier build --sources DIR --out DIR [--cache DIR] [--content DIR] [--quiet] [--no-curation] [--no-briefs] [--previous FILE] [--base-path PATH]
//   dossier extract --sources DIR [--cache DIR] [--shard i/n]      per-article stage only, into the shared cache
//   dossier check [--out DIR]                                       contract check of a built site
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCurationFile, extractCorpus, projectRoot } from './pipeline.ts';
import { buildSite } from './site.ts';
import { createProgress } from './progress.ts';
import { parseBasePath } from './base-path.ts';

const USAGE = `usage:
  npm run dossier -- build --sources DIR --out DIR [--cache DIR] [--content DIR] [--curation FILE]
                           [--quiet] [--verbose] [--no-curation] [--no-briefs] [--previous FILE] [--base-path PATH]
  npm run dossier -- extract --sources DIR [--cache DIR] [--shard i/n] [--quiet]
  npm run dossier -- briefs [--out DIR] [--cache DIR] [--base-path PATH]
  npm run dossier -- check [--out DIR]`;

/** Paths on the command line are relative to where the user ran npm, not to the project. */
function fromUser(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

function fail(message: string): never {
  process.stderr.write(`dossier: ${message}\n`);
  process.exit(1);
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
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  const o = parsed.values;
  // --verbose: per-stage details (pages rendered and reused, timings, memory) on stderr.
  if (o.verbose) process.env.DOSSIER_VERBOSE = '1';
  const quiet = o.quiet === true;
  const progress = createProgress({ quiet });
  const cacheDir = fromUser(o.cache ?? path.join(projectRoot, '.cache'));
  const warn = (file: string, message: string) => process.stderr.write(`warning: ${file}: ${message}\n`);
  const base = parseBasePath(o['base-path'] ?? '/');
  if (!base.ok) fail(base.message);
  const basePath = base.basePath;

  if (command === 'check') {
    // The contract check of a built site (scripts/contract.ts): one line per problem, then a summary.
    const { checkSite, contractSummary } = await import('./contract.ts');
    const report = checkSite(fromUser(o.out ?? '_site'));
    const shown = report.problems.slice(0, 40);
    for (const p of shown) process.stdout.write(`${p}\n`);
    if (report.problems.length > shown.length) process.stdout.write(`... and ${report.problems.length - shown.length} more\n`);
    process.stdout.write(`${contractSummary(report)}\n`);
    return report.problems.length ? 1 : 0;
  }
  if (command === 'briefs') {
    // PDF briefs of an existing build, in place.
    const outDir = fromUser(o.out ?? '_site');
    const file = path.join(outDir, 'data', 'dossier.json');
    if (!fs.existsSync(file)) fail(`${file} not found: build the site first (npm run build)`);
    const { makeBriefs } = await import('./briefs.ts');
    const { buildViews } = await import('./views.ts');
    const dossier = JSON.parse(fs.readFileSync(file, 'utf8'));
    const compiled = buildViews(dossier, [], new Map(), []).meta.compiled;
    const r = await makeBriefs(outDir, dossier, { cacheDir, compiled, progress, basePath, siteUrl: process.env.DOSSIER_SITE_URL || null });
    progress.done();
    process.stdout.write(`briefs: ${r.made} printed, ${r.reused} unchanged, in ${path.join(outDir, 'briefs')}\n`);
    return 0;
  }
  if (command !== 'build' && command !== 'extract') fail(`unknown command "${command}"\n${USAGE}`);
  if (!o.sources) fail(`--sources DIR is required`);
  const sourcesDir = fromUser(o.sources);
  if (!fs.existsSync(sourcesDir) || !fs.statSync(sourcesDir).isDirectory()) fail(`sources folder ${sourcesDir} does not exist`);

  let shard: { index: number; count: number } | undefined;
  if (o.shard) {
    const m = /^(\d+)\/(\d+)$/.exec(o.shard);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) fail(`--shard must look like i/n with 1 <= i <= n, got "${o.shard}"`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }

  const started = Date.now();
  const corpus = await extractCorpus(sourcesDir, {
    curation: o['no-curation'] !== true,
    curationFile: o.curation ? fromUser(o.curation) : undefined,
    cacheDir: path.join(cacheDir, 'extract'),
    quiet,
    progress,
    shard,
    assemble: command !== 'extract',
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

  if (!o.out) fail('--out DIR is required');
  const outDir = fromUser(o.out);
  const contentDir = o.content ? fromUser(o.content) : path.join(cacheDir, 'content');
  let previous = null;
  if (o.previous) {
    const { loadPrevious } = await import('./changes.ts');
    const loaded = loadPrevious(fromUser(o.previous));
    if (loaded.error) process.stderr.write(`warning: ${loaded.error}; the "what changed" page treats this as the first build\n`);
    previous = loaded.dossier;
  }
  const { pages } = await buildSite(corpus, {
    outDir,
    cacheDir,
    contentDir,
    progress,
    briefs: o['no-briefs'] !== true,
    previous,
    siteUrl: process.env.DOSSIER_SITE_URL || null,
    basePath,
    sourcesDir,
    curationFile: o['no-curation'] ? null : o.curation ? fromUser(o.curation) : defaultCurationFile,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const rel = path.relative(process.env.INIT_CWD ?? process.cwd(), outDir) || '.';
  process.stdout.write(
    `Built the dossier from ${corpus.extractions.length} of ${corpus.stats.files} articles (${pages} source pages) into ${rel}/ in ${seconds}s.\n` +
      (basePath === '/'
        ? `View it: npm start (serves ${rel}/ at http://127.0.0.1:8080/), or open ${rel}/index.html.\n`
        : `Its links start with ${basePath}: serve ${rel}/ under that path (as GitHub Pages serves a project page).\n`),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)),
);
