// Who did it and to whom, and the event's title, from the clause of its trigger (language/clause.ts):
// the doer is the subject of an active verb or the "by" agent of a passive, the undergoer its object or
// its passive subject — not every name in the sentence. A doer written without a name ("gunmen", "two
// airlines") leaves the agents empty rather than borrowing a name from elsewhere; "Iran-backed groups"
// is not Iran. The title is the clause itself, in whole phrases: who did what to whom (where), never a
// phrase cut in the middle. When the clause reader has no reading for the trigger, the caller falls back
// on participants.ts and title.ts.
import { LIGHT_VERBS } from '../../language/lexicon/hostile.ts';
import { clauseAt, doer, phraseAt, undergoer, type Clause, type NounPhrase, type Phrase, type Reading } from '../../language/clause.ts';
import { MODIFIER_SUFFIX } from '../../language/lexicon/events.ts';
import { IRREGULAR, SAME_FORM } from '../../language/clause-chunks.ts';
import type { Found } from '../../language/event-triggers.ts';
import type { SentenceMention } from './participants.ts';

type M = SentenceMention;

/** Pronouns and group nouns that point back to an earlier actor rather than name one. */
const ANAPHOR = /^(?:he|she|they|it|we|his|her|their|its|the\s+(?:group|militia|movement|faction|brigade|organi[sz]ation|party|government|ministry|agency|army|company|president|minister|premier|prime\s+minister|spokes(?:man|woman|person)|leader|commander|official))$/i;

// Heads whose "of" phrase names who they stand for: "the leader of X", "a spokesman for X".
const STANDS_FOR = /^(?:head|leader|chief|spokes(?:man|woman|person)|commander|forces?|troops|members?|fighters|militants|units?|wing|arm|officials?|government|ministry|army|police)$/i;

/**
 * The names a phrase refers to, member by member: the name that is its head ("Ivo Marek" in
 * "Northern Prime Minister Ivo Marek"), else a name before the head ("US forces", "Kowal's
 * militia", "AAH fighters") but not a "-backed" modifier, else the name an "of"/"for" phrase gives a
 * head like "leader" or "forces". Never a name further on in the phrase.
 */
export function namesIn(s: string, r: Reading, p: Phrase | null, ms: M[]): string[] {
  if (!p) return [];
  const out: string[] = [];
  for (const mem of p.members) {
    const head = r.tokens[mem.head];
    const inside = ms.filter((m) => m.start >= mem.start && m.end <= mem.end && !MODIFIER_SUFFIX.test(s.slice(m.end, m.end + 12)));
    const atHead = inside.filter((m) => head && m.start <= head.start && head.end <= m.end);
    const before = head ? inside.filter((m) => m.end <= head.start) : [];
    const after = head && STANDS_FOR.test(head.lower) ? inside.filter((m) => m.start >= head.end && /^\s+(?:of|for)\s+(?:the\s+)?$/i.test(s.slice(head.end, m.start))) : [];
    const names = (atHead.length ? atHead : before.length ? before : after).map((m) => m.entity);
    // "the head of the Harbour Front, Tom Okafor": one referent named twice, the name at the head
    if (p.link === 'apposition' && atHead.length) return [...new Set(atHead.map((m) => m.entity))];
    out.push(...names);
  }
  return [...new Set(out)];
}

// What a subject phrase can wrongly carry in from a fronted clause: "Less than a week after the embassy"
const FRONTED = /^.*\b(?:after|before|since|following|when|while|until|once|as)\s+/i;

const ROLE_HEAD = /^(?:premier|minister|president|spokes(?:man|woman|person)|leader|commander|chief|governor|mayor|general|chairman|chairwoman|judge|prosecutor|ambassador|envoy|official)$/;

/** A phrase ending in a pronoun ("he", or a misread "the forces it"): who it is, is for the caller to resolve. */
function pronounHeaded(r: Reading, p: Phrase): boolean {
  const isPron = (t: { pos: string; lower: string } | undefined) => !!t && t.pos === 'PRON' && !/^(?:one|all|some|many|both|none|each|most|several|any)$/.test(t.lower);
  // ("He then", "the forces it": the reader may fold an adverb or a misread noun into the phrase)
  let k = p.last;
  while (k > p.first && r.tokens[k]?.pos === 'ADV') k--;
  return isPron(r.tokens[k]) || p.members.some((m) => isPron(r.tokens[m.head]));
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'into', 'across', 'around', 'from', 'through', 'throughout', 'off']);
const AIMED = new Set(['against', 'on', 'at', 'upon', 'with', 'to', 'into']);

export interface ClauseRoles {
  agents: string[];
  patients: string[];
  places: string[];
  /** The doer is a pronoun or a group noun ("he", "the militia"): the caller resolves it. */
  anaphoricDoer: boolean;
  /** The undergoer is named only through a pronoun ("a member of their militia"). */
  anaphoricUndergoer: boolean;
  clause: Clause;
}

/** The clause whose verb is the trigger (verb triggers only), or undefined. */
export function triggerClause(r: Reading, trig: Found): Clause | undefined {
  if (trig.form === 'noun') return lightVerbClause(r, trig);
  // ("issued a warning": a noun the trigger list also reads as a verb form)
  return clauseAt(r, trig.index) ?? clauseAt(r, trig.end - 1) ?? lightVerbClause(r, trig);
}

/** A noun trigger that is the head of a light verb's object ("issued a warning", "launched an offensive"):
 * that verb's clause, whose doer and words make the title; else undefined. */
function lightVerbClause(r: Reading, trig: Found): Clause | undefined {
  return r.clauses.find((c) => {
    const o = c.object?.members[0];
    const head = o ? r.tokens[o.head] : undefined;
    return !!head && c.verb.voice === 'active' && LIGHT_VERBS.has(c.verb.lemma) && head.start <= trig.index && trig.index < head.end;
  });
}

/**
 * Is the trigger's verb inside an object relative clause ("the forces it had deployed", "the fighters
 * that they sent")? Such a clause describes its noun; the noun's deployment is background, not a new
 * happening. A subject relative ("an activist who was kidnapped") does state one and is kept.
 */
export function inObjectRelative(s: string, r: Reading, trig: Found): boolean {
  // (the trigger list may read "it had deployed" as a passive; the clause reader's voice decides)
  if (trig.form !== 'verb') return false;
  const c = clauseAt(r, trig.index) ?? clauseAt(r, trig.end - 1);
  if (!c || c.parent < 0 || c.relative || c.object || c.content || c.verb.voice !== 'active' || !c.subject) return false;
  const last = r.tokens[c.subject.last];
  if (!last || last.pos !== 'PRON' || !/^(?:it|they|he|she|we|i|you)$/.test(last.lower)) return false;
  // "the forces it": a noun phrase the reader folded the pronoun into; "the forces that it": a marker
  const folded = c.subject.last > c.subject.first && /\p{L}/u.test(r.tokens[c.subject.last - 1]?.text ?? '') && r.tokens[c.subject.last - 1]?.pos !== 'PRON';
  const marked = c.subject.first === c.subject.last && /[\p{L}\d]\s+(?:that|which|whom)\s+$/iu.test(s.slice(Math.max(0, c.subject.start - 40), c.subject.start));
  return folded || marked;
}

/** Is the clause's object a happening ("condemned the attack", "denounced today's shelling")? */
function isEventObject(r: Reading, c: Clause): boolean {
  const head = c.object ? r.tokens[c.object.members[0].head]?.lower ?? '' : '';
  return /^(?:attack|attacks|strike|strikes|shelling|bombing|killing|killings|assault|raid|invasion|arrest|arrests|violence|aggression|act|acts|crime|crimes)$/.test(head);
}

/** Agents, patients and places of a verb trigger from its clause; null when the reader has none. */
export function clauseRoles(s: string, r: Reading, trig: Found, ms: M[]): ClauseRoles | null {
  const c = triggerClause(r, trig);
  // the reader and the trigger must agree on the voice ("the Brigade announced on Sunday" is not a passive)
  if (!c || (trig.form === 'verb' && (c.verb.voice === 'passive') !== trig.passive) || FRONTED.test(c.subject?.text ?? '')) return null;
  const d = doer(c);
  const u = undergoer(c);
  const isPlace = (e: string) => ms.some((m) => m.entity === e && m.type === 'place');
  const agents = namesIn(s, r, d, ms);
  const speech = trig.type === 'statement' || trig.type === 'threat';
  // the object of a speech verb is its addressee or target ("accused X", "told X"); never its content
  let patients = speech && isEventObject(r, c) ? [] : namesIn(s, r, u, ms);
  const places: string[] = [];
  for (const q of c.complements) {
    const names = namesIn(s, r, q.phrase, ms);
    if (LOCATIVE.has(q.prep) && !(trig.type === 'attack' && q.prep === 'at')) places.push(...names.filter(isPlace));
    else if (AIMED.has(q.prep) && !speech) patients.push(...names.filter((e) => !isPlace(e) || trig.type === 'attack' || trig.type === 'strike'));
    // a speaker's addressee ("told X", "said to X"), not the victims of what it condemns ("the attack on X")
    else if (speech && q.prep === 'to' && !isEventObject(r, c)) patients.push(...names);
  }
  // "14 people belonging to Kataib Hezbollah, ..., were arrested": who the unnamed undergoers are
  if (patients.length === 0 && c.verb.voice === 'passive' && c.subject) {
    const tail = s.slice(c.subject.end, c.verb.start);
    const link = /^\s*,?\s*(?:belonging\s+to|members?\s+of|loyal\s+to|linked\s+to|affiliated\s+with|from)\s+/i.exec(tail);
    if (link) {
      const upTo = c.subject.end + link[0].length + Math.max(0, tail.slice(link[0].length).search(/[,;(]|$/));
      patients.push(...ms.filter((m) => m.start >= c.subject!.end + link[0].length && m.end <= upTo).map((m) => m.entity));
    }
  }
  // a place as the thing attacked or visited stays a patient; a place elsewhere in the object is where
  if (trig.type === 'visit' || trig.type === 'deployment') {
    places.push(...patients.filter(isPlace));
    patients = patients.filter((e) => !isPlace(e));
  }
  // "he", "the group", "the Iraqi prime minister": the caller resolves a pronoun or a role to its holder
  const anaphoricDoer = !!d && agents.length === 0 && d.members.length === 1 && (ANAPHOR.test(d.text.trim().replace(/\s+(?:then|also|later|again|now|too)$/i, '')) || pronounHeaded(r, d) || ROLE_HEAD.test(r.tokens[d.members[0].head]?.lower ?? ''));
  // "a member of their militia": the undergoer is named only through a pronoun the caller resolves
  // ("He was arrested": a passive's pronoun subject is the undergoer, named in an earlier sentence)
  const anaphoricUndergoer = !!u && patients.length === 0 && (/\b(?:their|his|her|its|them|him)\b/i.test(u.text) || (c.verb.voice === 'passive' && /^(?:he|she|they)$/i.test(u.text.trim())));
  return { agents, patients: [...new Set(patients)].filter((e) => !agents.includes(e)), places: [...new Set(places)], anaphoricDoer, anaphoricUndergoer, clause: c };
}

/**
 * Agents and patients of a noun trigger from its own phrase: "Kowal's shelling", "the attack by X on Y",
 * "the arrest of Y". Null when the phrase names nobody (the caller keeps its own reading).
 */
export function nounRoles(s: string, r: Reading, trig: Found, ms: M[]): { agents: string[]; patients: string[] } | null {
  if (trig.form !== 'noun') return null;
  const np = phraseAt(r, trig.index);
  if (!np) return null;
  const asPhrase = (p: { start: number; end: number; first: number; last: number; text: string; head?: number }): Phrase =>
    'members' in p ? (p as Phrase) : { ...p, members: [p as NounPhrase], link: 'single' };
  const agents: string[] = [];
  const patients: string[] = [];
  // "Kowal's shelling" (not "today's attack")
  if (np.possessor && !/^(?:today|yesterday|tonight|this\s+week|last\s+week)$/i.test(np.possessor.text.trim()))
    agents.push(...ms.filter((m) => m.start >= np.possessor!.start && m.end <= np.possessor!.end).map((m) => m.entity));
  const ofIsDoer = trig.type === 'visit' || trig.type === 'meeting' || trig.type === 'statement' || trig.type === 'protest' || trig.type === 'deployment';
  // the noun's own phrases only: "a visit into the streets of Baghdad" is not a visit of Baghdad
  for (const [k, q] of np.pps.entries()) {
    if (q.prep === 'of' && k > 0) break;
    const names = namesIn(s, r, asPhrase(q.phrase), ms);
    if (q.prep === 'by' || (q.prep === 'of' && ofIsDoer)) agents.push(...names);
    else if (q.prep === 'on' || q.prep === 'against' || q.prep === 'of' || q.prep === 'at' || q.prep === 'targeting') patients.push(...names);
    else break;
  }
  if (agents.length === 0 && patients.length === 0) return null;
  return { agents: [...new Set(agents)], patients: [...new Set(patients)].filter((e) => !agents.includes(e)) };
}

// Past forms for a title written from an -ing clause; the reader's irregular list, read backwards.
const PAST_OF: Record<string, string> = {
  ...Object.fromEntries(Object.entries(IRREGULAR).map(([past, base]) => [base, past])),
  make: 'made', say: 'said', tell: 'told', go: 'went', come: 'came', run: 'ran', keep: 'kept', bring: 'brought', hold: 'held', stand: 'stood', build: 'built', pay: 'paid', lay: 'laid', fight: 'fought',
};
/** "deploy" -> "deployed", "plan" -> "planned", "seize" -> "seized", "shoot" -> "shot". */
export function pastOf(base: string): string {
  const b = base.toLowerCase();
  if (PAST_OF[b]) return PAST_OF[b];
  if (SAME_FORM.has(b)) return b;
  if (/e$/.test(b)) return `${b}d`;
  if (/[^aeiou]y$/.test(b)) return `${b.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(b)) return `${b}${b.slice(-1)}ed`;
  return `${b}ed`;
}

// A time phrase the reader left at a title's end ("withdrew its staff last year", "was in Tehran last week")
const TRAILING_TIME = /\s+(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:year|month|week|weekend|summer|winter|spring|autumn|fall)|(?:a|one|two|three|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)|(?:earlier|later)\s+(?:this|that)\s+(?:day|week|month|year))$/i;
export const withoutTrailingTime = (title: string) => title.replace(TRAILING_TIME, '');

const MAX_WORDS = 13;
const TIME_PHRASE = new RegExp(`^(?:(?:last|this|next|early|late)\\s+)?(?:${['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight'].join('|')})\\b|^(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[A-Z][a-z]+|^[A-Z][a-z]+\\.?\\s+\\d{1,2}\\b|^(?:1[89]|20)\\d\\d$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b`, 'i');
/** A phrase's words without a time the reader folded into it ("Tallinn City Court on Tuesday"). */
const untimed = (t: string) => t.replace(/\s+(?:on\s+|early\s+|late\s+)?(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b.*$/i, '');
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/**
 * The title of a verb trigger: its clause in whole phrases — doer (or its resolved name), verb group,
 * object, then complements while they fit ("Jalisco Cartel gunmen killed thirteen police officers in
 * an ambush"). The content of a speech verb is kept only when it fits whole. Null without a reading or
 * when even the core (doer, verb, object) is too long.
 */
/** Verbs that report what someone said. */
const SPEECH = new Set(['say', 'tell', 'announce', 'confirm', 'declare', 'report', 'state', 'add', 'claim', 'insist', 'warn', 'note', 'write', 'tweet']);

/** A reported clause in brief: its subject, verb and object's head phrase ("Y would release the pilot"). */
function reportedCore(s: string, r: Reading, k: Clause): string | null {
  if (!k.subject || k.subjectSource === 'controlled' || k.subjectSource === 'relative' || words(k.subject.text) > 5) return null;
  const obj = k.object?.members[0];
  const object = obj ? s.slice(r.tokens[obj.first].start, r.tokens[obj.head].end) : '';
  // mid-sentence now: "the forces ...", "ships ...", not "The forces ...", "Ships ..." (a name keeps its capital)
  const first = r.tokens[k.subject.members[0].first];
  // (a sentence's first word may be tagged a name: an inflected one, "Ships", is a common noun)
  const name = first.pos === 'PROPN' && first.lemma === first.lower;
  const subject = name ? k.subject.text : k.subject.text.charAt(0).toLowerCase() + k.subject.text.slice(1);
  return [subject, s.slice(k.verb.start, k.verb.end), object].filter(Boolean).join(' ');
}

export function clauseTitle(s: string, r: Reading, trig: Found, doerName: string | null, undergoerName: string | null = null): string | null {
  const c = triggerClause(r, trig);
  if (!c || (trig.form === 'verb' && (c.verb.voice === 'passive') !== trig.passive)) return null;
  const passive = c.verb.voice === 'passive';
  // the subject as written ("October when hardline groups": what follows the fronted clause's word), unless
  // it is another clause's ("who took office": the one it describes) or a pronoun
  const written = c.subject && c.subjectSource !== 'relative' && c.subjectSource !== 'controlled' && c.subjectSource !== 'coordinated' ? c.subject.text.replace(FRONTED, '') : null;
  // "an activist who opposed the influence of X was assassinated": the reader may take a phrase inside the
  // relative clause for the subject; the subject is the phrase the relative clause describes
  const rel = /\b((?:an?|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s*,?\s+(?:who|which|that)\s[^.;,]*$/i.exec(s.slice(0, c.verb.start));
  const own = rel && (!c.subject || c.subject.start > rel.index + rel[1].length) ? rel[1] : written;
  const subject = own && words(untimed(own)) <= 8 ? untimed(own) : null;
  const anaphoric = !!c.subject && (ANAPHOR.test(c.subject.text.trim()) || pronounHeaded(r, c.subject));
  if (anaphoric && !doerName && !passive) return null;
  // "He was arrested by ...": a passive's pronoun subject is the undergoer the caller resolved
  // (and one too long for a title: "Today, 12 March, Mr X (\"X\"), born on ..., was surrendered": who it names)
  const who = passive ? ((anaphoric || !subject) && undergoerName ? undergoerName : subject) : doerName && (!subject || anaphoric) ? doerName : subject ?? doerName;
  // "with militias threatening the government": an -ing clause with its own doer reports what they did
  // (not a gerund heading a noun phrase: "the militia's targeting of civilian areas")
  const ingAlone = c.verb.form === 'ing' && c.verb.first === c.verb.last && c.verb.voice === 'active' &&
    !/^\s+of\b/i.test(s.slice(c.verb.end)) && !/['’]s?\s*$/.test(s.slice(0, c.verb.start));
  const verbText = ingAlone && who ? pastOf(c.verb.lemma) : s.slice(c.verb.start, c.verb.end);
  const parts: string[] = [];
  if (who) parts.push(who);
  parts.push(verbText);
  if (c.object) {
    // "condemned the militia's": the reader may stop the object at its possessor; the title takes the
    // whole phrase the possessor opens ("the militia's targeting of civilian areas")
    // (or the -ing clause it opens, read as a verb: "the militia's targeting of civilian areas")
    const cut = /['’]s?$/.test(c.object.text);
    const np = cut ? phraseAt(r, c.object.end + 1) : undefined;
    const gerund = cut ? r.clauses.find((k) => k.verb.start > c.object!.end && k.verb.start <= c.object!.end + 2) : undefined;
    const end = np && np.start <= c.object.end + 1 ? np.end : gerund ? gerund.end : null;
    if (cut && end == null) return null;
    parts.push(end != null ? s.slice(c.object.start, end) : c.object.text);
  }
  if (passive && c.agent) parts.push(`by ${c.agent.text}`);
  if (words(parts.join(' ')) > MAX_WORDS) return null;
  // complements in sentence order, each whole, while the title stays short
  const rest = [...c.complements].sort((a, b) => a.phrase.start - b.phrase.start);
  for (const q of rest) {
    if (TIME_PHRASE.test(q.phrase.text)) continue; // the date is shown apart
    const piece = `${q.prep} ${q.phrase.text}`;
    if (words([...parts, piece].join(' ')) > MAX_WORDS) break;
    parts.push(piece);
  }
  if (c.content && (c.content.kind === 'that' || c.content.kind === 'clause' || c.content.kind === 'to' || c.content.kind === 'of')) {
    if (words([...parts, c.content.text].join(' ')) <= MAX_WORDS) parts.push(c.content.text.replace(/[\s,;:]+$/, ''));
    else {
      // a long report: its own clause's subject, verb and object ("X announced that Y would release the pilot")
      const inner = r.clauses.find((k) => k !== c && !k.relative && k.verb.start >= c.content!.start && k.verb.end <= c.content!.end);
      const core = inner ? reportedCore(s, r, inner) : null;
      if (core && words([...parts, core].join(' ')) <= MAX_WORDS + 1) parts.push(/\bthat\s*$/i.test(s.slice(c.verb.end, inner!.subject!.start)) ? `that ${core}` : core);
    }
  } else if (!c.content && !c.object && SPEECH.has(c.verb.lemma)) {
    // "..., 85 members have been murdered, the UN said": what was said stands before its verb
    const before = r.clauses.find((k) => k !== c && !k.relative && k.verb.end <= c.verb.start && k.parent < 0);
    const core = before ? reportedCore(s, r, before) : null;
    if (core && words([...parts, core].join(' ')) <= MAX_WORDS) parts.push(core);
  }
  if (!who && !c.object && parts.length === 1) return null;
  // "X will meet Y", "X is to visit Y": not yet happened when written, and the title says so
  if (c.verb.tense === 'future' || /^(?:is|are|was|were)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to\b/i.test(verbText)) parts.push('(planned)');
  const t = withoutTrailingTime(parts.join(' ').replace(/\s+/g, ' ').trim()).replace(/[\s,;:—–-]+$/, '').replace(/^The\s+(?=\p{Lu})/u, '').trim();
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : null;
}
