// Social preview cards: every actor and event page gets a 1200×630 PNG card drawn from an SVG we generate
// (no external fonts or images). Cards are content-addressed: the PNG's name is a hash of the SVG text, and
// the PNG is kept in <cacheDir>/og/, so a warm build copies files instead of rasterising them. Which page
// gets which card is planned on every build (planPreviewCards); the PNGs are drawn and copied into the
// site in the background while pages render (writePreviewCards, the preview-cards job of site/jobs.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { ActorRecord, EventRecord } from '../lib/types.ts';
import { MONTH_NAMES } from '../lib/months.ts';
import { previewCardPath } from './addresses.ts';
import { CONCURRENCY, COPY_CONCURRENCY, errText, mapLimit, place, sha, writeAtomic } from './image-io.ts';
import { cleanText, emWidth, escapeXml, wrapText } from './svg-text.ts';

/** Bump when the card layout changes: part of the card hash, so old cached PNGs are not reused. */
const CARD_VERSION = 'og-card-v1';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** "2020-01-03" -> "3 January 2020", "2020-01" -> "January 2020", "2020" -> "2020"; anything else as is. */
export function dateLabel(d: string | null | undefined): string {
  if (typeof d !== 'string') return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return cleanText(d);
  const month = m[2] ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (m[2] && !month) return d;
  if (m[3]) return `${Number(m[3])} ${month} ${m[1]}`;
  if (month) return `${month} ${m[1]}`;
  return m[1];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}



export interface CardText {
  /** Kicker above the title: "Person", "Event · attack". */
  kind: string;
  title: string;
  /** Line under the title: date and counts. */
  detail: string;
  /** Accent colour (#rrggbb). */
  accent: string;
}

const ACCENTS: Record<string, string> = {
  person: '#9a3412',
  organization: '#1e4e79',
  place: '#2f6b3a',
  event: '#6b2e5f',
};

export function actorCard(a: ActorRecord): CardText {
  const sources = new Set<string>();
  let mentions = 0;
  for (const m of Array.isArray(a.mentions) ? a.mentions : []) {
    if (!m) continue;
    sources.add(String(m.source));
    mentions += Number.isFinite(m.count) ? m.count : 0;
  }
  const type = typeof a.type === 'string' ? a.type : 'actor';
  return {
    kind: type === 'organization' ? 'Organisation' : type.charAt(0).toUpperCase() + type.slice(1),
    title: typeof a.name === 'string' ? a.name : String(a.id ?? ''),
    detail: `Named ${plural(mentions, 'time')} in ${plural(sources.size, 'source')}`,
    accent: ACCENTS[type] ?? ACCENTS.event,
  };
}

export function eventCard(e: EventRecord): CardText {
  const parts: string[] = [];
  const date = dateLabel(e.date);
  if (date) parts.push(date);
  const reports = Number.isFinite(e.independent_reports) ? e.independent_reports : 0;
  parts.push(plural(reports, 'independent report'));
  const nSources = Array.isArray(e.sources) ? e.sources.length : 0;
  if (nSources !== reports) parts.push(plural(nSources, 'source'));
  return {
    kind: `Event${e.type && e.type !== 'other' ? ' · ' + String(e.type) : ''}`,
    title: typeof e.title === 'string' ? e.title : String(e.id ?? ''),
    detail: parts.join(' · '),
    accent: ACCENTS.event,
  };
}

const FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

/** A small SVG card: no external fonts or images, so librsvg renders it in a few ms. */
export function cardSvg(c: CardText): string {
  const accent = /^#[0-9a-fA-F]{6}$/.test(c.accent) ? c.accent : ACCENTS.event;
  const textWidth = 1008; // 96 px margins inside 1200
  // Big type when the title fits on two lines, smaller and up to three lines otherwise.
  let titleSize = 68;
  let title = wrapText(c.title, textWidth / titleSize, 2, emWidth);
  if (title.length && title[title.length - 1].endsWith('…') && !c.title.trim().endsWith('…')) {
    titleSize = 54;
    title = wrapText(c.title, textWidth / titleSize, 3, emWidth);
  }
  const lineH = Math.round(titleSize * 1.2);
  // Title block centred between the kicker (y 120) and the detail line (y 470).
  const firstBaseline = Math.round(295 - ((title.length - 1) * lineH) / 2 + titleSize * 0.35);
  const tspans = title
    .map((l, i) => `<tspan x="96" y="${firstBaseline + i * lineH}">${escapeXml(l)}</tspan>`)
    .join('');
  const detail = wrapText(c.detail, textWidth / 32 / 0.85, 1, emWidth)[0] ?? '';
  const kind = wrapText(c.kind.toUpperCase(), textWidth / 30 / 1.1, 1, emWidth)[0] ?? '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#f7f5f0"/>` +
    `<rect width="24" height="${OG_HEIGHT}" fill="${accent}"/>` +
    `<text x="96" y="120" font-family="${FONT}" font-size="30" font-weight="bold" letter-spacing="3" fill="${accent}">${escapeXml(kind)}</text>` +
    `<text font-family="${FONT}" font-size="${titleSize}" font-weight="bold" fill="#1a1a1a">${tspans}</text>` +
    `<text x="96" y="470" font-family="${FONT}" font-size="32" fill="#404040">${escapeXml(detail)}</text>` +
    `<rect x="96" y="520" width="1008" height="3" fill="#d6d1c4"/>` +
    `<text x="96" y="580" font-family="${FONT}" font-size="36" font-weight="bold" fill="#1a1a1a">Dossier</text>` +
    `</svg>`
  );
}

/** Rasterise a card into the content-addressed cache (if absent) and return the cached path. */
async function renderCard(svg: string, hash: string, cacheDir: string): Promise<string> {
  const cached = path.join(cacheDir, 'og', `${hash}.png`);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3, adaptiveFiltering: false }).toBuffer();
  await writeAtomic(cached, png);
  return cached;
}

/** Individual preview cards per kind of page (actors, events); beyond it pages share their kind's card. */
export const OG_CARD_LIMIT = 100;

/** The shared card of a kind of page. */
export function kindCard(kind: string): CardText {
  const label: Record<string, [string, string]> = {
    person: ['Person', 'Person profile'],
    organization: ['Organisation', 'Organisation profile'],
    place: ['Place', 'Place profile'],
    event: ['Event', 'Event record'],
  };
  const [k, title] = label[kind] ?? ['Actor', 'Actor profile'];
  return { kind: k, title, detail: 'Sources, claims and events, each linked to its sentence', accent: ACCENTS[kind] ?? ACCENTS.event };
}

/**
 * Every actor and event page with its card: the `limit` most reported actors and events get their own
 * (ranked by independent sources, then mentions or sources, then id, so the choice is deterministic), the
 * others `card: null` (their kind's shared card).
 */
export function cardPagesOf(actors: ActorRecord[], events: EventRecord[], limit: number): { urlPath: string; kind: string; card: CardText | null }[] {
  const out: { urlPath: string; kind: string; card: CardText | null }[] = [];
  const actorRank = actors
    .filter((a) => a && typeof a.url_path === 'string')
    .map((a) => {
      const ms = Array.isArray(a.mentions) ? a.mentions : [];
      const sources = new Set(ms.map((m) => m?.source)).size;
      const mentions = ms.reduce((n, m) => n + (Number.isFinite(m?.count) ? m.count : 0), 0);
      return { a, sources, mentions };
    })
    .sort((x, y) => y.sources - x.sources || y.mentions - x.mentions || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  actorRank.forEach(({ a }, i) => out.push({ urlPath: a.url_path, kind: typeof a.type === 'string' ? a.type : 'actor', card: i < limit ? actorCard(a) : null }));
  const eventRank = events
    .filter((e) => e && typeof e.url_path === 'string')
    .map((e) => ({ e, reports: Number.isFinite(e.independent_reports) ? e.independent_reports : 0, sources: Array.isArray(e.sources) ? e.sources.length : 0 }))
    .sort((x, y) => y.reports - x.reports || y.sources - x.sources || (x.e.id < y.e.id ? -1 : x.e.id > y.e.id ? 1 : 0));
  eventRank.forEach(({ e }, i) => out.push({ urlPath: e.url_path, kind: 'event', card: i < limit ? eventCard(e) : null }));
  return out;
}


/** A page's card as the page names it (og:image). */
export interface PageCard {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** Every card of a build: its drawing by hash, and which cards are shared (one per kind of page). */
export interface CardPlan {
  /** url_path -> the page's card. */
  pages: Record<string, PageCard>;
  /** [hash, svg] of every card, by hash. */
  entries: [string, string][];
  /** The shared cards' hashes (drawn first: a card that fails falls back to its kind's card). */
  shared: Set<string>;
  /** A card's hash -> the hash of its kind's shared card. */
  fallbackOf: Map<string, string>;
}

/**
 * Which page gets which card, decided for every page on every build (cheap: text and a hash), so a page's
 * card never depends on which pages happened to change. Only the most significant pages get a card of
 * their own (rasterising costs ~10 ms a card, ten times a rendered page); the rest share one card per kind.
 */
export function planPreviewCards(actors: ActorRecord[], events: EventRecord[], limit = OG_CARD_LIMIT): CardPlan {
  const byHash = new Map<string, string>();
  const assigned: { urlPath: string; hash: string; alt: string; fallback: string }[] = [];
  const cardOf = (card: CardText) => {
    const svg = cardSvg(card);
    const hash = sha(CARD_VERSION + '\n' + svg);
    byHash.set(hash, svg);
    return hash;
  };
  const generic = new Map<string, { hash: string; alt: string }>();
  const genericCard = (kind: string) => {
    let g = generic.get(kind);
    if (!g) {
      const card = kindCard(kind);
      g = { hash: cardOf(card), alt: cleanText(`${card.kind}: ${card.title}. ${card.detail}`) };
      generic.set(kind, g);
    }
    return g;
  };
  for (const { urlPath, card, kind } of cardPagesOf(actors, events, limit)) {
    const g = genericCard(kind);
    if (card) assigned.push({ urlPath, hash: cardOf(card), alt: cleanText(`${card.kind}: ${card.title}. ${card.detail}`), fallback: g.hash });
    else assigned.push({ urlPath, hash: g.hash, alt: g.alt, fallback: g.hash });
  }
  const pages: Record<string, PageCard> = {};
  for (const r of assigned) pages[r.urlPath] = { url: previewCardPath(r.hash), width: OG_WIDTH, height: OG_HEIGHT, alt: r.alt };
  return {
    pages,
    entries: [...byHash].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    shared: new Set([...generic.values()].map((g) => g.hash)),
    fallbackOf: new Map(assigned.map((r) => [r.hash, r.fallback])),
  };
}

/**
 * Draws the cards the cache lacks, then copies every card the pages name into the site (`outDir`). Runs in
 * libvips threads while pages render, so it uses the second core. A card that cannot be drawn is replaced
 * by its kind's card; every problem is a line for `warn`.
 */
export async function writePreviewCards(plan: CardPlan, cacheDir: string, outDir: string, warn: (line: string) => void): Promise<void> {
  const missing = plan.entries.filter(([hash]) => !existsSync(path.join(cacheDir, 'og', `${hash}.png`)));
  const failed = new Set<string>();
  // Shared cards first: a card that fails falls back to its kind's card.
  missing.sort((a, b) => Number(!plan.shared.has(a[0])) - Number(!plan.shared.has(b[0])));
  await mapLimit(missing, CONCURRENCY, async ([hash, svg]) => {
    try {
      await renderCard(svg, hash, cacheDir);
    } catch (e) {
      failed.add(hash);
      warn(`preview card ${hash}: could not be rendered (${errText(e)}); the page shows its kind's card`);
    }
  });
  await mapLimit(plan.entries, COPY_CONCURRENCY, async ([hash]) => {
    const from = failed.has(hash) ? plan.fallbackOf.get(hash) : hash;
    if (!from || failed.has(from)) return;
    try {
      await place(path.join(cacheDir, 'og', `${from}.png`), path.join(outDir, previewCardPath(hash)));
    } catch (e) {
      warn(`preview card ${hash}: could not be copied into the site (${errText(e)}); skipped`);
    }
  });
}
