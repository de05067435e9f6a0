// The words of one sentence, as the mention detector sees them: each with its offsets, whether it is
// capitalised, opens the sentence (or a quotation), or ends in a possessive ("Iran's", "Forces'").
// Abbreviations and initials keep their dot; "pro-Iran" and "Iran-backed" keep only the name.
import { ARTICLE_PREFIXES } from '../../language/lexicon/particles.ts';

export const ABBREVIATIONS = new Set([
  'brig', 'gen', 'lt', 'col', 'maj', 'dr', 'mr', 'mrs', 'ms', 'st', 'co', 'inc', 'jr', 'sr', 'capt', 'sgt',
  'prof', 'sen', 'rep', 'gov', 'adm', 'cmdr', 'corp', 'ltd', 'mt', 'ft', 'cpl', 'rev', 'mme',
]);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.&][\p{L}\p{M}\p{N}]+)*/gu;
// \p{..} classes are slow in V8 (about 3x here). Text made only of ASCII, Latin-1 letters, no-break
// spaces and common punctuation (dashes, curly quotes, ellipsis) — nearly every English sentence — is
// scanned with the same pattern written as explicit ranges, which matches exactly the same words there.
const WORD_RE_LATIN = /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]*(?:['’\-.&][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+)*/g;
const LATIN_TEXT = /^[\x00-\x7f\u00a0\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2010-\u201f\u2026]*$/;

const ADJ_COMPOUND = /^(.+?)-(backed|led|based|born|linked|aligned|affiliated|run|owned|funded|style|era|made|controlled|held|allied|sponsored|supported|dominated|occupied|bound|like|related|inspired|friendly|oriented|designated|appointed|brokered|imposed|backing|leaning|centric|wide|registered|listed|scarred|paid|financed|trained|armed|ruled|administered|governed|mediated|instigated|sanctioned|organised|organized)$/i;

export interface Tok {
  text: string; // without possessive
  start: number;
  end: number; // end offset (after possessive removal)
  poss: boolean;
  lower: string;
  cap: boolean;
  /** First word of the sentence or of a quotation. */
  initial: boolean;
}

function isUpperInitial(s: string): boolean {
  const c = s.codePointAt(0)!;
  if (c < 128) return c >= 65 && c <= 90; // ASCII fast path
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** "al-Rashid", "el-Amin", "d'Estaing": a lower-case article glued to a capitalised name. */
function isPrefixedName(s: string): boolean {
  // Cheap pre-check (most words have no hyphen or apostrophe in positions 1-3) before the regex.
  const c1 = s[1], c2 = s[2], c3 = s[3];
  if (c1 !== '-' && c1 !== "'" && c1 !== '’' && c2 !== '-' && c2 !== "'" && c2 !== '’' && c3 !== '-' && c3 !== "'" && c3 !== '’') return false;
  const m = /^([a-z]{1,3})([-'’])(.+)$/u.exec(s);
  if (!m || !isUpperInitial(m[3])) return false;
  return ARTICLE_PREFIXES.includes(m[1]) || (m[2] !== '-' && (m[1] === 'd' || m[1] === 'l'));
}

export function isAcronym(s: string): boolean {
  if (/^[A-Z][A-Z0-9&.]{1,7}$/.test(s)) return /[A-Z].*[A-Z]/.test(s);
  // A branch or faction after a hyphen: "ISIS-K", "SPLM-N".
  if (/^[A-Z][A-Z&.]{1,7}-[A-Z]{1,2}$/.test(s)) return true;
  // One lower-case letter inside ("PdVSA"): three capitals or more, capital at both ends.
  return s.length <= 8 && /^[A-Z][A-Za-z]*[A-Z]$/.test(s) && s.replace(/[^a-z]/g, '').length === 1 && s.replace(/[^A-Z]/g, '').length >= 3;
}

export function tokenize(text: string, lowerSeen: Set<string>): Tok[] {
  const toks: Tok[] = [];
  const re = LATIN_TEXT.test(text) ? WORD_RE_LATIN : WORD_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = re.exec(text))) {
    let word = m[0];
    let start = m.index;
    let end = start + word.length;
    // Abbreviations and initials keep their dot ("Brig.", "U.S.", "J.").
    if (text[end] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word) || /^[A-Z](\.[A-Z])+$/.test(word))) {
      word += '.';
      end += 1;
      re.lastIndex = end;
    }
    // Hashtags, handles and web addresses are not words of the text ("#Army", "@agency", "https://t.co/x");
    // an address run on after a word ("Armyhttps://t.co/...") leaves the word.
    if (start > 0 && (text[start - 1] === '#' || text[start - 1] === '@')) continue;
    if (text[end] === ':' && text.startsWith('//', end + 1) && /https?$/i.test(word)) {
      const skip = text.slice(end).search(/\s/);
      re.lastIndex = skip < 0 ? text.length : end + skip;
      word = word.replace(/https?$/i, '');
      if (!word) continue;
      end = start + word.length;
    }
    // "pro-Iran", "anti-US": the name after the prefix is a mention of its own ("Pre-Trial Chamber" is a name).
    // Capitalised inside a run of capitals, the prefix is part of the name ("National Anti-Corruption Commission").
    const prev = toks[toks.length - 1];
    const insideName = !!prev && prev.cap && start - prev.end === 1;
    const pre = word.includes('-') && !insideName ? /^(pro|anti|non|ex|post|pre|Pro|Anti|Non|Ex)-(?=\p{Lu})/u.exec(word) : null;
    if (pre) {
      word = word.slice(pre[0].length);
      start += pre[0].length;
    }
    let poss = false;
    // "Iran-backed", "US-led": the name before the hyphen is kept, the participle is not part of it.
    const hyphen = word.includes('-');
    const adj = hyphen ? ADJ_COMPOUND.exec(word) : null;
    if (adj && isUpperInitial(word)) {
      word = adj[1];
      end = start + word.length;
      poss = true;
    }
    const last2 = word.slice(-2);
    if ((last2 === "'s" || last2 === '’s') && word.length > 2) {
      poss = true;
      word = word.slice(0, -2);
      end -= 2;
    } else if (word.endsWith('s') && (text[end] === "'" || text[end] === '’')) {
      poss = true; // plural possessive "Forces'"
    }
    const initial = toks.length === 0 || (start - prevEnd !== 1 || text[prevEnd] !== ' ' ? opensSentence(text.slice(prevEnd, start)) : false);
    const lower = word.toLowerCase();
    const cap = isUpperInitial(word) || isPrefixedName(word);
    if (!cap) lowerSeen.add(lower);
    toks.push({ text: word, start, end, poss, lower, cap, initial });
    prevEnd = Math.max(m.index + m[0].length, re.lastIndex);
  }
  return toks;
}

/** The text between two words ends a sentence or opens a quotation. */
function opensSentence(gap: string): boolean {
  return /[“"«]\s*$/.test(gap) || /[.!?:]\s*[“"«]?\s*$/.test(gap);
}
