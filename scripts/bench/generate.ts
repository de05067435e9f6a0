// Deterministic generator of a realistic article corpus for the scale benchmark (issue 8).
// Why: the product must handle thousands of unseen scrapes; the five bundled articles are too few to time
// anything. The generator composes articles from templates and word lists over an invented cast, with the
// mess real scrapes carry (banners, crawl-date banners, captions, "Read more:" links, trailers, wire copies on
// two outlets, transliteration variants), so the benchmark stresses the same code paths as real input.
// Same n + seed -> byte-identical files; article i depends only on (seed, i), never on n.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MONTH_NAMES } from '../lib/months.ts';
import { type Rng, makeRng, mixSeed, int, pick, chance, hex } from './rng.ts';
import { type Cast, type Outlet, buildCast } from './cast.ts';
import * as L from './lexicon.ts';
import { buildWorld, drawEvents } from './world.ts';
import { composeStory, type Story } from './story.ts';
import { CQ, DAY_MS, OQ, WEEKDAYS, Writer, iso, pad } from './writer.ts';

export interface GeneratedArticle {
  file: string;
  content: string;
  /** Index of the article this one is a wire copy of (same agency story), or null. */
  wireOf: number | null;
  outlet: string;
  /** YYYY-MM-DD publication date. */
  published: string;
  /** Indices of the shared world events the article reports (lead first); see world.ts. */
  events: number[];
}

/** Chance that a story is a wire story run by two outlets: ~10% of files end up as copies. */
const WIRE_P = 0.11;

/** Publication-date line shapes seen in scrapes; index = Outlet.dateStyle. */
function dateLine(style: number, d: Date, outlet: Outlet, rng: Rng): string {
  const wd = WEEKDAYS[d.getUTCDay()];
  const day = d.getUTCDate();
  const mon = MONTH_NAMES[d.getUTCMonth()];
  const y = d.getUTCFullYear();
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  switch (style) {
    case 0: return `${wd}, ${day} ${mon}, ${y} - ${hm}`;
    case 1: return `${day} ${mon.slice(0, 3)} ${y}`;
    case 2: return ` date ${iso(d)} ${iso(d).replace(/-/g, '/')} | ${hm}${outlet.sourceHeader ? ` - Source: ${outlet.name}` : ''}`;
    case 3: return `${mon} ${day}, ${y}`;
    case 4: return `Published: ${pad(day)}/${pad(d.getUTCMonth() + 1)}/${y} ${hm}`;
    case 5: return `${pick(rng, ['yesterday', 'today', '2 days ago'])} at ${hm} ${outlet.name}  – ${day} ${mon.slice(0, 3)} ${y} – `;
    default: return `${iso(d)}T${hm}:00${pick(rng, ['Z', '+03:00', '+01:00'])}`;
  }
}


/** Lays out one story as the text of a scraped page of `outlet`. */
function layout(rng: Rng, story: Story, outlet: Outlet, pub: Date, edit: 'none' | 'wire-copy', agency: string | null): string[] {
  const blocks: string[] = [];
  if (outlet.banner.length) blocks.push(outlet.banner.join(chance(rng, 0.5) ? '\n' : '\n\n'));
  if (outlet.crawlBanner) {
    // A crawl-date banner: the date the page was scraped, posing as a publication date.
    const crawl = new Date(pub.getTime() + int(rng, 200, 1400) * DAY_MS);
    blocks.push(`${WEEKDAYS[crawl.getUTCDay()]}, ${MONTH_NAMES[crawl.getUTCMonth()]} ${crawl.getUTCDate()}, ${crawl.getUTCFullYear()}`);
  }
  blocks.push(story.headline);
  if (chance(rng, 0.3)) blocks.push(story.headline); // repeated headline, as scrapes often have
  const paras = [...story.paragraphs];
  if (edit === 'wire-copy') {
    // Small edits a second outlet makes to a wire story: drop a paragraph, split another, prefix its name.
    if (paras.length > 6) paras.splice(int(rng, 3, paras.length - 2), 1);
    const si = int(rng, 1, paras.length - 1);
    const cut = paras[si].indexOf('. ');
    if (cut > 0) paras.splice(si, 1, paras[si].slice(0, cut + 1), paras[si].slice(cut + 2));
    paras[0] = `(${outlet.name.replace(/^The /, '')} )- ${paras[0].replace(/^[A-Z' -]+ – /, '')}`;
  }
  if (outlet.dateStyle === 5) paras[0] = dateLine(5, pub, outlet, rng) + paras[0];
  else blocks.push(dateLine(outlet.dateStyle, pub, outlet, rng));
  // Some scrapes carry a "Source: X" header line of their own (date style 2 has it inline).
  if (outlet.sourceHeader && outlet.dateStyle !== 2) blocks.push(`Source: ${outlet.name}`);
  if (story.captions[0] && chance(rng, 0.7)) blocks.push(story.captions[0]);
  const extras = [...story.readMore, ...story.captions.slice(1)];
  const sub = chance(rng, 0.25) ? (chance(rng, 0.5) ? `- ${OQ}${pick(rng, L.SUBHEADINGS)}${CQ} -` : pick(rng, L.SUBHEADINGS)) : null;
  paras.forEach((p, i) => {
    blocks.push(p);
    if (i > 1 && extras.length && chance(rng, 0.2)) blocks.push(extras.shift()!);
    if (i === Math.floor(paras.length / 2) && sub) blocks.push(sub);
  });
  blocks.push(...extras);
  if (agency && chance(rng, 0.5)) blocks.push(`${agency} with additional input by ${outlet.name.replace(/^The /, '')} News Desk`);
  if (outlet.trailer) blocks.push(outlet.trailer);
  return blocks;
}

function styleQuotes(text: string, curly: boolean): string {
  return curly
    ? text.replace(/\u0001/g, '\u201c').replace(/\u0002/g, '\u201d').replace(/\u0003/g, '\u2019')
    : text.replace(/[\u0001\u0002]/g, '"').replace(/\u0003/g, "'");
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Renders blocks in the outlet's file format. */
function render(blocks: string[], story: Story, outlet: Outlet, pub: Date, rng: Rng, slug: string): { ext: string; content: string } {
  const url = `https://www.${outlet.domain}/${pub.getUTCFullYear()}/${pad(pub.getUTCMonth() + 1)}/${slug}`;
  if (outlet.format === 'md') {
    const title = styleQuotes(story.headline, false).replace(/"/g, '\\"');
    const fm = ['---', `title: "${title}"`, `outlet: "${outlet.name}"`];
    if (chance(rng, 0.7)) fm.push(`published: ${iso(pub)}`);
    if (chance(rng, 0.6)) fm.push(`url: ${url}`);
    fm.push('---', '');
    const body = blocks.filter((b) => b !== story.headline).map((b) => styleQuotes(b, outlet.curly));
    return { ext: 'md', content: fm.join('\n') + '\n' + body.join('\n\n') + '\n' };
  }
  if (outlet.format === 'html') {
    const t = (s: string): string => escapeHtml(styleQuotes(s, outlet.curly));
    const body = blocks.filter((b) => b !== story.headline && !outlet.banner.includes(b)).map((b) => `<p>${t(b)}</p>`);
    const html = [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8">',
      `<title>${t(story.headline)} | ${escapeHtml(outlet.name)}</title>`,
      `<meta property="og:site_name" content="${escapeHtml(outlet.name)}">`,
      `<meta property="og:url" content="${url}">`,
      `<meta property="article:published_time" content="${pub.toISOString()}">`,
      '</head><body>',
      `<header><nav><a href="/">${escapeHtml(outlet.name)}</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a></nav></header>`,
      '<main><article>',
      `<h1>${t(story.headline)}</h1>`,
      `<time datetime="${pub.toISOString()}">${iso(pub)}</time>`,
      ...body,
      '</article>',
      '<aside><h2>Most Read</h2><ul><li><a href="/a">Markets steady as talks resume</a></li><li><a href="/b">Weather: heavy rain expected</a></li></ul></aside>',
      '</main>',
      `<footer>&copy; ${pub.getUTCFullYear()} ${escapeHtml(outlet.name)}. All rights reserved.</footer>`,
      '</body></html>',
      '',
    ];
    return { ext: 'html', content: html.join('\n') };
  }
  // Plain text scrapes: irregular blank lines between blocks.
  let out = '';
  blocks.forEach((b, i) => {
    out += styleQuotes(b, outlet.curly);
    if (i < blocks.length - 1) out += chance(rng, 0.08) ? '\n\n\n\n' : '\n\n';
  });
  return { ext: 'txt', content: out + '\n' };
}

const castCache = new Map<number, Cast>();
function castFor(seed: number): Cast {
  let c = castCache.get(seed);
  if (!c) {
    c = buildCast(seed);
    castCache.set(seed, c);
  }
  return c;
}

/** Builds article i (and, for a wire story, the copy at i+1 too). */
function buildArticle(i: number, seed: number, cast: Cast, asWireCopy: boolean): GeneratedArticle {
  // A wire copy replays the story of article i-1 with the same rng stream, then diverges for layout.
  const storyIndex = asWireCopy ? i - 1 : i;
  const rng = makeRng(mixSeed(seed, storyIndex, 0x57));
  const isWire = rng() < WIRE_P;
  const outletA = pick(rng, cast.outlets);
  const drawn = drawEvents(rng, buildWorld(seed, cast), storyIndex);
  const pub = new Date(drawn.pub);
  const agency = isWire ? pick(rng, L.AGENCIES) : null;
  // Wire stories use the agency's canonical spelling on every outlet (spelling 0 writer).
  const writerOutlet: Outlet = isWire ? { ...outletA, spelling: 0 } : outletA;
  const story = composeStory(new Writer(rng, cast, writerOutlet, pub, agency), drawn.events);
  let outlet = outletA;
  let published = pub;
  if (asWireCopy) {
    const r2 = makeRng(mixSeed(seed, i, 0xc0));
    outlet = cast.outlets[(outletA.id + 1 + int(r2, 0, cast.outlets.length - 2)) % cast.outlets.length];
    if (chance(r2, 0.4)) published = new Date(pub.getTime() + DAY_MS);
  }
  const lrng = makeRng(mixSeed(seed, i, 0x1a));
  const blocks = layout(lrng, story, outlet, published, asWireCopy ? 'wire-copy' : 'none', agency);
  const slug = story.headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  const { ext, content } = render(blocks, story, outlet, published, lrng, slug);
  const file = `${pad(i, 5)}_${hex(makeRng(mixSeed(seed, i, 0xf11e)), 16)}.${ext}`;
  return { file, content, wireOf: asWireCopy ? i - 1 : null, outlet: outlet.name, published: iso(published), events: drawn.events.map((e) => e.k) };
}

/** True when article i starts a wire story whose copy is article i+1. */
function startsWire(i: number, seed: number): boolean {
  return makeRng(mixSeed(seed, i, 0x57))() < WIRE_P;
}

/** All articles of the corpus in memory (used by generateCorpus and the tests). */
export function generateArticles(n: number, seed = 1): GeneratedArticle[] {
  const count = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
  const cast = castFor(seed);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    // Article i is a wire copy when i-1 started a wire story that was not itself a copy.
    const copy = i > 0 && startsWire(i - 1, seed) && out[i - 1].wireOf === null;
    out.push(buildArticle(i, seed, cast, copy));
  }
  return out;
}

/** Writes n article files into dir (created if missing). Deterministic for the same n and seed. */
export function generateCorpus(n: number, dir: string, seed = 1): void {
  mkdirSync(dir, { recursive: true });
  for (const a of generateArticles(n, seed)) writeFileSync(join(dir, a.file), a.content);
}
