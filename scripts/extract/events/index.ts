// Events within one article: sentences reporting that something happened (an attack, an arrest, a
// visit ...), with who did it, to whom, where, when and how many.
//
// Why rules and not a parser: the corpus is thousands of short news articles; one pass of precompiled
// trigger regexes per sentence (from lexicon/events.ts) plus the sentence's entity mentions is linear,
// predictable and explainable. A trigger only counts when it reports a fact: hypothetical or negated
// contexts ("if there are new attacks", "to attack") and bare plurals ("attacks are daily") are
// skipped. Dates come from dates.ts, run only on sentences that pass its cheap cue test; an event
// mentioned as background ("over the arrest of ...") only takes a date written inside its own phrase.
import { DATE_CUE, addDays, matchesOf, rangeToDate, resolveDatesAndStated, isoToDay, type ResolvedDate } from '../../language/dates.ts';
import { ANAPHORIC_SUBJECT, BACKGROUND_BEFORE, EVENT_NOUN, EVENT_TRIGGERS, MODIFIER_SUFFIX, NON_FACTUAL_BEFORE, NON_FACTUAL_NOUN_BEFORE, NUMBER_WORDS, OTHER_TRIGGERS, ROLE_SUBJECT, TITLE_MODIFIER, type TriggerSet } from '../../language/lexicon/events.ts';
import type { ArticleEvent, CleanedArticle, EventType, LocalEntity, Mention, SourceMeta } from '../../lib/types.ts';

type Form = 'verb' | 'ing' | 'noun' | 'future';

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
  const add = (form: Form, list: string[] | undefined, plural = false, passiveOnly = false) => {
    if (!list || list.length === 0) return;
    const body = `(?:${list.join('|')})`;
    const i = TRIGGERS.push({ type, form, re: new RegExp(`\\b${body}${plural ? '(s|es)?' : '()'}\\b`, 'gi'), passiveOnly }) - 1;
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

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|got|get|gets)\s+(?:\w+ly\s+)?$/i;
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$/i;
const RECENT = /\brecent(?:ly)?\b|\bin\s+recent\s+(?:days|weeks)\b/i;
const NUMBER_BEFORE = /(?:\b\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?|several|multiple|a\s+series\s+of|a\s+wave\s+of|a\s+spate\s+of))\s+(?:[\w-]+\s+){0,2}$/i;
const DETERMINER_BEFORE = /\b(?:a|an|the|his|her|their|its|this|that|last|latest|recent|first|second|third|rare)\s+(?:[\w-]+\s+){0,3}$/i;
// Clauses that place what they contain relative to the main clause: "Less than a week after X, ...".
const RELATIVE_CLAUSE = /^\s*(?:(less|more)\s+than\s+)?(?:(a|an|one|two|three|four|five|six|seven|a\s+few|several|\d+)\s+(day|week|month)s?\s+)?(after|before|following|since)\b/i;
const BOUNDARY = /[,;:–—()]|\s-\s/g;

/** Quantities: "14 members", "13 of the detainees", "Thirteen were released". */
const QUANTITY_RE =
  /\b(\d{1,3}(?:,\d{3})*|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?)(?:\s+(hundred|thousand|million))?\s+(?:of\s+(?:the\s+|their\s+|them\b\s*)?)?([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?/gi;
const AUX = /^(?:were|was|are|is|had|have|has|of|who|which|that|and|or|in|on|at|to|more|other)$/i;
const DURATION_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times?|percent|per|am|pm|a\.m|p\.m)$/i;

function numberValue(word: string, mult?: string): number | null {
  const w = word.toLowerCase();
  let n = /^\d/.test(w) ? Number(w.replace(/,/g, '')) : NUMBER_WORDS[w];
  if (n == null || !Number.isFinite(n)) return null;
  if (mult) n *= mult.toLowerCase() === 'hundred' ? 100 : mult.toLowerCase() === 'thousand' ? 1000 : 1_000_000;
  return n;
}

export function extractQuantities(text: string, skip: { index: number; text: string }[] = []): { value: number; what: string }[] {
  const out: { value: number; what: string }[] = [];
  for (const m of matchesOf(QUANTITY_RE, text)) {
    const idx = m.index ?? 0;
    if (skip.some((s) => idx >= s.index && idx < s.index + s.text.length)) continue;
    const value = numberValue(m[1], m[2]);
    if (value == null) continue;
    if (/^(?:1[89]|20)\d\d$/.test(m[1])) continue; // a year
    let what = m[3];
    if (DURATION_UNIT.test(what)) continue;
    if (/^one$/i.test(m[1]) && /^(?:of|another|day|time)$/i.test(what)) continue;
    if (AUX.test(what)) what = m[4] && !AUX.test(m[4]) ? m[4] : '';
    if (!what || /^(?:the|a|an)$/i.test(what)) continue;
    out.push({ value, what: what.toLowerCase() });
  }
  return out;
}

export interface Found {
  type: EventType;
  form: Form;
  index: number;
  end: number;
  text: string;
  passive: boolean;
  background: boolean;
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
      // "attacks are daily": not one happening — unless counted, or endured ("has endured threats")
      const endured = plural && /\b(?:endured|faced|received|suffered|weathered)\s+(?:[\w-]+\s+){0,2}$/i.test(before);
      if (plural && !NUMBER_BEFORE.test(before) && !endured) continue;
      // "was in <Place>": a visit only when a capitalised name follows (checked against places later)
      if (t.type === 'visit' && /^(?:was|were)\s+in$/i.test(m[0]) && !/^\s+(?:the\s+)?[A-Z]/.test(s.slice(end))) continue;
      if (t.form === 'noun' && !plural && !DETERMINER_BEFORE.test(before) && !/^[A-Z]/.test(m[0]) && !/\bin\s+a\s+$/i.test(before)) {
        // a noun without determiner is usually generic ("calls for calm and dialogue") — allow only
        // compound heads like "drone strike" that carry their own modifier
        if (!/\s/.test(m[0]) && t.type !== 'strike') continue;
      }
      if (t.form !== 'future' && NON_FACTUAL_BEFORE.test(before)) continue;
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
      found.push({ type: t.type, form: t.form, index, end, text: m[0], passive, background });
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

/** Clause segments of a sentence: [start, end) between commas, semicolons, dashes, parentheses. */
function segments(s: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (const m of matchesOf(BOUNDARY, s)) {
    const i = m.index ?? 0;
    // Commas inside numbers ("5,000") or dates ("January 3, 2020") are not clause ends.
    if (m[0] === ',' && /\d$/.test(s.slice(0, i)) && /^\s?\d/.test(s.slice(i + 1))) continue;
    out.push([start, i]);
    start = i + m[0].length;
  }
  out.push([start, s.length]);
  return out;
}

function segmentOf(segs: [number, number][], pos: number): number {
  for (let i = 0; i < segs.length; i++) if (pos >= segs[i][0] && pos < segs[i][1] + 1) return i;
  return segs.length - 1;
}

/** Reference used only to locate relative date words when the publication date is unknown. */
const PERSON_NOUN = /^(?:detainees?|members?|people|persons?|men|women|prisoners?|suspects?|fighters?|militants?|hostages?|released|freed)$/;
const PROBE_REFERENCE = '2001-06-15';
const FOLLOW_UP = new Set<EventType>(['release']);
const CUSTODY = new Set<EventType>(['arrest', 'kidnapping']);
const VIOLENCE = new Set<EventType>(['attack', 'strike', 'killing']);
const DURATION_DAYS: Record<string, number> = { day: 1, week: 7, month: 31 };
/** "has recently endured", "the recent attack": taken as within this many days before publication. */
export const INFERRED_DAYS = 14;

function isRelClause(s: string, segs: [number, number][], i: number): boolean {
  return RELATIVE_CLAUSE.test(s.slice(segs[i][0], segs[i][1]));
}
// Plain functions, not per-trigger closures: a closure per call is costly (and tsx names each one).
function inSeg(m: M, seg: [number, number]): boolean {
  return m.start >= seg[0] && m.end <= seg[1] + 1;
}
function isPlacePP(m: M, s: string): boolean {
  return m.type === 'place' && PLACE_PREP.test(s.slice(Math.max(0, m.start - 30), m.start));
}

const ADVERB_OR_AUX = /^(?:then|also|later|again|subsequently|soon|has|had|have|was|were|is|are|will|would|[a-z]+ly)$/i;
/** Does a new noun phrase start in `gap` (text between a mention and a trigger) after a coordinator? */
function newSubjectBetween(gap: string): boolean {
  const m = /\b(?:and|with|while|but|when|whereas|as|after|before|because|since|where|although|though)\s+((?:[\w’'-]+\s+){1,5})$/i.exec(gap);
  if (!m) return false;
  return !m[1].trim().split(/\s+/).every((w) => ADVERB_OR_AUX.test(w));
}

/** A mention can be the subject of a trigger at `at` if it is not a modifier ("Iran-backed") and no
 * other noun phrase starts between them ("X ... and the prime minister deploying"). */
function canBeSubject(m: M, s: string, at: number): boolean {
  return !MODIFIER_SUFFIX.test(s.slice(m.end, m.end + 12)) && !newSubjectBetween(s.slice(m.end, at));
}

/** The single entity of the article whose roles include `role` ("prime minister"), else null. */
function roleHolder(role: string, entities: LocalEntity[]): string | null {
  const r = role.toLowerCase().replace(/\s+/g, ' ').trim();
  const holders = entities.filter((e) => e.type === 'person' && e.roles.some((x) => x.toLowerCase().endsWith(r)));
  return holders.length === 1 ? holders[0].key : null;
}

/** Pick the date of one trigger among the sentence's date expressions. */
function dateFor(
  s: string,
  trig: Found,
  dates: ResolvedDate[],
  segs: [number, number][],
): DateChoice | null {
  if (dates.length === 0) return null;
  const tSeg = segmentOf(segs, trig.index);
  if (trig.background) {
    // Only a date inside the noun's own phrase: "the arrest in June".
    const tail = s.slice(trig.end, Math.min(segs[tSeg][1], trig.end + 60));
    const d = dates.find((x) => x.index >= trig.end && x.index < trig.end + tail.length);
    return d ? choice(d) : null;
  }
  // A trigger inside "less than a week after X," is dated relative to the main clause's date.
  const rel = isRelClause(s, segs, tSeg) ? RELATIVE_CLAUSE.exec(s.slice(segs[tSeg][0], segs[tSeg][1])) : null;
  if (rel) {
    const inside = dates.find((x) => segmentOf(segs, x.index) === tSeg);
    if (inside) return choice(inside);
    const main = dates.filter((x) => !isRelClause(s, segs, segmentOf(segs, x.index)));
    if (main.length === 0 || !rel[3] || rel[4].toLowerCase() !== 'after') return null;
    const d = main[0];
    const n = rel[2] ? (/^\d+$/.test(rel[2]) ? +rel[2] : /few|several/i.test(rel[2]) ? 5 : ({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 } as Record<string, number>)[rel[2].toLowerCase()] ?? 1) : 1;
    const span = n * DURATION_DAYS[rel[3].toLowerCase()];
    const day = isoToDay(d.precision === 'day' ? d.date : '');
    if (day == null) return null;
    const r = rangeToDate(day - span, day);
    return r ? { ...r, text: `${rel[0].trim()} … ${d.text}`, from: addDays(d.date, -span) ?? d.from, to: d.date } : null;
  }
  // Otherwise the nearest date outside other relative clauses, preferring the same clause.
  let best: ResolvedDate | null = null;
  let bestScore = Infinity;
  for (const d of dates) {
    const dSeg = segmentOf(segs, d.index);
    if (dSeg !== tSeg && isRelClause(s, segs, dSeg)) continue;
    // a date inside another clause's ", who took office in May," belongs to that clause's verb
    if (dSeg !== tSeg && /^\s*(?:who|which|whose|where)\b/i.test(s.slice(segs[dSeg][0], segs[dSeg][1]))) continue;
    // "from October to the end of July": a span, not the date of one happening
    if (/\bfrom\s+$/i.test(s.slice(Math.max(0, d.index - 6), d.index)) && /^\S*\s+(?:to|until|till)\b/i.test(s.slice(d.index + d.text.length))) continue;
    const dist = d.index >= trig.end ? d.index - trig.end : trig.index - (d.index + d.text.length);
    const score = Math.abs(dist) + (dSeg === tSeg ? 0 : 40);
    if (score < bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best ? choice(best) : null;
}

interface DateChoice {
  date: string;
  precision: ArticleEvent['precision'];
  text: string;
  /** The ISO days the date stands for. */
  from: string;
  to: string;
}
const choice = (d: ResolvedDate): DateChoice => ({ date: d.date, precision: d.precision, text: d.text, from: d.from, to: d.to });

function isW(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}
/** Does `lower` contain `word` (lower case) as a whole word? */
function hasWord(lower: string, word: string): boolean {
  if (!word) return false;
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if ((i === 0 || !isW(lower.charCodeAt(i - 1))) && !isW(lower.charCodeAt(i + word.length))) return true;
  }
  return false;
}

interface M {
  start: number;
  end: number;
  entity: string;
  type: Mention['type'];
}

const PLACE_PREP = /\b(?:in|near|at|into|across|through|outside|inside|around|from|of|to|on|over)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Titles: a short readable description from the sentence, never the whole sentence. */
function makeTitle(s: string, trig: Found, agentName: string | null, quantityPhrase: string | null, segs: [number, number][]): string {
  const seg = segs[segmentOf(segs, trig.index)];
  // the object phrase: words after the trigger up to the clause end or a preposition that starts an adjunct
  let tail = s.slice(trig.end, seg[1]).replace(/^\s*(?:s|es)\b/, '');
  tail = tail.replace(/\b(?:on\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|when|which|who|that|because|after|as|while|since|although|though|but|then|according)\b.*$/i, '');
  // "... of their militiaman and the prime minister deploying ...": a new clause starts at "and"
  tail = tail.replace(/\s+and\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:ing|ed)\b.*$/i, '');
  const words = tail.trim().split(/\s+/).filter(Boolean).slice(0, 9);
  let obj = words.join(' ').replace(/[\s,;:.'"“”]+$/, '');
  // "His tour was made after ...": what follows a noun trigger's verb is not its object
  if (trig.form === 'noun' && /^(?:was|were|is|are|has|had|have|will|would|came|comes|took|happened)\b/i.test(obj)) obj = '';
  let title: string;
  const noun = EVENT_NOUN[trig.type];
  if (trig.type === 'other' && trig.form === 'verb' && trig.passive) {
    // no event noun to head the title: keep the clause's own words ("two camps were closed ...")
    const subj = s.slice(seg[0], trig.index).replace(/^.*\b(?:after|before|when|while|as|since|following|once|because|although|though|that|said|says)\s+/i, '').trim().split(/\s+/).slice(-6).join(' ');
    title = `${subj} ${trig.text}${obj ? ` ${obj}` : ''}`;
  } else if (trig.form === 'noun' || trig.passive) {
    if (trig.form === 'noun') {
      // keep the modifier written before the noun ("US drone strike", "rocket attack")
      const pre = s.slice(Math.max(seg[0], trig.index - 40), trig.index).split(/\s+/).filter(Boolean);
      const mods: string[] = [];
      for (let i = pre.length - 1; i >= 0 && mods.length < 3; i--) {
        const w = pre[i];
        if (!TITLE_MODIFIER.test(w) || /^(?:A|An|The|His|Her|Their|Its|This|That|In|Of|On|By|When|After|While)$/.test(w)) break;
        mods.unshift(w);
      }
      const head = [...mods, trig.text].join(' ');
      // "his tour" with a known agent and nothing else to say: "Tour by <agent>"
      const possessive = /\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i.test(s.slice(Math.max(seg[0], trig.index - 30), trig.index));
      if (!obj && possessive && agentName) obj = `by ${agentName}`;
      title = `${head.charAt(0).toUpperCase()}${head.slice(1)} ${obj}`;
    } else {
      // "14 people ... were arrested" -> "Arrest of 14 people"
      let subj = quantityPhrase ?? s.slice(seg[0], trig.index).replace(PASSIVE_BEFORE, '').trim();
      // cut what introduces the clause ("X said a member ... has been arrested") and trailing auxiliaries
      subj = subj.replace(/^.*\b(?:after|before|when|while|as|since|following|once|because|although|though|that|said|says|say|told|added|reported|claimed|announced|stated)\s+/i, '');
      subj = subj.replace(/(?:\s+(?:has|have|had|will|would|could|may|might|reportedly|allegedly|also|then|later))+$/i, '');
      if (/^(?:who|which|that)?$/i.test(subj.trim())) {
        // "militia members, who were detained": the antecedent ends the previous clause
        const k = segs.indexOf(seg);
        subj = k > 0 ? s.slice(segs[k - 1][0], segs[k - 1][1]).trim().split(/\s+/).slice(-3).join(' ') : '';
      }
      subj = subj.replace(/\s+(?:who|which|that)$/i, '').split(/\s+/).slice(-7).join(' ');
      const prep = trig.type === 'attack' || trig.type === 'strike' ? 'on' : 'of';
      title = subj ? `${noun} ${prep} ${subj}${obj ? ` ${obj}` : ''}` : `${noun}${obj ? ` ${obj}` : ''}`;
    }
  } else {
    title = `${agentName ? `${agentName} ` : ''}${trig.text}${obj ? ` ${obj}` : ''}`;
  }
  title = title.replace(/\s+/g, ' ').trim();
  const tw = title.split(' ');
  if (tw.length > 12) title = tw.slice(0, 12).join(' ');
  // never end on a function word ("... on criminal charges and")
  const TRAIL = /\s+(?:and|or|but|of|the|a|an|in|on|at|to|for|with|by|from|into|his|her|their|its|was|were|is|are|has|had|have|who|which|that|as)$/i;
  for (let k = 0; k < 4 && TRAIL.test(title); k++) title = title.replace(TRAIL, '');
  if (tw.length > 12) title += '…';
  return title.charAt(0).toUpperCase() + title.slice(1);
}

// ---- the `other` fallback -------------------------------------------------------------------------
// Past forms of common irregular verbs (and participles after have/had), for sentences that report a
// dated happening with no trigger word. Speech verbs are left out: "said" alone is a claim, not an event.
const IRREGULAR_PAST = new Set(
  ('arose awoke beat became began bent bet bid bit blew broke brought built burnt bought caught chose came cost crept cut dealt dug did ' +
    'drew drove ate fell fed fought found fled flew forbade forgave froze got gave went grew hung had heard hid hit held hurt kept knelt ' +
    'knew laid led leapt left lent let lay lit lost made meant met paid put quit ran rang rose saw sought sold sent set shook shot shut ' +
    'sang sank sat slept slid split spent spread sprang stood stole stuck struck swore swept swam swung took taught tore threw woke wore ' +
    'won withdrew wrote begun broken chosen done driven eaten fallen flown forgotten frozen given gone grown hidden known ridden risen ' +
    'seen shaken shown spoken stolen sworn taken thrown woken worn withdrawn written').split(' '),
);
const NOT_EVENT_VERB = new Set(
  ('said told added stated noted explained argued insisted claimed reported asked replied answered commented remarked ' +
    'thought believed seemed appeared wanted needed liked loved hoped feared expected felt meant had did knew ' +
    'based used called named aged related concerned armed united limited detailed interested skilled experienced ' +
    'expected alleged reported suspected wanted').split(' '),
);
/** Cheap test: any word that could be a finite past verb. */
const PAST_CUE = /[a-z]ed\b|\b(?:began|became|took|gave|given|won|lost|fell|rose|made|held|met|went|came|sent|left|led|sold|bought|built|struck|broke|fled|flew|ran|set|hit|shot|saw|sank|stole|threw|tore|withdrew|wrote)\b/;
const VERB_WORD = /[A-Za-zà-ÿ’'-]+/g;

/**
 * A synthetic `other` trigger: the finite past verb nearest a stated date in the same clause, with no
 * modal, negation or infinitive before it and not a speech verb. Null when there is none.
 */
function fallbackTrigger(s: string, dates: ResolvedDate[]): Found | null {
  if (dates.length === 0) return null;
  const segs = segments(s);
  let best: Found | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    const seg = segs[segmentOf(segs, d.index)];
    if (RELATIVE_CLAUSE.test(s.slice(seg[0], seg[1]))) continue;
    const clause = s.slice(seg[0], seg[1]);
    VERB_WORD.lastIndex = 0;
    for (let m = VERB_WORD.exec(clause); m; m = VERB_WORD.exec(clause)) {
      const w = m[0];
      const lw = w.toLowerCase();
      const index = seg[0] + m.index;
      if (index >= d.index && index < d.index + d.text.length) continue; // inside the date words
      if (/^[A-Z]/.test(w) && index > 0) continue; // a name, not a verb
      if (NOT_EVENT_VERB.has(lw)) continue;
      const participle = /(?:en|wn)$/.test(lw) && IRREGULAR_PAST.has(lw);
      if (!(IRREGULAR_PAST.has(lw) || (/[a-z]{2}ed$/.test(lw) && lw.length > 4))) continue;
      const before = s.slice(Math.max(0, index - 40), index);
      if (participle && !/\b(?:had|has|have|was|were)\s+(?:\w+ly\s+)?$/i.test(before)) continue;
      // an -ed word after a determiner or preposition is an adjective ("the armed men", "in a rented flat")
      if (/\b(?:a|an|the|his|her|its|their|this|that|these|those|of|in|on|at|for|with|by|from|very|more|most|less|newly|well)\s+$/i.test(before)) continue;
      if (NON_FACTUAL_BEFORE.test(before) || /\b(?:to|not|never|would|could|should|will|may|might|must)\s+(?:\w+\s+)?$/i.test(before)) continue;
      // the verb usually comes before its date ("began watching the flat in 2021"); one after it is
      // more often a later clause ("... in 2021 before anyone was charged")
      const dist = index < d.index ? d.index - index : index - (d.index + d.text.length) + 60;
      if (dist < bestDist) {
        bestDist = dist;
        best = { type: 'other', form: 'verb', index, end: index + w.length, text: w, passive: PASSIVE_BEFORE.test(before), background: false };
      }
    }
  }
  return best;
}

/**
 * Events of one article. Pure; never throws (returns [] on odd input). Linear in the text length:
 * sentences without any trigger word are skipped by one regex test.
 */
export function extractEvents(cleaned: CleanedArticle, meta: SourceMeta, entities: LocalEntity[], mentions: Mention[]): ArticleEvent[] {
  try {
    const out: ArticleEvent[] = [];
    const published = meta?.published && /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? meta.published : null;
    const entityName = new Map<string, LocalEntity>();
    for (const e of entities ?? []) entityName.set(e.key, e);
    const bySentence = new Map<number, M[]>();
    for (const m of mentions ?? []) {
      const list = bySentence.get(m.sentence) ?? [];
      list.push({ start: m.start, end: m.end, entity: m.entity, type: m.type });
      bySentence.set(m.sentence, list);
    }
    for (const l of bySentence.values()) l.sort((a, b) => a.start - b.start);
    let previousSubject: string | null = null;
    let lastAgent: string | null = null;
    let lastCustody: ArticleEvent | null = null;

    for (const sent of cleaned?.sentences ?? []) {
      const s = sent.text;
      if (typeof s !== 'string' || s.length === 0) continue;
      const ms = bySentence.get(sent.n) ?? [];
      const firstActor = ms.find((m) => m.type !== 'place') ?? null;
      const subjectHere = firstActor?.entity ?? null;
      if (s.length > 3000) {
        previousSubject = subjectHere ?? previousSubject;
        continue;
      }
      const cands = candidateTriggers(s);
      let triggers = cands.length ? findTriggers(s, cands) : [];
      // A sentence without a known trigger may still state a dated happening ("the FSB began watching
      // his flat in 2021"): the `other` fallback needs a named actor, a date cue and a past verb.
      const fallbackPossible = triggers.length === 0 && ms.length > 0 && DATE_CUE.test(s) && PAST_CUE.test(s);
      if (triggers.length === 0 && !fallbackPossible) {
        previousSubject = subjectHere ?? previousSubject;
        continue;
      }
      // Without a publication date, relative expressions are still located (against a neutral probe
      // reference) so their words can be kept as date_text and resolved later against a reference the
      // corpus stages may know (e.g. the publication date of another copy of the same wire report).
      const hasCue = fallbackPossible || DATE_CUE.test(s);
      const both = hasCue ? resolveDatesAndStated(s, published ?? PROBE_REFERENCE) : { dates: [], stated: [] };
      const dates = both.dates;
      const stated = published ? dates : both.stated;
      if (fallbackPossible) {
        const f = fallbackTrigger(s, published ? dates : stated);
        if (!f) {
          previousSubject = subjectHere ?? previousSubject;
          continue;
        }
        triggers = [f];
      }
      const segs = segments(s);
      const quantitiesAll = extractQuantities(s, dates);
      const kept: (ArticleEvent & { _bg: boolean; _end: number; _start: number; _mk: [Found, string | null, string | null] })[] = [];
      lastAgent = null;

      for (const trig of triggers) {
        const seg = segs[segmentOf(segs, trig.index)];
        // --- actors
        const before = ms.filter((m) => m.end <= trig.index);
        const after = ms.filter((m) => m.start >= trig.end);
        const agents: string[] = [];
        const patients: string[] = [];
        const places: string[] = [];
        if (trig.form === 'noun') {
          // "<agent's> <modifier> strike on/against/of <patient>": agent inside the noun phrase before
          const np = s.slice(Math.max(seg[0], trig.index - 40), trig.index);
          const npStart = trig.index - np.length;
          const det = np.search(/\b(?:a|an|the)\s+(?:[\w-]+\s+){0,4}$/i);
          for (const m of before) if (m.start >= (det >= 0 ? npStart + det : trig.index - 25) && m.type !== 'place') agents.push(m.entity);
          for (const m of before) if (m.start >= (det >= 0 ? npStart + det : trig.index - 25) && m.type === 'place' && !agents.length) agents.push(m.entity);
          const ofTail = s.slice(trig.end, seg[1]);
          // the noun's own phrase ends at a relative clause or a new clause
          const stop = /\b(?:who|which|that|after|before|when|while|because)\b|[,;]/.exec(ofTail);
          const npEnd = stop ? trig.end + stop.index : seg[1] + 1;
          for (const m of after) {
            if (m.start > npEnd) break;
            if (isPlacePP(m, s) && !/\b(?:of|on|against)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, m.start - 12), m.start))) places.push(m.entity);
            else if (/^\s*(?:of|on|against|targeting|with)\b/i.test(ofTail) || m.start - trig.end < 50) patients.push(m.entity);
          }
          if (agents.length === 0 && /\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i.test(s.slice(Math.max(0, trig.index - 30), trig.index)) && previousSubject) agents.push(previousSubject);
          if (agents.length === 0 && !trig.background) {
            const subj = before.filter((m) => m.type !== 'place' && inSeg(m, seg)).pop();
            if (subj && /\b(?:carried\s+out|launched|staged|conducted|claimed|ordered|made|held|had|began|signed|reached)\s+(?:\w+\s+){0,3}$/i.test(s.slice(subj.end, trig.index))) agents.push(subj.entity);
          }
        } else if (trig.passive) {
          for (const m of before) if (inSeg(m, seg) || m.start >= seg[0] - 80) (isPlacePP(m, s) ? places : patients).push(m.entity);
          const by = /^\s+(?:\w+\s+){0,3}?by\s+/i.exec(s.slice(trig.end));
          for (const m of after) {
            if (m.start > seg[1] + 1) break;
            if (by && m.start >= trig.end + by[0].length - 1 && m.start < trig.end + by[0].length + 40 && !isPlacePP(m, s)) agents.push(m.entity);
            else if (m.type === 'place') places.push(m.entity);
            else if (/\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(s.slice(trig.end, m.start)) && m.start - trig.end < 20) agents.push(m.entity); // "killed in a US drone strike"
          }
        } else {
          // active: subject before, object after
          const segBefore = s.slice(seg[0], trig.index);
          const rev = [...before].reverse();
          // A mention is the subject only if no other noun phrase starts between it and the trigger
          // ("X ... and the prime minister deploying") and it is not a modifier ("Iran-backed").

          const role = ROLE_SUBJECT.exec(s.slice(Math.max(seg[0], trig.index - 60), trig.index));
          const subj = role
            ? undefined
            : (rev.find((m) => inSeg(m, seg) && trig.index - m.end < 60 && !isPlacePP(m, s) && canBeSubject(m, s, trig.index)) ??
              rev.find((m) => m.type !== 'place' && inSeg(m, seg) && canBeSubject(m, s, trig.index)) ??
              (ANAPHORIC_SUBJECT.test(segBefore) || /^\s*(?:then|and|also)\b/i.test(segBefore) ? undefined : rev.find((m) => m.type !== 'place' && canBeSubject(m, s, trig.index))));
          if (role) {
            // "the prime minister": the one person of the article holding that role, or nobody
            const holder = roleHolder(role[1], entities ?? []);
            if (holder) agents.push(holder);
          } else if (subj) agents.push(subj.entity);
          else if (lastAgent && /^\s*(?:then|and|also|but)\b/i.test(segBefore)) agents.push(lastAgent);
          else if (ANAPHORIC_SUBJECT.test(segBefore) || /^\s*["“]/.test(s)) {
            if (previousSubject) agents.push(previousSubject);
          }
          for (const m of after) {
            if (m.start > seg[1] + 1 && patients.length + places.length > 0) break;
            if (m.start - trig.end > 120) break;
            if (isPlacePP(m, s)) places.push(m.entity);
            else patients.push(m.entity);
          }
        }
        // Places mentioned anywhere in the clause with a locative preposition.
        for (const m of ms) if (inSeg(m, seg) && isPlacePP(m, s)) places.push(m.entity);

        if (trig.type === 'visit' && /^(?:was|were)\s+in$/i.test(trig.text) && !ms.some((m) => m.type === 'place' && m.start >= trig.end && m.start <= trig.end + 6)) continue;
        // --- date
        let d = dateFor(s, trig, dates, segs);
        let unresolvedText: string | null = null;
        if (d && !published && !stated.some((x) => x.date === d!.date && x.text === d!.text)) {
          unresolvedText = dates.some((x) => x.text === d!.text) ? d.text : null;
          d = null;
        }
        let inferred = false;
        if (!d && published && !trig.background) {
          const pre = s.slice(Math.max(0, trig.index - 30), trig.index);
          if (PERFECT_BEFORE.test(pre) || RECENT.test(s.slice(seg[0], seg[1]))) {
            // "has recently endured", "the recent attack": shortly before publication
            const day = isoToDay(published)!;
            const r = rangeToDate(day - INFERRED_DAYS, day);
            if (r) {
              d = { date: r.date, precision: r.precision, text: RECENT.exec(s.slice(seg[0], seg[1]))?.[0] ?? `${pre.trim().split(/\s+/).slice(-2).join(' ')} ${trig.text}`, from: addDays(published, -INFERRED_DAYS)!, to: published };
              inferred = true;
            }
          }
        }
        const agentsU = uniq(agents);
        const patientsU = uniq(patients).filter((p) => !agentsU.includes(p));
        const placesU = uniq(places).filter((p) => !agentsU.includes(p) && !patientsU.includes(p));
        const qWindow = s.slice(Math.max(seg[0], trig.index - 60), Math.min(s.length, trig.end + 60));
        const qLower = quantitiesAll.length ? qWindow.toLowerCase() : '';
        const quantities = quantitiesAll.filter((q) => hasWord(qLower, q.what));
        const agentName = agentsU.length ? entityName.get(agentsU[0])?.name ?? null : null;
        let qPhrase: string | null = null;
        // the subject of a passive may sit before an appositive ("14 people belonging to X, the most
        // radical faction in Y, were arrested"): look in the sentence start when the clause has no number
        const QM = /\b(\d+|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen|(?:[Tt]wen|[Tt]hir|[Ff]or|[Ff]if)ty|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)\s+(?:of\s+the\s+)?([\w-]+)(?:\s+of\s+((?:[A-Z][\w'-]*\s?)+))?/;
        const qm = trig.passive && trig.form !== 'noun' ? QM.exec(s.slice(seg[0], trig.index)) ?? (seg[0] > 0 && segs.length > 2 ? QM.exec(s.slice(0, trig.index)) : null) : null;
        if (trig.passive && trig.form !== 'noun' && qm && numberValue(qm[1]) != null) qPhrase = (AUX.test(qm[2]) ? qm[1] : qm[0]).trim().replace(/^\w+/, (w) => w.toLowerCase());
        const ev: ArticleEvent & { _bg: boolean; _end: number; _start: number; _mk: [Found, string | null, string | null] } = {
          type: trig.type,
          title: '', // built at output: most triggers are merged away before then
          _mk: [trig, agentName, qPhrase],
          date: d?.date ?? null,
          precision: d?.precision ?? null,
          date_text: d?.text ?? unresolvedText,
          agents: agentsU,
          patients: patientsU,
          places: placesU,
          sentence: sent.n,
          _bg: trig.background,
          _end: trig.end,
          _start: trig.index,
        };
        if (quantities.length) ev.quantities = quantities;
        if (inferred) ev.date_inferred = true;
        if (d && ev.date) {
          ev.date_from = d.from;
          ev.date_to = d.to;
        }
        if (agentsU.length) lastAgent = agentsU[0];
        // "killed in a US drone strike": the strike is the killing's instrument, one event
        const prev = kept[kept.length - 1];
        if (prev && VIOLENCE.has(prev.type) && VIOLENCE.has(ev.type) && trig.form === 'noun' &&
            /^\s+(?:[\w’'-]+\s+){0,3}(?:in|by|with|during)\s+an?\s+(?:[\w-]+\s+){0,3}$/i.test(s.slice(prev._end, trig.index))) {
          prev.agents = uniq([...prev.agents, ...ev.agents]).filter((a) => !prev.patients.includes(a));
          prev.places = uniq([...prev.places, ...ev.places]).filter((a) => !prev.agents.includes(a) && !prev.patients.includes(a));
          if (!prev.date && ev.date) Object.assign(prev, { date: ev.date, precision: ev.precision, date_text: ev.date_text, date_from: ev.date_from, date_to: ev.date_to });
          continue;
        }
        // the same happening named twice in one sentence (background + foreground): keep the better
        const same = kept.find((k) => k.type === ev.type && (k._bg || ev._bg || !k.date || !ev.date || k.date === ev.date) &&
          (k._bg !== ev._bg || k.patients.some((p) => ev.patients.includes(p)) || (!k.patients.length && !ev.patients.length)));
        if (same) {
          const better = (same._bg && !ev._bg) || (same._bg === ev._bg && !same.date && !!ev.date);
          if (better) kept[kept.indexOf(same)] = ev;
          continue;
        }
        kept.push(ev);
      }
      // A formal statement that carries a threat is reported as the threat.
      const hasThreat = kept.some((k) => k.type === 'threat');
      // "Thirteen were released ...": a release right after an arrest concerns the same people.
      for (const ev of kept) {
        if (!FOLLOW_UP.has(ev.type)) continue;
        const cause = [...kept.filter((k) => CUSTODY.has(k.type) && k._start < ev._start)].pop() ?? lastCustody;
        if (cause && (ev.patients.length === 0 || (ev.quantities ?? []).some((q) => PERSON_NOUN.test(q.what)) || /^\s*(?:\w+\s+)?(?:were|was)\b/.test(s))) {
          ev.patients = uniq([...ev.patients, ...cause.patients]).filter((p) => !ev.agents.includes(p));
        }
      }
      lastCustody = [...kept].reverse().find((k) => CUSTODY.has(k.type) && k.patients.length > 0) ?? null;
      for (const ev of kept) {
        // a statement that only carries the threat ("in a statement, the brigade pledged ...") is the threat;
        // a statement with its own verb ("tweeted ... and warned") is kept next to it
        if (hasThreat && ev.type === 'statement' && !kept.some((k) => k !== ev && k.type === 'threat' && k._start < ev._start) && ev._mk[0].form === 'noun') continue;
        const { _bg, _end, _start, _mk, ...clean } = ev;
        void _bg; void _end; void _start;
        clean.title = makeTitle(s, _mk[0], _mk[1], _mk[2], segs);
        out.push(clean);
      }
      previousSubject = subjectHere ?? previousSubject;
    }
    return out;
  } catch {
    return [];
  }
}
