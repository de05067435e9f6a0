// Source metadata: title, outlet, publication date, wire agency, dateline. Read from what cleanArticle
// took out of the page (banners, date lines, bylines, datelines) and from the body's own wording, then
// overridden by whatever an analyst states (sources.yml, .md front matter). A date on the page is only
// the publication date when it is plausible: a site's "today" banner years after every date the story
// mentions is kept as page_date instead.
import type { CleanedArticle, DecodedArticle, SourceMeta, SourceOverride } from '../types.ts';
import { datelineOf, isDateLine, readStampSegment, wordCount } from './clean.ts';
import { findDates, latestReferencedDate, monthsBetween, normaliseDate } from './dates.ts';
import { AGENCY_ALT, SITE_WORDS, agencyName } from './lexicon.ts';

/** A page date this many months after the latest date the body mentions cannot be the publication date. */
const MAX_MONTHS_AFTER_EVENTS = 18;

const FRONT_MATTER_ALIASES: Record<string, keyof SourceOverride> = {
  title: 'title', headline: 'title',
  outlet: 'outlet', publisher: 'outlet', publication: 'outlet', site: 'outlet', site_name: 'outlet', source: 'outlet',
  published: 'published', date: 'published', published_at: 'published', pubdate: 'published',
  wire: 'wire', agency: 'wire',
  dateline: 'dateline',
  url: 'url', link: 'url', canonical: 'url', canonical_url: 'url',
};

/** The overriding fields a .md front matter states (aliases such as `date` and `publisher` accepted). */
export function overrideFromFrontMatter(fm: Record<string, unknown> | undefined): SourceOverride {
  const out: SourceOverride = {};
  if (!fm || typeof fm !== 'object') return out;
  for (const [k, v] of Object.entries(fm)) {
    const field = FRONT_MATTER_ALIASES[k.toLowerCase()];
    if (!field || field in out) continue;
    if (v === null) out[field] = null;
    else if (v instanceof Date) out[field] = v.toISOString().slice(0, 10);
    else if (typeof v === 'string' || typeof v === 'number') out[field] = String(v).trim();
  }
  return out;
}

function has(o: SourceOverride | undefined, f: keyof SourceOverride): boolean {
  return !!o && Object.prototype.hasOwnProperty.call(o, f) && o[f] !== undefined;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s|•·:\-–—]+|[\s|•·:!,\-–—]+$/g, '').trim();
}

/** The body's own spelling of a name ("Al-Wadi Al-Akhdar" for a banner's "Al-Wadi al-akhdar"). */
function bodyCasing(name: string, body: string): string {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // The first mention that is not shouted; a body that only shouts the name does not change it.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'giu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) if (m[0] !== m[0].toUpperCase()) return m[0].replace(/\s+/g, ' ');
  return name;
}

function capitalisedName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 6 && /^\p{Lu}/u.test(s) && words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|the|and|al|el|de|du|la|le|news)$/i.test(w) || /^\p{Lu}/u.test(w));
}

/** "NORTHERN STANDARD ONLINE" -> "Northern Standard": edition words dropped, shouted names title-cased (acronyms kept). */
function siteName(seg: string): string | null {
  const words = clean(seg).split(/\s+/);
  while (words.length > 1 && /^(?:online|english|edition|website|site|home|homepage|\.com|com|net|digital)$/i.test(words[words.length - 1]!)) words.pop();
  const name = words.join(' ');
  if (!name || !/\p{L}/u.test(name)) return null;
  if (name === name.toUpperCase() && /\p{Lu}{4,}/u.test(name))
    return words.map((w) => (w.length <= 3 ? w : w[0] + w.slice(1).toLowerCase())).join(' ');
  return name;
}

/** Outlet names stated by the page furniture, best first. */
function outletCandidates(cleaned: CleanedArticle): string[] {
  const strong: string[] = [];
  const weak: string[] = [];
  for (const r of cleaned.removed) {
    const t = r.text;
    if (r.kind === 'banner' || r.kind === 'date' || r.kind === 'byline' || r.kind === 'trailer') {
      const welcome = /welcome to\s+(.{2,60}?)\s*(?:[|!.]|$)/i.exec(t);
      if (welcome) strong.push(clean(welcome[1]!));
      const labelled = /\b(?:source|publisher|published by)\s*[:：]\s*([^|–—\n]{2,60}?)\s*(?:[|–—]|\s-\s|$)/i.exec(t);
      // "Source: AFP" names the wire, not the outlet.
      if (labelled && !agencyName(clean(labelled[1]!))) strong.push(clean(labelled[1]!));
    }
    if (r.kind === 'banner') {
      // "Site Name | Section, Section | Subscribe": the first bar-separated segment names the site.
      const segs = t.split(/\s*(?:[|·•—–]|\s-\s)\s*/).filter(Boolean);
      if (segs.length >= 2 && !/^welcome to\b/i.test(segs[0]!) && capitalisedName(segs[0]!)) {
        const name = siteName(segs[0]!);
        if (name) strong.push(name);
      }
      // "X English ... News and Opinion from X Newspaper": the name before the site words, or after "from".
      const from = /\bfrom\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,5}?)(?=(?:Newspaper|News|Magazine|Daily|Online|Website|Network|Media|Group|TV|Channel)\b)/u.exec(t);
      if (from) strong.push(clean(from[1]!));
      const words = t.replace(/^[|\s]+/, '').split(/\s+/);
      const lead: string[] = [];
      for (const w of words) {
        if (SITE_WORDS.has(w.toLowerCase().replace(/[^\p{L}-]/gu, ''))) break;
        lead.push(w);
      }
      if (lead.length && lead.length < words.length && lead.length <= 5) weak.push(clean(lead.join(' ')));
    }
    if (r.kind === 'date') {
      // A site name beside the stamp: "yesterday at 09:12 Valley Radio – 5 May 2022".
      for (const seg of t.split(/\s*[|–—•]\s*|\s+-\s+/)) {
        const s = readStampSegment(seg);
        if (s.label || !seg.trim()) continue;
        const residue = s.dates.length || s.hasTime || s.relative ? s.residue : isDateLine(seg) ? '' : seg.trim();
        if (residue && capitalisedName(residue) && wordCount(residue) <= 4) weak.push(clean(residue));
      }
    }
  }
  return [...strong, ...weak.filter((c) => !agencyName(c))].filter((c) => c && wordCount(c) <= 6);
}

const TOLD_RE = new RegExp(
  `\\b(?:told|telling|speaking to|spoke to|in an interview with|interviewed by|contacted by|in remarks to|in a statement to)\\s+(?:the\\s+)?(${AGENCY_ALT})(?![\\p{L}])`,
  'gu',
);
const LEARNED_RE = new RegExp(`(?<![\\p{L}])(${AGENCY_ALT})\\s+(?:has\\s+)?(?:learned|learnt|was told)\\b`, 'gu');

/** The agency the story comes from, from a dateline "(AFP) –", a byline "AFP with ...", or "told AFP" reporting. */
function findWire(cleaned: CleanedArticle, body: string, outlet: string | null): { wire: string | null; basis: string | null } {
  const notOutlet = (name: string | null) => (name && (!outlet || outlet.toLowerCase() !== name.toLowerCase()) ? name : null);
  for (const r of cleaned.removed) {
    if (r.kind === 'dateline') {
      const m = new RegExp(`\\((${AGENCY_ALT})\\)`).exec(r.text);
      const w = notOutlet(m ? agencyName(m[1]!) : null);
      if (w) return { wire: w, basis: 'dateline' };
    }
  }
  for (const r of cleaned.removed) {
    if (r.kind !== 'byline') continue;
    // "AFP with additional input by ...", "By Jane Doe, AFP" — but not "additional reporting by Reuters",
    // where the agency only contributed to the outlet's own story.
    const re = new RegExp(`(?<![\\p{L}])(${AGENCY_ALT})(?![\\p{L}])`, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(r.text))) {
      const before = r.text.slice(Math.max(0, m.index - 40), m.index);
      if (/\b(?:additional|contribut\w*|also|input|help|assistance)\b[^;,)]*$/i.test(before)) continue;
      const w = notOutlet(agencyName(m[1]!));
      if (w) return { wire: w, basis: 'byline' };
    }
  }
  const counts = new Map<string, number>();
  const count = (form: string | undefined) => {
    const name = form ? agencyName(form) : null;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  let m: RegExpExecArray | null;
  TOLD_RE.lastIndex = 0;
  while ((m = TOLD_RE.exec(body))) count(m[1]);
  if (/\b(?:learned|learnt|was told)\b/.test(body)) {
    LEARNED_RE.lastIndex = 0;
    while ((m = LEARNED_RE.exec(body))) count(m[1]);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [name, n] of counts) if (n > bestN && notOutlet(name)) [best, bestN] = [name, n];
  return best ? { wire: best, basis: `body reports "told ${best}" ${bestN}x` } : { wire: null, basis: null };
}

function titleFromHtml(t: string | undefined, site: string | undefined): string | null {
  if (!t) return null;
  let s = t.trim();
  if (site) {
    const esc = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    s = s.replace(new RegExp(`\\s*[|–—-]\\s*${esc}\\s*$`, 'i'), '').replace(new RegExp(`^${esc}\\s*[|–—-]\\s*`, 'i'), '');
  } else s = s.replace(/\s+[|]\s+[^|]{1,40}$/, '');
  return s || null;
}

export function extractMetadata(
  doc: DecodedArticle,
  cleaned: CleanedArticle,
  id: string,
  override?: SourceOverride,
): { meta: SourceMeta; warnings: string[] } {
  const warnings: string[] = [];
  const fm = overrideFromFrontMatter(doc?.frontMatter);
  const pick = <K extends keyof SourceOverride>(f: K): { set: boolean; value: string | null; basis: string } => {
    if (has(override, f)) return { set: true, value: (override![f] ?? null) as string | null, basis: 'sources.yml' };
    if (has(fm, f)) return { set: true, value: (fm[f] ?? null) as string | null, basis: 'front matter' };
    return { set: false, value: null, basis: '' };
  };
  const paragraphs = cleaned?.paragraphs ?? [];
  const body = paragraphs.join('\n');

  // Title
  const t = pick('title');
  const title = t.set ? t.value : (cleaned?.title ?? titleFromHtml(doc?.htmlMeta?.title, doc?.htmlMeta?.siteName));

  // Outlet
  const o = pick('outlet');
  let outlet: string | null;
  if (o.set) outlet = o.value;
  else {
    const cand = doc?.htmlMeta?.siteName ?? outletCandidates(cleaned)[0] ?? null;
    outlet = cand ? bodyCasing(cand, body) : null;
  }

  // Published
  const p = pick('published');
  let published: string | null = null;
  let published_basis: string | null = null;
  let page_date: string | null = null;
  if (p.set) {
    published = p.value === null ? null : normaliseDate(p.value);
    published_basis = p.basis;
    if (p.value !== null && !published) warnings.push(`published "${p.value}" in ${p.basis} is not a date; ignored`);
  } else {
    let found: { iso: string; basis: string; fromText: boolean } | null = null;
    const metaDate = normaliseDate(doc?.htmlMeta?.published);
    if (metaDate) found = { iso: metaDate, basis: 'HTML meta (published time)', fromText: false };
    else {
      for (const r of cleaned?.removed ?? []) {
        if (r.kind !== 'date') continue;
        const d = findDates(r.text)[0];
        if (d) {
          found = { iso: d.iso, basis: `date line "${r.text}"`, fromText: true };
          break;
        }
      }
    }
    if (found) {
      const latest = found.fromText ? latestReferencedDate(body) : null;
      if (latest && monthsBetween(latest, found.iso) > MAX_MONTHS_AFTER_EVENTS) {
        page_date = found.iso;
        warnings.push(`page date ${found.iso} is years after the events the text reports; not taken as the publication date`);
      } else {
        published = found.iso;
        published_basis = found.basis;
      }
    }
  }

  // Wire
  const w = pick('wire');
  const wire = w.set ? w.value : findWire(cleaned, body, outlet).wire;

  const d = pick('dateline');
  const dateline = d.set ? d.value : datelineOf(cleaned);

  const u = pick('url');
  let url: string | null = u.set ? u.value : (doc?.htmlMeta?.url ?? null);
  if (!u.set && !url) {
    const line = cleaned?.removed.find((r) => r.kind === 'other' && /^(?:https?:\/\/|www\.)\S+$/i.test(r.text));
    if (line) url = line.text;
  }

  const meta: SourceMeta = {
    id,
    file: doc?.file ?? cleaned?.file ?? '',
    title: title || null,
    outlet: outlet || null,
    published,
    published_basis,
    page_date,
    wire: wire || null,
    dateline: dateline || null,
    url: url || null,
    word_count: paragraphs.reduce((n, p) => n + wordCount(p), 0),
    format: doc?.format ?? 'txt',
    encoding: doc?.encoding ?? 'utf-8',
  };
  return { meta, warnings };
}

