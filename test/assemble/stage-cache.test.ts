// The cross-source stage results kept between builds (stage-cache.ts, stage-digests.ts): a build that
// reuses them gives exactly what assembling afresh gives, after articles are edited, added and removed;
// a damaged entry is recomputed; the kept parts are those of the current articles only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDossier } from '../../scripts/assemble/assemble.ts';
import { StageCache, cachedStage } from '../../scripts/assemble/stage-cache.ts';
import { extractCorpus, projectRoot } from '../../scripts/pipeline.ts';
import type { ArticleExtraction } from '../../scripts/lib/types.ts';

const fresh = (xs: ArticleExtraction[]) => JSON.stringify(result(xs, null));
function result(xs: ArticleExtraction[], dir: string | null) {
  const a = assembleDossier(xs, { curationFile: null, indexDir: dir });
  return { d: a.dossier, w: a.warnings, e: a.errors, o: [...a.actorOf], c: a.copies };
}
const clone = <T,>(x: T): T => structuredClone(x);

describe('cross-source stage cache', () => {
  let base: ArticleExtraction[] = [];
  let dir = '';
  beforeAll(async () => {
    const r = await extractCorpus(path.join(projectRoot, 'sources'), { curation: false, cacheDir: null, assemble: false, quiet: true, workers: 0 });
    base = r.extractions;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-stage-cache-'));
  }, 120_000);

  it('a rebuild from the kept results equals assembling afresh, through edits, additions and removals', () => {
    expect(base.length).toBeGreaterThan(2);
    const cold = JSON.stringify(result(base, dir));
    expect(cold).toBe(fresh(base));
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('stage-')).sort()).toEqual(['stage-corroborate.v8', 'stage-discrepancies.v8', 'stage-events.v8', 'stage-parts.v8', 'stage-resolve.v8']);
    // nothing changed: every stage reused
    expect(JSON.stringify(result(base, dir))).toBe(cold);
    // an edit that touches no stage's input (a new key, the same entities, claims and events): reused, the same
    const restyled = base.map((x, i) => (i === 0 ? { ...clone(x), key: `${x.key}-restyled` } : x));
    expect(JSON.stringify(result(restyled, dir))).toBe(fresh(restyled));
    // an edited claim and event, and a renamed entity (invented wording)
    const edited = restyled.map((x, i) => {
      if (i !== 1) return x;
      const y = clone(x);
      y.key = `${x.key}-edited`;
      if (y.claims[0]) y.claims[0] = { ...y.claims[0], text: 'The harbour board said the ferries would sail again within two weeks' };
      if (y.events[0]) y.events[0] = { ...y.events[0], type: 'protest', date: '2019-05-04', precision: 'day' };
      if (y.entities[0]) y.entities[0] = { ...y.entities[0], name: 'Orlen Vask', aliases: ['Orlen Vask'] };
      return y;
    });
    expect(JSON.stringify(result(edited, dir))).toBe(fresh(edited));
    // an article removed, then a copy of another added under a new id
    const removed = edited.filter((_, i) => i !== 2);
    expect(JSON.stringify(result(removed, dir))).toBe(fresh(removed));
    const copy = clone(base[3]);
    copy.meta = { ...copy.meta, id: 'zz-copy', file: 'zz-copy.txt' };
    copy.key = `${base[3].key}-copy`;
    const added = [...removed, copy];
    expect(JSON.stringify(result(added, dir))).toBe(fresh(added));
    // the kept parts are those of the articles of the last build only
    const parts = v8.deserialize(fs.readFileSync(path.join(dir, 'stage-parts.v8'))) as { parts: Record<string, unknown> };
    expect(Object.keys(parts.parts).sort()).toEqual(added.map((x) => x.key).sort());
    // back to the first corpus
    expect(JSON.stringify(result(base, dir))).toBe(cold);
  });

  it('a damaged or foreign entry is recomputed, never trusted', () => {
    const cold = fresh(base);
    result(base, dir);
    for (const f of fs.readdirSync(dir).filter((n) => n.startsWith('stage-'))) {
      const file = path.join(dir, f);
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2))); // cut short
      expect(JSON.stringify(result(base, dir))).toBe(cold);
      fs.writeFileSync(file, 'not a cache entry');
      expect(JSON.stringify(result(base, dir))).toBe(cold);
    }
    // the right digest with a value of the wrong shape: corroboration checks what it reads back
    const cache = new StageCache(dir);
    cache.save('probe', 'd1', { first: new Int32Array(1) });
    expect(cachedStage(cache, 'probe', 'd1', () => 'computed', () => false)).toBe('computed');
    expect(cachedStage(cache, 'probe', 'd2', () => 'other')).toBe('other');
    expect(cachedStage(new StageCache(dir), 'probe', 'd2', () => 'not run')).toBe('other');
  });
});
