// A clause-level reading of one sentence: each verb group (with tense, voice and negation), its subject,
// object and prepositional complements (of / against / on / for / with / to ...), the agent of a passive
// ("by X"), and the span of its complement clause (what is said, accused or threatened: "that ...",
// "of killing Y", "to attack Z", a quotation). Built on wink-nlp's tags (tokens.ts) with a chunker of our
// own: base noun phrases, verb groups, then per verb the arguments around it. It is a shallow reading,
// linear in the sentence, not a full parse: when the grammar is unclear an argument is left null rather
// than guessed, so consumers (claims, relations, events) can fall back on their own rules.
//
// Offsets are character offsets into the sentence given to readClauses(); token indices are into
// Reading.tokens. The API only grows: fields are added, never renamed.
import { tagTokens, type Token } from './tokens.ts';
import { INVERTING, OBJECT_CONTROL, RELATIVE, SUBORDINATORS, chunk, isComma, isIng, isPastLike, quoteRole } from './clause-chunks.ts';
import { rightSide, type Ctx } from './clause-arguments.ts';
import { findSubject } from './clause-subjects.ts';

export type { Token } from './tokens.ts';

/** A contiguous stretch of the sentence. */
export interface Span {
  /** Character offsets [start, end). */
  start: number;
  end: number;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  text: string;
}

/** A base noun phrase ("the capital's Mitiga Airport", "Iran-backed groups", "he"). */
export interface NounPhrase extends Span {
  /** Token index of the head word (the last noun of the phrase): "groups" in "Iran-backed groups". */
  head: number;
  /** "Kowal's militia": the phrase before the possessive 's, else null. */
  possessor: Span | null;
  /** Prepositional phrases right after it, in order ("attack [on the embassy] [by militias]"). */
  pps: { prep: string; phrase: NounPhrase }[];
}

/** An argument of a verb: one noun phrase, several coordinated ("China and India"), or a name with its
 * appositive ("the head of the group, Jane Roe"). `members` are the base phrases, with of-phrases folded
 * into the span ("the head of the group" is one member). */
export interface Phrase extends Span {
  members: NounPhrase[];
  /** 'and': coordinated members, each its own referent; 'apposition': one referent named twice. */
  link: 'single' | 'and' | 'apposition';
}

export type Tense = 'past' | 'present' | 'future' | 'modal' | 'nonfinite';

export interface VerbGroup extends Span {
  /** Token index of the main verb (or of the auxiliary when it is the only verb: "is", "has"). */
  head: number;
  /** Lemma of the main verb ("strike" for "was struck"). */
  lemma: string;
  tense: Tense;
  perfect: boolean;
  progressive: boolean;
  voice: 'active' | 'passive';
  negated: boolean;
  /** 'finite', 'infinitive' ("to attack"), 'ing' ("threatening"), 'participle' ("killed by ..." with no auxiliary). */
  form: 'finite' | 'infinitive' | 'ing' | 'participle';
  /** Phrasal particle: "down" in "shot down two aircraft". */
  particle: string | null;
}

export type ContentKind = 'that' | 'clause' | 'to' | 'quote' | 'wh' | 'colon' | 'of' | 'for' | 'with' | 'about' | 'over' | 'into' | 'by' | 'ing';

/** The complement clause of a verb: what is said, accused of, threatened, demanded. */
export interface Content extends Span {
  kind: ContentKind;
}

/** How the subject was found. */
export type SubjectSource = 'before' | 'inverted' | 'relative' | 'coordinated' | 'controlled' | 'reduced';

export interface Clause {
  verb: VerbGroup;
  /** Grammatical subject (the patient of a passive). */
  subject: Phrase | null;
  subjectSource: SubjectSource | null;
  /** Direct object (active voice). */
  object: Phrase | null;
  /** Prepositional complements after the verb or its object, outside the content, in order. */
  complements: { prep: string; phrase: Phrase }[];
  /** "by X" of a passive verb. */
  agent: Phrase | null;
  content: Content | null;
  /** Index of the clause whose content (or noun phrase, for a relative clause) this one sits in; -1 at top level. */
  parent: number;
  /** A relative clause ("..., who was arrested"): its subject is the phrase it describes. */
  relative: boolean;
  /** The word that opens a subordinate clause, lower case ("if", "unless", "that", "after"), else null. */
  marker: string | null;
  /** Character span of the clause's own words (subject to last complement or content). */
  start: number;
  end: number;
}

export interface Reading {
  text: string;
  tokens: Token[];
  phrases: NounPhrase[];
  verbs: VerbGroup[];
  clauses: Clause[];
}

export interface ReadOptions {
  /** Character spans of names the caller has found (entity mentions): read as proper nouns, never split. */
  names?: { start: number; end: number }[];
}

export function readClauses(sentence: string, opts: ReadOptions = {}): Reading {
  const tokens = tagTokens(sentence);
  const c = chunk(sentence, tokens, opts.names ?? []);
  const x: Ctx = { text: sentence, c };
  const { toks, vgs, npAt } = c;
  const clauses: Clause[] = [];
  let lastFinite = -1;
  // noun phrases' own prepositional phrases (for nominal readings: "the attack on X by Y")
  // (a parenthesised short form after a phrase is skipped: "the attack by the army (SAF) on X")
  const skipParen = (k: number) => (toks[k]?.text === '(' && npAt[k + 1] >= 0 && toks[c.nps[npAt[k + 1]].last + 1]?.text === ')' ? c.nps[npAt[k + 1]].last + 2 : k);
  for (const np of c.nps) {
    let k = skipParen(np.last + 1);
    while (k < toks.length && toks[k].pos === 'ADP' && npAt[k + 1] >= 0 && c.nps[npAt[k + 1]].first === k + 1) {
      const q = c.nps[npAt[k + 1]];
      np.pps.push({ prep: toks[k].lower, phrase: q });
      k = skipParen(q.last + 1);
    }
  }
  for (let vi = 0; vi < vgs.length; vi++) {
    const v = vgs[vi];
    // "Two soldiers killed by airstrikes", "the attack carried out by gunmen": a participle with its agent
    if (v.form === 'finite' && v.first === v.head && isPastLike(toks[v.head]) && (toks[v.last + 1]?.lower === 'by') && npAt[v.last + 2] >= 0) {
      v.voice = 'passive';
      v.form = 'participle';
      v.tense = 'nonfinite';
    }
    const st = findSubject(x, clauses, vi, lastFinite);
    const { subject, subjectSource: source, relative } = st;
    let parent = st.parent;
    const right = rightSide(x, v, st.rightFrom);
    let agent: Phrase | null = null;
    if (v.voice === 'passive') {
      const by = right.complements.findIndex((q) => q.prep === 'by');
      if (by >= 0) agent = right.complements.splice(by, 1)[0].phrase;
    }
    // a verb inside an earlier clause's content belongs to it
    if (parent < 0 && !relative) {
      for (let q = clauses.length - 1; q >= 0; q--) {
        const ct = clauses[q].content;
        if (ct && ct.first <= v.first && v.last <= ct.last) {
          parent = q;
          break;
        }
      }
    }
    const start = Math.min(v.start, subject && source !== 'coordinated' && source !== 'controlled' && source !== 'relative' ? subject.start : v.start);
    const marker = markerBefore(x, start);
    clauses.push({ verb: v, subject, subjectSource: source, object: right.object, complements: right.complements, agent, content: right.content, parent, relative, marker, start, end: Math.max(right.end, subject && source === 'inverted' ? subject.end : 0) });
    if (v.form === 'finite' && !relative) lastFinite = vi;
  }
  return { text: sentence, tokens, phrases: c.nps, verbs: vgs, clauses };
}

/** The subordinator right before character offset `start` (adverbs between allowed), lower case. */
function markerBefore(x: Ctx, start: number): string | null {
  const { toks } = x.c;
  let k = toks.findIndex((t) => t.start >= start) - 1;
  while (k >= 0 && toks[k].pos === 'ADV' && x.c.npAt[k] < 0) k--;
  if (k < 0) return null;
  const t = toks[k];
  if (t.lower === 'that' && x.c.npAt[k] < 0) return 'that';
  return (t.pos === 'SCONJ' || SUBORDINATORS.has(t.lower)) && x.c.npAt[k] < 0 ? t.lower : null;
}

// ---------------------------------------------------------------------------------------------------
// Helpers for consumers

/** Who does it: the agent of a passive, the subject of an active verb. */
export function doer(c: Clause): Phrase | null {
  return c.verb.voice === 'passive' ? c.agent : c.subject;
}

/** Who undergoes it: the subject of a passive, the object of an active verb. */
export function undergoer(c: Clause): Phrase | null {
  return c.verb.voice === 'passive' ? c.subject : c.object;
}

/** The clause whose verb group covers character offset `at`. */
export function clauseAt(r: Reading, at: number): Clause | undefined {
  return r.clauses.find((c) => c.verb.start <= at && at < c.verb.end);
}

/** The base noun phrase covering character offset `at`. */
export function phraseAt(r: Reading, at: number): NounPhrase | undefined {
  return r.phrases.find((p) => p.start <= at && at < p.end);
}

/** Is character offset `at` inside the content of clause `c` (or of a clause nested in it)? */
export function inContent(c: Clause, at: number): boolean {
  return !!c.content && c.content.start <= at && at < c.content.end;
}

/** The head word of each member of a phrase, with its character span: the words that say who it is. */
export function heads(r: Reading, p: Phrase | null): Token[] {
  return p ? p.members.map((m) => r.tokens[m.head]) : [];
}
