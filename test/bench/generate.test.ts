import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, generateArticles, type GeneratedArticle } from '../../scripts/bench/generate.ts';
import { buildCast } from '../../scripts/bench/cast.ts';
import { buildWorld } from '../../scripts/bench/world.ts';

const SOURCES = join(import.meta.dirname, '..', '..', 'sources');
const N = 400;
let articles: GeneratedArticle[];
let all: string;
const tmp: string[] = [];

beforeAll(() => {
  articles = generateArticles(N, 1);
  all = articles.map((a) => a.content).join('\n\n');
});
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bench-gen-test-'));
  tmp.push(d);
  return d;
}

/** First body sentence after the date line (text articles). */
function leadSentence(content: string): string {
  const paras = content.split(/\n{2,}/).map((p) => p.trim());
  const i = paras.findIndex((p) => /[a-z].*\.$/.test(p) && p.split(' ').length > 8);
  return i < 0 ? '' : paras[i].replace(/^[A-Z' -]+ – /, '').split(/(?<=\.) /)[0];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('generateCorpus', () => {
  it('is deterministic: the same n and seed give byte-identical files', () => {
    const a = tempDir();
    const b = tempDir();
    generateCorpus(120, a, 7);
    generateCorpus(120, b, 7);
    const fa = readdirSync(a).sort();
    const fb = readdirSync(b).sort();
    expect(fa).toEqual(fb);
    expect(fa).toHaveLength(120);
    for (const f of fa) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).toBe(true);
  });

  it('a different seed gives a different corpus', () => {
    const x = generateArticles(20, 1).map((a) => a.content);
    const y = generateArticles(20, 2).map((a) => a.content);
    expect(x.filter((c, i) => c === y[i])).toHaveLength(0);
  });

  it('article i does not depend on n (a smaller corpus is a prefix of a larger one)', () => {
    const small = generateArticles(50, 1);
    expect(small.map((a) => a.file)).toEqual(articles.slice(0, 50).map((a) => a.file));
    expect(small.map((a) => a.content)).toEqual(articles.slice(0, 50).map((a) => a.content));
  });

  it('writes exactly n files with unique names, mostly .txt plus some .md and a few .html', () => {
    const d = tempDir();
    generateCorpus(N, d, 1);
    const files = readdirSync(d);
    expect(files).toHaveLength(N);
    expect(new Set(files).size).toBe(N);
    const ext = (e: string) => files.filter((f) => f.endsWith(e)).length;
    expect(ext('.txt')).toBeGreaterThan(N * 0.6);
    expect(ext('.md')).toBeGreaterThan(N * 0.04);
    expect(ext('.html')).toBeGreaterThan(0);
    expect(ext('.html')).toBeLessThan(N * 0.15);
    for (const f of files) expect(f).toMatch(/^\d{5}_[0-9a-f]{16}\.(txt|md|html)$/);
  });

  it('returns nothing for zero, negative or non-numeric counts', () => {
    expect(generateArticles(0)).toEqual([]);
    expect(generateArticles(-3)).toEqual([]);
    expect(generateArticles(Number.NaN)).toEqual([]);
  });

  it('articles are about 600 words (~4 KB) each', () => {
    const words = articles.map((a) => a.content.split(/\s+/).filter(Boolean).length);
    const mean = words.reduce((s, w) => s + w, 0) / words.length;
    expect(mean).toBeGreaterThan(500);
    expect(mean).toBeLessThan(800);
    const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.content), 0) / articles.length;
    expect(bytes).toBeGreaterThan(3000);
    expect(bytes).toBeLessThan(6500);
  });

  it('uses 20+ outlets and spreads publication dates over 12-24 months', () => {
    expect(new Set(articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(20);
    const days = articles.map((a) => Date.parse(a.published) / 86_400_000);
    const spread = Math.max(...days) - Math.min(...days);
    expect(spread).toBeGreaterThan(300);
    expect(spread).toBeLessThan(24 * 31 + 2);
  });

  it('md files carry front matter and html files are full pages with metadata', () => {
    const md = articles.filter((a) => a.file.endsWith('.md'));
    const html = articles.filter((a) => a.file.endsWith('.html'));
    for (const a of md) expect(a.content).toMatch(/^---\ntitle: ".+"\noutlet: ".+"\n[\s\S]*?---\n/);
    for (const a of html) {
      expect(a.content).toContain('<html');
      expect(a.content).toMatch(/<meta property="og:site_name" content="[^"]+">/);
      expect(a.content).toMatch(/<p>[^<]{40,}<\/p>/);
    }
  });
});

describe('realism of the generated text', () => {
  it('reports a shared pool of world events: ~N/4 happenings, each covered by several articles', () => {
    const counts = new Map<number, number>();
    for (const a of articles) for (const k of a.events) counts.set(k, (counts.get(k) ?? 0) + 1);
    // Article i draws only from the first 12 + i/4 events of the pool.
    expect(counts.size).toBeLessThanOrEqual(12 + N / 4);
    expect(counts.size).toBeGreaterThan(N / 6);
    const perArticle = articles.map((a) => a.events.length);
    const mean = perArticle.reduce((s, x) => s + x, 0) / N;
    expect(mean).toBeGreaterThanOrEqual(3);
    expect(mean).toBeLessThanOrEqual(6);
    expect(Math.max(...perArticle)).toBeLessThanOrEqual(6);
    // Redundant coverage: most happenings are reported by 3+ articles.
    const covered = [...counts.values()].filter((c) => c >= 3).length;
    expect(covered / counts.size).toBeGreaterThan(0.6);
  });

  it('an article reports events from the weeks before its publication date', () => {
    const world = buildWorld(1, buildCast(1));
    for (const a of articles) {
      const pub = Date.parse(a.published);
      expect(a.events.length).toBeGreaterThan(0);
      for (const k of a.events) {
        const age = (pub - world.events[k].day) / 86_400_000;
        expect(age).toBeGreaterThanOrEqual(0);
        expect(age).toBeLessThanOrEqual(124); // 120-day horizon, +1 day for a wire copy run a day late
      }
      // the lead happened 0-2 days before publication (3 for a late wire copy)
      expect((pub - world.events[a.events[0]].day) / 86_400_000).toBeLessThanOrEqual(3);
    }
    // The same happening is phrased differently by different articles (templates and date styles vary).
    const byEvent = new Map<number, GeneratedArticle[]>();
    for (const a of articles) {
      const l = byEvent.get(a.events[0]) ?? [];
      l.push(a);
      byEvent.set(a.events[0], l);
    }
    const leads = [...byEvent.values()].filter((l) => l.filter((a) => a.wireOf === null).length >= 3);
    expect(leads.length).toBeGreaterThan(5);
    let varied = 0;
    for (const l of leads) {
      const firstSentences = new Set(l.filter((a) => a.wireOf === null && a.file.endsWith('.txt')).map((a) => leadSentence(a.content)));
      if (firstSentences.size >= 2) varied++;
    }
    expect(varied / leads.length).toBeGreaterThan(0.7);
  });

  it('repeats statements of the same speaker across outlets, quoted and paraphrased', () => {
    // A statement about a shared event shows up in several articles: as a quote in some, reported speech in others.
    const quoted = all.match(/[\u201c"](?:We demand|What happened in|We are ready to|This is a step|Everybody knows|We have nothing to do)[^\u201d"]{10,}[\u201d"]/g) ?? [];
    const reported = all.match(/ (?:called for .{5,80} after the|threatened to .{5,80} unless|warned that (?:his|her) side would|accused .{3,60} of being behind|welcomed the|condemned the) /g) ?? [];
    expect(quoted.length).toBeGreaterThan(N / 2);
    expect(reported.length).toBeGreaterThan(N / 2);
    const repeats = new Map<string, number>();
    for (const q of quoted) repeats.set(q.replace(/[\u201c\u201d"]/g, ''), (repeats.get(q.replace(/[\u201c\u201d"]/g, '')) ?? 0) + 1);
    expect([...repeats.values()].filter((c) => c >= 3).length).toBeGreaterThan(10);
  });

  it('has wire copies: the same story on two outlets, with small edits', () => {
    const copies = articles.filter((a) => a.wireOf !== null);
    expect(copies.length).toBeGreaterThan(N * 0.05);
    expect(copies.length).toBeLessThan(N * 0.2);
    for (const c of copies) {
      const orig = articles[c.wireOf!];
      expect(orig.outlet).not.toBe(c.outlet);
      expect(c.content).not.toBe(orig.content);
      // Most long sentences of the original reappear in the copy (quote marks may differ by house style).
      const norm = (s: string) => s.replace(/[\u201c\u201d]/g, '"').replace(/\u2019/g, "'").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
      const copyText = norm(c.content);
      const sents = norm(orig.content).split(/\n+|<\/?p>|(?<=[.!?"])\s+/).filter((s) => s.length > 80 && !s.includes('<'));
      const shared = sents.filter((s) => copyText.includes(s)).length;
      expect(shared / Math.max(1, sents.length)).toBeGreaterThan(0.6);
    }
  });

  it('spells the same person several ways across outlets (transliteration variants)', () => {
    const cast = buildCast(1);
    let multi = 0;
    for (const p of cast.people) {
      const forms = [p.surname, ...p.variants].map((f) => f.replace(/^(?:al|Al|el)-/, ''));
      const seen = new Set(forms.filter((f) => new RegExp(`\\b${escapeRe(f)}\\b`).test(all)));
      if (seen.size >= 2) multi++;
    }
    expect(multi).toBeGreaterThan(15);
    // The variants follow real alternations (q/k, dh/z, ou/u, e/i, doubled consonants).
    const pairs = cast.people.flatMap((p) => p.variants.map((v) => [p.surname.toLowerCase(), v.toLowerCase()] as const));
    expect(pairs.some(([c, v]) => c.includes('q') && v.includes('k') && !c.includes('k'))).toBe(true);
    expect(pairs.some(([c, v]) => c.includes('dh') && !v.includes('dh'))).toBe(true);
    expect(pairs.some(([, v]) => /([bnrst])\1/.test(v))).toBe(true);
    expect(pairs.some(([c, v]) => c.length === v.length && c !== v)).toBe(true);
  });

  it('introduces people by title and full name, then repeats the surname alone', () => {
    const cast = buildCast(1);
    let repeats = 0;
    for (const a of articles.slice(0, 100)) {
      for (const p of cast.people) {
        const full = `${p.given} ${p.surname}`;
        const i = a.content.indexOf(full);
        if (i < 0) continue;
        const bare = p.surname.replace(/^al-/, '');
        const rest = a.content.slice(i + full.length);
        if (new RegExp(`(?<!${escapeRe(p.given)} )\\b(?:al-|Al-)?${escapeRe(bare)}\\b`, 'i').test(rest)) repeats++;
      }
    }
    expect(repeats).toBeGreaterThan(50);
    expect(all).toMatch(/\b(?:Prime Minister|Gen\.|Brig\. Gen\.|Col\.|Dr\.|Governor|Sheikh) [A-Z][a-z]+ /);
  });

  it('defines acronyms in the text and then uses them', () => {
    const defs = [...all.matchAll(/the ((?:[A-Z][a-z]+ )+[A-Z][a-z]+) \(([A-Z]{2,})\)/g)];
    expect(defs.length).toBeGreaterThan(50);
    const used = defs.filter((m) => all.includes(`the ${m[2]} `) || all.includes(`the ${m[2]},`) || all.includes(`the ${m[2]}.`));
    expect(used.length).toBeGreaterThan(20);
  });

  it('has publication-date lines in several shapes, and crawl-date banners', () => {
    expect(all).toMatch(/^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday), \d{1,2} [A-Z][a-z]+, \d{4} - \d\d:\d\d$/m);
    expect(all).toMatch(/^\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/m);
    expect(all).toMatch(/^ date \d{4}-\d\d-\d\d \d{4}\/\d\d\/\d\d \| \d\d:\d\d/m);
    expect(all).toMatch(/^Source: [A-Z]/m);
    expect(all).toMatch(/ - Source: [A-Z]/);
    // A crawl-date banner lies years after the article's own date.
    const late = articles.filter((a) => {
      const m = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday), ([A-Z][a-z]+ \d{1,2}, \d{4})$/m.exec(a.content);
      return m !== null && Date.parse(m[1]) - Date.parse(a.published) > 150 * 86_400_000;
    });
    expect(late.length).toBeGreaterThan(0);
  });

  it('has dated events with absolute and relative dates', () => {
    expect(all).toMatch(/ on (?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/);
    expect(all).toMatch(/ last week\b/);
    expect(all).toMatch(/ in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/);
    expect(all).toMatch(/ on (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/);
    expect(all).toMatch(/\b(?:arrested|attacked|ambushed|protested|signed an agreement|was shot dead)\b/);
  });

  it('has direct quotes (straight and curly), named and unnamed speakers, and reported speech', () => {
    expect(all).toMatch(/\u201c[^\u201d]{10,},\u201d (?:said|[A-Z][\w-]+ said|he said|she said)/);
    expect(all).toMatch(/"[^"]{10,}," (?:said|[A-Z][\w-]+ said|he said|she said)/);
    expect(all).toMatch(/said (?:a senior security official|a witness|a government source|an aid worker)/);
    expect(all).toMatch(/ (?:said|told (?:AFP|Reuters|AP)) that /);
    expect(all).toMatch(/ denied any involvement in /);
  });

  it('has scrape boilerplate: banners, Read more links, photo captions with credits, trailers', () => {
    expect(all).toMatch(/^\| Welcome to /m);
    expect(all).toMatch(/^Read more: /im);
    expect(all).toMatch(/\. \((?:AFP|Reuters|AP)\)$/m);
    expect(all).toMatch(/Photo: [A-Z][a-z]+ [A-Z][a-z]+\/(?:AFP|Reuters|AP)$/m);
    expect(all).toMatch(/^Editor Picks$/m);
    expect(all).toMatch(/^(?:AFP|Reuters|AP) with additional input by /m);
  });

  it('contains no sentence of the bundled articles and none of their names', () => {
    const files = readdirSync(SOURCES).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(5);
    const norm = (s: string) => s.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
    const generated = norm(all);
    for (const f of files) {
      const text = norm(readFileSync(join(SOURCES, f), 'utf8'));
      const longest = text
        .split(/(?<=[.!?])\s+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 60)
        .sort((a, b) => b.length - a.length)
        .slice(0, 6);
      expect(longest.length).toBeGreaterThan(2);
      for (const s of longest) expect(generated.includes(s)).toBe(false);
      // Shorter fragments too: no 8-word run of a bundled sentence.
      for (const s of longest) {
        const w = s.split(' ');
        for (let i = 0; i + 8 <= w.length; i += 4) expect(generated.includes(w.slice(i, i + 8).join(' '))).toBe(false);
      }
    }
    expect(all).not.toMatch(/\b(?:Kadhimi|Kadhemi|Kazemi|Soleimani|Muhandis|Khazali|Jiyad|Mardini|Talibawi|Alaaldin|Askari)\b/i);
  });
});
