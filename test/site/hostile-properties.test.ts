// Property tests for hostile input (issue 13), with generators for what an attacker controls: attribute
// text (search filter values), URLs, file names and HTML nesting depth, plus control characters.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { printable, searchFilterValue, stripControlChars } from '../../scripts/lib/text-safety.ts';
import { linkableUrl } from '../../scripts/lib/url-safety.ts';
import { assignSourceIds, readSourceFolder } from '../../scripts/ingest/read.ts';
import { decodeArticle, formatOf } from '../../scripts/ingest/decode.ts';
import { tempDir } from '../helpers/cli.ts';

const CONTROLS = ['\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009b', '\u202a', '\u202e', '\u2066', '\u2069', '\u2028'];

/** Attribute text: markup, entities (also encoded twice), quotes, control characters and ordinary words. */
const attributeText = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '&', '"', "'", '=', '/', '`', '<img src=x onerror=alert(1)>', '<script>', '</span>', '&lt;', '&amp;lt;', '&#60;', '&#x3C;', '&gt;', '&quot;', 'onload=', ...CONTROLS),
      fc.constantFrom('News', 'AT', 'T', ' ', '  ', '\t', '\n', 'Times', 'Ḥaḍramawt', 'الشرق', '新闻', '—'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** HTML a browser builds from `html` inserted with innerHTML (what Pagefind's UI does with filter values). */
function inserted(html: string): { elements: number; text: string } {
  const { document } = parseHTML('<!doctype html><html><body><label></label></body></html>');
  const label = document.querySelector('label') as unknown as { innerHTML: string; querySelectorAll(s: string): ArrayLike<unknown>; textContent: string };
  label.innerHTML = html;
  return { elements: label.querySelectorAll('*').length, text: label.textContent };
}

/** Decodes HTML entities once, as Pagefind does with what it indexes (again after the parser did). */
const decodeEntities = (s: string) => inserted(s.replace(/</g, '&lt;')).text;

describe('search filter values (attribute text)', () => {
  it('never make markup or entities, however often they are decoded, and read as the text given', () => {
    fc.assert(
      fc.property(attributeText, (text) => {
        const v = searchFilterValue(text);
        expect(v).not.toMatch(/[<>&]/);
        expect(v).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        // Inserted as HTML (after any number of entity decodings) it is text: no element, same characters.
        let shown = v;
        for (let i = 0; i < 3; i++) shown = decodeEntities(shown);
        expect(inserted(shown)).toEqual({ elements: 0, text: v });
        expect(searchFilterValue(v)).toBe(v);
      }),
      { numRuns: 300 },
    );
  });

  it('leave ordinary names as they are', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9À-ÿ'’.,:;!?()-]+( [A-Za-z0-9À-ÿ'’.,:;!?()-]+)*$/), (name) => {
        expect(searchFilterValue(name)).toBe(name);
      }),
    );
  });
});

/** URLs as they come in metadata: every scheme in any case, padded, split by tabs and newlines, or valid web URLs. */
const hostileUrl = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('javascript', 'JaVaScRiPt', 'vbscript', 'data', 'file', 'ftp', 'mailto', 'http', 'https', 'HTTPS', 'java\tscript', 'jav\nascript', 'ht\ttp', ''),
      fc.constantFrom(':', '://', ':/', '&#58;', '%3A'),
      fc.constantFrom('alert(1)', '//example.org/a', 'example.org', 'text/html,<script>alert(1)</script>', '//', ''),
      fc.constantFrom('', ' ', '  ', '\t', '\n', '\u0000', '\u001f', '\u00a0'),
      fc.constantFrom('', ' ', '\n'),
    )
    .map(([scheme, sep, rest, pad, tail]) => `${pad}${scheme}${sep}${rest}${tail}`),
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 40 }),
);

describe('URLs from source metadata', () => {
  it('link only what a browser would open as http(s), as an absolute http(s) URL', () => {
    fc.assert(
      fc.property(hostileUrl, (url) => {
        const link = linkableUrl(url);
        // The scheme as a browser (C0 controls and spaces trimmed, tabs and newlines dropped) or a trim could read it.
        const seen = url.trim().replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
        if (!/^https?:/i.test(seen)) expect(link).toBeNull();
        if (link !== null) {
          expect(link).toMatch(/^https?:\/\/[^\s]+$/i);
          expect(['http:', 'https:']).toContain(new URL(link).protocol);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keep every valid web address as written', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => {
        expect(linkableUrl(url)).toBe(url);
      }),
    );
  });
});

/** File names a folder may hold: anything but "/" and NUL, with newlines, escapes and look-alike warnings. */
const fileName = fc
  .array(
    fc.oneof(
      fc.constantFrom('\n', '\r', '\t', '\u001b[31m', '\u0007', '\u202e', '.', '..', ' ', 'warning: ', ': ', 'a.txt', '.md', '.html', 'é', '新'),
      fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_'.split('')), minLength: 1, maxLength: 6 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join('').slice(0, 80))
  .filter((n) => n !== '.' && n !== '..' && n.length > 0);

describe('file names', () => {
  it('print on one line, inert, and ordinary names unchanged', () => {
    fc.assert(
      fc.property(fileName, (name) => {
        const p = printable(name);
        expect(p).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(name)) expect(p).toBe(name);
      }),
      { numRuns: 300 },
    );
  });

  it('are each read or named in one warning line, never crash, and give unique, safe ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fileName, { minLength: 1, maxLength: 6 }), (names) => {
        const dir = tempDir('names');
        for (const [i, n] of names.entries()) fs.writeFileSync(path.join(dir, n), i % 2 ? '' : `Headline\n\nThe council met on Monday in the town hall, officials said.\n`);
        const read = readSourceFolder(dir);
        const { ids } = assignSourceIds(read.files.map((f) => f.file));
        for (const n of names) {
          const isRead = read.files.some((f) => f.file === n);
          const warned = read.warnings.some((w) => w.file === n);
          // Hidden files that are not articles (.DS_Store, .git) are the one thing passed over in silence.
          const hiddenOther = n.startsWith('.') && !formatOf(n);
          expect(isRead || warned || hiddenOther, JSON.stringify(n)).toBe(true);
        }
        const list = [...ids.values()];
        expect(new Set(list).size).toBe(list.length);
        // Letters and digits of any script joined by hyphens: nothing a URL path or a shell could misread.
        for (const id of list) expect(id).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
        for (const w of read.warnings) expect(`warning: ${printable(w.file)}: ${printable(w.message)}`).not.toMatch(/[\n\r]/);
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 25 },
    );
  });
});

describe('HTML nesting depth', () => {
  it('reads the article at any depth up to the limit, and names the file beyond it', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 260 }), fc.integer({ min: 260, max: 20_000 })),
        fc.constantFrom('div', 'section', 'span', 'blockquote', 'main'),
        (depth, tag) => {
          const paragraphs = '<p>The harbour council approved a new ferry terminal on Monday after a long debate, officials said.</p>'.repeat(4);
          const html = `<!doctype html><html><head><title>Deep</title></head><body>${`<${tag}>`.repeat(depth)}${paragraphs}${`</${tag}>`.repeat(depth)}</body></html>`;
          const r = decodeArticle({ file: 'deep.html', path: '/virtual/deep.html', bytes: Buffer.from(html) });
          if (depth <= 10_000) {
            expect(r.ok, `depth ${depth}`).toBe(true);
            if (r.ok) expect(r.doc.text).toContain('new ferry terminal');
          } else {
            expect(r).toEqual({ ok: false, reason: expect.stringMatching(/nested more than/) });
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('control characters', () => {
  it('are removed from text and nothing else is (line breaks become "\\n", tabs stay)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...CONTROLS, '\r\n', '\r', '\t', '\n'), fc.string({ maxLength: 5 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const out = stripControlChars(text);
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
        const kept = text.replace(/\r\n?|[\u000b\u000c\u2028\u2029]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
        expect(out).toBe(kept);
      }),
      { numRuns: 300 },
    );
  });
});
