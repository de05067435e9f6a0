// The arguments of a verb group: subject (before the verb, through appositions and fronted adjuncts; or
// after it, in quotative inversion), object, prepositional complements and the complement clause, each
// read off the chunks of clause-chunks.ts. clause.ts puts them together per verb.
import { ROLE_NOUNS } from './lexicon/titles.ts';
import type { ContentKind, Content, Clause, NounPhrase, Phrase, SubjectSource, VerbGroup } from './clause.ts';
import {
  BARE_CLAUSE, CONTENT_PREP, INVERTING, OBJECT_CONTROL, TIME_WORDS, isPastLike, QUOTE_CLOSE, QUOTE_OPEN, RELATIVE, SUBORDINATORS, WH, isComma, isCoord, isDash, isIng, isQuoteMark, nounPhrase, quoteRole, type Chunks, type T,
} from './clause-chunks.ts';


export interface Ctx {
  text: string;
  c: Chunks;
}


/** The noun phrase starting at token i, extended by its "of" phrases and a parenthesis ("(RSF)"); end token. */
export function npWithOf(x: Ctx, i: number): { first: number; last: number; np: NounPhrase } | null {
  const { c } = x;
  const k = c.npAt[i];
  if (k < 0 || c.nps[k].first !== i) return null;
  let np = c.nps[k];
  let last = np.last;
  const pronoun = np.first === np.last && c.toks[np.head].pos === 'PRON' && !/^(?:one|all|some|many|both|none|each|most|several|any)$/.test(c.toks[np.head].lower);
  for (;;) {
    const nx = c.toks[last + 1];
    if (nx && nx.lower === 'of' && !pronoun && c.npAt[last + 2] >= 0 && c.nps[c.npAt[last + 2]].first === last + 2) {
      last = c.nps[c.npAt[last + 2]].last;
      continue;
    }
    // "Rapid Support Forces (RSF)"
    if (nx && nx.text === '(' && c.npAt[last + 2] >= 0 && c.toks[c.nps[c.npAt[last + 2]].last + 1]?.text === ')') {
      last = c.nps[c.npAt[last + 2]].last + 1;
      continue;
    }
    break;
  }
  if (last !== np.last) np = nounPhrase(c.toks, x.text, np.first, last, np.head, np.possessor, np.pps);
  return { first: np.first, last, np };
}

export function nextIsVerb(x: Ctx, i: number): boolean {
  let k = i;
  while (k < x.c.toks.length && x.c.toks[k].pos === 'ADV' && x.c.vgAt[k] < 0) k++;
  const v = x.c.vgAt[k];
  if (!(v >= 0) || x.c.vgs[v].first !== k || x.c.vgs[v].form === 'infinitive') return false;
  // "the accord signed by his predecessor": a participle with its agent describes the noun
  const g = x.c.vgs[v];
  return !(g.first === g.head && isPastLike(x.c.toks[g.head]) && x.c.toks[g.last + 1]?.lower === 'by');
}

/** An -ing verb group right at token i (adverbs skipped): "statements detailing the clash" describes them. */
function ingAfter(x: Ctx, i: number): boolean {
  let k = i;
  while (k < x.c.toks.length && x.c.toks[k].pos === 'ADV' && x.c.vgAt[k] < 0) k++;
  const v = x.c.vgAt[k];
  return v >= 0 && x.c.vgs[v].form === 'ing';
}

export function phraseOf(x: Ctx, members: NounPhrase[], first: number, last: number, link: Phrase['link']): Phrase {
  const start = x.c.toks[first].start, end = x.c.toks[last].end;
  return { start, end, first, last, text: x.text.slice(start, end), members, link };
}

/** The argument starting at token i (a noun phrase, coordinated or in apposition), or null. */
export function argumentAt(x: Ctx, i: number, stopBeforeClause = true): Phrase | null {
  const { toks } = x.c;
  const a = npWithOf(x, i);
  if (!a) return null;
  const members = [a.np];
  let last = a.last;
  let link: Phrase['link'] = 'single';
  for (;;) {
    let k = last + 1;
    // ", and" / "and" / "or" / "as well as"
    let sep = 0;
    if (isComma(toks[k]) && isCoord(toks[k + 1])) sep = 2;
    else if (isCoord(toks[k])) sep = 1;
    else if (toks[k]?.lower === 'as' && toks[k + 1]?.lower === 'well' && toks[k + 2]?.lower === 'as') sep = 3;
    else if (isComma(toks[k]) && link !== 'apposition') {
      // a list "A, B and C": only when an "and" closes it
      const b = npWithOf(x, k + 1);
      // ("Jane Roe, a son of X and Y": a role after a name is its apposition, and the "and" is the role's)
      const role = !!b && toks[a.np.head].pos === 'PROPN' && (/^an?$/.test(toks[k + 1]?.lower ?? '') || ROLE_NOUNS.has(toks[b.np.head].lower));
      if (b && !role && (isCoord(toks[b.last + 1]) || (isComma(toks[b.last + 1]) && isCoord(toks[b.last + 2])))) sep = 1;
    }
    if (sep) {
      const b = npWithOf(x, k + sep);
      if (b && !(stopBeforeClause && nextIsVerb(x, b.last + 1))) {
        members.push(b.np);
        last = b.last;
        link = 'and';
        continue;
      }
      break;
    }
    // apposition: "the commander of the LNA, Jan Kowal" / "Jane Roe, a fellow at X,"
    if (isComma(toks[k]) && link === 'single') {
      const b = npWithOf(x, k + 1);
      const after = b ? toks[b.last + 1] : undefined;
      const closes = !after || isComma(after) || after.text === '.' || after.text === ')' || after.text === ';' || isDash(after) || (after.pos === 'VERB' || after.pos === 'AUX');
      // "... entering a restricted area, federal prosecutor Jane Roe said.": the name begins an inverted
      // attribution, it is no apposition of the phrase before the comma
      // ("Forces killed Jane Roe, the ministry said.": a name after a verb or preposition too; one opening the
      // sentence may be a title with its holder, "Prime Minister, Tarek Olund said")
      const object = a.first > 0 && (toks[a.first - 1].pos === 'VERB' || toks[a.first - 1].pos === 'ADP');
      const attribution = !!b && after?.pos === 'VERB' && INVERTING.has(after.lemma) && (toks[a.np.head].pos !== 'PROPN' || object) && (b.last + 2 >= toks.length || toks[b.last + 2].pos === 'PUNCT');
      if (attribution) break;
      const named = b && (toks[b.np.head].pos === 'PROPN' || toks[a.np.head].pos === 'PROPN');
      if (b && closes && named && !(after && isComma(after) && isCoord(toks[b.last + 2]))) {
        members.push(b.np);
        last = b.last;
        link = 'apposition';
        // the closing comma belongs to the apposition when a verb follows it
        continue;
      }
    }
    break;
  }
  return phraseOf(x, members, a.first, last, link);
}

// ---------------------------------------------------------------------------------------------------
// Clauses

/** Tokens that end the region a verb's subject is looked for in. */
export function isLeftBoundary(x: Ctx, k: number): boolean {
  const t = x.c.toks[k];
  if (t.text === ';' || t.text === ':' || t.text === '(' || t.text === ')') return true;
  if (quoteRole(x.c.toks, k) !== null) return true;
  if (x.c.npAt[k] >= 0) return false;
  if (RELATIVE.has(t.lower) || t.lower === 'that' || (WH.has(t.lower) && t.pos !== 'ADP')) return true;
  if (t.pos === 'SCONJ' || (SUBORDINATORS.has(t.lower) && t.pos !== 'ADP')) return true;
  // "after the US assassinated X": a preposition that opens a clause
  if (SUBORDINATORS.has(t.lower) && x.c.npAt[k + 1] >= 0) {
    const a = argumentAt(x, k + 1, false);
    if (!a) return false;
    // (the phrase may carry prepositional phrases: "after the embassy in the capital was struck")
    let e = a.last + 1;
    for (let guard = 0; guard < 4 && x.c.toks[e]?.pos === 'ADP' && x.c.npAt[e + 1] >= 0; guard++) e = x.c.nps[x.c.npAt[e + 1]].last + 1;
    if (nextIsVerb(x, a.last + 1) || (e > a.last + 1 && nextIsVerb(x, e))) return true;
  }
  return false;
}

/** Segment [a, b] of the region before a verb: what kind of thing it is. */
export function segmentKind(x: Ctx, a: number, b: number): 'np' | 'adjunct' | 'clause' | 'empty' {
  const { toks, vgAt, npAt } = x.c;
  while (a <= b && (isQuoteMark(toks[a]) || toks[a].pos === 'ADV' && npAt[a] < 0)) a++;
  while (b >= a && (isQuoteMark(toks[b]) || (toks[b].pos === 'ADV' && npAt[b] < 0))) b--;
  if (a > b) return 'empty';
  const t0 = toks[a];
  if (t0.pos === 'ADP' || t0.pos === 'SCONJ' || SUBORDINATORS.has(t0.lower) || RELATIVE.has(t0.lower) || t0.lower === 'according') return 'adjunct';
  if (vgAt[a] >= 0) return 'adjunct'; // "speaking on condition of anonymity", "asked about it"
  for (let k = a; k <= b; k++) if (vgAt[k] >= 0) return 'clause';
  return npAt[a] >= 0 ? 'np' : 'adjunct';
}

/** A phrase that only says when ("Friday", "last week", "Sunday evening") is never a subject. */
export function temporal(x: Ctx, p: Phrase): boolean {
  return p.members.every((m) => TIME_WORDS.has(x.c.toks[m.head].lower) || /^\d{4}$/.test(x.c.toks[m.head].text));
}

/** Subject of verb group `v` found before it, or how it is otherwise given. */
export function subjectBefore(x: Ctx, v: VerbGroup, prevFinite: number): { phrase: Phrase | null; source: SubjectSource | null; inherit: boolean; bound: number; waiting?: boolean } {
  const { toks, vgAt } = x.c;
  // a parenthetical adjunct right before the verb is skipped whole (", for what appears to be the first
  // time ever,", ", who took office in May,"): the subject stands before it
  let end = v.first - 1;
  for (let round = 0; round < 2 && isComma(toks[end]); round++) {
    let k2 = end - 1;
    while (k2 >= 0 && !isComma(toks[k2]) && toks[k2].text !== ';' && quoteRole(toks, k2) === null) k2--;
    if (k2 < 1 || !isComma(toks[k2]) || segmentKind(x, k2 + 1, end - 1) !== 'adjunct') break;
    end = k2;
  }
  // region start: after the nearest boundary or verb group to the left
  let k = end === v.first - 1 ? v.first - 1 : end;
  let boundedByVerb = -1;
  for (; k >= 0; k--) {
    // "the Rapid Support Forces (RSF) condemns": a short parenthesis after a name belongs to it
    if (toks[k].text === ')') {
      let j = k - 1;
      while (j >= 0 && k - j <= 8 && toks[j].text !== '(' && toks[j].text !== ')') j--;
      if (j > 0 && toks[j].text === '(' && x.c.npAt[j - 1] >= 0) {
        k = j;
        continue;
      }
    }
    if (vgAt[k] >= 0) {
      boundedByVerb = vgAt[k];
      break;
    }
    if (isLeftBoundary(x, k)) break;
  }
  // (a sentence opening with a conjunction: "But the minister disagreed", "And X said")
  const from = k + 1 === 0 && /^(?:but|and|yet)$/.test(toks[0]?.lower ?? '') && x.c.npAt[0] < 0 ? 1 : k + 1;
  const to = end === v.first - 1 ? v.first - 1 : end;
  if (from > to) {
    // "..., which killed three" is handled by the caller; "X said and warned": nothing before
    return { bound: boundedByVerb, phrase: null, source: null, inherit: k >= 0 && vgAt[k] >= 0 };
  }
  // after a verb: "said the US was", "attacked Y and Z said", "attacked Y and warned"
  if (boundedByVerb >= 0) {
    // "said Mr A and Mr B must resign": the whole coordination after a bare-clause verb (see rightSide)
    const bv = x.c.vgs[boundedByVerb];
    if (BARE_CLAUSE.has(bv.lemma) && bv.voice === 'active' && bv.last === from - 1) {
      const wide = argumentAt(x, from, false);
      if (wide && wide.link === 'and' && wide.last === to) return { bound: boundedByVerb, phrase: wide, source: 'before', inherit: false };
    }
    let lastCoord = -1;
    for (let q = from; q <= to; q++) if ((isCoord(toks[q]) || toks[q].lower === 'but' || toks[q].lower === 'then') && x.c.npAt[q] < 0) lastCoord = q;
    // ("accused of X and of Y, the office said": a comma after the coordination closes it; the subject follows)
    let commaAfter = false;
    for (let q = lastCoord + 1; lastCoord >= 0 && q < to; q++) if (isComma(toks[q]) && x.c.npAt[q] < 0 && x.c.npAt[q + 1] >= 0 && toks[q + 1].pos === 'DET') commaAfter = true;
    if (lastCoord >= 0 && !commaAfter) {
      const rest = lastCoord + 1;
      let q = rest;
      while (q <= to && (toks[q].pos === 'ADV' || isComma(toks[q]) || toks[q].lower === 'then') && x.c.npAt[q] < 0) q++;
      if (q > to) return { bound: boundedByVerb, phrase: null, source: 'coordinated', inherit: true };
      const arg = argumentAt(x, q, false);
      return arg && arg.last <= to ? { bound: boundedByVerb, phrase: arg, source: 'before', inherit: false } : { bound: boundedByVerb, phrase: null, source: null, inherit: false };
    }
  }
  // split the region at commas (outside parentheses); the subject is the nearest noun-phrase segment,
  // with appositive segments before it; fronted adjuncts ("In a statement on Sunday,") are skipped
  const segs: [number, number][] = [];
  let s0 = from;
  let depth = 0;
  for (let q = from; q <= to; q++) {
    const t = toks[q];
    if (t.text === '(') depth++;
    else if (t.text === ')' && depth > 0) depth--;
    else if ((isComma(t) || isDash(t)) && depth === 0 && x.c.npAt[q] < 0) {
      segs.push([s0, q - 1]);
      s0 = q + 1;
    }
  }
  segs.push([s0, to]);
  let j = segs.length - 1;
  // a parenthetical right before the verb ("X, who took office in May, has ...", "X, in a statement, said")
  while (j >= 0 && segmentKind(x, segs[j][0], segs[j][1]) !== 'np') {
    const kind = segmentKind(x, segs[j][0], segs[j][1]);
    if (kind === 'clause' && boundedByVerb < 0 && j === segs.length - 1 && segs.length === 1) return { bound: boundedByVerb, phrase: null, source: null, inherit: false };
    if (kind === 'empty' && j === segs.length - 1 && segs.length === 1) return { bound: boundedByVerb, phrase: null, source: null, inherit: boundedByVerb >= 0 };
    j--;
    // only one or two parentheticals, and only when a noun phrase stands before them
    if (segs.length - 1 - j > 2) return { bound: boundedByVerb, phrase: null, source: null, inherit: false };
  }
  // "X, who posted videos of himself walking into the Capitol with the mob, has been charged": only
  // adjuncts since the last verb, closed by a comma: the verb the relative clause's phrase waits for
  if (j < 0) return { bound: boundedByVerb, phrase: null, source: null, inherit: false, waiting: boundedByVerb >= 0 && isComma(toks[end]) };
  let a = segs[j][0];
  while (a <= segs[j][1] && (isQuoteMark(toks[a]) || (toks[a].pos === 'ADV' && x.c.npAt[a] < 0))) a++;
  // the noun phrase segment may hold more than one phrase ("Security sources" ok; "On Saturday SDF commander Abdi")
  const arg = argumentAt(x, a, false);
  if (!arg) return { bound: boundedByVerb, phrase: null, source: null, inherit: false };
  let first = arg.first;
  const members = [...arg.members];
  let link = arg.link;
  // appositive segments before: "The head of the HF, Tom Okafor, tweeted" / "Jane Roe, 34, said"
  // (not the object of the verb before: "entering a restricted area, federal prosecutor Jane Roe said")
  const objectBefore = boundedByVerb >= 0 && INVERTING.has(v.lemma) && toks[arg.members[0].head].pos === 'PROPN';
  for (let p = j - 1; p >= 0 && !objectBefore; p--) {
    if (segmentKind(x, segs[p][0], segs[p][1]) !== 'np') break;
    const b = argumentAt(x, segs[p][0], false);
    if (!b || b.last < segs[p][1]) break;
    members.unshift(...b.members.filter((m) => m.last <= segs[p][1]));
    first = b.first;
    link = 'apposition';
  }
  // the phrase runs to the end of its segment: "a spokeswoman for the party", "a fellow at X"
  let last = Math.max(Math.min(arg.last, to), segs[j][1]);
  // ... but not over a time adjunct or a floating quantifier: "the ministries on Wednesday both released"
  for (let q = arg.last + 1; q <= last; q++) {
    const t = toks[q];
    const timed = t.pos === 'ADP' && x.c.npAt[q + 1] >= 0 && TIME_WORDS.has(toks[x.c.nps[x.c.npAt[q + 1]].head].lower);
    if (timed || /^(?:both|all|each)$/.test(t.lower)) {
      last = q - 1;
      break;
    }
    if (x.c.npAt[q] >= 0) q = x.c.nps[x.c.npAt[q]].last;
  }
  while (last > arg.last && (isQuoteMark(toks[last]) || isComma(toks[last]) || (toks[last].pos === 'ADV' && x.c.npAt[last] < 0))) last--;
  return { bound: boundedByVerb, phrase: phraseOf(x, members, first, last, link), source: 'before', inherit: false };
}

/** What follows a comma after a verb's arguments: the infinitive past a parenthesis ("called on X, a critic
 * of the accord signed by Y, to resign": { to }), the rest of the clause after a relative clause on the
 * object ("accuse X, who is also Y, of Z": the index to go on from), or the clause's end (null). */
function afterComma(x: Ctx, v: VerbGroup, k: number, object: Phrase | null, hasComplements: boolean, hasContent: boolean): { to: number } | number | null {
  const { toks, vgAt, vgs } = x.c;
  const n = toks.length;
  if (isComma(toks[k]) && !hasContent) {
    let q = k + 1;
    while (q < n && q - k <= 20 && !isComma(toks[q]) && toks[q].text !== ';' && !(vgAt[q] >= 0 && vgs[vgAt[q]].form === 'finite' && !(vgs[vgAt[q]].first === vgs[vgAt[q]].head && isPastLike(toks[vgs[vgAt[q]].head])))) q++;
    const at = vgAt[k + 1] >= 0 && vgs[vgAt[k + 1]].form === 'infinitive' ? k + 1 : q + 1 < n && isComma(toks[q]) ? q + 1 : -1;
    const gi = at >= 0 ? vgAt[at] : -1;
    const expects = OBJECT_CONTROL.has(v.lemma) || v.lemma === 'call' || v.lemma === 'appeal';
    if (gi >= 0 && vgs[gi].first === at && vgs[gi].form === 'infinitive' && expects && (hasComplements || !!object)) return { to: at };
  }
  if (object && RELATIVE.has(toks[k + 1]?.lower ?? '') && object.last === k - 1) {
    let q = k + 2;
    let depth = 0;
    for (; q < n; q++) {
      const w = toks[q];
      if (w.text === '(') depth++;
      else if (w.text === ')') depth--;
      else if (depth <= 0 && (isComma(w) || w.text === ';' || isDash(w))) break;
    }
    const resume = toks[q + 1];
    if (q < n && isComma(toks[q]) && resume && (resume.pos === 'ADP' || resume.lower === 'that' || (QUOTE_OPEN.has(resume.text) && resume.pos === 'PUNCT'))) return q + 1;
  }
  return null;
}

/** The arguments after a verb group (or after an inverted subject) up to the clause's end. */
export function rightSide(x: Ctx, v: VerbGroup, from: number): { object: Phrase | null; complements: { prep: string; phrase: Phrase }[]; content: Content | null; end: number } {
  const { toks, vgAt, npAt, vgs } = x.c;
  const n = toks.length;
  let object: Phrase | null = null;
  const complements: { prep: string; phrase: Phrase }[] = [];
  let content: Content | null = null;
  let k = from;
  let end = v.end;
  const skipAdv = () => {
    while (k < n && toks[k].pos === 'ADV' && npAt[k] < 0 && vgAt[k] < 0) k++;
  };
  const contentFrom = (kind: ContentKind, start: number) => {
    const last = contentEnd(x, start, kind);
    if (last >= start) content = contentSpan(x, kind, start, last);
    return last;
  };
  const copula = v.lemma === 'be' && v.voice === 'active';
  skipAdv();
  // "was shot dead by X", "beaten unconscious by X": the state it left the subject in, not an object
  if (v.voice === 'passive' && /^(?:dead|unconscious|alive)$/.test(toks[k]?.lower ?? '') && npAt[k] < 0) k++;
  // "said there were no grounds": an existential clause
  if (!copula && INVERTING.has(v.lemma) && toks[k]?.lower === 'there' && vgAt[k + 1] >= 0 && vgs[vgAt[k + 1]].lemma === 'be') {
    contentFrom('clause', k);
    return { object: null, complements, content, end: content ? (content as Content).end : end };
  }
  // a quoted object after its determiner: 'blamed the "war crime" on X' (the quotation marks are the
  // writer's distance, the words are still the object)
  const quotedObject = k + 2 < n && toks[k].pos === 'DET' && quoteRole(toks, k + 1) === 'open' && npAt[k + 2] >= 0 && x.c.nps[npAt[k + 2]].first === k + 2 && quoteRole(toks, x.c.nps[npAt[k + 2]].last + 1) === 'close';
  if (quotedObject) k += 2;
  // "reported Sunday as ...", "said Tuesday he was ...": a day right after the verb says when, no object
  if (k < n && npAt[k] >= 0 && x.c.nps[npAt[k]].first === k) {
    const when = argumentAt(x, k);
    if (when && when.link === 'single' && when.first === when.last && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/.test(toks[when.first].lower)) k = when.last + 1;
  }
  // object, or the subject of a bare complement clause ("said the US was")
  if (k < n && npAt[k] >= 0 && x.c.nps[npAt[k]].first === k) {
    const arg = argumentAt(x, k);
    if (arg && nextIsVerb(x, arg.last + 1) && !copula && !ingAfter(x, arg.last + 1)) {
      contentFrom('clause', k);
      return { object: null, complements, content, end: content ? (content as Content).end : end };
    }
    // "said Mr A and Mr B must resign": coordinated subjects of a bare complement clause
    if (arg && BARE_CLAUSE.has(v.lemma) && !copula && v.voice === 'active') {
      const wide = argumentAt(x, k, false);
      if (wide && wide.link === 'and' && wide.last > arg.last && nextIsVerb(x, wide.last + 1)) {
        contentFrom('clause', k);
        return { object: null, complements, content, end: content ? (content as Content).end : end };
      }
    }
    if (arg) {
      object = arg;
      // "accused the premier of treachery": the last of-phrase is what X is accused of, not part of X
      if (CONTENT_PREP.of.has(v.lemma) && arg.link === 'single') {
        const m = arg.members[0];
        let cut = -1;
        for (let q = m.last; q > m.head; q--) if (toks[q].lower === 'of' && npAt[q] < 0) {
          cut = q;
          break;
        }
        if (cut < 0 && toks[m.last + 1]?.lower === 'of') cut = -1;
        if (cut > 0) {
          const base = x.c.nps[npAt[m.first]];
          const kept = nounPhrase(toks, x.text, m.first, cut - 1, base.head, base.possessor, base.pps);
          object = phraseOf(x, [kept], m.first, cut - 1, 'single');
          contentFrom('of', cut);
          return { object, complements, content, end: Math.max(object.end, (content as Content | null)?.end ?? 0) };
        }
      }
      end = object.end;
      k = object.last + 1;
      if (quotedObject && quoteRole(toks, k) === 'close') k++;
      // "warned China and India they would ..." / "told AFP the attack ..."
      if (k < n && npAt[k] >= 0 && x.c.nps[npAt[k]].first === k) {
        const b = argumentAt(x, k);
        if (b && nextIsVerb(x, b.last + 1)) {
          contentFrom('clause', k);
          return { object, complements, content, end: (content as Content | null)?.end ?? end };
        }
      }
    }
  }
  const r: RightSide = { x, v, from, k, end, object, complements, content };
  readComplements(r);
  const c = r.content;
  return { object: r.object, complements, content: c, end: c ? Math.max(r.end, c.end) : r.end };
}

/** What readComplements reads and fills: the position, the object, complements and content so far. */
interface RightSide {
  x: Ctx;
  v: VerbGroup;
  from: number;
  k: number;
  end: number;
  object: Phrase | null;
  complements: { prep: string; phrase: Phrase }[];
  content: Content | null;
}

function contentSpan(x: Ctx, kind: ContentKind, first: number, last: number): Content {
  const a = x.c.toks[first].start, b = x.c.toks[last].end;
  return { start: a, end: b, first, last, text: x.text.slice(a, b), kind };
}

function setContent(r: RightSide, kind: ContentKind, start: number): void {
  const last = contentEnd(r.x, start, kind);
  if (last >= start) r.content = contentSpan(r.x, kind, start, last);
}

function skipAdv(r: RightSide): void {
  const { toks, npAt, vgAt } = r.x.c;
  while (r.k < toks.length && toks[r.k].pos === 'ADV' && npAt[r.k] < 0 && vgAt[r.k] < 0) r.k++;
}

/** The complements after the object: prepositional phrases, the content clause (that-, to-, wh-, quote,
 * colon), up to the clause's end. */
function readComplements(r: RightSide): void {
  const { x, v } = r;
  const { toks, vgAt, npAt, vgs } = x.c;
  const n = toks.length;
  for (; r.k < n; ) {
    skipAdv(r);
    if (r.k >= n) break;
    const t = toks[r.k];
    if (t.text === ';' || t.text === ')') break;
    if (isComma(t) || isDash(t)) {
      const next = afterComma(x, v, r.k, r.object, r.complements.length > 0, !!r.content);
      if (typeof next === 'number') {
        r.k = next;
        continue;
      }
      if (next) setContent(r, 'to', next.to);
      break;
    }
    if (t.text === ':') {
      setContent(r, 'colon', r.k + 1);
      break;
    }
    if (quoteRole(toks, r.k) === 'open' && !r.content) {
      setContent(r, 'quote', r.k);
      break;
    }
    if (quoteRole(toks, r.k) === 'close') break;
    if (t.lower === 'that' && npAt[r.k] < 0) {
      // "the deal in Colombia that turned ...": "that" right before a verb (no subject of its own) is a
      // relative pronoun on the phrase before, not a complementiser
      const vg = vgAt[r.k + 1];
      const relativeThat = (r.object || r.complements.length) && vg >= 0 && vgs[vg].first === r.k + 1 && vgs[vg].form === 'finite' && !INVERTING.has(v.lemma);
      if (!r.content && !relativeThat) setContent(r, 'that', r.k + 1);
      break;
    }
    if (WH.has(t.lower) && !RELATIVE.has(t.lower) && t.lower !== 'when' && t.lower !== 'where' && !r.content && (r.object === null || t.lower === 'whether')) {
      setContent(r, 'wh', r.k);
      break;
    }
    const vi = vgAt[r.k];
    if (vi >= 0 && vgs[vi].first === r.k) {
      const g = vgs[vi];
      // "the accord signed by her predecessor": a participle describing the phrase before, skipped
      if (g.first === g.head && isPastLike(toks[g.head]) && toks[g.last + 1]?.lower === 'by' && npAt[g.last + 2] >= 0) {
        const a = argumentAt(x, g.last + 2);
        if (a) {
          r.k = a.last + 1;
          continue;
        }
      }
      if (g.form === 'infinitive' && !r.content) {
        setContent(r, 'to', r.k);
        break;
      }
      if (g.form === 'ing' && !r.content && r.k === (r.object ? r.object.last + 1 : r.from)) {
        setContent(r, 'ing', r.k); // "began watching", "stopped X launching"
        break;
      }
      break;
    }
    if (t.pos === 'ADP' || t.lower === 'to' || t.lower === 'against') {
      const prep = t.lower;
      let q = r.k + 1;
      while (q < n && ((toks[q].pos === 'ADV' && npAt[q] < 0 && vgAt[q] < 0) || quoteRole(toks, q) === 'open')) q++;
      const gi = vgAt[q];
      if (gi >= 0 && vgs[gi].first === q && (vgs[gi].form === 'ing' || (vgs[gi].form === 'finite' && isIng(toks[vgs[gi].head])))) {
        // "of killing Y", "by blocking the withdrawal", "for launching attacks"
        if (!r.content && CONTENT_KINDS.has(prep)) setContent(r, prep as ContentKind, r.k);
        else setContent(r, 'ing', q);
        break;
      }
      const arg = npAt[q] >= 0 && x.c.nps[npAt[q]].first === q ? argumentAt(x, q) : null;
      if (!arg) break;
      // "unless they leave", "after he arrived": a subordinate clause, not a complement
      if (nextIsVerb(x, arg.last + 1)) break;
      // "accused X of treachery", "charged X with murder", "blamed X for the attack": the content
      const verbTakes = CONTENT_PREP[prep]?.has(v.lemma);
      if (verbTakes && !r.content && (r.object || v.voice === 'passive')) {
        setContent(r, prep as ContentKind, r.k);
        break;
      }
      r.complements.push({ prep, phrase: arg });
      r.end = arg.end;
      r.k = arg.last + 1;
      continue;
    }
    break;
  }
}


export const CONTENT_KINDS = new Set(['of', 'for', 'with', 'about', 'over', 'into', 'by']);
/** Contents that end where a subordinate clause of the main verb begins ("..., as he confirmed ..."). */
export const CLAUSE_CUT_KINDS = new Set<ContentKind>(['of', 'for', 'with', 'about', 'over', 'into', 'by', 'ing', 'to']);
export const CUTTING_SUBORDINATORS = new Set(['as', 'while', 'whereas', 'because', 'although', 'though', 'unless', 'since', 'after', 'before', 'when', 'until', 'if']);

/** Last token of a complement clause starting at token `start`: up to a semicolon, the end of a quotation
 * that opened it, a parenthesis, or ", <-ing verb>" / ", while ..." attached to the main clause. */
export function contentEnd(x: Ctx, start: number, kind: ContentKind): number {
  const { toks, vgAt, vgs } = x.c;
  const n = toks.length;
  if (quoteRole(toks, start) === 'open') {
    for (let k = start + 1; k < n; k++) if (quoteRole(toks, k) === 'close') return k;
    return n - 1;
  }
  let depth = 0;
  let quotes = 0;
  let last = start - 1;
  for (let k = start; k < n; k++) {
    const t = toks[k];
    const role = quoteRole(toks, k);
    if (role === 'open') quotes++;
    else if (role === 'close') {
      // the content was inside a quotation that closes here ('"We warn X that ...," said Y')
      if (quotes === 0) break;
      quotes--;
    }
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (t.text === ';' || isDash(t))) break;
    else if (depth === 0 && isComma(t)) {
      const nx = toks[k + 1];
      const gi = nx ? vgAt[k + 1] : -1;
      // ", warning him ...", ", adding that ..." belong to the main clause
      if (gi >= 0 && vgs[gi].first === k + 1 && vgs[gi].form === 'ing') break;
      if (nx && (nx.lower === 'while' || nx.lower === 'whereas' || nx.lower === 'but' || nx.lower === 'according')) break;
      // a closing quotation followed by ", said X"
      if (gi >= 0 && INVERTING.has(vgs[gi].lemma) && vgs[gi].form === 'finite') break;
      // "..., federal prosecutor Jane Roe said.": the attribution closing the sentence
      const a = x.c.npAt[k + 1] >= 0 && x.c.nps[x.c.npAt[k + 1]].first === k + 1 ? argumentAt(x, k + 1) : null;
      const ag = a ? vgAt[a.last + 1] : -1;
      if (a && ag >= 0 && vgs[ag].first === a.last + 1 && INVERTING.has(vgs[ag].lemma) && vgs[ag].form === 'finite' && (vgs[ag].last + 1 >= n || toks[vgs[ag].last + 1].pos === 'PUNCT')) break;
    }
    if (t.text === '.' && k === n - 1) break;
    // "... because he was not authorised to speak publicly said ...": a finite verb with no subject of
    // its own right before it is the main clause resuming
    if (depth === 0 && k > start && CLAUSE_CUT_KINDS.has(kind) && vgAt[k] >= 0 && vgs[vgAt[k]].first === k && vgs[vgAt[k]].form === 'finite' && !isIng(toks[vgs[vgAt[k]].head])) {
      let q = k - 1;
      while (q > start && toks[q].pos === 'ADV' && x.c.npAt[q] < 0) q--;
      if (x.c.npAt[q] < 0 && !isCoord(toks[q]) && toks[q].lower !== 'but' && !RELATIVE.has(toks[q].lower) && toks[q].lower !== 'that') break;
    }
    // "was charged with fraud and released": a verb coordinated with the main one ends the content; so
    // does a reporting verb after "and" in any content ("brushed off allegations that X ... and said")
    if (depth === 0 && k > start && (t.lower === 'and' || t.lower === 'but') && x.c.npAt[k] < 0) {
      let q = k + 1;
      while (q < n && toks[q].pos === 'ADV' && x.c.npAt[q] < 0 && vgAt[q] < 0) q++;
      const gi = vgAt[q];
      if (gi >= 0 && vgs[gi].first === q && vgs[gi].form === 'finite' && !isIng(toks[vgs[gi].head]) && (CLAUSE_CUT_KINDS.has(kind) || (INVERTING.has(vgs[gi].lemma) && vgs[gi].tense === 'past'))) break;
    }
    // "accused X of sabotaging the truce as he confirmed ...": a subordinate clause of the main verb
    if (depth === 0 && k > start && CLAUSE_CUT_KINDS.has(kind) && (t.pos === 'SCONJ' || CUTTING_SUBORDINATORS.has(t.lower)) && x.c.npAt[k] < 0) {
      const a = x.c.npAt[k + 1] >= 0 ? argumentAt(x, k + 1) : null;
      if (a && nextIsVerb(x, a.last + 1)) break;
    }
    last = k;
  }
  while (last > start && (isComma(toks[last]) || toks[last].text === '.' )) last--;
  return last;
}

