// Speaker phrases: where, around a reporting verb, the words naming who speaks are. Before the verb
// ("The prime minister has said"), after an inverted verb (", said a masked fighter"), before an -ing
// verb ("the brigade threatening ..."), or inherited from a verb it is coordinated with ("said ... and
// warned"). Only offsets are found here; who the phrase names is speaker.ts.
import { ROLE_NOUNS } from '../../language/lexicon/titles.ts';
import { AUX_WORDS, FRONTED_OPENERS, INVERTIBLE, ORG_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, PREPOSITIONS, SPEAKER_HEAD_NOUNS, SPEECH_VERBS, THING_PRONOUNS } from '../../language/lexicon/speech.ts';
import type { Ctx } from './context.ts';
import { mentionsIn, nameOnly, segAt, type Doc } from './doc.ts';
import { BLANK, WORD, commaSegments, firstWordLower, trimPunct, words } from './text.ts';
import { verbsIn, type Verb } from './verbs.ts';
import { clauseAt } from '../../language/clause.ts';

/** The speaker phrase the clause reading gives reporting verb `v` ([s, e) in the article text), or null:
 * none found, inside a quotation, or only a first- or second-person pronoun. */
export function clauseSubject(ctx: Ctx, v: Verb): { s: number; e: number } | null {
  const { doc } = ctx;
  const seg = segAt(doc, v.start);
  const r = ctx.readings.get(seg.n);
  if (!r) return null;
  const c = clauseAt(r, v.start - seg.start);
  if (!c || !c.subject || c.verb.voice === 'passive' || c.verb.negated) return null;
  const s = seg.start + c.subject.start, e = seg.start + c.subject.end;
  if (doc.masked.slice(s, e).includes(BLANK)) return null;
  const ws = words(doc.masked.slice(s, e)).map((w) => w.toLowerCase());
  if (ws.length === 1 && /^(?:we|i|you|us|me|one)$/.test(ws[0])) return null;
  // "posted a video on Telegram saying", "an interview to the Courier saying": where it was said, not who
  if (v.form.endsWith('ing') && /\b(?:on|in|at|via|through|to)\s+$/i.test(doc.masked.slice(Math.max(seg.start, s - 10), s))) return null;
  return looksLikeSubject(doc.masked.slice(s, e)) ? { s, e } : null;
}

/** Subject phrase ending right before a verb at `end`, starting no earlier than `from`. [s, e) or null. */
export function leftSubject(ctx: Ctx, from: number, end: number, verb: Verb): { s: number; e: number } | { inherit: Verb } | null {
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
export function leftStrip(doc: Doc, s: number, e: number, cutAtFirstAux: boolean): { s: number; e: number } | null {
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

/** Does the clause reading find a finite verb in [s, e) of the article text? */
function finiteVerbIn(ctx: Ctx, s: number, e: number): boolean {
  const seg = segAt(ctx.doc, s);
  const r = ctx.readings.get(seg.n);
  return !!r && r.verbs.some((v) => v.form === 'finite' && v.start >= s - seg.start && v.end <= e - seg.start);
}

/** Speaker phrase after an inverted verb: ", said a masked, gun-toting fighter in one of ...". */
export function rightSubject(doc: Doc, from: number, limit: number, ctx?: Ctx): { s: number; e: number } | null {
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
    // ", the mayor was paid": a clause, not an appositive
    const clause = words(x).some((w) => AUX_WORDS.has(w.toLowerCase()) && !/ly$/.test(w)) || (!!ctx && finiteVerbIn(ctx, segs[k].s, segs[k].e));
    if (/^\s*(?:speaking|who)\b/i.test(x) || (/^\s*(?:a|an|the|one)\b/i.test(x) && !clause && words(x).length >= 2)) e = segs[k].e;
    else break;
  }
  if (!trimPunct(m.slice(first.s, e))) return null;
  return { s: first.s, e };
}

export const SUBJECT_STARTERS = new Set('a an the one two three four five several some many most other another each both all his her its their our he she it they we i senior top'.split(' '));

/** A speaker phrase starts like a noun phrase: a capital, a determiner or pronoun, or a speaker noun. */
export function looksLikeSubject(t: string): boolean {
  const ws = words(t);
  if (!ws.length) return false;
  const w0 = ws[0]!;
  if (/^\p{Lu}/u.test(w0)) return !PREPOSITIONS.has(w0.toLowerCase()) && !FRONTED_OPENERS.has(w0.toLowerCase()) || ws.length === 1;
  const l = w0.toLowerCase();
  if (SUBJECT_STARTERS.has(l)) return true;
  // A role noun written before a name: "prosecutor Jane Doe", "lawyer John Roe".
  if (ws.length > 1 && ROLE_NOUNS.has(l) && /^\p{Lu}/u.test(ws[1]!)) return true;
  // "chief cabinet secretary Jane Roe": role words, then the name
  if (ws.length > 2 && /^\p{Lu}/u.test(ws[ws.length - 1]!) && ws.slice(0, -1).some((w) => ROLE_NOUNS.has(w.toLowerCase())) && !PREPOSITIONS.has(l)) return true;
  return ws.some((w) => SPEAKER_HEAD_NOUNS.has(w.toLowerCase())) && !/ing$/.test(l) && !PREPOSITIONS.has(l);
}

const RUN_WORDS = new Set(['of', 'the', 'a', 'an', 'al', 'and', 'senior', 'top', 'local', 'armed', 'masked', 'unidentified', 'other', 'several', 'some', 'many']);
/** Subject of "<noun phrase> threatening/urging ...": the run of name and speaker-noun words right before. */
export function ingSubject(doc: Doc, from: number, at: number): { s: number; e: number } | null {
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
  // "posted a video on Telegram saying": a name after a preposition is where, not who
  if (k > 0 && /^(?:on|in|at|via|through|from|to)$/i.test(toks[k - 1].w) && !/[,;.:]/.test(m.slice(toks[k - 1].e, toks[k].s))) return null;
  return { s: toks[k].s, e: toks[toks.length - 1].e };
}

/** "..., said X in ...": the speaker phrase after the verb, when the sentence is built that way. */
export function invertedSubject(doc: Doc, v: Verb, before: string): { s: number; e: number } | null {
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
