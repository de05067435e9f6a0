// Who a noun phrase of a clause names: the entity whose mention is the phrase's head ("the Houthis"); for
// an armed force, a weapon or a group of people, its owner ("Kowal's militia", "Turkish troops",
// "members of the brigade"), never a name that only modifies it ("Iran-backed groups" are not Iran); a
// pronoun or "the group" / "the prime minister" resolved to the nearest compatible named antecedent in the
// paragraph. Unnamed phrases ("unidentified gunmen", "security forces") name nobody: the answer is [].
import type { NounPhrase, Phrase, Reading } from '../language/clause.ts';
import { FORCE_NOUNS, NOT_OWNER } from '../language/lexicon/hostile.ts';
import { demonymCountries, isCountry } from '../language/lexicon/demonyms.ts';
import { ORG_NOUNS, ROLE_SYNONYMS } from '../language/lexicon/speech.ts';
import type { CleanedArticle, LocalEntity, Mention } from '../lib/types.ts';
import type { SentenceReadings } from './readings.ts';

/** Groups of people and their belongings: on the receiving end, their owner is who is acted on. */
const OWNED_NOUNS = new Set(
  'members member cells cell remnants elements comrades supporters officials official leaders leader followers activists positions position bases base facilities facility interests convoy convoys headquarters offices office embassy consulate personnel staff citizens nationals diplomats sites site installations assets property residence residences homes home family relatives commanders posts post outposts outpost camps camp hideouts hideout strongholds stronghold stations station checkpoints checkpoint vessels vessel ships ship accounts funds'.split(' '),
);
/** Acts whose owner is the one who does them ("the militia's targeting of civilians", "today's attack by
 * the army"): condemning or fighting back against them is against their owner. (Not arrests or killings:
 * "his arrest", "the Arman arrest" name the one arrested.) */
const ACT_NOUNS = new Set(
  'attack attacks targeting shelling bombing bombardment strike strikes airstrike airstrikes raid raids aggression actions action acts act provocation provocations launch launches test tests incursion incursions invasion offensive violations violation crimes crime behaviour behavior policy policies conduct escalation interference intervention interventionism threats threat campaign operation operations siege'.split(' '),
);
const POSSESSIVE_WORD = /^(?:his|her|its|their|our|my|your)$/;
/** Members of a body named for what they do, and the word of the body's name that says it. */
const MEMBER_BODY: Record<string, RegExp> = { prosecutors: /\bprosecut/i, police: /\bpolice\b/i, investigators: /\binvestigat/i };
const PERSON_PRON = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const THING_PRON = new Set(['it', 'its', 'itself']);
const PLURAL_PRON = new Set(['they', 'them', 'their', 'themselves']);

export interface ArticleScope {
  cleaned: CleanedArticle;
  entities: Map<string, LocalEntity>;
  /** Mentions per sentence, sorted by start. */
  mentions: Map<number, Mention[]>;
  paragraph: Map<number, number>;
  readings: SentenceReadings;
  /** Lower-cased demonym -> local entity key of that country, for the countries the article names. */
  demonyms: Map<string, string>;
}

export function articleScope(cleaned: CleanedArticle, entities: LocalEntity[], mentions: Mention[], readings: SentenceReadings): ArticleScope {
  const byKey = new Map((entities ?? []).map((e) => [e.key, e]));
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions ?? []) {
    let l = bySentence.get(m.sentence);
    if (!l) bySentence.set(m.sentence, (l = []));
    l.push(m);
  }
  for (const l of bySentence.values()) l.sort((a, b) => a.start - b.start);
  const paragraph = new Map<number, number>();
  for (const s of cleaned?.sentences ?? []) paragraph.set(s.n, s.paragraph);
  // "Turkish troops" -> Turkey, when the article names Turkey
  const demonyms = new Map<string, string>();
  const byCountry = demonymsOfCountries();
  for (const e of entities ?? []) {
    if (e.type !== 'place') continue;
    for (const n of [e.name, ...(e.aliases ?? [])]) for (const dem of byCountry.get(n.toLowerCase()) ?? []) if (!demonyms.has(dem)) demonyms.set(dem, e.key);
  }
  return { cleaned, entities: byKey, mentions: bySentence, paragraph, readings, demonyms };
}

let countryDemonyms: Map<string, string[]> | null = null;
/** Lower-cased country name -> its demonyms (built once: every article looks its places up in it). */
function demonymsOfCountries(): Map<string, string[]> {
  if (countryDemonyms) return countryDemonyms;
  const out = new Map<string, string[]>();
  for (const [dem, country] of demonymCountries())
    for (const n of country.names) {
      const k = n.toLowerCase();
      const l = out.get(k);
      if (l) l.push(dem);
      else out.set(k, [dem]);
    }
  countryDemonyms = out;
  return out;
}

/** The entity keys phrase `p` of sentence `n` names (coordinated members each; an apposition once). */
export function referents(sc: ArticleScope, n: number, r: Reading, p: Phrase | null, side: 'agent' | 'patient', exclude: string[] = []): string[] {
  if (!p) return [];
  const out: string[] = [];
  for (const [i, m] of p.members.entries()) {
    // "X's intelligence and enforcement agency": a conjunct with no article of its own shares the first one's owner
    const shared = i > 0 && p.link === 'and' && !m.possessor && p.members[0].possessor && r.tokens[m.first].pos !== 'DET' && !POSSESSIVE_WORD.test(r.tokens[m.first].lower);
    const keys = memberReferents(sc, n, r, shared ? { ...m, possessor: p.members[0].possessor } : m, side, exclude);
    for (const k of keys) if (!out.includes(k)) out.push(k);
    if (p.link === 'apposition' && keys.length) break;
  }
  return out;
}

function mentionCovering(sc: ArticleScope, n: number, start: number, end: number): Mention | undefined {
  return (sc.mentions.get(n) ?? []).find((x) => x.start <= start && end <= x.end);
}

function memberReferents(sc: ArticleScope, n: number, r: Reading, m: NounPhrase, side: 'agent' | 'patient', exclude: string[]): string[] {
  const head = r.tokens[m.head];
  const hm = mentionCovering(sc, n, head.start, head.end);
  if (hm) return [hm.entity];
  // a name the entity stage knows but did not mark here ("SPLM-N’s comrades")
  if (head.pos === 'PROPN' && !m.possessor) {
    const named = namedExactly(sc, r.text.slice(r.tokens[m.first].lower === 'the' ? r.tokens[m.first + 1]?.start ?? m.start : m.start, m.end));
    if (named) return [named];
  }
  // "Mr Johnson" that no mention covers (two Johnsons in the article): the one by that surname named most
  if (head.pos === 'PROPN' && m.head > m.first && /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(r.tokens[m.head - 1].text)) {
    const k = bySurname(sc, head.text);
    if (k) return [k];
  }
  const lower = head.lower;
  // "vowed to hunt down those responsible (for the attacks)": whoever alone claimed responsibility, told
  // before or after
  if (lower === 'responsible' && r.tokens[m.first].lower === 'those' && m.head === m.first + 1) {
    const k = claimedBy(sc, Infinity, exclude);
    return k ? [k] : [];
  }
  const counted = countedGroup(sc, n, r, m);
  if (counted) return counted.filter((k) => !exclude.includes(k));
  if (m.first === m.last && (PERSON_PRON.has(lower) || THING_PRON.has(lower) || PLURAL_PRON.has(lower))) {
    // "X accused Y, warning him": an object pronoun is not the clause's own subject
    // ("threatening to bomb it": an "it" acted on is something named in its own sentence, or no one)
    const k = resolvePronoun(sc, n, head.start, lower, exclude, side === 'patient' && lower === 'it');
    return k ? [k] : [];
  }
  // "the Treasury Department's agency", "X's office": the body it belongs to
  if (ORG_NOUNS.has(lower) && m.possessor) {
    const inPoss = (sc.mentions.get(n) ?? []).filter((x) => x.start >= m.possessor!.start && x.end <= m.possessor!.end && x.type !== 'place');
    if (inPoss.length) return [inPoss[inPoss.length - 1].entity];
  }
  // an armed force, a weapon, a group of people: its owner, when the phrase names one
  if (FORCE_NOUNS.has(lower) || (side === 'patient' && (OWNED_NOUNS.has(lower) || ACT_NOUNS.has(lower)))) {
    const owner = ownerOf(sc, n, r, m);
    if (owner) return [owner];
    // "condemned the launch": the one who launched, told in a sentence just before
    if (side === 'patient' && ACT_NOUNS.has(lower) && /^(?:the|this|that|these|those)$/.test(r.tokens[m.first].lower)) {
      const doer = actAntecedent(sc, n, lower, exclude);
      if (doer) return [doer];
    }
  }
  // "federal prosecutors", "the police": the one body of the article named for them ("the Federal
  // Public Prosecutor's Office", "the National Police")
  const bodyStem = MEMBER_BODY[lower];
  if (bodyStem) {
    const bodies = [...sc.entities.values()].filter((e) => e.type === 'organization' && !exclude.includes(e.key) && [e.name, ...(e.aliases ?? [])].some((nm) => bodyStem.test(nm)));
    if (bodies.length === 1) return [bodies[0].key];
  }
  // "the group", "the ministry": the organisation named just before; "the prime minister": its holder
  const first = r.tokens[m.first];
  if (first.lower === 'the' && m.head > m.first) {
    const noun = r.text.slice(r.tokens[m.first + 1].start, head.end).toLowerCase();
    const k = ORG_NOUNS.has(lower) || /^(?:regime|state|country|nation)$/.test(lower) ? previousOrganisation(sc, n, head.start, lower, exclude) : roleHolder(sc, noun, lower);
    if (k) return [k];
  } else if (/^\p{Ll}/u.test(first.text)) {
    // a bare role in a coordination: "the president and prime minister"
    const k = roleHolder(sc, r.text.slice(first.start, head.end).toLowerCase(), lower);
    if (k) return [k];
  }
  return [];
}

/** "Kowal's militia", "the Houthi militia", "Turkish troops", "forces of X", "troops loyal to X". */
export function ownerOf(sc: ArticleScope, n: number, r: Reading, m: NounPhrase): string | null {
  const s = r.text;
  const ms = sc.mentions.get(n) ?? [];
  const head = r.tokens[m.head];
  if (m.possessor) {
    const inPoss = ms.filter((x) => x.start >= m.possessor!.start && x.end <= m.possessor!.end);
    const last = inPoss[inPoss.length - 1];
    if (last) return last.entity;
    const pk = pronounOwner(sc, n, r, m.possessor.first, m.possessor.last);
    if (pk) return pk;
    const named = namedExactly(sc, r.text.slice(m.possessor.start, m.possessor.end));
    if (named) return named;
    // "the state's betrayal", "the government's forces": the country meant
    const pw = r.tokens[m.possessor.last].lower;
    if (r.tokens[m.possessor.first].lower === 'the' && /^(?:state|government|regime|country|nation|authorities)$/.test(pw)) return previousOrganisation(sc, n, m.possessor.start, pw);
  }
  // "X, whose army was attacked": the one named before ", whose"
  if (m.first >= 2 && r.tokens[m.first - 1].lower === 'whose' && r.tokens[m.first - 2].text === ',') {
    const before = r.tokens[m.first - 3];
    const x = before ? ms.find((q) => q.start <= before.start && before.end <= q.end) : undefined;
    if (x) return x.entity;
  }
  // a named modifier before the head, unless it says the phrase only leans that way ("Iran-backed")
  const mods = ms.filter((x) => x.start >= m.start && x.end <= head.start);
  for (let k = mods.length - 1; k >= 0; k--) {
    const x = mods[k];
    const after = s.slice(x.end, Math.min(head.start, x.end + 24)).split(/\s/)[0] ?? '';
    const before = s.slice(Math.max(m.start, x.start - 5), x.start);
    if (NOT_OWNER.test(after) || /(?:pro|anti|ex|non)-$/i.test(before)) return null;
    return x.entity;
  }
  // a demonym modifier: "Turkish troops"
  for (let t = m.head - 1; t >= m.first; t--) {
    const w = r.tokens[t].lower;
    const key = sc.demonyms.get(w);
    if (key) {
      const nx = r.tokens[t + 1];
      if (nx && (nx.text === '-' || nx.text === '‐')) return null; // "Turkish-backed"
      return countryForce(sc, key, head.lower) ?? key;
    }
  }
  // "forces under X's command"
  const under = m.pps.find((q) => q.prep === 'under' && /^(?:command|control|leadership|orders|authority)$/.test(r.tokens[q.phrase.head].lower));
  if (under?.phrase.possessor) {
    const x = ms.find((q) => q.start >= under.phrase.possessor!.start && q.end <= under.phrase.possessor!.end);
    if (x) return x.entity;
  }
  // "forces of X", "members of the brigade", "authorities in X"
  // "a joint force from X", "today's attack by X", "the violent acts by X"
  for (const pp of m.pps.slice(0, 2)) {
    const from = pp.prep === 'from' && FORCE_NOUNS.has(head.lower);
    const by = pp.prep === 'by' && ACT_NOUNS.has(head.lower);
    if (pp.prep !== 'of' && !from && !by && !(pp.prep === 'in' && /^(?:authorities|government|officials|forces|police)$/.test(head.lower))) continue;
    const ph = pp.phrase;
    const x = ms.find((q) => q.start <= r.tokens[ph.head].start && r.tokens[ph.head].end <= q.end);
    if (x) return x.entity;
    // "the violent acts by Indian troops": the owner of the doer
    if (by && FORCE_NOUNS.has(r.tokens[ph.head].lower) && ph !== m) {
      const o = ownerOf(sc, n, r, ph);
      if (o) return o;
    }
  }
  // "facilities belonging to X", "a tanker owned by X": the reduced relative names the owner
  const owning = r.clauses.find((c) => c.subjectSource === 'reduced' && c.subject && c.subject.first <= m.head && m.head <= c.subject.last && (c.verb.lemma === 'belong' || (c.verb.lemma === 'own' && c.verb.voice === 'passive')));
  if (owning) {
    const p = owning.verb.lemma === 'belong' ? owning.complements.find((q) => q.prep === 'to')?.phrase ?? null : owning.agent;
    const keys = referents(sc, n, r, p, 'patient');
    if (keys.length === 1) return keys[0];
  }
  return null;
}

/** "his forces", "their militia": the owner through a possessive pronoun. */
function pronounOwner(sc: ArticleScope, n: number, r: Reading, first: number, last: number): string | null {
  if (first !== last) return null;
  const t = r.tokens[first];
  return PERSON_PRON.has(t.lower) || THING_PRON.has(t.lower) || PLURAL_PRON.has(t.lower) ? resolvePronoun(sc, n, t.start, t.lower) : null;
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };

/** "the three", "the two men", "both": as many people as the count, the nearest named before this
 * sentence, when exactly that many are named there; "the leaders": the people of the sentence before. */
function countedGroup(sc: ArticleScope, n: number, r: Reading, m: NounPhrase): string[] | null {
  const words = r.tokens.slice(m.first, m.last + 1).map((t) => t.lower);
  // "the leaders", "the two presidents": the people the sentence before names, when it names several
  if (words.length === 2 && words[0] === 'the' && /^(?:leaders|presidents|ministers|premiers)$/.test(words[1])) {
    const before = [...new Set((sc.mentions.get(n - 1) ?? []).filter((x) => x.type === 'person').map((x) => x.entity))];
    return before.length >= 2 ? before : null;
  }
  const at = words[0] === 'the' ? 1 : 0;
  const count = COUNTS[words[at]];
  if (!count || (words[at] === 'both') !== (at === 0) || words.length > at + 2) return null;
  if (words.length === at + 2 && !/^(?:men|women|people|leaders|officials|politicians|ministers|brothers|sisters)$/.test(words[at + 1])) return null;
  // news paragraphs are often one sentence long: look back a few sentences rather than a paragraph
  const people: string[] = [];
  for (let q = n - 1; q >= Math.max(1, n - 4) && people.length < count; q--) {
    const l = sc.mentions.get(q) ?? [];
    for (let k = l.length - 1; k >= 0 && people.length < count; k--) if (l[k].type === 'person' && !people.includes(l[k].entity)) people.push(l[k].entity);
  }
  return people.length === count ? people : null;
}

/** Mentions of sentences before `n` in its paragraph and the one before, nearest first, then of `n` before `at`. */
function* mentionsBack(sc: ArticleScope, n: number, at: number): Generator<Mention> {
  const para = sc.paragraph.get(n) ?? 0;
  const here = (sc.mentions.get(n) ?? []).filter((x) => x.end <= at);
  for (let k = here.length - 1; k >= 0; k--) yield here[k];
  for (let q = n - 1; q >= 1; q--) {
    const p = sc.paragraph.get(q);
    if (p === undefined || para - p > 1) break;
    const l = sc.mentions.get(q) ?? [];
    for (let k = l.length - 1; k >= 0; k--) yield l[k];
  }
}

/** The nearest compatible named antecedent of a pronoun: a person for he/she, an organisation (or a
 * country) for it/they; a name that only modifies ("Iran's") or follows a preposition is skipped. */
export function resolvePronoun(sc: ArticleScope, n: number, at: number, pron: string, exclude: string[] = [], sameSentence = false): string | null {
  const person = PERSON_PRON.has(pron);
  // "When Chinese troops arrived, they were attacked": the subject of an earlier clause of the sentence
  const here = sc.readings.get(n);
  if (here) {
    for (const c of here.clauses) {
      if (!c.subject || c.relative || c.subject.end > at || c.verb.end > at || c.subject.members.length !== 1) continue;
      const head = here.tokens[c.subject.members[0].head];
      if (PERSON_PRON.has(head.lower) || THING_PRON.has(head.lower) || PLURAL_PRON.has(head.lower)) continue;
      const plural = /s$/.test(head.lower) || head.lower === 'police' || head.lower === 'military';
      if (person ? plural : PLURAL_PRON.has(pron) !== plural && here.tokens[c.subject.members[0].head].pos !== 'PROPN') continue;
      const keys = memberReferents(sc, n, here, c.subject.members[0], 'agent', exclude).filter((k) => !exclude.includes(k));
      const ok = keys.filter((k) => (person ? sc.entities.get(k)?.type === 'person' : sc.entities.get(k)?.type !== 'person'));
      if (ok.length === 1) return ok[0];
    }
  }
  const sentenceText = (q: number) => sc.cleaned.sentences.find((s) => s.n === q)?.text ?? '';
  // organisations first for "it"/"they"; a country only when no organisation is near
  for (const want of person ? ['person'] : ['organization', 'place']) {
    for (const x of mentionsBack(sc, n, at)) {
      if (sameSentence && x.sentence !== n) break;
      if (x.type !== want || exclude.includes(x.entity)) continue;
      const s = sentenceText(x.sentence);
      if (/^['’]s\b/.test(s.slice(x.end, x.end + 3))) continue;
      const before = s.slice(Math.max(0, x.start - 12), x.start).toLowerCase();
      // "with Congress voting to ...": a name after "with" that a participle follows is that clause's subject
      const absolute = /\bwith\s+(?:the\s+)?$/.test(before) && /^\s+(?:\w+ly\s+)?\w+ing\b/.test(s.slice(x.end, x.end + 30));
      if (!absolute && /\b(?:of|in|to|from|at|with|by|on|near|against|for|into|inside|across)\s+(?:the\s+)?$/.test(before)) continue;
      return x.entity;
    }
  }
  return null;
}

/** "the group", "the militia": the nearest organisation named in the paragraph before, preferring one
 * whose name has the noun ("the brigade" -> "the Northern Brigade"). */
function previousOrganisation(sc: ArticleScope, n: number, at: number, noun: string, exclude: string[] = []): string | null {
  // "the government", "the regime", "the state": the country the text is about, named just before
  if (/^(?:government|regime|state|authorities|administration|country|nation)$/.test(noun)) {
    const country = (x: Mention) => x.type === 'place' && !exclude.includes(x.entity) && isCountry(sc.entities.get(x.entity)?.name ?? x.text);
    for (const x of mentionsBack(sc, n, at)) if (country(x)) return x.entity;
    // further back: the country the article is about is often named only in its first lines
    for (let q = n - 1; q >= 1; q--) for (const x of [...(sc.mentions.get(q) ?? [])].reverse()) if (country(x)) return x.entity;
    return null;
  }
  const stem = noun.replace(/s$/, '');
  let any: string | null = null;
  for (const x of mentionsBack(sc, n, at)) {
    if (x.type !== 'organization' || exclude.includes(x.entity)) continue;
    const e = sc.entities.get(x.entity);
    const names = [x.text, e?.name ?? '', ...(e?.aliases ?? [])].join(' ').toLowerCase();
    if (new RegExp(`\\b${stem}`).test(names)) return x.entity;
    // an armed group referred to as "the group" is the one named in this or the sentence before
    if (x.sentence >= n - 1) any ??= x.entity;
  }
  return any && /^(?:group|militia|movement|organisation|organization|faction)$/.test(noun) ? any : null;
}

/** The one entity of the article named exactly `text` (its name or an alias), else null. */
function namedExactly(sc: ArticleScope, text: string): string | null {
  const t = text.trim();
  if (t.length < 2) return null;
  const hits = [...sc.entities.values()].filter((e) => e.name === t || (e.aliases ?? []).includes(t));
  return hits.length === 1 ? hits[0].key : null;
}

/** The person of the article whose name ends in `surname`: the only one, or the one mentioned most. */
function bySurname(sc: ArticleScope, surname: string): string | null {
  const people = [...sc.entities.values()].filter((e) => e.type === 'person' && [e.name, ...(e.aliases ?? [])].some((nm) => nm.split(/\s+/).pop() === surname));
  if (people.length <= 1) return people[0]?.key ?? null;
  const count = new Map<string, number>();
  for (const l of sc.mentions.values()) for (const x of l) count.set(x.entity, (count.get(x.entity) ?? 0) + 1);
  const ranked = people.map((e) => [e.key, count.get(e.key) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  return ranked[0][1] > ranked[1][1] ? ranked[0][0] : null;
}

/** "the prime minister": the one person of the article holding that role. */
function roleHolder(sc: ArticleScope, phrase: string, noun: string): string | null {
  const syns = ROLE_SYNONYMS[phrase] ?? ROLE_SYNONYMS[noun];
  if (!syns) return null;
  const holders = [...sc.entities.values()].filter((e) => e.type === 'person' && (e.roles ?? []).some((r) => syns.some((sy) => r.toLowerCase().endsWith(sy))));
  return holders.length === 1 ? holders[0].key : null;
}

/** Sentences looked back through for the act a definite noun names ("the launch", "these attacks"). */
const ACT_LOOKBACK = 3;

/**
 * Who did the act a definite act noun refers back to: the named doer of the nearest clause, in the
 * ACT_LOOKBACK sentences before, whose verb is that noun's verb ("North Korea launched a missile ... Japan
 * condemned the launch"); null when none, or when that clause names no one.
 */
function actAntecedent(sc: ArticleScope, n: number, noun: string, exclude: string[]): string | null {
  const stem = noun.replace(/(?:es|s)$/, '').slice(0, 5);
  if (stem.length < 4) return null;
  for (let k = n - 1; k >= Math.max(1, n - ACT_LOOKBACK); k--) {
    const rk = sc.readings.get(k);
    if (!rk) continue;
    for (let q = rk.clauses.length - 1; q >= 0; q--) {
      const c = rk.clauses[q];
      if (c.verb.negated || !c.verb.lemma.startsWith(stem)) continue;
      const who = referents(sc, k, rk, c.verb.voice === 'passive' ? c.agent : c.subject, 'agent').filter((x) => !exclude.includes(x));
      return who.length === 1 ? who[0] : null;
    }
  }
  return ATTACK_ACTS.has(noun) ? claimedBy(sc, n, exclude) : null;
}

/** Act nouns whose doer is whoever claimed responsibility for the attack. */
const ATTACK_ACTS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'blast', 'blasts', 'explosion', 'explosions']);

/** "X claimed responsibility for the attack" anywhere before sentence `n`: X, when one party alone claimed
 * responsibility (the article's attack is theirs however far back it was told). */
function claimedBy(sc: ArticleScope, n: number, exclude: string[]): string | null {
  const who = new Set<string>();
  for (let k = 1; k < n && k <= sc.cleaned.sentences.length; k++) {
    const rk = sc.readings.get(k);
    for (const c of rk?.clauses ?? []) {
      const obj = c.object?.members[0];
      if (c.verb.lemma !== 'claim' || c.verb.voice !== 'active' || c.verb.negated || !obj || rk!.tokens[obj.head].lower !== 'responsibility') continue;
      // ("those responsible claimed responsibility": no name, and no asking again who they are)
      if (!c.subject || rk!.tokens[c.subject.members[0].head].lower === 'responsible') continue;
      for (const x of referents(sc, k, rk!, c.subject, 'agent')) if (!exclude.includes(x)) who.add(x);
    }
  }
  return who.size === 1 ? [...who][0] : null;
}

/** Head nouns of a country's armed men ("Yemeni forces", "Turkish troops"). */
const ARMED_HEADS = new Set(['forces', 'force', 'troops', 'army', 'military', 'soldiers', 'servicemen']);

/**
 * "Yemeni forces" when the article names the country's armed forces as a body ("Yemen's Armed Forces",
 * "the Turkish Armed Forces"): that body, not the country.
 */
function countryForce(sc: ArticleScope, countryKey: string, head: string): string | null {
  if (!ARMED_HEADS.has(head)) return null;
  const country = sc.entities.get(countryKey)?.name;
  if (!country) return null;
  const bodies = [...sc.entities.values()].filter((e) => e.type === 'organization' && e.qualifier === country && /\b(?:armed forces|army|military|defen[cs]e forces)\b/i.test(e.name));
  return bodies.length === 1 ? bodies[0].key : null;
}
