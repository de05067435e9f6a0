// Source metadata: title, outlet, publication date, wire agency, dateline. Read from what cleanArticle
// took out of the page (banners, date lines, bylines, datelines) and from the body's own wording, then
// overridden by whatever an analyst states (sources.yml, .md front matter). A date on the page is only
// the publication date when it is plausible: a site's "today" banner years after every date the story
// mentions is kept as page_date instead.
import type { CleanedArticle, DecodedArticle, SourceMeta, SourceOverride } from '../lib/types.ts';
import { datelineOf, isDateLine, readStampSegment, wordCount } from './clean.ts';
import { WEEKDAY, findDates, latestReferencedDate, latestStatedDay, monthsBetween, normaliseDate, yearsLookedBack } from './dates.ts';
import { AGENCY_ALT, SITE_WORDS, agencyName } from './lexicon.ts';
import { stripControlChars } from '../lib/text-safety.ts';
import { linkableUrl } from '../lib/url-safety.ts';

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
  while ((m = re.exec(body))) {
    if (m[0] === m[0].toUpperCase()) continue;
    const found = m[0].replace(/\s+/g, ' ');
    // "told the Daily Star" mid-sentence does not lower-case the name's own leading "The".
    return /^the /i.test(found) && /^The /.test(name) ? 'The' + found.slice(3) : found;
  }
  return name;
}

/** Words of site navigation menus ("Home | World | Politics | ..."): a menu line names no outlet. */
const NAV_WORDS = new Set(
  'home homepage world politics business economy markets sport sports opinion opinions culture arts tech technology science health entertainment lifestyle travel video videos photos contact about subscribe login search menu news latest region regional local national international africa asia europe americas middle-east gulf environment climate education podcasts weather jobs more'.split(' '),
);
const isNav = (seg: string): boolean => {
  const words = seg.toLowerCase().replace(/&/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.every((w) => NAV_WORDS.has(w) || w === 'and' || w === 'east');
};

/** Masthead words that end many outlet names ("The Valley Times", "Harbour News"): kept, not cut as site furniture. */
const MASTHEAD_RE = /^(?:Times|Post|Herald|Gazette|Tribune|Journal|Chronicle|Observer|Monitor|Express|Courier|Dispatch|Ledger|Review|News|Daily|Press|Standard|Mirror|Telegraph|Guardian|Star|Sun|Record|Register|Bulletin|Mail|Independent|Wire|Reporter|Sentinel|Examiner|Inquirer|Globe|Nation|Voice|Today|Weekly|Magazine)$/;

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
    return words.map((w, i) => (w.length <= 3 && !(i === 0 && /^THE$/.test(w)) ? w : w[0] + w.slice(1).toLowerCase())).join(' ');
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
      // A menu line ("Home | World | Politics | X Herald") is navigation: its one non-menu segment is the name.
      const segs = t.split(/\s*(?:[|·•—–]|\s-\s)\s*/).filter(Boolean);
      const nav = segs.filter(isNav).length;
      if (segs.length >= 3 && nav >= 2) {
        const rest = segs.filter((g) => !isNav(g) && !/^welcome to\b/i.test(g) && capitalisedName(g));
        const name = rest.length === 1 ? siteName(rest[0]!) : null;
        if (name) strong.push(name);
        continue;
      }
      if (segs.length >= 2 && !/^welcome to\b/i.test(segs[0]!) && !isNav(segs[0]!) && capitalisedName(segs[0]!)) {
        const name = siteName(segs[0]!);
        if (name) strong.push(name);
      }
      // A short all-caps banner line is the masthead itself ("HARBOUR NEWS", "THE VALLEY TIMES").
      const bare = clean(t);
      if (segs.length === 1 && bare === bare.toUpperCase() && /\p{Lu}{3,}/u.test(bare) && !/\d/.test(bare) && wordCount(bare) <= 5 && !isNav(bare)) {
        const name = siteName(bare);
        if (name && !agencyName(name)) strong.push(name);
      }
      // "X English ... News and Opinion from X Newspaper": the name before the site words, or after "from";
      // a line closing on "from The Valley Times" keeps its masthead word ("Times", "Daily").
      const fromEnd = /\bfrom\s+((?:The\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s*){1,5})$/u.exec(bare);
      const endName = fromEnd && capitalisedName(fromEnd[1]!.trim()) ? clean(fromEnd[1]!).split(' ') : null;
      const from = /\bfrom\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,5}?)(?=(?:Newspaper|News|Magazine|Daily|Online|Website|Network|Media|Group|TV|Channel)\b)/u.exec(t);
      if (endName && endName.length > 1 && MASTHEAD_RE.test(endName[endName.length - 1]!)) strong.push(endName.join(' '));
      else if (from) strong.push(clean(from[1]!));
      else if (endName) {
        while (endName.length > 1 && SITE_WORDS.has(endName[endName.length - 1]!.toLowerCase())) endName.pop();
        strong.push(endName.join(' '));
      }
      const words = t.replace(/^[|\s]+/, '').split(/\s+/);
      const lead: string[] = [];
      for (const w of words) {
        if (SITE_WORDS.has(w.toLowerCase().replace(/[^\p{L}-]/gu, ''))) {
          // "The Valley Times News, analysis ...": a capitalised masthead word still belongs to the name.
          if (lead.length && MASTHEAD_RE.test(w.replace(/[^\p{L}]/gu, '')) && lead.length < words.length - 1) lead.push(w.replace(/[,;:]+$/, ''));
          break;
        }
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
        // A timestamp's leftovers ("T11 00Z") are never a name: a name has a word of letters and no digits.
        if (residue && !/\d/.test(residue) && /\p{L}{2,}/u.test(residue) && capitalisedName(residue) && wordCount(residue) <= 4 && !isNav(residue)) weak.push(clean(residue));
      }
    }
  }
  return [...strong, ...weak.filter((c) => !agencyName(c))].filter((c) => c && wordCount(c) <= 6 && !isNav(c) && !/^\p{Ll}/u.test(c));
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

function cleanField(value: string | null | undefined): string | null {
  return (value && stripControlChars(value)) || null;
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

/** A date line with a time of day or a label: "08:31", "2:00:38 PM", "12:56 p.m.", "Published:", "date 2021-08-15". */
const STAMPED_RE = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|^(?:date line|byline) "(?:date|dated|published|posted|updated|last updated)\b/i;

/** An embedded post's signature ("— Valley Radio (@valleyradio) May 5, 2022") dates the post, not the page. */
const POST_SIGNATURE_RE = /\(@\w+\)|^[—–-]\s*\p{Lu}[^()]{0,60}\(@/u;

/**
 * The publication date the page states: its date lines (stamps, and dates in bylines), else a first
 * sentence that dates itself ("Today, 12 March 2025, the court ..."). When date lines disagree, a
 * site's "today" banner or an "updated" stamp is the later one, and a line whose date the body gives
 * as the day something happened is the story's subject (a timeline's title), not its stamp. A date
 * too long after the latest day the body states is kept as page_date only.
 */
function statedPublication(cleaned: CleanedArticle, body: string): { published: string | null; basis: string | null; page_date: string | null; warning: string | null } {
  const lines: { iso: string; text: string; kind: string }[] = [];
  for (const r of cleaned?.removed ?? []) {
    if (r.kind !== 'date' && r.kind !== 'byline') continue;
    if (POST_SIGNATURE_RE.test(r.text)) continue;
    const d = findDates(r.text)[0];
    if (d) lines.push({ iso: d.iso, text: r.text, kind: r.kind === 'byline' ? 'byline' : 'date line' });
  }
  let page_date: string | null = null;
  let found: { iso: string; basis: string } | null = null;
  if (lines.length) {
    let chosen = lines[0]!;
    if (lines.some((l) => l.iso !== chosen.iso)) {
      const told = new Set(findDates(body).map((d) => d.iso));
      const stamps = lines.filter((l) => !told.has(l.iso));
      const candidates = stamps.length ? stamps : lines;
      const latest = latestReferencedDate(body);
      const floor = latest && !latest.endsWith('-12-31') ? latest : null;
      const ok = candidates.filter((l) => !floor || monthsBetween(l.iso, floor) <= 0.1);
      const pool = ok.length ? ok : candidates;
      chosen = pool.reduce((a, b) => (b.iso < a.iso ? b : a));
      for (const l of lines) if (l.iso > chosen.iso && !page_date) page_date = l.iso;
    }
    found = { iso: chosen.iso, basis: `${chosen.kind} "${chosen.text}"` };
  } else {
    const first = cleaned?.sentences?.[0]?.text ?? '';
    const today = /^(?:Today|This (?:morning|afternoon|evening)),?\s+/i.exec(first);
    const d = today ? findDates(first.slice(today[0].length, today[0].length + 60))[0] : undefined;
    const lead = today && d ? first.slice(today[0].length, today[0].length + d.index) : '';
    if (d && new RegExp(`^(?:${WEEKDAY},?\\s*)?$`, 'i').test(lead)) found = { iso: d.iso, basis: `first sentence "${first.slice(0, today![0].length + d.index + d.length)}"` };
  }
  if (!found) return { published: null, basis: null, page_date, warning: null };
  // A stamp with its time of day ("31 January 2020 - 08:31") or a label ("Published:", "date") is the
  // page's own; a bare day banner may be the day the page was saved. Only days the body states can
  // refute the latter; a retrospective ("Five years ago, on ...") looks back further.
  if (STAMPED_RE.test(found.basis)) return { published: found.iso, basis: found.basis, page_date, warning: null };
  const latest = latestStatedDay(body);
  const allowed = MAX_MONTHS_AFTER_EVENTS + 12 * yearsLookedBack(body);
  if (latest && monthsBetween(latest, found.iso) > allowed) {
    return { published: null, basis: null, page_date: found.iso, warning: `page date ${found.iso} is years after the events the text reports; not taken as the publication date` };
  }
  return { published: found.iso, basis: found.basis, page_date, warning: null };
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
    const metaDate = normaliseDate(doc?.htmlMeta?.published);
    if (metaDate) {
      published = metaDate;
      published_basis = 'HTML meta (published time)';
    } else {
      const stated = statedPublication(cleaned, body);
      published = stated.published;
      published_basis = stated.basis;
      page_date = stated.page_date;
      if (stated.warning) warnings.push(stated.warning);
    }
  }

  // Wire
  const w = pick('wire');
  const wire = w.set ? w.value : findWire(cleaned, body, outlet).wire;

  const d = pick('dateline');
  const dateline = d.set ? d.value : datelineOf(cleaned);

  // Only an http(s) address is kept as the source's URL (it becomes a link on pages and in briefs).
  const u = pick('url');
  const declared = u.set ? u.value : (doc?.htmlMeta?.url ?? null);
  let url = linkableUrl(declared);
  if (declared && !url) warnings.push(`url "${declared.slice(0, 200)}" in ${u.set ? u.basis : 'the page metadata'} is not an http(s) address; ignored`);
  if (!u.set && !declared) {
    const line = cleaned?.removed.find((r) => r.kind === 'other' && /^(?:https?:\/\/|www\.)\S+$/i.test(r.text));
    // "www.example.org/a" printed in the text: a web address without its scheme.
    if (line) url = linkableUrl(/^www\./i.test(line.text) ? `https://${line.text}` : line.text);
  }

  const meta: SourceMeta = {
    id,
    file: doc?.file ?? cleaned?.file ?? '',
    // Metadata comes from front matter, sources.yml and HTML attributes, where entities and YAML escapes
    // can spell any character: control characters are removed here as they are from the text.
    title: cleanField(title),
    outlet: cleanField(outlet),
    published,
    published_basis,
    page_date,
    wire: cleanField(wire),
    dateline: cleanField(dateline),
    url: url || null,
    word_count: paragraphs.reduce((n, p) => n + wordCount(p), 0),
    format: doc?.format ?? 'txt',
    encoding: doc?.encoding ?? 'utf-8',
  };
  return { meta, warnings };
}

