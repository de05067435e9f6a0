// Bytes -> plain text. Scraped files arrive in whatever encoding the scraper wrote (UTF-8, UTF-8 with a
// BOM, UTF-16 from Windows tools, Windows-1252 from old CMSs), as Markdown with front matter, or as whole
// HTML pages. Everything downstream works on one shape: NFC text with "\n" line ends and blank lines
// between paragraphs, never raw HTML.
import matter from 'gray-matter';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { DecodedArticle, InputFile } from '../lib/types.ts';
import { stripControlChars } from '../lib/text-safety.ts';
import { formatOf } from './format.ts';

export { formatOf };

export type DecodeResult = { ok: true; doc: DecodedArticle } | { ok: false; reason: string };

/** Bytes Windows-1252 leaves undefined: their presence means the file is not 1252 text either. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** 0x80-0x9F in Windows-1252 (Node's TextDecoder treats the label as Latin-1, so the table is ours). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part: string[] = [];
    for (let j = i; j < Math.min(bytes.length, i + CHUNK); j++) {
      const b = bytes[j]!;
      part.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b));
    }
    out += part.join('');
  }
  return out;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** BOM-less UTF-16: ASCII text in UTF-16 has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul > half * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

function tooManyControls(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length && i < 20000; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad > Math.max(2, Math.min(text.length, 20000) * 0.01);
}

/** Decodes bytes to a string and names the encoding; null when the bytes are not text. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string; warning?: string } | { error: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le-bom' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be-bom' };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      return { error: 'undecodable bytes (invalid UTF-8 after a UTF-8 byte-order mark)' };
    }
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    if (!tooManyControls(text)) return { text, encoding: utf16, warning: `no byte-order mark; decoded as ${utf16.toUpperCase()}` };
  }
  if (looksBinary(bytes)) return { error: 'binary file' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Windows-1252 is the usual culprit; it is only plausible when no undefined byte occurs.
    for (const b of bytes) if (CP1252_UNDEFINED.has(b)) return { error: 'undecodable bytes (neither UTF-8 nor Windows-1252)' };
    const text = decodeCp1252(bytes);
    if (tooManyControls(text)) return { error: 'undecodable bytes (neither UTF-8 nor Windows-1252)' };
    return { text, encoding: 'windows-1252', warning: 'not valid UTF-8; decoded as Windows-1252' };
  }
}

/** "\r\n"/"\r" -> "\n", NFC, no BOMs and no control characters (NUL, BEL, ESC, U+202E, ...; tabs stay). */
export function normaliseText(text: string): string {
  return stripControlChars(text).replace(/\ufeff/g, '').normalize('NFC');
}

// ---------------------------------------------------------------------------------------------------
// Markdown: front matter (gray-matter) + a light conversion of Markdown syntax to plain text.

function splitFrontMatter(text: string): { fm: string | null; body: string } {
  if (!/^---[ \t]*\n/.test(text)) return { fm: null, body: text };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!close) return { fm: null, body: text };
  const end = 3 + close.index + close[0].length;
  return { fm: text.slice(4, 3 + close.index + 1), body: text.slice(end) };
}

function markdownToText(md: string, images: { src: string; alt: string }[]): string {
  return md
    .split('\n')
    .map((line) => {
      let l = line;
      l = l.replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1'); // headings -> their text
      l = l.replace(/^\s{0,3}>\s?/, ''); // block quotes
      l = l.replace(/^\s{0,3}(?:[-*_]\s*){3,}$/, ''); // horizontal rules
      l = l.replace(/!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, (_m, alt: string, src: string) => {
        images.push({ src, alt }); // alt text describes the image: kept in `images`, not in the text
        return '';
      });
      l = l.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'); // links -> their text
      l = l.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2');
      l = l.replace(/(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1');
      return l;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------
// HTML: Readability on a linkedom document.

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, dt, dd';

function blockText(root: any): string[] {
  const out: string[] = [];
  const blocks = root.querySelectorAll(BLOCKS) as any[];
  for (const el of blocks) {
    // Nested blocks (a <p> inside an <li>) are read once, at the innermost level.
    if (el.querySelector && el.querySelector(BLOCKS)) continue;
    const t = String(el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  if (!out.length) {
    const t = String(root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
    if (t) out.push(...t.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean));
  }
  return out;
}

function meta(document: any, selector: string, attr = 'content'): string | undefined {
  const v = document.querySelector(selector)?.getAttribute(attr);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/**
 * Readability walks the tree recursively and in time that grows with the square of the nesting: a page
 * nested ~5,000 elements deep overflows its stack (and 2,000 take a minute). Real pages stay far below
 * this depth; deeper ones are read without it (the body minus its page furniture).
 */
const MAX_READABLE_DEPTH = 200;

/**
 * Beyond this the HTML parser itself slows down with the square of the depth (a 5 MB file of nested
 * <div>s would take many minutes) and near 20,000 it can run out of stack: such a file is skipped before
 * it is parsed.
 */
const MAX_HTML_NESTING = 10_000;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** An upper estimate of the element nesting of an HTML text, by counting tags (unclosed <p>s count as open). */
export function htmlNestingEstimate(html: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[3] || VOID_ELEMENTS.has(m[2].toLowerCase())) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Depth of the deepest element, counted without recursion (the tree may be arbitrarily deep). */
function elementDepth(root: any): number {
  let max = 0;
  const stack: [any, number][] = root ? [[root, 1]] : [];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

function decodeHtml(html: string): { text: string; htmlMeta: NonNullable<DecodedArticle['htmlMeta']>; images: { src: string; alt: string }[] } {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const htmlMeta: NonNullable<DecodedArticle['htmlMeta']> = {};
  const title = meta(document, 'meta[property="og:title"]') ?? (document.querySelector('title')?.textContent?.trim() || undefined);
  if (title) htmlMeta.title = title.replace(/\s+/g, ' ');
  const site = meta(document, 'meta[property="og:site_name"]') ?? meta(document, 'meta[name="application-name"]');
  if (site) htmlMeta.siteName = site;
  const published =
    meta(document, 'meta[property="article:published_time"]') ??
    meta(document, 'meta[name="pubdate"]') ??
    meta(document, 'meta[name="date"]') ??
    meta(document, 'meta[itemprop="datePublished"]') ??
    meta(document, 'time[datetime]', 'datetime');
  if (published) htmlMeta.published = published;
  const url = meta(document, 'link[rel="canonical"]', 'href') ?? meta(document, 'meta[property="og:url"]');
  if (url) htmlMeta.url = url;
  const author = meta(document, 'meta[name="author"]');
  if (author) htmlMeta.byline = author;

  for (const el of document.querySelectorAll('script, style, noscript, template, iframe, svg, nav, form') as unknown as any[]) el.remove();

  // A page that marks its story up as one <article> holding most of the page's paragraph text needs no
  // content scoring: Readability (which serialises and re-scores the whole page, ~10x the cost of the
  // rest of ingest) is only run on pages without that structure.
  let parsed: { content?: unknown; byline?: string | null; siteName?: string | null } | null = null;
  const articles = document.querySelectorAll('article') as unknown as any[];
  if (articles.length === 1) {
    const art = articles[0];
    let inside = 0;
    let outside = 0;
    let count = 0;
    for (const p of document.querySelectorAll('p') as unknown as any[]) {
      const n = String(p.textContent ?? '').length;
      if (art.contains(p)) {
        inside += n;
        count++;
      } else outside += n;
    }
    if (count >= 3 && inside >= 500 && outside < inside * 0.25) parsed = { content: null };
  }
  if (!parsed && elementDepth(document.documentElement) <= MAX_READABLE_DEPTH) {
    try {
      // The serializer hands back Readability's own element, so the article is not re-parsed from HTML.
      parsed = new Readability(document as any, { charThreshold: 200, serializer: (node: unknown) => node }).parse();
    } catch {
      parsed = null;
    }
  }
  if (parsed?.byline && !htmlMeta.byline) htmlMeta.byline = parsed.byline.trim();
  if (parsed?.siteName && !htmlMeta.siteName) htmlMeta.siteName = parsed.siteName.trim();
  let root: any;
  if (parsed?.content) root = parsed.content;
  else {
    // Readability gives up on very short pages: fall back to the body without its page furniture.
    root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    for (const el of (root?.querySelectorAll('header, footer, aside') ?? []) as any[]) el.remove();
  }
  if (!root) return { text: '', htmlMeta, images: [] };
  const images: { src: string; alt: string }[] = [];
  for (const img of root.querySelectorAll('img') as any[]) {
    const src = img.getAttribute('src') ?? img.getAttribute('data-src') ?? '';
    if (src) images.push({ src, alt: stripControlChars(img.getAttribute('alt') ?? '').trim() });
  }
  return { text: blockText(root).join('\n\n'), htmlMeta, images };
}

export function decodeArticle(f: InputFile): DecodeResult {
  try {
    const format = formatOf(f.file);
    if (!format) return { ok: false, reason: 'unsupported file type' };
    const bytes = f.bytes;
    if (!bytes || bytes.length === 0) return { ok: false, reason: 'empty file' };
    const decoded = decodeBytes(bytes);
    if ('error' in decoded) return { ok: false, reason: decoded.error };
    const warnings: string[] = [];
    if (decoded.warning) warnings.push(decoded.warning);
    let text = normaliseText(decoded.text);
    let frontMatter: Record<string, unknown> = {};
    const doc: DecodedArticle = { file: f.file, format, text: '', encoding: decoded.encoding, frontMatter, warnings };
    if (format === 'md') {
      const { fm, body } = splitFrontMatter(text);
      if (fm !== null) {
        try {
          const parsed = matter(text, {}).data as unknown;
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontMatter = parsed as Record<string, unknown>;
          else warnings.push('front matter is not a map of fields; ignored');
        } catch (e) {
          const why = String((e as Error)?.message ?? e).split('\n')[0];
          warnings.push(`broken front matter (${why}); ignored, body used`);
        }
        text = body;
      }
      const images: { src: string; alt: string }[] = [];
      text = markdownToText(text, images);
      if (images.length) doc.images = images;
      doc.frontMatter = frontMatter;
    } else if (format === 'html') {
      if (htmlNestingEstimate(text) > MAX_HTML_NESTING) return { ok: false, reason: `HTML nested more than ${MAX_HTML_NESTING} elements deep (not an article page)` };
      const h = decodeHtml(text);
      text = normaliseText(h.text);
      doc.htmlMeta = h.htmlMeta;
      doc.images = h.images;
    }
    doc.text = text;
    return { ok: true, doc };
  } catch (e) {
    return { ok: false, reason: `could not decode (${String((e as Error)?.message ?? e).split('\n')[0]})` };
  }
}
