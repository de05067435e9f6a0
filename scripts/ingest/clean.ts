// Separates the article body from the page around it. Scraped text mixes the story with site banners,
// repeated headlines, date stamps, "Read more" links, photo captions, subheadings and trailers. The rules
// here look at a line's shape (terminal punctuation, length, capitalisation), its position (before the
// first body paragraph, after the last) and repetition, plus generic lexicons (lexicon.ts) — never at
// the strings of any particular site. Nothing is dropped silently: every piece taken out is in `removed`.
import type { CleanedArticle, DecodedArticle, RemovedBlock, RemovedKind, Sentence } from '../lib/types.ts';
import { MONTH_FORMS } from '../lib/months.ts';
import { findDates, WEEKDAY } from './dates.ts';
import { leadingLabelledStamp, trailingStamp } from './stamps.ts';
import { AGENCY_ALT, LABEL_LIST_RE, READ_MORE_RE, SITE_WORDS, TRAILER_RE } from './lexicon.ts';
import { splitSentences } from './sentences.ts';

// ---------------------------------------------------------------------------------------------------
// Line shape

const CLOSE = `["”’'»)\\]]*`;
const TERMINAL_RE = new RegExp(`[.!?…]${CLOSE}$`);
const ELLIPSIS_END_RE = new RegExp(`(?:\\.\\.\\.|…)${CLOSE}$`);

const LETTER_RE = /[\p{L}\p{N}]/u;

/** Words: runs of letters/digits joined by ' ’ . - (a hand loop: this runs on every paragraph). */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else word = c >= 0xd800 && c <= 0xdfff ? LETTER_RE.test(text.slice(i, i + 2)) : LETTER_RE.test(text[i]!);
    if (word) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < text.length && /[\p{L}\p{N}]/u.test(text[i + 1]!)) {
      // joiner inside a word: "don't", "U.S", "al-Amin"
    } else inWord = false;
  }
  return n;
}

function endsTerminal(u: string): boolean {
  return TERMINAL_RE.test(u);
}

/** A credit closing a caption: "(Reuters)", "(AFP/Getty Images)", "REUTERS/Jane Doe", "Photo: X", ". /Jane Doe/AFP". */
const CREDIT_END_RE = new RegExp(
  `(?:\\(\\s*(?:(?:${AGENCY_ALT})(?:\\s*[/|,]\\s*[^()]{1,40})?|[^()]{0,40}\\b(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ff]ile|Getty|EPA|[Cc]ourtesy|[Cc]redit|[Ss]upplied|[Hh]andout)\\b[^()]{0,40})\\s*\\)|\\b[A-Z]{2,}(?:\\s[A-Z]{2,}){0,2}\\/[\\p{L} .'’-]{2,40}|\\b(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Cc]redit)s?\\s*(?:by)?\\s*[:：]\\s*[^.]{1,60}|(?<=[.!?]\\s*)\\/[\\p{L} .'’-]{2,40}\\/[\\p{L}]{2,20})\\.?$`,
  'u',
);
const CAPTION_START_RE = /^(?:FILE(?: PHOTO)?|PHOTO|IMAGE|PICTURE|VIDEO)\s*[-–—:]\s*/;

function endsWithCredit(u: string): boolean {
  return CREDIT_END_RE.test(u);
}

/** A caption without the photo credit that ends it ("... in Gusau. Photo: Northern Standard/Aminu Bello" -> "... in Gusau."). */
export function withoutCredit(caption: string): string {
  const m = CREDIT_END_RE.exec(caption);
  return m ? caption.slice(0, m.index).trimEnd() : caption;
}

function isProse(u: string): boolean {
  if (!endsTerminal(u) || CAPTION_START_RE.test(u) || endsWithCredit(u)) return false;
  return /\p{L}\S*\s+\S/u.test(u);
}

/** "He told parliament:" as a paragraph of its own, the quotation it introduces opening the next one (a
 * style of British papers): prose, not a caption or a subheading. */
function leadsIntoQuote(u: string, next: string | undefined): boolean {
  return /\p{Ll}\S*\s+\S.*:$/u.test(u) && wordCount(u) >= 3 && !CAPTION_START_RE.test(u) && next !== undefined && /^["“‘'«]/.test(next);
}

const FUNCTION_WORD_RE = /\s(?:the|a|an|of|to|in|on|and|was|were|is|are|has|had|have|that|with|for|by|from|at|his|her|their|its|he|she|they|it)(?=\s)/g;

/**
 * Key points as a bulleted list ("• Leaders reached a deal today • Talks overran ..."): each point of
 * running prose is a paragraph of the article; a short one is page furniture ("• Home • Sport"). False
 * when the unit is no such list.
 */
function keyPoints(u: string, paragraphs: string[], remove: (kind: RemovedKind, t: string, meta?: boolean) => void): boolean {
  if (!/^\s*[•▪‣◦]\s/u.test(u)) return false;
  for (const p of u.split(/\s*[•▪‣◦]\s+/u).map((x) => x.trim()).filter(Boolean)) {
    if (wordCount(p) >= 6 && (p.match(FUNCTION_WORD_RE)?.length ?? 0) >= 2) paragraphs.push(p);
    else remove('banner', p, true);
  }
  return true;
}

/** A paragraph with no final stop: ten words or more of running prose, no credit, no caption marker. */
function isOpenProse(u: string): boolean {
  if (endsTerminal(u) || endsWithCredit(u) || CAPTION_START_RE.test(u) || !/^[\p{Lu}\p{N}"“‘'(]/u.test(u)) return false;
  // a quotation cut off after its first sentence ("‘We have begun ... . Our men") is speech, no caption
  if (/^["“‘']/u.test(u) && /[.!?]["”’']?\s+\p{Lu}/u.test(u)) return true;
  return wordCount(u) >= 10 && (u.match(FUNCTION_WORD_RE)?.length ?? 0) >= 3;
}

/** A long paragraph that merely lost its final stop (several sentences inside) is still prose. */
function isUnpunctuatedProse(u: string): boolean {
  return u.length >= 200 && !endsTerminal(u) && /[.!?]["”’]?\s+\p{Lu}/u.test(u) && wordCount(u) >= 40;
}

// ---------------------------------------------------------------------------------------------------
// Date / time stamp segments ("Monday, 28 December, 2020 - 07:15", "yesterday at 11:36 Site – 2 Dec 2020")

const TIME_RE = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?(?![\p{L}])/iu;
const RELATIVE_RE = /\b(?:yesterday|today|tonight|just now|an? (?:minute|hour|day|week)s? ago|\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago)\b/i;
const DATE_WORD_RE = new RegExp(
  `\\b(?:${WEEKDAY.replace('\\.?', '')}|${MONTH_FORMS.join('|')}|yesterday|today|tonight|ago|at|on|am|pm|a\\.m|p\\.m|GMT|UTC|[A-Z]{2,4}T|updated|published|posted|last|date|time|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|just|now|an?)\\b\\.?`,
  'gi',
);
const LABEL_RE = /^(?:source|sources|by|via|from|credit|author|authors|written by|photo|photos|publisher|published by|edited by)\s*[:：]?\s+\S/i;

/** What a stamp segment carries: dates, a time, a relative time, and the leftover words (a site name). */
export interface StampSegment {
  raw: string;
  dates: string[];
  hasTime: boolean;
  relative: boolean;
  /** Words left once date and time words are removed ("Valley Radio" from "yesterday at 09:12 Valley Radio"). */
  residue: string;
  /** "Source: X" / "By X": the label and its value. */
  label?: { label: string; value: string };
}

export function readStampSegment(seg: string): StampSegment {
  const raw = seg.trim();
  const lm = LABEL_RE.exec(raw);
  if (lm) {
    const m = /^([\p{L} ]+?)\s*[:：]?\s+(\S.*)$/u.exec(raw)!;
    return { raw, dates: [], hasTime: false, relative: false, residue: '', label: { label: m[1]!.toLowerCase(), value: m[2]!.trim() } };
  }
  const found = findDates(raw);
  let rest = raw;
  for (const d of [...found].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  const hasTime = TIME_RE.test(rest);
  const relative = RELATIVE_RE.test(rest);
  rest = rest
    .replace(new RegExp(TIME_RE.source, 'giu'), ' ')
    .replace(DATE_WORD_RE, ' ')
    .replace(/\b\d{1,4}(?:st|nd|rd|th)?\b/g, ' ')
    .replace(/[,;:/|()\[\]–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { raw, dates: found.map((d) => d.iso), hasTime, relative, residue: rest };
}

function isStamp(s: StampSegment): boolean {
  if (s.label) return true;
  if (!(s.dates.length || s.hasTime || s.relative || /^(?:\p{L}+\s*)?\d{4}$/u.test(s.raw))) {
    // A bare weekday/month-day stamp: "Monday", "Dec 2"
    if (!new RegExp(`^${WEEKDAY}$`, 'i').test(s.raw) && !/^(?:updated|published|posted)\b/i.test(s.raw)) return false;
  }
  return wordCount(s.residue) <= 4;
}

const SEGMENT_SPLIT_RE = /\s*[|•·]\s*|\s*[–—]\s*|\s+-\s+|^-\s+|\s+-$/;

/** A line made only of date/time stamps, labels ("Source: X") and at most a site name. */
export function isDateLine(u: string): boolean {
  // Stamp lines are short and do not end like a sentence (bar "a.m." / "p.m.").
  if (u.length > 200 || (endsTerminal(u) && !/\b(?:a\.m|p\.m|\p{L}{3})\.$/iu.test(u)) || /\s\p{Ll}+\s\p{Ll}+\s\p{Ll}+\s\p{Ll}+\s/u.test(u)) return false;
  const segs = u.split(SEGMENT_SPLIT_RE).map((s) => s.trim()).filter(Boolean);
  if (!segs.length) return false;
  let dated = false;
  for (const seg of segs) {
    if (READING_TIME_RE.test(seg)) continue; // "3 min read" beside the stamp
    const s = readStampSegment(seg);
    if (s.dates.length || s.hasTime || s.relative) dated = true;
    else if (/^(?:updated|published|posted)\b/i.test(seg) || new RegExp(`^${WEEKDAY}$`, 'i').test(seg)) dated = true;
    if (isStamp(s)) continue;
    // A short site name next to a stamp ("Valley Radio") is part of the stamp line.
    if (wordCount(seg) <= 4 && !/[.!?]$/.test(seg) && /^\p{Lu}/u.test(seg)) continue;
    return false;
  }
  return dated;
}

const READING_TIME_RE = /^\d{1,3}\s*(?:min|mins|minutes?)\s+read$/i;

function startsWithStamp(u: string): boolean {
  const cut = u.slice(0, 100).search(SEGMENT_SPLIT_RE);
  const first = cut < 0 ? u.slice(0, 100) : u.slice(0, cut);
  if (first.length > 80) return false;
  const s = readStampSegment(first);
  return (s.dates.length > 0 || s.hasTime || s.relative) && isStamp(s);
}

// ---------------------------------------------------------------------------------------------------
// Datelines ("LISBON –", "SUKKUR, Sindh Province –", "WASHINGTON, Dec 2 (Reuters) -", "Paris (AFP) -")

const CAPS_WORD = `\\p{Lu}[\\p{Lu}'’.-]+`;
const PLACE_WORD = `(?:\\p{Lu}[\\p{L}'’.-]*|of|and|the|al|el)`;
const DATELINE_RE = new RegExp(
  `^((?:${CAPS_WORD})(?:[ -]${CAPS_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,4}){0,2})` + // place
    `(?:,?\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?` + // date
    `\\s*(\\((?:${AGENCY_ALT})\\))?` + // agency
    `\\s*[–—-]{1,2}\\s*(?=[\\p{Lu}\\p{N}"“‘'])`,
  'u',
);
const MIXED_DATELINE_RE = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){0,2}(?:,\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3})?)` +
    `(?:,?\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?` +
    `\\s*(\\((?:${AGENCY_ALT})\\))\\s*[–—-]{1,2}\\s*(?=[\\p{Lu}\\p{N}"“‘'])`,
  'u',
);

export function matchDateline(u: string): { raw: string; place: string; agency: string | null } | null {
  const m = DATELINE_RE.exec(u) ?? MIXED_DATELINE_RE.exec(u);
  if (!m) return null;
  const place = m[1]!.trim();
  // The first word must be a real all-caps place word (not "I" or "US President ..."), unless an agency follows.
  const first = place.split(/[ ,]/)[0]!;
  if (!m[2] && (first.replace(/[^\p{Lu}]/gu, '').length < 3 || first !== first.toUpperCase())) return null;
  return { raw: m[0].trim(), place, agency: m[2] ? m[2].slice(1, -1) : null };
}

// ---------------------------------------------------------------------------------------------------
// Units: blank-line blocks, split into lines unless the block is hard-wrapped prose.

const ODD_CHARS_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/;
const ODD_SPACE_RE = /[^\S ]| {2}/;

function normaliseLine(line: string): string {
  let l = line;
  if (ODD_CHARS_RE.test(l)) l = l.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, '');
  if (ODD_SPACE_RE.test(l)) l = l.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ');
  return l.trim();
}

function toUnits(text: string): string[] {
  const units: string[] = [];
  for (const block of text.split(/\n[ \t\u00a0]*\n/)) {
    const lines = block.split('\n').map(normaliseLine).filter(Boolean);
    if (!lines.length) continue;
    const open = lines.slice(0, -1).filter((l) => !endsTerminal(l)).length;
    const avg = lines.reduce((a, l) => a + l.length, 0) / lines.length;
    // Hard-wrapped prose fills every line but the last to about the same width; a block of short page
    // furniture over a long paragraph ("Service :", "31 January 2020 - 08:31", "News ID: 4487") is not.
    const widest = Math.max(...lines.map((l) => l.length));
    const even = lines.slice(0, -1).every((l) => l.length >= widest * 0.6);
    const wrapped = lines.length >= 3 && open >= (lines.length - 1) / 2 && avg >= 30 && avg <= 110 && even;
    if (wrapped) units.push(lines.join(' '));
    else units.push(...lines);
  }
  return units;
}

function key(u: string): string {
  return u.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------
// Boilerplate classifiers

function isBanner(u: string): boolean {
  if (/^\|/.test(u) || /\|$/.test(u)) return true;
  if (/^(?:\|\s*)?welcome to\b/i.test(u)) return true;
  if (/(?:©|\bcopyright\b|all rights reserved)/i.test(u) && u.length < 200) return true;
  if (endsTerminal(u)) return false;
  const words = u.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const site = words.filter((w) => SITE_WORDS.has(w)).length;
  return site >= 3 || (words.length <= 6 && site >= 2);
}

const BYLINE_PHRASE_RE =
  /\b(?:additional (?:input|reporting)|reporting by|editing by|writing by|written by|compiled by|contributed (?:to )?(?:this )?report(?:ing)?|news desk|staff (?:writer|reporter)|with agencies|wire services)\b/i;
const AGENCY_LEAD_RE = new RegExp(`^(?:[-–—]\\s*)?(?:${AGENCY_ALT})(?:\\s*$|\\s*[/|,+&]|\\s+(?:with|and|via|contributed|staff)\\b)`);

function isByline(line: string): boolean {
  if (line.length > 160) return false;
  // "By Jane Roe, Staff Writer Nov. 27, 2019, at 12:56 p.m.": the stamp after the name is not a sentence end.
  const u = /^[Bb]y\s/.test(line) ? (trailingStamp(line)?.head ?? line) : line;
  const words = wordCount(u);
  if (/^[Bb]y\s+\p{Lu}/u.test(u) && words <= 12 && !/[.!?]["”]?$/.test(u.replace(/\b\p{Lu}\.$/u, ''))) return true;
  if (AGENCY_LEAD_RE.test(u) && words <= 16 && !endsTerminal(u)) return true;
  if (BYLINE_PHRASE_RE.test(u) && words <= 20 && (!endsTerminal(u) || /^(?:\(?reporting|editing|writing|compiled)/i.test(u))) return true;
  // "X contributed to this report." is a credit even as a full sentence.
  if (words <= 25 && /\bcontributed (?:to )?(?:this |the )?(?:report|story|article)(?:ing)?\.?$|^\(?(?:additional |also )?reporting by\b/i.test(u)) return true;
  return false;
}

function isTrailerLabel(u: string): boolean {
  if (u.length > 120) return false;
  const bare = u.replace(/^[\s|•·>»\-–—:]+|[\s|•·>»:\-–—]+$/g, '');
  return TRAILER_RE.test(bare) || LABEL_LIST_RE.test(bare);
}

function isReadMore(u: string): boolean {
  return READ_MORE_RE.test(u) && u.length < 300;
}

const URL_LINE_RE = /^(?:https?:\/\/|www\.)\S+$/i;

function stripDecoration(u: string): string {
  return u.replace(/^[\s\-–—•*#'"‘“«]+|[\s\-–—•*#'"’”»:]+$/g, '').trim();
}

// ---------------------------------------------------------------------------------------------------

/** A shouted masthead ("THE HARBOUR GAZETTE"): short, all caps, ending in a newspaper word. Not a headline. */
const MASTHEAD_END = /\s(?:TIMES|POST|HERALD|GAZETTE|TRIBUNE|JOURNAL|CHRONICLE|OBSERVER|MONITOR|EXPRESS|COURIER|DISPATCH|LEDGER|REVIEW|NEWS|DAILY|PRESS|STANDARD|MIRROR|TELEGRAPH|GUARDIAN|RECORD|REGISTER|BULLETIN|WIRE|REPORTER|SENTINEL|EXAMINER|INQUIRER|GLOBE)$/;
function isMasthead(u: string): boolean {
  return u.length <= 60 && u === u.toUpperCase() && !/\d/.test(u) && MASTHEAD_END.test(u) && wordCount(u) <= 5;
}

export function cleanArticle(doc: DecodedArticle): CleanedArticle {
  if (!doc) return { file: '', title: null, paragraphs: [], sentences: [], captions: [], subheadings: [], removed: [], metaLines: [] };
  const file = doc.file;
  const text = typeof doc.text === 'string' ? doc.text : '';
  const removed: RemovedBlock[] = [];
  const metaLines: string[] = [];
  const paragraphs: string[] = [];
  const captions: { n: number; text: string }[] = [];
  const subheadings: { before: number; text: string }[] = [];

  const remove = (kind: RemovedKind, t: string, meta = false) => {
    removed.push({ kind, text: t });
    if (meta) metaLines.push(t);
  };

  const units = joinBrokenUnits(text);
  let title: string | null = repeatedTitle(units);
  const titleKey = title ? key(title) : null;
  const trailerFrom = trailerStart(units);
  let lastUnit = trailerFrom - 1;
  while (lastUnit >= 0 && !/[\p{L}\p{N}]/u.test(units[lastUnit]!)) lastUnit--;
  let inBody = false;
  for (let i = 0; i < units.length; i++) {
    let u = units[i]!;
    if (i >= trailerFrom) {
      if (isByline(u)) remove('byline', u, true);
      else if (isDateLine(u)) remove('date', u, true);
      else remove('trailer', u);
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(u)) {
      remove('other', u);
      continue;
    }
    if (titleKey && Math.abs(u.length - title!.length) < 24 && key(u) === titleKey) {
      remove('headline', u);
      continue;
    }
    if (isReadMore(u)) {
      remove('read-more', u);
      continue;
    }
    if (isTrailerLabel(u)) {
      remove('trailer', u);
      continue;
    }
    if (URL_LINE_RE.test(u)) {
      remove('other', u, true);
      continue;
    }
    if (isDateLine(u)) {
      remove('date', u, true);
      continue;
    }
    if (isByline(u)) {
      remove('byline', u, true);
      continue;
    }
    if (/^\(\s*(?:[^()]{1,40})\s*\)\.?$/.test(u) && (endsWithCredit(u) || new RegExp(`^\\((?:${AGENCY_ALT})\\)`).test(u))) {
      remove('credit', u, true);
      continue;
    }

    if (keyPoints(u, paragraphs, remove)) continue;
    if (!inBody) {
      // Header zone: a labelled stamp glued before a headline or paragraph ("date 2021-08-15 Kabul: ...").
      const lead = leadingLabelledStamp(u);
      if (lead) {
        remove('date', lead.stamp, true);
        u = lead.rest;
      }
      // Header zone: peel what is glued to the start of the first paragraph.
      const peeled = peelPrefix(u, title);
      if (peeled.rest !== u && (isProse(peeled.rest) || isUnpunctuatedProse(peeled.rest))) {
        for (const r of peeled.removed) remove(r.kind, r.text, r.kind !== 'headline');
        if (peeled.headline && !title) title = peeled.headline;
        u = peeled.rest;
      }
      // A question or exclamation headline ("Is the truce over?") directly above the first paragraph.
      const next = units[i + 1];
      if (!title && /[?!]["”’]?$/.test(u) && !/^["“‘']/.test(u) && wordCount(u) <= 16 && next !== undefined && isProse(next) && wordCount(next) > wordCount(u) * 2) {
        title = u;
        remove('headline', u);
        continue;
      }
      if (isProse(u) || isUnpunctuatedProse(u)) {
        inBody = true;
        paragraphs.push(u);
        continue;
      }
      if (endsWithCredit(u) || CAPTION_START_RE.test(u)) {
        captions.push({ n: captions.length + 1, text: u });
        continue;
      }
      if (isBanner(u) || isMasthead(u)) {
        remove('banner', u, true);
        continue;
      }
      // A headline with the site's timestamp run on after it ("... in Idlib Thursday, May 7, 2020 2:00:38 PM").
      const stamped = !title ? trailingStamp(u) : null;
      if (stamped) {
        remove('date', stamped.stamp, true);
        u = stamped.head;
      }
      const words = wordCount(u);
      // (the page's first line may be a long tabloid headline: up to 45 words there)
      const longest = i === 0 && !/[.!?]\s+\p{Lu}/u.test(u) ? 45 : 30;
      if (!title && words >= 3 && words <= longest && u.length <= (i === 0 ? 320 : 250) && !/[.;:,]$/.test(u)) {
        title = u;
        remove('headline', u);
        continue;
      }
      if (words >= 6) captions.push({ n: captions.length + 1, text: u });
      else remove('banner', u, true);
      continue;
    }

    // Body zone. The last unit of a text cut off mid-sentence is still prose (a caption mid-text without
    // a credit is not: "A member of X carries a portrait of Y").
    if (isProse(u) || isUnpunctuatedProse(u) || (i === lastUnit && isOpenProse(u)) || leadsIntoQuote(u, units[i + 1])) {
      paragraphs.push(u);
      continue;
    }
    if (isBanner(u) && /^\||\|$|welcome to|©|copyright|rights reserved/i.test(u)) {
      remove('banner', u, true);
      continue;
    }
    const bare = stripDecoration(u);
    const words = wordCount(bare);
    if (!endsWithCredit(u) && !CAPTION_START_RE.test(u) && words >= 1 && words <= 8 && bare.length <= 70 && /^[\p{Lu}\p{N}]/u.test(bare)) {
      subheadings.push({ before: paragraphs.length, text: bare });
      remove('subheading', u);
      continue;
    }
    captions.push({ n: captions.length + 1, text: u });
  }

  // Subheadings with no paragraph after them are page furniture, not sections.
  while (subheadings.length && subheadings[subheadings.length - 1]!.before >= paragraphs.length) {
    const s = subheadings.pop()!;
    const r = [...removed].reverse().find((b) => b.kind === 'subheading' && stripDecoration(b.text) === s.text);
    if (r) r.kind = 'trailer';
  }

  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    for (const s of splitSentences(p)) sentences.push({ n: sentences.length + 1, text: s, paragraph: pi });
  });
  return { file, title, paragraphs, sentences, captions, subheadings, removed, metaLines };
}

/**
 * 1. Units, with sentences a scrape broke across blank lines rejoined: a unit with no final stop (or
 *    ending in an ellipsis) followed by one starting in lower case is one paragraph.
 */
function joinBrokenUnits(text: string): string[] {
  const units: string[] = [];
  for (const u of toUnits(text)) {
    const prev = units[units.length - 1];
    if (
      prev !== undefined &&
      /^["“‘'(…. ]*\p{Ll}/u.test(u) &&
      !startsWithStamp(u) &&
      (!endsTerminal(prev) || ELLIPSIS_END_RE.test(prev)) &&
      !isReadMore(prev) &&
      !isTrailerLabel(prev) &&
      !isDateLine(prev) &&
      !URL_LINE_RE.test(prev) &&
      !URL_LINE_RE.test(u)
    ) {
      units[units.length - 1] = `${prev} ${u}`;
    } else units.push(u);
  }
  return units;
}

/** 2. A headline repeated in the page header is the title. */
function repeatedTitle(units: string[]): string | null {
  const counts = new Map<string, number>();
  for (const u of units.slice(0, 40)) if (u.length <= 300 && !endsTerminal(u.replace(/[?!]$/, ''))) {
    const k = key(u);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const headerLimit = Math.min(units.length, 12);
  for (let i = 0; i < headerLimit; i++) {
    const u = units[i]!;
    if (u.length > 300) continue;
    const k = key(u);
    // (a photo caption repeated under the picture and in the text is no headline)
    if ((counts.get(k) ?? 0) >= 2 && wordCount(u) >= 3 && !isBanner(u) && !isDateLine(u) && !isReadMore(u) && !isTrailerLabel(u) && !isByline(u) && !endsWithCredit(u)) return u;
  }
  return null;
}

/**
 * 3. Trailer: from a trailer label near the end, when no real paragraph follows it (the index it starts
 *    at; units.length for none). Related-story lists can be punctuated, so only a real paragraph of 12+
 *    words stops the scan, and a trailer never starts before the first paragraph.
 */
function trailerStart(units: string[]): number {
  const firstProse = units.findIndex((u) => isProse(u));
  let trailerFrom = units.length;
  for (let i = units.length - 1; i > firstProse; i--) {
    const u = units[i]!;
    if (isProse(u) && wordCount(u) >= 12) break;
    if (isTrailerLabel(u)) trailerFrom = i;
  }
  return trailerFrom;
}

// ---------------------------------------------------------------------------------------------------
// The start of the first paragraph: a glued headline, a "(Site | Outlet)-" credit, date stamps, a dateline.

interface Peeled {
  rest: string;
  removed: RemovedBlock[];
  headline: string | null;
  dateline: string | null;
}

const GLUED_HEADLINE_RE = new RegExp(`^(.{15,250}?\\p{Ll})(?=${CAPS_WORD}(?:[ -]${CAPS_WORD}){0,3}(?:,[^–—-]{1,50})?\\s*(?:\\([^()]{1,30}\\))?\\s*[–—-]\\s)`, 'u');
const CREDIT_PREFIX_RE = /^\(([^()]{2,60})\)\s*[-–—:]+\s*/;

export function peelPrefix(unit: string, title: string | null): Peeled {
  const removed: RemovedBlock[] = [];
  let rest = unit;
  let headline: string | null = null;
  let dateline: string | null = null;

  if (title && rest.length > title.length + 10 && rest.startsWith(title)) {
    removed.push({ kind: 'headline', text: title });
    rest = rest.slice(title.length).trimStart();
  } else {
    const g = GLUED_HEADLINE_RE.exec(rest);
    if (g && !/[.!?]/.test(g[1]!) && matchDateline(rest.slice(g[1]!.length))) {
      headline = g[1]!.trim();
      removed.push({ kind: 'headline', text: headline });
      rest = rest.slice(g[1]!.length);
    }
  }

  // a page's labelled date glued to the first paragraph: " date 2022-01-17 Authorities in ..."
  const labelled = /^\s*date\s+\d{4}-\d{2}-\d{2}\s+(?=\S)/i.exec(rest);
  if (labelled) {
    removed.push({ kind: 'date', text: labelled[0].trim() });
    rest = rest.slice(labelled[0].length);
  }

  const credit = CREDIT_PREFIX_RE.exec(rest);
  if (credit) {
    removed.push({ kind: 'byline', text: credit[0].trim() });
    rest = rest.slice(credit[0].length);
  }

  // Leading stamp segments, each followed by a dash or bar.
  let stampEnd = 0;
  const segRe = /([^–—|]{1,80}?)\s*(?:[–—|]|\s-\s)\s*/y;
  for (let guard = 0; guard < 6; guard++) {
    segRe.lastIndex = stampEnd;
    const m = segRe.exec(rest);
    if (!m) break;
    const seg = readStampSegment(m[1]!);
    const dated = seg.dates.length > 0 || seg.hasTime || seg.relative;
    if (!dated || !isStamp(seg)) break;
    stampEnd = segRe.lastIndex;
  }
  if (stampEnd > 0) {
    removed.push({ kind: 'date', text: rest.slice(0, stampEnd).trim() });
    rest = rest.slice(stampEnd);
  }

  const d = matchDateline(rest);
  if (d) {
    removed.push({ kind: 'dateline', text: d.raw });
    dateline = d.place;
    rest = rest.slice(d.raw.length).trimStart();
  }
  return { rest, removed, headline, dateline };
}

/** The dateline place cleanArticle took off the body ("LISBON", "SUKKUR, Sindh Province"), or null. */
export function datelineOf(cleaned: CleanedArticle): string | null {
  const block = cleaned?.removed?.find((r) => r.kind === 'dateline');
  return block ? (matchDateline(`${block.text} X`)?.place ?? null) : null;
}
