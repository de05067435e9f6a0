// The scale benchmark (issue 8): `npm run bench -- --articles N [--json FILE] [--keep] [--seed S]`.
// Why: the dossier must stay usable on thousands of articles, so we time it against the cheapest possible
// site for the same corpus (plain Eleventy rendering the article bodies) on one generated corpus:
//   1. plain Eleventy baseline          2. cold dossier build
//   3. rebuild after one article changed 4. rebuild with nothing changed (the no-op)
//   5. rebuild after one article added   6. rebuild after that article deleted   7. PDF briefs (if the CLI has them)
// and, apart, the floor under any cold build: Pagefind over the plain build's pages and the per-article
// extraction alone (`extract`, empty cache), whose sum with the plain build no cold dossier build can beat.
// Each step is a child process; wall time and peak RSS (via GNU time, else /proc polling) are reported.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { dirname, join, extname, basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './bench/generate.ts';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));

export interface BenchOptions {
  articles: number;
  json: string | null;
  keep: boolean;
  seed: number;
}

/** Parses the bench's arguments; throws with a one-line reason on bad input. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = { articles: 200, json: null, keep: false, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--articles' || a === '-n') o.articles = Number(value());
    else if (a.startsWith('--articles=')) o.articles = Number(a.slice(11));
    else if (a === '--json') o.json = value();
    else if (a.startsWith('--json=')) o.json = a.slice(7);
    else if (a === '--seed') o.seed = Number(value());
    else if (a === '--keep') o.keep = true;
    else if (a === '--') continue;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.articles) || o.articles < 1) throw new Error('--articles must be a positive integer');
  if (!Number.isInteger(o.seed)) throw new Error('--seed must be an integer');
  return o;
}

export interface StepResult {
  step: string;
  seconds: number | null;
  /** User + system CPU seconds of the child tree (GNU time only): less sensitive to a busy machine than wall time. */
  cpuS: number | null;
  rssMb: number | null;
  ok: boolean;
  note?: string;
}

/** GNU time writes the child's max RSS (kB) with -f %M -o FILE; checked once by running `true` under it. */
async function probeGnuTime(dir: string): Promise<boolean> {
  if (!existsSync('/usr/bin/time')) return false;
  const out = join(dir, 'time-probe.txt');
  const code = await new Promise<number>((res) => {
    const c = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', out, 'true'], { stdio: 'ignore' });
    c.on('error', () => res(-1));
    c.on('exit', (x) => res(x ?? -1));
  });
  return code === 0 && existsSync(out) && /^\d+ [\d.]+ [\d.]+\s*$/m.test(readFileSync(out, 'utf8'));
}

/** Sum-free peak: the largest VmHWM seen across the child's process tree (fallback without GNU time). */
function treePeakKb(pid: number): number {
  let peak = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]));
      for (const t of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // process ended between listing and reading: ignore
    }
  }
  return peak;
}

/** Runs one step as a child process; returns wall seconds and peak RSS in MB. */
async function runStep(
  step: string,
  cmd: string,
  args: string[],
  cwd: string,
  work: string,
  useTime: boolean,
): Promise<StepResult & { stderr: string }> {
  const timeFile = join(work, `time-${step.replace(/\W+/g, '-')}.txt`);
  const [file, argv] = useTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  let polledKb = 0;
  const res = await new Promise<{ code: number; stderr: string }>((resolve) => {
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, INIT_CWD: cwd } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
    });
    const poll = useTime ? null : setInterval(() => child.pid && (polledKb = Math.max(polledKb, treePeakKb(child.pid))), 50);
    child.on('error', (e) => {
      if (poll) clearInterval(poll);
      resolve({ code: -1, stderr: String(e) });
    });
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      resolve({ code: code ?? -1, stderr });
    });
  });
  const seconds = (performance.now() - started) / 1000;
  let kb = polledKb;
  let cpuS: number | null = null;
  if (useTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figures on failure: take the figures line.
    const lines = readFileSync(timeFile, 'utf8').split('\n').map((l) => /^(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(l.trim()));
    const m = lines.filter((x) => x !== null).pop();
    if (m) {
      kb = Number(m[1]);
      cpuS = Number(m[2]) + Number(m[3]);
    }
  }
  return { step, seconds, cpuS, rssMb: kb ? kb / 1024 : null, ok: res.code === 0, stderr: res.stderr };
}

/** Article body as Markdown for the plain baseline: front matter and HTML tags removed. */
export function plainBody(file: string, text: string): string {
  const ext = extname(file).toLowerCase();
  if (ext === '.md') return text.replace(/^---\n[\s\S]*?\n---\n/, '');
  if (ext === '.html' || ext === '.htm') {
    return text
      .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
      .replace(/<\/(p|h\d|li|div|time)>/gi, '\n\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&copy;/g, '©')
      .replace(/&amp;/g, '&')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  return text;
}

/** Writes the temporary plain Eleventy project: config, one Nunjucks layout, one Markdown page per article. */
function writePlainProject(root: string, corpus: string): void {
  const content = join(root, 'content');
  mkdirSync(join(content, '_includes'), { recursive: true });
  writeFileSync(join(root, 'eleventy.config.cjs'), `module.exports = function () {\n  return { dir: { includes: '_includes' } };\n};\n`);
  writeFileSync(
    join(content, '_includes', 'base.njk'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ page.fileSlug }}</title></head>\n<body><main>{{ content | safe }}</main></body></html>\n',
  );
  for (const f of readdirSync(corpus)) {
    const name = basename(f, extname(f));
    writeFileSync(join(content, `${name}.md`), `---\nlayout: base.njk\n---\n${plainBody(f, readFileSync(join(corpus, f), 'utf8'))}`);
  }
}

function fmt(n: number | null, digits = 2): string {
  return n === null ? '-' : n.toFixed(digits);
}

/** The run as JSON (the README's rows and the ratios come from it); returns the file written. */
function writeBenchJson(o: BenchOptions & { json: string }, results: StepResult[], floorS: number | null, generateS: number): string {
  const get = (step: string) => results.find((r) => r.step === step) ?? null;
  const sec = (step: string) => {
    const r = get(step);
    return r && r.ok ? r.seconds : null;
  };
  const plainS = sec('plain eleventy');
  const ratio = (s: number | null) => (s !== null && plainS ? Number((s / plainS).toFixed(2)) : null);
  const dossierSteps = results.filter((r) => r.ok && (r.step.startsWith('dossier') || r.step === 'briefs'));
  const rss = dossierSteps.map((r) => r.rssMb).filter((x): x is number => x !== null);
  const round = (x: number | null) => (x === null ? null : Number(x.toFixed(3)));
  const out = {
    articles: o.articles,
    plain_s: round(plainS),
    cold_s: round(sec('dossier cold')),
    warm_one_changed_s: round(sec('dossier one changed')),
    warm_one_changed_new_claim_s: round(sec('dossier one changed (new claim)')),
    noop_s: round(sec('dossier no-op')),
    one_added_s: round(sec('dossier one added')),
    one_deleted_s: round(sec('dossier one deleted')),
    peak_rss_mb: rss.length ? Math.round(Math.max(...rss)) : null,
    briefs_s: round(sec('briefs')),
    plain_search_s: round(sec('plain search index')),
    extraction_only_s: round(sec('extraction only')),
    floor_s: round(floorS),
    ratios: {
      cold: ratio(sec('dossier cold')),
      warm_one_changed: ratio(sec('dossier one changed')),
      warm_one_changed_new_claim: ratio(sec('dossier one changed (new claim)')),
      noop: ratio(sec('dossier no-op')),
      one_added: ratio(sec('dossier one added')),
      one_deleted: ratio(sec('dossier one deleted')),
      briefs: ratio(sec('briefs')),
      floor: ratio(floorS),
    },
    // Extra detail (additive): CPU-time ratios (robust on a busy machine), per-step figures, seed, generation time.
    cpu_ratios: Object.fromEntries(
      ['dossier cold', 'dossier one changed', 'dossier one changed (new claim)', 'dossier no-op', 'dossier one added', 'dossier one deleted', 'briefs'].map((st) => {
        const r = get(st);
        const p = get('plain eleventy');
        const v = r?.ok && r.cpuS !== null && p?.ok && p.cpuS ? Number((r.cpuS / p.cpuS).toFixed(2)) : null;
        return [st.replace('dossier ', '').replace(/[()]/g, '').replace(/ /g, '_'), v];
      }),
    ),
    seed: o.seed,
    generate_s: round(generateS),
    plain_peak_rss_mb: get('plain eleventy')?.rssMb ? Math.round(get('plain eleventy')!.rssMb!) : null,
    steps: results.map((r) => ({ step: r.step, ok: r.ok, seconds: round(r.seconds), cpu_s: round(r.cpuS), peak_rss_mb: r.rssMb === null ? null : Math.round(r.rssMb) })),
    load_average: existsSync('/proc/loadavg') ? Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]) : null,
    cpus: availableParallelism(),
  };
  const jsonPath = resolve(process.env.INIT_CWD ?? process.cwd(), o.json);
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify(out, null, 2) + '\n');
  return jsonPath;
}

export async function runBench(o: BenchOptions): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const corpus = join(work, 'sources');
  const log = (s: string) => process.stdout.write(s + '\n');
  let exit = 0;
  try {
    const g0 = performance.now();
    // One article more than asked, held out of the corpus for the "one added" step (article i of a corpus
    // does not depend on how many follow it, so the corpus is the same as one of N).
    generateCorpus(o.articles + 1, corpus, o.seed);
    const heldOut = readdirSync(corpus).sort().at(-1)!;
    const heldOutFile = join(work, heldOut);
    renameSync(join(corpus, heldOut), heldOutFile);
    const generateS = (performance.now() - g0) / 1000;
    log(`generated ${o.articles} articles (seed ${o.seed}) in ${generateS.toFixed(2)}s into ${corpus}`);
    const useTime = await probeGnuTime(work);
    log(`peak RSS measured with ${useTime ? '/usr/bin/time -f "%M %U %S"' : '/proc VmHWM polling of the child tree'}`);
    const load = existsSync('/proc/loadavg') ? Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]) : null;
    if (load !== null && load > availableParallelism()) log(`bench: note: load average ${load} exceeds ${availableParallelism()} CPUs; wall times will be inflated (see the CPU column)`);

    const results: StepResult[] = [];
    const get = (step: string) => results.find((r) => r.step === step) ?? null;
    const record = (r: StepResult & { stderr: string }) => {
      results.push({ step: r.step, seconds: r.seconds, cpuS: r.cpuS, rssMb: r.rssMb, ok: r.ok, note: r.ok ? undefined : 'failed' });
      if (!r.ok) {
        exit = 1;
        const tail = r.stderr.trim().split('\n').slice(-15).join('\n');
        process.stderr.write(`bench: step "${r.step}" failed:\n${tail}\n`);
      }
    };

    // (1) plain Eleventy baseline.
    const plain = join(work, 'plain');
    writePlainProject(plain, corpus);
    const eleventy = join(repo, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
    record(
      await runStep(
        'plain eleventy',
        process.execPath,
        [eleventy, `--config=${join(plain, 'eleventy.config.cjs')}`, `--input=${join(plain, 'content')}`, `--output=${join(plain, '_site')}`, '--quiet'],
        plain,
        work,
        useTime,
      ),
    );

    // (2)-(4) the dossier, when the CLI exists.
    const cli = join(repo, 'scripts', 'cli.ts');
    const site = join(work, 'site');
    const cache = join(work, 'cache');
    if (!existsSync(cli)) {
      log(`bench: ${cli} does not exist yet; skipping the dossier steps (cold, one changed, no-op, briefs).`);
    } else {
      // The floor under any cold dossier build, measured apart: a search index over the plain build's own
      // pages (Pagefind, as the dossier uses) and the per-article extraction alone (empty cache, same workers).
      const pagefind = join(repo, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
      if (get('plain eleventy')?.ok && existsSync(pagefind)) {
        record(await runStep('plain search index', process.execPath, [pagefind, '--site', join(plain, '_site'), '--output-path', join(work, 'plain-pagefind'), '--force-language', 'en', '--silent'], plain, work, useTime));
      }
      record(await runStep('extraction only', process.execPath, ['--import', 'tsx', cli, 'extract', '--sources', corpus, '--cache', join(work, 'cache-extraction-only'), '--quiet', '--no-curation'], repo, work, useTime));
      const build = ['--import', 'tsx', cli, 'build', '--sources', corpus, '--out', site, '--cache', cache, '--quiet', '--no-briefs', '--no-curation'];
      record(await runStep('dossier cold', process.execPath, build, repo, work, useTime));
      if (!results[results.length - 1].ok) {
        log('bench: the cold dossier build failed; skipping the rebuild and briefs steps.');
      } else {
      // Change one article: append a sentence to the first text file.
      const first = readdirSync(corpus).sort().find((f) => f.endsWith('.txt')) ?? readdirSync(corpus).sort()[0];
      appendFileSync(join(corpus, first), '\nOfficials said on Tuesday that the talks would resume next week.\n');
      record(await runStep('dossier one changed', process.execPath, build, repo, work, useTime));
      // The sentence above adds no name, claim or event, so every cross-source stage can reuse its kept result;
      // this edit adds a quote from a new person, so they run again (the rebuild a typical correction costs).
      appendFileSync(join(corpus, first), '\n"We will not sign the agreement this month," said Marta Quellan, a spokeswoman for the ministry, on Wednesday.\n');
      record(await runStep('dossier one changed (new claim)', process.execPath, build, repo, work, useTime));
      record(await runStep('dossier no-op', process.execPath, build, repo, work, useTime));
      renameSync(heldOutFile, join(corpus, heldOut));
      record(await runStep('dossier one added', process.execPath, build, repo, work, useTime));
      rmSync(join(corpus, heldOut));
      record(await runStep('dossier one deleted', process.execPath, build, repo, work, useTime));
      // (5) briefs, only if the CLI knows the command.
      if (/['"`]briefs['"`]/.test(readFileSync(cli, 'utf8'))) {
        record(await runStep('briefs', process.execPath, ['--import', 'tsx', cli, 'briefs', '--out', site, '--cache', cache], repo, work, useTime));
      } else {
        log('bench: the CLI has no "briefs" command yet; skipping the briefs timing.');
      }
      }
    }

    const sec = (step: string) => {
      const r = get(step);
      return r && r.ok ? r.seconds : null;
    };
    const plainS = sec('plain eleventy');
    const ratio = (s: number | null) => (s !== null && plainS ? Number((s / plainS).toFixed(2)) : null);

    log('');
    log(`${'articles'.padStart(8)}  ${'step'.padEnd(20)} ${'seconds'.padStart(8)} ${'cpu s'.padStart(8)} ${'peak RSS MB'.padStart(12)} ${'x plain'.padStart(8)}`);
    for (const r of results) {
      const s = r.ok ? r.seconds : null;
      log(
        `${String(o.articles).padStart(8)}  ${r.step.padEnd(20)} ${(r.ok ? fmt(s) : 'FAILED').padStart(8)} ${fmt(r.cpuS).padStart(8)} ${fmt(r.rssMb, 0).padStart(12)} ${fmt(r.step === 'plain eleventy' ? 1 : ratio(s)).padStart(8)}`,
      );
    }

    // Floor: what a dossier build cannot go below on this machine, whatever its own stages cost.
    const floorParts = ['plain eleventy', 'plain search index', 'extraction only'].map(sec);
    const floorS = floorParts.every((x) => x !== null) ? floorParts.reduce((a, b) => a! + b!, 0)! : null;
    if (floorS !== null) {
      log(`floor: plain render + its search index + extraction alone = ${fmt(floorS)} s = ${fmt(ratio(floorS))} x plain (the cold build is ${fmt(ratio(sec('dossier cold')))} x)`);
    }

    if (o.json) log(`wrote ${writeBenchJson({ ...o, json: o.json }, results, floorS, generateS)}`);
  } finally {
    if (o.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  return exit;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let opts: BenchOptions;
  try {
    opts = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\nusage: npm run bench -- --articles N [--json FILE] [--keep] [--seed S]\n`);
    process.exit(2);
  }
  runBench(opts).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
