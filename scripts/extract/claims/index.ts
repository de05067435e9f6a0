// Claims: who said what, about whom, in one article.
//
// Why this shape: news text marks speech in two ways — quotation marks (direct) and reporting verbs
// (indirect). Both are found by linear scans over one string made of the article's sentences, so the
// cost is proportional to the article. A quotation becomes a claim only when something attributes it
// (a reporting verb in its sentence, or the news convention that a quote following a quote continues
// the same speaker); short quoted phrases with no reporting verb before them are scare quotes.
// Speakers are taken from the entity mentions inside the speaker phrase; pronouns and role nouns
// ("he said", "the brigade announced", "the analyst") are resolved to the nearest compatible antecedent,
// and left unresolved (speaker null, label kept) rather than guessed.

import { ROLE_NOUNS } from '../../language/lexicon/titles.ts';
import type { ArticleClaim, ClaimKind, CleanedArticle, LocalEntity, Mention } from '../../lib/types.ts';
import {
  AUX_WORDS,
  FRONTED_OPENERS,
  INVERTIBLE,
  NEGATORS,
  NAMING_BEFORE,
  NOUN_MARKERS,
  ORG_NOUNS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  PREPOSITIONS,
  ROLE_SYNONYMS,
  SPEAKER_HEAD_NOUNS,
  SPEECH_VERBS,
  THING_PRONOUNS,
  THREAT_CONTENT,
  THREAT_VOW,
  VERB_LOOKAHEAD,
} from '../../language/lexicon/speech.ts';

// ---------------------------------------------------------------------------------------------------
// The article as one string

interface Seg {
  n: number;
  para: number;
  start: number;
  end: number;
}

interface Doc {
  text: string;
  /** Same length as text; quoted spans (marks included) blanked, so verb/name scans skip them. */
  masked: string;
  segs: Seg[];
  paraStart: Map<number, number>;
  paraEnd: Map<number, number>;
  /** Mentions with offsets into `text`, sorted by start. */
  mentions: (Mention & { gs: number; ge: number })[];
  entities: Map<string, LocalEntity>;
}

const BLANK = '\u25A1';

function buildDoc(cleaned: CleanedArticle, entities: LocalEntity[], mentions: Mention[]): Doc {
  let text = '';
  const segs: Seg[] = [];
  const paraStart = new Map<number, number>();
  const paraEnd = new Map<number, number>();
  const bySentence = new Map<number, Seg>();
  let prevPara = -1;
  for (const s of cleaned.sentences ?? []) {
    if (!s || typeof s.text !== 'string') continue;
    if (segs.length) text += s.paragraph === prevPara ? ' ' : '\n\n';
    const start = text.length;
    text += s.text;
    const seg = { n: s.n, para: s.paragraph, start, end: text.length };
    segs.push(seg);
    bySentence.set(s.n, seg);
    if (!paraStart.has(s.paragraph)) paraStart.set(s.paragraph, start);
    paraEnd.set(s.paragraph, text.length);
    prevPara = s.paragraph;
  }
  const ms: Doc['mentions'] = [];
  for (const m of mentions ?? []) {
    const seg = bySentence.get(m.sentence);
    if (!seg || m.start < 0 || m.end > seg.end - seg.start || m.end <= m.start) continue;
    ms.push({ sentence: m.sentence, start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, gs: seg.start + m.start, ge: seg.start + m.end });
  }
  ms.sort((a, b) => a.gs - b.gs || b.ge - a.ge);
  return { text, masked: text, segs, paraStart, paraEnd, mentions: ms, entities: new Map((entities ?? []).map((e) => [e.key, e])) };
}

function segAt(doc: Doc, i: number): Seg {
  const segs = doc.segs;
  let lo = 0, hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= i) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo];
}

/** First index in a list sorted by `pos` whose pos >= x. */
function lowerBound<T>(arr: T[], x: number, pos: (t: T) => number): number {
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(arr[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reporting verbs lying inside [a, b), in order (verbs are sorted by start). */
function verbsIn(verbs: Verb[], a: number, b: number): Verb[] {
  const out: Verb[] = [];
  for (let k = lowerBound(verbs, a, (v) => v.start); k < verbs.length && verbs[k].start < b; k++) if (verbs[k].end <= b) out.push(verbs[k]);
  return out;
}

/** Mentions whose start lies in [a, b). */
function mentionsIn(doc: Doc, a: number, b: number): Doc['mentions'] {
  const ms = doc.mentions;
  let lo = 0, hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].gs < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Doc['mentions'] = [];
  for (let k = lo; k < ms.length && ms[k].gs < b; k++) out.push(ms[k]);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Quotation marks

interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the end of the paragraph where an unclosed quote stops. */
  close: number;
  closed: boolean;
  /** Opening marks that continue the quote at the start of a later paragraph. */
  cont: number[];
}

type MarkRole = 'open' | 'close';
interface Mark {
  i: number;
  dbl: boolean;
  role: MarkRole;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const LEFT_FLANK = /[\s([{\u2014\u2013\-/]/;

function scanMarks(t: string): Mark[] {
  const out: Mark[] = [];
  const re = /["“”„«»‘’']/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const i = m.index, c = m[0], prev = t[i - 1], next = t[i + 1];
    const leftOpen = prev === undefined || LEFT_FLANK.test(prev);
    switch (c) {
      case '“':
      case '„':
      case '«':
        out.push({ i, dbl: true, role: 'open' });
        break;
      case '»':
        out.push({ i, dbl: true, role: 'close' });
        break;
      case '”':
        // a right mark with space before and a word after is a mis-typed opener
        out.push({ i, dbl: true, role: leftOpen && isWordChar(next) ? 'open' : 'close' });
        break;
      case '"':
        if (leftOpen && !isSpace(next)) out.push({ i, dbl: true, role: 'open' });
        else if (!leftOpen) out.push({ i, dbl: true, role: 'close' });
        else out.push({ i, dbl: true, role: 'close' }); // isolated: only closes an open quote
        break;
      case '‘':
        if (!isSpace(next)) out.push({ i, dbl: false, role: 'open' });
        break;
      case '’':
      case "'":
        if (isWordChar(prev) && isWordChar(next)) break; // apostrophe: Iran’s, don't
        if (leftOpen && isWordChar(next)) {
          if (c === "'") out.push({ i, dbl: false, role: 'open' });
          break;
        }
        if (!leftOpen) out.push({ i, dbl: false, role: 'close' });
        break;
    }
  }
  return out;
}

/** Pairs marks into quotations, following quotes over paragraph breaks the way news copy does. */
function findQuotes(doc: Doc): QuoteSpan[] {
  const t = doc.text;
  const marks = scanMarks(t);
  const paras = [...doc.paraStart.keys()];
  const paraOf = (i: number) => segAt(doc, i).para;
  const out: QuoteSpan[] = [];
  type Open = { open: number; dbl: boolean; cont: number[]; para: number };
  let cur = null as Open | null;
  let k = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    const ps = doc.paraStart.get(p)!, pe = doc.paraEnd.get(p)!;
    const pm: Mark[] = [];
    while (k < marks.length && marks[k].i < pe) {
      if (marks[k].i >= ps) pm.push(marks[k]);
      k++;
    }
    let j = 0;
    if (cur) {
      const first = pm[0];
      const prevEnd = doc.paraEnd.get(cur.para)!;
      if (first && first.role === 'open' && first.dbl === cur.dbl && t.slice(ps, first.i).trim() === '') {
        cur.cont.push(first.i); // a new paragraph opening with a mark continues the quote
        cur.para = p;
        j = 1;
      } else if (cur.dbl && /^[\p{Ll}….]/u.test(t.slice(ps, ps + 1)) && pm.find((x) => x.dbl)?.role === 'close') {
        cur.para = p; // a paragraph broken mid-quote by the scrape ("the ears...\n\nof the traitor")
      } else {
        out.push({ open: cur.open, close: prevEnd, closed: false, cont: cur.cont });
        cur = null;
      }
    }
    for (; j < pm.length; j++) {
      const m = pm[j];
      if (!cur) {
        if (m.role === 'open') cur = { open: m.i, dbl: m.dbl, cont: [], para: p };
        continue;
      }
      if (m.dbl !== cur.dbl) continue; // nested quote of the other kind
      if (m.role === 'close') {
        out.push({ open: cur.open, close: m.i, closed: true, cont: cur.cont });
        cur = null;
      } else if (paraOf(cur.open) === p && cur.cont.length === 0) {
        cur = { open: m.i, dbl: m.dbl, cont: [], para: p }; // earlier opener was stray
      }
    }
    if (cur !== null && !(cur as Open).dbl) cur = null; // single marks never run past a paragraph (mostly apostrophes)
  }
  if (cur) out.push({ open: cur.open, close: doc.paraEnd.get(cur.para)!, closed: false, cont: cur.cont });
  return out.filter((q) => q.close > q.open + 1);
}

function quoteText(doc: Doc, q: QuoteSpan): string {
  let s = '';
  let from = q.open + 1;
  for (const c of q.cont) {
    s += doc.text.slice(from, c) + ' ';
    from = c + 1;
  }
  s += doc.text.slice(from, q.close);
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:\u2013\u2014-]+$/, '')
    .replace(/^[\s,;:]+/, '');
}

function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  if (!quotes.length) return text;
  let out = '';
  let last = 0;
  for (const q of quotes) {
    const end = q.closed ? q.close + 1 : q.close;
    out += text.slice(last, q.open) + text.slice(q.open, end).replace(/[^\n]/g, BLANK);
    last = end;
  }
  return out + text.slice(last);
}

// ---------------------------------------------------------------------------------------------------
// Reporting verbs

interface Verb {
  start: number;
  end: number;
  form: string;
  kind: ClaimKind;
  /** "according to X": the speaker follows. */
  according?: boolean;
}

// Letters and digits of any script except the punctuation blocks (U+2000-U+303F: curly quotes, dashes,
// the blank used for masked quotations); written without \p{..} classes, which are slow in V8.
const WORD = /[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u3040-\uFFEF]+(?:['’\-][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u3040-\uFFEF]+)*/g;
/** Products of speech: "a message tweeted on Friday" is a participle, not a reporting verb. */
const SPEECH_PRODUCTS = new Set('message statement video videos letter post posts tweet speech remarks comments interview footage recording audio clip report document order'.split(' '));
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got', 'gets']);

const LEMMA_OK_BEFORE = new Set('i we you they to will would can could may might should must shall do did does not also still often never and or but who which that'.split(' '));
const ADJ_END = /(?:ward|al|ous|ful|ive|ic|ent|ant|ed|ing|ly|est|er)$/;
/** Bare and -s forms of these verbs are often nouns ("calls for calm", "world demand"): check the word before. */
function verbShape(w: string, prev: string): boolean {
  const lemma = !/(?:s|ed|ing)$/.test(w) && !/^(?:said|told|wrote|denied|replied|threw)$/.test(w);
  if (lemma) return LEMMA_OK_BEFORE.has(prev) || (/[^'’]s$/.test(prev) && !NOUN_MARKERS.has(prev)) || AUX_WORDS.has(prev);
  if (/[^s]s$/.test(w) && ADJ_END.test(prev) && !AUX_WORDS.has(prev)) return false;
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

function findVerbs(masked: string): Verb[] {
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
    const nounish = adjacent && (NOUN_MARKERS.has(prev) || (SPEECH_PRODUCTS.has(prev) && /ed$/.test(w)) || PASSIVE_AUX.has(prev));
    const ahead = masked.slice(end, end + VERB_LOOKAHEAD);
    const passive = /^(?:accused|charged|blamed)$/.test(w) && /^\s+(?:of|with|for|by)\b/.test(ahead);
    const negated = NEGATORS.has(prev) || (prev === 'to' && NEGATORS.has(prev2)) || (NEGATORS.has(prev2) && AUX_WORDS.has(prev));
    if (!nounish && !passive && !negated) {
      const r = readings.find((x) => !x.needs || x.needs.test(ahead));
      if (r) out.push({ start, end, form: w, kind: r.kind });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Speaker phrases

interface Speaker {
  key: string | null;
  label: string;
  /** Entity type, or 'unnamed-person'/'unnamed-thing' for descriptions, for pronoun agreement. */
  type: string;
}

interface Ctx {
  doc: Doc;
  verbs: Verb[];
  /** Claims made so far (document order), for "he said"/"it added". */
  claims: (ArticleClaim & { _start: number; _type: string })[];
  /** Speaker computed per verb start, for coordination ("X said ... and warned"). */
  verbSpeaker: Map<number, Speaker | null>;
  /** Lower-cased masked text, made on first need. */
  lower?: string;
}

const words = (s: string) => s.match(WORD) ?? [];
const trimPunct = (s: string) => s.replace(/^[\s,;:\u2013\u2014-]+|[\s,;:\u2013\u2014-]+$/g, '');

/** Splits a phrase at top-level commas (not inside parentheses), keeping offsets. */
function commaSegments(t: string, base: number): { s: number; e: number }[] {
  const out: { s: number; e: number }[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      out.push({ s: base + from, e: base + i });
      from = i + 1;
    }
  }
  out.push({ s: base + from, e: base + t.length });
  return out;
}

const WORD_ONE = new RegExp(WORD.source);
function firstWordLower(s: string): string {
  const w = WORD_ONE.exec(s)?.[0];
  return w ? w.toLowerCase() : '';
}

/** True when a mention fills most of the phrase (the phrase is just a name). */
function nameOnly(doc: Doc, s: number, e: number): boolean {
  const letters = (x: string) => x.replace(/[^\p{L}]/gu, '').length;
  const total = letters(doc.masked.slice(s, e));
  if (!total) return false;
  const ms = mentionsIn(doc, s, e);
  const covered = ms.reduce((n, m) => n + letters(doc.text.slice(m.gs, Math.min(m.ge, e))), 0);
  return covered / total >= 0.6;
}

/** Subject phrase ending right before a verb at `end`, starting no earlier than `from`. [s, e) or null. */
function leftSubject(ctx: Ctx, from: number, end: number, verb: Verb): { s: number; e: number } | { inherit: Verb } | null {
  const { doc } = ctx;
  const m = doc.masked;
  // another reporting verb in between: "he said, arguing that" -> same speaker
  const inner = verbsIn(ctx.verbs, from, end).filter((v) => v !== verb && !v.according);
  if (inner.length) {
    const last = inner[inner.length - 1];
    const rest = m.slice(last.end, end);
    const restWords = words(rest).map((w) => w.toLowerCase()).filter((w) => !AUX_WORDS.has(w) && !['and', 'but', 'or', 'while', 'then'].includes(w));
    const lastBlanks = rest.includes(BLANK);
    const coordinated = /^[^,;]*\b(?:and|but)\b(?:\s+(?:also|then|later|again))*\s*$/i.test(rest);
    if (!restWords.length || coordinated || (/^\s*,/.test(rest) && !lastBlanks && /^(?:ing)$/.test(verb.form.slice(-3)))) return { inherit: last };
    from = last.end;
  }
  let region = m.slice(from, end);
  // "A party official who requested anonymity ... said": the subject is the phrase before "who"
  const who = /^([^,;]*?\S)\s+(?:who|whose)\s[^,;]*$/i.exec(region);
  if (who && looksLikeSubject(who[1]) && words(who[1]).length <= 12) {
    const r = leftStrip(doc, from, from + who[1].length, false);
    if (r) return r;
  }
  // hard clause boundaries: the subject follows the last one
  const hard = /(?:;|\bwhat\b|\bwhere\b|\bwhile\b|\bwhereas\b|\bthat\b|\bwhich\b|\bsaying\b)/gi;
  let cut = 0;
  let h: RegExpExecArray | null;
  while ((h = hard.exec(region))) cut = h.index + h[0].length;
  let s = from + cut;
  region = m.slice(s, end);
  // coordination: "X has urged calm but also warned" -> subject before the conjunction
  const conj = /\b(?:and|but|or)\b/gi;
  let lastConj: RegExpExecArray | null = null;
  while ((h = conj.exec(region))) lastConj = h;
  if (lastConj) {
    const after = words(region.slice(lastConj.index + lastConj[0].length)).filter((w) => !AUX_WORDS.has(w.toLowerCase()));
    if (!after.length) {
      const before = region.slice(0, lastConj.index);
      // subject = start of the first clause, up to its first auxiliary
      const r = leftStrip(doc, s, s + before.length, true);
      if (!r) {
        const prevVerb = verbsIn(ctx.verbs, from, s + before.length).pop();
        return prevVerb ? { inherit: prevVerb } : null;
      }
      return r;
    }
  }
  return leftStrip(doc, s, end, false);
}

const LAST_WORD = /([\p{L}\p{N}'’-]+)[\s,]*$/u;
const ONLY_SPACE_COMMA = /^[\s,]*$/;
/**
 * LAST_WORD.exec(t) — the last word, when only spaces and commas follow it — without running an
 * end-anchored pattern from every position of a long phrase: it is tried on the last 48 characters
 * first, and on the whole phrase only when that window cannot decide (the word may start before it).
 */
function lastWord(t: string): { index: number; 1: string } | RegExpExecArray | null {
  let from = t.length - 48;
  const c = t.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff) from--; // never cut a surrogate pair
  if (from <= 0) return LAST_WORD.exec(t);
  const r = LAST_WORD.exec(t.slice(from));
  if (r ? r.index === 0 : ONLY_SPACE_COMMA.test(t.slice(from))) return LAST_WORD.exec(t);
  return r ? { index: from + r.index, 1: r[1] } : null;
}

/** Drops trailing auxiliaries/adverbs and fronted phrases; walks back over appositives. */
function leftStrip(doc: Doc, s: number, e: number, cutAtFirstAux: boolean): { s: number; e: number } | null {
  const m = doc.masked;
  if (cutAtFirstAux) {
    // subject of a coordinated clause: words up to the first auxiliary or lower-case verb-like word after a name
    const re = new RegExp(WORD.source, 'g');
    re.lastIndex = s;
    let w: RegExpExecArray | null;
    while ((w = re.exec(m)) && w.index < e) {
      if (AUX_WORDS.has(w[0].toLowerCase()) || SPEECH_VERBS.has(w[0].toLowerCase())) {
        e = w.index;
        break;
      }
    }
  }
  // trailing auxiliaries and adverbs
  for (;;) {
    const t = m.slice(s, e);
    const mm = lastWord(t);
    if (!mm) break;
    if (AUX_WORDS.has(mm[1].toLowerCase()) || /ly$/.test(mm[1]) && /^[a-z]/.test(mm[1]) && !SPEAKER_HEAD_NOUNS.has(mm[1].toLowerCase())) {
      e = s + mm.index;
      continue;
    }
    break;
  }
  const segs = commaSegments(m.slice(s, e), s).filter((g) => m.slice(g.s, g.e).trim() !== '');
  if (!segs.length) return null;
  // walk back from the segment next to the verb
  let i = segs.length - 1;
  const ok = (g: { s: number; e: number }) => {
    const ws = words(m.slice(g.s, g.e)).map((x) => x.toLowerCase());
    return ws.length > 0 && !ws.some((x) => AUX_WORDS.has(x) && !/ly$/.test(x) && !['also', 'himself', 'herself', 'itself', 'themselves'].includes(x));
  };
  const fronted = (g: { s: number; e: number }) => {
    const w0 = firstWordLower(m.slice(g.s, g.e));
    return FRONTED_OPENERS.has(w0) || /^(?:who|whose|which|speaking|writing|asked|talking)$/.test(w0);
  };
  {
    // "..., and the bloc's president said": the subject follows the conjunction
    const lastSeg = segs[segs.length - 1];
    const cj = /^\s*(?:and|but|yet|or)\s+(?=\S)/i.exec(m.slice(lastSeg.s, lastSeg.e));
    if (cj && looksLikeSubject(m.slice(lastSeg.s + cj[0].length, lastSeg.e))) return { s: lastSeg.s + cj[0].length, e: lastSeg.e };
  }
  // the segment next to the verb; if it is a fronted phrase or a clause, there is no subject here
  while (i >= 0 && fronted(segs[i]) && i < segs.length - 1) i--;
  let last = segs[segs.length - 1];
  if (fronted(last) || !ok(last)) {
    // "X, in a message ..., said": skip one parenthetical
    if (segs.length >= 2 && fronted(last)) {
      last = segs[segs.length - 2];
      i = segs.length - 2;
      if (!ok(last) || fronted(last)) return ok(last) ? null : subjectOfClause(doc, last);
    } else if (!ok(last)) return subjectOfClause(doc, last);
    else return null;
  } else i = segs.length - 1;
  let start = segs[i].s;
  const end = last.e;
  const lastWords = words(m.slice(last.s, last.e)).map((x) => x.toLowerCase());
  if (lastWords.length === 1 && (PERSON_PRONOUNS.has(lastWords[0]) || THING_PRONOUNS.has(lastWords[0]) || PLURAL_PRONOUNS.has(lastWords[0]))) return { s: last.s, e: last.e };
  for (let j = i - 1; j >= 0; j--) {
    const g = segs[j];
    if (!ok(g)) break;
    if (fronted(g)) {
      if (j === 0) break;
      continue; // parenthetical PP between name and verb
    }
    const next = segs[j + 1];
    const accept =
      nameOnly(doc, g.s, g.e) ||
      (nameOnly(doc, next.s, next.e) && words(m.slice(g.s, g.e)).length <= 8);
    if (!accept) break;
    start = g.s;
  }
  return { s: start, e: end };
}

/** The subject of a clause: its words up to the first auxiliary ("The prime minister has urged calm"). */
function subjectOfClause(doc: Doc, g: { s: number; e: number }): { s: number; e: number } | null {
  const m = doc.masked;
  const re = new RegExp(WORD.source, 'g');
  re.lastIndex = g.s;
  let w: RegExpExecArray | null;
  let e = g.e;
  while ((w = re.exec(m)) && w.index < g.e) {
    if (AUX_WORDS.has(w[0].toLowerCase())) {
      e = w.index;
      break;
    }
  }
  return trimPunct(m.slice(g.s, e)) ? { s: g.s, e } : null;
}

/** Speaker phrase after an inverted verb: ", said a masked, gun-toting fighter in one of ...". */
function rightSubject(doc: Doc, from: number, limit: number): { s: number; e: number } | null {
  const m = doc.masked;
  let t = m.slice(from, limit);
  const stop = /[.;!?\n]|\u25A1/.exec(t);
  if (stop) t = t.slice(0, stop.index);
  if (/^\s*(?:that|to|whether|if|what|how|why|in|on|at|for|of|with|by|from|about)\b/i.test(t)) return null; // a clause or phrase, not a speaker
  const segs = commaSegments(t, from);
  if (!segs.length) return null;
  const cutPrep = (g: { s: number; e: number }) => {
    const x = m.slice(g.s, g.e);
    const p = /\s(?:in|on|at|during|after|before|when|while|as|from|via|through|over|to|that|who|adding|referring|according|last|this|on)\b/i.exec(x);
    return p && trimPunct(x.slice(0, p.index)) ? { s: g.s, e: g.s + p.index } : g;
  };
  let first = segs[0];
  let k = 1;
  // adjectives separated by commas: "a masked, gun-toting fighter"
  while (k < segs.length && words(m.slice(first.s, first.e)).length <= 2 && !/(?:s|\p{Lu}\p{L}*)\s*$/u.test(m.slice(first.s, first.e)) && /^\s*[\p{Ll}]/u.test(m.slice(segs[k].s, segs[k].e)) && !/^\s*(?:a|an|the|one|speaking|who|adding|in|on|at)\b/i.test(m.slice(segs[k].s, segs[k].e))) {
    first = { s: first.s, e: segs[k].e };
    k++;
  }
  first = cutPrep(first);
  let e = first.e;
  // appositives: ", a fellow at ...", ", the analyst", ", speaking on condition of anonymity"
  for (; k < segs.length; k++) {
    const x = m.slice(segs[k].s, segs[k].e);
    if (/^\s*(?:a|an|the|one|speaking|who)\b/i.test(x)) e = segs[k].e;
    else break;
  }
  if (!trimPunct(m.slice(first.s, e))) return null;
  return { s: first.s, e };
}

const DETERMINER = /^(?:the|this|that|these|those)$/i;
const SUBJECT_STARTERS = new Set('a an the one two three four five several some many most other another each both all his her its their our he she it they we i senior top'.split(' '));

/** A speaker phrase starts like a noun phrase: a capital, a determiner or pronoun, or a speaker noun. */
function looksLikeSubject(t: string): boolean {
  const ws = words(t);
  if (!ws.length) return false;
  const w0 = ws[0]!;
  if (/^\p{Lu}/u.test(w0)) return !PREPOSITIONS.has(w0.toLowerCase()) && !FRONTED_OPENERS.has(w0.toLowerCase()) || ws.length === 1;
  const l = w0.toLowerCase();
  if (SUBJECT_STARTERS.has(l)) return true;
  // A role noun written before a name: "prosecutor Jane Doe", "lawyer John Roe".
  if (ws.length > 1 && ROLE_NOUNS.has(l) && /^\p{Lu}/u.test(ws[1]!)) return true;
  return ws.some((w) => SPEAKER_HEAD_NOUNS.has(w.toLowerCase())) && !/ing$/.test(l) && !PREPOSITIONS.has(l);
}

const RUN_WORDS = new Set(['of', 'the', 'a', 'an', 'al', 'and', 'senior', 'top', 'local', 'armed', 'masked', 'unidentified', 'other', 'several', 'some', 'many']);
/** Subject of "<noun phrase> threatening/urging ...": the run of name and speaker-noun words right before. */
function ingSubject(doc: Doc, from: number, at: number): { s: number; e: number } | null {
  const m = doc.masked;
  const re = new RegExp(WORD.source, 'g');
  re.lastIndex = from;
  const toks: { s: number; e: number; w: string }[] = [];
  let w: RegExpExecArray | null;
  while ((w = re.exec(m)) && w.index < at) toks.push({ s: w.index, e: w.index + w[0].length, w: w[0] });
  let k = toks.length;
  const inMention = (t: { s: number }) => mentionsIn(doc, t.s - 80, t.s + 1).some((x) => x.gs <= t.s && t.s < x.ge);
  while (k > 0) {
    const t = toks[k - 1];
    if (/[,;.:]/.test(m.slice(t.e, k < toks.length ? toks[k].s : at))) break;
    const l = t.w.toLowerCase();
    if (inMention(t) || SPEAKER_HEAD_NOUNS.has(l) || ORG_NOUNS.has(l) || RUN_WORDS.has(l) || /-(?:backed|led|linked|aligned)$/.test(l)) k--;
    else break;
  }
  while (k < toks.length && ['of', 'and'].includes(toks[k].w.toLowerCase())) k++;
  if (k >= toks.length) return null;
  return { s: toks[k].s, e: toks[toks.length - 1].e };
}

function entityType(doc: Doc, key: string | null): string {
  if (!key) return 'unnamed';
  return doc.entities.get(key)?.type ?? 'unnamed';
}

/** Word-bounded, case-insensitive pattern for a role synonym, compiled once per word. */
const wordReMemo = new Map<string, RegExp>();
function wordRe(w: string, flags: string, tail: boolean): RegExp {
  const k = flags + (tail ? '1' : '0') + w;
  let re = wordReMemo.get(k);
  if (!re) {
    if (wordReMemo.size > 10_000) wordReMemo.clear();
    re = new RegExp(tail ? `\\b${w}\\b` : `\\b${w}`, flags);
    wordReMemo.set(k, re);
  }
  return re;
}

function resolveRole(ctx: Ctx, noun: string, before: number): Speaker | null {
  const { doc } = ctx;
  const syns = ROLE_SYNONYMS[noun] ?? (ORG_NOUNS.has(noun) || !/^[a-z]{3,}$/.test(noun) ? undefined : [noun]);
  if (syns) {
    const cands = [...doc.entities.values()].filter(
      (e) => e.type === 'person' && (e.roles ?? []).some((r) => syns.some((sy) => wordRe(sy, 'i', true).test(r))),
    );
    if (cands.length === 1) return { key: cands[0].key, label: cands[0].name, type: 'person' };
    if (cands.length > 1) {
      // nearest preceding mention among the candidates
      const keys = new Set(cands.map((c) => c.key));
      const prior = mentionsIn(doc, before - 3000, before).filter((x) => keys.has(x.entity) && !doc.masked.slice(x.gs, x.ge).includes(BLANK));
      const p = prior[prior.length - 1];
      if (p) return { key: p.entity, label: p.text, type: 'person' };
    }
    return null;
  }
  if (ORG_NOUNS.has(noun)) {
    const prior = mentionsIn(doc, before - 3000, before).filter((x) => x.type === 'organization' && !doc.masked.slice(x.gs, x.ge).includes(BLANK));
    const paraNow = segAt(doc, before).para;
    for (let k = prior.length - 1; k >= 0; k--) {
      const x = prior[k];
      if (paraNow - segAt(doc, x.gs).para > 3) break;
      const e = doc.entities.get(x.entity);
      const names = [x.text, e?.name ?? '', ...(e?.aliases ?? [])].join(' ').toLowerCase();
      const stem = noun.replace(/s$/, '');
      if (wordRe(stem, '', false).test(names)) return { key: x.entity, label: x.text, type: 'organization' };
    }
    return null;
  }
  return null;
}

/** The latest claim made so far that passes `test`, looking back at most a few thousand characters. */
function lastClaim(ctx: Ctx, test: (c: Ctx['claims'][number]) => boolean, at: number): Ctx['claims'][number] | undefined {
  for (let k = ctx.claims.length - 1; k >= 0; k--) {
    const c = ctx.claims[k];
    if (at - c._start > 4000) break;
    if (test(c)) return c;
  }
  return undefined;
}

/** Resolves a pronoun to the previous speaker or the nearest compatible name. */
function resolvePronoun(ctx: Ctx, pron: string, at: number): Speaker | null {
  const { doc } = ctx;
  const para = segAt(doc, at).para;
  const prevClaim = lastClaim(ctx, (c) => c._start < at, at);
  const claimPara = prevClaim ? segAt(doc, prevClaim._start).para : -99;
  const recentClaim = prevClaim && para - claimPara <= 2 ? prevClaim : null;
  const wantPerson = PERSON_PRONOUNS.has(pron);
  const wantThing = THING_PRONOUNS.has(pron);
  const head = (label: string) => {
    const core = label.split(/,|\s(?:of|at|in|from|with|for|who|on)\s/)[0].trim();
    return (core.split(/\s+/).pop() ?? '').toLowerCase();
  };
  const compatible = (type: string, label: string) => {
    label = head(label);
    if (wantPerson) return type === 'person' || (type === 'unnamed' && !/s$/i.test(label) && !ORG_NOUNS.has(label));
    if (wantThing) return type === 'organization' || (type === 'unnamed' && !/s$/i.test(label.trim()));
    return type === 'organization' || (type === 'unnamed' && /s$/i.test(label.trim()));
  };
  // nearest name of the right kind outside quotations, in this or the previous paragraph
  let near: Doc['mentions'][number] | null = null;
  for (let k = lowerBound(doc.mentions, at, (x) => x.gs) - 1; k >= 0; k--) {
    const x = doc.mentions[k];
    if (x.gs >= at) continue;
    if (para - segAt(doc, x.gs).para > 1) break;
    if (doc.masked.slice(x.gs, x.ge).includes(BLANK)) continue;
    if (doc.text.slice(x.ge, x.ge + 2).match(/^['’]s/)) continue; // possessive modifier
    const wb = words(doc.masked.slice(Math.max(0, x.gs - 20), x.gs)).pop()?.toLowerCase();
    if (wb && PREPOSITIONS.has(wb)) continue; // "in remarks to X": not a subject
    if ((wantPerson && x.type === 'person') || (!wantPerson && x.type === 'organization')) {
      near = x;
      break;
    }
  }
  if (recentClaim && compatible(recentClaim._type, recentClaim.speaker_label) && (!near || recentClaim._start >= segAt(doc, near.gs).start || (recentClaim.speaker !== null && recentClaim.speaker === near.entity)))
    return { key: recentClaim.speaker, label: recentClaim.speaker_label, type: recentClaim._type };
  if (near) return { key: near.entity, label: near.text, type: near.type };
  return null;
}

/** Who a speaker phrase [s, e) names. */
function resolvePhrase(ctx: Ctx, s: number, e: number): Speaker | null {
  const { doc } = ctx;
  const label = trimPunct(doc.text.slice(s, e).replace(/\s+/g, ' '));
  if (!label) return null;
  const ws = words(doc.masked.slice(s, e)).map((w) => w.toLowerCase());
  if (ws.length === 1 && (PERSON_PRONOUNS.has(ws[0]) || THING_PRONOUNS.has(ws[0]) || PLURAL_PRONOUNS.has(ws[0]))) {
    return resolvePronoun(ctx, ws[0], s) ?? { key: null, label, type: 'unnamed' };
  }
  // names in head position: not after a preposition within their comma segment, not possessive
  const heads: Doc['mentions'] = [];
  for (const x of mentionsIn(doc, s, e)) {
    if (doc.masked.slice(x.gs, x.ge).includes(BLANK)) continue;
    const segStart = s + doc.masked.slice(s, x.gs).lastIndexOf(',') + 1;
    const before = words(doc.masked.slice(segStart, x.gs)).map((w) => w.toLowerCase());
    // "a friend of Jane Doe", "supporters of the party leader Jane Doe": someone else speaks; but in
    // "Member of the Iraqi parliament Naeem al-Ahad" the name follows its own title and is the speaker.
    const prep = before.findIndex((w) => PREPOSITIONS.has(w));
    if (prep >= 0 && (prep === before.length - 1 || x.type !== 'person' || before.slice(0, prep).some((w) => w.length > 3 && /s$/.test(w)))) continue;
    if (/^['’]s\b/.test(doc.text.slice(x.ge, x.ge + 3))) continue;
    heads.push(x);
  }
  const person = heads.find((x) => x.type === 'person');
  if (person) return { key: person.entity, label: person.text, type: 'person' };
  const org = heads.find((x) => x.type === 'organization');
  if (org) {
    // "XYZ fighters", "a party official": a member speaks, not the organisation
    const rest = doc.masked.slice(org.ge, e);
    const after = words(rest.split(',')[0]).map((w) => w.toLowerCase());
    const memberNoun = after.some((w) => SPEAKER_HEAD_NOUNS.has(w) && !ORG_NOUNS.has(w));
    if (!memberNoun) return { key: org.entity, label: org.text, type: 'organization' };
    return { key: null, label, type: 'unnamed' };
  }
  const place = heads.find((x) => x.type === 'place');
  if (place && nameOnly(doc, s, e)) return { key: place.entity, label: place.text, type: 'place' };
  // "the brigade", "the analyst", "the French prime minister"
  const possessive = /['’]s\b/.test(doc.masked.slice(s, e));
  if (ws.length >= 2 && DETERMINER.test(ws[0]) && ws.length <= 5 && !possessive) {
    const tail2 = ws.slice(-2).join(' ');
    const noun = ROLE_SYNONYMS[tail2] ? tail2 : ws[ws.length - 1];
    if (ws[0] !== 'the' || ws.includes('same') || ws.includes('other')) {
      // "the same sources": descriptive, leave unnamed
    } else {
      // "the official said" after "A senior official ... said": the speaker introduced just before
      const syns = ROLE_SYNONYMS[noun] ?? [noun];
      const para = segAt(doc, s).para;
      // matched against the head of the earlier description ("A senior official in X" -> "A senior official")
      const headOf = (label: string) => label.split(/,|\s(?:of|at|in|from|with|for|who|on)\s/)[0];
      const back = ORG_NOUNS.has(noun)
        ? undefined
        : lastClaim(ctx, (c) => c._start < s && para - segAt(doc, c._start).para <= 3 && syns.some((sy) => wordRe(sy, 'i', true).test(headOf(c.speaker_label))), s);
      if (back && back.speaker === null) return { key: null, label: back.speaker_label, type: back._type };
      const r = resolveRole(ctx, noun, s);
      if (r) return r;
      if (back) return { key: back.speaker, label: back.speaker_label, type: back._type };
    }
  }
  const named = namedElsewhere(ctx, s, e);
  if (named) return named;
  return { key: null, label: shortLabel(doc, s, e, label), type: 'unnamed' };
}

/** A description the article elsewhere pins to a name ("his main rival said ..." ... "His main rival,
 * former deputy Jane Roe, rejected ..."): the name right after the same words, appositive style. */
function namedElsewhere(ctx: Ctx, s: number, e: number): Speaker | null {
  const { doc } = ctx;
  const phrase = doc.masked.slice(s, e).trim().toLowerCase();
  const ws = words(phrase);
  if (ws.length < 2 || ws.length > 5 || !/^(?:his|her|its|their|the)$/.test(ws[0]!) || phrase.includes(BLANK)) return null;
  if (!ctx.lower) ctx.lower = doc.masked.toLowerCase();
  for (let at = ctx.lower.indexOf(phrase); at >= 0; at = ctx.lower.indexOf(phrase, at + 1)) {
    if (at === s) continue;
    const after = at + phrase.length;
    if (/^[\p{L}\p{N}]/u.test(ctx.lower.slice(after, after + 1))) continue;
    const m = mentionsIn(doc, after, after + 80).find((x) => x.type === 'person');
    if (!m) continue;
    // only a comma and title-like words between: "His main rival, former federal deputy Jane Roe"
    const between = doc.masked.slice(after, m.gs);
    if (/^,?\s*(?:[\p{L}.'’-]+\s+){0,4}$/u.test(between) && !/[;.]/.test(between) && !words(between).some((w) => AUX_WORDS.has(w.toLowerCase()) || SPEECH_VERBS.has(w.toLowerCase())))
      return { key: m.entity, label: m.text, type: 'person' };
  }
  return null;
}

/** An unnamed speaker's description, cut before a relative clause or verb ("Another group calling itself ..."). */
function shortLabel(doc: Doc, s: number, e: number, label: string): string {
  const re = new RegExp(WORD.source, 'g');
  re.lastIndex = s;
  let w: RegExpExecArray | null;
  let n = 0;
  let prev = '';
  while ((w = re.exec(doc.masked)) && w.index < e) {
    const l = w[0].toLowerCase();
    const commaBefore = /,\s*$/.test(doc.masked.slice(s, w.index));
    // an -ing word right after a determiner is an adjective ("a leading member")
    const ingVerb = /ing$/.test(l) && !commaBefore && !SPEAKER_HEAD_NOUNS.has(l) && !SUBJECT_STARTERS.has(prev) && !/^\p{Lu}/u.test(w[0]);
    if (n > 0 && ((AUX_WORDS.has(l) && !/ly$/.test(l)) || ['who', 'which', 'that'].includes(l) || ingVerb)) {
      const cut = trimPunct(doc.text.slice(s, w.index).replace(/\s+/g, ' '));
      return cut || label;
    }
    prev = l;
    n++;
  }
  return label;
}

/** "..., said X in ...": the speaker phrase after the verb, when the sentence is built that way. */
function invertedSubject(doc: Doc, v: Verb, before: string): { s: number; e: number } | null {
  if (!(/[,\u25A1]\s*$/.test(before) || trimPunct(before) === '')) return null;
  if (!INVERTIBLE.has(v.form) || v.according) return null;
  const segEnd = segAt(doc, v.start).end;
  const right = rightSubject(doc, v.end, segEnd);
  if (!right) return null;
  const rest = doc.masked.slice(right.e, segEnd);
  const np = doc.masked.slice(right.s, right.e);
  const npWords = words(np).map((w) => w.toLowerCase());
  // "Neneng Suryani, 34, said she woke up": a clause follows, not the speaker
  if (npWords.length > 1 && (PERSON_PRONOUNS.has(npWords[0]) || THING_PRONOUNS.has(npWords[0]) || PLURAL_PRONOUNS.has(npWords[0]) || ['we', 'i', 'you'].includes(npWords[0]))) return null;
  if (trimPunct(before) !== '' && !before.includes(BLANK) && words(before).length <= 8) {
    // "A survivor, Jane Doe, 34, said ...": a speaker phrase, not reported content, stands before the verb
    const bs = v.start - before.length;
    if (mentionsIn(doc, bs, v.start).some((x) => x.type === 'person')) return null;
  }
  const ok =
    looksLikeSubject(np) &&
    !words(np.split(',')[0]).some((w) => AUX_WORDS.has(w.toLowerCase()) && !/ly$/.test(w)) &&
    !rest.includes(BLANK) &&
    (trimPunct(rest).replace(/[.!?]+$/, '') === '' || /^\s*(?:in|on|at|during|after|before|when|while|as|via|last|this|from)\b/i.test(rest));
  return ok ? right : null;
}

/** Speaker of a reporting verb, as the sentence gives it. */
function speakerOfVerb(ctx: Ctx, v: Verb, regionStart: number, depth = 0): Speaker | null {
  if (ctx.verbSpeaker.has(v.start)) return ctx.verbSpeaker.get(v.start)!;
  const { doc } = ctx;
  let sp: Speaker | null = null;
  if (v.according) {
    const r = rightSubject(doc, v.end, segAt(doc, v.start).end);
    sp = r ? resolvePhrase(ctx, r.s, r.e) : null;
  } else {
    const before = doc.masked.slice(regionStart, v.start);
    const right = invertedSubject(doc, v, before);
    const rightOk = !!right;
    if (rightOk && trimPunct(before) === '') sp = resolvePhrase(ctx, right!.s, right!.e);
    else {
      const l = v.form.endsWith('ing') && !/[,\u25A1]\s*$/.test(before) ? ingSubject(doc, regionStart, v.start) : leftSubject(ctx, regionStart, v.start, v);
      if (l && 'inherit' in l) sp = depth < 4 ? speakerOfVerb(ctx, l.inherit, regionStart, depth + 1) : null;
      else if (l && looksLikeSubject(doc.masked.slice(l.s, l.e))) sp = resolvePhrase(ctx, l.s, l.e);
      else if (rightOk) sp = resolvePhrase(ctx, right!.s, right!.e);
    }
    if (!sp && depth < 4) {
      // "X said ... and warned that": the earlier verb's speaker
      const seg = segAt(doc, v.start);
      const prevVerb = verbsIn(ctx.verbs, seg.start, v.start).filter((x) => !x.according).pop();
      if (prevVerb) sp = speakerOfVerb(ctx, prevVerb, seg.start, depth + 1);
      else if (v.form.endsWith('ing')) {
        // "X ... held up a sign reading “...”": the name the sentence opens with
        const first = mentionsIn(doc, seg.start, v.start)[0];
        if (first && trimPunct(doc.masked.slice(seg.start, first.gs)) === '' && first.type !== 'place') sp = { key: first.entity, label: first.text, type: first.type };
      }
    }
  }
  ctx.verbSpeaker.set(v.start, sp);
  return sp;
}

// ---------------------------------------------------------------------------------------------------
// Targets

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'across', 'inside', 'into', 'through', 'over', 'outside', 'around', 'to', 'toward', 'towards', 'on']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it']);

function targetsOf(ctx: Ctx, a: number, b: number, speaker: string | null, verb: Verb | null): string[] {
  const { doc } = ctx;
  const out: string[] = [];
  const add = (k: string | null | undefined) => {
    if (k && k !== speaker && !out.includes(k)) out.push(k);
  };
  // the verb's object: "accused the premier", "slammed X", "warning him"
  if (verb && verb.kind !== 'statement' && !verb.according) {
    const after = doc.masked.slice(verb.end, verb.end + 60);
    const om = /^\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})/u.exec(after);
    const obj = mentionsIn(doc, verb.end, verb.end + 40).find((x) => trimPunct(doc.masked.slice(verb.end, x.gs)).split(/\s+/).filter(Boolean).length <= 1);
    if (obj) add(obj.entity);
    else if (om) {
      const first = om[1].split(/\s+/)[0].toLowerCase();
      if (OBJECT_PRONOUNS.has(first)) {
        const r = resolveObjectPronoun(ctx, first, verb.start, speaker);
        if (r) add(r);
      } else if (first === 'the') {
        const ws = om[1].toLowerCase().split(/\s+/);
        for (let n = 2; n <= Math.min(4, ws.length); n++) {
          const noun = ws.slice(1, n).join(' ');
          const last2 = ws.slice(n - 2, n).join(' ');
          const key = ROLE_SYNONYMS[last2] ? last2 : ROLE_SYNONYMS[ws[n - 1]] ? ws[n - 1] : null;
          if (key && !ORG_NOUNS.has(noun)) {
            const r = resolveRole(ctx, key, verb.start);
            if (r?.key) add(r.key);
            break;
          }
        }
      }
    }
  }
  for (const x of mentionsIn(doc, a, b)) {
    if (x.type === 'place') {
      const w = words(doc.text.slice(Math.max(a, x.gs - 12), x.gs)).pop()?.toLowerCase();
      if (w && LOCATIVE.has(w)) continue;
      if (/^['’]s\b/.test(doc.text.slice(x.ge, x.ge + 3))) continue;
    }
    add(x.entity);
  }
  return out;
}

function resolveObjectPronoun(ctx: Ctx, pron: string, at: number, speaker: string | null): string | null {
  const { doc } = ctx;
  const wantPerson = pron === 'him' || pron === 'her';
  // an earlier target in this sentence ("accused the premier ..., warning him")
  const sentStart = segAt(doc, at).start;
  const earlier = lastClaim(ctx, (c) => c._start >= sentStart && c.targets.length > 0, at);
  if (earlier) {
    const t = earlier.targets.find((k) => k !== speaker && (!wantPerson || entityType(doc, k) === 'person'));
    if (t) return t;
  }
  for (let k = lowerBound(doc.mentions, at, (x) => x.gs) - 1; k >= 0; k--) {
    const x = doc.mentions[k];
    if (x.gs >= at) continue;
    if (at - x.gs > 600) break;
    if (x.entity === speaker || doc.masked.slice(x.gs, x.ge).includes(BLANK)) continue;
    if (wantPerson ? x.type === 'person' : x.type !== 'place') return x.entity;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Extraction

function directKind(v: Verb | null, text: string, after: string): ClaimKind {
  if (!v) return THREAT_CONTENT.test(text) ? 'threat' : 'quote';
  if (/^(?:vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|promise|promised)$/.test(v.form) && THREAT_VOW.test(after)) return 'threat';
  if (v.kind === 'statement') return THREAT_CONTENT.test(text) ? 'threat' : 'quote';
  return v.kind;
}

function indirectKind(v: Verb, after: string, content: string): ClaimKind {
  if (/^(?:vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|promise|promised)$/.test(v.form) && THREAT_VOW.test(after)) return 'threat';
  if (v.kind === 'statement' && THREAT_CONTENT.test(content)) return 'threat';
  return v.kind;
}

const wc = (s: string) => words(s).length;

export function extractClaims(cleaned: CleanedArticle, entities: LocalEntity[], mentions: Mention[]): ArticleClaim[] {
  try {
    return extract(cleaned, entities, mentions);
  } catch {
    return []; // never let one odd article stop the build
  }
}

function extract(cleaned: CleanedArticle, entities: LocalEntity[], mentions: Mention[]): ArticleClaim[] {
  if (!cleaned || !Array.isArray(cleaned.sentences) || !cleaned.sentences.length) return [];
  const doc = buildDoc(cleaned, entities, mentions);
  if (!doc.segs.length) return [];
  const quotes = findQuotes(doc);
  doc.masked = maskQuotes(doc.text, quotes);
  const verbs = findVerbs(doc.masked);
  const ctx: Ctx = { doc, verbs, claims: [], verbSpeaker: new Map() };
  const usedVerbs = new Set<number>();
  const directSentences = new Set<number>();

  // quotes and the verbs that attribute them, in document order
  type Item = { at: number; q?: QuoteSpan; qi?: number; v?: Verb };
  const items: Item[] = [...quotes.map((q, qi) => ({ at: q.open, q, qi })), ...verbs.map((v) => ({ at: v.start, v }))];
  items.sort((a, b) => a.at - b.at);

  // direct quotes first need their verbs, which may come after them: decide attributions up front
  const attribution = new Map<number, { verb: Verb | null; cont: boolean }>();
  quotes.forEach((q, qi) => {
    const sa = segAt(doc, q.open), sb = segAt(doc, Math.max(q.open, q.close - 1));
    const prevQ = qi > 0 && quotes[qi - 1].close > sa.start ? quotes[qi - 1] : null;
    const nextQ = qi + 1 < quotes.length && quotes[qi + 1].open < sb.end ? quotes[qi + 1] : null;
    const beforeFrom = prevQ ? prevQ.close + 1 : sa.start;
    const afterTo = nextQ ? nextQ.open : sb.end;
    const closeEnd = q.closed ? q.close + 1 : q.close;
    const text = quoteText(doc, q);
    const beforeStr = doc.masked.slice(beforeFrom, q.open);
    if (NAMING_BEFORE.test(beforeStr)) return; // a name in quotes
    const before = verbsIn(verbs, beforeFrom, q.open).pop() ?? null;
    let after: Verb | null = verbsIn(verbs, closeEnd, afterTo)[0] ?? null;
    const rawQuote = doc.text.slice(q.open + 1, q.close);
    const commaInside = /[,?!…—–-]\s*$/.test(rawQuote);
    if (after) {
      const between = doc.masked.slice(closeEnd, after.start);
      const betweenWords = wc(between);
      const betweenHasStop = /[.!?;]/.test(between.replace(/^[\s.]*$/, ''));
      const servesNext = !!nextQ && verbsIn(verbs, closeEnd, nextQ.open).pop() === after;
      const okAfter =
        !betweenHasStop &&
        (commaInside || (/^\s*,/.test(between) && !servesNext) || (betweenWords <= 3 && !/^\s*[,.;]/.test(between) && !servesNext)) &&
        !(betweenWords > (commaInside ? 24 : 12));
      if (!okAfter) after = null;
    }
    let verb: Verb | null = null;
    if (before && after) verb = commaInside && q.closed ? after : before;
    else verb = before ?? after;
    const words_ = wc(text);
    if (!verb && prevQ && segAt(doc, prevQ.open).n === sa.n) {
      // a second partial quote in a reported-speech sentence ("X said it was “...” and “...”"): same verb
      const pa = attribution.get(qi - 1);
      if (pa && pa.verb && pa.verb.start < prevQ.open && !/[.!?;]/.test(beforeStr)) verb = pa.verb;
    }
    if (!verb) {
      // continuation: a quote opening its sentence right after a quoted speaker
      const lead = trimPunct(doc.masked.slice(sa.start, q.open));
      if (lead === '' && words_ >= 3) attribution.set(qi, { verb: null, cont: true });
      return;
    }
    // scare quotes: a short phrase with its reporting verb only after it and no comma inside
    if (words_ <= 3 && verb === after && !commaInside) return;
    attribution.set(qi, { verb, cont: false });
    usedVerbs.add(verb.start);
  });

  for (const [qi] of attribution) {
    const q = quotes[qi];
    const sa = segAt(doc, q.open), sb = segAt(doc, Math.max(q.open, q.close - 1));
    for (let n = sa.n; n <= sb.n; n++) directSentences.add(n);
  }
  let lastDirect: (ArticleClaim & { _start: number; _type: string }) | null = null;
  const indirectDone = new Set<number>();
  for (const it of items) {
    if (it.q) {
      const q = it.q, att = attribution.get(it.qi!);
      if (!att) continue;
      const sa = segAt(doc, q.open), sb = segAt(doc, Math.max(q.open, q.close - 1));
      const text = quoteText(doc, q);
      if (!text) continue;
      let speaker: Speaker | null = null;
      let kind: ClaimKind;
      if (att.cont) {
        if (!lastDirect || sa.para - segAt(doc, lastDirect._start).para > 1) continue;
        speaker = { key: lastDirect.speaker, label: lastDirect.speaker_label, type: lastDirect._type };
        kind = lastDirect.kind === 'quote' || THREAT_CONTENT.test(text) ? directKind(null, text, '') : lastDirect.kind;
      } else {
        const v = att.verb!;
        const prevQ = it.qi! > 0 && quotes[it.qi! - 1].close > sa.start ? quotes[it.qi! - 1] : null;
        const regionStart = v.start < q.open ? (prevQ ? prevQ.close + 1 : sa.start) : q.closed ? q.close + 1 : q.close;
        speaker = speakerOfVerb(ctx, v, regionStart);
        kind = directKind(v, text, doc.masked.slice(v.end, v.end + 40));
      }
      if (!speaker || !speaker.label) continue;
      const c: ArticleClaim & { _start: number; _type: string } = {
        kind,
        direct: true,
        speaker: speaker.key,
        speaker_label: speaker.label,
        targets: [] as string[],
        text,
        sentence: sa.n,
        sentence_end: sb.n,
        _start: q.open,
        _type: speaker.key ? entityType(doc, speaker.key) : 'unnamed',
      };
      c.targets = targetsOf(ctx, q.open, q.close, speaker.key, att.verb && att.verb.start < q.open ? att.verb : null);
      ctx.claims.push(c);
      lastDirect = c;
      for (let n = sa.n; n <= sb.n; n++) directSentences.add(n);
      continue;
    }
    const v = it.v!;
    if (usedVerbs.has(v.start)) continue;
    const seg = segAt(doc, v.start);
    if (directSentences.has(seg.n) || indirectDone.has(seg.n)) continue;
    const qk = lowerBound(quotes, v.start + 1, (q) => q.open) - 1;
    if (qk >= 0 && quotes[qk].close > v.start) continue;
    // one indirect claim per sentence: the most specific verb in it that yields a speaker
    const inSentence = verbsIn(verbs, seg.start, seg.end).filter((x) => !usedVerbs.has(x.start));
    const order = [...inSentence.filter((x) => x.kind !== 'statement'), ...inSentence.filter((x) => x.according), ...inSentence.filter((x) => x.kind === 'statement' && !x.according)];
    indirectDone.add(seg.n);
    for (const cand of order) {
      const made = indirectClaim(ctx, cand, seg);
      if (made) {
        ctx.claims.push(made);
        break;
      }
    }
  }
  return ctx.claims.map(({ _start, _type, ...c }) => c);
}

function indirectClaim(ctx: Ctx, v: Verb, seg: Seg): (ArticleClaim & { _start: number; _type: string }) | null {
  const { doc } = ctx;
  const m = doc.masked;
  const beforeRaw = m.slice(seg.start, v.start);
  let afterStart = v.end;
  // "told AFP that ...", "told reporters": skip the addressee
  if (/^(?:tell|tells|told|telling)$/.test(v.form)) {
    const ad = /^\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}?(?=that\b)|^\s+[\p{L}\p{N}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]*)*(?=\s*[.,;]|\s+(?:in|on|last|this|at)\b)/u.exec(m.slice(v.end, seg.end));
    if (ad) afterStart = v.end + ad[0].length;
  }
  let afterText = m.slice(afterStart, seg.end);
  let contentS: number, contentE: number;
  let speaker: Speaker | null;
  const endAttribution = /^[\s,]*(?:(?:in|on|at|last|this|during|earlier|later)\b[^,.;]{0,40})?[.!?"”]*\s*$/i.test(afterText) || /^\s*(?:AFP|Reuters|AP|reporters|journalists)\b[^,;]*[.]?\s*$/.test(afterText);
  const invertedR = invertedSubject(doc, v, beforeRaw);
  const inverted = !!invertedR && /,\s*$/.test(beforeRaw);
  if (v.according) {
    const r = rightSubject(doc, v.end, seg.end);
    speaker = r ? resolvePhrase(ctx, r.s, r.e) : null;
    // the claim is the rest of the sentence
    const lead = m.slice(seg.start, v.start);
    if (trimPunct(lead)) {
      contentS = seg.start;
      contentE = v.start;
    } else {
      contentS = r ? r.e : v.end;
      contentE = seg.end;
    }
  } else if (inverted) {
    // "..., said Smith, the analyst."
    const r = invertedR!;
    speaker = resolvePhrase(ctx, r.s, r.e);
    contentS = seg.start;
    contentE = seg.start + beforeRaw.replace(/,\s*$/, '').length;
  } else if (endAttribution) {
    // "..., the sources said." / "..., a top official told AFP."
    const lastComma = beforeRaw.lastIndexOf(',');
    if (lastComma < 0) {
      speaker = speakerOfVerb(ctx, v, seg.start);
      contentS = v.end;
      contentE = seg.end;
      if (!trimPunct(m.slice(afterStart, seg.end))) return null;
    } else {
      const l = leftStrip(doc, seg.start + lastComma + 1, v.start, false);
      speaker = l ? resolvePhrase(ctx, l.s, l.e) : null;
      contentS = seg.start;
      contentE = seg.start + lastComma;
    }
  } else {
    speaker = speakerOfVerb(ctx, v, seg.start);
    contentS = afterStart;
    contentE = seg.end;
    // "announced on Sunday that ...": drop a short time phrase and the complementiser
    const that = /^\s*(?:(?:on|in|at|during|last|this|earlier|later|late|early)\b[^,.;:]{0,50}?\s+)?that\b\s*|^\s*:\s*/i.exec(afterText);
    if (that) contentS += that[0].length;
  }
  if (!speaker || !speaker.label) return null;
  let text = trimPunct(doc.text.slice(contentS, contentE).replace(/\s+/g, ' '))
    .replace(/[.]$/, '')
    .replace(/,\s+[^,]{1,60}\s(?:said|says|say|told\s+\S+|added)\s*$/, ''); // trailing ", the sources said"
  if (wc(text) < 2) return null;
  const kind = indirectKind(v, m.slice(v.end, v.end + 40), text);
  const c: ArticleClaim & { _start: number; _type: string } = {
    kind,
    direct: false,
    speaker: speaker.key,
    speaker_label: speaker.label,
    targets: [] as string[],
    text,
    sentence: seg.n,
    sentence_end: seg.n,
    _start: v.start,
    _type: speaker.key ? entityType(doc, speaker.key) : 'unnamed',
  };
  c.targets = targetsOf(ctx, contentS, contentE, speaker.key, v);
  return c;
}
