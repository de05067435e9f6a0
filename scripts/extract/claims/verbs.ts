// Reporting verbs: one regex over every form in the speech lexicon finds the candidates; the word
// before each decides whether it is a verb here ("a warning", "calls for calm", "was accused of").
import type { ClaimKind } from '../../lib/types.ts';
import { AUX_WORDS, NEGATORS, NOUN_MARKERS, SPEECH_VERBS, VERB_LOOKAHEAD } from '../../language/lexicon/speech.ts';
import { lowerBound } from './doc.ts';
import { WORD } from './text.ts';

export interface Verb {
  start: number;
  end: number;
  form: string;
  kind: ClaimKind;
  /** "according to X": the speaker follows. */
  according?: boolean;
  /** "was condemned as “reckless” by X": a passive whose agent speaks (it attributes quotations only). */
  byAgent?: boolean;
}

/** Products of speech: "a message tweeted on Friday" is a participle, not a reporting verb. */
const SPEECH_PRODUCTS = new Set('message statement video videos letter post posts tweet speech remarks comments interview footage recording audio clip report document order'.split(' '));
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got', 'gets']);

const LEMMA_OK_BEFORE = new Set('i we you they to will would can could may might should must shall do did does not also still often never and or but who which that'.split(' '));
const ADJ_END = /(?:ward|al|ous|ful|ive|ic|ent|ant|ed|ing|ly|est|er)$/;
/** Bare and -s forms of these verbs are often nouns ("calls for calm", "world demand"): check the word before. */
function verbShape(w: string, prev: string): boolean {
  const lemma = !/(?:s|ed|ing)$/.test(w) && !/^(?:said|told|wrote|denied|replied|threw|found|hit|read)$/.test(w);
  if (lemma) return LEMMA_OK_BEFORE.has(prev) || (/[^'’]s$/.test(prev) && !NOUN_MARKERS.has(prev)) || AUX_WORDS.has(prev);
  // "the statement reads", "the report says": a product of speech before an -s form is its subject
  if (/[^s]s$/.test(w) && ADJ_END.test(prev) && !AUX_WORDS.has(prev) && !SPEECH_PRODUCTS.has(prev)) return false;
  return true;
}


/** The two words before `start` (lower case), looking back a short window. */
function prevWords(masked: string, start: number): [string, string] {
  const win = masked.slice(Math.max(0, start - 40), start);
  const ws = win.match(WORD) ?? [];
  const n = ws.length;
  // the first word of the window may be cut; only trust it when the window reaches the text start
  return [(ws[n - 1] ?? '').toLowerCase(), (n >= 2 && (n > 2 || start <= 40) ? ws[n - 2] : '').toLowerCase()];
}

/** One regex over every reporting-verb form: the scan touches only candidate words, not every token. */
const VERB_FORMS = [...SPEECH_VERBS.keys()].sort((a, b) => b.length - a.length).join('|');
const VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${VERB_FORMS}|[Aa]ccording(?=\\s+to\\b))(?![\\p{L}\\p{N}'’-])`, 'gu');
// \p{..} classes are slow in V8: text made only of ASCII, Latin-1 letters, no-break spaces, common
// punctuation (dashes, curly quotes, ellipsis) and the quotation mask — nearly all English news — runs
// the same pattern with the classes written as explicit ranges (same matches there, about 2x faster).
const LATIN_WORD_CHARS = "A-Za-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff'’-";
const VERB_RE_LATIN = new RegExp(`(?<![${LATIN_WORD_CHARS}])(?:${VERB_FORMS}|[Aa]ccording(?=\\s+to\\b))(?![${LATIN_WORD_CHARS}])`, 'g');
const LATIN_TEXT = /^[\x00-\x7f\u00a0\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2010-\u201f\u2026\u25a1]*$/;

export function findVerbs(masked: string): Verb[] {
  const out: Verb[] = [];
  const re = LATIN_TEXT.test(masked) ? VERB_RE_LATIN : VERB_RE;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(masked))) {
    const w = m[0];
    const start = m.index, end = start + w.length;
    if (w === 'according' || w === 'According') {
      out.push({ start, end: end + 3, form: 'according to', kind: 'statement', according: true });
      continue;
    }
    const readings = SPEECH_VERBS.get(w)!;
    const [prev, prev2] = prevWords(masked, start);
    if (!verbShape(w, prev)) continue;
    const gap = masked.slice(Math.max(0, start - 3), start);
    const adjacent = !/[.,;:!?]/.test(gap); // "a warning" vs "a, warning" (never mind the latter)
    // ("an earlier warning" is a noun; "had earlier warned" a verb: an adverb after an auxiliary)
    const marker = NOUN_MARKERS.has(prev) && !(/^(?:earlier|later|previously)$/.test(prev) && AUX_WORDS.has(prev2));
    const nounish = adjacent && (marker || (SPEECH_PRODUCTS.has(prev) && /ed$/.test(w)) || PASSIVE_AUX.has(prev));
    const ahead = masked.slice(end, end + VERB_LOOKAHEAD);
    const passive = /^(?:accused|charged|blamed)$/.test(w) && /^\s+(?:of|with|for|by)\b/.test(ahead);
    const negated = NEGATORS.has(prev) || (prev === 'to' && NEGATORS.has(prev2)) || (NEGATORS.has(prev2) && AUX_WORDS.has(prev));
    if (!nounish && !passive && !negated) {
      const r = readings.find((x) => !x.needs || x.needs.test(ahead));
      if (r) out.push({ start, end, form: w, kind: r.kind });
    } else if (adjacent && PASSIVE_AUX.has(prev) && /ed$/.test(w) && !negated && /^\s+as\s+\u25A1[\s\u25A1]*(?:(?:and|or)\s+\u25A1[\s\u25A1]*)?by\s/.test(ahead)) {
      // "was condemned as “reckless” and “destabilizing” by world powers"
      out.push({ start, end, form: w, kind: readings[readings.length - 1].kind, byAgent: true });
    }
  }
  return out;
}

/** Reporting verbs lying inside [a, b), in order (verbs are sorted by start). */
export function verbsIn(verbs: Verb[], a: number, b: number): Verb[] {
  const out: Verb[] = [];
  for (let k = lowerBound(verbs, a, (v) => v.start); k < verbs.length && verbs[k].start < b; k++) if (verbs[k].end <= b) out.push(verbs[k]);
  return out;
}
