// The build's young generation (lib/heap-growth.ts): set by running the program again with V8's flag,
// unless the process already has a size of its own.
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repo, tempDir } from '../helpers/cli.ts';
import { SEMI_SPACE_MB, youngGenerationArgs } from '../../scripts/lib/heap-growth.ts';
import { workerExecArgv } from '../../scripts/lib/ts-worker.ts';

describe('young generation', () => {
  it('adds the flag to the Node arguments the program runs with', () => {
    expect(youngGenerationArgs(['--import', 'tsx'], undefined)).toEqual(['--import', 'tsx', `--max-semi-space-size=${SEMI_SPACE_MB}`]);
  });

  it('leaves a size given on the command line or in NODE_OPTIONS alone (no second run)', () => {
    expect(youngGenerationArgs(['--max-semi-space-size=8'], undefined)).toBeNull();
    expect(youngGenerationArgs([], '--max-old-space-size=4096 --max-semi-space-size=32')).toBeNull();
  });

  it('gives a process started with the arguments a young generation of that size', () => {
    // The young generation grows to its bound as short-lived objects are made: its size after many shows the bound.
    const probe = 'let k = []; for (let i = 0; i < 3e6; i++) { const o = { i, s: "x" + i }; if (i % 10 === 0) k.push(o); } console.log(require("v8").getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size)';
    const sized = spawnSync(process.execPath, [...youngGenerationArgs([], undefined)!, '-e', probe], { encoding: 'utf8' });
    const plain = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(sized.status).toBe(0);
    expect(Number(sized.stdout)).toBeGreaterThan(Number(plain.stdout));
    expect(Number(sized.stdout)).toBeLessThanOrEqual(2 * SEMI_SPACE_MB * 2 ** 20);
  });

  it('runs the program again with the flag, and the run ends when its launcher is killed', async () => {
    const dir = tempDir('young');
    const script = path.join(dir, 'probe.ts');
    const module = JSON.stringify(path.join(repo, 'scripts', 'lib', 'heap-growth.ts'));
    fs.writeFileSync(
      script,
      `import { followLauncher, rerunWithYoungGeneration } from ${module};
const rerun = rerunWithYoungGeneration();
if (rerun) void rerun.then((code) => process.exit(code ?? 1));
else { followLauncher(); console.log(process.pid, process.execArgv.join(' ')); setInterval(() => undefined, 1000); }
`,
    );
    const launcher = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve) => launcher.stdout.once('data', (b: Buffer) => resolve(b.toString())));
    const [pid, ...execArgv] = line.trim().split(' ');
    expect(execArgv).toContain(`--max-semi-space-size=${SEMI_SPACE_MB}`);
    const alive = () => {
      try {
        process.kill(Number(pid), 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(alive()).toBe(true);
    launcher.kill('SIGKILL');
    for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
  }, 30_000);
});

describe('worker threads of a build run with a young-generation size', () => {
  it('start: the heap-size flags a worker refuses are left out of what it inherits', () => {
    expect(workerExecArgv(['--import', 'tsx', `--max-semi-space-size=${SEMI_SPACE_MB}`, '--max-old-space-size=4096'])).toEqual(['--import', 'tsx']);
    const dir = tempDir('young-worker');
    const script = path.join(dir, 'worker-probe.mts');
    const worker = path.join(dir, 'echo.mts');
    fs.writeFileSync(worker, `import { parentPort, workerData } from 'node:worker_threads';\nparentPort!.postMessage(workerData * 2);\n`);
    fs.writeFileSync(
      script,
      `import { pathToFileURL } from 'node:url';
import { startTsWorker } from ${JSON.stringify(path.join(repo, 'scripts', 'lib', 'ts-worker.ts'))};
const w = startTsWorker(pathToFileURL(${JSON.stringify(worker)}), 21);
w.on('message', (n) => { console.log('answer', n); void w.terminate(); });
w.on('error', (e) => { console.log('error', e.message); process.exit(1); });
`,
    );
    const run = spawnSync(process.execPath, [`--max-semi-space-size=${SEMI_SPACE_MB}`, '--import', 'tsx', script], { cwd: repo, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('answer 42');
    expect(run.status).toBe(0);
  }, 30_000);
});

describe('the extraction pool under a young-generation size', () => {
  it('extracts the bundled articles on worker threads in a process started with the flag', () => {
    const dir = tempDir('young-pool');
    const script = path.join(dir, 'pool-probe.mts');
    fs.writeFileSync(
      script,
      `import { extractCorpus } from ${JSON.stringify(path.join(repo, 'scripts', 'pipeline.ts'))};
const r = await extractCorpus(${JSON.stringify(path.join(repo, 'sources'))}, { curation: false, cacheDir: null, workers: 2, quiet: true, assemble: false });
console.log('extracted', r.stats.extracted, r.extractions.length);
`,
    );
    const run = spawnSync(process.execPath, [`--max-semi-space-size=${SEMI_SPACE_MB}`, '--import', 'tsx', script], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/invalid execArgv/);
    expect(run.stdout.trim()).toBe('extracted 5 5');
    expect(run.status).toBe(0);
  }, 120_000);
});
