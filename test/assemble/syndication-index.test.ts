// The syndication index kept between builds (assemble/syndication-index.ts) gives, after any sequence of
// articles added, edited and removed, exactly what detectSyndication gives over the corpus as it is then.
import { describe, it, expect } from 'vitest';
import { detectSyndication, type SyndicationInput } from '../../scripts/assemble/syndication.ts';
import { SyndicationIndex } from '../../scripts/assemble/syndication-index.ts';
import { detectSyndicationCached } from '../../scripts/assemble/syndication-cache.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom, type Rng } from '../../scripts/lib/random.ts';
import type { CleanedArticle, SourceMeta } from '../../scripts/lib/types.ts';

const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(' ');
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const sentence = (rng: Rng) => Array.from({ length: 6 + Math.floor(rng() * 10) }, () => pick(rng, WORDS)).join(' ') + '.';

/** A random corpus shape: stories (sets of sentences), boilerplate lines, and sources mixing them. */
function makeWorld(seed: number) {
  const rng = seededRandom(seed);
  const stories = Array.from({ length: 12 }, () => Array.from({ length: 8 }, () => sentence(rng)));
  const boilerplate = Array.from({ length: 3 }, () => sentence(rng));
  let next = 0;
  const source = (): SyndicationInput => {
    const id = `s${String(next++).padStart(4, '0')}`;
    const story = pick(rng, stories);
    // a copy of the story (most of its sentences), or an article of its own quoting a few
    const copy = rng() < 0.5;
    const lines = [
      ...story.filter(() => rng() < (copy ? 0.85 : 0.2)),
      ...Array.from({ length: copy ? 1 : 6 }, () => sentence(rng)),
      ...boilerplate.filter(() => rng() < 0.6),
    ];
    const meta = { id, published: rng() < 0.7 ? `2021-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}` : null, wire: rng() < 0.3 ? pick(rng, ['AP', 'Reuters']) : null } as unknown as SourceMeta;
    const cleaned = { sentences: lines.map((text) => ({ text })) } as unknown as CleanedArticle;
    return { id, meta, cleaned };
  };
  return { rng, source };
}

/** The index's answer and the cold one, in a comparable form. */
function same(index: SyndicationIndex, update: ReturnType<SyndicationIndex['update']>, live: Map<string, SyndicationInput>) {
  const cold = detectSyndication([...live.values()]);
  const sorted = (m: Map<string, string>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  expect(sorted(update.reportOf)).toEqual(sorted(cold.reportOf));
  expect(update.copies).toEqual(cold.copies);
  expect(index.sources).toBe(live.size);
}

describe('syndication index', () => {
  it('matches a cold detection after articles are added, edited and removed, in many random orders', () => {
    let groupsSeen = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const { rng, source } = makeWorld(seed);
      const live = new Map<string, SyndicationInput>();
      let index = new SyndicationIndex();
      const first = Array.from({ length: 40 }, source);
      for (const s of first) live.set(s.id, s);
      same(index, index.update([], first), live);
      for (let step = 0; step < 25; step++) {
        const ids = [...live.keys()];
        const removed = ids.filter(() => rng() < 0.04);
        // an edit is the same id with other text: removed and added in one update
        const edited = ids.filter((id) => !removed.includes(id) && rng() < 0.03).map((id) => ({ ...source(), id }));
        const added = Array.from({ length: Math.floor(rng() * 4) }, source);
        for (const id of removed) live.delete(id);
        for (const s of [...edited, ...added]) live.set(s.id, s);
        // half the time the index goes through its saved form, as between two builds
        if (rng() < 0.5) index = new SyndicationIndex(structuredClone(index.state()));
        const u = index.update([...removed, ...edited.map((s) => s.id)], [...edited, ...added]);
        same(index, u, live);
        groupsSeen += u.copies.length;
      }
    }
    expect(groupsSeen).toBeGreaterThan(100);
  });

  it('matches a cold detection while the corpus grows past the size where the boilerplate cap moves', () => {
    // The cap is 20 sources up to 400, then 5% of them: shingles held by 21..23 sources start to count.
    const { rng, source } = makeWorld(7);
    const live = new Map<string, SyndicationInput>();
    const index = new SyndicationIndex();
    const first = Array.from({ length: 395 }, source);
    for (const s of first) live.set(s.id, s);
    same(index, index.update([], first), live);
    for (let step = 0; step < 8; step++) {
      const removed = [...live.keys()].filter(() => rng() < 0.005);
      const added = Array.from({ length: 9 }, source);
      for (const id of removed) live.delete(id);
      for (const s of added) live.set(s.id, s);
      same(index, index.update(removed, added), live);
    }
  });

  it('recomputes few rows when one article is added to a large corpus', () => {
    const { source } = makeWorld(99);
    const index = new SyndicationIndex();
    const all = Array.from({ length: 300 }, source);
    index.update([], all);
    const u = index.update([], [source()]);
    expect(u.recomputed).toBeLessThan(100);
  });
});

describe('syndication index in the cache', () => {
  it('is updated from the sources whose key changed, and a damaged file is a fresh index', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-syndication-'));
    const { source } = makeWorld(11);
    const keyed = (s: SyndicationInput, key = 'k1') => ({ ...s, key });
    let corpus = Array.from({ length: 60 }, () => keyed(source()));
    const check = (recomputedAtMost: number) => {
      const r = detectSyndicationCached(corpus, dir);
      const cold = detectSyndication(corpus);
      expect(r.copies).toEqual(cold.copies);
      expect([...r.reportOf].sort()).toEqual([...cold.reportOf].sort());
      expect(r.recomputed).toBeLessThanOrEqual(recomputedAtMost);
    };
    check(60);
    expect(fs.existsSync(path.join(dir, 'syndication.v8'))).toBe(true);
    check(0); // nothing changed: no row recomputed
    // one edited (same id, new key), one removed, one added
    corpus = [...corpus.slice(1, 40), keyed({ ...source(), id: corpus[40].id }, 'k2'), ...corpus.slice(41), keyed(source())];
    check(30);
    fs.writeFileSync(path.join(dir, 'syndication.v8'), 'not an index');
    check(corpus.length);
  });
});
