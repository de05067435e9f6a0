// A link checker over a built site: every internal href, src, srcset and preview-card URL and every #anchor
// must resolve to a file and an id. For a site built with --base-path, a root-relative link must start with
// the base path (as it is served) and resolves to the file below it.
import fs from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind') walk(p);
      } else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** URLs in an attribute: one for href, src and content; each candidate's URL for srcset. */
function urlsOf(attr: string, value: string): string[] {
  if (attr !== 'srcset') return [value];
  return value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean);
}

export function checkLinks(siteDir: string, opts: { basePath?: string } = {}): { pages: number; links: number; broken: BrokenLink[] } {
  const basePath = opts.basePath ?? '/';
  const files = htmlFiles(siteDir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const page = '/' + path.relative(siteDir, file).replace(/index\.html$/, '');
    const found = [...html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    // The preview card is a page's one root-relative URL outside href/src when the site URL is unknown.
    for (const m of html.matchAll(/<meta property="og:image" content="(\/[^"]*)"/g)) found.push(['content', m[1]]);
    for (const href of found.flatMap(([attr, value]) => urlsOf(attr, decode(value)))) {
      if (/^(https?:|mailto:|data:|javascript:)/i.test(href) || href === '') continue;
      links++;
      const [p, anchor] = href.split('#');
      if (p.startsWith('/') && !p.startsWith(basePath)) {
        broken.push({ page, href, reason: `outside the base path ${basePath}` });
        continue;
      }
      let target: string;
      if (p === '') target = file;
      else {
        const abs = p.startsWith('/') ? path.join(siteDir, p.slice(basePath.length - 1).split('?')[0]) : path.join(path.dirname(file), p.split('?')[0]);
        target = fs.existsSync(abs) && fs.statSync(abs).isDirectory() ? path.join(abs, 'index.html') : abs;
      }
      if (!fs.existsSync(target)) {
        broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) {
        broken.push({ page, href, reason: `no element with id "${anchor}"` });
      }
    }
  }
  return { pages: files.length, links, broken };
}
