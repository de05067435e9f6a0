// Every address of the site, spelled in one place (in the spirit of Quartz's util/path.ts): the page of a
// source, actor or event, a sentence's anchor, the pages of the paginated lists, briefs, images and search
// bundles; the base path the site is served under and its public URL; and the anchors whose page depends on
// pagination (claim clusters, discrepancies, months), resolved once per build from the page plan
// (page-plan.ts) and handed to the views, the summary and the change list, so no link is rewritten later.
//
// Pages are written with root-relative site paths ("/actors/x/", as in dossier.json's url_path); Eleventy's
// HTML base plugin prefixes the links in HTML with the base path, and everything built outside Eleventy
// (search bundles, preview-card and feed URLs, exports, briefs) goes through withBasePath/publicRoot here.
import path from 'node:path';

// ---------------------------------------------------------------------------------------------------
// Pages and anchors

/** A source's page (the contract's url_path of a source). */
export const sourcePath = (id: string): string => `/sources/${id}/`;
/** An actor's page (url_path of an actor). */
export const actorPath = (id: string): string => `/actors/${id}/`;
/** An event's page (url_path of an event). */
export const eventPath = (id: string): string => `/events/${id}/`;
/** The id of a sentence on its source page (the generated Markdown's `{#s-<n>}`). */
export const sentenceAnchor = (n: number): string => `s-${n}`;
/** A sentence of a source, on the source's page. */
export const sentenceHref = (sourceId: string, n: number): string => `${sourcePath(sourceId)}#${sentenceAnchor(n)}`;
/** An item with an id on a page ("/claims/threat/2/#k1"). */
export const anchorHref = (pagePath: string, id: string): string => `${pagePath}#${id}`;
/** An actor's printed brief (PDF). */
export const briefPath = (actorId: string): string => `/briefs/${actorId}.pdf`;

/** The first page of each list; later pages of a list are listPagePath(first, n). */
export const LIST_PATHS = {
  claims: '/claims/',
  timeline: '/timeline/',
  sources: '/sources/',
  discrepancies: '/discrepancies/',
} as const;
/** Page n of a paginated list whose page 1 is `first`: "/x/", "/x/2/", "/x/3/" ... */
export const listPagePath = (first: string, n: number): string => (n === 1 ? first : `${first}${n}/`);
/** The list of one kind of claims (slug of the kind). */
export const claimKindPath = (slug: string): string => `${LIST_PATHS.claims}${slug}/`;
/** A month ("yyyy-mm") or year of the timeline. */
export const monthPath = (month: string): string => `${LIST_PATHS.timeline}${month}/`;
/** Page n of the source list: later pages sit two segments deep (/sources/page/2/), where no source page can be. */
export const sourceListPath = (n: number): string => (n === 1 ? LIST_PATHS.sources : `${LIST_PATHS.sources}page/${n}/`);

/** Where eleventy-img's files are served. */
export const IMAGE_PATH = '/img/';
/** A preview card, named by the hash of its drawing. */
export const previewCardPath = (hash: string): string => `${IMAGE_PATH}og/${hash}.png`;
/** A Pagefind bundle: one for a small dossier, one per shard for a large one. */
export const searchBundlePath = (shard: string): string => (shard ? `/pagefind/${shard}/` : '/pagefind/');

/** The file a page's URL is written to inside a site folder. */
export function pageFile(siteDir: string, urlPath: string): string {
  return path.join(siteDir, urlPath.replace(/^\/+/, ''), 'index.html');
}

// ---------------------------------------------------------------------------------------------------
// Anchors that depend on pagination

/** Links to items of paginated lists: each reaches the page that really holds the item. */
export interface SiteAnchors {
  /** A claim cluster on its kind's claims page ("/claims/threat/2/#k1"); "/claims/" when no page holds it. */
  clusterHref(clusterId: string): string;
  /** A discrepancy on the discrepancies page that holds it; "/discrepancies/" when none does. */
  discrepancyHref(id: string): string;
  /** The first timeline page of a month ("yyyy-mm") or year. */
  monthHref(month: string): string;
}

/** Which items each page of a paginated list holds (from the page plan). */
export interface PagePlacement {
  clusterPages: { url: string; ids: string[] }[];
  discrepancyPages: { url: string; ids: string[] }[];
}

/** The anchors of a build, from where its page plan puts each item (the first page naming an item holds it). */
export function resolveAnchors(placement: PagePlacement): SiteAnchors {
  const holder = (pages: { url: string; ids: string[] }[]) => {
    const at = new Map<string, string>();
    for (const p of pages) for (const id of p.ids) if (!at.has(id)) at.set(id, anchorHref(p.url, id));
    return at;
  };
  const clusters = holder(placement.clusterPages);
  const discrepancies = holder(placement.discrepancyPages);
  return {
    clusterHref: (id) => clusters.get(id) ?? LIST_PATHS.claims,
    discrepancyHref: (id) => discrepancies.get(id) ?? LIST_PATHS.discrepancies,
    monthHref: monthPath,
  };
}

// ---------------------------------------------------------------------------------------------------
// The base path and the public URL

/** A path segment of unreserved characters (RFC 3986) and percent escapes: safe in HTML, JSON, CSS and XML as is. */
const SEGMENT = /^(?:[A-Za-z0-9\-._~]|%[0-9A-Fa-f]{2})+$/;

export type BasePathResult = { ok: true; basePath: string } | { ok: false; message: string };

/**
 * Validates --base-path and normalises it to start and end with "/" ("/dossier" -> "/dossier/"; "" -> "/",
 * as actions/configure-pages reports a site at the root of its host).
 */
export function parseBasePath(value: string): BasePathResult {
  const bad = (why: string): BasePathResult => ({ ok: false, message: `--base-path must be a path such as /dossier/ (${why}), got ${JSON.stringify(value)}` });
  if (value === '' || value === '/') return { ok: true, basePath: '/' };
  if (!value.startsWith('/')) return bad('it must start with "/"');
  if (value.startsWith('//')) return bad('"//" would name another host');
  const segments = value.replace(/^\/|\/$/g, '').split('/');
  for (const s of segments) {
    if (s === '') return bad('empty segment');
    if (s === '.' || s === '..') return bad(`"${s}" segment`);
    if (!SEGMENT.test(s)) return bad(`"${s}" may hold only letters, digits, - . _ ~ and %XX escapes`);
  }
  return { ok: true, basePath: `/${segments.join('/')}/` };
}

/** A root-relative site path ("/actors/x/") as served under the base path ("/dossier/actors/x/"). */
export function withBasePath(basePath: string, sitePath: string): string {
  if (basePath === '/' || !sitePath.startsWith('/')) return sitePath;
  return basePath + sitePath.slice(1);
}

/**
 * The public URL of the site's root (DOSSIER_SITE_URL): used as given when its path already ends with the
 * base path (a GitHub Pages URL does), else with the base path appended (a bare origin). Null when unknown.
 */
export function publicRoot(siteUrl: string | null, basePath: string): string | null {
  if (!siteUrl) return null;
  if (basePath === '/') return siteUrl;
  let pathname: string;
  try {
    pathname = new URL(siteUrl).pathname;
  } catch {
    return siteUrl;
  }
  const dir = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (dir.endsWith(basePath)) return siteUrl;
  return siteUrl.replace(/\/+$/, '') + basePath;
}

/** The absolute URL of a site path on the published site, or null when the site URL is unknown or malformed. */
export function absoluteUrl(siteUrl: string | null, basePath: string, sitePath: string | null | undefined): string | null {
  const root = publicRoot(siteUrl, basePath);
  if (!root || !sitePath) return null;
  try {
    return new URL(sitePath.replace(/^\/+/, ''), root.endsWith('/') ? root : `${root}/`).toString();
  } catch {
    return null;
  }
}

/**
 * A site path as a page's metadata names it (og:image), where no HTML transform adds the base path: under
 * the public root when it is known, else under the base path. `site` is the templates' `site` data.
 */
export function publicUrl(sitePath: string, site: { url?: string | null; basePath?: string } | null | undefined): string {
  return (site?.url || site?.basePath || '').replace(/\/$/, '') + sitePath;
}

// ---------------------------------------------------------------------------------------------------
// For the templates

/**
 * The addresses templates build from record fields, as Nunjucks filters (registered on Eleventy by the
 * render step and by the template tests): `{{ source | sentenceHref(n) }}`, `{{ id | briefPath }}`,
 * `{{ path | publicUrl(site) }}`.
 */
export const templateFilters = { sentenceHref, briefPath, publicUrl } as const;
