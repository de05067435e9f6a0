// The per-article stage runner's cache and worker pool, after the move into scripts/extract/: the version
// hash still covers every per-article stage module (and nothing of the cross-source or site stages),
// and worker threads still load the TypeScript stages and give the same results as this thread.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry, ExtractionCache, extractorModules, extractorVersion, type ExtractResult } from '../../scripts/extract/cache.ts';
import type { ArticleExtraction } from '../../scripts/lib/types.ts';
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


/**
 * Writes `code` to `script` and runs it as the CLI runs: node with tsx's loader, which the pool's worker
 * threads inherit. Its standard output, trimmed; it must write nothing to standard error.
 */
function runWithTsx(script: string, code: string): string {
  fs.writeFileSync(script, code);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
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
      expect(runWithTsx(path.join(dir, 'pool-check.mts'), code)).toBe('same 5');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 130_000);
});

describe('cache entries (extract/cache.ts)', () => {
  const result = (paragraphs: string[]): ExtractResult =>
    ({
      ok: true,
      extraction: {
        key: 'k',
        meta: { id: 'a1', file: 'a1.txt' },
        cleaned: {
          file: 'a1.txt',
          title: 'Harbour “talks” resume',
          paragraphs,
          sentences: paragraphs.map((text, i) => ({ n: i + 1, text, paragraph: i })),
          captions: [],
          subheadings: [],
          removed: [],
          metaLines: [],
        },
        entities: [],
        mentions: [],
        claims: [],
        events: [],
        relations: [],
        images: [],
        warnings: [],
      },
    }) as unknown as ExtractResult;
  const key = 'ab' + '0'.repeat(62);
  const files = (dir: string) => fs.readdirSync(path.join(dir, 'ab')).sort();

  it('gives back what was stored, keys in the same order, with the paragraphs read from their own file when used', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-xcache-'));
    try {
      const stored = result(['The ferry council met on Tuesday – briefly.', 'Its chair said the “fares” would fall.']);
      const cache = new ExtractionCache(dir);
      expect(cache.has(key)).toBe(false);
      cache.set(key, stored);
      expect(cache.has(key)).toBe(true);
      expect(files(dir)).toEqual([`${key}.json`, `${key}.paragraphs.json`]);
      // written as ASCII, other characters escaped
      for (const f of files(dir)) expect(fs.readFileSync(path.join(dir, 'ab', f), 'latin1')).toMatch(/^[\x00-\x7e]*$/);
      const back = cache.get(key)!;
      expect(JSON.stringify(back)).toBe(JSON.stringify(stored));
      expect(back).toEqual(stored);
      // read on first use, and only then: once read, its file is no longer needed
      const again = cache.get(key)!;
      fs.rmSync(path.join(dir, 'ab', `${key}.paragraphs.json`));
      expect(() => (again as { extraction: ArticleExtraction }).extraction.cleaned.paragraphs).toThrow();
      expect((back as { extraction: ArticleExtraction }).extraction.cleaned.paragraphs).toHaveLength(2);
      // an entry missing its paragraphs' file is read as missing (and extracted again)
      expect(cache.has(key)).toBe(true);
      expect(cache.get(key)).toBeNull();
      // so is one whose paragraphs' file was cut short or is another entry's
      cache.set(key, stored);
      const paragraphsFile = path.join(dir, 'ab', `${key}.paragraphs.json`);
      const whole = fs.readFileSync(paragraphsFile, 'utf8');
      fs.writeFileSync(paragraphsFile, whole.slice(0, -5));
      expect(cache.get(key)).toBeNull();
      fs.writeFileSync(paragraphsFile, '["Another entry\'s only paragraph."]');
      expect(cache.get(key)).toBeNull();
      // one damaged at the same length is named when it is read
      fs.writeFileSync(paragraphsFile, '{' + whole.slice(1));
      const damaged = cache.get(key) as { extraction: ArticleExtraction };
      expect(() => damaged.extraction.cleaned.paragraphs).toThrow(/damaged extraction cache entry .*paragraphs\.json/);
      // a failed article is stored too
      const failed: ExtractResult = { ok: false, reason: 'empty file — nothing to read' };
      cache.set(key, failed);
      expect(cache.get(key)).toEqual(failed);
      expect(decodeEntry(encodeEntry(stored))).toEqual(stored);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses the entities and events on first use, and reads an entry whose deferred part is damaged or cut short as missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-xcache-'));
    try {
      const stored = result(['The ferry council met on Tuesday.']);
      const x = (stored as { extraction: ArticleExtraction }).extraction;
      x.entities = [{ key: 'person:ada-quenby', name: 'Ada Quenby', type: 'person', aliases: ['Ada Quenby'], roles: ['chair'], evidence: [], mentions: 1 }] as never;
      x.events = [{ type: 'meeting', title: 'The ferry council met', date: null, agents: [], patients: [], places: [], sentence: 1 }] as never;
      const cache = new ExtractionCache(dir);
      cache.set(key, stored);
      const mainFile = path.join(dir, 'ab', `${key}.json`);
      const whole = fs.readFileSync(mainFile, 'latin1');
      const back = (cache.get(key) as { extraction: ArticleExtraction }).extraction;
      // not parsed yet: an accessor, in the place the field had
      expect(Object.getOwnPropertyDescriptor(back, 'entities')?.get).toBeTypeOf('function');
      expect(Object.keys(back)).toEqual(Object.keys(x));
      expect(JSON.stringify(back)).toBe(JSON.stringify(x));
      expect(Object.getOwnPropertyDescriptor(back, 'entities')?.value).toEqual(x.entities);
      // a value set before use replaces the stored one
      const other = (cache.get(key) as { extraction: ArticleExtraction }).extraction;
      other.events = [];
      expect(other.events).toEqual([]);
      expect(decodeEntry(encodeEntry(stored))).toEqual(stored);
      // one character of the events' text changed (same length), the text cut short, or a byte added
      const events = whole.lastIndexOf('"meeting"');
      for (const damaged of [whole.slice(0, events) + '"meating"' + whole.slice(events + 9), whole.slice(0, -1), whole + ' ']) {
        fs.writeFileSync(mainFile, damaged, 'latin1');
        expect(cache.get(key)).toBeNull();
      }
      fs.writeFileSync(mainFile, whole, 'latin1');
      expect(cache.get(key)).toEqual(stored);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('treats an entry of the earlier format (paragraphs inline) or a damaged one as missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-xcache-'));
    try {
      const cache = new ExtractionCache(dir);
      fs.mkdirSync(path.join(dir, 'ab'));
      fs.writeFileSync(path.join(dir, 'ab', `${key}.json`), JSON.stringify(result(['One paragraph.'])));
      expect(cache.get(key)).toBeNull();
      fs.writeFileSync(path.join(dir, 'ab', `${key}.paragraphs.json`), '["One paragraph."]');
      expect(cache.get(key)).toBeNull();
      fs.writeFileSync(path.join(dir, 'ab', `${key}.json`), '{"ok": true, "extrac');
      expect(cache.get(key)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('extraction beside the cache (pipeline.ts extractAll)', () => {
  it('extracts what the cache lacks on a worker thread (started before the first entry is read) while reading the rest (and loading later modules), as this thread would, and redoes damaged entries', () => {
    const at = (p: string) => JSON.stringify(pathToFileURL(path.join(repo, p)).href);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-overlap-'));
    const code = `
      import fs from 'node:fs';
      import path from 'node:path';
      const { extractAll } = await import(${at('scripts/pipeline.ts')});
      const { ExtractionCache } = await import(${at('scripts/extract/cache.ts')});
      const { readSourceFolder, assignSourceIds } = await import(${at('scripts/ingest/read.ts')});
      const read = readSourceFolder(${JSON.stringify(path.join(repo, 'sources'))});
      const ids = assignSourceIds(read.files.map((f) => f.file)).ids;
      const cacheDir = ${JSON.stringify(path.join(dir, 'cache'))};
      // entries read before the worker thread started (meanwhile runs then): none, the thread starts first
      let reads = 0;
      const get = ExtractionCache.prototype.get;
      ExtractionCache.prototype.get = function (key) { reads++; return get.call(this, key); };
      const fresh = await extractAll(read.files, ids, { cacheDir: null, workers: 0 });
      // three of five in the cache, one of them damaged
      await extractAll(read.files.slice(0, 3), ids, { cacheDir, workers: 0 });
      const entries = fs.readdirSync(cacheDir, { recursive: true }).filter((f) => /[0-9a-f]{64}\\.json$/.test(f)).sort();
      fs.writeFileSync(path.join(cacheDir, entries[0]), '{');
      let meanwhile = 0;
      let readBefore = -1;
      reads = 0;
      const mixed = await extractAll(read.files, ids, { cacheDir, workers: 1, meanwhile: () => { meanwhile++; readBefore = reads; } });
      const cached = await extractAll(read.files, ids, { cacheDir, workers: 1 });
      const same = (a, b) => JSON.stringify(a.results) === JSON.stringify(b.results);
      console.log(entries.length, mixed.cached, same(mixed, fresh), cached.cached, same(cached, fresh), meanwhile, readBefore);
    `;
    try {
      expect(runWithTsx(path.join(dir, 'overlap-check.mts'), code)).toBe('3 2 true 5 true 1 0');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 130_000);
});
