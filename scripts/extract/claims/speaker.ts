// The speaker of a reporting verb: the phrase subject.ts finds, read as a name (a person before an
// organisation, a member of an organisation as unnamed), a pronoun or role noun resolved by
// antecedents.ts, or an unnamed description kept as the label.
import { AUX_WORDS, ORG_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, PREPOSITIONS, ROLE_SYNONYMS, SPEAKER_HEAD_NOUNS, THING_PRONOUNS } from '../../language/lexicon/speech.ts';
import { namedElsewhere, resolvePronoun, resolveRole } from './antecedents.ts';
import { lastClaim, type Ctx, type Speaker } from './context.ts';
import { mentionsIn, nameOnly, segAt, type Doc } from './doc.ts';
import { SUBJECT_STARTERS, clauseSubject, ingSubject, invertedSubject, leftSubject, looksLikeSubject, rightSubject } from './subject.ts';
import { isCountry } from '../../language/lexicon/demonyms.ts';
import { referents } from '../referents.ts';
import { BLANK, WORD, trimPunct, wordRe, words } from './text.ts';
import { verbsIn, type Verb } from './verbs.ts';

const DETERMINER = /^(?:the|this|that|these|those)$/i;
/** Plural nouns of those who speak for a body together: "X officials said" is X speaking. */
const BODY_VOICES = new Set(['officials', 'leaders', 'spokesmen', 'spokespeople', 'representatives']);
/** A country's government named by its demonym: "the Russian government", "Turkish authorities". */
const GOVERNMENT_OF_DEMONYM = /^(?:[Tt]he\s+)?(\p{Lu}\p{L}+)\s+(?:government|authorities|administration)$/u;
/** Bodies through which a country speaks ("Iraq's foreign ministry", "China's defense ministries"). */
const GOVERNMENT_BODIES = /^(?:ministry|ministries|government|cabinet|presidency|embassy|mission)$/;

/** Who a speaker phrase [s, e) names. */
export function resolvePhrase(ctx: Ctx, s: number, e: number): Speaker | null {
  const { doc } = ctx;
  const label = trimPunct(doc.text.slice(s, e).replace(/\s+/g, ' '));
  if (!label) return null;
  // "according to him": an object pronoun names whom its subject form would
  const ws = words(doc.masked.slice(s, e)).map((w) => ({ him: 'he', her: 'she', them: 'they' })[w.toLowerCase()] ?? w.toLowerCase());
  if (ws.length === 1 && (PERSON_PRONOUNS.has(ws[0]) || THING_PRONOUNS.has(ws[0]) || PLURAL_PRONOUNS.has(ws[0]))) {
    return subjectHere(ctx, ws[0], s) ?? describedBefore(ctx, ws[0], s) ?? subjectBefore(ctx, ws[0], s) ?? resolvePronoun(ctx, ws[0], s) ?? { key: null, label, type: 'unnamed' };
  }
  // "We call on ...", outside quotation marks: the body whose statement the text is
  if (ws.length === 1 && ws[0] === 'we') {
    const para = segAt(doc, s).para;
    const org = lastClaim(ctx, (c) => c._start < s && c.speaker !== null && c._type !== 'person' && para - segAt(doc, c._start).para <= 8, s);
    if (org) return { key: org.speaker, label: org.speaker_label, type: org._type };
  }
  const medium = bodyOfMedium(ctx, s, e, ws);
  if (medium) return medium;
  const aged = personOfAge(ctx, label, s);
  if (aged) return aged;
  // "Another group calling itself “X”", "a militia known as X": the name it goes by
  const goesBy = /^\s+(?:calling\s+(?:itself|themselves)|called|known\s+as)\s+[“"']?/.exec(doc.text.slice(e, e + 40));
  if (goesBy) {
    const named = mentionsIn(doc, e + goesBy[0].length, e + goesBy[0].length + 2).find((x) => x.gs === e + goesBy[0].length && x.type === 'organization');
    if (named) return { key: named.entity, label: named.text, type: 'organization' };
  }
  // "Authorities in X", "the government of X": the country speaks
  if (/^(?:the\s+)?(?:authorities|government)\s+(?:in|of)\s/i.test(label)) {
    const c = mentionsIn(doc, s, e).find((x) => x.type === 'place' && isCountry(x.text) && x.ge === e);
    if (c) return { key: c.entity, label: c.text, type: 'place' };
  }
  // "the Russian government", "Turkish authorities": the country of the demonym, when the article names it
  const dem = GOVERNMENT_OF_DEMONYM.exec(label);
  const ofCountry = dem ? ctx.scope().demonyms.get(dem[1].toLowerCase()) : undefined;
  if (ofCountry) return { key: ofCountry, label: ctx.scope().entities.get(ofCountry)?.name ?? label, type: 'place' };
  // names in head position: not after a preposition within their comma segment, not possessive
  const heads: Doc['mentions'] = [];
  for (const x of mentionsIn(doc, s, e)) {
    if (doc.masked.slice(x.gs, x.ge).includes(BLANK)) continue;
    const segStart = s + doc.masked.slice(s, x.gs).lastIndexOf(',') + 1;
    const before = words(doc.masked.slice(segStart, x.gs)).map((w) => w.toLowerCase());
    // "a friend of Jane Doe", "supporters of the party leader Jane Doe": someone else speaks; but in
    // "Member of the Iraqi parliament Naeem al-Ahad" the name follows its own title and is the speaker.
    const prep = before.findIndex((w) => PREPOSITIONS.has(w));
    if (prep >= 0 && (prep === before.length - 1 || x.type !== 'person' || before.slice(0, prep).some((w) => w.length > 3 && /s$/.test(w)))) continue;
    if (/^['’]s\b/.test(doc.text.slice(x.ge, x.ge + 3))) continue;
    heads.push(x);
  }
  const person = heads.find((x) => x.type === 'person');
  if (person) return { key: person.entity, label: person.text, type: 'person' };
  // "Treasury pointed out that", "Houthi officials have indicated that": a name of the article's that the
  // entity stage did not mark here (an organisation's officials speak for it)
  if (!mentionsIn(doc, s, e).length) {
    const spelled = namedAs(doc, label);
    if (spelled) return { key: spelled.key, label, type: spelled.type };
    const officials = /^(.+?)\s+(\p{Ll}+)$/u.exec(label);
    const body = officials && BODY_VOICES.has(officials[2]) ? namedAs(doc, officials[1]) : null;
    if (body?.type === 'organization') return { key: body.key, label, type: 'organization' };
  }
  const org = heads.find((x) => x.type === 'organization');
  if (org) {
    // "XYZ fighters", "a party official": a member speaks, not the organisation
    const rest = doc.masked.slice(org.ge, e);
    const after = words(rest.split(',')[0]).map((w) => w.toLowerCase());
    const memberNoun = after.some((w) => SPEAKER_HEAD_NOUNS.has(w) && !ORG_NOUNS.has(w));
    // ("Hamas officials said": its officials together speak for the body, "a Hamas official" does not)
    const itsOfficials = after.length === 1 && BODY_VOICES.has(after[0]) && !words(doc.masked.slice(s, org.gs)).length;
    if (!memberNoun || itsOfficials) return { key: org.entity, label: org.text, type: 'organization' };
    return { key: null, label, type: 'unnamed' };
  }
  const place = heads.find((x) => x.type === 'place');
  if (place && nameOnly(doc, s, e)) return { key: place.entity, label: place.text, type: 'place' };
  // "the LNA's command centre", "Roe's office": the body or person it belongs to
  const owner = mentionsIn(doc, s, e).find((x) => x.type !== 'place' && /^['’]s\b/.test(doc.text.slice(x.ge, x.ge + 3)));
  if (owner && ORG_NOUNS.has(ws[ws.length - 1]) && words(doc.masked.slice(owner.ge, e)).length <= 3) return { key: owner.entity, label: owner.text, type: owner.type };
  // "China's foreign and defense ministries": a country's government speaks for it
  const country = mentionsIn(doc, s, e).find((x) => x.type === 'place' && /^['’]s\b/.test(doc.text.slice(x.ge, x.ge + 3)) && isCountry(x.text));
  if (country && GOVERNMENT_BODIES.test(ws[ws.length - 1]) && words(doc.masked.slice(country.ge, e)).length <= 5) return { key: country.entity, label: country.text, type: 'place' };
  // "the brigade", "the analyst", "the French prime minister"
  const possessive = /['’]s\b/.test(doc.masked.slice(s, e));
  // "the country's foreign minister", "the group's leader": the one holder of that role
  const generic = /^(?:the\s+(?:country|nation|state|government|group|party|movement|organi[sz]ation|ministry|army|militia)['’]s|its|his|her|their)\s+(.+)$/i.exec(label);
  if (generic) {
    const rw = words(generic[1]).map((w) => w.toLowerCase());
    const tail2 = rw.slice(-2).join(' ');
    const r = resolveRole(ctx, ROLE_SYNONYMS[tail2] ? tail2 : rw[rw.length - 1], s);
    if (r) return r;
  }
  if (ws.length >= 2 && DETERMINER.test(ws[0]) && ws.length <= 5 && !possessive) {
    const tail2 = ws.slice(-2).join(' ');
    const noun = ROLE_SYNONYMS[tail2] ? tail2 : ws[ws.length - 1];
    if (ws[0] !== 'the' || ws.includes('same') || ws.includes('other')) {
      // "the same sources": descriptive, leave unnamed
    } else {
      // "the official said" after "A senior official ... said": the speaker introduced just before
      const syns = ROLE_SYNONYMS[noun] ?? [noun];
      const para = segAt(doc, s).para;
      // matched against the head of the earlier description ("A senior official in X" -> "A senior official")
      const headOf = (label: string) => label.split(/,|\s(?:of|at|in|from|with|for|who|on)\s/)[0];
      const back = ORG_NOUNS.has(noun)
        ? undefined
        : lastClaim(ctx, (c) => c._start < s && para - segAt(doc, c._start).para <= 3 && syns.some((sy) => wordRe(sy, 'i', true).test(headOf(c.speaker_label))), s);
      if (back && back.speaker === null) return { key: null, label: back.speaker_label, type: back._type };
      const r = resolveRole(ctx, noun, s);
      if (r) return r;
      if (back) return { key: back.speaker, label: back.speaker_label, type: back._type };
    }
  }
  const named = namedElsewhere(ctx, s, e);
  if (named) return named;
  return { key: null, label: shortLabel(doc, s, e, label), type: 'unnamed' };
}

/** "the 58-year-old said", "the 58-year-old mother": the person the article gave that age before ("Tomas
 * Rell, 58," or "Tomas Rell, a 58-year-old farmer"), the nearest one. */
function personOfAge(ctx: Ctx, label: string, at: number): Speaker | null {
  const m = /^the\s+(\d{1,3})-year-old(?:\s+\p{Ll}+)?$/iu.exec(label);
  if (!m) return null;
  const { doc } = ctx;
  const age = new RegExp(`^(?:,\\s*(?:an?\\s+)?${m[1]}(?:,|-year-old\\b)|\\s*\\(${m[1]}\\))`);
  const prior = mentionsIn(doc, Math.max(0, at - 4000), at).filter((x) => x.type === 'person' && age.test(doc.text.slice(x.ge, x.ge + 20)));
  const p = prior[prior.length - 1];
  return p ? { key: p.entity, label: p.text, type: 'person' } : null;
}

/** The one entity of the article whose name or alias is exactly this capitalised phrase (a leading "the" aside). */
function namedAs(doc: Doc, label: string): { key: string; type: 'person' | 'organization' | 'place' } | null {
  const t = label.replace(/^the\s+/i, '');
  if (t.length < 3 || !/^\p{Lu}/u.test(t)) return null;
  const hits = [...doc.entities.values()].filter((x) => x.name === t || (x.aliases ?? []).includes(t));
  return hits.length === 1 ? { key: hits[0].key, type: hits[0].type } : null;
}

/** What carries words without speaking them: a statement, a report, a tweet, an account. */
const MEDIA = new Set('statement statements report reports communique communiqué release post posts tweet tweets message messages letter video footage broadcast bulletin document documents filing announcement memo transcript website account accounts channel'.split(' '));

/** "a statement from the X Ministry", "an X statement", "the UN report": the body that issued it; "the
 * statement" alone: whoever was last quoted from a statement, else the organisation named just before.
 * Null when the phrase is not a medium, or names none (the description stays the label). */
function bodyOfMedium(ctx: Ctx, s: number, e: number, ws: string[]): Speaker | null {
  const { doc } = ctx;
  const prep = ws.findIndex((w) => PREPOSITIONS.has(w));
  const head = prep > 0 ? ws[prep - 1] : ws[ws.length - 1];
  if (!head || !MEDIA.has(head)) return null;
  const named = mentionsIn(doc, s, e).filter((x) => !doc.masked.slice(x.gs, x.ge).includes(BLANK));
  const body = named.find((x) => x.type === 'organization') ?? named.find((x) => x.type === 'person') ?? named.find((x) => x.type === 'place');
  if (body) return { key: body.entity, label: body.text, type: body.type };
  // "X issued a statement saying ...": the statement is the object of X's clause, X speaks
  const seg = segAt(doc, s);
  const r = ctx.readings.get(seg.n);
  const host = r?.clauses.find((c) => c.object && c.subject && seg.start + c.object.start <= s && e <= seg.start + c.object.end && c.verb.voice === 'active' && c.subjectSource !== 'relative');
  if (host && host.subject) {
    const hs = seg.start + host.subject.start, he = seg.start + host.subject.end;
    const ws2 = words(doc.masked.slice(hs, he)).map((w) => w.toLowerCase());
    if (!(ws2.length === 1 && /^(?:we|i|you)$/.test(ws2[0])) && !MEDIA.has(ws2[ws2.length - 1] ?? '')) {
      const sp = resolvePhrase(ctx, hs, he);
      if (sp) return sp;
    }
  }
  if (prep > 0) return null;
  if (ws[0] !== 'the') {
    // "a statement said", with no body named: the organisation that spoke last in this or the paragraph before
    const para = segAt(doc, s).para;
    const org = lastClaim(ctx, (c) => c._start < s && c.speaker !== null && c._type !== 'person' && para - segAt(doc, c._start).para <= 1, s);
    return org ? { key: org.speaker, label: org.speaker_label, type: org._type } : null;
  }
  // "the documents describe ...": the claim before that came from such a document (its label or its
  // sentence names it: "according to court documents", "said in a statement")
  const para = segAt(doc, s).para;
  const word = wordRe(head.replace(/s$/, ''), 'i', false);
  const back = lastClaim(ctx, (c) => {
    if (c._start >= s || para - segAt(doc, c._start).para > 2) return false;
    const seg = segAt(doc, c._start);
    return word.test(c.speaker_label) || word.test(doc.masked.slice(seg.start, seg.end));
  }, s);
  // (an issuer named in the sentences just before is nearer than an earlier claim from such a medium)
  const issuer = issuerBefore(ctx, head, s);
  if (issuer) return issuer;
  return back ? { key: back.speaker, label: back.speaker_label, type: back._type } : null;
}

/** Verbs by which a body puts out its own words (not "read", "saw", "denounced" a statement). */
const ISSUING = new Set('issue release publish post put send sign share circulate distribute broadcast air tweet'.split(' '));

/** "The ministry issued a statement on Monday. ... “...,” the statement said": the named subject of a clause
 * shortly before whose object is that medium (one of the three sentences before, within the paragraph before). */
function issuerBefore(ctx: Ctx, head: string, at: number): Speaker | null {
  const { doc } = ctx;
  const seg = segAt(doc, at);
  const k = doc.segs.indexOf(seg);
  const word = wordRe(head.replace(/s$/, ''), 'i', false);
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const prev = doc.segs[j];
    if (seg.para - prev.para > 1) break;
    const r = ctx.readings.get(prev.n);
    const c = r?.clauses.find((q) => q.object && q.subject && q.verb.voice === 'active' && !q.relative && ISSUING.has(q.verb.lemma) && word.test(doc.masked.slice(prev.start + q.object.start, prev.start + q.object.end)));
    if (!c || !c.subject) continue;
    const sp = resolvePhrase(ctx, prev.start + c.subject.start, prev.start + c.subject.end);
    return sp && sp.key ? sp : null;
  }
  return null;
}

/** "Authorities in X have acknowledged ... . They have also declared ...": a plural or neuter pronoun
 * opening its sentence names the body the sentence before was about (its first clause's subject), when
 * that subject names exactly one organisation or country. */
function subjectBefore(ctx: Ctx, pron: string, at: number): Speaker | null {
  if (PERSON_PRONOUNS.has(pron)) return null;
  const { doc } = ctx;
  const seg = segAt(doc, at);
  if (doc.masked.slice(seg.start, at).trim() !== '') return null;
  const prevSeg = doc.segs.find((x) => x.n === seg.n - 1);
  const r = prevSeg && seg.para - prevSeg.para <= 1 ? ctx.readings.get(prevSeg.n) : undefined;
  const c = r?.clauses.find((q) => !q.relative && q.subject && q.verb.form === 'finite' && q.parent < 0);
  if (!r || !c) return null;
  const sc = ctx.scope();
  const keys = referents(sc, prevSeg!.n, r, c.subject, 'agent').filter((k) => sc.entities.get(k)?.type !== 'person');
  if (keys.length !== 1) return null;
  const e = sc.entities.get(keys[0])!;
  return { key: e.key, label: e.name, type: e.type };
}

/** The phrase after "according to": a medium goes on to the body that issued it ("according to a statement
 * from the X army", "a report by Y"), which the speaker phrase alone would cut at the preposition. */
export function accordingPhrase(ctx: Ctx, v: Verb): { s: number; e: number } | null {
  const { doc } = ctx;
  const end = segAt(doc, v.start).end;
  const r = rightSubject(doc, v.end, end, ctx);
  return r ? withIssuer(ctx, r, end) : null;
}

/** A medium phrase [s, e) going on to the body that issued it ("a statement | from the X army"), when it does. */
function withIssuer(ctx: Ctx, r: { s: number; e: number }, end: number): { s: number; e: number } {
  const { doc } = ctx;
  const head = words(doc.masked.slice(r.s, r.e)).pop()?.toLowerCase() ?? '';
  const from = /^\s+(?:from|by|of|issued\s+by|released\s+by|published\s+by)\s+/i.exec(doc.masked.slice(r.e, end));
  if (!MEDIA.has(head) || !from) return r;
  const body = rightSubject(doc, r.e + from[0].length, end, ctx);
  return body && mentionsIn(doc, body.s, body.e).length ? { s: r.s, e: body.e } : r;
}

/** "The LNA's command centre denied ..., which it said ...", "Kim said he ...": a pronoun whose antecedent
 * is the subject of its sentence (the first clause's, outside quotations), when they agree. */
function subjectHere(ctx: Ctx, pron: string, at: number): Speaker | null {
  const { doc } = ctx;
  const seg = segAt(doc, at);
  const r = ctx.readings.get(seg.n);
  if (!r) return null;
  const off = at - seg.start;
  for (const c of r.clauses) {
    if (c.relative || !c.subject || c.verb.end > off || c.subject.end > off || c.subjectSource === 'inverted') continue;
    const s = seg.start + c.subject.start, e = seg.start + c.subject.end;
    if (doc.masked.slice(s, e).includes(BLANK)) continue;
    const ws = words(doc.masked.slice(s, e)).map((w) => w.toLowerCase());
    if (ws.length === 1 && (PERSON_PRONOUNS.has(ws[0]) || THING_PRONOUNS.has(ws[0]) || PLURAL_PRONOUNS.has(ws[0]) || /^(?:we|i|you)$/.test(ws[0]))) continue;
    const sp = resolvePhrase(ctx, s, e);
    if (!sp) continue;
    const head = r.tokens[c.subject.members[0].head].lower;
    const plural = /s$/.test(head) && !sp.key;
    const ok = PERSON_PRONOUNS.has(pron)
      ? sp.type === 'person' || (sp.type === 'unnamed' && !plural && !ORG_NOUNS.has(head) && SPEAKER_HEAD_NOUNS.has(head))
      : THING_PRONOUNS.has(pron)
        ? sp.type === 'organization' || (sp.type === 'unnamed' && !plural && ORG_NOUNS.has(head))
        : sp.type === 'organization' || sp.type === 'place' || (sp.type === 'unnamed' && plural);
    return ok ? sp : null;
  }
  return null;
}

/** "A soldier who escaped the attack gave a different account. '...,' he said": a pronoun whose antecedent is
 * the unnamed person (or group) the sentence before is about, when no name or claim has come since. */
function describedBefore(ctx: Ctx, pron: string, at: number): Speaker | null {
  const { doc } = ctx;
  const seg = segAt(doc, at);
  const k = doc.segs.indexOf(seg);
  const prevSeg = k > 0 ? doc.segs[k - 1] : null;
  if (!prevSeg || seg.para - prevSeg.para > 1) return null;
  const r = ctx.readings.get(prevSeg.n);
  const c = r?.clauses.find((q) => q.parent < 0 && !q.relative && q.verb.form === 'finite' && q.subject && q.subjectSource === 'before');
  if (!r || !c || !c.subject || c.subject.members.length !== 1) return null;
  const s = prevSeg.start + c.subject.start, e = prevSeg.start + c.subject.end;
  const person = PERSON_PRONOUNS.has(pron), plural = PLURAL_PRONOUNS.has(pron);
  const rival = mentionsIn(doc, s, at).some((x) => (person ? x.type === 'person' : x.type === 'organization'));
  if (doc.masked.slice(s, e).includes(BLANK) || rival || lastClaim(ctx, (q) => q._start >= s, at)) return null;
  const head = r.tokens[c.subject.members[0].head].lower;
  // ("Residents fled ... They said", "Two officials ... They said": a plural group opens bare or counted)
  const first = r.tokens[c.subject.first].lower;
  const opens = plural ? /^(?:some|many|several|other|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d+)$/.test(first) || c.subject.first === c.subject.members[0].head : /^(?:a|an|one|another)$/i.test(first);
  if (!SPEAKER_HEAD_NOUNS.has(head) || ORG_NOUNS.has(head) || !opens) return null;
  if (person !== !/s$/.test(head) || (plural && !/s$/.test(head)) || THING_PRONOUNS.has(pron)) return null;
  const label = trimPunct(doc.text.slice(s, e).replace(/\s+/g, ' '));
  return { key: null, label: shortLabel(doc, s, e, label), type: 'unnamed' };
}

/** An unnamed speaker's description, cut before a relative clause or verb ("Another group calling itself ..."). */
function shortLabel(doc: Doc, s: number, e: number, label: string): string {
  const re = new RegExp(WORD.source, 'g');
  re.lastIndex = s;
  let w: RegExpExecArray | null;
  let n = 0;
  let prev = '';
  while ((w = re.exec(doc.masked)) && w.index < e) {
    const l = w[0].toLowerCase();
    const commaBefore = /,\s*$/.test(doc.masked.slice(s, w.index));
    // an -ing word right after a determiner is an adjective ("a leading member")
    const ingVerb = /ing$/.test(l) && !commaBefore && !SPEAKER_HEAD_NOUNS.has(l) && !SUBJECT_STARTERS.has(prev) && !/^\p{Lu}/u.test(w[0]);
    if (n > 0 && ((AUX_WORDS.has(l) && !/ly$/.test(l)) || ['who', 'which', 'that'].includes(l) || ingVerb)) {
      const cut = trimPunct(doc.text.slice(s, w.index).replace(/\s+/g, ' '));
      return cut || label;
    }
    prev = l;
    n++;
  }
  return label;
}

/** "The Courier quoted Anton Velik as saying ...", "citing a senior official as saying", "The Courier,
 * quoting Anton Velik, said": the one quoted speaks, not the outlet ("was quoted by X as saying" keeps
 * the subject). Null otherwise. */
function quotedAsSaying(ctx: Ctx, v: Verb): Speaker | null {
  const { doc } = ctx;
  const seg = segAt(doc, v.start);
  const before = doc.masked.slice(seg.start, v.start);
  const m = v.form.endsWith('ing') ? /\b(?:quoted|quotes|quoting|quote|cited|cites|citing|cite)\s+(?!by\s)([^;.:\u25A1]{2,80}?)(\s+as\s+)$/i.exec(before) : null;
  if (m) {
    const end = seg.start + before.length - m[2].length;
    return resolvePhrase(ctx, end - m[1].length, end);
  }
  // "The Courier, quoting Ivo Brask, said ...", "State television, citing officials, said": the one quoted,
  // when it is a name or a speaker noun (not "citing tests by engineers")
  const p = /,\s*(?:quoting|citing)\s+([^,;.:\u25A1]{2,80}?)(,\s*(?:\p{L}+ly\s+)?)$/iu.exec(before);
  if (!p) return null;
  const s = seg.start + before.length - p[2].length - p[1].length;
  const sp = resolvePhrase(ctx, s, s + p[1].length);
  const head = words(p[1]).pop()?.toLowerCase() ?? '';
  return sp && (sp.key || SPEAKER_HEAD_NOUNS.has(head)) ? sp : null;
}

/** Speaker of a reporting verb, as the sentence gives it. */
export function speakerOfVerb(ctx: Ctx, v: Verb, regionStart: number, depth = 0): Speaker | null {
  if (ctx.verbSpeaker.has(v.start)) return ctx.verbSpeaker.get(v.start)!;
  const { doc } = ctx;
  let sp: Speaker | null = null;
  if (v.according) {
    const r = accordingPhrase(ctx, v);
    sp = r ? resolvePhrase(ctx, r.s, r.e) : null;
  } else if (v.byAgent) {
    // "was condemned as “reckless” by world powers": the agent
    const seg = segAt(doc, v.start);
    const by = /\sby\s/.exec(doc.masked.slice(v.end, seg.end));
    const r = by ? rightSubject(doc, v.end + by.index + by[0].length, seg.end, ctx) : null;
    sp = r ? resolvePhrase(ctx, r.s, r.e) : null;
    ctx.verbSpeaker.set(v.start, sp);
    return sp;
  } else if ((sp = quotedAsSaying(ctx, v))) {
    // (the one quoted speaks, not the outlet that quotes them)
  } else {
    // the subject the clause reading gives the verb (through appositions, parentheticals, inversion)
    const cs = clauseSubject(ctx, v);
    if (cs) sp = resolvePhrase(ctx, cs.s, cs.e);
  }
  if (!sp && !v.according) {
    const before = doc.masked.slice(regionStart, v.start);
    const right = invertedSubject(doc, v, before);
    const rightOk = !!right;
    if (rightOk && trimPunct(before) === '') sp = resolvePhrase(ctx, right!.s, withIssuer(ctx, right!, segAt(doc, v.start).end).e);
    else {
      const l = v.form.endsWith('ing') && !/[,\u25A1]\s*$/.test(before) ? ingSubject(doc, regionStart, v.start) : leftSubject(ctx, regionStart, v.start, v);
      if (l && 'inherit' in l) sp = depth < 4 ? speakerOfVerb(ctx, l.inherit, regionStart, depth + 1) : null;
      else if (l && looksLikeSubject(doc.masked.slice(l.s, l.e))) sp = resolvePhrase(ctx, l.s, l.e);
      else if (rightOk) sp = resolvePhrase(ctx, right!.s, right!.e);
    }
    if (!sp && depth < 4) {
      // "X said ... and warned that": the earlier verb's speaker
      const seg = segAt(doc, v.start);
      const prevVerb = verbsIn(ctx.verbs, seg.start, v.start).filter((x) => !x.according).pop();
      if (prevVerb) sp = speakerOfVerb(ctx, prevVerb, seg.start, depth + 1);
      else if (v.form.endsWith('ing')) {
        // "X ... held up a sign reading “...”": the name the sentence opens with
        const first = mentionsIn(doc, seg.start, v.start)[0];
        if (first && trimPunct(doc.masked.slice(seg.start, first.gs)) === '' && first.type !== 'place') sp = { key: first.entity, label: first.text, type: first.type };
      }
    }
  }
  ctx.verbSpeaker.set(v.start, sp);
  return sp;
}
