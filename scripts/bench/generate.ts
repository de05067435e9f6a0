// Deterministic generator of a realistic article corpus for the scale benchmark (issue 8).
// Why: the product must handle thousands of unseen scrapes; the five bundled articles are too few to time
// anything. The generator composes articles from templates and word lists over an invented cast, with the
// mess real scrapes carry (banners, crawl-date banners, captions, "Read more:" links, trailers, wire copies on
// two outlets, transliteration variants), so the benchmark stresses the same code paths as real input.
// Same n + seed -> byte-identical files; article i depends only on (seed, i), never on n.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Rng, makeRng, mixSeed, int, pick, chance, pickSkewed, hex } from './rng.ts';
import { type Cast, type Person, type Org, type Place, type Outlet, buildCast } from './cast.ts';
import * as L from './lexicon.ts';

export interface GeneratedArticle {
  file: string;
  content: string;
  /** Index of the article this one is a wire copy of (same agency story), or null. */
  wireOf: number | null;
  outlet: string;
  /** YYYY-MM-DD publication date. */
  published: string;
}

// Sentinels for quote marks and apostrophes: replaced by each outlet's house style at render time,
// so one wire story can appear with curly quotes on one outlet and straight ones on another.
const OQ = '\u0001';
const CQ = '\u0002';
const AP = '\u0003';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;
/** Chance that a story is a wire story run by two outlets: ~10% of files end up as copies. */
const WIRE_P = 0.11;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Publication-date line shapes seen in scrapes; index = Outlet.dateStyle. */
function dateLine(style: number, d: Date, outlet: Outlet, rng: Rng): string {
  const wd = WEEKDAYS[d.getUTCDay()];
  const day = d.getUTCDate();
  const mon = MONTHS[d.getUTCMonth()];
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

/** How an event date is written relative to the publication date ("on Sunday", "last week", "in March"). */
function when(rng: Rng, pub: Date): string {
  const k = pick(rng, [1, 1, 2, 3, 4, 5, 6, 8, 10, 20, 35, 50, 0]);
  const e = new Date(pub.getTime() - k * DAY_MS);
  const wd = WEEKDAYS[e.getUTCDay()];
  const mon = MONTHS[e.getUTCMonth()];
  if (k === 0) return pick(rng, ['today', 'earlier today', 'on ' + wd]);
  if (k === 1) return pick(rng, ['yesterday', `on ${wd}`, `on ${wd} night`]);
  if (k < 7) return pick(rng, [`on ${wd}`, `on ${wd}`, `on ${wd} evening`, `on ${mon} ${e.getUTCDate()}`]);
  if (k < 14) return pick(rng, ['last week', `on ${e.getUTCDate()} ${mon}`, `on ${mon} ${e.getUTCDate()}`]);
  if (e.getUTCMonth() === pub.getUTCMonth()) return pick(rng, ['earlier this month', `on ${e.getUTCDate()} ${mon}`]);
  return pick(rng, [`in ${mon}`, `on ${mon} ${e.getUTCDate()}, ${e.getUTCFullYear()}`, `last month`, `in early ${mon}`]);
}

/** Per-article writing state: which actors were already introduced, in which spelling. */
class Writer {
  private introduced = new Set<Person>();
  private orgsIntroduced = new Set<Org>();
  constructor(
    readonly rng: Rng,
    readonly cast: Cast,
    readonly outlet: Outlet,
    readonly pub: Date,
    readonly agency: string | null,
  ) {}

  /** The outlet's habitual spelling of a surname, with an occasional inconsistency inside one article. */
  surname(p: Person): string {
    const forms = [p.surname, ...p.variants];
    let v = this.outlet.spelling % forms.length;
    if (chance(this.rng, 0.05)) v = int(this.rng, 0, forms.length - 1);
    return forms[v];
  }

  /** First mention: title + full name; later: surname only (article dropped half the time) or pronoun. */
  person(p: Person, allowPronoun = false): string {
    if (!this.introduced.has(p)) {
      this.introduced.add(p);
      return `${p.title ? p.title + ' ' : ''}${p.given} ${this.surname(p)}`;
    }
    if (allowPronoun && chance(this.rng, 0.3)) return p.female ? 'she' : 'he';
    const s = this.surname(p);
    if (chance(this.rng, 0.5)) {
      const bare = s.replace(/^(?:al|Al|el)-/, '');
      return cap(bare);
    }
    return s;
  }

  /** Person with role apposition on first mention ("Dr. X Y, a researcher at the ..."). */
  personWithRole(p: Person): string {
    const first = !this.introduced.has(p);
    const name = this.person(p);
    return first ? `${name}, ${p.role},` : name;
  }

  isIntroduced(p: Person): boolean {
    return this.introduced.has(p);
  }

  /** Organisation: acronym defined on first mention, then used. */
  org(o: Org): string {
    if (!this.orgsIntroduced.has(o)) {
      this.orgsIntroduced.add(o);
      return o.acronym ? `the ${o.name} (${o.acronym})` : `the ${o.name}`;
    }
    if (o.acronym) return `the ${o.acronym}`;
    if (o.kind === 'ministry') return `the ${o.name.replace('Ministry of ', '').toLowerCase()} ministry`;
    return `the ${o.name}`;
  }

  place(p: Place): string {
    if (p.variants.length && this.outlet.spelling > 0) return p.variants[(this.outlet.spelling - 1) % p.variants.length];
    return p.name;
  }

  when(): string {
    return when(this.rng, this.pub);
  }
}

interface Story {
  headline: string;
  /** Lead paragraph first; may begin with a dateline. */
  paragraphs: string[];
  /** Blocks of boilerplate to weave in: captions, "Read more" lines, subheadings. */
  captions: string[];
  readMore: string[];
  dateline: string;
}

/** Composes the body of one story (outlet-independent except for spelling habits). */
function composeStory(w: Writer, topic: L.Topic): Story {
  const { rng, cast } = w;
  const people = [pickSkewed(rng, cast.people), pickSkewed(rng, cast.people), pickSkewed(rng, cast.people), pick(rng, cast.people)];
  const uniqPeople = [...new Set(people)];
  const orgs = [...new Set([pickSkewed(rng, cast.orgs, 1.6), pickSkewed(rng, cast.orgs, 1.6), pick(rng, cast.orgs)])];
  const places = [...new Set([pickSkewed(rng, cast.places, 1.8), pick(rng, cast.places), pick(rng, cast.places)])];
  const country = pickSkewed(rng, cast.countries, 1.5);
  const main = uniqPeople[0];
  const p = (): Person => pick(rng, uniqPeople);
  const o = (): Org => pick(rng, orgs);
  const pl = (): Place => pick(rng, places);
  // Only wire copy says "told AFP"; an outlet's own story quotes people talking to it or to reporters.
  const agency = w.agency ?? pick(rng, ['reporters', 'local television', w.outlet.name.replace(/^The /, 'the ')]);
  const group = orgs.find((x) => x.kind === 'group') ?? null;

  const quote = (): string => {
    const r = int(rng, 0, 9);
    switch (r) {
      case 0: return `${pick(rng, L.QUOTE_OPENERS)} ${pick(rng, L.YIELD_VERBS)} until ${pick(rng, topic.conditions)}`;
      case 1: return `${cap(pick(rng, topic.issues))} is a red line for us`;
      case 2: return `The government must ${pick(rng, topic.actions)} before it is too late`;
      case 3: return `There is no solution to ${pick(rng, topic.issues)} except dialogue`;
      case 4: return `What happened in ${w.place(pl())} was a crime, and those responsible will be held to account`;
      case 5: return `We are ready to ${pick(rng, topic.actions)}, but we will not accept threats`;
      case 6: return `Our patience is running out`;
      case 7: return `We have nothing to do with ${pick(rng, topic.eventNouns)}`;
      case 8: return `If they cross this line, they will pay a heavy price`;
      default: return `The people of ${w.place(pl())} deserve ${pick(rng, topic.demands)}`;
    }
  };

  const sentences: Record<string, () => string> = {
    quoteSaidFull: () => {
      const s = p();
      const first = !w.isIntroduced(s);
      return `${OQ}${quote()},${CQ} said ${w.person(s)}${first ? `, ${s.role}` : ''}.`;
    },
    quoteSaidAfter: () => `${OQ}${quote()},${CQ} ${w.person(p(), true)} said.`,
    quoteColon: () => `${cap(w.personWithRole(p()))} said: ${OQ}${quote()}.${CQ}`,
    quoteUnnamed: () => `${OQ}${quote()},${CQ} said ${pick(rng, L.UNNAMED)}.`,
    quoteTold: () => `${OQ}${quote()},${CQ} ${w.person(p(), true)} told ${agency}.`,
    partialQuote: () => `${cap(w.person(p()))} warned that ${OQ}${quote().replace(/^./, (c) => c.toLowerCase())}${CQ}.`,
    spokesman: () => `A spokesman for ${w.org(o())} said the group would ${OQ}${pick(rng, topic.actions)}${CQ} if necessary.`,
    reportedThat: () => `${cap(w.personWithRole(p()))} said that ${pick(rng, topic.clauses)}.`,
    according: () => `According to ${w.org(o())}, ${pick(rng, topic.clauses)}.`,
    toldAgency: () => `${cap(w.person(p()))} told ${agency} that ${pick(rng, topic.clauses)}.`,
    denial: () => `${cap(w.org(o()))} denied any involvement in ${pick(rng, topic.eventNouns)}.`,
    accusation: () => `${cap(w.org(o()))} accused ${w.person(p())} of ${pick(rng, topic.wrongdoings)}.`,
    responsibility: () => `${cap(w.org(o()))} claimed responsibility for ${pick(rng, topic.eventNouns)} in a statement ${w.when()}.`,
    threat: () => `${cap(w.person(p()))} threatened to ${pick(rng, topic.actions)} unless ${pick(rng, topic.conditions)}.`,
    officials: () => `Officials in ${w.place(pl())} said ${pick(rng, topic.clauses)}, without giving details.`,
    callFor: () => `${cap(w.personWithRole(p()))} called for ${pick(rng, topic.demands)}.`,
    attack: () => `${pick(rng, L.ATTACKERS)} ${pick(rng, L.ATTACK_VERBS)} ${pick(rng, L.TARGETS)} in ${w.place(pl())} ${w.when()}, ${pick(rng, L.OUTCOMES)}.`,
    attackFirst: () => `${cap(w.when())}, ${pick(rng, L.ATTACKERS).toLowerCase()} ${pick(rng, L.ATTACK_VERBS)} ${pick(rng, L.TARGETS)} on the outskirts of ${w.place(pl())}.`,
    arrest: () => `${pick(rng, L.FORCES)} arrested ${pick(rng, ['two', 'three', 'five', 'a dozen', 'several'])} ${group ? `members of ${w.org(group)}` : 'suspects'} in ${w.place(pl())} ${w.when()} in connection with ${pick(rng, topic.eventNouns)}.`,
    meeting: () => {
      const a = p();
      let b = p();
      if (b === a) b = pick(rng, cast.people);
      return `${cap(w.person(a))} met ${w.person(b)} in ${w.place(pl())} ${w.when()} to discuss ${pick(rng, topic.issues)}.`;
    },
    protest: () => `${pick(rng, L.CROWDS)} protested in ${w.place(pl())} ${w.when()} against ${pick(rng, topic.issues)}.`,
    killing: () => `${cap(pick(rng, L.VICTIMS))} was shot dead in ${w.place(pl())} ${w.when()}, ${pick(rng, ['police said', 'according to relatives', 'in what his supporters called an assassination'])}.`,
    announce: () => `${cap(w.org(o()))} announced ${w.when()} that it would ${pick(rng, topic.actions)}.`,
    agreement: () => {
      const a = o();
      let b = o();
      if (b === a) b = pick(rng, cast.orgs);
      return `${cap(w.org(a))} and ${w.org(b)} signed an agreement in ${w.place(pl())} ${w.when()} on ${pick(rng, topic.issues)}.`;
    },
    background: () => pick(rng, L.BACKGROUND),
    country: () => `${country.name}${AP}s government has faced mounting criticism over ${pick(rng, topic.issues)} since ${pick(rng, MONTHS)}.`,
    epithet: () => `${cap(main.epithet)} has repeatedly rejected calls for ${pick(rng, topic.demands)}.`,
  };
  const keys = Object.keys(sentences);

  const place0 = pl();
  const dateline = chance(rng, 0.45) ? `${w.place(place0).toUpperCase()} – ` : '';
  // Lead: the main actor and an event.
  const lead = `${cap(w.personWithRole(main))} ${pick(rng, ['faced growing pressure', 'came under fire', 'won cautious support'])} over ${pick(rng, topic.issues)} ${w.when()}, as ${pick(rng, topic.clauses)}.`;
  const paragraphs = [dateline + lead];
  const target = int(rng, 520, 680);
  let words = lead.split(' ').length;
  while (words < target) {
    const n = pick(rng, [1, 1, 2, 2, 3]);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(sentences[pick(rng, keys)]());
    const para = parts.join(' ');
    words += para.split(' ').length;
    paragraphs.push(para);
  }

  const hl = [
    `${w.surname(main).replace(/^(?:al|Al|el)-/, '')} Under Pressure Over ${pick(rng, topic.headlineNouns)} in ${w.place(place0)}`,
    `${pick(rng, topic.headlineNouns)} in ${w.place(place0)} Deepens Rift With ${orgs[0].acronym ?? orgs[0].name}`,
    `${cap(pick(rng, topic.demands))}: ${pick(rng, L.CROWDS)} Rally in ${w.place(place0)}`,
    `${country.name} Braces for New ${pick(rng, topic.headlineNouns)} as Talks Stall`,
  ];
  const headline = pick(rng, hl);

  const captions: string[] = [];
  if (chance(rng, 0.6)) {
    const cp = pick(rng, uniqPeople);
    captions.push(`${cp.title ? cp.title + ' ' : ''}${cp.given} ${w.surname(cp)} ${pick(rng, L.CAPTION_SCENES)} ${w.place(pl())}. (${pick(rng, L.AGENCIES)})`);
  }
  if (chance(rng, 0.4)) captions.push(`${pick(rng, L.PHOTO_SCENES)} ${w.place(pl())}. Photo: ${pick(rng, L.PHOTOGRAPHERS)}/${pick(rng, L.AGENCIES)}`);
  const readMore: string[] = [];
  if (chance(rng, 0.4)) readMore.push(`Read more: ${pick(rng, topic.headlineNouns)} in ${pick(rng, cast.places).name}: ${pick(rng, ['What We Know', 'Five Questions', 'Timeline', 'Explainer'])}`);
  if (chance(rng, 0.15)) readMore.push(`READ MORE: ${pick(rng, cast.countries).name} ${pick(rng, topic.headlineNouns)} Enters Second Week`);
  return { headline, paragraphs, captions, readMore, dateline };
}

/** Lays out one story as the text of a scraped page of `outlet`. */
function layout(rng: Rng, story: Story, outlet: Outlet, pub: Date, edit: 'none' | 'wire-copy', agency: string | null): string[] {
  const blocks: string[] = [];
  if (outlet.banner.length) blocks.push(outlet.banner.join(chance(rng, 0.5) ? '\n' : '\n\n'));
  if (outlet.crawlBanner) {
    // A crawl-date banner: the date the page was scraped, posing as a publication date.
    const crawl = new Date(pub.getTime() + int(rng, 200, 1400) * DAY_MS);
    blocks.push(`${WEEKDAYS[crawl.getUTCDay()]}, ${MONTHS[crawl.getUTCMonth()]} ${crawl.getUTCDate()}, ${crawl.getUTCFullYear()}`);
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

/** Corpus time span: 12-24 months, seed-dependent, so dates are spread like a real collection. */
function span(seed: number): { start: number; days: number } {
  const r = makeRng(mixSeed(seed, 0xda7e));
  const start = Date.UTC(2019 + int(r, 0, 3), int(r, 0, 11), 1);
  return { start, days: int(r, 365, 730) };
}

function pubDate(rng: Rng, seed: number): Date {
  const { start, days } = span(seed);
  return new Date(start + int(rng, 0, days - 1) * DAY_MS + int(rng, 5, 22) * 3_600_000 + int(rng, 0, 59) * 60_000);
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
  const topic = pick(rng, L.TOPICS);
  const outletA = pick(rng, cast.outlets);
  const pub = pubDate(rng, seed);
  const agency = isWire ? pick(rng, L.AGENCIES) : null;
  // Wire stories use the agency's canonical spelling on every outlet (spelling 0 writer).
  const writerOutlet: Outlet = isWire ? { ...outletA, spelling: 0 } : outletA;
  const story = composeStory(new Writer(rng, cast, writerOutlet, pub, agency), topic);
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
  return { file, content, wireOf: asWireCopy ? i - 1 : null, outlet: outlet.name, published: iso(published) };
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
