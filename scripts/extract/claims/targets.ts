// Targets: who a claim is about. For an accusation, a threat, a warning or a demand, the party it is
// aimed at, read from the clause of its verb: the object ("accused the premier of ..."), or its
// complement ("called on X to ...", "blamed the attack on X", "warned against X"), or the subject of
// what is demanded ("demanded that X withdraw"), and the undergoers of the hostile acts its own words
// name ("I will hold Iran responsible"). Names inside the content of an accusation ("of killing Y") are
// not targets. For other claims, the names inside the claim's words, minus the speaker and places that
// only say where ("in Baghdad").
import { clauseAt, type Clause, type Phrase, type Reading } from '../../language/clause.ts';
import { HOSTILE_VERBS, NOT_OWNER, THREAT_ACTS } from '../../language/lexicon/hostile.ts';
import type { ClaimKind } from '../../lib/types.ts';
import { referents } from '../referents.ts';
import type { Ctx } from './context.ts';
import { mentionsIn, segAt } from './doc.ts';
import { words } from './text.ts';
import type { Verb } from './verbs.ts';

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'across', 'inside', 'into', 'through', 'over', 'outside', 'around', 'to', 'toward', 'towards', 'on']);
const AIMED = new Set<ClaimKind>(['accusation', 'threat', 'warning', 'demand']);

/** Targets of a claim whose words lie in [a, b) of the article text, said by `speaker` with `verb`. */
export function targetsOf(ctx: Ctx, a: number, b: number, speaker: string | null, verb: Verb | null, kind: ClaimKind): string[] {
  const out: string[] = [];
  const add = (keys: string[]) => {
    for (const k of keys) if (k && k !== speaker && !out.includes(k)) out.push(k);
  };
  if (!AIMED.has(kind)) {
    add(namesAbout(ctx, a, b));
    return out;
  }
  if (verb && verb.kind !== 'statement' && !verb.according) add(verbTargets(ctx, verb, speaker));
  if (kind === 'threat' || kind === 'warning') add(contentTargets(ctx, a, b));
  return out;
}

/** The sentence reading and its number for an article offset. */
function readingAt(ctx: Ctx, at: number): { r: Reading; n: number; base: number } | null {
  const seg = segAt(ctx.doc, at);
  const r = ctx.readings.get(seg.n);
  return r ? { r, n: seg.n, base: seg.start } : null;
}

/** Who the reporting verb's clause aims at. */
function verbTargets(ctx: Ctx, verb: Verb, speaker: string | null): string[] {
  const at = readingAt(ctx, verb.start);
  if (!at) return [];
  const { r, n, base } = at;
  const c = clauseAt(r, verb.start - base);
  if (!c) return [];
  const sc = ctx.scope();
  const ref = (p: Phrase | null | undefined) => referents(sc, n, r, p ?? null, 'patient', speaker ? [speaker] : []);
  const comp = (...preps: string[]) => c.complements.find((q) => preps.includes(q.prep))?.phrase;
  const lemma = c.verb.lemma;
  if (c.verb.voice === 'passive') return [];
  if (lemma === 'call' || lemma === 'appeal') return ref(comp('on', 'upon', 'to'));
  if (lemma === 'blame') {
    const obj = ref(c.object);
    return obj.length ? obj : ref(comp('on'));
  }
  if (lemma === 'demand' || lemma === 'insist') {
    // "demanded that X withdraw": the one asked to act; "demanded the release of X": nobody named
    const inner = innerClause(r, c);
    return inner && (c.content?.kind === 'that' || c.content?.kind === 'clause') ? ref(inner.subject) : [];
  }
  const obj = ref(c.object);
  if (obj.length) return obj;
  if (c.content?.kind === 'to') {
    const inner = innerClause(r, c);
    if (inner && HOSTILE_VERBS[inner.verb.lemma] && inner.verb.voice === 'active') return ref(inner.object);
  }
  return ref(comp('against', 'on'));
}

/** The first clause inside clause `c`'s content. */
function innerClause(r: Reading, c: Clause): Clause | undefined {
  const ct = c.content;
  return ct ? r.clauses.find((q) => q !== c && q.verb.start >= ct.start && q.verb.end <= ct.end) : undefined;
}

/** Undergoers of the hostile acts a threat's own words say the speaker will commit ("I will hold Iran
 * responsible", "we will drive them out"): first-person clauses only. */
function contentTargets(ctx: Ctx, a: number, b: number): string[] {
  const out: string[] = [];
  const sc = ctx.scope();
  for (const seg of ctx.doc.segs) {
    if (seg.end <= a || seg.start >= b) continue;
    const r = ctx.readings.get(seg.n);
    if (!r) continue;
    for (const c of r.clauses) {
      const s = c.verb.start + seg.start;
      if (s < a || s >= b || c.verb.negated || c.verb.voice !== 'active') continue;
      const subj = c.subject?.members.length === 1 ? r.tokens[c.subject.members[0].head].lower : '';
      if (subj !== 'we' && subj !== 'i') continue;
      const future = c.verb.tense === 'future' || c.verb.tense === 'modal';
      if (!HOSTILE_VERBS[c.verb.lemma] && !(future && THREAT_ACTS.has(c.verb.lemma))) continue;
      out.push(...referents(sc, seg.n, r, c.object, 'patient'));
    }
  }
  return out;
}

/** Names inside the claim's words that the claim is about: not places that only say where, not names
 * that only modify ("Iran-backed", "pro-Iran"). */
function namesAbout(ctx: Ctx, a: number, b: number): string[] {
  const { doc } = ctx;
  const out: string[] = [];
  for (const x of mentionsIn(doc, a, b)) {
    const after = doc.text.slice(x.ge, x.ge + 16).split(/\s/)[0] ?? '';
    if (NOT_OWNER.test(after) || /(?:pro|anti|ex|non)-$/i.test(doc.text.slice(Math.max(0, x.gs - 5), x.gs))) continue;
    if (x.type === 'place') {
      const w = words(doc.text.slice(Math.max(a, x.gs - 12), x.gs)).pop()?.toLowerCase();
      if (w && LOCATIVE.has(w)) continue;
      if (/^['’]s\b/.test(doc.text.slice(x.ge, x.ge + 3))) continue;
    }
    out.push(x.entity);
  }
  return out;
}
