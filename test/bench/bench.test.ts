import { describe, it, expect } from 'vitest';
import { parseBenchArgs, plainBody } from '../../scripts/bench.ts';
import { generateArticles } from '../../scripts/bench/generate.ts';

describe('parseBenchArgs', () => {
  it('reads --articles, --json, --keep and --seed in both spellings', () => {
    expect(parseBenchArgs(['--articles', '250', '--json', 'out/b.json', '--keep'])).toEqual({ articles: 250, json: 'out/b.json', keep: true, seed: 1 });
    expect(parseBenchArgs(['--', '--articles=40', '--json=x.json', '--seed', '9'])).toEqual({ articles: 40, json: 'x.json', keep: false, seed: 9 });
    expect(parseBenchArgs([]).articles).toBe(200);
  });

  it('rejects bad counts and unknown options with a reason', () => {
    expect(() => parseBenchArgs(['--articles', '0'])).toThrow(/positive integer/);
    expect(() => parseBenchArgs(['--articles', 'many'])).toThrow(/positive integer/);
    expect(() => parseBenchArgs(['--articles'])).toThrow(/needs a value/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option --fast/);
  });
});

describe('plainBody (article body for the plain Eleventy baseline)', () => {
  it('strips Markdown front matter', () => {
    expect(plainBody('a.md', '---\ntitle: "T"\noutlet: "O"\n---\n\nBody text.\n')).toBe('\nBody text.\n');
  });

  it('reduces an HTML page to its text paragraphs, without head or tags', () => {
    const html = '<html><head><title>Head</title></head><body><p>One &amp; two &quot;three&quot;</p><p>Four</p></body></html>';
    expect(plainBody('a.html', html)).toBe('One & two "three"\n\nFour');
  });

  it('keeps text files as they are', () => {
    expect(plainBody('a.txt', 'Line one\n\nLine two\n')).toBe('Line one\n\nLine two\n');
  });

  it('leaves no markup or template syntax in generated html bodies', () => {
    const pages = generateArticles(300, 3).filter((a) => a.file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      const body = plainBody(p.file, p.content);
      expect(body).not.toMatch(/<[a-z/!]/i);
      expect(body).not.toMatch(/\{\{|\{%/);
      expect(body.length).toBeGreaterThan(2000);
    }
  });
});
