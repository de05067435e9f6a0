// Who a verb's subject is: the phrase before it, or, when the grammar says otherwise, the phrase a relative
// clause describes, the subject or object of the verb an infinitive or an -ing clause completes, the
// subject of a coordinated verb, or the speaker after a quotation ("..., said X"). Each rule below fills
// what the earlier ones left empty, in order; readClauses (clause.ts) calls findSubject once per verb.
import type { Clause, Phrase, SubjectSource, VerbGroup } from './clause.ts';
import { argumentAt, contentEnd, phraseOf, subjectBefore, temporal, nextIsVerb, type Ctx } from './clause-arguments.ts';
import { INVERTING, OBJECT_CONTROL, QUOTE_CLOSE, RELATIVE, SUBORDINATORS, isComma, isCoord, isIng, isPastLike, quoteRole, type T } from './clause-chunks.ts';
import { ROLE_NOUNS } from './lexicon/titles.ts';

/** The subject found for a verb, the clause it belongs to, and where its right side starts. */
export interface SubjectFound {
  subject: Phrase | null;
  subjectSource: SubjectSource | null;
  relative: boolean;
  parent: number;
  rightFrom: number;
}

interface Scene {
  x: Ctx;
  clauses: Clause[];
  vi: number;
  v: VerbGroup;
  lastFinite: number;
  prevTok: T | undefined;
  /** The token before the verb, adverbs skipped (-1: none). */
  before: number;
  bt: T | undefined;
  /** Does a noun phrase end right before the verb? */
  afterNp: boolean;
}

/** The subject of verb group `vi`, given the clauses read before it. */
export function findSubject(x: Ctx, clauses: Clause[], vi: number, lastFinite: number): SubjectFound {
  const { toks, npAt, vgs } = x.c;
  const v = vgs[vi];
  const st: SubjectFound = { subject: null, subjectSource: null, relative: false, parent: -1, rightFrom: v.last + 1 };
  const prevTok = toks[v.first - 1];
  const before = v.first > 0 ? firstNonAdvBefore(x, v.first - 1) : -1;
  const bt = before >= 0 ? toks[before] : undefined;
  const afterNp = before >= 0 && npAt[before] >= 0 && x.c.nps[npAt[before]].last === before;
  const sc: Scene = { x, clauses, vi, v, lastFinite, prevTok, before, bt, afterNp };
  absoluteSubject(sc, st);
  relativeSubject(sc, st);
  if (!st.subject) {
    if (v.form === 'infinitive') controlledSubject(sc, st);
    else reducedSubject(sc, st);
  }
  hostSubject(sc, st);
  saidSubject(sc, st);
  bareVerbSubject(sc, st);
  subjectOrInversion(sc, st);
  listedVerbSubject(sc, st);
  return st;
}

/**
 * A verb in a list of acts sharing one subject ("X fired missiles, targeted A as well as B, and struck C"):
 * a past verb right after a comma, with no subject of its own, in a list that an "and" closes, takes the
 * subject of the finite clause before it.
 */
function listedVerbSubject(sc: Scene, st: SubjectFound): void {
  const { x, clauses, v, prevTok } = sc;
  const { toks, vgs } = x.c;
  if (v.form !== 'finite' || v.voice !== 'active' || v.first !== v.head || !isPastLike(toks[v.head])) return;
  // (what the reader took for a subject may be the object of the list's verb before: "shelled Velmora, raided ...")
  const prevClause = clauses[clauses.length - 1];
  const objectBefore = !!st.subject && !!prevClause?.object && prevClause.object.start === st.subject.start && prevClause.object.end === st.subject.end;
  if (st.subject && !objectBefore) return;
  // a middle item (", targeted ...") in a list an ", and" closes later; or the closing item (", and struck")
  const closing = isCoord(prevTok) && isComma(toks[v.first - 2]);
  const closed = vgs.some((g) => g.first > v.last && g.form === 'finite' && isCoord(toks[g.first - 1]));
  if (!closing && !(isComma(prevTok) && closed)) return;
  const prev = [...clauses].reverse().find((q) => q.verb.form === 'finite' && !q.relative && q.verb.first < v.first && sameLevel(clauses, q, v));
  if (!prev?.subject || prev.verb.tense !== 'past') return;
  st.subject = prev.subject;
  st.subjectSource = 'coordinated';
}

/** "with Congress finally voting to ...": the phrase after with/without. */
function absoluteSubject(sc: Scene, st: SubjectFound): void {
  const { x, v, before, afterNp } = sc;
  const { toks, npAt } = sc.x.c;
  // absolute construction: "with Congress finally voting to ...", "without the army intervening"
  if (v.form === 'ing' && afterNp) {
    let q = x.c.nps[npAt[before]].first;
    while (q >= 2 && toks[q - 1].lower === 'of' && npAt[q - 2] >= 0) q = x.c.nps[npAt[q - 2]].first;
    const w = toks[q - 1]?.lower;
    const arg = (w === 'with' || w === 'without') && toks[q - 1].pos === 'ADP' ? argumentAt(x, q, false) : null;
    if (arg && arg.last === before) {
      st.subject = arg;
      st.subjectSource = 'before';
    }
  }
}

/** A relative clause ("X, who was arrested"): the phrase it describes. */
function relativeSubject(sc: Scene, st: SubjectFound): void {
  const { x, clauses, before, bt } = sc;
  const { toks, npAt } = sc.x.c;
  if (!st.subject && bt && (RELATIVE.has(bt.lower) || (bt.lower === 'that' && npAt[before] < 0 && before > 0 && (npAt[before - 1] >= 0 || isComma(toks[before - 1]))))) {
    // relative clause: "X, who was arrested", "the attack that killed three"
    const ant = antecedent(x, before);
    if (ant && !(bt.lower === 'that' && governingVerbTakesThat(x, ant))) {
      st.subject = ant;
      st.subjectSource = 'relative';
      st.relative = true;
      st.parent = clauses.findIndex((q) => q.end >= ant.end && q.start <= ant.start && q.verb.first < ant.first);
    }
  }
}

/** An infinitive: the subject (or object) of the verb it completes. */
function controlledSubject(sc: Scene, st: SubjectFound): void {
  const { clauses, v } = sc;
  const { toks } = sc.x.c;
  if (!st.subject && v.form === 'infinitive') {
    // "threatened to attack": the subject of the verb it completes; "urged X to leave": its object
    const host = hostClause(clauses, v, toks);
    if (host) {
      const addressee = host.verb.lemma === 'call' || host.verb.lemma === 'appeal' ? host.complements.find((q) => q.prep === 'on' || q.prep === 'upon' || q.prep === 'to')?.phrase : undefined;
      if (host.object && OBJECT_CONTROL.has(host.verb.lemma)) st.subject = host.object;
      else if (addressee) st.subject = addressee;
      else st.subject = host.subject;
      st.subjectSource = st.subject ? 'controlled' : null;
      st.parent = clauses.indexOf(host);
    }
  }
}

/** A reduced relative ("a group calling itself X"): the phrase before it. */
function reducedSubject(sc: Scene, st: SubjectFound): void {
  const { x, clauses, v, lastFinite, prevTok, afterNp } = sc;
  const { toks } = sc.x.c;
  if (!st.subject && (v.form === 'ing' || v.form === 'participle' || (v.tense === 'past' && !v.perfect && isPastLike(toks[v.head]) && v.first === v.head)) && afterNp && !isComma(prevTok)) {
    // reduced relative: "a group calling itself X", "two soldiers killed by airstrikes"
    const ant = antecedent(x, v.first);
    // (only after a main clause: "After X was struck, the group announced on Sunday" has its main verb yet to come)
    const mainBefore = lastFinite >= 0 && clauses.some((q) => q.verb.form === 'finite' && !q.relative && !q.marker);
    // (nor after a word that opens a clause: "since October, when hardline groups agreed to ...")
    const np = x.c.nps[x.c.npAt[sc.before]];
    const opener = toks[np.first - 1]?.lower ?? '';
    const opensClause = SUBORDINATORS.has(opener) || RELATIVE.has(opener) || opener === 'that';
    const passiveShape = v.form === 'participle' || (v.form !== 'ing' && toks[v.last + 1]?.pos === 'ADP' && mainBefore && !opensClause);
    if (ant && (v.form === 'ing' || passiveShape)) {
      st.subject = ant;
      st.subjectSource = 'reduced';
      if (v.form !== 'ing') {
        v.voice = 'passive';
        v.form = 'participle';
        v.tense = 'nonfinite';
      }
    }
  }
}

/** An -ing clause hanging on an earlier clause: that clause's subject. */
function hostSubject(sc: Scene, st: SubjectFound): void {
  const { clauses, v, prevTok } = sc;
  const { toks } = sc.x.c;
  if (!st.subject && (v.form === 'ing' || (prevTok && (prevTok.pos === 'ADP') && v.form === 'finite' && isIng(toks[v.head])))) {
    // ", warning him ...", "by blocking ...": the subject of the clause it hangs on
    const host = [...clauses].reverse().find((q) => q.verb.form === 'finite' && q.verb.first < v.first && !q.relative && sameLevel(clauses, q, v));
    if (host) {
      const ofContent = host.content && host.content.start <= v.start && v.end <= host.content.end && (host.content.kind === 'of' || host.content.kind === 'for' || host.content.kind === 'with');
      // "stop its allies from launching attacks": the one stopped does it
      const stopped = prevTok?.lower === 'from' ? [...clauses].reverse().find((q) => q.object && q.object.end <= prevTok.start && q.verb.first < v.first) : undefined;
      st.subject = stopped ? stopped.object : ofContent && host.object ? host.object : host.subject;
      st.subjectSource = st.subject ? 'controlled' : null;
      st.parent = host.content && host.content.start <= v.start && v.end <= host.content.end ? clauses.indexOf(host) : -1;
    }
  }
}

/** "which X said targeted ...": the relative pronoun's phrase. */
function saidSubject(sc: Scene, st: SubjectFound): void {
  const { x, clauses, v, vi, before } = sc;
  const { toks, vgs } = sc.x.c;
  // "an incursion, which New Delhi said targeted a camp": the verb after "which X said" has the relative
  // pronoun's phrase as subject, and is what X said
  if (!st.subject && v.form === 'finite' && vi > 0 && vgs[vi - 1].last === v.first - 1 && INVERTING.has(vgs[vi - 1].lemma)) {
    const host = clauses.find((q) => q.verb === vgs[vi - 1]);
    const hs = host?.subject;
    const rp = hs ? hs.first - 1 : -1;
    if (host && hs && host.subjectSource === 'before' && rp >= 0 && (toks[rp].lower === 'which' || toks[rp].lower === 'that' || toks[rp].lower === 'who')) {
      const ant = antecedent(x, rp);
      if (ant) {
        st.subject = ant;
        st.subjectSource = 'relative';
        st.relative = true;
        st.parent = clauses.indexOf(host);
        const last = contentEnd(x, v.first, 'clause');
        if (last >= v.first && !host.content) host.content = { start: toks[v.first].start, end: toks[last].end, first: v.first, last, text: x.text.slice(toks[v.first].start, toks[last].end), kind: 'clause' };
      }
    }
  }
}

/** A bare verb after help/let/make: the subject of that verb. */
function bareVerbSubject(sc: Scene, st: SubjectFound): void {
  const { clauses, v, vi } = sc;
  const { vgs } = sc.x.c;
  // "helped hammer out the deal", "let them go": a bare verb right after help/let/make is controlled by it
  const bareHost = v.form === 'finite' && v.tense === 'present' && v.first === v.head && vi > 0 && vgs[vi - 1].last === v.first - 1 && /^(?:help|let|make)$/.test(vgs[vi - 1].lemma) ? clauses.findIndex((q) => q.verb === vgs[vi - 1]) : -1;
  if (!st.subject && bareHost >= 0) {
    st.subject = clauses[bareHost].subject;
    st.subjectSource = st.subject ? 'controlled' : null;
    st.parent = bareHost;
  }
}

/** The phrase before the verb, a waiting antecedent, a coordinated subject, or an inverted speaker. */
function subjectOrInversion(sc: Scene, st: SubjectFound): void {
  const { x, clauses, v, lastFinite } = sc;
  const { toks, npAt } = sc.x.c;
  if (!st.subject && (v.form === 'finite' || v.form === 'participle')) {
    const r = subjectBefore(x, v, lastFinite);
    const boundBy = r.bound >= 0 ? clauses[r.bound] : undefined;
    const auxOnly = !!boundBy && boundBy.verb.head === boundBy.verb.last && toks[boundBy.verb.head].pos === 'AUX' && boundBy.verb.lemma !== 'be' && isComma(toks[v.first - 1]);
    if (auxOnly && boundBy!.subject) {
      // "Authorities in X have, for the first time, acknowledged ...": the auxiliary's subject
      st.subject = boundBy!.subject;
      st.subjectSource = boundBy!.subjectSource;
    } else if (r.phrase && !temporal(x, r.phrase)) {
      // "A soldier who escaped the attack, speaking ..., gave": "the attack" is the relative clause's object
      const relObject = boundBy?.relative && boundBy.object && boundBy.object.first <= r.phrase.first && r.phrase.last <= boundBy.object.last;
      // "The man who helped draft the deal that turned X into Y, says": after a comma, the words before
      // belong to the relative clause; the verb is the one its phrase waits for
      const chain = !relObject && boundBy && (boundBy.relative || insideRelative(clauses, boundBy)) && isComma(toks[v.first - 1]) ? waitingAntecedent(clauses, v) : null;
      if (chain) st.subject = phraseBeforeRelative(x, clauses.find((q) => q.relative && q.subject === chain)!) ?? chain;
      else st.subject = (relObject && phraseBeforeRelative(x, boundBy!)) || r.phrase;
      st.subjectSource = r.source;
    } else if (!r.phrase && reducedBefore(x, clauses, v)) {
      // "Another group calling itself “X” also broadcast ...": the phrase the participle describes
      st.subject = reducedBefore(x, clauses, v)!;
      st.subjectSource = 'before';
    } else if (r.waiting && waitingAntecedent(clauses, v)) {
      const waiting = waitingAntecedent(clauses, v)!;
      st.subject = phraseBeforeRelative(x, clauses.find((q) => q.relative && q.subject === waiting)!) ?? waiting;
      st.subjectSource = 'before';
    } else if (r.inherit) {
      // "A party official who asked not to be named because he ... said": no coordinator, so the verb is
      // the one the relative clause's phrase was waiting for
      const waiting = r.source === 'coordinated' ? null : waitingAntecedent(clauses, v);
      const rel = waiting ? phraseBeforeRelative(x, clauses.find((q) => q.relative && q.subject === waiting)!) ?? waiting : null;
      // (a reporting verb after "and" goes with a main clause, not with the "that" clause before it:
      // "X brushed off allegations that Y was ... and said ...")
      const prev = [...clauses].reverse().find((q) => q.verb.form === 'finite' && !q.relative && q.verb.first < v.first && sameLevel(clauses, q, v) && !(INVERTING.has(v.lemma) && q.marker === 'that'));
      if (rel) {
        st.subject = rel;
        st.subjectSource = 'before';
      } else if (prev && prev.subject) {
        st.subject = prev.subject;
        st.subjectSource = 'coordinated';
      }
    }
    // quotative inversion: '"...," said the minister' / '..., said Jane Roe, a fellow at X' — only when
    // no subject stands before the verb, or what stands there is the end of an earlier clause
    const before = !st.subject || (r.bound >= 0 && !auxOnly && st.subjectSource === 'before');
    if (INVERTING.has(v.lemma) && v.voice === 'active' && before && invertible(x, v)) {
      const arg = npAt[v.last + 1] >= 0 ? argumentAt(x, v.last + 1) : null;
      const after = arg ? toks[arg.last + 1] : undefined;
      const ends = !after || after.text === '.' || isComma(after) || after.text === ';' || after.pos === 'ADP' || quoteRole(toks, arg!.last + 1) !== null;
      if (arg && ends && !nextIsVerb(x, arg.last + 1) && !temporal(x, arg)) {
        st.subject = arg;
        st.subjectSource = 'inverted';
        st.rightFrom = arg.last + 1;
      }
    }
  }
}

/** The token at or before `k` that is not an adverb (-1: none). */
export function firstNonAdvBefore(x: Ctx, k: number): number {
  while (k >= 0 && x.c.toks[k].pos === 'ADV' && x.c.npAt[k] < 0) k--;
  return k;
}

/** The noun phrase a relative pronoun (or reduced relative) at token `k` describes: the argument ending
 * right before it (a comma between allowed). */
function antecedent(x: Ctx, k: number): Phrase | null {
  const { toks, npAt, nps } = x.c;
  let e = k - 1;
  if (e >= 0 && isComma(toks[e])) e--;
  if (e >= 0 && toks[e].text === ')') {
    // "the Rapid Support Forces (RSF), which"
    while (e >= 0 && toks[e].text !== '(') e--;
    e--;
  }
  if (e < 0 || npAt[e] < 0) return null;
  // walk back over "of" chains to the start of the phrase ("a member of the group, who"), unless the
  // phrase right before is a name ("the killing of Marek, who was head of ...")
  let s = nps[npAt[e]].first;
  const personal = toks[k].lower === 'who' || toks[k].lower === 'whom';
  if (toks[nps[npAt[e]].head].pos !== 'PROPN') while (s >= 2 && toks[s - 1].lower === 'of' && npAt[s - 2] >= 0) s = nps[npAt[s - 2]].first;
  // "a lawmaker of the X party who ...", "an official in the state government, who ...": "who" is the lawmaker
  if (!personal && s >= 2 && /^(?:in|at|near)$/.test(toks[s - 1].lower) && npAt[s - 2] >= 0 && toks[nps[npAt[s - 2]].head].pos === 'NOUN') {
    // "the peace deal in Colombia that turned ...": the deal, not the place it was made in
    const thing = nps[npAt[s - 2]];
    return phraseOf(x, [thing], thing.first, e, 'single');
  } else if (personal && s >= 2 && /^(?:of|from|in|at|for)$/.test(toks[s - 1].lower) && npAt[s - 2] >= 0 && ROLE_NOUNS.has(toks[nps[npAt[s - 2]].head].lower)) {
    // "a legislator from West Virginia who": the legislator, with where they are from
    const role = nps[npAt[s - 2]];
    if (toks[s - 1].lower !== 'of') return phraseOf(x, [role], role.first, e, 'single');
    s = role.first;
  }
  const arg = argumentAt(x, s, false);
  if (!arg) return null;
  if (arg.last >= e) return arg.last === e ? arg : phraseOf(x, arg.members.filter((m) => m.last <= e), arg.first, e, arg.link);
  // the argument stopped short (an apposition before the comma): take the base phrase itself
  const np = nps[npAt[e]];
  return phraseOf(x, [np], np.first, np.last, 'single');
}

/** "warned that ...": "that" after a verb's object is a complementiser, not a relative pronoun. */
function governingVerbTakesThat(x: Ctx, ant: Phrase): boolean {
  const k = firstNonAdvBefore(x, ant.first - 1);
  const v = k >= 0 ? x.c.vgAt[k] : -1;
  return v >= 0 && INVERTING.has(x.c.vgs[v].lemma);
}

/** The clause an infinitive completes: the nearest earlier clause whose content starts at it. */
function hostClause(clauses: Clause[], v: VerbGroup, toks?: T[]): Clause | undefined {
  for (let q = clauses.length - 1; q >= 0; q--) {
    const ct = clauses[q].content;
    if (ct && ct.first === v.first) return clauses[q];
    if (ct && ct.first <= v.first && v.last <= ct.last && ct.kind === 'to') return clauses[q];
  }
  // "went on to say", "moved to attack": a verb right before it, only particles or adverbs between
  const prev = clauses[clauses.length - 1];
  if (toks && prev && prev.verb.last < v.first && !prev.object && !prev.content) {
    let k = prev.verb.last + 1;
    while (k < v.first && (toks[k].pos === 'ADP' || toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k++;
    if (k === v.first) return prev;
  }
  return undefined;
}

/** '"...," said X' / '..., said X': a speech verb right after a quotation or a comma that ends content. */
function invertible(x: Ctx, v: VerbGroup): boolean {
  const { toks } = x.c;
  let k = v.first - 1;
  while (k >= 0 && toks[k].pos === 'ADV' && x.c.npAt[k] < 0) k--;
  if (k < 0) return false;
  const t = toks[k];
  if (QUOTE_CLOSE.has(t.text) && t.pos === 'PUNCT') return true;
  if (isComma(t)) return k > 0 && (QUOTE_CLOSE.has(toks[k - 1].text) || k >= 3);
  return false;
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
