// data/dossier.json is written record by record (writeJsonFile) rather than made as one string: the file
// must be exactly the text JSON.stringify(value, null, 2) + '\n' would give, whatever the records hold.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJsonFile } from '../../scripts/site/exports.ts';
import { fixtureDossier } from './fixture.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'json-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const written = (value: object): string => {
  const file = path.join(dir, 'out.json');
  writeJsonFile(file, value);
  return fs.readFileSync(file, 'utf8');
};

describe('writeJsonFile', () => {
  it('writes the dossier as JSON.stringify(dossier, null, 2) does', () => {
    const dossier = fixtureDossier();
    expect(written(dossier)).toBe(JSON.stringify(dossier, null, 2) + '\n');
  });

  it('matches JSON.stringify for any object: empty and nested arrays, line breaks in strings, left-out values', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }));
    const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(value, fc.array(fc.oneof(value, fc.constant(undefined)), { maxLength: 5 })), { maxKeys: 5 });
    fc.assert(
      fc.property(record, (obj) => {
        expect(written(obj)).toBe(JSON.stringify(obj, null, 2) + '\n');
      }),
      { numRuns: 300 },
    );
  });

  it('writes a text longer than one chunk whole', () => {
    const big = { items: Array.from({ length: 30_000 }, (_, i) => ({ n: i, text: `line ${i}\nnext "quoted" \u2028` })) };
    expect(written(big)).toBe(JSON.stringify(big, null, 2) + '\n');
  });

  it('writes records across batch boundaries as JSON.stringify does, left-out values too', () => {
    const items: unknown[] = Array.from({ length: 700 }, (_, i) => ({ n: i, list: [i, `text ${i}`], none: undefined }));
    for (const i of [0, 255, 256, 257, 511, 512, 699]) items[i] = i % 2 ? undefined : () => i;
    const value = { items, after: [], tail: 'end' };
    expect(written(value)).toBe(JSON.stringify(value, null, 2) + '\n');
  });
});
