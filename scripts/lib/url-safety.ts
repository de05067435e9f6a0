// The one rule for turning a URL from source metadata (front matter, sources.yml, a canonical link, a URL
// line in the text) into a link: only an absolute http(s) URL is ever linked. Anything else (javascript:,
// data:, vbscript:, relative paths, "www.x" without a scheme) stays unlinked.

/**
 * The URL to link to, or null when it must not be a link. Leading and trailing spaces are trimmed; a URL
 * with whitespace or control characters inside is refused, because browsers drop tabs and newlines from
 * URLs ("java\tscript:" is javascript:).
 */
export function linkableUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = value.trim();
  if (!/^https?:\/\//i.test(url)) return null;
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return null;
  return url;
}
