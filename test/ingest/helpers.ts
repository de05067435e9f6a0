// Shared helpers for the ingest tests: the bundled sources and small in-memory InputFiles.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InputFile } from '../../scripts/lib/types.ts';
import { prepareArticle } from '../../scripts/ingest/index.ts';

export const repo = resolve(import.meta.dirname, '..', '..');
export const sourcesDir = join(repo, 'sources');
export const fixturesDir = join(repo, 'test', 'fixtures', 'ingest');

export function inputFile(file: string, content: string | Uint8Array, override?: InputFile['override']): InputFile {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { file, path: `/virtual/${file}`, bytes, ...(override ? { override } : {}) };
}

export function sourceFile(prefix: string): InputFile {
  const names = ['000_795c74c86d169670.txt', '001_eb2d348de878cb8c.txt', '002_4003a2322dbc9ac4.txt', '003_7ee5d999a6d09f79.txt', '004_21f7ebbefd25b24b.txt'];
  const file = names.find((n) => n.startsWith(prefix))!;
  return { file, path: join(sourcesDir, file), bytes: readFileSync(join(sourcesDir, file)) };
}

export function prepared(f: InputFile, id = 'x') {
  const r = prepareArticle(f, id);
  if (!r.ok) throw new Error(`${f.file}: ${r.reason}`);
  return r;
}
