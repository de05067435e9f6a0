// What the summary says happened, as whole clauses: a claim as its source writes it, speaker and verb
// included ("Pro-Iran forces accuse Marek of complicity in ..."), never a fragment without its verb
// ("Iran for the rocket attack"); an event from its title, as a clause told in the past ("the brigade
// carried out an attack") or, for a title that is a noun phrase, as that phrase ("the targeted killing of
// ..."). A claim or title that cannot be made whole is left out of the prose rather than cut.
import type { ClaimRecord, EventRecord } from '../lib/types.ts';
import { EVENT_TRIGGERS } from '../language/lexicon/events.ts';
import { capital, pastOfParticiple, simplePast, type PartyName } from './prose.ts';

/** Longest clause (in words) the summary quotes whole. */
const MAX_CLAUSE_WORDS = 40;
/** A quoted fragment this short is read on to the end of its clause ("of “treachery”", "“recklessly” making accusations"). */
const FRAGMENT_WORDS = 4;

const OPEN_QUOTES = '“"‘\'«';
const CLOSE_QUOTES = '”"’\'»';
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

const TYPOGRAPHY = /[‘’‚‛′`“”„‟″«»‐‑‒–—―−]/;
/** The last few texts made loose: a claim's sentence is searched for its words and each name of its speaker in turn. */
const looseMemo = new Map<string, string>();
/** Same length as the input: quotes, apostrophes and dashes made uniform, lower case (positions carry over). */
function loose(t: string): string {
  const known = looseMemo.get(t);
  if (known !== undefined) return known;
  const out = TYPOGRAPHY.test(t) ? t.replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―−]/g, '-').toLowerCase() : t.toLowerCase();
  if (looseMemo.size >= 8) looseMemo.delete(looseMemo.keys().next().value as string);
  looseMemo.set(t, out);
  return out;
}
function findLoose(hay: string, needle: string, from = 0): number {
  if (!needle) return -1;
  return loose(hay).indexOf(loose(needle), from);
}
/** Every position of `needle` in `hay`, typography aside, on word boundaries. */
function positions(hay: string, needle: string): number[] {
  const out: number[] = [];
  const h = loose(hay);
  const n = loose(needle);
  if (!n.trim()) return out;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    const before = h[i - 1] ?? ' ';
    const after = h[i + n.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(i);
  }
  return out;
}

/** Non-restrictive relative clauses between commas dropped: "Marek, who is also the spy chief, of complicity" -> "Marek of complicity". */
export function withoutAsides(clause: string): string {
  return clause.replace(/,\s+(?:who|which|whose)\s[^,;“”"]{1,120},\s*/g, ' ').replace(/\s{2,}/g, ' ');
}

// The verb a claim kind is reported with when the sentence gives none next to its speaker.
const KIND_VERB: Record<string, string> = {
  quote: 'said', statement: 'said', accusation: 'said', warning: 'warned', threat: 'said', demand: 'said', denial: 'said', responsibility: 'said',
};
const REPORTING_WORD = /^(?:said|says|say|told|tells|added|adds|warned|warns|wrote|writes|tweeted|tweets|declared|declares|insisted|insists|stated|states|continued|explained|asked|argued|noted|claimed|vowed|urged|threatened|stressed|replied|announced|posted|shouted|cautioned|alleged|charged|demanded|pledged)$/i;
const PREPOSITION_START = /^(?:for|of|against|over|about|with|to|on)\b/i;

export interface ClaimSpan {
  /** Where the claim's words start and end in its sentence (quote marks included for a direct quote). */
  start: number;
  end: number;
  /** The words without their quote marks and closing punctuation. */
  inner: string;
}

/** Where a claim's words are in its sentence; null when they are not there. */
export function claimSpan(c: ClaimRecord): ClaimSpan | null {
  const s = c.sentence ?? '';
  const text = (c.text ?? '').trim();
  const at = findLoose(s, text);
  if (at < 0 || !text) return null;
  let start = at;
  let end = at + text.length;
  let inner = text.replace(/[\s.,;:]+$/, '');
  if (c.direct) {
    if (OPEN_QUOTES.includes(s[start - 1] ?? '')) start -= 1;
    let k = end;
    while (/[.,;:!?\s]/.test(s[k] ?? '') && k < end + 2) k++;
    if (CLOSE_QUOTES.includes(s[k] ?? '')) end = k + 1;
    inner = inner.replace(/^[“"‘']|[”"’']$/g, '');
  }
  return { start, end, inner };
}

/** The speaker as the sentence names it, nearest before the claim (else the first after it). */
function speakerAt(s: string, names: string[], span: ClaimSpan): { start: number; end: number; before: boolean } | null {
  let best: { start: number; end: number; before: boolean } | null = null;
  for (const name of names) {
    for (const p of positions(s, name)) {
      const end = p + name.length;
      if (end <= span.start && (!best || !best.before || p > best.start)) best = { start: p, end, before: true };
      else if (p >= span.end && (!best || (!best.before && p < best.start))) best = { start: p, end, before: false };
    }
  }
  return best;
}

/** What stands between a speaker named first and the claim's words, made into the verb of a clause; null when it is not one. */
function verbBetween(between: string, startsWithPreposition: boolean): string | null {
  let b = between;
  // "X, the group's spokesman, accused ..." / "X, accused ...": the apposition or comma after the name goes
  b = b.replace(/^\s*,\s*[^,“”"]{1,80}?,\s+(?=\p{Ll})/u, ' ').replace(/^\s*,\s+(?=\p{Ll})/u, ' ');
  const ws = b.trim().split(/\s+/).filter(Boolean);
  if (!ws.length || ws.length > 14 || /[.;!?]/.test(b)) return null;
  // "with a spokesman urging ...": a participle the clause tells as a past (pastClause)
  if (/ing$/i.test(ws[0]) && !pastOfParticiple(ws[0])) return null;
  // "... which Washington blames for the attacks": the object stood before the speaker
  if (startsWithPreposition && ws.length === 1) return null;
  return ` ${ws.join(' ')} `.replace(/\s+,/g, ',');
}

/** A fragment read on past its closing quote to the end of its clause ("“recklessly” making accusations"). */
function fragmentTail(s: string, end: number): string {
  const rest = s.slice(end);
  const m = /^[^,;.:!?“”"()]*/.exec(rest);
  const tail = (m?.[0] ?? '').replace(/\s+(?:and|or|but)\s+(?:\p{Ll}+ing|saying|said)\b.*$/u, '').trimEnd();
  return words(tail) <= 10 ? tail : '';
}

/** How a claim's clause names its speaker. */
export interface ClauseSpeaker extends PartyName {
  /** True for an actor named as itself: the clause uses `text`, not the sentence's spelling. */
  named: boolean;
  /** What `text` adds to the sentence's description of a speaker: " for Kataib Hezbollah". */
  suffix?: string;
}

/** A participle clause told in the past: its first verb and the participles coordinated with it ("threatening X and deploying" -> "threatened X and deployed"). */
function pastClause(verb: string, rest: string): { verb: string; rest: string } {
  const ws = verb.trim().split(/\s+/);
  const past = pastOfParticiple(ws[0]);
  if (!past) return { verb, rest };
  ws[0] = past;
  // "... and the prime minister deploying ...": a second absolute clause is another happening
  let r = rest.replace(/\s+and\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+ing\b.*$/u, '');
  r = r.replace(/\b(and|or)\s+(\p{Ll}+ing)\b/gu, (m, conj: string, w: string) => {
    const p = pastOfParticiple(w);
    return p ? `${conj} ${p}` : m;
  });
  return { verb: ` ${ws.join(' ')} `, rest: r };
}

/**
 * A claim as one whole clause: its speaker, the verb the sentence uses and the claim's words ("Jane Roe
 * has blamed Iran for the rocket attack"; "A masked fighter said: “We warn ...”"). A named speaker is called
 * by `speaker.text`; a described one by the sentence's own words ("Outraged fighters spread out through the
 * streets and threatened ..."). `names`: how the sentence may write the speaker (the label, the actor's name
 * and aliases). Null when the sentence does not give a whole clause (the words are not in it, the verb is
 * missing, it is too long).
 */
export function claimClause(c: ClaimRecord, speaker: ClauseSpeaker, names: string[]): string | null {
  const s = c.sentence ?? '';
  const span = claimSpan(c);
  if (!span || !span.inner) return null;
  const quoted = c.direct ? `“${span.inner}”` : span.inner;
  const at = speakerAt(s, names.filter((n) => n && n.trim().length >= 2), span);
  let clause: string | null = null;
  if (at?.before) {
    const between = verbBetween(s.slice(at.end, span.start), PREPOSITION_START.test(span.inner));
    if (between) {
      const tail = c.direct && words(span.inner) <= FRAGMENT_WORDS ? fragmentTail(s, span.end) : '';
      const { verb, rest } = pastClause(between, `${quoted}${tail ? ` ${tail.trim()}` : ''}`);
      const subject = speaker.named ? speaker.text : `${s.slice(at.start, at.end)}${speaker.suffix ?? ''}`;
      clause = `${subject}${verb}${rest}`;
    }
  } else if (c.direct) {
    // "“...,” said X" or a quote whose speaker the sentence does not name: "X said: “...”"
    const between = at && !at.before ? s.slice(span.end, at.start).replace(/[,\s“”"]+/g, ' ').trim() : '';
    const verb = REPORTING_WORD.test(between) ? between.toLowerCase() : KIND_VERB[c.kind] ?? 'said';
    if (words(span.inner) > FRAGMENT_WORDS) clause = `${speaker.text} ${verb}: ${quoted}`;
  }
  if (!clause) return null;
  // a quotation's closing full stop ends the quoted sentence, not the summary's clause
  clause = withoutAsides(clause).replace(/\s+/g, ' ').trim().replace(/[.,]([”"’])$/, '$1');
  return words(clause) <= MAX_CLAUSE_WORDS ? clause : null;
}

// ---------------------------------------------------------------------------------------------------------
// Events

/** Verb forms of the trigger lexicon and the auxiliaries: a title with one of them is a clause. */
const FINITE = new RegExp(
  `\\b(?:${[
    'was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'do',
    ...Object.values(EVENT_TRIGGERS).flatMap((t) => [...(t?.verbs ?? []), ...(t?.passive ?? [])]),
  ].join('|')})\\b`,
  'i',
);
const PAST_WORD = /^\p{Ll}[\p{Ll}-]*ed$/u;
/** Common irregular simple pasts (a headline's verb: "X took office", "Y met Z"). */
const IRREGULAR_PAST = /^(?:took|went|came|met|said|told|made|gave|held|left|fled|won|lost|began|led|sent|spread|struck|shot|fought|brought|became|rose|fell|broke|drove|ran|saw|knew|grew|threw|wrote|spoke|stood|sat|kept|paid|put|set|hit|cut|swore|sought|built|bought|caught|chose|drew|flew|hid|laid|overthrew|withdrew|overran|undertook|seized|stole|sold|sank)$/;
/** Words before which an -ed word is an adjective ("Iran's revered General", "the targeted killing"). */
const ADJECTIVE_CONTEXT = /^(?:the|a|an|his|her|its|their|our|this|that|these|those|of|in|on|by|for|with|from|to|and|or|very|most|more|well|[\p{L}-]+['’]s)$/iu;
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that|these|those|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d[\d,]*)$/i;

/** True when a title reads as a clause (it has a finite verb after its first word), not a noun phrase. */
export function isClauseTitle(title: string): boolean {
  const ws = title.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  for (let i = 1; i < ws.length; i++) {
    if (ADJECTIVE_CONTEXT.test(ws[i - 1])) continue;
    if (PAST_WORD.test(ws[i]) || IRREGULAR_PAST.test(ws[i])) return true;
  }
  return FINITE.test(ws.slice(1).join(' ').replace(/\b(?:of|the|a|an)\s+[\p{L}-]+ed\b/giu, ''));
}

/** The pattern of a title's first word, by the word: titles open with the same few words. */
const wordPattern = new Map<string, RegExp>();
/** A title's first word in lower case when its sentence writes it so (or it is an article). */
function asWritten(title: string, sentences: string[]): string {
  const m = /^(\p{Lu}[\p{Ll}-]*)(\b.*)$/su.exec(title);
  if (!m) return title;
  const [, first, rest] = m;
  const lower = first.toLowerCase();
  if (/^(?:the|a|an)$/.test(lower)) return lower + rest;
  // (the first word holds only letters and hyphens, literal in a regular expression)
  let word = wordPattern.get(lower);
  if (!word) {
    if (wordPattern.size >= 5000) wordPattern.clear();
    wordPattern.set(lower, (word = new RegExp(`(?:^|[^\\p{L}])${lower}(?![\\p{L}])`, 'u')));
  }
  const inLower = sentences.some((s) => word.test(s));
  return inLower ? lower + rest : title;
}

export interface EventWording {
  /** "the Qassem Brigade carried out an attack": a past-tense clause without its date; null when the title is not one. */
  clause: string | null;
  /** "the targeted killing of X": the title as a noun phrase; null when the title is a clause. */
  phrase: string | null;
}

/** An actor as event wording names it: its name in running text ("the United States") and every spelling. */
export interface EventParty {
  text: string;
  names: string[];
}

const DEICTIC_TIME = /\s*\b(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:week|month|year|weekend)\b|\s*\b(?:yesterday|today|tomorrow)\b|\s*\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|evening|night))?\b/gi;
const BARE_NUMBER = /\bof (one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?=\s+(?:in|on|at|for|after|over|with|from)\b|$)/;
const TRANSITIVE_END = /\b(?:warned|threatened|attacked|accused|struck|targeted|condemned|arrested|detained|kidnapped|killed|sanctioned)$/;

const BOUNDARY_WORD = /^(?:when|after|before|as|that|which|who|while|since|because|although|though|and|but|then|where|once|until|if|so)$/i;
/** A title that lost its subject ("Agreed to a halt") given the words before it in its sentence ("hardline groups agreed to a halt"). */
function withSubject(title: string, sentences: string[]): string | null {
  for (const s of sentences) {
    const at = findLoose(s, title);
    if (at <= 0) continue;
    const before = s.slice(0, at).trimEnd().split(/\s+/);
    const subject: string[] = [];
    for (let i = before.length - 1; i >= 0 && subject.length < 6; i--) {
      const w = before[i];
      if (BOUNDARY_WORD.test(w) || /[,;:.]$/.test(w)) break;
      subject.unshift(w);
    }
    if (!subject.length || /^(?:to|of|in|on|at|by|for|with|from|has|have|had|was|were|is|are)$/i.test(subject[0])) continue;
    return `${subject.join(' ')} ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  }
  return null;
}

/**
 * How the summary words an event: its title as a past-tense clause, or as a noun phrase (with its doers
 * when the title does not name them: "the targeted killing of X by the United States"). A title that lost
 * its subject ("Agreed to a halt ...") takes it back from its sentence; one that cannot, or is cut to a
 * word, is not used.
 */
export function eventWording(e: EventRecord, agents: EventParty[], patients: EventParty[] = []): EventWording {
  let title = (e.title ?? '').replace(/\s+/g, ' ').trim();
  // "earlier this week", "last year": time as the article saw it, wrong once the summary dates the event
  title = title.replace(DEICTIC_TIME, ' ').replace(/\s+/g, ' ').trim();
  // "2020, the group carried out ...": a date the title kept from its sentence
  title = title.replace(/^(?:(?:on|in)\s+)?(?:\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?),\s+/u, '');
  const sentences = (e.accounts ?? []).map((a) => a.sentence);
  const none: EventWording = { clause: null, phrase: null };
  if (words(title) < 2) return none;
  const first = title.split(' ')[0];
  // a title that starts with its verb has lost its subject: the sentence gives it back, or it is not used
  const verbFirst = (PAST_WORD.test(first.toLowerCase()) || IRREGULAR_PAST.test(first.toLowerCase()) || /^(?:Was|Were|Is|Are|Has|Had|Have|Will|Would)$/.test(first)) && !/^(?:Targeted|Armed|Alleged|Attempted|Failed|Suspected|Renewed|Coordinated|Organised|Organized|Planned|Reported|Unidentified|Masked|Detained)$/.test(first);
  if (verbFirst) {
    const whole = withSubject(title, sentences);
    if (!whole) return none;
    title = whole;
  }
  let written = asWritten(title, sentences);
  // "Quds Force commander ..." -> "the Quds Force commander ..." when the title opens with a name that takes it
  for (const a of agents) {
    if (a.text.startsWith('the ') && written.startsWith(a.text.slice(4))) written = `the ${written}`;
  }
  if (isClauseTitle(written)) {
    let clause = simplePast(written);
    // "Roe warned" -> "Roe warned Iran": a hostile verb left without its object takes the event's patients
    const unnamed = patients.filter((p) => !p.names.some((n) => findLoose(clause, n) >= 0));
    if (TRANSITIVE_END.test(clause) && unnamed.length && unnamed.length === patients.length) clause = `${clause} ${unnamed.map((p) => p.text).join(' and ')}`;
    return { clause, phrase: null };
  }
  // "the arrest of one in connection with ...": a bare number of the one group acted on is its members
  if (patients.length === 1) written = written.replace(BARE_NUMBER, (_m, n: string) => `of ${n === 'one' ? 'a member' : `${n} members`} of ${patients[0].text}`);
  const determined = DETERMINER.test(written.split(' ')[0]) ? written : `the ${written}`;
  const named = (a: EventParty) => a.names.some((n) => findLoose(determined, n) >= 0);
  const byWhom = agents.length && !/\sby\s/i.test(determined) && !agents.some(named) ? ` by ${agents.map((a) => a.text).join(' and ')}` : '';
  return { clause: null, phrase: `${determined}${byWhom}` };
}

/** An event told in a sentence of its own, after its date: "On 3 January 2020, the US struck ..." / "On 3 January 2020 came the killing of ...". */
export function eventSentenceBody(w: EventWording): string | null {
  if (w.clause) return w.clause;
  if (w.phrase) return `came ${w.phrase}`;
  return null;
}

export { capital };
