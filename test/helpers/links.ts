// A link checker over a built site: every internal href and #anchor must resolve to a file and an id.
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

export function checkLinks(siteDir: string): { pages: number; links: number; broken: BrokenLink[] } {
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
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decode(m[1]);
      if (/^(https?:|mailto:|data:|javascript:)/i.test(href) || href === '') continue;
      links++;
      const [p, anchor] = href.split('#');
      let target: string;
      if (p === '') target = file;
      else {
        const abs = p.startsWith('/') ? path.join(siteDir, p) : path.join(path.dirname(file), p);
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
