import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistentMemo } from '../../scripts/site/persistent-memo.ts';
import { summaryMaterialOf } from '../../scripts/site/summarise.ts';
import { claimClauseMemo } from '../../scripts/site/summary-acts.ts';
import type { Dossier } from '../../scripts/lib/types.ts';
import { fixtureDossier } from '../summary/fixture.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memo-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const isString = (v: unknown): v is string => typeof v === 'string';
const upper = (k: string) => k.toUpperCase();

/** One build's use of the memo: every key looked up, then saved. */
function build(keys: string[], version = 'v1') {
  const memo = persistentMemo(dir, 'test', version, isString);
  const values = keys.map((k) => memo.get(k, () => upper(k)));
  memo.save();
  return { values, stats: { ...memo.stats } };
}
const file = (version = 'v1') => path.join(dir, `test-${version}.jsonl`);
const lines = (version = 'v1') => fs.readFileSync(file(version), 'utf8').split('\n').filter(Boolean).length;

describe('persistentMemo', () => {
  it('gives what the function gives, computing each key once per build and only new keys in the next build', () => {
    const first = build(['a', 'b', 'a', 'c']);
    expect(first.values).toEqual(['A', 'B', 'A', 'C']);
    expect(first.stats).toEqual({ hits: 0, misses: 3 });
    const second = build(['a', 'b', 'c', 'd']);
    expect(second.values).toEqual(['A', 'B', 'C', 'D']);
    expect(second.stats).toEqual({ hits: 3, misses: 1 });
  });

  it('remembers null values too', () => {
    const memo = persistentMemo<string | null>(dir, 'test', 'v1', (v): v is string | null => v === null || typeof v === 'string');
    expect(memo.get('x', () => null)).toBeNull();
    memo.save();
    const again = persistentMemo<string | null>(dir, 'test', 'v1', (v): v is string | null => v === null || typeof v === 'string');
    expect(again.get('x', () => 'recomputed')).toBeNull();
    expect(again.stats).toEqual({ hits: 1, misses: 0 });
  });

  it('ignores damaged lines, a cut last line and values of the wrong type, and rewrites a cut log', () => {
    build(['a', 'b']);
    fs.appendFileSync(file(), 'not json,\n[1,"X"],\n["c",42],\n["d","D"');
    const after = build(['a', 'b', 'c', 'd']);
    expect(after.values).toEqual(['A', 'B', 'C', 'D']);
    expect(after.stats).toEqual({ hits: 2, misses: 2 });
    // the cut log was rewritten whole: it parses again, with only what this build used
    expect(lines()).toBe(4);
    expect(build(['a', 'b', 'c', 'd']).stats).toEqual({ hits: 4, misses: 0 });
  });

  it('writes its log in ASCII and reads back keys and values outside ASCII unchanged', () => {
    const keys = ['“Nein,” sagte sie', 'naïve café', 'emoji 😀 and a lone \ud800', 'plain'];
    expect(build(keys).stats).toEqual({ hits: 0, misses: 4 });
    const bytes = fs.readFileSync(file());
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const again = build(keys);
    expect(again.values).toEqual(keys.map(upper));
    expect(again.stats).toEqual({ hits: 4, misses: 0 });
  });

  it('reads a log written in UTF-8 (by an earlier version) as such, and rewrites it in ASCII', () => {
    fs.writeFileSync(file(), `${JSON.stringify(['“quoted”', 'KEPT “QUOTED”'])},\n${JSON.stringify(['b', 'B'])},\n`);
    const first = build(['“quoted”', 'b']);
    expect(first.values).toEqual(['KEPT “QUOTED”', 'B']);
    expect(first.stats).toEqual({ hits: 2, misses: 0 });
    expect(fs.readFileSync(file()).every((b) => b < 0x80)).toBe(true);
    expect(build(['“quoted”', 'b']).values).toEqual(['KEPT “QUOTED”', 'B']);
  });

  it('computes again what a log with damaged bytes held', () => {
    build(['a', 'b']);
    const bytes = fs.readFileSync(file());
    bytes[3] = 0xff; // inside the first line: it no longer parses as the key "a"
    fs.writeFileSync(file(), bytes);
    const after = build(['a', 'b']);
    expect(after.values).toEqual(['A', 'B']);
    expect(after.stats.misses).toBeGreaterThanOrEqual(1);
    expect(build(['a', 'b']).stats).toEqual({ hits: 2, misses: 0 });
  });

  it('with keys of several parts, tells apart the keys of one bucket, keeps them between builds and ignores a line whose key is not one', () => {
    type Pair = [string, number];
    const keys = {
      bucket: (k: Pair) => k[0],
      same: (a: Pair, b: Pair) => a[0] === b[0] && a[1] === b[1],
      valid: (k: unknown): k is Pair => Array.isArray(k) && k.length === 2 && typeof k[0] === 'string' && typeof k[1] === 'number',
    };
    const run = (pairs: Pair[]) => {
      const memo = persistentMemo(dir, 'pairs', 'v1', isString, keys);
      const values = pairs.map((k) => memo.get(k, () => `${k[0]}${k[1]}`));
      memo.save();
      return { values, stats: { ...memo.stats } };
    };
    expect(run([['a', 1], ['a', 2], ['a', 1], ['b', 1]])).toEqual({ values: ['a1', 'a2', 'a1', 'b1'], stats: { hits: 0, misses: 3 } });
    fs.appendFileSync(path.join(dir, 'pairs-v1.jsonl'), '["a","a9"],\n[["a","x"],"ax"],\n');
    expect(run([['a', 2], ['a', 1], ['b', 1], ['a', 3]])).toEqual({ values: ['a2', 'a1', 'b1', 'a3'], stats: { hits: 3, misses: 1 } });
  });

  it('stays bounded: a log with more than twice the entries used is rewritten with the used ones', () => {
    build(['a', 'b', 'c', 'd', 'e']);
    build(['a', 'f']);
    // 5 + 1 lines for 2 used: rewritten
    expect(lines()).toBe(2);
    expect(build(['a', 'f']).stats).toEqual({ hits: 2, misses: 0 });
  });

  it('starts afresh for another version and removes the other versions', () => {
    build(['a']);
    const other = build(['a'], 'v2');
    expect(other.stats).toEqual({ hits: 0, misses: 1 });
    expect(fs.existsSync(file('v1'))).toBe(false);
    fs.writeFileSync(`${file('v2')}.999.tmp`, 'left by an interrupted rewrite');
    build(['b'], 'v2');
    expect(fs.readdirSync(dir)).toEqual([path.basename(file('v2'))]);
    expect(fs.existsSync(file('v2'))).toBe(true);
  });

  it('without a folder, is a memo of this build only', () => {
    const memo = persistentMemo(null, 'test', 'v1', isString);
    expect(memo.get('a', () => 'A')).toBe('A');
    expect(memo.get('a', () => 'other')).toBe('A');
    memo.save();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

/** The fixture with claims whose words are in their sentences, so that they are worded as clauses. */
function dossierWithClauses(): Dossier {
  const d = fixtureDossier();
  const words: Record<string, [string, string]> = {
    c1: ['Harbor Front accused Lena Marsh of selling the harbour to the highest bidder.', 'Lena Marsh of selling the harbour to the highest bidder'],
    c1b: ['Harbor Front accused Lena Marsh of selling the harbour to the highest bidder.', 'Lena Marsh of selling the harbour to the highest bidder'],
    c2: ['Harbor Front threatened to close every road into the port within a week.', 'to close every road into the port within a week'],
  };
  for (const c of d.claims) {
    const w = words[c.id];
    if (w) Object.assign(c, { sentence: w[0], text: w[1], direct: false });
  }
  return d;
}

describe('claimClauseMemo', () => {
  const material = (d: Dossier, cacheDir: string | null) => {
    const clauses = claimClauseMemo(cacheDir);
    const m = summaryMaterialOf(d, { clauses });
    clauses.save();
    return { m, stats: { ...clauses.stats } };
  };

  it('gives the material recomputation gives, after the claims are added to, edited and deleted', () => {
    const d = dossierWithClauses();
    const fresh = summaryMaterialOf(d);
    expect([...fresh.claimClauses.values()].length).toBeGreaterThan(0);
    expect(material(d, dir).m).toEqual(fresh);
    const again = material(d, dir);
    expect(again.m).toEqual(fresh);
    expect(again.stats.misses).toBe(0);

    // an edited sentence is worded again; the others come from the memo
    const edited = dossierWithClauses();
    Object.assign(edited.claims.find((c) => c.id === 'c2')!, { sentence: 'Harbor Front warned it would close every road into the port within a week.', text: 'it would close every road into the port within a week' });
    const afterEdit = material(edited, dir);
    expect(afterEdit.m).toEqual(summaryMaterialOf(edited));
    expect(afterEdit.stats.misses).toBe(1);

    // so are whether the words are quoted, and the names the sentence may use for the speaker
    const quoted = dossierWithClauses();
    quoted.claims.find((c) => c.id === 'c2')!.direct = true;
    const afterQuote = material(quoted, dir);
    expect(afterQuote.m).toEqual(summaryMaterialOf(quoted));
    expect(afterQuote.stats.misses).toBe(1);
    const aliased = dossierWithClauses();
    const front = aliased.actors.find((a) => a.id === 'harbor-front')!;
    front.aliases = [...(front.aliases ?? []), 'the Front'];
    const afterAlias = material(aliased, dir);
    expect(afterAlias.m).toEqual(summaryMaterialOf(aliased));
    expect(afterAlias.stats.misses).toBeGreaterThan(0);

    // a renamed speaker is part of the inputs: its claims are worded again
    const renamed = dossierWithClauses();
    renamed.actors.find((a) => a.id === 'harbor-front')!.name = 'Harbour Front Movement';
    expect(material(renamed, dir).m).toEqual(summaryMaterialOf(renamed));

    // a deleted and an added claim
    const changed = dossierWithClauses();
    changed.claims = changed.claims.filter((c) => c.id !== 'c1b');
    changed.claims.push({ ...changed.claims[0], id: 'c9', cluster: 'k9', sentence: 'Harbor Front accused Lena Marsh of hiding the ledgers.', text: 'Lena Marsh of hiding the ledgers' });
    expect(material(changed, dir).m).toEqual(summaryMaterialOf(changed));
  });
});
