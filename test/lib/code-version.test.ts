import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeVersion, importClosure, readCodeVersion } from '../../scripts/lib/code-version.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-version-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('code version (lib/code-version.ts)', () => {
  it('covers a module and what it imports, transitively, and nothing else', () => {
    fs.writeFileSync(path.join(dir, 'a.ts'), "import { x } from './b.ts';\nexport const y = x;\n");
    fs.writeFileSync(path.join(dir, 'b.ts'), "export { z as x } from './sub/c.ts';\n");
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'c.ts'), "import fs from 'node:fs';\nexport const z = fs.sep;\n");
    fs.writeFileSync(path.join(dir, 'unused.ts'), 'export const u = 0;\n');
    const names = importClosure(path.join(dir, 'a.ts')).map((f) => path.basename(f));
    expect(names.sort()).toEqual(['a.ts', 'b.ts', 'c.ts']);
    expect(importClosure(`file://${path.join(dir, 'a.ts')}`)).toEqual(importClosure(path.join(dir, 'a.ts')));
  });

  it('changes when the module or a module it imports changes, not when an unrelated one does', () => {
    const a = path.join(dir, 'a.ts');
    fs.writeFileSync(a, "import { x } from './b.ts';\nexport const y = x;\n");
    fs.writeFileSync(path.join(dir, 'b.ts'), 'export const x = 1;\n');
    fs.writeFileSync(path.join(dir, 'other.ts'), 'export const o = 1;\n');
    const before = readCodeVersion(a);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    fs.writeFileSync(path.join(dir, 'other.ts'), 'export const o = 2;\n');
    expect(readCodeVersion(a)).toBe(before);
    fs.writeFileSync(path.join(dir, 'b.ts'), 'export const x = 2;\n');
    expect(readCodeVersion(a)).not.toBe(before);
  });

  it('is read once per module in a process', () => {
    const a = path.join(dir, 'a.ts');
    fs.writeFileSync(a, 'export const y = 1;\n');
    const first = codeVersion(a);
    fs.writeFileSync(a, 'export const y = 2;\n');
    expect(codeVersion(a)).toBe(first);
    expect(readCodeVersion(a)).not.toBe(first);
  });
});
