// Folder reading: one warning per odd file, naming it; sources.yml overrides; deterministic ids.
import { mkdirSync, mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignSourceIds, readSourceFolder, parseSourcesYml } from '../../scripts/ingest/read.ts';
import { prepareArticle } from '../../scripts/ingest/index.ts';

const ARTICLE = 'Harbour closes\n\nThe harbour at Port Elling closed on Monday after a storm. Fishermen said the damage was severe.\n';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-read-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('readSourceFolder', () => {
  it('reads .txt/.md/.html/.htm in byte order and warns once per odd file, naming it', () => {
    const dir = folder({
      'b.txt': ARTICLE,
      'A.md': ARTICLE,
      'c.html': `<html><body><article><p>${ARTICLE}</p></article></body></html>`,
      'd.htm': `<p>${ARTICLE}</p>`,
      'notes.docx': 'PK\u0003\u0004',
      'empty.txt': '',
      '.DS_Store': 'x',
    });
    mkdirSync(join(dir, 'images'));
    const big = join(dir, 'huge.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 5 * 1024 * 1024 + 1);
    closeSync(fd);
    const { files, warnings } = readSourceFolder(dir);
    expect(files.map((f) => f.file)).toEqual(['A.md', 'b.txt', 'c.html', 'd.htm']);
    expect(warnings).toHaveLength(3);
    expect(warnings).toContainEqual({ file: 'notes.docx', message: expect.stringMatching(/unsupported extension/) });
    expect(warnings).toContainEqual({ file: 'empty.txt', message: expect.stringMatching(/empty file/) });
    expect(warnings).toContainEqual({ file: 'huge.txt', message: expect.stringMatching(/over 5 MB.*not read/) });
    expect(files[1]!.bytes.toString('utf8')).toBe(ARTICLE);
  });

  it('a missing folder is one warning, not a throw', () => {
    const r = readSourceFolder('/nonexistent/folder/xyz');
    expect(r.files).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]!.message).toMatch(/cannot read sources folder/);
  });

  it('applies sources.yml overrides per file and warns about unknown file names', () => {
    const dir = folder({
      'a.txt': ARTICLE,
      'b.txt': ARTICLE,
      'sources.yml': 'a.txt:\n  outlet: Coast Herald\n  published: 2021-03-04\n  url: https://x.example/a\nmissing.txt:\n  outlet: Nobody\n',
    });
    const { files, warnings } = readSourceFolder(dir);
    expect(files.find((f) => f.file === 'a.txt')!.override).toEqual({ outlet: 'Coast Herald', published: '2021-03-04', url: 'https://x.example/a' });
    expect(files.find((f) => f.file === 'b.txt')!.override).toBeUndefined();
    expect(warnings).toEqual([{ file: 'sources.yml', message: expect.stringMatching(/"missing\.txt" names no article file/) }]);
    const r = prepareArticle(files[0]!, 'a');
    expect(r.ok && r.meta.outlet).toBe('Coast Herald');
    expect(r.ok && r.meta.published).toBe('2021-03-04');
    expect(r.ok && r.meta.published_basis).toBe('sources.yml');
  });

  it('a sources.yml syntax error is one warning with its line; overrides ignored', () => {
    const dir = folder({ 'a.txt': ARTICLE, 'sources.yml': 'a.txt:\n  outlet: Coast Herald\n  title: [unclosed\n' });
    const { files, warnings } = readSourceFolder(dir);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toMatch(/^sources\.yml:\d+$/);
    expect(warnings[0]!.message).toMatch(/overrides ignored/);
    expect(files[0]!.override).toBeUndefined();
  });

  it('a sources.yml shape error names the line of the bad entry', () => {
    const r = parseSourcesYml('a.txt:\n  outlet: X\nb.txt:\n  - just\n  - a list\n');
    expect(r.overrides.size).toBe(0);
    expect(r.warnings).toEqual([{ file: 'sources.yml:4', message: expect.stringMatching(/"b\.txt" must be a map/) }]);
    const r2 = parseSourcesYml('a.txt:\n  outlett: X\n');
    expect(r2.warnings).toEqual([{ file: 'sources.yml:2', message: expect.stringMatching(/unknown field "outlett"/) }]);
    expect(parseSourcesYml('- a\n- b\n').warnings[0]!.file).toBe('sources.yml:1');
    expect(parseSourcesYml('').warnings).toEqual([]);
  });
});

describe('assignSourceIds', () => {
  it('slugs the file name without extension', () => {
    const { ids, warnings } = assignSourceIds(['000_795c74c86d169670.txt', 'Some Report (Final).md']);
    expect(ids.get('000_795c74c86d169670.txt')).toBe('000-795c74c86d169670');
    expect(ids.get('Some Report (Final).md')).toBe('some-report-final');
    expect(warnings).toEqual([]);
  });

  it('two names giving one id: both kept, the later gets -2, with a warning naming both', () => {
    const { ids, warnings } = assignSourceIds(['story.txt', 'story.html', 'Story.md', 'story-2.txt']);
    // byte order: Story.md < story-2.txt < story.html < story.txt
    expect(ids.get('Story.md')).toBe('story');
    expect(ids.get('story-2.txt')).toBe('story-2');
    expect(ids.get('story.html')).toBe('story-3');
    expect(ids.get('story.txt')).toBe('story-4');
    expect(new Set(ids.values()).size).toBe(4);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toEqual({ file: 'story.html', message: expect.stringContaining('Story.md') });
  });
});
