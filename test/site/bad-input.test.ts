// Bad and hostile input through the real CLI: every bad file gets one warning line naming it, the rest
// of the corpus still builds, and article text never becomes markup or template code.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildInto, readPage, tempDir } from '../helpers/cli.ts';
import type { Dossier } from '../../scripts/lib/types.ts';

const HARBOUR = `Harbour Gazette

Port authority approves new ferry terminal

Tuesday, 4 March, 2025 - 09:10

KINGSTON – The port authority approved a new ferry terminal on Monday, its chairman Marcus Ellery said.

"The terminal will carry two million passengers a year," Ellery told reporters at the harbour office.

The Harbour Workers Union warned that the building work could delay cargo traffic until the end of the year.
`;

const HOSTILE = `Night Desk

Council meeting ends in uproar

12 May 2024

The city council met on Tuesday. A protester held a sign reading <script>alert('pwned')</script> outside the hall.

Another sign said <img src=x onerror="alert(1)"> and a leaflet linked to [click](javascript:alert(2)) and {{ 7 * 7 }} and {% include "secret.njk" %} for good measure.

---

Councillor Ada Brennan said the meeting would resume on Thursday.
`;

let site: ReturnType<typeof buildInto>;
let dossier: Dossier;
let dir: string;

beforeAll(() => {
  dir = tempDir('bad');
  fs.writeFileSync(path.join(dir, 'harbour.txt'), HARBOUR);
  fs.writeFileSync(path.join(dir, 'hostile.txt'), HOSTILE);
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]));
  fs.writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(5 * 1024 * 1024 + 10, 'a'));
  fs.writeFileSync(path.join(dir, 'notes.docx'), 'PK\u0003\u0004 not an article');
  fs.writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: "unterminated\noutlet: [x\n---\n\nThe mayor of Springfield, Joan Carter, opened the new library on Friday, officials said.\n');
  // Two names that give the same id.
  fs.writeFileSync(path.join(dir, 'Ferry Report.txt'), HARBOUR.replace('two million', 'three million'));
  fs.writeFileSync(path.join(dir, 'ferry-report.txt'), HARBOUR.replace('two million', 'four million'));
  // UTF-16 with BOM and Windows-1252.
  const utf16 = 'Valley Times\n\nRiver levels fall\n\n3 June 2023\n\nThe river authority said levels fell by a metre at Ostrava on Sunday.\n';
  fs.writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
  fs.writeFileSync(
    path.join(dir, 'latin.txt'),
    Buffer.from('Caf\xe9 Chronicle\n\nBaker wins prize\n\n8 July 2022\n\nThe baker Ren\xe9 Dupr\xe9 won the \x93best bread\x94 prize in Lyon on Saturday.\n', 'latin1'),
  );
  site = buildInto(dir);
  if (site.status !== 0) throw new Error(`build failed: ${site.stderr}`);
  dossier = JSON.parse(fs.readFileSync(path.join(site.out, 'data', 'dossier.json'), 'utf8'));
}, 180_000);

const warningsFor = (file: string) => site.stderr.split('\n').filter((l) => l.startsWith(`warning: ${file}: `));

describe('bad input', () => {
  it('skips each unusable file with one warning line naming it and the reason', () => {
    expect(warningsFor('empty.txt')).toHaveLength(1);
    expect(warningsFor('empty.txt')[0]).toMatch(/empty/);
    expect(warningsFor('binary.txt')).toHaveLength(1);
    expect(warningsFor('binary.txt')[0]).toMatch(/binary/);
    expect(warningsFor('huge.txt')).toHaveLength(1);
    expect(warningsFor('huge.txt')[0]).toMatch(/5 MB|MB/);
    expect(warningsFor('notes.docx')).toHaveLength(1);
    expect(warningsFor('notes.docx')[0]).toMatch(/unsupported|extension/);
    const files = dossier.sources.map((s) => s.file);
    for (const bad of ['empty.txt', 'binary.txt', 'huge.txt', 'notes.docx']) expect(files).not.toContain(bad);
  });

  it('reads a .md with broken front matter as text, with a warning', () => {
    expect(warningsFor('broken.md')).toHaveLength(1);
    expect(warningsFor('broken.md')[0]).toMatch(/front matter/);
    expect(dossier.sources.map((s) => s.file)).toContain('broken.md');
  });

  it('keeps ids unique when two file names give the same id', () => {
    const ids = dossier.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(dossier.sources.filter((s) => /^ferry-report/.test(s.id))).toHaveLength(2);
    expect(site.stderr).toMatch(/ferry-report\.txt|Ferry Report\.txt/);
  });

  it('decodes UTF-16 and Windows-1252 articles, warning about the latter', () => {
    expect(dossier.sources.map((s) => s.file)).toEqual(expect.arrayContaining(['utf16.txt', 'latin.txt']));
    expect(warningsFor('latin.txt').join(' ')).toMatch(/1252/);
    const page = readPage(site.out, dossier.sources.find((s) => s.file === 'latin.txt')!.url_path);
    expect(page).toContain('René Dupré');
    expect(page).toContain('“best bread”');
  });
});

describe('hostile text stays text', () => {
  it('escapes HTML, links and template syntax from articles', () => {
    const s = dossier.sources.find((x) => x.file === 'hostile.txt')!;
    const page = readPage(site.out, s.url_path);
    expect(page).not.toContain("<script>alert('pwned')</script>");
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toMatch(/<img[^>]*onerror/);
    expect(page).not.toMatch(/href="javascript:/);
    expect(page).toContain('{{ 7 * 7 }}');
    expect(page).toContain('{% include');
    expect(page).not.toContain('>49<');
  });
});

describe('exit status', () => {
  it('fails with one line when no article is usable', () => {
    const empty = tempDir('nothing');
    fs.writeFileSync(path.join(empty, 'a.txt'), '');
    const r = buildInto(empty);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^dossier: no usable article/);
    expect(fs.existsSync(r.out)).toBe(false);
  });
});
