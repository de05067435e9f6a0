// In-article coreference: the mention candidates of one article (entities/) linked into its local
// entities. A short form joins the full name given in the same article: surname -> full name, acronym
// -> expansion or initials, a name equated by the text ("ABC, also known as X", a parenthesis), a
// distinctive word of one longer organisation name. Every link records its rule as merge evidence.
// The steps, in order: equateByText, linkNamed (pass 1: names with type evidence), linkShortForms
// (pass 2: bare surnames, acronyms, single words), mergePartialNames, entityRecords.
import type { ActorType, LocalEntity, MergeEvidence, Mention, UnlinkedName } from '../lib/types.ts';
import { ORG_WORDS, isGenericBody } from '../language/lexicon/orgwords.ts';
import { countryOfWords } from '../language/lexicon/places.ts';
import { acronymVariants, nameKey, nameWords, sameName, skeleton } from '../language/translit.ts';
import { slugify } from '../lib/slug.ts';
import { candBag, candKey, candWords, placeName, type Cand, type Ctx } from './entities/context.ts';
import { isAcronym } from './entities/tokens.ts';
import { equateByText, initials } from './equate.ts';


interface Ent {
  type: ActorType;
  forms: Map<string, number>; // surface -> count
  roles: Set<string>;
  acronym?: string;
  evidence: MergeEvidence[];
  mentions: Cand[];
  fullKey: string;
  surname: string; // skeleton of last word (persons)
  first: string; // skeleton of first word (orgs)
  bag: string;
  words: number;
  /** Skeletons of the name's words. */
  words_: string[];
  firstForm: string;
  /** Index in the article's entity list. */
  idx: number;
  /** Initials of firstForm, computed on first need. */
  init?: string;
  /** The country a generic body belongs to ("Turkish Defense Ministry", "China's Foreign Ministry"). */
  qualifier?: string;
}

/** slugify is pure and entity names recur across articles: memoised (bounded). */
const slugMemo = new Map<string, string>();
function slugOf(name: string): string {
  let s = slugMemo.get(name);
  if (s === undefined) {
    if (slugMemo.size > 50_000) slugMemo.clear();
    s = slugify(name);
    slugMemo.set(name, s);
  }
  return s;
}

/** The entities found so far and what maps to them; new entities and links are made here only. */
class Linker {
  readonly ents: Ent[] = [];
  /** type|name key (and bag|words key for organisations) -> entity. */
  readonly byKey = new Map<string, Ent>();
  /** Name key of an organisation's name with its leading words as initials ("UN Security Council") -> entity. */
  readonly byVariant = new Map<string, Ent>();
  readonly assigned = new Map<Cand, Ent>();
  /** Entity index -> gazetteer name of a place. */
  readonly canonical = new Map<number, string>();

  /** bodyCount: sentences of the body; names read in the headline and captions after them point to no sentence (0). */
  constructor(
    private readonly sourceId: string,
    readonly bodyCount: number,
  ) {}

  newEnt(c: Cand, type: ActorType): Ent {
    const nw = candWords(c);
    if (c.canonical) this.canonical.set(this.ents.length, c.canonical);
    const e: Ent = {
      type,
      forms: new Map(),
      roles: new Set(),
      evidence: [],
      mentions: [],
      fullKey: type + '|' + candKey(c),
      surname: nw.length ? skeleton(nw[nw.length - 1]) : '',
      first: nw.length ? skeleton(nw[0]) : '',
      bag: candBag(c),
      words: nw.length,
      words_: nw.map(skeleton),
      firstForm: c.text,
      idx: this.ents.length,
    };
    this.ents.push(e);
    this.byKey.set(e.fullKey, e);
    if (type === 'organization') {
      this.byKey.set('bag|' + e.bag, e);
      for (const v of acronymVariants(c.text)) if (!this.byVariant.has(nameKey(v))) this.byVariant.set(nameKey(v), e);
    }
    return e;
  }

  attach(c: Cand, e: Ent, ev?: { rule: string; detail?: string; into?: string }): void {
    this.assigned.set(c, e);
    e.qualifier ??= c.qualifier;
    if (c.qualifiedForm && !e.forms.has(c.qualifiedForm)) e.forms.set(c.qualifiedForm, 0);
    e.mentions.push(c);
    e.forms.set(c.text, (e.forms.get(c.text) ?? 0) + 1);
    for (const r of c.roles) e.roles.add(r);
    if (ev) {
      const into = ev.into ?? e.firstForm; // = the first key of e.forms: newEnt is always followed by attach
      if (into !== c.text && !e.evidence.some((x) => x.alias === c.text && x.rule === ev.rule)) {
        e.evidence.push({ rule: ev.rule, alias: c.text, into, source: this.sourceId, sentence: c.sentence <= this.bodyCount ? c.sentence : 0, detail: ev.detail });
      }
    }
  }
}

export function corefer(ctx: Ctx, cands: Cand[], texts: string[], sourceId: string, bodyCount = texts.length): { entities: LocalEntity[]; mentions: Mention[]; unlinked: UnlinkedName[] } {
  const L = new Linker(sourceId, bodyCount);
  equateByText(cands, texts);
  linkNamed(L, ctx, cands);
  for (const e of L.ents) settleType(e);
  linkShortForms(L, ctx, cands);
  mergePartialNames(L);
  mergePartialBodies(L);
  mergeBareBodies(L);
  typeSlashPairs(L, cands, texts);
  return { ...entityRecords(L, cands), unlinked: unlinkedNames(L, cands) };
}

/**
 * Two names joined by a slash ("the Kuczynski/Vizcarra ticket", "Fatah/Hamas") are of one kind: a name
 * typed by its shape alone takes the type of the other, when that one's entity is typed by more.
 */
function typeSlashPairs(L: Linker, cands: Cand[], texts: string[]): void {
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k];
    const b = cands[k + 1];
    if (a.sentence !== b.sentence || (texts[a.sentence - 1] ?? '').slice(a.end, b.start) !== '/') continue;
    for (const [c, other] of [[a, b], [b, a]] as const) {
      const mine = L.assigned.get(c);
      const theirs = L.assigned.get(other);
      if (!mine || !theirs || mine === theirs || !c.shape || c.strong || mine.mentions.some((m) => !m.shape)) continue;
      if (theirs.mentions.every((m) => m.shape || m.tentative)) continue; // both guesses: nothing to take
      c.type = theirs.type;
      c.shape = false;
    }
  }
}

/** One-word person names (or untyped ones) the article links to nothing: a surname the corpus may know in full. */
function unlinkedNames(L: Linker, cands: Cand[]): UnlinkedName[] {
  const counts = new Map<string, number>();
  const midSentence = new Set<string>();
  for (const c of cands) {
    if (L.assigned.has(c) || isAcronym(c.text) || (c.type !== null && c.type !== 'person') || candWords(c).length !== 1 || /\s/.test(c.text)) continue;
    counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
    if (!c.initial) midSentence.add(c.text);
  }
  // A word only ever seen opening a sentence ("Sure.") may be any capitalised word.
  return [...counts.entries()].filter(([t]) => midSentence.has(t)).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([text, count]) => ({ text, count }));
}

/** Pass 1: names with type evidence, in order. Equated names join the name they define. */
function linkNamed(L: Linker, ctx: Ctx, cands: Cand[]): void {
  for (const c of cands) {
    if (c.tentative || !c.type) continue;
    if (c.equate) {
      const target = L.assigned.get(cands[c.equate.to]);
      if (target) {
        if (c.equate.rule === 'acronym-definition') target.acronym ??= c.text;
        L.attach(c, target, { rule: c.equate.rule, detail: c.equate.detail, into: cands[c.equate.to].text });
        const k2 = c.type + '|' + nameKey(c.text);
        if (!L.byKey.has(k2)) L.byKey.set(k2, target);
        if (target.type === 'organization') L.byKey.set('bag|' + candBag(c), target);
        continue;
      }
    }
    const key = c.type + '|' + candKey(c);
    let e = L.byKey.get(key);
    // The skeleton key only proposes; the words must also be near-identical ("Niger" is not "Nigeria").
    if (e && !sameName(L.canonical.get(e.idx) ?? e.firstForm, c.canonical ?? c.text)) e = undefined;
    e ??= c.type === 'organization' ? L.byKey.get('bag|' + candBag(c)) : undefined;
    // "UN Security Council" and "United Nations Security Council": leading words written as initials
    // (one of the two must be written with the initials).
    const variant = !e && c.type === 'organization' ? L.byVariant.get(candKey(c)) ?? acronymVariants(c.text).map((v) => L.byKey.get('organization|' + nameKey(v))).find(Boolean) : undefined;
    if (variant) {
      L.attach(c, variant, { rule: 'acronym-expansion', detail: 'leading words written as initials in this article' });
      continue;
    }
    // One name, one entity: the same name typed otherwise in another sentence is the same actor (its
    // type is decided by the votes of all its mentions, in entityRecords).
    e ??= sameNameOtherType(L, c);
    // "Iranian Revolutionary Guards" after "Revolutionary Guards": a nationality before a body the article names.
    const bare = !e && c.type === 'organization' ? withoutNationality(ctx, c) : null;
    if (bare && L.byKey.get('organization|' + nameKey(bare))) {
      L.attach(c, L.byKey.get('organization|' + nameKey(bare))!, { rule: 'same-article-body', detail: 'the body this article names, with its nationality' });
      continue;
    }
    if (e) {
      const same = e.forms.has(c.text);
      L.attach(c, e, same ? undefined : { rule: c.type === 'organization' && !L.byKey.get(key) ? 'same-words' : 'transliteration', detail: 'same name key in this article' });
      continue;
    }
    // Single words (bare surnames, short forms) and acronyms wait for pass 2, when every full name is known.
    if (isAcronym(c.text) && !c.canonical || (candWords(c).length === 1 && (c.type !== 'place' || c.weak))) continue;
    e = L.newEnt(c, c.type);
    L.attach(c, e);
  }
}

/** A name without the nationality that opens it ("Iranian Revolutionary Guards" -> "Revolutionary Guards"), or null. */
function withoutNationality(ctx: Ctx, c: Cand): string | null {
  const m = /^(\S+)\s+(\S.*)$/.exec(c.text);
  return m && ctx.gaz.demonyms.has(m[1]!.toLowerCase()) ? m[2]! : null;
}

/** The entity of another type with exactly this name, unless both are typed by a lexicon (a gazetteer place is not an organisation). */
function sameNameOtherType(L: Linker, c: Cand): Ent | undefined {
  for (const t of ['person', 'organization', 'place'] as const) {
    if (t === c.type) continue;
    const e = L.byKey.get(t + '|' + candKey(c));
    if (!e || !e.forms.has(c.text) && !sameName(e.firstForm, c.text)) continue;
    if (c.strong && e.mentions.some((m) => m.strong)) continue;
    return e;
  }
  return undefined;
}

/**
 * What one mention says about its entity's type: a gazetteer name 4, a title or honorific (person) 3,
 * a lexicon word (organisation word, acronym, agency) 3, context 1, a weak or tentative guess 0.5, a larger
 * city's name where only a guess typed the mention 0.1.
 */
function typeVote(c: Cand, fallback: ActorType): { type: ActorType; weight: number } {
  const type = c.type ?? fallback;
  if (c.canonical) return { type: 'place', weight: 4 };
  if (c.strong) return { type, weight: 3 };
  if (c.roles.length) return { type: 'person', weight: 3 };
  // (below any cue: it decides only where nothing else in the corpus types the name, however often it is named)
  if (c.city) return { type: 'place', weight: 0.1 };
  // The shape of a name alone ("X Y" a person, "the X" an organisation) is a guess below any word of context ("at X Y").
  if (c.shape && !c.weak) return { type, weight: 0.25 };
  if (c.weak || c.tentative || c.shape) return { type, weight: 0.5 };
  return { type, weight: 1 };
}

/** Sets an entity's type to the one its mentions vote for most (the first type on a tie); returns the votes. */
function settleType(e: Ent): Partial<Record<ActorType, number>> {
  const votes: Partial<Record<ActorType, number>> = {};
  for (const m of e.mentions) {
    const v = typeVote(m, e.type);
    votes[v.type] = (votes[v.type] ?? 0) + v.weight;
  }
  let best = e.type;
  for (const [t, n] of Object.entries(votes) as [ActorType, number][]) if (n > (votes[best] ?? 0)) best = t;
  e.type = best;
  return votes;
}

/** Pass 2: bare surnames, acronyms and untyped single words link to an entity given in the article. */
function linkShortForms(L: Linker, ctx: Ctx, cands: Cand[]): void {
  for (const c of cands) {
    if (L.assigned.has(c)) continue;
    // A short name the text equated with a later full name ("‘Tiger’, alias X Y").
    const target = c.equate ? L.assigned.get(cands[c.equate.to]) : undefined;
    if (target && c.equate) {
      L.attach(c, target, { rule: c.equate.rule, detail: c.equate.detail, into: cands[c.equate.to].text });
      continue;
    }
    const nw = candWords(c);
    if (nw.length === 0) continue;
    if (isAcronym(c.text)) linkAcronym(L, c);
    else if (nw.length === 1) linkSingleWord(L, ctx, c, nw, cands);
  }
}

/** An acronym: the organisation it was defined for, or whose initials it is; else its own entity when typed. */
function linkAcronym(L: Linker, c: Cand): void {
  const letters = c.text.replace(/[^A-Z]/g, '');
  // "ISIS" for the "ISIS-K" the article defines: the acronym of the branch without its suffix.
  const target = L.ents.find((x) => x.acronym === c.text) ?? uniqueBy(L.ents, (x) => !!x.acronym && x.acronym.startsWith(c.text + '-')) ?? uniqueBy(L.ents, (x) => x.type === 'organization' && x.words > 1 && x.words >= letters.length - 1 && x.words <= letters.length + 3 && (x.init ??= initials(x.firstForm.toLowerCase().split(/\s+/))) === letters);
  if (target) {
    L.attach(c, target, { rule: 'acronym-initials', detail: `${c.text} = initials of ${[...target.forms.keys()][0]}` });
    return;
  }
  if (c.type) {
    const e = L.byKey.get(c.type + '|' + nameKey(c.text)) ?? L.newEnt(c, c.type);
    L.attach(c, e);
  }
}

/** A single word: the surname or family name of one person, a word of one longer organisation name, ... */
function linkSingleWord(L: Linker, ctx: Ctx, c: Cand, nw: string[], cands: Cand[]): void {
  const sk = skeleton(nw[0]);
  const canPerson = !c.strong;
  const canOrg = c.type !== 'person' && c.type !== 'place';
  const persons = L.ents.filter((x) => x.type === 'person' && x.words > 1 && x.surname === sk);
  if (canPerson && persons.length === 1) {
    L.attach(c, persons[0], { rule: 'same-article-surname', detail: 'surname of a full name in this article' });
    return;
  }
  if (canPerson && persons.length > 1) {
    // Several people share the surname: the closest preceding full name, only when exactly one of
    // them was named before this mention.
    const prev = persons.filter((p) => p.mentions.some((m) => m.order < c.order));
    if (prev.length === 1) {
      L.attach(c, prev[0], { rule: 'same-article-surname', detail: 'the only earlier full name with this surname' });
      return;
    }
    return; // ambiguous: not attached to anyone
  }
  if (canPerson && persons.length === 0 && (c.type !== 'place' || c.weak) && c.type !== 'organization' && linkHeadlineSurname(L, c, sk, cands)) return;
  // Family name first ("Mr Zhang" for "Zhang Weiguo"): the first word of exactly one person.
  const byFirst = canPerson ? L.ents.filter((x) => x.type === 'person' && x.words > 1 && x.first === sk) : [];
  if (byFirst.length === 1 && (c.type === 'person' || c.roles.length > 0 || c.tentative)) {
    L.attach(c, byFirst[0], { rule: 'same-article-surname', detail: 'family name written first in the full name' });
    return;
  }
  // Short form of an organisation: a distinctive word of exactly one longer organisation name.
  if (canOrg && !ORG_WORDS.has(nw[0]) && !placeName(ctx, c.text) && !ctx.lowerSeen.has(nw[0]) && (!c.initial || c.possessive)) {
    // (spelled alike, not only sounding alike: "Hiiraan" is no word of "Horn Security Forum")
    const w = nw[0].toLowerCase();
    const alike = (x: Ent) => nameWords(x.firstForm).some((v) => { const u = v.toLowerCase(); return u === w || (skeleton(v) === sk && u.slice(0, 2) === w.slice(0, 2) && Math.abs(u.length - w.length) <= 2); });
    const orgs = L.ents.filter((x) => x.type === 'organization' && x.words > 1 && x.words_.includes(sk) && alike(x));
    if (orgs.length === 1) {
      L.attach(c, orgs[0], { rule: 'short-form', detail: 'a word of a longer name in this article' });
      return;
    }
  }
  const keyEnd = '|' + candKey(c);
  const same = L.ents.filter((x) => x.fullKey.endsWith(keyEnd) && (x.type === c.type || !c.strong));
  if (same.length === 1) {
    L.attach(c, same[0]);
    return;
  }
  if (c.type && (!c.tentative || c.type === 'person')) {
    const e = L.byKey.get(c.type + '|' + candKey(c)) ?? L.newEnt(c, c.type);
    L.attach(c, e);
  }
}

/**
 * A surname whose full name only the headline gives ("... questioned league chief Ansel Moravec" over a body
 * that says "Moravec"): the headline's person becomes the entity. One full name with that surname only,
 * typed a person by more than the shape of its words.
 */
function linkHeadlineSurname(L: Linker, c: Cand, sk: string, cands: Cand[]): boolean {
  let full: Cand | undefined;
  for (const h of cands) {
    if (h.sentence !== L.bodyCount + 1 || h.type !== 'person' || h.shape) continue; // typed by a title or a verb, not by its shape ("in Indonesia's West Java")
    const hw = candWords(h);
    if (hw.length < 2 || skeleton(hw[hw.length - 1]!) !== sk) continue;
    if (full && candKey(full) !== candKey(h)) return false; // two people of that surname
    full ??= h;
  }
  if (!full) return false;
  const e = L.assigned.get(full) ?? L.byKey.get('person|' + candKey(full)) ?? L.newEnt(full, 'person');
  if (!L.assigned.has(full)) L.attach(full, e);
  L.attach(c, e, { rule: 'same-article-surname', detail: 'surname of a full name in the headline' });
  return true;
}

/**
 * A person named by part of a full name given in the article ("Garcia Ortega" for "Ana Maria
 * Garcia Ortega", "Sheikh Bello" for "Sheikh Umar Bello"): same last word, words in order, one candidate.
 */
function mergePartialNames(L: Linker): void {
  for (const e of L.ents) {
    // A part of a person's full name typed otherwise by its context alone ("told Pembrook Vance") is that person too.
    if (e.mentions.length === 0 || e.words < 2 || e.type !== 'person' && e.mentions.some((m) => m.strong || m.canonical)) continue;
    const mine = nameWords(e.firstForm).map(skeleton);
    const targets = L.ents.filter((x) => x !== e && x.type === 'person' && x.mentions.length > 0 && x.words > e.words && x.surname === e.surname && isSubsequence(mine, x.words_));
    if (targets.length !== 1) continue;
    const t = targets[0];
    for (const m of e.mentions) L.attach(m, t, { rule: 'same-article-surname', detail: 'part of a full name in this article' });
    e.mentions = [];
  }
}

/**
 * A body named by some of its name's words, skipping others ("Harbour Bereaved Families" for "Harbour 19
 * Bereaved Families for Justice"): same first word, words in order but not one unbroken stretch (that
 * could be a parent body: "Ministry of Water" in "Ministry of Water Supply Agency"), one candidate.
 */
function mergePartialBodies(L: Linker): void {
  const bodies = L.ents.filter((x) => x.type === 'organization' && x.mentions.length > 0);
  for (const e of bodies) {
    const mine = nameWords(e.firstForm).map(skeleton);
    if (mine.length < 3 || e.mentions.length === 0) continue;
    const targets = bodies.filter((x) => {
      const theirs = nameWords(x.firstForm).map(skeleton);
      return x !== e && theirs.length > mine.length && theirs[0] === mine[0] && isSubsequence(mine, theirs) && !theirs.join(' ').includes(mine.join(' '));
    });
    if (targets.length !== 1) continue;
    for (const m of e.mentions) L.attach(m, targets[0], { rule: 'same-article-body', detail: 'part of a body\'s full name in this article' });
    e.mentions = [];
  }
}

/** The article's entities (canonical name, key, aliases, roles, evidence) and its mentions, in text order. */
function entityRecords(L: Linker, cands: Cand[]): { entities: LocalEntity[]; mentions: Mention[] } {
  const used = new Set<string>();
  const entities: LocalEntity[] = [];
  const country = articleCountry(L);
  const keyOf = new Map<Ent, string>();
  const mentions: Mention[] = [];
  for (const e of L.ents) {
    if (e.mentions.length === 0) continue;
    const votes = settleType(e);
    const forms = [...e.forms.entries()];
    const wellFormed = forms.filter(([f]) => !isAcronym(f));
    const pool = wellFormed.length ? wellFormed : forms;
    pool.sort((x, y) => nameWords(y[0]).length - nameWords(x[0]).length || y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const name = L.canonical.get(e.idx) ?? pool[0][0];
    const slug = slugOf(name);
    let key = `${e.type}:${slug}`;
    for (let n = 2; used.has(key); n++) key = `${e.type}:${slug}-${n}`;
    used.add(key);
    keyOf.set(e, key);
    for (const ev of e.evidence) if (ev.into === ev.alias) ev.into = name;
    entities.push({
      key,
      name,
      type: e.type,
      aliases: [...e.forms.keys()].sort(),
      roles: [...e.roles].sort(),
      ...(e.acronym ? { acronym: e.acronym } : {}),
      evidence: e.evidence,
      mentions: e.mentions.length,
      votes,
      ...(e.type === 'organization' ? genericBody(e, name, country) : {}),
    });
  }
  for (const c of cands) {
    const e = L.assigned.get(c);
    if (!e) continue;
    mentions.push({ sentence: c.sentence, start: c.start, end: c.end, text: c.text, type: e.type, entity: keyOf.get(e)! });
  }
  mentions.sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  return { entities, mentions };
}

/** The one country the article is about: the place named most often that is a country (two mentions or more, half of all). */
function articleCountry(L: Linker): string | undefined {
  let best: string | undefined;
  let bestN = 0;
  let all = 0;
  for (const e of L.ents) {
    if (e.type !== 'place' || !e.mentions.length) continue;
    const c = countryOfWords(L.canonical.get(e.idx) ?? e.firstForm);
    if (!c) continue;
    all += e.mentions.length;
    if (e.mentions.length > bestN) [best, bestN] = [c, e.mentions.length];
  }
  return bestN >= 2 && bestN * 2 >= all ? best : undefined;
}

/**
 * Whether an organisation's name is a generic body's ("Foreign Ministry", "Armed Forces", "UAE Foreign
 * Ministry"), and the country it belongs to: written with it, else the one country the article is about.
 */
function genericBody(e: Ent, name: string, country: string | undefined): { generic?: string; qualifier?: string } {
  const generic = genericKey(name);
  if (!generic) return e.qualifier ? { qualifier: e.qualifier } : {};
  const qualifier = e.qualifier ?? country;
  return qualifier ? { generic, qualifier } : { generic };
}

/** Name key of a generic body's name without the country written in it ("UAE Foreign Ministry" -> key of "Foreign Ministry"); null for a specific name. */
const genericMemo = new Map<string, string | null>();
function genericKey(name: string): string | null {
  let k = genericMemo.get(name);
  if (k === undefined) {
    if (genericMemo.size > 20_000) genericMemo.clear();
    genericMemo.set(name, (k = computeGenericKey(name)));
  }
  return k;
}

function computeGenericKey(name: string): string | null {
  const written = name.split(/\s+/);
  let from = 0;
  for (const n of [2, 1]) if (written.length > n && countryOfWords(written.slice(0, n).join(' '))) {
    from = n;
    break;
  }
  const rest = written.slice(from).map((w) => w.toLowerCase());
  return isGenericBody(rest) ? nameKey(rest.join(' ')) : null;
}

/**
 * "Department of Justice" after "US Department of Justice" in one article: a generic body named without
 * its country is the one the article names with it, when there is only one.
 */
function mergeBareBodies(L: Linker): void {
  const qualified = L.ents.filter((e) => e.type === 'organization' && e.mentions.length > 0 && e.qualifier);
  for (const e of L.ents) {
    if (e.type !== 'organization' || e.mentions.length === 0 || e.qualifier) continue;
    const key = genericKey(e.firstForm);
    if (!key) continue;
    const targets = qualified.filter((q) => q !== e && genericKey(q.firstForm) === key);
    if (targets.length !== 1) continue;
    for (const m of e.mentions) L.attach(m, targets[0], { rule: 'same-article-body', detail: 'the body this article names with its country' });
    e.mentions = [];
  }
}

function isSubsequence(small: string[], big: string[]): boolean {
  let j = 0;
  for (const w of big) if (j < small.length && w === small[j]) j++;
  return j === small.length;
}

function uniqueBy<T>(xs: T[], pred: (x: T) => boolean): T | undefined {
  let found: T | undefined;
  for (const x of xs) {
    if (!pred(x)) continue;
    if (found) return undefined;
    found = x;
  }
  return found;
}
