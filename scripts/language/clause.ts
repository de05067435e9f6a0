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
import { antecedent, argumentAt, contentEnd, firstNonAdvBefore, temporal, governingVerbTakesThat, hostClause, invertible, nextIsVerb, rightSide, subjectBefore, type Ctx } from './clause-arguments.ts';

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
  /** "Haftar's militia": the phrase before the possessive 's, else null. */
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
    let subject: Phrase | null = null;
    let source: SubjectSource | null = null;
    let relative = false;
    let parent = -1;
    let rightFrom = v.last + 1;
    const prevTok = toks[v.first - 1];
    // "Two soldiers killed by airstrikes", "the attack carried out by gunmen": a participle with its agent
    if (v.form === 'finite' && v.first === v.head && isPastLike(toks[v.head]) && (toks[v.last + 1]?.lower === 'by') && npAt[v.last + 2] >= 0) {
      v.voice = 'passive';
      v.form = 'participle';
      v.tense = 'nonfinite';
    }
    const before = v.first > 0 ? firstNonAdvBefore(x, v.first - 1) : -1;
    const bt = before >= 0 ? toks[before] : undefined;
    const afterNp = before >= 0 && npAt[before] >= 0 && c.nps[npAt[before]].last === before;
    // absolute construction: "with Congress finally voting to ...", "without the army intervening"
    if (v.form === 'ing' && afterNp) {
      let q = c.nps[npAt[before]].first;
      while (q >= 2 && toks[q - 1].lower === 'of' && npAt[q - 2] >= 0) q = c.nps[npAt[q - 2]].first;
      const w = toks[q - 1]?.lower;
      const arg = (w === 'with' || w === 'without') && toks[q - 1].pos === 'ADP' ? argumentAt(x, q, false) : null;
      if (arg && arg.last === before) {
        subject = arg;
        source = 'before';
      }
    }
    if (!subject && bt && (RELATIVE.has(bt.lower) || (bt.lower === 'that' && npAt[before] < 0 && before > 0 && (npAt[before - 1] >= 0 || isComma(toks[before - 1]))))) {
      // relative clause: "X, who was arrested", "the attack that killed three"
      const ant = antecedent(x, before);
      if (ant && !(bt.lower === 'that' && governingVerbTakesThat(x, ant))) {
        subject = ant;
        source = 'relative';
        relative = true;
        parent = clauses.findIndex((q) => q.end >= ant.end && q.start <= ant.start && q.verb.first < ant.first);
      }
    }
    if (!subject && v.form === 'infinitive') {
      // "threatened to attack": the subject of the verb it completes; "urged X to leave": its object
      const host = hostClause(clauses, v, toks);
      if (host) {
        const addressee = host.verb.lemma === 'call' || host.verb.lemma === 'appeal' ? host.complements.find((q) => q.prep === 'on' || q.prep === 'upon' || q.prep === 'to')?.phrase : undefined;
        if (host.object && OBJECT_CONTROL.has(host.verb.lemma)) subject = host.object;
        else if (addressee) subject = addressee;
        else subject = host.subject;
        source = subject ? 'controlled' : null;
        parent = clauses.indexOf(host);
      }
    } else if (!subject && (v.form === 'ing' || v.form === 'participle' || (v.tense === 'past' && !v.perfect && isPastLike(toks[v.head]) && v.first === v.head)) && afterNp && !isComma(prevTok)) {
      // reduced relative: "a group calling itself X", "two soldiers killed by airstrikes"
      const ant = antecedent(x, v.first);
      const passiveShape = v.form === 'participle' || (v.form !== 'ing' && toks[v.last + 1]?.pos === 'ADP' && lastFinite >= 0);
      if (ant && (v.form === 'ing' || passiveShape)) {
        subject = ant;
        source = 'reduced';
        if (v.form !== 'ing') {
          v.voice = 'passive';
          v.form = 'participle';
          v.tense = 'nonfinite';
        }
      }
    }
    if (!subject && (v.form === 'ing' || (prevTok && (prevTok.pos === 'ADP') && v.form === 'finite' && isIng(toks[v.head])))) {
      // ", warning him ...", "by blocking ...": the subject of the clause it hangs on
      const host = [...clauses].reverse().find((q) => q.verb.form === 'finite' && q.verb.first < v.first && !q.relative && sameLevel(clauses, q, v));
      if (host) {
        const ofContent = host.content && host.content.start <= v.start && v.end <= host.content.end && (host.content.kind === 'of' || host.content.kind === 'for' || host.content.kind === 'with');
        // "stop its allies from launching attacks": the one stopped does it
        const stopped = prevTok?.lower === 'from' ? [...clauses].reverse().find((q) => q.object && q.object.end <= prevTok.start && q.verb.first < v.first) : undefined;
        subject = stopped ? stopped.object : ofContent && host.object ? host.object : host.subject;
        source = subject ? 'controlled' : null;
        parent = host.content && host.content.start <= v.start && v.end <= host.content.end ? clauses.indexOf(host) : -1;
      }
    }
    // "an incursion, which New Delhi said targeted a camp": the verb after "which X said" has the relative
    // pronoun's phrase as subject, and is what X said
    if (!subject && v.form === 'finite' && vi > 0 && vgs[vi - 1].last === v.first - 1 && INVERTING.has(vgs[vi - 1].lemma)) {
      const host = clauses.find((q) => q.verb === vgs[vi - 1]);
      const hs = host?.subject;
      const rp = hs ? hs.first - 1 : -1;
      if (host && hs && host.subjectSource === 'before' && rp >= 0 && (toks[rp].lower === 'which' || toks[rp].lower === 'that' || toks[rp].lower === 'who')) {
        const ant = antecedent(x, rp);
        if (ant) {
          subject = ant;
          source = 'relative';
          relative = true;
          parent = clauses.indexOf(host);
          const last = contentEnd(x, v.first, 'clause');
          if (last >= v.first && !host.content) host.content = { start: toks[v.first].start, end: toks[last].end, first: v.first, last, text: sentence.slice(toks[v.first].start, toks[last].end), kind: 'clause' };
        }
      }
    }
    // "helped hammer out the deal", "let them go": a bare verb right after help/let/make is controlled by it
    const bareHost = v.form === 'finite' && v.tense === 'present' && v.first === v.head && vi > 0 && vgs[vi - 1].last === v.first - 1 && /^(?:help|let|make)$/.test(vgs[vi - 1].lemma) ? clauses.findIndex((q) => q.verb === vgs[vi - 1]) : -1;
    if (!subject && bareHost >= 0) {
      subject = clauses[bareHost].subject;
      source = subject ? 'controlled' : null;
      parent = bareHost;
    }
    if (!subject && (v.form === 'finite' || v.form === 'participle')) {
      const r = subjectBefore(x, v, lastFinite);
      const boundBy = r.bound >= 0 ? clauses[r.bound] : undefined;
      const auxOnly = !!boundBy && boundBy.verb.head === boundBy.verb.last && toks[boundBy.verb.head].pos === 'AUX' && boundBy.verb.lemma !== 'be' && isComma(toks[v.first - 1]);
      if (auxOnly && boundBy!.subject) {
        // "Authorities in X have, for the first time, acknowledged ...": the auxiliary's subject
        subject = boundBy!.subject;
        source = boundBy!.subjectSource;
      } else if (r.phrase && !temporal(x, r.phrase)) {
        // "A soldier who escaped the attack, speaking ..., gave": "the attack" is the relative clause's object
        const relObject = boundBy?.relative && boundBy.object && boundBy.object.first <= r.phrase.first && r.phrase.last <= boundBy.object.last;
        // "The man who helped draft the deal that turned X into Y, says": after a comma, the words before
        // belong to the relative clause; the verb is the one its phrase waits for
        const chain = !relObject && boundBy && (boundBy.relative || insideRelative(clauses, boundBy)) && isComma(toks[v.first - 1]) ? waitingAntecedent(clauses, v) : null;
        if (chain) subject = phraseBeforeRelative(x, clauses.find((q) => q.relative && q.subject === chain)!) ?? chain;
        else subject = (relObject && phraseBeforeRelative(x, boundBy!)) || r.phrase;
        source = r.source;
      } else if (!r.phrase && reducedBefore(x, clauses, v)) {
        // "Another group calling itself “X” also broadcast ...": the phrase the participle describes
        subject = reducedBefore(x, clauses, v)!;
        source = 'before';
      } else if (r.waiting && waitingAntecedent(clauses, v)) {
        const waiting = waitingAntecedent(clauses, v)!;
        subject = phraseBeforeRelative(x, clauses.find((q) => q.relative && q.subject === waiting)!) ?? waiting;
        source = 'before';
      } else if (r.inherit) {
        // "A party official who asked not to be named because he ... said": no coordinator, so the verb is
        // the one the relative clause's phrase was waiting for
        const waiting = r.source === 'coordinated' ? null : waitingAntecedent(clauses, v);
        const rel = waiting ? phraseBeforeRelative(x, clauses.find((q) => q.relative && q.subject === waiting)!) ?? waiting : null;
        // (a reporting verb after "and" goes with a main clause, not with the "that" clause before it:
        // "X brushed off allegations that Y was ... and said ...")
        const prev = [...clauses].reverse().find((q) => q.verb.form === 'finite' && !q.relative && q.verb.first < v.first && sameLevel(clauses, q, v) && !(INVERTING.has(v.lemma) && q.marker === 'that'));
        if (rel) {
          subject = rel;
          source = 'before';
        } else if (prev && prev.subject) {
          subject = prev.subject;
          source = 'coordinated';
        }
      }
      // quotative inversion: '"...," said the minister' / '..., said Jane Roe, a fellow at X' — only when
      // no subject stands before the verb, or what stands there is the end of an earlier clause
      const before = !subject || (r.bound >= 0 && !auxOnly && source === 'before');
      if (INVERTING.has(v.lemma) && v.voice === 'active' && before && invertible(x, v)) {
        const arg = npAt[v.last + 1] >= 0 ? argumentAt(x, v.last + 1) : null;
        const after = arg ? toks[arg.last + 1] : undefined;
        const ends = !after || after.text === '.' || isComma(after) || after.text === ';' || after.pos === 'ADP' || quoteRole(toks, arg!.last + 1) !== null;
        if (arg && ends && !nextIsVerb(x, arg.last + 1) && !temporal(x, arg)) {
          subject = arg;
          source = 'inverted';
          rightFrom = arg.last + 1;
        }
      }
    }
    const right = rightSide(x, v, rightFrom);
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

/** The phrase of the nearest relative clause before `v` that no main verb has taken as its subject yet. */
function waitingAntecedent(clauses: Clause[], v: VerbGroup): Phrase | null {
  for (let q = clauses.length - 1; q >= 0; q--) {
    const c = clauses[q];
    // a relative clause nested in another ("the man who helped draft the deal that ...") waits for nobody
    if (!c.relative || !c.subject || c.verb.first >= v.first || insideRelative(clauses, c)) continue;
    const ant = c.subject;
    const taken = clauses.some((o) => !o.relative && o.subject === ant && o.subjectSource !== 'controlled' && o.verb.form === 'finite' && o.verb.first > ant.last);
    return taken ? null : ant;
  }
  return null;
}

/** The phrase a reduced relative clause ending right before verb `v` describes (adverbs between allowed),
 * when that phrase has no verb of its own yet. */
function reducedBefore(x: Ctx, clauses: Clause[], v: VerbGroup): Phrase | null {
  const { toks } = x.c;
  let k = v.first - 1;
  while (k >= 0 && toks[k].pos === 'ADV' && x.c.npAt[k] < 0) k--;
  if (k < 0) return null;
  const end = toks[k].end;
  const q = [...clauses].reverse().find((c) => c.subjectSource === 'reduced' && c.verb.first < v.first && c.end === end && c.subject);
  if (!q || !q.subject) return null;
  const taken = clauses.some((o) => o !== q && o.subject === q.subject && o.verb.form === 'finite' && o.subjectSource !== 'controlled');
  return taken ? null : q.subject;
}

/** Is clause `c` within a relative clause (its parent, or a parent's parent, is one)? */
function insideRelative(clauses: Clause[], c: Clause): boolean {
  for (let p = c.parent, guard = 0; p >= 0 && guard < 20; p = clauses[p].parent, guard++) if (clauses[p].relative) return true;
  return false;
}

/** The whole phrase a relative clause hangs on, appositions included ("Jane Roe, a lawmaker of the X party
 * who led the questioning, said"): the subject the region before its relative pronoun gives. */
function phraseBeforeRelative(x: Ctx, rel: Clause): Phrase | null {
  let k = rel.verb.first - 1;
  while (k >= 0 && !(RELATIVE.has(x.c.toks[k].lower) || x.c.toks[k].lower === 'that')) k--;
  if (k <= 0) return rel.subject;
  const r = subjectBefore(x, { ...rel.verb, first: k }, -1);
  return r.phrase ?? rel.subject;
}

/** Can `v` hang on clause `q` ("X said ..., adding", "X said ... and warned")? Not when `q` sits inside
 * the content of a clause that `v` is outside of ("X said the committee should wait, but added"). */
function sameLevel(clauses: Clause[], q: Clause, v: VerbGroup): boolean {
  for (let p = q.parent; p >= 0; p = clauses[p].parent) {
    const ct = clauses[p].content;
    if (ct && !(ct.start <= v.start && v.end <= ct.end)) return false;
  }
  return true;
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
