// Event trigger words, compiled once from lexicon/events.ts, and the test whether a match reports a
// happening (not a hypothetical, negated, generic or background mention). Shared by the per-article
// events stage (extract/events/) and the cross-source date check (assemble/date-consistency.ts), which
// asks whether a sentence reports an event of some type as past.
import type { EventType } from '../lib/types.ts';
import { BACKGROUND_BEFORE, EVENT_TRIGGERS, NON_FACTUAL_BEFORE, NON_FACTUAL_NOUN_BEFORE, OTHER_TRIGGERS, type TriggerSet } from './lexicon/events.ts';
import { matchesOf } from './dates.ts';
import { MONTH_CUE } from '../lib/months.ts';

export type Form = 'verb' | 'ing' | 'noun' | 'future';

// Compiled once. Nouns allow a plural "s" (captured) so bare plurals can be recognised and skipped.
// Each compiled pattern also knows its anchor words (a word every match must contain): a sentence
// only runs the patterns whose anchors occur among its lower-cased tokens, one Set lookup per token.
// That prefilter is what keeps extraction well under a millisecond per article.
interface TriggerRe {
  type: EventType;
  form: Form;
  re: RegExp;
  /** Only counts in the passive ("were seized"). */
  passiveOnly: boolean;
  /** A speech verb that is an event only with a date of its own (checked by the events stage). */
  datedOnly: boolean;
}
const TRIGGERS: TriggerRe[] = [];
/** anchor word -> indices into TRIGGERS */
export const ANCHORS = new Map<string, number[]>();
/** Patterns whose anchors could not be derived: run on every sentence (kept empty by a test). */
export const UNANCHORED: string[] = [];
const ALWAYS: number[] = [];

/** Split a regex source at top-level "|". */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0, cls = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (cls) { if (c === ']') cls = false; continue; }
    if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(src.slice(start, i)); start = i + 1; }
  }
  out.push(src.slice(start));
  return out;
}

/** Words one of which every match of `src` must contain (lower case), or null if unknown. */
export function anchorsOf(src: string): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(src)) {
    if (alt.startsWith('(?<=') || alt.startsWith('(?<!')) {
      // a condition on the words before ("rockets hit"): the match itself starts after it
      let depth = 0, end = -1;
      for (let i = 0; i < alt.length; i++) {
        if (alt[i] === '\\') { i++; continue; }
        if (alt[i] === '(') depth++;
        else if (alt[i] === ')' && --depth === 0) { end = i; break; }
      }
      const inner = end < 0 ? null : anchorsOf(alt.slice(end + 1));
      if (!inner) return null;
      out.push(...inner);
      continue;
    }
    if (alt.startsWith('(?:')) {
      // a leading group: its alternatives' anchors, unless the group is optional
      let depth = 0, end = -1;
      for (let i = 0; i < alt.length; i++) {
        if (alt[i] === '\\') { i++; continue; }
        if (alt[i] === '(') depth++;
        else if (alt[i] === ')' && --depth === 0) { end = i; break; }
      }
      if (end < 0 || /^[?*]/.test(alt.slice(end + 1))) return null;
      const inner = anchorsOf(alt.slice(3, end));
      if (!inner) return null;
      out.push(...inner);
      continue;
    }
    const m = /^[a-zà-ÿ'’-]+/i.exec(alt);
    if (!m) return null;
    let word = m[0].toLowerCase();
    const rest = alt.slice(word.length);
    if (rest.startsWith('?')) {
      if (/^\?[a-z]/i.test(rest)) return null; // "cancell?ed": the optional letter is inside the word
      word = word.slice(0, -1);
    }
    // a short function word ("to meet", "is due to visit") is a poor filter: anchor on what follows
    if (word.length < 3 && rest.startsWith('\\s+')) {
      const next = anchorsOf(rest.slice(3));
      if (next) {
        out.push(...next);
        continue;
      }
    }
    // tokens are runs of letters: anchor on the first part of a hyphenated or quoted word
    const part = word.split(/[-'’]/).find((w) => w.length >= 3) ?? word.split(/[-'’]/)[0];
    if (!part) return null;
    out.push(part);
  }
  return out;
}

for (const [type, set] of [
  ...(Object.entries(EVENT_TRIGGERS) as [EventType, TriggerSet][]),
  ...Object.values(OTHER_TRIGGERS).map((t) => ['other', t] as [EventType, TriggerSet]),
]) {
  const add = (form: Form, list: string[] | undefined, plural = false, passiveOnly = false, datedOnly = false) => {
    if (!list || list.length === 0) return;
    const body = `(?:${list.join('|')})`;
    const i = TRIGGERS.push({ type, form, re: new RegExp(`\\b${body}${plural ? '(s|es)?' : '()'}\\b`, 'gi'), passiveOnly, datedOnly }) - 1;
    const anchors = anchorsOf(list.join('|'));
    if (!anchors) {
      UNANCHORED.push(body);
      ALWAYS.push(i);
      return;
    }
    for (const a of new Set(anchors)) {
      const l = ANCHORS.get(a) ?? [];
      l.push(i);
      ANCHORS.set(a, l);
    }
  };
  add('future', set.future);
  add('verb', set.verbs);
  add('verb', set.passive, false, true);
  add('verb', set.guarded);
  add('ing', set.ing);
  add('noun', set.nouns, true);
  add('verb', set.dated, false, false, true);
}

// All anchor words in one alternation (longest first): irregexp scans a sentence for them far faster
// than a tokenising loop with a Map lookup per word, and only the hits are looked up.
const ANCHOR_RE = new RegExp(`\\b(?:${[...ANCHORS.keys()].sort((a, b) => b.length - a.length).join('|')})(?:e?s)?\\b`, 'gi');

/** Indices of the trigger patterns whose anchor words occur in the sentence (sorted), [] if none. */
export function candidateTriggers(s: string): number[] {
  let hit: Set<number> | null = null;
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(s); m; m = ANCHOR_RE.exec(s)) {
    const w = m[0].toLowerCase();
    const l = ANCHORS.get(w) ?? ANCHORS.get(w.slice(0, -1)) ?? ANCHORS.get(w.slice(0, -2));
    if (l) for (const k of l) (hit ??= new Set()).add(k);
  }
  if (!hit && ALWAYS.length === 0) return [];
  const out = [...(hit ?? []), ...ALWAYS];
  return out.sort((a, b) => a - b);
}

export const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|got|get|gets)\s+(?:\w+ly\s+)?$/i;

const NUMBER_BEFORE = /(?:\b\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?|several|multiple|a\s+series\s+of|a\s+wave\s+of|a\s+spate\s+of))\s+(?:[\w-]+\s+){0,2}$/i;
const DETERMINER_BEFORE = /(?:\b(?:a|an|the|his|her|their|its|this|that|last|latest|recent|first|second|third|rare)|[\p{L}\d][’']s)\s+(?:[\w-]+\s+){0,3}$/iu;
/** A year or a day and month modifying the noun: "2010 elections", "the February 14 attack". */
const DATE_MODIFIER_BEFORE = new RegExp(`(?:\\b(?:1[89]|20)\\d\\d|\\b(?:${MONTH_CUE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_CUE}))\\s+(?:[\\w-]+\\s+){0,2}$`, 'i');
/** "to" before a noun with its determiner is a preposition ("led to the death of"), not an infinitive. */
const TO_PREPOSITION = /\bto\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?$/i;

export interface Found {
  type: EventType;
  form: Form;
  index: number;
  end: number;
  text: string;
  passive: boolean;
  background: boolean;
  /** A speech verb that reports a happening only with a date of its own ("said on Monday"). */
  datedOnly?: boolean;
}

/** Trigger matches in a sentence; `only` restricts to the prefiltered patterns (default: all). */
export function findTriggers(s: string, only?: number[]): Found[] {
  const found: Found[] = [];
  for (const ti of only ?? TRIGGERS.map((_t, i) => i)) {
    const t = TRIGGERS[ti];
    t.re.lastIndex = 0;
    for (const m of matchesOf(t.re, s)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      const before = s.slice(Math.max(0, index - 60), index);
      const plural = t.form === 'noun' && !!m[1];
      // "2010 elections", "the 2018 general elections": a dated plural of an election-type noun is one happening
      const datedPlural = plural && DATE_MODIFIER_BEFORE.test(before);
      // "attacks are daily": not one happening — unless counted, or endured ("has endured threats")
      const endured = plural && /\b(?:endured|faced|received|suffered|weathered)\s+(?:[\w-]+\s+){0,2}$/i.test(before);
      if (plural && !NUMBER_BEFORE.test(before) && !endured && !datedPlural) continue;
      // "was in <Place>": a visit only when a capitalised name follows (checked against places later)
      if (t.type === 'visit' && /^(?:was|were)\s+in$/i.test(m[0]) && !/^\s+(?:the\s+)?[A-Z]/.test(s.slice(end))) continue;
      if (t.form === 'noun' && !plural && !DETERMINER_BEFORE.test(before) && !DATE_MODIFIER_BEFORE.test(before) && !/^[A-Z]/.test(m[0]) && !/\bin\s+a\s+$/i.test(before)) {
        // a noun without determiner is usually generic ("calls for calm and dialogue") — allow only
        // compound heads like "drone strike" that carry their own modifier
        if (!/\s/.test(m[0]) && t.type !== 'strike') continue;
      }
      // "tied up their boats in protest", "resigned in protest at": a manner, not a happening
      if (t.type === 'protest' && /\bin\s+$/i.test(before) && /^protest$/i.test(m[0])) continue;
      // the month, not a march: "in March 2015", "March 3", "3 March"
      if (t.type === 'protest' && /^march$/i.test(m[0]) && (/^March/.test(m[0]) || /^\s*\d/.test(s.slice(end)) || /\d\s*$/.test(before))) continue;
      if (t.form !== 'future' && NON_FACTUAL_BEFORE.test(before) && !(t.form === 'noun' && TO_PREPOSITION.test(before) && !NON_FACTUAL_BEFORE.test(before.replace(TO_PREPOSITION, '')))) continue;
      // "entered Kabul", "entered the capital": not "entered a plea", "entered into force"
      if (t.type === 'deployment' && /^entered$/i.test(m[0]) && !/^\s+(?:(?:the\s+)?(?:capital|city|town|village|country|territory|compound|building)\b|(?:the\s+)?[A-Z])/.test(s.slice(end))) continue;
      if (t.form === 'noun' && NON_FACTUAL_NOUN_BEFORE.test(before)) continue;
      // ", accused of launching attacks": a participle describing someone, not an accusation made
      if (t.type === 'statement' && /^accused$/i.test(m[0]) && /,\s*$/.test(before) && /^\s+of\b/i.test(s.slice(end))) continue;
      // inside an "if"/"unless" clause: hypothetical
      const clauseStart = Math.max(s.lastIndexOf(',', index), s.lastIndexOf(';', index), s.lastIndexOf(':', index), 0);
      if (t.form !== 'future' && /\b(?:if|unless|whether|lest)\b/i.test(s.slice(clauseStart, index))) continue;
      // "the two slain commanders": a participle used as an adjective
      if (t.form === 'verb' && /\b(?:the|a|an|two|three|\d+|his|her|their|its)\s+$/i.test(before) && /^\s+[a-z]+/.test(s.slice(end)) && !/^\s+(?:in|on|at|by|for|to|with|after|during|near|earlier|last|yesterday)\b/i.test(s.slice(end))) continue;
      if (t.type === 'attack' && /^struck$/i.test(m[0]) && /^\s+(?:a|an)\s+(?:deal|agreement|chord|balance|tone)/i.test(s.slice(end))) continue;
      if (t.type === 'threat' && t.form === 'noun' && /^s?\s+(?:from|against|to)\b/i.test(s.slice(end)) && plural && !endured) continue;
      // passive: "was arrested", or a reduced relative with no object ("members arrested earlier this week")
      const reduced = t.form === 'verb' && /[a-z]s?\s+$/.test(before) && !/\b(?:he|she|they|it|we|i|who|which|that)\s+$/i.test(before) && /^\s*(?:[,.;]|in|on|at|by|for|during|near|earlier|last|yesterday|after|over|without|following|since)\b/i.test(s.slice(end) || '.') && !/[A-Z][\w-]*\s+$/.test(before);
      const speech = t.type === 'statement' || t.type === 'threat';
      const passive = (t.form === 'verb' && (PASSIVE_BEFORE.test(before) || (reduced && !speech))) || t.form === 'noun';
      if (t.passiveOnly && !passive) continue;
      // "received the minister" is a meeting, "received a complaint" is not
      if (t.type === 'meeting' && /^received$/i.test(m[0]) && !/^\s+(?:(?:an?|the)\s+)?(?:[A-Z]|(?:delegations?|envoys?|ministers?|leaders?|officials?)\b)/.test(s.slice(end))) continue;
      // "the person arrested will be released": a participle naming people, not a new happening
      const participleNoun = t.form === 'verb' && /\b(?:the|a|an|one|those|men|people|person|persons)\s+(?:[a-z-]+\s+)?$/i.test(before) && /^\s+(?:will|would|was|were|is|are|has|have|had)\b/i.test(s.slice(end));
      const background = (t.form === 'noun' && BACKGROUND_BEFORE.test(before)) || participleNoun;
      const f: Found = { type: t.type, form: t.form, index, end, text: m[0], passive, background };
      if (t.datedOnly) f.datedOnly = true;
      found.push(f);
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  // Overlapping matches: keep the longest/earliest (e.g. "drone strike" over "strike").
  const kept: Found[] = [];
  for (const f of found) {
    const clash = kept.find((k) => f.index < k.end && k.index < f.end);
    if (clash) continue;
    kept.push(f);
  }
  // "targeted killing": a participle directly before a nominal trigger modifies it
  return kept.filter((f, i) => !(f.form === 'verb' && kept[i + 1] && kept[i + 1].form === 'noun' && /^\s+$/.test(s.slice(f.end, kept[i + 1].index))));
}
