// The data files written from pieces (data-files.ts, piece-file.ts): whatever the previous build wrote and
// whatever its index says, the files must be the bytes writeDataFiles writes for the same dossier. A rebuild
// copies the pieces of unchanged records and links unchanged files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dossierJsonText, renderExports, writeDataFiles, type ExportMeta } from '../../scripts/site/exports.ts';
import { dataFilePieces, writeDataFilesFromPieces } from '../../scripts/site/data-files.ts';
import { RecordDigests } from '../../scripts/site/record-digests.ts';
import { writePieces } from '../../scripts/site/piece-file.ts';
import type { Dossier } from '../../scripts/lib/types.ts';
import { fixtureDossier, fixtureNetwork } from './fixture.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'data-files-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const dir = path.join(tmp, `d${n++}`);
  fs.mkdirSync(dir);
  return dir;
};

const meta: ExportMeta = { compiled: '2021-03-10', siteUrl: 'https://dossier.example.net/briefing', basePath: '/briefing/' };

/** Every file under data/ of a folder: name -> bytes. */
function dataOf(dir: string): Map<string, Buffer> {
  const d = path.join(dir, 'data');
  return new Map(fs.readdirSync(d).sort().map((f) => [f, fs.readFileSync(path.join(d, f))]));
}

/** What writeDataFiles writes for the dossier (the reference). */
function expected(dossier: Dossier, network = fixtureNetwork()): Map<string, Buffer> {
  const dir = fresh();
  writeDataFiles(dossier, network, dir, meta);
  return dataOf(dir);
}

/**
 * A sequence of builds into one output folder, as the site does it: each into a new staging folder, which
 * then takes the output folder's place; the index in the cache.
 */
function builds() {
  const root = fresh();
  const out = path.join(root, 'site');
  const indexFile = path.join(root, 'cache', 'data-files.json');
  return {
    out,
    indexFile,
    build(dossier: Dossier, digests = new RecordDigests(), network = fixtureNetwork()) {
      const staging = path.join(root, `staging-${n++}`);
      fs.mkdirSync(staging);
      const r = writeDataFilesFromPieces(dossier, network, staging, meta, { outDir: out, indexFile, digests });
      fs.rmSync(out, { recursive: true, force: true });
      fs.renameSync(staging, out);
      return r;
    },
  };
}

const same = (a: Map<string, Buffer>, b: Map<string, Buffer>) => {
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [k, v] of a) expect(v.equals(b.get(k)!), k).toBe(true);
};

describe('dataFilePieces', () => {
  it('joined, the pieces are the texts writeJsonFile and renderExports make', () => {
    const check = (d: Dossier, m: ExportMeta, network = fixtureNetwork()) => {
      const whole = renderExports(d, network, m);
      whole.set('dossier.json', dossierJsonText(d));
      const pieces = dataFilePieces(d, network, m, new RecordDigests());
      expect(pieces.size).toBe(whole.size);
      for (const [rel, p] of pieces) expect(p.keys.map((_, i) => p.text(i)).join(''), rel).toBe(whole.get(rel.replace('data/', '')));
    };
    check(fixtureDossier(), meta);
    check(fixtureDossier(), { compiled: null, siteUrl: null }, null as never);
    check({ sources: [], actors: [], claims: [], events: [], discrepancies: [] }, meta);
  });
});

describe('writeDataFilesFromPieces', () => {
  it('writes what writeDataFiles writes, then links every file of an unchanged dossier', () => {
    const b = builds();
    expect(b.build(fixtureDossier()).linked).toBe(0);
    same(dataOf(b.out), expected(fixtureDossier()));
    const inode = fs.statSync(path.join(b.out, 'data', 'dossier.json')).ino;
    expect(b.build(fixtureDossier()).linked).toBe(7);
    same(dataOf(b.out), expected(fixtureDossier()));
    expect(fs.statSync(path.join(b.out, 'data', 'dossier.json')).ino).toBe(inode);
  });

  it('after a record is edited, added or deleted, the files are those of a fresh build', () => {
    const b = builds();
    let d = fixtureDossier();
    b.build(d);
    const steps: ((x: Dossier) => void)[] = [
      (x) => (x.claims[1].text = 'The authority now admits part of the blame.'), // edited
      (x) => x.claims.push({ ...x.claims[0], id: 'c-added', text: 'Ships may leave on Friday, "weather permitting".', sentence_n: 9 }), // added
      (x) => x.claims.splice(0, 1), // deleted (the first: every later piece moves)
      (x) => (x.actors[0].name = 'Maren Volk-Sander'), // a name shown in the calendar
      (x) => x.events.splice(0, 1),
      (x) => x.claims.reverse(), // reordered
    ];
    for (const step of steps) {
      d = structuredClone(d);
      step(d);
      b.build(d);
      same(dataOf(b.out), expected(d));
    }
  });

  it('writes the network again when what its file shows changed, and only then', () => {
    const b = builds();
    const d = fixtureDossier();
    b.build(d);
    const moved = fixtureNetwork();
    for (const node of moved.nodes) node.x += 10; // the layout is not in the file
    expect(b.build(d, new RecordDigests(), moved).linked).toBe(7);
    const heavier = fixtureNetwork();
    heavier.nodes[0].weight += 1;
    heavier.edges[0].relations[0].count += 2;
    // only the changed node's and edge's elements are made again
    expect(b.build(d, new RecordDigests(), heavier)).toMatchObject({ linked: 6, made: 2 });
    same(dataOf(b.out), expected(d, heavier));
    b.build(d, new RecordDigests(), null as never); // no network: the actors linked by shared events
    same(dataOf(b.out), expected(d, null as never));
  });

  it('keeps in its index only the pieces of the files it wrote last', () => {
    const b = builds();
    const d = fixtureDossier();
    b.build(d);
    d.claims.splice(0, 1);
    b.build(d);
    const saved = fs.readFileSync(b.indexFile, 'utf8');
    const index = JSON.parse(saved.slice(saved.indexOf('\n') + 1));
    expect(index.files['data/claims.csv'].keys).toHaveLength(1 + d.claims.length);
  });

  it('takes over digests that cover a record whole (a card holding it), and writes the same bytes', () => {
    const b = builds();
    const covered = (d: Dossier) => {
      const digests = new RecordDigests();
      for (const c of d.claims) digests.cover(c, hash('sha256', JSON.stringify({ claim: c, href: `#${c.id}` })));
      return digests;
    };
    let d = fixtureDossier();
    b.build(d, covered(d));
    d = structuredClone(d);
    d.claims[0].grade = 'confirmed';
    b.build(d, covered(d));
    same(dataOf(b.out), expected(d));
    expect(b.build(d, covered(d)).linked).toBe(7);
  });

  it('makes every piece again when the previous files are not as indexed, or the index is damaged', () => {
    const b = builds();
    const d = fixtureDossier();
    b.build(d);
    // A previous file edited by hand (same length): its pieces are not taken.
    const file = path.join(b.out, 'data', 'claims.csv');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('No ships', 'No boats'.slice(0, 8)).replace(/^id/, 'ID'));
    d.events[0].title = 'The harbour closes';
    b.build(d);
    same(dataOf(b.out), expected(d));
    for (const damage of ['{not json', JSON.stringify({ version: 1, code: 'x', files: {} })]) {
      fs.writeFileSync(b.indexFile, damage);
      b.build(d);
      same(dataOf(b.out), expected(d));
    }
    // An index damaged on disk, its lengths wrong (and the files' sizes still matching): not used.
    const saved = fs.readFileSync(b.indexFile, 'utf8');
    const index = JSON.parse(saved.slice(saved.indexOf('\n') + 1));
    const lengths: number[] = index.files['data/claims.csv'].lengths;
    [lengths[1], lengths[2]] = [lengths[2], lengths[1]];
    fs.writeFileSync(b.indexFile, `${saved.slice(0, saved.indexOf('\n'))}\n${JSON.stringify(index)}`);
    d.claims[0].text = 'Changed';
    b.build(d);
    expect(dataOf(b.out).get('claims.csv')!.equals(expected(d).get('claims.csv')!)).toBe(true);
  });

  it('matches a fresh build for random edits of records', () => {
    const b = builds();
    let d = fixtureDossier();
    b.build(d);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(), fc.boolean(), (words, k, drop) => {
        d = structuredClone(d);
        const claims = d.claims;
        if (drop && claims.length > 1) claims.splice(k % claims.length, 1);
        else claims.push({ ...fixtureDossier().claims[k % 2], id: `c-${claims.length}-${k}`, text: words });
        d.sources[k % d.sources.length].title = words || null;
        b.build(d);
        same(dataOf(b.out), expected(d));
      }),
      { numRuns: 25 },
    );
  });
});

describe('writePieces', () => {
  it('copies runs of previous pieces in any order, and makes the missing ones', () => {
    const dir = fresh();
    const texts = ['alpha,', 'béta,', 'gamma,', '', 'delta\n'];
    const first = writePieces(path.join(dir, 'a'), { keys: texts.map((t) => `k${t}`), text: (i) => texts[i] }, null);
    expect(fs.readFileSync(path.join(dir, 'a'), 'utf8')).toBe(texts.join(''));
    const order = [4, 0, 1, 3, 2, 2];
    const asked: number[] = [];
    const keys = [...order.map((i) => `k${texts[i]}`), 'knew'];
    writePieces(path.join(dir, 'b'), { keys, text: (i) => (asked.push(i), i === keys.length - 1 ? 'new' : 'WRONG') }, { file: path.join(dir, 'a'), index: first.index });
    expect(fs.readFileSync(path.join(dir, 'b'), 'utf8')).toBe(order.map((i) => texts[i]).join('') + 'new');
    expect(asked).toEqual([keys.length - 1]);
  });

  it('copies every previous piece it can and makes only the others, however many pieces changed', () => {
    // Few changes are looked up by scanning the previous keys, many through an index of them: same result.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 80 }), fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 80 }), (before, after) => {
        const dir = fresh();
        const text = (k: number) => `piece ${k}${'é'.repeat(k % 3)};`;
        const first = writePieces(path.join(dir, 'a'), { keys: before.map((k) => `k${k}`), text: (i) => text(before[i]) }, null);
        const asked: number[] = [];
        const second = writePieces(path.join(dir, 'b'), { keys: after.map((k) => `k${k}`), text: (i) => (asked.push(i), text(after[i])) }, { file: path.join(dir, 'a'), index: first.index });
        expect(fs.readFileSync(path.join(dir, 'b'), 'utf8')).toBe(after.map(text).join(''));
        expect(asked).toEqual(after.flatMap((k, i) => (before.includes(k) ? [] : [i])));
        expect(second.made).toBe(asked.length);
      }),
    );
  });
});
