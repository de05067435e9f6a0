// Runs of capitalised words in a sentence (with name particles and organisation connectors inside:
// "Ministry of the Interior", "Abu Bakr al-Baghdadi"), split at possessives and titles and trimmed of
// what is not part of a name (titles, sentence openers, nationality adjectives, calendar words).
// Each piece goes to classify.ts.
import { COMMON_WORDS, LANGUAGES } from '../../language/lexicon/stopwords.ts';
import { LEGAL_SUFFIX_RE, ORG_NAME_NOUNS, ORG_WORDS, PLACE_WORDS, PURPOSE_HEADS } from '../../language/lexicon/orgwords.ts';
import { OFFICE_WORDS } from '../../language/lexicon/titles.ts';
import { NAME_PARTICLES } from '../../language/lexicon/particles.ts';
import { INSTITUTIONS_IN, NAME_PREPOSITIONS, ORG_NOUNS_AFTER_RUN, pushCand } from './classify.ts';
import { countryOfWords } from '../../language/lexicon/places.ts';
import { CALENDAR, TITLE_WORDS, isDemonym, ordinaryOpener, placeName, type Cand, type Ctx } from './context.ts';
import { HEAD_TITLES, officeComplement, titleAt } from './offices.ts';
import { ABBREVIATIONS, isAcronym, type Tok } from './tokens.ts';

/** Splits one sentence's runs of capitalised words into mention candidates, appended to `out`. */
export function sentenceCandidates(ctx: Ctx, sentenceToks: Tok[], sentence: number, text: string, out: Cand[], isTitle = false): void {
  const headline = titleCased(ctx, sentenceToks, isTitle);
  const toks = headline ? sentenceToks.map((t) => (t.cap && !t.initial && ctx.lowerSeen.has(t.lower) ? { ...t, cap: false } : t)) : sentenceToks;
  const first = out.length;
  let i = 0;
  while (i < toks.length) {
    if (!toks[i].cap) {
      i++;
      continue;
    }
    const last = lowerCaseHeadEnd(ctx, toks, i, legalSuffixEnd(toks, runEnd(toks, i, text), text), text);
    splitRun(ctx, toks, i, last + 1, sentence, text, out);
    i = last + 1;
  }
  // In a title-case line a run of capitals is only a name the article gives elsewhere.
  if (headline) for (let k = first; k < out.length; k++) out[k].tentative = true;
}

/** Lower-case heads that make a body of a place or nationality before them ("Munich prosecutors", "the Indian foreign ministry"). */
const INSTITUTION_HEADS: string[][] = [
  'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'finance ministry', 'justice ministry',
  'health ministry', 'foreign office', 'prosecutors', 'prosecutor office', 'prosecutors office', 'public prosecutor office',
  'attorney general office', 'attorney-general office', 'justice department', 'state department', 'treasury department',
  'election commission', 'electoral commission', 'central bank', 'supreme court', 'constitutional court',
].map((h) => h.split(' '));

/**
 * A run extended by a lower-case head that makes it a body: a place or nationality before an institution
 * ("Munich prosecutors", "the Swiss attorney general's office"), a leader's name before "administration"
 * ("the Harrow administration"). Returns the new last index (last when there is none).
 */
function lowerCaseHeadEnd(ctx: Ctx, toks: Tok[], i: number, last: number, text: string): number {
  const next = toks[last + 1];
  if (!next || next.cap || toks[last].poss || !/^[ \t\u00a0]+$/.test(text.slice(toks[last].end, next.start))) return last;
  const from = toks[i].lower === 'the' ? i + 1 : i;
  if (from > last || last - from > 2) return last;
  const run = words(toks, from, last + 1);
  const name = toks[from];
  if (last === from && next.lower === 'administration' && !placeName(ctx, run) && !isDemonym(ctx, name.lower) && !COMMON_WORDS.has(name.lower) && !TITLE_WORDS.has(name.lower)) return last + 1;
  if (!placeName(ctx, run) && !isDemonym(ctx, run.toLowerCase()) && (last > from || COMMON_WORDS.has(name.lower) || TITLE_WORDS.has(name.lower))) return last;
  for (const head of INSTITUTION_HEADS) {
    if (last + head.length >= toks.length) continue;
    let ok = true;
    for (let k = 0; k < head.length && ok; k++) {
      const t = toks[last + 1 + k];
      ok = !t.cap && t.lower === head[k] && (k === 0 || /^(?:['’]s?)?[ \t\u00a0]+$/.test(text.slice(toks[last + k].end, t.start)));
    }
    if (ok) return last + head.length;
  }
  return last;
}

/** The last word of a company's legal form after the run ending at toks[last] ("Acme, Inc."), or last. */
function legalSuffixEnd(toks: Tok[], last: number, text: string): number {
  const m = LEGAL_SUFFIX_RE.exec(text.slice(toks[last].end, toks[last].end + 24));
  if (!m) return last;
  const stop = toks[last].end + m[0].length;
  let k = last;
  while (k + 1 < toks.length && toks[k + 1].end <= stop) k++;
  return k;
}

/** Lower-case words that may sit inside a run of capitals ("Ministry of the Interior", "Abu Bakr bin Salim"). */
const isConnector = (t: Tok, next: Tok | undefined): boolean =>
  NAME_PARTICLES.has(t.lower) || t.lower === 'of' || t.lower === 'the' || t.lower === 'for' || t.lower === 'and' || t.lower === 'to' || t.lower === 'against' || t.lower === 'in';

/**
 * A headline written in title case inside the text ("Treasury Sanctions Venezuela's State-Owned Oil
 * Company X"): all of its longer words are capitalised, two or more of them words the article also
 * writes in lower case. There such a word is an ordinary word, not part of a name.
 */
function titleCased(ctx: Ctx, toks: Tok[], isTitle: boolean): boolean {
  let long = 0;
  let caps = 0;
  let ordinary = 0;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].cap && toks[k].text.length >= 3 && ctx.lowerSeen.has(toks[k].lower)) ordinary++;
    if (toks[k].text.length < 4 || /\d/.test(toks[k].text) || !toks[k].cap && COMMON_WORDS.has(toks[k].lower)) continue;
    long++;
    if (toks[k].cap) caps++;
  }
  // A headline or caption needs no more evidence than its capitals.
  return long >= 3 && caps === long && (isTitle || long >= 4 && ordinary >= 2);
}

const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:no|number|article|section|chapter|page|room|gate|route|highway|flight)\.?$/;

/** Index of the last word of the run of capitalised words starting at toks[i]. */
function runEnd(toks: Tok[], i: number, text: string): number {
  // Grow a run of capitalised words; particles and org connectors may sit inside it.
  let j = i + 1;
  let last = i;
  while (j < toks.length) {
    const gap = text.slice(toks[j - 1].end, toks[j].start);
    if (toks[j - 1].poss && orgPossessive(toks, j, gap)) {
      last = j;
      j++;
      continue;
    }
    // A nickname in quotes inside a name: Tomas “El Gato” Rivera, Dana "Red" Whitlock.
    const nick = toks[j - 1].poss ? 0 : nicknameEnd(toks, j, text);
    if (nick > 0) {
      last = nick;
      j = nick + 1;
      continue;
    }
    if (toks[j - 1].poss || !/^[ \t\u00a0]*$/.test(gap) || /[.]$/.test(toks[j - 1].text) && !ABBREVIATIONS.has(toks[j - 1].lower.replace(/\.$/, '')) && !/^(?:[A-Z]\.)+$/.test(toks[j - 1].text)) break;
    const t = toks[j];
    if (t.cap && !(t.initial && j > i)) {
      last = j;
      j++;
      continue;
    }
    // "Covid 19 Bereaved Families", "Charter 77 Foundation": a short number inside a name (never a date)
    if (/^\d{1,2}$/.test(t.text) && toks[j + 1]?.cap && !toks[j + 1].initial && /^[ \t\u00a0]+$/.test(text.slice(t.end, toks[j + 1].start)) && !MONTH_OR_DAY.test(toks[j - 1].lower)) {
      last = j + 1;
      j += 2;
      continue;
    }
    if (!t.cap && isConnector(t, toks[j + 1]) && j + 1 < toks.length) {
      // A connector stays only if the run continues with a capital after it ("Ministry of the Interior").
      let k = j;
      while (k < toks.length && !toks[k].cap && isConnector(toks[k], toks[k + 1]) && k - j < 2) k++;
      if (k < toks.length && toks[k].cap && /^[ \t\u00a0]*$/.test(text.slice(toks[k - 1].end, toks[k].start)) && joins(toks, i, j, k, text)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return last;
}

/**
 * Index of the surname after a quoted nickname that starts at toks[j] (the quote mark is in the gap
 * before it): one or two capitalised words in quotes, then a capitalised word. 0 when there is none.
 */
function nicknameEnd(toks: Tok[], j: number, text: string): number {
  if (!toks[j]?.cap || !/^[ \t\u00a0]+[“"‘]$/.test(text.slice(toks[j - 1].end, toks[j].start))) return 0;
  for (let q = j; q < j + 2 && q + 1 < toks.length && toks[q].cap; q++) {
    const close = text.slice(toks[q].end, toks[q + 1].start);
    if (/^[”"’][ \t\u00a0]+$/.test(close)) return toks[q + 1].cap && !toks[q + 1].initial ? q + 1 : 0;
    if (!/^[ \t\u00a0]+$/.test(close)) return 0;
  }
  return 0;
}

/** Whether the connectors toks[j..k) join the run toks[i..j) to the capitalised words from toks[k]. */
function joins(toks: Tok[], i: number, j: number, k: number, text: string): boolean {
  const conn = toks.slice(j, k).map((x) => x.lower);
  const left = toks.slice(toks[i].lower === 'the' ? i + 1 : i, j).map((x) => x.lower.replace(/\.$/, ''));
  if (!left.length) return false;
  const lastLeft = left[left.length - 1]!;
  const orgLeft = left.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w));
  // "Campaign to Stop Killer Robots", "Coalition against Hunger": a body named after its purpose.
  if (conn[0] === 'to' || conn[0] === 'against') return conn.length === 1 && (ORG_WORDS.has(lastLeft) || PURPOSE_HEADS.has(lastLeft)) && left.length <= 3;
  if (conn[0] === 'and') {
    if (conn.length !== 1) return false;
    // "Ministry of Culture and Tourism": a short domain after "of", not a person after an office.
    if (orgLeft && left.includes('of') && !ORG_WORDS.has(toks[k].lower) && left.length - left.lastIndexOf('of') <= 3 && !left.some((w) => TITLE_WORDS.has(w) && !ORG_WORDS.has(w) && !OFFICE_WORDS.has(w))) return true;
    // "Justice and Equality Movement", "Food and Drug Administration": common nouns joined before the head.
    return left.length <= 2 && left.every((w) => ORG_NAME_NOUNS.has(w) || OFFICE_WORDS.has(w)) && endsInOrgWord(toks, k, text);
  }
  if (conn.every((c) => NAME_PARTICLES.has(c)) || /[“"‘«]\s*$/.test(text.slice(Math.max(0, toks[i].start - 2), toks[i].start))) return true;
  // "U.S. Embassy in Khartoum": a body named by where it sits.
  if (conn[0] === 'in' && conn.length === 1 && INSTITUTIONS_IN.has(lastLeft)) return true;
  if (conn[0] === 'in') return conn.length === 1 && toks[k].lower === 'charge' && TITLE_WORDS.has(lastLeft);
  // "Bereaved Families for Justice group": a body named after its cause, as the noun after it says
  if (conn[0] === 'for' && conn.length === 1 && bodyNounAfter(toks, k, text)) return true;
  // "Secretary of State", "Minister of Interior", "Special Agent in Charge": an office after a title.
  if (TITLE_WORDS.has(lastLeft) || TITLE_WORDS.has(lastLeft.replace(/s$/, ''))) return true;
  return orgLeft;
}

/** The run of capitals from toks[k] (at most three words) is followed by a lower-case body noun ("group"). */
function bodyNounAfter(toks: Tok[], k: number, text: string): boolean {
  let q = k;
  while (q + 1 < toks.length && q - k < 2 && toks[q + 1].cap && /^[ \t\u00a0]*$/.test(text.slice(toks[q].end, toks[q + 1].start))) q++;
  const after = toks[q + 1];
  return !!after && !after.cap && ORG_NOUNS_AFTER_RUN.has(after.lower) && /^[ \t\u00a0]+$/.test(text.slice(toks[q].end, after.start));
}

/** The run of capitals from toks[k] (at most four words) ends in an organisation word. */
function endsInOrgWord(toks: Tok[], k: number, text: string): boolean {
  let q = k;
  while (q + 1 < toks.length && q - k < 3 && toks[q + 1].cap && /^[ \t\u00a0]*$/.test(text.slice(toks[q].end, toks[q + 1].start))) q++;
  return ORG_WORDS.has(toks[q].lower);
}

/**
 * A possessive inside an organisation name: "Prosecutors' Office", "Workers' Party", "Prosecutor's
 * Office". The possessor is a capitalised common noun (not a place), and the word after it is an
 * organisation word; "Iran's Quds Force" still splits (the word after the possessive is not one).
 */
function orgPossessive(toks: Tok[], j: number, gap: string): boolean {
  const t = toks[j];
  const p = toks[j - 1];
  if (!t || !p || !t.cap || t.initial || !/^['’]s?[ \t\u00a0]$/.test(gap)) return false;
  // A saint's name owns institutions and sites: "St. John's Ambulance", "St Mary's Hospital", "Saint Peter's Square".
  const saint = j >= 2 && /^(?:st\.?|saint)$/.test(toks[j - 2].lower) && /[\s]$/.test(gap);
  const head = headAfter(toks, j);
  if (saint && head && (ORG_WORDS.has(head) || PLACE_WORDS.has(head))) return true;
  // "People's Liberation Army": the organisation word may come a word or two later.
  if (!ORG_WORDS.has(t.lower) && !(head && ORG_WORDS.has(head) && POSSESSOR_NOUNS.has(p.lower))) return false;
  if (GENERIC_POSSESSOR_BLOCK.has(t.lower)) return false;
  const pl = p.lower;
  const sing = pl.endsWith('s') ? pl.slice(0, -1) : pl;
  // The possessor must be a common noun: a title or organisation word ("prosecutor", "workers").
  return TITLE_WORDS.has(pl) || TITLE_WORDS.has(sing) || ORG_WORDS.has(pl) || ORG_WORDS.has(sing) || POSSESSOR_NOUNS.has(pl);
}

/** The last word (lower case) of the capitalised run of at most three words from toks[j]. */
function headAfter(toks: Tok[], j: number): string | null {
  let k = j;
  while (k + 1 < toks.length && k - j < 2 && toks[k + 1].cap && !toks[k + 1].initial && !toks[k].poss && toks[k + 1].start - toks[k].end === 1) k++;
  return toks[k]?.lower ?? null;
}

/** Organisation words that, after a possessive, are a thing owned rather than a name's head. */
const GENERIC_POSSESSOR_BLOCK = new Set(['government', 'state', 'republic', 'kingdom', 'times', 'post', 'news']);
/** Plural common nouns that own organisations: "Workers' Party", "Teachers' Union". */
const POSSESSOR_NOUNS = new Set(['workers', 'teachers', 'farmers', 'peoples', "people", 'women', 'lawyers', 'doctors', 'nurses', 'journalists', 'veterans', 'employers', 'miners', 'students', 'citizens', 'soldiers', 'officers', 'pilots', 'drivers', 'physicians', 'writers', 'artists', 'consumers', 'taxpayers', 'voters', 'mothers', 'fathers', 'children', 'elders', 'prosecutors', 'judges', 'auditors', 'accountants', 'engineers', 'traders', 'growers', 'producers', 'exporters', 'importers', 'manufacturers', 'shipowners', 'dockers', 'seafarers']);

/** Split a capitalised run at possessives and titles, trim it, type it, and push candidates. */
function splitRun(ctx: Ctx, toks: Tok[], a: number, b: number, sentence: number, text: string, out: Cand[]): void {
  // Possessive ends a name: "Iran's Quds Force" is two names.
  for (let k = a; k < b - 1; k++) {
    if (toks[k].poss && toks[k].cap && !orgPossessive(toks, k + 1, text.slice(toks[k].end, toks[k + 1].start))) {
      splitRun(ctx, toks, a, k + 1, sentence, text, out);
      splitRun(ctx, toks, k + 1, b, sentence, text, out);
      return;
    }
  }
  const run: Run = { ctx, toks, sentence, text, out, roles: [] };
  let i = leadingWords(run, a, b);
  if (i < 0) return;
  let end = b;
  const afterTitle = innerTitle(run, i, end);
  // "Joint Chiefs Chairman Gen. Mark Milley": more titles may follow the one inside the run.
  if (afterTitle > i) i = leadingWords(run, afterTitle, end);
  if (i < 0) return;
  end = bodyOfAcronym(run, i, end);
  const afterAcronym = leadingAcronym(run, i, end);
  if (afterAcronym > i) i = leadingWords(run, afterAcronym, end);
  if (i < 0) return;
  // A title with no name after it ("the Chief Technical Pilot"): a role nobody is named in.
  if (titleAt(toks, i, end) === end - i) return;
  // Trailing words that are not part of a name.
  while (end > i && (CALENDAR.has(toks[end - 1].lower) || (TITLE_WORDS.has(toks[end - 1].lower) && !ORG_WORDS.has(toks[end - 1].lower) && end - 1 > i && !toks[end - 1].cap))) end--;
  if (end <= i) return;
  pushCand(ctx, toks, i, end, sentence, text, run.roles, out);
}

/** One run being split: where its pieces go, and the roles written before its name. */
interface Run {
  ctx: Ctx;
  toks: Tok[];
  sentence: number;
  text: string;
  out: Cand[];
  roles: string[];
}

const words = (toks: Tok[], from: number, to: number): string => toks.slice(from, to).map((x) => x.text).join(' ');

/**
 * A title of tl words at toks[i], with the complement of its office ("Minister of Interior", "Special
 * Agent in Charge", "Interior Minister of the GNA"): recorded as a role from `from` (a place or office
 * written before the title) to its end; the organisations and places inside the complement become
 * candidates of their own. Returns the index after it.
 */
function takeTitle(run: Run, from: number, i: number, tl: number, end: number): number {
  const c = officeComplement(run.ctx, run.toks, i + tl, end);
  for (const n of c.names) pushCand(run.ctx, run.toks, n.from, n.to, run.sentence, run.text, [], run.out);
  run.roles.push(words(run.toks, from, c.next));
  return c.next;
}

/** An institution named after a titled person ("King Khalid Air Base", "General Motors"): keeps its title. */
function institutionNamedAfter(toks: Tok[], i: number, tl: number, end: number): boolean {
  // ("Mr Park" is a person: nothing is named after a "Mr")
  if (/^(?:mr|mrs|ms|miss|mister|mx)\.?$/.test(toks[i].lower)) return false;
  const last = toks[end - 1].lower.replace(/\.$/, '');
  return (toks[i + tl].cap || toks[i + tl].lower === 'and') && (ORG_WORDS.has(last) || PLACE_WORDS.has(last));
}

/** Leading words that are not part of the name; -1 when nothing of the run is left. */
function leadingWords(run: Run, a: number, end: number): number {
  const { ctx, toks, text } = run;
  let i = a;
  for (let guard = 0; i < end && guard < 12; guard++) {
    const t = toks[i];
    const tl = titleAt(toks, i, end);
    if (tl > 0 && i + tl < end && !toks[i + tl - 1].poss && !institutionNamedAfter(toks, i, tl, end)) {
      i = takeTitle(run, i, i, tl, end);
      continue;
    }
    // A place whose first word is also a nationality or an ordinary word ("Saudi Arabia", "North Korea",
    // "New Zealand") is kept whole, wherever it stands.
    if (placeStartsAt(ctx, toks, i, end)) break;
    if (t.lower !== 'the' && t.initial && i === a && ordinaryOpener(ctx, t) && !(i + 1 < end && NAME_PREPOSITIONS.has(toks[i + 1].lower)) && !(end - i > 1 && ORG_WORDS.has(toks[end - 1].lower.replace(/\.$/, '')) && (ctx.capMid.has(t.lower) || end - i === 2) && !COMMON_WORDS.has(t.lower))) {
      i++;
      continue;
    }
    if (t.lower === 'the' && i + 1 < end) {
      // "The" is kept only inside a name that is an organisation written with it ("The Century Foundation").
      const rest = toks.slice(i + 1, end).map((x) => x.lower);
      // A whole quotation that is a name keeps its "The" ('“The Iron Pact” denied it').
      const inQuotes = /[“"‘«]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && /^\s*[”"’»]/.test(text.slice(toks[end - 1].end, toks[end - 1].end + 3)) && !placeName(ctx, words(toks, i + 1, end));
      // Nor before a country: "The US Department of Justice" is the US's.
      if (!t.cap || t.start === 0 || t.initial && !inQuotes || (!rest.some((w) => ORG_WORDS.has(w)) && !inQuotes) || placeBeforeBody(ctx, toks, i + 1, end)) {
        i++;
        continue;
      }
      break;
    }
    // A nationality before a name ("Iraqi X", "North Korean X") is not part of it, unless the name is a
    // body's ("Iraqi Parliament", "the Russian Unity party").
    const dem = i + 1 < end && DEMONYM_HEADS.has(t.lower) && isDemonym(ctx, `${t.lower} ${toks[i + 1].lower}`) ? 2 : isDemonym(ctx, t.lower) ? 1 : 0;
    if (dem && i + dem <= end) {
      const rest = toks.slice(i + dem, end).map((x) => x.lower);
      const bodyAfter = ORG_NOUNS_AFTER_RUN.has(toks[end]?.lower ?? '') && !toks[end]!.cap;
      if (!rest.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w)) && !bodyAfter) {
        i += dem;
        continue;
      }
      break;
    }
    // A country written before a title is a separate name: "US President X", "United States Attorney X".
    const place = placeBeforeTitle(ctx, toks, i, end);
    if (place) {
      pushCand(ctx, toks, i, i + place.len, run.sentence, text, [], run.out);
      if (i + place.len + place.tl < end) {
        i = takeTitle(run, i, i + place.len, place.tl, end);
        continue;
      }
      return -1;
    }
    if (CALENDAR.has(t.lower) || (t.initial && COMMON_WORDS.has(t.lower) && !isAcronym(t.text))) {
      i++;
      continue;
    }
    // A connector left at the start once a word before it is gone ("Leaders of the X" -> "X").
    if (!t.cap && i + 1 < end && isConnector(t, toks[i + 1])) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** A country of one or two words at toks[i] before more words ("US Department of Justice"). */
function placeBeforeBody(_ctx: Ctx, toks: Tok[], i: number, end: number): boolean {
  for (let len = Math.min(2, end - i - 1); len >= 1; len--) if (countryOfWords(words(toks, i, i + len))) return true;
  return false;
}

/** Does a place of two or three words begin at toks[i] ("Saudi Arabia", "South Sudan")? */
function placeStartsAt(ctx: Ctx, toks: Tok[], i: number, end: number): boolean {
  for (let len = Math.min(3, end - i); len >= 2; len--) if (placeName(ctx, words(toks, i, i + len))) return true;
  return false;
}

/** First words of demonyms of two words ("north" of "North Korean", "sri" of "Sri Lankan"). */
const DEMONYM_HEADS = new Set(['north', 'south', 'east', 'west', 'new', 'sri', 'saudi', 'sierra', 'costa', 'el', 'puerto', 'burkina', 'central', 'solomon', 'cape', 'dominican', 'equatorial', 'united', 'papua', 'marshall', 'cook', 'faroese', 'san', 'saint', 'st', 'trinidad', 'bosnian', 'czech', 'south-african']);

/** A place name of one to three words at toks[i] followed by a title: its length and the title's. */
function placeBeforeTitle(ctx: Ctx, toks: Tok[], i: number, end: number): { len: number; tl: number } | null {
  if (!toks[i].cap) return null;
  for (let len = Math.min(3, end - i - 1); len >= 1; len--) {
    const tl = titleAt(toks, i + len, end);
    if (tl > 0 && placeName(ctx, len === 1 ? toks[i].text : words(toks, i, i + len))) return { len, tl };
  }
  return null;
}


/** Sub-units named by their seat ("San Francisco Division", "Northern District"): part of an office. */
const SUBUNIT_WORDS = new Set(['division', 'district', 'branch', 'section', 'field', 'sector', 'precinct', 'circuit']);

/**
 * A title inside the run splits it: "Quds Force Commander X" -> "Quds Force" + person X, "NATO Secretary
 * General X" -> NATO + X; "Social Affairs Minister X" and "San Francisco Division Acting Inspector in
 * Charge X" keep the words before the title in the role. Returns where the name starts.
 */
function innerTitle(run: Run, i: number, end: number): number {
  const { ctx, toks } = run;
  for (let k = i + 1; k < end - 1; k++) {
    const tl = titleAt(toks, k, end);
    if (!(tl > 0 && k + tl < end && !ORG_WORDS.has(toks[k].lower) && toks[k + tl].cap && !toks[k + tl - 1].poss)) continue;
    const leftWords = toks.slice(i, k).map((x) => x.lower.replace(/\.$/, ''));
    const head = toks[k + tl - 1].lower.replace(/s$/, '');
    if (SUBUNIT_WORDS.has(leftWords[leftWords.length - 1]!)) return takeTitle(run, i, k, tl, end);
    if (leftWords.some((w) => ORG_WORDS.has(w)) || placeName(ctx, words(toks, i, k)) || (k === i + 1 && isAcronym(toks[i].text))) {
      pushCand(ctx, toks, i, k, run.sentence, run.text, [], run.out);
      return takeTitle(run, i, k, tl, end);
    }
    // "Social Affairs Minister X": the words before a head title describe the office, not a name.
    if (HEAD_TITLES.has(head) || HEAD_TITLES.has(toks[k + tl - 1].lower)) return takeTitle(run, i, k, tl, end);
  }
  return i;
}

/**
 * "Presidency Council of the GNA", "Office of the Prosecutor of the ICC": a body of another body named
 * by its acronym is two names. Returns the new end of the run (the acronym pushed on its own).
 */
function bodyOfAcronym(run: Run, i: number, end: number): number {
  const { ctx, toks } = run;
  const k = end - 1;
  if (k - i < 3 || !isAcronym(toks[k].text) || placeName(ctx, toks[k].text)) return end;
  const of = toks[k - 1].lower === 'the' ? k - 2 : k - 1;
  if (toks[of]?.lower !== 'of' || of <= i) return end;
  if (!toks.slice(i, of).some((t) => ORG_WORDS.has(t.lower))) return end;
  pushCand(ctx, toks, k, end, run.sentence, run.text, [], run.out);
  return of;
}

/** Acronyms that are common nouns, never a name's first word ("NGO Emergency" is the NGO Emergency). */
const COMMON_ACRONYMS = new Set(['NGO', 'NGOS', 'CEO', 'MP', 'MPS', 'PM', 'TV', 'ID']);

/**
 * An acronym before more capitalised words that are not part of it: "UN Asuncion", "GNU Salem Faraj",
 * "NGO Emergency". An organisation word, a language or a masthead after it keeps the run whole
 * ("UN Security Council", "BBC Persian", "TOLO News").
 */
function leadingAcronym(run: Run, i: number, end: number): number {
  const { ctx, toks } = run;
  // A country code before words qualifies them ("US Capitol Police", "U.S. Embassy in X"): leadingWords' case.
  if (end - i < 2 || !isAcronym(toks[i].text) || /-/.test(toks[i].text) || placeName(ctx, toks[i].text)) return i;
  if (COMMON_ACRONYMS.has(toks[i].text.replace(/\./g, ''))) return i + 1;
  // A shouted run ("SAN JOSE", "MEXICO'S PRESIDENT") is not an acronym before a name.
  if (toks.slice(i + 1, end).some((x) => /\p{L}{2}/u.test(x.text) && x.text === x.text.toUpperCase())) return i;
  const rest = toks.slice(i + 1, end).map((x) => x.lower.replace(/\.$/, ''));
  if (rest.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || LANGUAGES.has(w) || NAME_PARTICLES.has(w))) return i;
  if (!COMMON_ACRONYMS.has(toks[i].text.replace(/\./g, ''))) pushCand(ctx, toks, i, i + 1, run.sentence, run.text, [], run.out);
  return i + 1;
}
