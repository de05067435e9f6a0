// The per-article stage runner's cache and worker pool, after the move into scripts/extract/: the version
// hash still covers every per-article stage module (and nothing of the cross-source or site stages),
// and worker threads still load the TypeScript stages and give the same results as this thread.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractorModules, extractorVersion } from '../../scripts/extract/cache.ts';
import { repo } from '../helpers/cli.ts';

/** .ts files under scripts/<dir>, relative to scripts/. */
function modulesUnder(dir: string): string[] {
  const root = path.join(repo, 'scripts');
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(path.join(root, dir));
  return out.sort();
}

describe('extractor version (extract/cache.ts)', () => {
  it('hashes every per-article stage module, the language tools they use, and no later stage', () => {
    const mods = extractorModules();
    // everything in extract/ but the pool and its worker body (they run the stages, they are not stages)
    const stages = modulesUnder('extract').filter((m) => m !== 'extract/pool.ts' && m !== 'extract/worker.ts');
    expect(mods).toEqual(expect.arrayContaining(stages));
    expect(mods).toEqual(expect.arrayContaining(modulesUnder('ingest')));
    for (const m of ['language/dates.ts', 'language/event-triggers.ts', 'language/translit.ts', 'language/lexicon/speech.ts', 'lib/types.ts', 'lib/months.ts'])
      expect(mods).toContain(m);
    expect(mods.filter((m) => !/^(extract|ingest|language|lib)\//.test(m))).toEqual([]);
    expect(extractorVersion()).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('worker pool (extract/pool.ts, extract/worker.ts)', () => {
  it('extracts the bundled articles in worker threads exactly as in this thread', () => {
    const at = (p: string) => JSON.stringify(pathToFileURL(path.join(repo, p)).href);
    const code = `
      const { extractAll } = await import(${at('scripts/pipeline.ts')});
      const { readSourceFolder, assignSourceIds } = await import(${at('scripts/ingest/read.ts')});
      const read = readSourceFolder(${JSON.stringify(path.join(repo, 'sources'))});
      const ids = assignSourceIds(read.files.map((f) => f.file)).ids;
      const pooled = await extractAll(read.files, ids, { cacheDir: null, workers: 2 });
      const inThread = await extractAll(read.files, ids, { cacheDir: null, workers: 0 });
      const same = JSON.stringify(pooled.results) === JSON.stringify(inThread.results);
      console.log((same ? 'same ' : 'different ') + pooled.results.filter((r) => r.ok).length);
    `;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pool-'));
    try {
      const script = path.join(dir, 'pool-check.mts');
      fs.writeFileSync(script, code);
      // as the CLI runs: node with tsx's loader, which the pool's worker threads inherit
      const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('same 5');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 130_000);
});
