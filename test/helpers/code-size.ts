// The size of the code in scripts/: lines per file, and lines per function. Functions are found by the
// shape the code is written in (one statement a line, two-space indentation): a line that opens a function
// body (a `function`, an arrow function with a block body, a method) and the first later line at the same
// indentation that starts with `}`. Run `npx tsx test/helpers/code-size.ts` for the table.
import fs from 'node:fs';
import path from 'node:path';

export interface FileSize {
  file: string;
  lines: number;
}
export interface FunctionSize {
  file: string;
  name: string;
  line: number;
  lines: number;
}

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'return', 'else', 'do', 'try', 'finally']);

/** Strings, template texts and comments blanked out (same length), so braces and `=>` in them do not count. */
function codeOnly(line: string, state: { template: boolean; comment: boolean }): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (state.comment) {
      if (c === '*' && line[i + 1] === '/') {
        state.comment = false;
        out += '  ';
        i++;
      } else out += ' ';
      continue;
    }
    if (state.template) {
      if (c === '\\') {
        out += '  ';
        i++;
      } else if (c === '`') {
        state.template = false;
        out += '`';
      } else out += ' ';
      continue;
    }
    if (c === '/' && line[i + 1] === '/') break;
    if (c === '/' && line[i + 1] === '*') {
      state.comment = true;
      out += '  ';
      i++;
      continue;
    }
    if (c === '`') {
      state.template = true;
      out += '`';
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += line[j] === '\\' ? 2 : 1;
      out += c + ' '.repeat(Math.max(0, j - i - 1)) + c;
      i = j;
      continue;
    }
    out += c;
  }
  return out;
}

/** The name of the function a line opens, or null when it opens none. */
function opensFunction(code: string): string | null {
  const trimmed = code.trim();
  if (!trimmed.endsWith('{') && !/\bfunction\b/.test(trimmed)) return null;
  const fn = /\bfunction\b\s*\*?\s*([\w$]*)/.exec(trimmed);
  if (fn) return fn[1] || 'function';
  if (/=>\s*\{$/.test(trimmed)) {
    const named = /(?:const|let|var)\s+([\w$]+)|([\w$]+)\s*[:=]\s*(?:async\s*)?(?:<[^>]*>)?\(/.exec(trimmed);
    return named ? (named[1] ?? named[2]) : 'arrow function';
  }
  const method = /^(?:(?:public|private|protected|static|async|get|set)\s+)*([\w$]+)\s*(?:<[^>]*>)?\(.*\)\s*(?::.*)?\{$/.exec(trimmed);
  if (method && !KEYWORDS.has(method[1])) return method[1];
  return null;
}

export function measureFile(file: string, text: string): { size: FileSize; functions: FunctionSize[] } {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const state = { template: false, comment: false };
  const code = lines.map((l) => codeOnly(l, state));
  const functions: FunctionSize[] = [];
  code.forEach((c, i) => {
    const name = opensFunction(c);
    if (!name) return;
    const opens = (c.match(/\{/g) ?? []).length - (c.match(/\}/g) ?? []).length;
    if (opens <= 0 && c.trim().endsWith('}')) return; // on one line
    const indent = c.length - c.trimStart().length;
    for (let j = i + 1; j < code.length; j++) {
      const t = code[j].trimStart();
      if (t && code[j].length - t.length === indent && t.startsWith('}')) {
        functions.push({ file, name, line: i + 1, lines: j - i + 1 });
        return;
      }
      if (t && code[j].length - t.length < indent) return; // a declaration without a body
    }
  });
  return { size: { file, lines: lines.length }, functions };
}

/** Every .ts file under `dir` (declarations left out), with its functions. */
export function measureTree(dir: string, root = dir): { files: FileSize[]; functions: FunctionSize[] } {
  const files: FileSize[] = [];
  const functions: FunctionSize[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const sub = measureTree(p, root);
      files.push(...sub.files);
      functions.push(...sub.functions);
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
      const m = measureFile(path.relative(root, p), fs.readFileSync(p, 'utf8'));
      files.push(m.size);
      functions.push(...m.functions);
    }
  }
  return { files, functions };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..', '..', 'scripts');
  const { files, functions } = measureTree(root);
  const top = <T extends { lines: number }>(xs: T[], n: number) => [...xs].sort((a, b) => b.lines - a.lines).slice(0, n);
  process.stdout.write(`${files.length} files in scripts/, ${functions.length} functions\n\nlargest files (limit 600 lines):\n`);
  for (const f of top(files, 10)) process.stdout.write(`  ${String(f.lines).padStart(5)}  scripts/${f.file}\n`);
  process.stdout.write('\nlongest functions (limit 150 lines):\n');
  for (const f of top(functions, 12)) process.stdout.write(`  ${String(f.lines).padStart(5)}  scripts/${f.file}:${f.line} ${f.name}\n`);
}
