// The code-shape standard of the brief: no file in scripts/ over 600 lines, no function over 150 lines.
// Measured by test/helpers/code-size.ts (`npx tsx test/helpers/code-size.ts` prints the largest).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureFile, measureTree } from '../helpers/code-size.ts';

describe('the code-size measure', () => {
  it('finds functions, arrow functions and methods with their lines, and leaves strings and comments alone', () => {
    const text = [
      'export function outer(a: number): { x: number } {', // 1
      '  const inner = (b: number) => {', //                   2
      "    const s = '}';", //                                  3
      '    return b; // }', //                                  4
      '  };', //                                                 5
      '  return { x: inner(a) };', //                            6
      '}', //                                                    7
      'class K {', //                                            8
      '  method(): void {', //                                   9
      '    if (true) {', //                                      10
      '    }', //                                                11
      '  }', //                                                  12
      '}', //                                                    13
      'const one = () => { return 1; };', //                     14
    ].join('\n');
    expect(measureFile('x.ts', text).functions.map((f) => [f.name, f.line, f.lines])).toEqual([
      ['outer', 1, 7],
      ['inner', 2, 4],
      ['method', 9, 4],
    ]);
    expect(measureFile('x.ts', text).size.lines).toBe(14);
  });
});

describe('scripts/', () => {
  const { files, functions } = measureTree(path.resolve(import.meta.dirname, '..', '..', 'scripts'));

  it('has no file over 600 lines', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => f.lines > 600)).toEqual([]);
  });

  it('has no function over 150 lines', () => {
    expect(functions.length).toBeGreaterThan(500);
    expect(functions.filter((f) => f.lines > 150)).toEqual([]);
  });
});
