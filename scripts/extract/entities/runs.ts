// Runs of capitalised words in a sentence (with name particles and organisation connectors inside:
// "Ministry of the Interior", "Abu Bakr al-Baghdadi"), split at possessives and titles and trimmed of
// what is not part of a name (titles, sentence openers, nationality adjectives, calendar words).
// Each piece goes to classify.ts.
import { COMMON_WORDS } from '../../language/lexicon/stopwords.ts';
import { ORG_WORDS, PLACE_WORDS } from '../../language/lexicon/orgwords.ts';
import { NAME_PARTICLES } from '../../language/lexicon/particles.ts';
import { TITLES } from '../../language/lexicon/titles.ts';
import { pushCand } from './classify.ts';
import { CALENDAR, TITLE_WORDS, isDemonym, ordinaryOpener, placeName, type Cand, type Ctx } from './context.ts';
import { ABBREVIATIONS, isAcronym, type Tok } from './tokens.ts';

/** Splits one sentence's runs of capitalised words into mention candidates, appended to `out`. */
export function sentenceCandidates(ctx: Ctx, toks: Tok[], sentence: number, text: string, out: Cand[]): void {
  let i = 0;
  while (i < toks.length) {
    if (!toks[i].cap) {
      i++;
      continue;
    }
    const last = runEnd(toks, i, text);
    splitRun(ctx, toks, i, last + 1, sentence, text, out);
    i = last + 1;
  }
}

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
    if (toks[j - 1].poss || !/^[ \t\u00a0]*$/.test(gap) || /[.]$/.test(toks[j - 1].text) && !ABBREVIATIONS.has(toks[j - 1].lower.replace(/\.$/, '')) && !/^[A-Z]\.$/.test(toks[j - 1].text)) break;
    const t = toks[j];
    if (t.cap && !(t.initial && j > i)) {
      last = j;
      j++;
      continue;
    }
    if (!t.cap && (NAME_PARTICLES.has(t.lower) || t.lower === 'of' || t.lower === 'the' || t.lower === 'for' || t.lower === 'and') && j + 1 < toks.length) {
      // A connector stays only if the run continues with a capital after it ("Ministry of the Interior").
      let k = j;
      while (k < toks.length && !toks[k].cap && (NAME_PARTICLES.has(toks[k].lower) || toks[k].lower === 'of' || toks[k].lower === 'the' || toks[k].lower === 'for' || toks[k].lower === 'and') && k - j < 2) k++;
      if (k < toks.length && toks[k].cap && /^[ \t\u00a0]*$/.test(text.slice(toks[k - 1].end, toks[k].start))) {
        const conn = toks.slice(j, k).map((x) => x.lower);
        const left = toks.slice(i, j).map((x) => x.lower);
        const isParticle = conn.every((c) => NAME_PARTICLES.has(c)) || /[“"‘«]\s*$/.test(text.slice(Math.max(0, toks[i].start - 2), toks[i].start));
        const orgLeft = left.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w));
        if (conn[0] === 'and' && !(orgLeft && left.includes('of') && conn.length === 1 && !ORG_WORDS.has(toks[k].lower))) break;
        if (isParticle || orgLeft) {
          j = k;
          continue;
        }
      }
    }
    break;
  }
  return last;
}

const TITLE_SEQS = new Map<string, string[][]>();
for (const seq of TITLES.map((t) => t.split(/[\s]+/)).sort((a, b) => b.length - a.length)) {
  const l = TITLE_SEQS.get(seq[0]) ?? [];
  l.push(seq);
  TITLE_SEQS.set(seq[0], l);
}

/** Titles that end an office name written before a person ("Social Affairs Minister X"). */
const HEAD_TITLES = new Set(['minister', 'president', 'secretary', 'governor', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'ambassador', 'envoy', 'mayor', 'judge', 'prosecutor', 'senator', 'premier', 'chancellor']);

function titleAt(toks: Tok[], i: number, end: number): number {
  // Length (in tokens) of the longest title starting at toks[i], within [i, end).
  for (const seq of TITLE_SEQS.get(toks[i].lower.replace(/\.$/, '')) ?? []) {
    if (i + seq.length > end) continue;
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      const w = toks[i + k].lower.replace(/\.$/, '');
      if (w !== seq[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return seq.length;
  }
  return 0;
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
  if (!ORG_WORDS.has(t.lower) || GENERIC_POSSESSOR_BLOCK.has(t.lower)) return false;
  const pl = p.lower;
  const sing = pl.endsWith('s') ? pl.slice(0, -1) : pl;
  // The possessor must be a common noun: a title or organisation word ("prosecutor", "workers").
  return TITLE_WORDS.has(pl) || TITLE_WORDS.has(sing) || ORG_WORDS.has(pl) || ORG_WORDS.has(sing) || POSSESSOR_NOUNS.has(pl);
}

/** Organisation words that, after a possessive, are a thing owned rather than a name's head. */
const GENERIC_POSSESSOR_BLOCK = new Set(['government', 'state', 'republic', 'kingdom', 'times', 'post', 'news']);
/** Plural common nouns that own organisations: "Workers' Party", "Teachers' Union". */
const POSSESSOR_NOUNS = new Set(['workers', 'teachers', 'farmers', 'peoples', "people", 'women', 'lawyers', 'doctors', 'nurses', 'journalists', 'veterans', 'employers', 'miners', 'students', 'citizens', 'soldiers', 'officers', 'pilots', 'drivers', 'physicians', 'writers', 'artists', 'consumers', 'taxpayers', 'voters', 'mothers', 'fathers', 'children', 'elders', 'prosecutors', 'judges', 'auditors', 'accountants', 'engineers', 'traders', 'growers', 'producers', 'exporters', 'importers', 'manufacturers', 'shipowners', 'dockers', 'seafarers']);

/** Split a capitalised run at possessives and titles, trim it, type it, and push candidates. */
function splitRun(ctx: Ctx, toks: Tok[], a: number, b: number, sentence: number, text: string, out: Cand[]): void {
  // Possessive ends a name: "Iran's Quds Force" is two names.
  for (let k = a; k < b - 1; k++) {
    if (toks[k].poss && !orgPossessive(toks, k + 1, text.slice(toks[k].end, toks[k + 1].start))) {
      splitRun(ctx, toks, a, k + 1, sentence, text, out);
      splitRun(ctx, toks, k + 1, b, sentence, text, out);
      return;
    }
  }
  const roles: string[] = [];
  let i = a;
  let end = b;
  // Leading words that are not part of the name.
  for (let guard = 0; i < end && guard < 12; guard++) {
    const t = toks[i];
    const tl = titleAt(toks, i, end);
    if (tl > 0 && i + tl < end && !toks[i + tl - 1].poss) {
      roles.push(toks.slice(i, i + tl).map((x) => x.text).join(' '));
      i += tl;
      continue;
    }
    if (t.lower !== 'the' && t.initial && i === a && ordinaryOpener(ctx, t) && !(end - i > 1 && ORG_WORDS.has(toks[end - 1].lower.replace(/\.$/, '')) && (ctx.capMid.has(t.lower) || end - i === 2) && !COMMON_WORDS.has(t.lower))) {
      i++;
      continue;
    }
    if (t.lower === 'the' && i + 1 < end) {
      // "The" is kept only inside a name that is an organisation written with it ("The Century Foundation").
      const rest = toks.slice(i + 1, end).map((x) => x.lower);
      // A whole quotation that is a name keeps its "The" ('“The Iron Pact” denied it').
      const inQuotes = /[“"‘«]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && /^\s*[”"’»]/.test(text.slice(toks[end - 1].end, toks[end - 1].end + 3)) && !placeName(ctx, toks.slice(i + 1, end).map((x) => x.text).join(' '));
      if (t.start === 0 || (!rest.some((w) => ORG_WORDS.has(w)) && !inQuotes)) {
        i++;
        continue;
      }
      break;
    }
    if (isDemonym(ctx, t.lower) && i + 1 < end) {
      const rest = toks.slice(i + 1, end).map((x) => x.lower);
      if (!rest.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w))) {
        i++;
        continue;
      }
      break;
    }
    // A country written before a title is a separate name: "US President X".
    if (i + 1 < end && titleAt(toks, i + 1, end) > 0 && placeName(ctx, t.text)) {
      const tl2 = titleAt(toks, i + 1, end);
      pushCand(ctx, toks, i, i + 1, sentence, text, [], out);
      if (i + 1 + tl2 < end) {
        roles.push(toks.slice(i, i + 1 + tl2).map((x) => x.text).join(' '));
        i += 1 + tl2;
        continue;
      }
      return;
    }
    if (CALENDAR.has(t.lower) || (t.initial && COMMON_WORDS.has(t.lower) && !isAcronym(t.text))) {
      i++;
      continue;
    }
    break;
  }
  // A title inside the run splits it: "Quds Force Commander X" -> "Quds Force" + person X.
  for (let k = i + 1; k < end - 1; k++) {
    const tl = titleAt(toks, k, end);
    if (tl > 0 && k + tl < end && !ORG_WORDS.has(toks[k].lower) && tl + k < end && toks[k + tl].cap && !toks[k + tl - 1].poss) {
      const leftWords = toks.slice(i, k).map((x) => x.lower);
      if (leftWords.some((w) => ORG_WORDS.has(w)) || placeName(ctx, toks.slice(i, k).map((x) => x.text).join(' '))) {
        pushCand(ctx, toks, i, k, sentence, text, [], out);
        roles.push(toks.slice(i, k + tl).map((x) => x.text).join(' '));
        i = k + tl;
        break;
      }
      // "Social Affairs Minister X": the words before a head title describe the office, not a name.
      if (HEAD_TITLES.has(toks[k + tl - 1].lower)) {
        roles.push(toks.slice(i, k + tl).map((x) => x.text).join(' '));
        i = k + tl;
        break;
      }
    }
  }
  // Trailing words that are not part of a name.
  while (end > i && (CALENDAR.has(toks[end - 1].lower) || (TITLE_WORDS.has(toks[end - 1].lower) && !ORG_WORDS.has(toks[end - 1].lower) && end - 1 > i && !toks[end - 1].cap))) end--;
  if (end <= i) return;
  pushCand(ctx, toks, i, end, sentence, text, roles, out);
}
