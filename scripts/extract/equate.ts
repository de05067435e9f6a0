// Names the text itself equates, before coreference links them: a parenthesis after a name ("Northern
// Defence Council (NDC, Majlis al-Difaa in Arabic)", "the Court (ICC or “the Court”)"), "X, also known as
// Y", "X, alias Y", "X, or ACR,", "ACR is the (Spanish acronym for the) Long Name", and a nickname in
// quotes inside a full name ('Tomas “El Gato” Rivera' ... 'El Gato'). Each equated candidate is
// marked with the candidate it joins and the rule, which coreference keeps as merge evidence.
import { AGENCIES, LANGUAGES } from '../language/lexicon/stopwords.ts';
import type { Cand } from './entities/context.ts';
import { isAcronym } from './entities/tokens.ts';

const KNOWN_AS = /^,?\s+(?:(?:(?:also|better|locally|commonly|widely|formerly)\s+)?(?:known|referred to)\s+(?:as|by\s+(?:its|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:acronym|abbreviation|initials|name|nickname))|alias(?:\s+\p{Ll}[\p{L}-]*){0,3}|a\.k\.a\.?|aka)\s+(?:the\s+)?[“"‘]?/u;

/** ", or FARC," after a long name: the text gives the acronym it goes by. */
const OR_ACRONYM = /^,\s+or\s+(?=[A-Z][A-Za-z0-9&.-]{1,9}[,;)])/;

/** "FARC is the Spanish acronym for the ...", "ELN is the ...": a copula defines the acronym. */
const ACRONYM_IS = /^\s+(?:is|stands for|means)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}?(?:acronym|abbreviation|initials)\s+(?:for|of)\s+)?(?:the\s+)?/u;

const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'al', 'el', 'de', 'du']);

/** Initials of a name's words, function words left out ("Rapid Support Forces" -> "RSF"). */
export function initials(words: string[]): string {
  let out = '';
  for (const word of words) {
    for (const w of word.split('-')) if (w && !INITIALS_SKIP.has(w)) out += w[0].toUpperCase();
  }
  return out;
}

/** Parenthetical definitions, "known as", "alias", ", or ACR", "ACR is the X", nicknames: marks each candidate the text equates with another. */
export function equateByText(cands: Cand[], texts: string[]): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const text = texts[c.sentence - 1];
    const rest = text.slice(c.end, c.end + 200);
    nickname(cands, k);
    // "ELN is the National Liberation Army": the acronym first, the long name after the copula.
    const is = isAcronym(c.text) ? ACRONYM_IS.exec(rest) : null;
    if (is) {
      const d = nextAt(cands, k, c.end + is[0].length);
      if (d && !isAcronym(d.text) && /^\s*(?:[;,.)]|and\b|$)/.test(text.slice(d.end, d.end + 6))) {
        c.equate = { to: cands.indexOf(d), rule: 'acronym-definition', detail: is[0].trim() };
        c.type = d.type ?? 'organization';
        c.tentative = false;
        continue;
      }
    }
    if (c.tentative && !isAcronym(c.text)) {
      aliasOfTentative(cands, k, rest);
      continue;
    }
    // "X, known by its Indonesian acronym Y", "X, also known as Y", "X, alias Y", "X, or Y,": the text equates two names.
    const km = KNOWN_AS.exec(rest) ?? OR_ACRONYM.exec(rest);
    if (km) {
      const at = c.end + km[0].length;
      const d = nextAt(cands, k, at);
      if (d) {
        d.equate = { to: k, rule: isAcronym(d.text) ? 'acronym-definition' : 'text-equates', detail: km[0].trim() };
        d.type = c.type ?? d.type;
        d.tentative = false;
      }
      continue;
    }
    parenthesis(cands, k, text, rest);
  }
}

/** The candidate after cands[k] in the same sentence that starts exactly at offset `at`. */
function nextAt(cands: Cand[], k: number, at: number): Cand | undefined {
  const c = cands[k];
  for (let q = k + 1; q < cands.length && cands[q].sentence === c.sentence && cands[q].start <= at; q++) if (cands[q].start === at) return cands[q];
  return undefined;
}

/** "‘Tiger’, alias media personality Rodrigo Ventura": an untyped first name joins the typed one after it. */
function aliasOfTentative(cands: Cand[], k: number, rest: string): void {
  const c = cands[k];
  const km = KNOWN_AS.exec(rest.replace(/^[”"’]/, ''));
  if (!km) return;
  const shift = /^[”"’]/.test(rest) ? 1 : 0;
  const d = nextAt(cands, k, c.end + shift + km[0].length);
  if (!d || d.tentative || !d.type) return;
  c.type = d.type;
  c.tentative = false;
  c.equate = { to: cands.indexOf(d), rule: 'text-equates', detail: km[0].trim() };
}

/** 'Tomas “El Gato” Rivera': the quoted nickname, used alone later, is the same person. */
function nickname(cands: Cand[], k: number): void {
  const c = cands[k];
  const m = /[“"‘]([^”"’]{2,30})[”"’]/.exec(c.text);
  if (!m || c.type !== 'person') return;
  for (let q = k + 1; q < cands.length; q++) {
    const d = cands[q];
    if (d.text !== m[1] || d.equate) continue;
    d.equate = { to: k, rule: 'text-equates', detail: `nickname in "${c.text}"` };
    d.type = 'person';
    d.tentative = false;
  }
}

/**
 * A parenthesis right after a name: "Northern Defence Council (NDC, Majlis al-Difaa in Arabic)",
 * "International Criminal Court (ICC or “the Court”)", "Pre-Trial Chamber I (“the Chamber”)".
 */
function parenthesis(cands: Cand[], k: number, text: string, rest: string): void {
  const c = cands[k];
  const pm = /^\s*\(([^()]{1,120})\)/.exec(rest);
  if (!pm) return;
  const p0 = c.end + rest.indexOf('(') + 1;
  const p1 = p0 + pm[1].length;
  // "the Office of the Prosecutor of the ICC (“the Prosecution”)": the parenthesis names the body of the body.
  const prev = cands[k - 1];
  const head = prev && prev.sentence === c.sentence && prev.type === 'organization' && /^\s+of\s+(?:the\s+)?$/.test(text.slice(prev.end, c.start)) ? k - 1 : k;
  for (let q = k + 1; q < cands.length && cands[q].sentence === c.sentence && cands[q].start < p1; q++) {
    const d = cands[q];
    if (d.start < p0) continue;
    const tail = text.slice(d.end, p1);
    const lead = text.slice(p0, d.start);
    const inLanguage = /^\s*in\s+(\p{L}+)/u.exec(tail);
    const letters = d.text.replace(/[^A-Z]/g, '');
    const to = isAcronym(d.text) && initials(c.words) === letters ? k : isAcronym(d.text) && initials(cands[head].words) === letters ? head : head;
    const h = cands[to];
    // A bare acronym right after the name is its acronym, unless it is a wire's credit ("Kyiv (AP)") or the name a place's.
    const credit = AGENCIES.has(d.text.toLowerCase()) || h.type === 'place';
    if (isAcronym(d.text) && (initials(h.words) === letters || lead.trim() === '' && !credit)) {
      d.equate = { to, rule: 'acronym-definition', detail: `(${pm[1].trim()})` };
      d.type = h.type ?? 'organization';
    } else if (inLanguage && LANGUAGES.has(inLanguage[1].toLowerCase())) {
      d.equate = { to, rule: 'text-equates', detail: `(${pm[1].trim()})` };
      d.type = h.type;
      d.tentative = false;
    } else if (/^\s*[“"‘](?:the\s+)?$/i.test(lead) || /\b(?:also known as|known as|or|aka|formerly)\s*[“"‘]?(?:the\s+)?$/i.test(lead)) {
      // A short name the text defines for itself, quoted or after "or": '(ICC or “the Court”)', '(“the Chamber”)'.
      d.equate = { to, rule: 'text-equates', detail: `(${pm[1].trim()})` };
      d.type = h.type;
      d.tentative = false;
    }
  }
}
