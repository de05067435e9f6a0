// Where the site is served: its base path ("/" at the root of a host, "/dossier/" for a GitHub project
// page) and its public URL. Pages are written with root-relative site paths ("/actors/x/", as in
// dossier.json's url_path); Eleventy's HTML base plugin prefixes the links in HTML, and everything built
// outside Eleventy (search bundles, preview-card and feed URLs, exports, briefs) goes through these helpers.

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
