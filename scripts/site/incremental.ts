// Incremental rendering (issue 8): which entity pages (source, actor, event) must be rendered again.
// Eleventy's --incremental only helps a long-running watcher; a one-shot build decides itself. Every
// entity page gets a fingerprint of exactly the data it renders plus the templates and site-wide settings;
// a manifest in the cache (manifest.ts: url -> fingerprint, and the size and time of the file it produced) says what the
// previous site holds, so unchanged pages are linked or copied from it into the staging folder.
import fs from 'node:fs';
import path from 'node:path';
import { createHash, hash } from 'node:crypto';
import type { ClaimCard, ClaimGroup, ClusterView, EventCard, SiteViews, SourceCard, SourceRow } from './views/index.ts';
import { digestText, type RecordDigests } from './record-digests.ts';

// UTF-16 code units hashed as they are: lossless, and about twice as fast as encoding the (long) JSON to UTF-8.
const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p, 'utf16le').update('\u0000');
  return h.digest('hex');
};

/**
 * Files whose change can change an entity page: the layouts and partials, the actor and event page
 * templates, template data files, the Eleventy config, the template filters (addresses.ts) and the
 * preview-card renderer. CSS is not among
 * them (pages link to it, they do not embed it), nor are the templates of the global pages (always
 * rendered) or the curation file (its effect reaches the pages through their data).
 */
export function templateHash(root: string, settings: Record<string, unknown>): string {
  const h = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string, keep: (file: string) => boolean) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        // Generated source Markdown may be written under content/sources/; assets are copied, not rendered.
        if (p !== path.join(root, 'content', 'sources') && p !== path.join(root, 'content', 'assets')) walk(p, keep);
      } else if (keep(p)) files.push(p);
    }
  };
  walk(path.join(root, '_includes'), () => true);
  walk(path.join(root, '_data'), (f) => /\.(?:js|cjs|mjs|json)$/.test(f));
  walk(path.join(root, 'content'), (f) => /\.(?:json|11tydata\.[cm]?js)$/.test(f));
  for (const f of [
    'content/actors/actor.njk',
    'content/events/event.njk',
    '.eleventy.js',
    'scripts/site/preview-cards.ts',
    'scripts/site/svg-text.ts',
    'scripts/site/addresses.ts',
    'node_modules/@11ty/eleventy/package.json',
    'node_modules/markdown-it/package.json',
  ]) {
    files.push(path.join(root, f));
  }
  for (const f of files) {
    h.update(path.relative(root, f)).update('\u0000');
    try {
      h.update(fs.readFileSync(f));
    } catch {
      h.update('missing');
    }
    h.update('\u0000');
  }
  h.update(JSON.stringify(settings));
  return h.digest('hex');
}

/** A digest of a source page's generated Markdown (what its page fingerprint is made from). */
export function markdownDigest(text: string): string {
  return sha(text);
}

/**
 * url -> fingerprint of each source, actor and event page and of each page of a paginated list (claims of
 * one kind, a month of the timeline, the source list, discrepancies), from exactly what its template shows:
 * the generated Markdown of a source, the view model of an actor (with the compilation date its printed
 * brief carries) or an event. Images are added by the caller once they are known.
 */
export function pageFingerprints(input: {
  views: SiteViews;
  /** markdownDigest of a source's generated Markdown (by source id). */
  markdownDigest: (id: string) => string | undefined;
  /** A source page's fingerprint when its inputs are unchanged since the last build (skips its Markdown). */
  knownSource?: (id: string, url: string) => string | undefined;
  globalHash: string;
  /** Hash of a list page's template (fileHash); without it only the template's name counts. */
  listTemplateHash?: (template: string) => string;
  /** Given the hashes of the claim and event cards (each holds its record whole), for the data files. */
  digests?: RecordDigests;
}): Map<string, string> {
  const { views, globalHash } = input;
  const out = new Map<string, string>();
  for (const s of views.sources) {
    const known = input.knownSource?.(s.id, s.url_path);
    if (known !== undefined) {
      out.set(s.url_path, known);
      continue;
    }
    const digest = input.markdownDigest(s.id);
    if (digest !== undefined) out.set(s.url_path, sha(globalHash, 'source', digest));
  }
  const compiled = views.meta.compiled ?? '';
  const h = cardHashes(input.digests);
  for (const e of views.events) out.set(e.event.url_path, sha(globalHash, 'event', h.event(e)));
  if (input.digests) for (const e of views.events) input.digests.cover(e.event, h.event(e));
  const withEventHashes = <T extends { events: EventCard[] }>(x: T) => ({ ...x, events: x.events.map(h.event) });
  const groupHashes = (g: ClaimGroup) => ({ ...g, lead: h.claim(g.lead), versions: g.versions.map(h.claim) });
  // The ego graph is a long SVG string: hashed as it is rather than escaped into the JSON. The actor record
  // stands as its digest (the data files' digest of it: serialised once), each source card as its hash.
  for (const v of views.actors) {
    const { egoSvg, ...rest } = v;
    const shown = {
      ...withEventHashes(rest),
      actor: h.record(rest.actor),
      statementsBy: rest.statementsBy.map(groupHashes),
      statementsAbout: rest.statementsAbout.map(groupHashes),
      sources: rest.sources.map((s) => ({ ...s, source: h.source(s.source) })),
      notes: rest.notes.map((n) => ({ ...n, source: h.source(n.source) })),
    };
    out.set(v.actor.url_path, sha(globalHash, 'actor', compiled, JSON.stringify(shown), egoSvg ?? ''));
  }
  // The pages of paginated lists: their page's slice of the list and their own template, plus the
  // corpus-wide counts and dates for the lists whose heading or footer shows them (claims and timeline
  // pages leave them out, as entity pages do, so a new article does not touch every one of them).
  const meta = JSON.stringify(views.meta);
  const lists: [string, { url: string }[], boolean][] = [
    ['content/claims-pages.njk', views.claimPages, false],
    ['content/timeline-months.njk', views.timelinePages, false],
    ['content/sources-list.njk', views.sourcePages, true],
    ['content/discrepancies.njk', views.discrepancyPages, true],
  ];
  for (const [template, list, showsCounts] of lists) {
    const t = input.listTemplateHash?.(template) ?? template;
    for (const p of list) out.set(p.url, sha(globalHash, t, showsCounts ? meta : '', JSON.stringify(listShown(p, h))));
  }
  // Every claim's card is on a claims page, so its hash is known by now.
  if (input.digests) for (const c of views.claims) input.digests.cover(c.claim, h.claim(c));
  return out;
}

/**
 * What a list page shows, with each card by its hash: the events of a timeline page, the claims of a claims
 * page's clusters, the source record and the copies of a source list's rows (by digest and hash).
 */
function listShown(p: { url: string }, h: CardHashes): unknown {
  if ('events' in p && Array.isArray(p.events)) return { ...p, events: (p.events as EventCard[]).map(h.event) };
  if ('clusters' in p && Array.isArray(p.clusters)) return { ...p, clusters: (p.clusters as ClusterView[]).map((c) => ({ ...c, claims: c.claims.map(h.claim) })) };
  if ('sources' in p && Array.isArray(p.sources)) {
    return { ...p, sources: (p.sources as SourceRow[]).map((r) => ({ ...r, record: h.record(r.record), copies: r.copies.map(h.source) })) };
  }
  return p;
}

interface CardHashes {
  claim(card: ClaimCard): string;
  event(card: EventCard): string;
  /** A source card's hash (undefined for none, as the card's JSON leaves it out). */
  source(card: SourceCard | undefined): string | undefined;
  /** A record's digest (the data files': RecordDigests), or of its JSON when none are kept. */
  record(record: object): string;
}

/**
 * A card (an event, a claim, a source) is shown on its own page or list page and on many others: hashed
 * once (by object: the cards are complete, never changed once the views are built), and the cards and
 * pages that show it hash its hash. A claim card holds its source's card, an event card its accounts (the
 * event's own, by position) and their sources' cards: each stands as its hash or position in the card's
 * JSON, which still holds the claim or event record whole (RecordDigests.cover). Each replaced value is a
 * string or number where the card holds an object, so equal texts still mean equal cards.
 */
function cardHashes(digests: RecordDigests | undefined): CardHashes {
  // One call per card (55,000 at 4,000 articles): no Hash object each time. JSON.stringify's text is
  // well-formed (lone surrogates escaped), so its UTF-8 is lossless.
  const memo = new Map<object, string>();
  const once = (o: object, text: () => string): string => {
    let d = memo.get(o);
    if (d === undefined) {
      d = hash('sha256', text());
      memo.set(o, d);
    }
    return d;
  };
  const source = (card: SourceCard | undefined) => (card ? once(card, () => JSON.stringify(card)) : undefined);
  return {
    source,
    claim: (card) => once(card, () => JSON.stringify({ ...card, source: source(card.source) })),
    event: (card) =>
      once(card, () => {
        const accounts = card.accounts.map((a) => {
          const i = card.event.accounts.indexOf(a.account);
          return { ...a, account: i >= 0 ? i : a.account, source: source(a.source) };
        });
        return JSON.stringify({ ...card, accounts });
      }),
    record: (record) => digests?.of(record) ?? digestText(JSON.stringify(record)),
  };
}

/** Hash of one template file (for the list pages' fingerprints). */
export function fileHash(root: string, file: string): string {
  try {
    return sha(file, fs.readFileSync(path.join(root, file), 'utf8'));
  } catch {
    return sha(file, 'missing');
  }
}

/**
 * Puts the previous build's files of unchanged pages and other reused files (site-relative paths, e.g.
 * preview cards) into the staging folder:
 * hard links where the file system allows (the previous site is never written to, and is removed after
 * the swap), copies otherwise.
 */
export function reusePages(previousDir: string, staging: string, urls: string[], files: string[]): void {
  let link = true;
  // Folders made so far: one plain mkdir per page folder instead of a recursive one (which stats every
  // ancestor), thousands of times on a rebuild.
  const made = new Set<string>();
  const ensureDir = (dir: string): void => {
    if (made.has(dir)) return;
    const parent = path.dirname(dir);
    if (parent !== dir) ensureDir(parent);
    try {
      fs.mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    made.add(dir);
  };
  // No existence checks first (two more system calls a page, thousands of times on a rebuild): a missing
  // previous file (ENOENT) or one already in place (EEXIST) is simply skipped.
  const put = (rel: string) => {
    const from = path.join(previousDir, rel);
    const to = path.join(staging, rel);
    ensureDir(path.dirname(to));
    try {
      if (link) {
        try {
          fs.linkSync(from, to);
          return;
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw err;
          link = false;
        }
      }
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EEXIST') throw err;
    }
  };
  for (const url of urls) put(path.join(url.replace(/^\/+/, ''), 'index.html'));
  for (const f of files) put(f.replace(/^\/+/, ''));
}
