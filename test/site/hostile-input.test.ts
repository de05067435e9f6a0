// Hostile input through the real CLI (issue 13): javascript: URLs from every place a URL comes from,
// control characters, file names that try to forge warning lines, hidden article files, symbolic links
// out of the sources folder (articles and images), HTML nested thousands of levels deep, and what
// --quiet prints. One build of one corpus holding all of them.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { buildInto, readPage, tempDir } from '../helpers/cli.ts';
import type { Dossier } from '../../scripts/lib/types.ts';

const body = (place: string, who: string) => `The port authority of ${place} approved a new ferry terminal on Monday, its chairman ${who} said.

"The terminal will carry two million passengers a year," ${who} told reporters at the harbour office.

The Harbour Workers Union warned that the building work could delay cargo traffic until the end of the year.
`;

const XSS_OUTLET = '<img src=x onerror=alert(1)>News';

let dir: string;
let outside: string;
let site: ReturnType<typeof buildInto>;
let dossier: Dossier;

/** Every text file of the site (pages, feed, data), with its contents. */
function siteTexts(out: string): [string, string][] {
  const files: [string, string][] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(html|xml|json|csv|ics|graphml)$/.test(e.name)) files.push([path.relative(out, p), fs.readFileSync(p, 'utf8')]);
    }
  };
  walk(out);
  return files;
}

const sourceOf = (file: string) => dossier.sources.find((s) => s.file === file);

beforeAll(async () => {
  const base = tempDir('hostile');
  dir = path.join(base, 'sources');
  outside = path.join(base, 'outside');
  fs.mkdirSync(dir);
  fs.mkdirSync(outside);
  // URLs: front matter (any case, leading spaces), sources.yml, <link rel=canonical>.
  fs.writeFileSync(
    path.join(dir, 'front.md'),
    `---\ntitle: "Ferry vote\\a in \\e[31mred\\e[0m and \\u202Ereversed\\0"\noutlet: "${XSS_OUTLET}"\nurl: "  JaVaScRiPt:alert(document.domain)"\npublished: 2025-03-04\n---\n\n${body('Kingston', 'Marcus Ellery')}`,
  );
  fs.writeFileSync(path.join(dir, 'listed.txt'), `Harbour Gazette\n\nFerry terminal approved\n\n4 March 2025\n\n${body('Portmore', 'Alma Dorsey')}`);
  fs.writeFileSync(path.join(dir, 'sources.yml'), `listed.txt:\n  url: "JAVASCRIPT:alert(2)"\n  outlet: "<svg onload=alert(2)>Wire"\n`);
  fs.writeFileSync(
    path.join(dir, 'canonical.html'),
    `<!doctype html><html><head><title>Ferry terminal</title><link rel="canonical" href=" javascript:alert(3)"><meta property="og:site_name" content="&lt;script&gt;alert(3)&lt;/script&gt;Times"></head><body><article><h1>Ferry terminal approved</h1>` +
      body('Ocho Rios', 'Dana Whitlow')
        .split('\n\n')
        .map((p) => `<p>${p.replace('Monday', 'Monday&#x202E;&#27;&#7;')}</p>`)
        .join('') +
      `</article></body></html>`,
  );
  // Control characters in the text itself: BEL, ESC, U+202E (NUL would make the file binary).
  fs.writeFileSync(path.join(dir, 'controls.txt'), `Night Desk\n\nBell\u0007 and escape \u001b[2J ring\n\n5 March 2025\n\n${body('Montego Bay', 'Rosa\u202E Quill')}`);
  // A file name that tries to forge a warning line, and a hidden article file.
  fs.writeFileSync(path.join(dir, 'note\nwarning: forged.txt: all articles skipped.txt'), '');
  fs.writeFileSync(path.join(dir, '..txt'), body('Falmouth', 'Ivy Brandt'));
  // Symbolic links: to a file outside (skipped), to a file inside (read).
  fs.writeFileSync(path.join(outside, 'secret.txt'), `Private notes\n\nThe password is swordfish-outside.\n\n${body('Negril', 'Owen Pike')}`);
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'linked-out.txt'));
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.writeFileSync(path.join(dir, 'drafts', 'real.txt'), `Coast Post\n\nInside link\n\n6 March 2025\n\n${body('Lucea', 'Nora Vance')}`);
  fs.symlinkSync(path.join(dir, 'drafts', 'real.txt'), path.join(dir, 'linked-in.txt'));
  // Images: one saved beside the page, one a link to a picture outside the folder.
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c03' } }).png().toFile(path.join(dir, 'inside.png'));
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#03c' } }).png().toFile(path.join(outside, 'private.png'));
  fs.symlinkSync(path.join(outside, 'private.png'), path.join(dir, 'linked.png'));
  const page = (img: string, place: string) =>
    `<!doctype html><html><head><title>Pictures of ${place}</title></head><body><article><h1>Pictures</h1><figure><img src="${img}" alt="A photo"></figure>` +
    body(place, 'Lena Hart').split('\n\n').map((p) => `<p>${p}</p>`).join('') +
    `</article></body></html>`;
  fs.writeFileSync(path.join(dir, 'pictured-in.html'), page('inside.png', 'Savanna'));
  fs.writeFileSync(path.join(dir, 'pictured-out.html'), page('linked.png', 'Mandeville'));
  // HTML nested 5,000 elements deep.
  fs.writeFileSync(
    path.join(dir, 'deep.html'),
    `<!doctype html><html><head><title>Deep page</title></head><body>${'<div>'.repeat(5000)}${body('Port Antonio', 'Kai Moss').split('\n\n').map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(5000)}</body></html>`,
  );
  site = buildInto(dir);
  if (site.status !== 0) throw new Error(`build failed: ${site.stderr}`);
  dossier = JSON.parse(fs.readFileSync(path.join(site.out, 'data', 'dossier.json'), 'utf8'));
}, 240_000);

describe('links from source metadata', () => {
  it('never links a javascript: URL from front matter, sources.yml or a canonical link, on any page', () => {
    for (const [file, text] of siteTexts(site.out)) expect(text, file).not.toMatch(/href="\s*javascript:/i);
    for (const f of ['front.md', 'listed.txt', 'canonical.html']) {
      expect(sourceOf(f)?.url, f).toBeNull();
      expect(site.stderr.split('\n').filter((l) => l.startsWith(`warning: ${f}: url `)), f).toHaveLength(1);
    }
    // The actor pages (and so the printed briefs) cite the source without a link to it.
    const actor = dossier.actors.find((a) => a.name === 'Marcus Ellery')!;
    expect(readPage(site.out, actor.url_path)).not.toMatch(/javascript:/i);
  });
});

describe('control characters', () => {
  it('keeps NUL, BEL, ESC and U+202E out of every page, feed and export', () => {
    for (const [file, text] of siteTexts(site.out)) expect(text, file).not.toMatch(/[\u0000\u0007\u001b\u202e]/);
    expect(sourceOf('front.md')?.title).toBe('Ferry vote in [31mred[0m and reversed');
    expect(readPage(site.out, sourceOf('controls.txt')!.url_path)).toContain('Bell and escape [2J ring');
  });
});

describe('file names and hidden files', () => {
  it('prints a file name holding a newline escaped, so no warning line can be forged', () => {
    const lines = site.stderr.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith('warning: forged.txt'))).toEqual([]);
    expect(lines).toContain('warning: note\\nwarning: forged.txt: all articles skipped.txt: empty file; skipped');
  });

  it('names a hidden file that looks like an article instead of skipping it silently', () => {
    expect(site.stderr.split('\n').filter((l) => l.startsWith('warning: ..txt: '))).toEqual(['warning: ..txt: hidden file (its name starts with "."); skipped']);
  });
});

describe('symbolic links', () => {
  it('does not read an article linked from outside the sources folder, and says so', () => {
    expect(sourceOf('linked-out.txt')).toBeUndefined();
    expect(site.stderr).toContain('warning: linked-out.txt: symbolic link to outside the sources folder; skipped');
    for (const [file, text] of siteTexts(site.out)) expect(text, file).not.toContain('swordfish-outside');
    // A link to a file inside the folder is an ordinary article.
    expect(sourceOf('linked-in.txt')).toBeDefined();
  });

  it('does not publish an image linked from outside the sources folder', () => {
    const images = (file: string) => readPage(site.out, sourceOf(file)!.url_path).match(/<img [^>]*src="\/img\/[^"]+"/g) ?? [];
    expect(images('pictured-in.html').length).toBeGreaterThan(0);
    expect(images('pictured-out.html')).toEqual([]);
    expect(site.stderr).toContain('warning: pictured-out.html: image linked.png is a symbolic link to outside the sources folder; skipped');
  });
});

describe('deeply nested HTML', () => {
  it('reads an article nested 5,000 elements deep instead of calling it empty', () => {
    expect(site.stderr).not.toMatch(/deep\.html/);
    expect(readPage(site.out, sourceOf('deep.html')!.url_path)).toContain('Port Antonio');
  });
});

describe('--quiet', () => {
  it('prints only the result on stdout and only warnings on stderr (no Eleventy log)', () => {
    expect(site.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^Built the dossier from /), expect.stringMatching(/^View it: /)]);
    for (const line of site.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^warning: /);
  });
});
