// Bad and unusual input: each gives a result (or one reason) and never a throw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../scripts/ingest/decode.ts';
import { prepareArticle } from '../../scripts/ingest/index.ts';
import { fixturesDir, inputFile, prepared } from './helpers.ts';

const BODY =
  'Ferry services resumed on Tuesday after a two-day strike. The union said its members had accepted a 4.5 per cent pay rise.\n\n' +
  '"We are glad it is over," said Marta Quist, a commuter. Operators expect delays until Thursday.\n';

describe('encodings', () => {
  it('UTF-8 with BOM: BOM dropped', () => {
    const r = decodeArticle(inputFile('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Café strike ends\n\n${BODY}`)])));
    expect(r.ok && r.doc.encoding).toBe('utf-8-bom');
    expect(r.ok && r.doc.text.startsWith('Café strike ends')).toBe(true);
  });

  it('UTF-16 LE and BE with BOM decode to the same text', () => {
    const text = `Zürich “ferry” strike ends\r\n\r\n${BODY}`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const a = decodeArticle(inputFile('le.txt', le));
    const b = decodeArticle(inputFile('be.txt', be));
    expect(a.ok && a.doc.encoding).toBe('utf-16le-bom');
    expect(b.ok && b.doc.encoding).toBe('utf-16be-bom');
    expect(a.ok && a.doc.text).toBe(`Zürich “ferry” strike ends\n\n${BODY}`);
    expect(b.ok && b.doc.text).toBe(a.ok && a.doc.text);
    const p = prepared(inputFile('le.txt', le));
    expect(p.cleaned.title).toBe('Zürich “ferry” strike ends');
    expect(p.cleaned.sentences[0]!.text).toBe('Ferry services resumed on Tuesday after a two-day strike.');
  });

  it('Windows-1252 is detected, converted, and warned about', () => {
    // “ ” – é in Windows-1252: 0x93 0x94 0x96 0xe9
    const bytes = Buffer.from([
      ...Buffer.from('The caf'), 0xe9, ...Buffer.from(' owner said '), 0x93, ...Buffer.from('we will reopen'), 0x94,
      ...Buffer.from(' on Monday '), 0x96, ...Buffer.from(' after the flood. Repairs cost 3,000 euros.\n'),
    ]);
    const r = decodeArticle(inputFile('cp.txt', bytes));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.encoding).toBe('windows-1252');
    expect(r.doc.text).toBe('The café owner said “we will reopen” on Monday – after the flood. Repairs cost 3,000 euros.\n');
    expect(r.doc.warnings).toEqual([expect.stringMatching(/Windows-1252/)]);
    const p = prepareArticle(inputFile('cp.txt', bytes), 'cp');
    expect(p.ok && p.warnings.some((w) => /Windows-1252/.test(w))).toBe(true);
  });

  it('CRLF and lone CR become \\n; text is NFC', () => {
    const r = decodeArticle(inputFile('n.txt', 'Cafe\u0301 news\r\n\r\nOne line.\rTwo line.\r\n'));
    expect(r.ok && r.doc.text).toBe('Café news\n\nOne line.\nTwo line.\n');
  });
});

describe('bad input: one reason, never a throw', () => {
  it('empty file', () => {
    expect(prepareArticle(inputFile('e.txt', ''), 'e')).toEqual({ ok: false, reason: 'empty file' });
    expect(prepareArticle(inputFile('w.txt', '  \n\n \t\n'), 'w')).toEqual({ ok: false, reason: 'empty file' });
  });

  it('binary file (NUL bytes, control characters)', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(prepareArticle(inputFile('img.txt', png), 'i')).toEqual({ ok: false, reason: 'binary file' });
    const ctl = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41)));
    expect(decodeArticle(inputFile('c.txt', ctl))).toEqual({ ok: false, reason: 'binary file' });
  });

  it('bytes that are neither UTF-8 nor Windows-1252', () => {
    const bytes = Buffer.from([...Buffer.from('Report on the '), 0x81, 0x8d, 0xc3, 0x28, ...Buffer.from(' flood.\n')]);
    const r = prepareArticle(inputFile('bad.txt', bytes), 'b');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/undecodable bytes/);
  });

  it('unsupported extension', () => {
    expect(decodeArticle(inputFile('a.pdf', BODY))).toEqual({ ok: false, reason: 'unsupported file type' });
  });

  it('only boilerplate: nothing usable remains', () => {
    const r = prepareArticle(inputFile('b.txt', '| Welcome to Some Site\n\nRead more: Other story here\n\nShare this\n'), 'b');
    expect(r).toEqual({ ok: false, reason: 'no article text after cleaning' });
  });

  it('random unicode and huge text never throw, and stay fast', () => {
    const chars = ['a', ' ', '.', '\n', '\n\n', '"', '“', '…', 'É', '\u0000', '\ud800', '😀', '–', 'Ω', '|', 'BAGHDAD –', '(AFP)', 'Read more:', '2020'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
    for (let n = 0; n < 200; n++) {
      let s = '';
      for (let i = 0; i < 200; i++) s += chars[Math.floor(rnd() * chars.length)];
      expect(() => prepareArticle(inputFile('r.txt', s), 'r')).not.toThrow();
    }
    const para = 'The council met on Monday and approved the plan. Residents said they were relieved. ';
    const huge = Array.from({ length: 4000 }, () => para.repeat(3)).join('\n\n');
    // (speed is the benchmark's to measure: here a huge article is read whole)
    const r = prepareArticle(inputFile('huge.txt', huge), 'h');
    expect(r.ok && r.cleaned.sentences.length).toBe(4000 * 6);
  });
});

describe('property: any bytes, any name', () => {
  it('prepareArticle returns ok with exact-substring sentences, or a short reason; never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }).map((s) => Buffer.from(s, 'utf8')), fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a))),
        fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.htm'),
        (bytes, name) => {
          const r = prepareArticle(inputFile(name, bytes), 'p');
          if (r.ok) {
            for (const s of r.cleaned.sentences) expect(r.cleaned.paragraphs[s.paragraph]).toContain(s.text);
            expect(r.meta.word_count).toBeGreaterThanOrEqual(0);
          } else expect(r.reason.length).toBeLessThan(80);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('markdown', () => {
  it('front matter fields override extraction, and published_basis says so', () => {
    const md = `---\ntitle: Ferry strike ends after two days\noutlet: Coast Herald\ndate: 2021-06-08\nwire: Reuters\nurl: https://herald.example/ferry\n---\n# A different heading\n\n${BODY}`;
    const r = prepared(inputFile('ferry.md', md));
    expect(r.meta).toMatchObject({
      title: 'Ferry strike ends after two days',
      outlet: 'Coast Herald',
      published: '2021-06-08',
      published_basis: 'front matter',
      wire: 'Reuters',
      url: 'https://herald.example/ferry',
      format: 'md',
    });
    expect(r.cleaned.paragraphs[0]).toMatch(/^Ferry services resumed/);
    expect(r.doc.text).not.toMatch(/^---/);
  });

  it('sources.yml wins over front matter', () => {
    const md = `---\noutlet: Coast Herald\n---\n${BODY}`;
    const r = prepared(inputFile('f.md', md, { outlet: 'Harbour Times' }));
    expect(r.meta.outlet).toBe('Harbour Times');
  });

  it('broken front matter: a warning, the block ignored, the body used', () => {
    const md = `---\ntitle: [unclosed\noutlet: : :\n---\n${BODY}`;
    const r = prepareArticle(inputFile('broken.md', md), 'b');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([expect.stringMatching(/^broken front matter/)]);
    expect(r.doc.frontMatter).toEqual({});
    expect(r.doc.text).not.toContain('unclosed');
    expect(r.cleaned.paragraphs[0]).toMatch(/^Ferry services resumed/);
  });

  it('Markdown images go to images, not into the text', () => {
    const r = prepared(inputFile('i.md', `![Flooded quay at dawn](/img/quay.jpg)\n\n${BODY}`));
    expect(r.doc.images).toEqual([{ src: '/img/quay.jpg', alt: 'Flooded quay at dawn' }]);
    expect(r.doc.text).not.toContain('Flooded quay');
  });

  it('Markdown links and emphasis become plain text', () => {
    const r = prepared(inputFile('m.md', 'The **union** said its [members](https://x.example) had voted to return to work on Monday.\n'));
    expect(r.cleaned.paragraphs).toEqual(['The union said its members had voted to return to work on Monday.']);
  });
});

describe('html', () => {
  const html = readFileSync(join(fixturesDir, 'harbour_flood.html'));
  const r = prepared(inputFile('harbour_flood.html', html), 'harbour-flood');

  it('keeps the article text, drops nav, scripts, styles and footer, never raw HTML', () => {
    expect(r.cleaned.paragraphs[0]).toMatch(/^A storm surge driven by gale-force winds/);
    expect(r.cleaned.paragraphs).toHaveLength(4);
    const all = r.doc.text;
    for (const junk of ['TRACKING PIXEL', 'inline ad slot', 'Log in', 'font-family', 'All rights reserved', '<p', '</']) expect(all).not.toContain(junk);
    expect(r.cleaned.sentences.map((s) => s.text)).toContain(
      "Water reached a depth of 1.2 metres in parts of Quay Street, according to Dr. Hanne Lyst, who leads the council's emergency team.",
    );
  });

  it('reads metadata from the markup', () => {
    expect(r.doc.htmlMeta).toMatchObject({
      title: 'Storm surge floods Port Elling harbour district',
      siteName: 'Northern Coast Herald',
      published: '2021-03-04T06:20:00Z',
      url: 'https://herald.example/coast/2021/03/04/port-elling-flood',
    });
    expect(r.meta).toMatchObject({
      title: 'Storm surge floods Port Elling harbour district',
      outlet: 'Northern Coast Herald',
      published: '2021-03-04',
      dateline: 'PORT ELLING',
      url: 'https://herald.example/coast/2021/03/04/port-elling-flood',
      format: 'html',
    });
  });

  it('lists images with their alt text; the caption is a caption', () => {
    expect(r.doc.images).toEqual([{ src: '/media/2021/03/harbour-wall.jpg', alt: 'Waves breaking over the harbour wall at Port Elling' }]);
    expect(r.cleaned.captions.map((c) => c.text)).toEqual(['Waves break over the harbour wall on Wednesday night (Photo: Herald/Tomas Reid)']);
  });

  it('escaped markup and template syntax in article text survive as literal text', () => {
    const page = '<html><body><article><p>The hackers posted &lt;script&gt;alert(1)&lt;/script&gt; on the council site, alongside {{ secrets }} and {% include x %} tags, officials said on Monday.</p><p>Police are investigating the breach and expect to make arrests.</p></article></body></html>';
    const h = prepared(inputFile('x.html', page));
    expect(h.cleaned.paragraphs[0]).toBe('The hackers posted <script>alert(1)</script> on the council site, alongside {{ secrets }} and {% include x %} tags, officials said on Monday.');
  });
});

describe('literal text in .txt', () => {
  it('<script>, {{ }} and {% %} are kept verbatim in cleaned paragraphs and sentences', () => {
    const txt = 'Site hacked\n\nThe attackers left <script>steal()</script> in the page and the string {{ user.password }} in a form. A second file held {% raw %} tags.\n';
    const r = prepared(inputFile('lit.txt', txt));
    expect(r.cleaned.paragraphs).toEqual(['The attackers left <script>steal()</script> in the page and the string {{ user.password }} in a form. A second file held {% raw %} tags.']);
    expect(r.cleaned.sentences.map((s) => s.text)).toEqual([
      'The attackers left <script>steal()</script> in the page and the string {{ user.password }} in a form.',
      'A second file held {% raw %} tags.',
    ]);
  });
});
