// Relations a claim states: its speaker against its targets, with the claim's kind (an accusation
// accuses, or condemns when its verb is "condemn"/"denounce"; a threat or a warning threatens; a demand
// demands), and what the claim's own words say the speaker does or others did: "we condemn X" (the
// speaker condemns X), "we will drive X back" (threatens X), "X violated the deal" (accuses X), "X must
// resign" (demands of X).
import type { Clause, Reading } from '../../language/clause.ts';
import { DEMANDED_ACTS, HOSTILE_NOUNS, HOSTILE_VERBS, LIGHT_VERBS, PATIENT_PREPS, THREAT_ACTS, WRONGDOING, WRONGDOING_NOUNS } from '../../language/lexicon/hostile.ts';
import { SPEAKER_HEAD_NOUNS, ORG_NOUNS } from '../../language/lexicon/speech.ts';
import type { ArticleClaim, RelationKind } from '../../lib/types.ts';
import { asArbiter, heldBack, type RelationDraft } from './from-clauses.ts';
import { subjectJudged } from './judgements.ts';
import { askedParties } from './asked.ts';
import { threatenedParties } from './threatened.ts';
import { ownerOf, referents, resolvePronoun, type ArticleScope } from '../referents.ts';
import { isCountry } from '../../language/lexicon/demonyms.ts';

const CONDEMNING = new Set(['condemn', 'condemns', 'condemned', 'condemning', 'denounce', 'denounces', 'denounced', 'denouncing', 'decry', 'decries', 'decried', 'criticize', 'criticized', 'criticizes', 'criticise', 'criticised', 'slam', 'slams', 'slammed', 'slamming', 'lambast', 'lambasted', 'lambasting', 'deplore', 'deplored', 'deploring', 'criticising', 'criticizing', 'decrying']);
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our']);

/** The relation kind of a claim's kind and verb, or null for claims that are no act against anyone. */
export function claimRelationKind(c: ArticleClaim): RelationKind | null {
  switch (c.kind) {
    case 'accusation':
      return c.verb && CONDEMNING.has(c.verb.toLowerCase()) ? 'condemns' : 'accuses';
    case 'threat':
    case 'warning':
      return 'threatens';
    case 'demand':
      return 'demands';
    default:
      return null;
  }
}

/** Whom a person's "we" stands for: the one organisation of the article named in their roles ("SDF
 * commander" -> SDF), else the person. */
function sideOf(sc: ArticleScope, speaker: string): string {
  const e = sc.entities.get(speaker);
  if (!e || e.type !== 'person') return speaker;
  const roles = (e.roles ?? []).join(' | ');
  const orgs = [...sc.entities.values()].filter((o) => o.type === 'organization' && [o.name, ...(o.aliases ?? [])].some((nm) => nm.length > 1 && new RegExp(`(?<![\\p{L}])${nm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(roles)));
  return orgs.length === 1 ? orgs[0].key : speaker;
}

/** The relation a hostile noun phrase names ("military action", "an offensive"), or null. */
function hostileNoun(r: Reading, np: { head: number; first: number }): RelationKind | null {
  const w = r.tokens[np.head].lower;
  if (HOSTILE_NOUNS[w]) return HOSTILE_NOUNS[w];
  // "military action(s)": an attack only with its modifier
  if ((w === 'action' || w === 'actions') && np.head > np.first && /^(?:military|armed)$/.test(r.tokens[np.head - 1].lower)) return 'attacks';
  return null;
}

/** The entity that speaks for an unnamed speaker: "a spokesman for X", "a leading member of the X militia". */
export function speakerBody(sc: ArticleScope, c: ArticleClaim): string | null {
  if (c.speaker) return c.speaker;
  const label = c.speaker_label ?? '';
  const words = label.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  if (!words.some((w) => SPEAKER_HEAD_NOUNS.has(w) && !ORG_NOUNS.has(w))) return null;
  const ms = (sc.mentions.get(c.sentence) ?? []).filter((m) => m.type === 'organization' && label.includes(m.text));
  const keys = [...new Set(ms.map((m) => m.entity))];
  return keys.length === 1 ? keys[0] : null;
}

/** Owners of the wrongdoing a claim's words name ("diverting of assets by X", "the state's betrayal"). */
function wrongdoers(sc: ArticleScope, n: number, r: Reading, span: [number, number]): string[] {
  const out: string[] = [];
  for (const np of r.phrases) {
    if (np.start < span[0] || np.end > span[1]) continue;
    const head = r.tokens[np.head].lower;
    // '"attempts" by X to "fabricate" reports': whoever attempts the wrongdoing (quotation marks allowed)
    if (ATTEMPT_NOUNS.has(head)) {
      const m = /^["”’']?\s+by\s+([^,;:]{1,60}?)\s+to\s+["“‘']?([a-z]+)/.exec(r.text.slice(np.end));
      if (m && WRONGDOING.has(m[2])) {
        const from = np.end + m[0].indexOf(m[1]), to = from + m[1].length;
        out.push(...(sc.mentions.get(n) ?? []).filter((x) => x.start >= from && x.end <= to && isParty(sc, x.entity)).map((x) => x.entity));
      }
      continue;
    }
    if (!WRONGDOING_NOUNS.has(head) && !falseAccount(r, np)) continue;
    const by = np.pps.find((q) => q.prep === 'by' || q.prep === 'from');
    const keys = by ? referents(sc, n, r, { start: by.phrase.start, end: by.phrase.end, first: by.phrase.first, last: by.phrase.last, text: by.phrase.text, members: [by.phrase], link: 'single' }, 'agent') : [];
    if (!keys.length && (np.possessor || np.head > np.first)) {
      const own = ownerOf(sc, n, r, np);
      if (own) keys.push(own);
      // "his false information": the owner a possessive determiner names
      const det = r.tokens[np.first];
      const pk = !own && np.head > np.first && OWNING_PRONOUNS.has(det.lower) ? resolvePronoun(sc, n, det.start, det.lower) : null;
      if (pk) keys.push(pk);
    }
    out.push(...keys.filter((k) => isParty(sc, k)));
  }
  return out;
}

/** An account given falsely ("his false and incomplete information", "X's misleading statements"): wrongdoing
 * of whoever gave it. */
const FALSE_WORDS = new Set('false misleading fraudulent fake falsified fabricated bogus deceptive'.split(' '));
const ACCOUNT_NOUNS = new Set('information statement statements claim claims account accounts figures data report reports testimony records representations assurances'.split(' '));
function falseAccount(r: Reading, np: { first: number; head: number }): boolean {
  if (!ACCOUNT_NOUNS.has(r.tokens[np.head].lower)) return false;
  for (let t = np.first; t < np.head; t++) if (FALSE_WORDS.has(r.tokens[t].lower)) return true;
  return false;
}
const OWNING_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** Nouns of trying: "attempts by X to ..." */
const ATTEMPT_NOUNS = new Set(['attempt', 'attempts', 'effort', 'efforts', 'bid', 'bids', 'plot', 'plots', 'scheme', 'schemes']);

/** "claimed responsibility for the attack on X" / "for causing explosions in the capital, X": the party or
 * place the claimed attack was against. */
function claimedTargets(sc: ArticleScope, c: ArticleClaim): string[] {
  const r = sc.readings.get(c.sentence);
  const span = r ? claimSpan(r, c) : null;
  if (!r || !span) return [];
  const out: string[] = [];
  for (const np of r.phrases) {
    if (np.start < span[0] || np.end > span[1] || !HOSTILE_NOUN_HEADS.has(r.tokens[np.head].lower)) continue;
    for (const pp of np.pps) {
      if (!['on', 'against', 'in', 'at', 'targeting'].includes(pp.prep)) continue;
      const p = pp.phrase;
      const keys = referents(sc, c.sentence, r, { start: p.start, end: p.end, first: p.first, last: p.last, text: p.text, members: [p], link: 'single' }, 'patient');
      // "in the capital, Abu Dhabi": the apposition after the place noun
      const after = r.phrases.find((q) => q.first === p.last + 2 && r.tokens[p.last + 1]?.text === ',');
      const appos = !keys.length && after ? referents(sc, c.sentence, r, { start: after.start, end: after.end, first: after.first, last: after.last, text: after.text, members: [after], link: 'single' }, 'patient') : [];
      out.push(...(pp.prep === 'in' || pp.prep === 'at' ? [...keys, ...appos].filter((k) => sc.entities.get(k)?.type === 'place') : keys));
    }
  }
  return [...new Set(out)];
}

/** Nouns of an act one undergoes, whose of-phrase names who undergoes it ("the arrest of X"). */
const UNDERGONE_NOUNS = new Set('arrest arrests detention capture killing killings assassination murder abduction kidnapping execution jailing imprisonment torture'.split(' '));

/** Who undergoes an act the claim's words name ("condemned the attack on X", "the arrest of X"): the one
 * acted on, not the one condemned or accused; a threat of such an act ("threatened sanctions on X") is aimed
 * at them, so threats are not asked. */
function actVictims(sc: ArticleScope, c: ArticleClaim): string[] {
  return actParties(sc, c, 'victims');
}

/** Who does an act the claim's words name, by a by-phrase ("condemned the killing of X by Y": Y). */
function actDoers(sc: ArticleScope, c: ArticleClaim): string[] {
  return actParties(sc, c, 'doers');
}

function actParties(sc: ArticleScope, c: ArticleClaim, which: 'victims' | 'doers'): string[] {
  const r = sc.readings.get(c.sentence);
  const span = r ? claimSpan(r, c) : null;
  if (!r || !span) return [];
  const out: string[] = [];
  for (const np of r.phrases) {
    const head = r.tokens[np.head].lower;
    const undergone = UNDERGONE_NOUNS.has(head);
    if (np.start < span[0] || np.end > span[1] || (!undergone && !HOSTILE_NOUNS[head])) continue;
    for (const pp of np.pps) {
      const wanted = which === 'doers' ? pp.prep === 'by' : PATIENT_PREPS.has(pp.prep) || (undergone && pp.prep === 'of');
      if (!wanted) continue;
      const p = pp.phrase;
      out.push(...referents(sc, c.sentence, r, { start: p.start, end: p.end, first: p.first, last: p.last, text: p.text, members: [p], link: 'single' }, which === 'doers' ? 'agent' : 'patient'));
    }
  }
  return out;
}

/** Heads of what responsibility is claimed for. */
const HOSTILE_NOUN_HEADS = new Set('attack attacks explosion explosions blast blasts bombing bombings strike strikes shelling killing killings assassination raid raids ambush kidnapping abduction operation'.split(' '));

/** The other speakers of a claim whose reporting verb has a coordinated subject ("X and Y said"). */
function coSpeakers(sc: ArticleScope, c: ArticleClaim, from: string): string[] {
  if (c.direct || !c.verb) return [];
  const r = sc.readings.get(c.sentence);
  const cl = r?.clauses.find((q) => q.verb.text.endsWith(c.verb!) || q.verb.text === c.verb);
  if (!r || !cl || !cl.subject || cl.subject.link !== 'and') return [];
  return referents(sc, c.sentence, r, cl.subject, 'agent').filter((k) => k !== from && sc.entities.get(k)?.type !== 'place');
}

/** A demand that asks its addressee to judge or act on someone else's doing ("called on the council to
 * investigate"): not aimed at the one asked. */
function askedAsArbiter(sc: ArticleScope, c: ArticleClaim): boolean {
  const r = sc.readings.get(c.sentence);
  const cl = c.verb ? r?.clauses.find((q) => q.verb.text.endsWith(c.verb!) || q.verb.text === c.verb) : undefined;
  return !!r && !!cl && asArbiter(r, cl);
}

/** Where the claim's words lie in sentence `n`'s text: [start, end), or null when they are not there. */
function claimSpan(r: Reading, c: ArticleClaim): [number, number] | null {
  const head = c.text.slice(0, 24);
  const at = head ? r.text.indexOf(head) : -1;
  if (at < 0) return null;
  return [at, Math.min(r.text.length, at + c.text.length)];
}

/** A person, an organisation or a country (not a town or a site, which are only places). */
export function isParty(sc: ArticleScope, key: string): boolean {
  const e = sc.entities.get(key);
  return !!e && (e.type !== 'place' || isCountry(e.name) || (e.aliases ?? []).some(isCountry));
}

/** A claim its speaker held back from making: "failed to condemn X", "stopped short of blaming X". */
function heldBackClaim(sc: ArticleScope, c: ArticleClaim): boolean {
  const r = sc.readings.get(c.sentence);
  const cl = c.verb && !c.direct ? r?.clauses.find((q) => q.verb.text.endsWith(c.verb!) || q.verb.text === c.verb) : undefined;
  return !!r && !!cl && heldBack(r, cl);
}

export function claimRelations(sc: ArticleScope, claims: ArticleClaim[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  claims.forEach((c, i) => {
    const from = speakerBody(sc, c);
    if (!from || heldBackClaim(sc, c)) return;
    // "X and Y said Z must resign": both say it
    for (const other of coSpeakers(sc, c, from)) {
      const kind = claimRelationKind(c) === 'demands' && askedAsArbiter(sc, c) ? null : claimRelationKind(c);
      if (kind) for (const t of c.targets ?? []) if (t !== other && isParty(sc, t)) out.push({ kind, from: other, to: t, sentence: c.sentence, verb: c.verb ?? c.kind, claim: i });
    }
    const kind = claimRelationKind(c) === 'demands' && askedAsArbiter(sc, c) ? null : claimRelationKind(c);
    const victims = kind && kind !== 'threatens' ? actVictims(sc, c) : [];
    // "condemned the killing of X by Y": Y is condemned, named or not among the claim's targets
    if (kind === 'condemns') for (const t of actDoers(sc, c)) if (t !== from && isParty(sc, t) && !(c.targets ?? []).includes(t)) out.push({ kind, from, to: t, sentence: c.sentence, verb: c.verb ?? c.kind, claim: i });
    if (kind) for (const t of c.targets ?? []) if (t !== from && isParty(sc, t) && !victims.includes(t)) out.push({ kind, from, to: t, sentence: c.sentence, verb: c.verb ?? c.kind, claim: i });
    // a demand with no target named by the claim stage, or a statement that tells someone to act ("told X to
    // resign"): whoever it tells to act
    const untargeted = (kind === 'demands' || kind === 'threatens') && !(c.targets ?? []).some((t) => t !== from && isParty(sc, t));
    // a threat with no target named: whoever "would face consequences", or revenge is vowed against
    if (untargeted && kind === 'threatens') for (const t of threatenedParties(sc, c, from)) if (isParty(sc, t)) out.push({ kind, from, to: t, sentence: c.sentence, verb: c.verb ?? c.kind, claim: i });
    if (((untargeted && kind === 'demands') || kind === null) && !askedAsArbiter(sc, c)) for (const t of askedParties(sc, c, from)) if (isParty(sc, t)) out.push({ kind: 'demands', from, to: t, sentence: c.sentence, verb: c.verb ?? c.kind, claim: i });
    if (c.kind === 'responsibility') for (const t of claimedTargets(sc, c)) if (t !== from) out.push({ kind: 'attacks', from, to: t, sentence: c.sentence, verb: c.verb ?? 'claimed', claim: i });
    for (let n = c.sentence; n <= (c.sentence_end ?? c.sentence); n++) {
      const r = sc.readings.get(n);
      if (!r) continue;
      const span = n === c.sentence ? claimSpan(r, c) : [0, r.text.length] as [number, number];
      if (!span) continue;
      const speakers = [from, ...coSpeakers(sc, c, from)];
      for (const cl of r.clauses) {
        if (cl.verb.start < span[0] || cl.verb.end > span[1]) continue;
        for (const who of speakers) for (const d of contentRelations(sc, n, r, cl, who, c.direct)) out.push({ ...d, claim: i });
      }
      for (const to of wrongdoers(sc, n, r, span)) if (to !== from) out.push({ kind: 'accuses', from, to, sentence: n, verb: c.verb ?? 'said', claim: i });
      // "it is time for X to ...": a demand of X
      // ("time for X, with the help of Y, to ...": the parenthesis is not the one asked)
      const time = /\btime for ([^,.;]+?)(?:,[^,.;]{1,80},)? to\b/i.exec(r.text.slice(span[0], span[1]));
      if (time) {
        const at = span[0] + time.index + time[0].indexOf(time[1]);
        for (const x of sc.mentions.get(n) ?? []) if (x.start >= at && x.end <= at + time[1].length && x.entity !== from && isParty(sc, x.entity)) out.push({ kind: 'demands', from, to: x.entity, sentence: n, verb: c.verb ?? 'said', claim: i });
      }
    }
  });
  return out;
}

/** Verbs whose infinitive is an act still to come: "will take steps to", "vowed to", "is ready to". */
const PROMISING = new Set(['vow', 'pledge', 'promise', 'swear', 'plan', 'prepare', 'intend', 'aim', 'seek', 'resolve']);

/** An infinitive act promised or planned by the clause it completes ("will take steps to repel X", "vowed to crush X"). */
function promisedAct(r: Reading, cl: Clause): boolean {
  if (cl.verb.form !== 'infinitive' || cl.parent < 0) return false;
  const host = r.clauses[cl.parent]!.verb;
  return !host.negated && (host.tense === 'future' || host.tense === 'modal' || PROMISING.has(host.lemma));
}

/** What one clause of a claim's words says the speaker does, or the others did. */
function contentRelations(sc: ArticleScope, n: number, r: Reading, cl: Clause, speaker: string, direct: boolean): Omit<RelationDraft, 'claim'>[] {
  if (cl.marker === 'if' || cl.marker === 'unless') return [];
  // "X was not doing enough (to ...)", "X has not done enough": the speaker accuses X of failing
  if (cl.verb.negated) {
    if (cl.verb.lemma !== 'do' || !cl.subject || cl.subjectSource === 'relative' || !/^\s+enough\b/i.test(r.text.slice(cl.verb.end))) return [];
    return referents(sc, n, r, cl.subject, 'agent').filter((k) => k !== speaker && isParty(sc, k)).map((to) => ({ kind: 'accuses' as const, from: speaker, to, sentence: n, verb: cl.verb.text }));
  }
  const out: Omit<RelationDraft, 'claim'>[] = [];
  const subj = cl.subject ? r.tokens[cl.subject.members[0].head].lower : '';
  const firstPerson = direct && cl.subject?.members.length === 1 && FIRST_PERSON.has(subj);
  const lemma = cl.verb.lemma;
  // ("we will respond to X", "retaliate against X": the one the response is aimed at)
  const aimedPrep = (q: { prep: string }) => q.prep === 'against' || q.prep === 'on' || (q.prep === 'to' && (lemma === 'respond' || lemma === 'retaliate'));
  const targetsOf = () => referents(sc, n, r, cl.verb.voice === 'active' ? cl.object ?? cl.complements.find(aimedPrep)?.phrase ?? null : null, 'patient').filter((k) => k !== speaker);
  const future = cl.verb.tense === 'future' || cl.verb.tense === 'modal';
  if (firstPerson && cl.verb.voice === 'active') {
    const kind = HOSTILE_VERBS[lemma];
    // "we" of a commander: the force they command does it ("We have restarted military action against X")
    const we = subj === 'we' ? sideOf(sc, speaker) : speaker;
    let k: RelationKind | null = null;
    if (future && (THREAT_ACTS.has(lemma) || kind === 'attacks')) k = 'threatens';
    else if (kind === 'condemns' || kind === 'accuses' || kind === 'demands' || kind === 'threatens') k = kind;
    else if (kind === 'attacks' && !future && cl.verb.form === 'finite') k = 'attacks';
    if (k) for (const t of targetsOf()) out.push({ kind: k, from: k === 'attacks' ? we : speaker, to: t, sentence: n, verb: cl.verb.text });
    // "we have launched an offensive against X", "we will carry out strikes on X"
    const obj = cl.object?.members[0];
    const noun = obj ? r.text.slice(r.tokens[obj.first].start, r.tokens[obj.head].end) : '';
    const nk = obj && LIGHT_VERBS.has(lemma) ? hostileNoun(r, obj) : null;
    if (!kind && nk === 'attacks' && cl.verb.form === 'finite') {
      const own = obj!.pps.find((q) => PATIENT_PREPS.has(q.prep));
      const pp = own ? own.phrase : cl.complements.find((q) => PATIENT_PREPS.has(q.prep))?.phrase.members[0];
      const to = pp ? referents(sc, n, r, { start: pp.start, end: pp.end, first: pp.first, last: pp.last, text: pp.text, members: [pp], link: 'single' }, 'patient').filter((x) => x !== we && x !== speaker && isParty(sc, x)) : [];
      for (const t of to) out.push(future ? { kind: 'threatens', from: speaker, to: t, sentence: n, verb: `${cl.verb.text} ${noun}` } : { kind: 'attacks', from: we, to: t, sentence: n, verb: `${cl.verb.text} ${noun}` });
    }
    return out;
  }
  if (!cl.subject || firstPerson || cl.subjectSource === 'relative' || cl.subjectSource === 'reduced') return out;
  // "X said the army will drive Y back" / "... will take steps to repel Y": a future act of the speaker's
  // own side (the speaker, or the body their role names) against Y is the speaker's threat
  // ("... could impose sanctions on Y", "vowed to launch strikes against Y": the act's noun names Y)
  const act = LIGHT_VERBS.has(lemma) && cl.object ? cl.object.members[0] : null;
  const actOn = act && hostileNoun(r, act) ? act.pps.find((q) => PATIENT_PREPS.has(q.prep)) : undefined;
  if (cl.verb.voice === 'active' && (THREAT_ACTS.has(lemma) || HOSTILE_VERBS[lemma] === 'attacks' || actOn) && (future || promisedAct(r, cl))) {
    const side = sideOf(sc, speaker);
    const doers = referents(sc, n, r, cl.subject, 'agent');
    if (doers.length && doers.every((k) => k === speaker || k === side)) {
      const aimed = actOn ? referents(sc, n, r, { start: actOn.phrase.start, end: actOn.phrase.end, first: actOn.phrase.first, last: actOn.phrase.last, text: actOn.phrase.text, members: [actOn.phrase], link: 'single' }, 'patient').filter((k) => k !== speaker) : targetsOf();
      for (const t of aimed) if (t !== side && isParty(sc, t)) out.push({ kind: 'threatens', from: speaker, to: t, sentence: n, verb: cl.verb.text });
      return out;
    }
  }
  // "those responsible will be held accountable / punished", said X: X's threat
  if (cl.verb.voice === 'passive' && !cl.agent && future && (cl.verb.lemma === 'punish' || (cl.verb.lemma === 'hold' && /^\s+(?:fully\s+)?accountable\b/i.test(r.text.slice(cl.verb.end))))) {
    for (const s of referents(sc, n, r, cl.subject, 'patient').filter((k) => k !== speaker && isParty(sc, k))) out.push({ kind: 'threatens', from: speaker, to: s, sentence: n, verb: cl.verb.text });
    return out;
  }
  // "X has been charged with ...", said the prosecutor: the one who says it accuses X
  if (cl.verb.voice === 'passive' && !cl.agent && /^(?:accuse|charge|indict|suspect|sue)$/.test(lemma)) {
    for (const s of referents(sc, n, r, cl.subject, 'patient').filter((k) => k !== speaker && isParty(sc, k))) out.push({ kind: 'accuses', from: speaker, to: s, sentence: n, verb: cl.verb.text });
    return out;
  }
  // the accused is a party: a person, a body or a country, never a town that is only a place
  const subjects = referents(sc, n, r, cl.subject, 'agent').filter((k) => k !== speaker && isParty(sc, k));
  if (!subjects.length) return out;
  if (WRONGDOING.has(lemma) && cl.verb.voice === 'active' && !future && cl.verb.form === 'finite') {
    for (const s of subjects) out.push({ kind: 'accuses', from: speaker, to: s, sentence: n, verb: cl.verb.text });
  } else if (subjectJudged(r, cl) && !/^(?:it|this|that)$/.test(subj)) {
    // "Y were totally unfit to govern", said X: X condemns Y
    for (const s of subjects) out.push({ kind: 'condemns', from: speaker, to: s, sentence: n, verb: cl.verb.text });
  } else if (DEMANDED_ACTS.has(lemma) && future && /\b(?:must|should|ought|has to|have to)\b/i.test(cl.verb.text)) {
    for (const s of subjects) out.push({ kind: 'demands', from: speaker, to: s, sentence: n, verb: cl.verb.text });
  }
  return out;
}
