// Sentence splitting. One linear scan over candidate stops (. ! ? …): a stop ends a sentence when
// whitespace and a sentence start (capital, digit, opening quote) follow and the word before it is not
// an abbreviation or an initial. Returned sentences are exact, trimmed substrings of the paragraph, so
// later stages can point back into the text (#s-<n> anchors, claim.sentence).
import { MONTH_FORMS, MONTH_NAMES } from '../lib/months.ts';

/** Abbreviations that do not end a sentence when followed by a capitalised word (titles, months ...). */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'brig', 'col', 'lt', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt',
    'adm', 'cmdr', 'cdr', 'gov', 'sen', 'rep', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'pres', 'supt', 'insp', 'det',
    'amb', 'sec', 'atty', 'mt', 'ft', 'fig', 'vol', 'pp', 'ed', 'eds', 'approx', 'dept', 'est', 'ltd', 'inc', 'corp',
    'co', 'bros', 'vs', 'v', 'cf', 'al', 'ave', 'blvd', 'rd', 'sq',
    ...MONTH_FORMS.slice(MONTH_NAMES.length).map((m) => m.toLowerCase()), 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'sheikh', 'gov', 'excl', 'incl', 'ca', 'c',
  ],
);
/** Abbreviations that only bind to a following number ("No. 5", "Art. 140"). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'arts', 'para', 'ch', 'sec', 'op', 'tel', 'p']);
/** Words that, capitalised after "U.S." or "a.m.", almost always start a new sentence. */
const SENTENCE_STARTERS = new Set(
  'The A An He She It They We I You But And Yet So In On At This That These Those There Then However Meanwhile Still Also Its His Her Their Our Some Many Most Such When While After Before If As'.split(
    ' ',
  ),
);

const STOP = /[.!?…]+/g;
const CLOSERS = /^["”’')\]»]*/;
const OPENERS = '"“‘\'([«¿¡';

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.'’-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function nextWord(text: string, from: number): string {
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(from, from + 40));
  return m ? m[0] : '';
}

/** Decides whether the stop `text[start..end)` (plus closers) ends a sentence. */
function isBoundary(text: string, start: number, end: number, next: number): boolean {
  const stop = text.slice(start, end);
  let ch = text[next] ?? '';
  let k = next;
  while (OPENERS.includes(ch) && k < text.length) ch = text[++k] ?? '';
  if (!ch) return false;
  const startsUpper = /[\p{Lu}\p{N}]/u.test(ch) || /[\p{Lo}]/u.test(ch);
  if (!startsUpper) return false;
  if (stop !== '.') return true; // "!", "?", "...", "…" before a capital
  const word = wordBefore(text, start);
  if (!word) return true;
  const bare = word.replace(/^[-'’]+/, '');
  const lower = bare.toLowerCase();
  const follower = nextWord(text, k);
  // Dotted acronyms (U.S., U.N., a.m.): a boundary only when a typical sentence opener follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return SENTENCE_STARTERS.has(follower);
  // Single initials: "J. Smith", "Abu M. al-..."
  if (/^\p{Lu}$/u.test(bare)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\d/.test(follower)) return false;
  if (ABBREVIATIONS.has(lower) && /^\p{Lu}/u.test(bare)) return SENTENCE_STARTERS.has(follower) && !TITLE_LIKE.has(lower);
  if (ABBREVIATIONS.has(lower)) return SENTENCE_STARTERS.has(follower);
  return true;
}

/** A full stop glued to the next sentence: a lower-case word (or a closing quote) before it, a capitalised word after it. */
function lostSpace(text: string, start: number, end: number): boolean {
  if (text[start] !== '.' || end - start > 2) return false;
  if (!/^\p{Lu}\p{Ll}{2}/u.test(text.slice(end, end + 3))) return false;
  // a web address is not two sentences ("Example.com", "Coast.Net")
  if (/^(?:Com|Net|Org|Gov|Edu|Info|Io|Tv|News)\b/.test(text.slice(end, end + 6))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  if (/["”’]$/.test(before)) return true;
  const word = wordBefore(text, start);
  return /^\p{L}*\p{Ll}{3}$/u.test(word) && !ABBREVIATIONS.has(word.toLowerCase());
}

/** Titles never end a sentence, whatever follows ("Gen. The ..." does not happen in prose). */
const TITLE_LIKE = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'brig', 'col', 'lt', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev', 'st', 'hon', 'sheikh']);

export function splitSentences(paragraph: string): string[] {
  if (typeof paragraph !== 'string' || !paragraph.trim()) return [];
  const text = paragraph;
  const cuts: number[] = [];
  STOP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STOP.exec(text))) {
    const start = m.index;
    let end = start + m[0].length;
    const closers = CLOSERS.exec(text.slice(end, end + 8))![0];
    end += closers.length;
    // Only whitespace-separated stops can end a sentence (not 3.5, not "U.S.-led"), bar a scrape's lost
    // space after a full stop: "... in Tajura.The mission said", "... dozens,".Interior Minister ...".
    const ws = /^\s+/.exec(text.slice(end, end + 16));
    if (!ws) {
      if (lostSpace(text, start, end)) cuts.push(end);
      continue;
    }
    if (isBoundary(text, start, m.index + m[0].length, end + ws[0].length)) cuts.push(end);
  }
  const spans: [number, number][] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(from, cut);
    const lead = piece.length - piece.trimStart().length;
    const s = from + lead;
    const e = from + piece.trimEnd().length;
    if (e > s) {
      // A piece with no letters or digits (a stray closing quote) belongs to the sentence before it.
      if (!/[\p{L}\p{N}]/u.test(text.slice(s, e)) && spans.length) spans[spans.length - 1]![1] = e;
      else spans.push([s, e]);
    }
    from = cut;
  }
  const out = spans.map(([s, e]) => text.slice(s, e));
  return out;
}
