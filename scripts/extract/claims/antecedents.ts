// Antecedents: who a pronoun ("he said", "warning him"), a role noun ("the minister", "the brigade")
// or a description the article pins to a name elsewhere refers to. The nearest compatible name or the
// previous speaker, never a guess: with no clear antecedent the answer is null.
import { AUX_WORDS, ORG_NOUNS, PERSON_PRONOUNS, PREPOSITIONS, ROLE_SYNONYMS, SPEECH_VERBS, THING_PRONOUNS } from '../../language/lexicon/speech.ts';
import { lastClaim, type Ctx, type Speaker } from './context.ts';
import { entityType, lowerBound, mentionsIn, segAt, type Doc } from './doc.ts';
import { BLANK, wordRe, words } from './text.ts';
import { agrees, genderOf } from './gender.ts';

export function resolveRole(ctx: Ctx, noun: string, before: number): Speaker | null {
  const { doc } = ctx;
  const syns = ROLE_SYNONYMS[noun] ?? (ORG_NOUNS.has(noun) || !/^[a-z]{3,}$/.test(noun) ? undefined : [noun]);
  if (syns) {
    const cands = [...doc.entities.values()].filter(
      (e) => e.type === 'person' && (e.roles ?? []).some((r) => syns.some((sy) => wordRe(sy, 'i', true).test(r))),
    );
    if (cands.length === 1) return { key: cands[0].key, label: cands[0].name, type: 'person' };
    if (cands.length > 1) {
      // nearest preceding mention among the candidates
      const keys = new Set(cands.map((c) => c.key));
      const prior = mentionsIn(doc, before - 3000, before).filter((x) => keys.has(x.entity) && !doc.masked.slice(x.gs, x.ge).includes(BLANK));
      const p = prior[prior.length - 1];
      if (p) return { key: p.entity, label: p.text, type: 'person' };
    }
    return null;
  }
  if (ORG_NOUNS.has(noun)) {
    const prior = mentionsIn(doc, before - 3000, before).filter((x) => x.type === 'organization' && !doc.masked.slice(x.gs, x.ge).includes(BLANK));
    const paraNow = segAt(doc, before).para;
    for (let k = prior.length - 1; k >= 0; k--) {
      const x = prior[k];
      if (paraNow - segAt(doc, x.gs).para > 3) break;
      const e = doc.entities.get(x.entity);
      const names = [x.text, e?.name ?? '', ...(e?.aliases ?? [])].join(' ').toLowerCase();
      const stem = noun.replace(/s$/, '');
      if (wordRe(stem, '', false).test(names)) return { key: x.entity, label: x.text, type: 'organization' };
    }
    return GENERIC_BODY.has(noun) ? bodyTheSentenceBeforeIsAbout(ctx, before) : null;
  }
  return null;
}

/** Nouns any kind of body goes by ("the group", "the company"), unlike "the ministry" or "the army", which
 * name one kind and must match its name. */
const GENERIC_BODY = new Set(['group', 'company', 'firm', 'organisation', 'organization', 'movement', 'body']);

/** "Norvik Energy shut the plant. The company said ...": the one organisation the subject of the sentence
 * before names, within the same or the previous paragraph. */
function bodyTheSentenceBeforeIsAbout(ctx: Ctx, at: number): Speaker | null {
  const { doc } = ctx;
  const seg = segAt(doc, at);
  const prev = doc.segs[doc.segs.indexOf(seg) - 1];
  if (!prev || seg.para - prev.para > 1) return null;
  const c = ctx.readings.get(prev.n)?.clauses.find((q) => q.parent < 0 && !q.relative && q.subject && q.subjectSource === 'before');
  if (!c || !c.subject) return null;
  const orgs = mentionsIn(doc, prev.start + c.subject.start, prev.start + c.subject.end).filter((x) => !doc.masked.slice(x.gs, x.ge).includes(BLANK));
  const one = orgs.length === 1 && orgs[0].type === 'organization' ? orgs[0] : null;
  return one ? { key: one.entity, label: one.text, type: 'organization' } : null;
}

/** Resolves a pronoun to the previous speaker or the nearest compatible name. */
export function resolvePronoun(ctx: Ctx, pron: string, at: number): Speaker | null {
  const { doc } = ctx;
  const para = segAt(doc, at).para;
  const wantPerson = PERSON_PRONOUNS.has(pron);
  const wantThing = THING_PRONOUNS.has(pron);
  const head = (label: string) => {
    const core = label.split(/,|\s(?:of|at|in|from|with|for|who|on)\s/)[0].trim();
    return (core.split(/\s+/).pop() ?? '').toLowerCase();
  };
  const compatible = (type: string, label: string) => {
    label = head(label);
    if (wantPerson) return type === 'person' || (type === 'unnamed' && !/s$/i.test(label) && !ORG_NOUNS.has(label));
    if (wantThing) return type === 'organization' || (type === 'unnamed' && !/s$/i.test(label.trim()));
    return type === 'organization' || (type === 'unnamed' && /s$/i.test(label.trim()));
  };
  // ("he" passes over a person the article calls "Ms" or "spokeswoman")
  const agreeing = (key: string | null) => !wantPerson || !key || entityType(doc, key) !== 'person' || agrees(genderOf(doc, key, (ctx.gender ??= new Map())), pron);
  // the last speaker who could be meant ("he" passes over a news agency quoted in between)
  const prevClaim = lastClaim(ctx, (c) => c._start < at && compatible(c._type, c.speaker_label) && agreeing(c.speaker), at);
  const claimPara = prevClaim ? segAt(doc, prevClaim._start).para : -99;
  const recentClaim = prevClaim && para - claimPara <= 2 ? prevClaim : null;
  // nearest name of the right kind outside quotations, in this or the previous paragraph
  let near: Doc['mentions'][number] | null = null;
  const knownGender = (key: string) => genderOf(doc, key, (ctx.gender ??= new Map())) !== null;
  for (let k = lowerBound(doc.mentions, at, (x) => x.gs) - 1; k >= 0; k--) {
    const x = doc.mentions[k];
    if (x.gs >= at) continue;
    if (para - segAt(doc, x.gs).para > 1) break;
    if (doc.masked.slice(x.gs, x.ge).includes(BLANK)) continue;
    if (doc.text.slice(x.ge, x.ge + 2).match(/^['’]s/)) continue; // possessive modifier
    // (the word before within the name's own sentence: in "... looked on. Lopez has been", "on" is not Lopez's)
    const wb = words(doc.masked.slice(Math.max(segAt(doc, x.gs).start, x.gs - 20), x.gs)).pop()?.toLowerCase();
    if (wb && PREPOSITIONS.has(wb)) continue; // "in remarks to X": not a subject
    if ((wantPerson && x.type === 'person' && agreeing(x.entity)) || (!wantPerson && x.type === 'organization')) {
      near = x;
      break;
    }
  }
  // (a name the article gives this pronoun's gender stays; else the one its sentence is about)
  if (near && wantPerson && !knownGender(near.entity)) near = subjectOfItsSentence(ctx, near, agreeing) ?? near;
  // "Ivo Brask met Ms Petrel. “...,” he said. “...,” she said": the nearest name, of the pronoun's
  // gender, over a last speaker whose gender the article does not give
  const known = near && wantPerson && knownGender(near.entity) ? near : null;
  const unknownClaim = !!recentClaim?.speaker && entityType(doc, recentClaim.speaker) === 'person' && !knownGender(recentClaim.speaker);
  if (recentClaim && compatible(recentClaim._type, recentClaim.speaker_label) && !(near === known && known && unknownClaim) && (!near || recentClaim._start >= segAt(doc, near.gs).start || (recentClaim.speaker !== null && recentClaim.speaker === near.entity)))
    return { key: recentClaim.speaker, label: recentClaim.speaker_label, type: recentClaim._type };
  if (near) return { key: near.entity, label: near.text, type: near.type };
  return null;
}

/** "Ivo Brask met Hana Petrel. “...,” he said": the person a sentence is about (the subject of its main
 * clause) is the antecedent before a person it names later in it, when the gender the article gives allows. */
function subjectOfItsSentence(ctx: Ctx, near: Doc['mentions'][number], agreeing: (key: string | null) => boolean): Doc['mentions'][number] | null {
  const { doc } = ctx;
  const seg = segAt(doc, near.gs);
  const c = ctx.readings.get(seg.n)?.clauses.find((q) => q.parent < 0 && !q.relative && q.subject && q.subjectSource === 'before');
  if (!c || !c.subject) return null;
  const s = seg.start + c.subject.start, e = seg.start + c.subject.end;
  if (near.gs >= s && near.ge <= e) return null;
  const subj = mentionsIn(doc, s, e).filter((x) => x.type === 'person' && !doc.masked.slice(x.gs, x.ge).includes(BLANK) && !/^['’]s/.test(doc.text.slice(x.ge, x.ge + 2)));
  return subj.length === 1 && subj[0].entity !== near.entity && agreeing(subj[0].entity) ? subj[0] : null;
}

/** A description the article elsewhere pins to a name ("his main rival said ..." ... "His main rival,
 * former deputy Jane Roe, rejected ..."): the name right after the same words, appositive style. */
export function namedElsewhere(ctx: Ctx, s: number, e: number): Speaker | null {
  const { doc } = ctx;
  const phrase = doc.masked.slice(s, e).trim().toLowerCase();
  const ws = words(phrase);
  if (ws.length < 2 || ws.length > 5 || !/^(?:his|her|its|their|the)$/.test(ws[0]!) || phrase.includes(BLANK)) return null;
  if (!ctx.lower) ctx.lower = doc.masked.toLowerCase();
  for (let at = ctx.lower.indexOf(phrase); at >= 0; at = ctx.lower.indexOf(phrase, at + 1)) {
    if (at === s) continue;
    const after = at + phrase.length;
    if (/^[\p{L}\p{N}]/u.test(ctx.lower.slice(after, after + 1))) continue;
    const m = mentionsIn(doc, after, after + 80).find((x) => x.type === 'person');
    if (!m) continue;
    // only a comma and title-like words between: "His main rival, former federal deputy Jane Roe"
    const between = doc.masked.slice(after, m.gs);
    if (/^,?\s*(?:[\p{L}.'’-]+\s+){0,4}$/u.test(between) && !/[;.]/.test(between) && !words(between).some((w) => AUX_WORDS.has(w.toLowerCase()) || SPEECH_VERBS.has(w.toLowerCase())))
      return { key: m.entity, label: m.text, type: 'person' };
  }
  return null;
}
