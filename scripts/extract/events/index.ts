// Events within one article: sentences reporting that something happened (an attack, an arrest, a
// visit ...), with who did it, to whom, where, when and how many.
//
// Why rules and not a parser: the corpus is thousands of short news articles; one pass of precompiled
// trigger regexes per sentence (language/event-triggers.ts, from language/lexicon/events.ts) plus the
// sentence's entity mentions is linear, predictable and explainable. A trigger only counts when it
// reports a fact: hypothetical or negated contexts ("if there are new attacks", "to attack") and bare
// plurals ("attacks are daily") are skipped. Dates come from language/dates.ts, run only on sentences
// that pass its cheap cue test; an event mentioned as background ("over the arrest of ...") only takes
// a date written inside its own phrase.
//
// Per trigger, in order: participants.ts (who, to whom, where), dating.ts (when), quantities.ts (how
// many); then, per sentence, events that are one happening are merged and titled (title.ts). A sentence
// with no trigger word may still yield an `other` event (fallback.ts). clauses.ts splits sentences.
import type { ArticleEvent, CleanedArticle, EventType, LocalEntity, Mention, SourceMeta } from '../../lib/types.ts';
import { DATE_CUE, type ResolvedDate } from '../../language/dates.ts';
import { DateContext, type CarriedDate } from './context.ts';
import { candidateTriggers, findTriggers, type Found } from '../../language/event-triggers.ts';
import { segmentOf, segments } from './clauses.ts';
import { distributedDate, eventDate, quotedSpans, speechDate } from './dating.ts';
import { PAST_CUE, fallbackTrigger } from './fallback.ts';
import { participantsOf, type ParticipantScope, type SentenceMention } from './participants.ts';
import { countedSubject, extractQuantities, quantitiesNear, type Quantity } from './quantities.ts';
import { makeTitle } from './title.ts';
import { clauseRoles, clauseTitle, inObjectRelative, nounRoles } from './clause-roles.ts';
import { readClauses, type Reading } from '../../language/clause.ts';
import type { SentenceReadings } from '../readings.ts';


const PERSON_NOUN = /^(?:detainees?|members?|people|persons?|men|women|prisoners?|suspects?|fighters?|militants?|hostages?|released|freed)$/;
const FOLLOW_UP = new Set<EventType>(['release']);
const CUSTODY = new Set<EventType>(['arrest', 'kidnapping']);
const VIOLENCE = new Set<EventType>(['attack', 'strike', 'killing']);

/** An event being built: its record, plus where its trigger is and what its title is made from. */
type EventDraft = ArticleEvent & { _bg: boolean; _end: number; _start: number; _mk: [Found, string | null, string | null] };

/** What earlier sentences of the article pass on to the next ones. */
interface ArticleScope {
  published: string | null;
  /** The clause readings the other per-article stages share (absent: each sentence is read here). */
  readings: SentenceReadings | null;
  entities: LocalEntity[];
  entityName: Map<string, LocalEntity>;
  /** The first actor of the latest sentence that had one. */
  previousSubject: string | null;
  /** The latest arrest or kidnapping with someone held ("Thirteen were released" later refers to them). */
  lastCustody: ArticleEvent | null;
}

/** Whom "their"/"its" points to: the name opening the sentence ("X, ..., demanded the release of one of
 * their members"), else the earlier subject; null when that is the doer itself or there is none. */
function ownerOf(sc: ParticipantScope, agents: string[]): string[] | null {
  const owner = sc.ms.find((m) => m.type !== 'place' && m.start <= 3)?.entity ?? sc.previousSubject;
  return owner && !agents.includes(owner) ? [owner] : null;
}

/** The sentence's clause reading, made once and only for sentences with a verb trigger. */
function readingOf(sc: ParticipantScope): Reading {
  sc.reading ??= sc.sharedReading?.() ?? readClauses(sc.s, { names: sc.ms.map((m) => ({ start: m.start, end: m.end })) });
  return sc.reading;
}

/** Inside a quotation (or a sentence that is one)? Quoted words are not the narration's. */
function inQuotation(s: string, at: number): boolean {
  return /^\s*["“‘']/.test(s) || quotedSpans(s).some(([a, b]) => at >= a && at < b);
}

/** Two trigger words of one stem ("elected"/"election" no; "arrest"/"arrested" yes: first five letters). */
function sameWord(a: string, b: string): boolean {
  return a.toLowerCase().slice(0, 5) === b.toLowerCase().slice(0, 5);
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

/**
 * Events of one article. Pure; an article with no sentences has none. Linear in the text length:
 * sentences without any trigger word are skipped by one regex test.
 */
export function extractEvents(cleaned: CleanedArticle, meta: SourceMeta, entities: LocalEntity[], mentions: Mention[], readings: SentenceReadings | null = null): ArticleEvent[] {
  const out: ArticleEvent[] = [];
  const published = meta?.published && /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? meta.published : null;
  const entityName = new Map<string, LocalEntity>();
  for (const e of entities ?? []) entityName.set(e.key, e);
  const bySentence = new Map<number, SentenceMention[]>();
  for (const m of mentions ?? []) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push({ start: m.start, end: m.end, entity: m.entity, type: m.type });
    bySentence.set(m.sentence, list);
  }
  for (const l of bySentence.values()) l.sort((a, b) => a.start - b.start);
  const art: ArticleScope = { published, readings, entities: entities ?? [], entityName, previousSubject: null, lastCustody: null };
  const context = new DateContext(published);

  for (const sent of cleaned?.sentences ?? []) {
    const s = sent.text;
    if (typeof s !== 'string' || s.length === 0 || s.length > 3000) continue;
    const ms = bySentence.get(sent.n) ?? [];
    const firstActor = ms.find((m) => m.type !== 'place') ?? null;
    const subjectHere = firstActor?.entity ?? null;
    // every sentence's dates, so the context knows the narrative's year and a paragraph's opening date
    const dated = context.read(s, sent.n, sent.paragraph);
    out.push(...sentenceEvents(art, s, sent.n, sent.paragraph, ms, dated, context.carried(sent.n, sent.paragraph), context.before(sent.n, sent.paragraph)));
    art.previousSubject = subjectHere ?? art.previousSubject;
  }
  return out;
}

/** The events of sentence `n` (text `s`, mentions `ms`, its dates in context), merged and titled. */
function sentenceEvents(
  art: ArticleScope,
  s: string,
  n: number,
  paragraph: number,
  ms: SentenceMention[],
  { dates, stated }: { dates: ResolvedDate[]; stated: ResolvedDate[] },
  carried: CarriedDate | null,
  previous: CarriedDate | null,
): ArticleEvent[] {
  const published = art.published;
  const cands = candidateTriggers(s);
  let triggers = cands.length ? findTriggers(s, cands) : [];
  // A sentence without a known trigger may still state a dated happening ("the FSB began watching
  // his flat in 2021"): the `other` fallback needs a named actor, a date cue and a past verb.
  // (speech verbs that only count with a date of their own do not rule the fallback out)
  const fallbackPossible = triggers.every((t) => t.datedOnly) && ms.length > 0 && DATE_CUE.test(s) && PAST_CUE.test(s);
  if (triggers.length === 0 && !fallbackPossible) return [];
  // Without a publication date, relative expressions are still located (context.ts) so their words can
  // be kept as date_text and resolved later against a reference the corpus stages find.
  const segs = segments(s);
  const quantitiesAll = extractQuantities(s, dates);
  const kept: EventDraft[] = [];
  const sc: ParticipantScope = { s, ms, entities: art.entities, previousSubject: art.previousSubject, lastAgent: null, triggers, paragraph, sharedReading: art.readings ? () => art.readings!.get(n) : undefined };
  // a sentence that states no date of its own takes its paragraph's opening date
  const fromParagraph = dates.length === 0 ? carried : null;
  const fromPrevious = dates.length === 0 ? previous : null;

  for (const trig of triggers) {
    const ev = eventOf(art, sc, n, trig, segs, dates, stated, quantitiesAll, fromParagraph, fromPrevious);
    if (!ev) continue;
    if (ev.agents.length) sc.lastAgent = ev.agents[0];
    keep(kept, ev, s, segs);
    // "two planes crashed — one in October 2018 ..., and another in March 2019 ...": two happenings
    const other = distributedDate(s, trig, ev.date_text ? { text: ev.date_text } : null, published ? dates : stated);
    if (other) kept.push({ ...ev, date: other.date, precision: other.precision, date_text: other.text, date_from: other.from, date_to: other.to, _start: ev._start + 0.5 });
  }
  if (kept.length === 0 && fallbackPossible) {
    const f = fallbackTrigger(s, published ? dates : stated);
    const ev = f ? eventOf(art, sc, n, f, segs, dates, stated, quantitiesAll, null, null) : null;
    if (ev) keep(kept, ev, s, segs);
  }
  // A formal statement that carries a threat is reported as the threat.
  const hasThreat = kept.some((k) => k.type === 'threat');
  // "Thirteen were released ...": a release right after an arrest concerns the same people.
  for (const ev of kept) {
    if (!FOLLOW_UP.has(ev.type)) continue;
    const cause = [...kept.filter((k) => CUSTODY.has(k.type) && k._start < ev._start)].pop() ?? art.lastCustody;
    if (cause && (ev.patients.length === 0 || (ev.quantities ?? []).some((q) => PERSON_NOUN.test(q.what)) || /^\s*(?:\w+\s+)?(?:were|was)\b/.test(s))) {
      ev.patients = uniq([...ev.patients, ...cause.patients]).filter((p) => !ev.agents.includes(p));
    }
  }
  art.lastCustody = [...kept].reverse().find((k) => CUSTODY.has(k.type) && k.patients.length > 0) ?? null;
  const out: ArticleEvent[] = [];
  for (const ev of kept) {
    // a statement that only carries the threat ("in a statement, the brigade pledged ...") is the threat;
    // a statement with its own verb ("tweeted ... and warned") is kept next to it
    if (hasThreat && ev.type === 'statement' && !kept.some((k) => k !== ev && k.type === 'threat' && k._start < ev._start) && ev._mk[0].form === 'noun') continue;
    const { _bg, _end, _start, _mk, ...clean } = ev;
    void _bg; void _end; void _start;
    // (a noun trigger has a clause title only as a light verb's object: "X issued a warning")
    const undergoer = clean.patients.length === 1 ? art.entityName.get(clean.patients[0])?.name ?? null : null;
    clean.title = (!_mk[2] && (_mk[0].form !== 'noun' || LIGHT_CUE.test(s)) ? clauseTitle(s, readingOf(sc), _mk[0], _mk[1], undergoer) : null) ?? makeTitle(s, _mk[0], _mk[1], _mk[2], segs, undergoer);
    out.push(clean);
  }
  return out;
}

/** Light verbs' forms, tested before a noun trigger's sentence is read for its clause title. */
const LIGHT_CUE = /\b(?:launch|carr|conduct|mount|stag|wag|unleash|issu|announc|ma[dk]e|level|fil|open|initiat|impos|order)\w*\s+(?:an?|the|its|their|his|her|new|fresh|\w+)\b/i;

/** The event trigger `trig` reports, before merging; null when it is no event after all. */
function eventOf(
  art: ArticleScope,
  sc: ParticipantScope,
  n: number,
  trig: Found,
  segs: [number, number][],
  dates: ResolvedDate[],
  stated: ResolvedDate[],
  quantitiesAll: Quantity[],
  carried: CarriedDate | null,
  previous: CarriedDate | null,
): EventDraft | null {
  const { s, ms } = sc;
  const seg = segs[segmentOf(segs, trig.index)];
  if (trig.datedOnly) {
    // "said on Monday": a statement made on a stated day; without its own date, only a claim
    const own = speechDate(s, trig, dates, sc.triggers);
    if (!own) return null;
    dates = [own];
    stated = stated.filter((x) => x === own);
  }
  // "withdraw the forces it had deployed": the clause describes the forces, it reports no new happening
  if (ms.length && inObjectRelative(s, readingOf(sc), trig)) return null;
  let { agents, patients, places } = participantsOf(sc, trig, seg);
  // "one of their members arrested earlier this week": the undergoer is named only through "their"
  if (trig.passive && trig.form !== 'noun' && /\b(?:their|its)\s+(?:own\s+)?[\w-]+\s+$/i.test(s.slice(Math.max(0, trig.index - 30), trig.index))) patients = ownerOf(sc, agents) ?? patients;
  // a verb's doer and undergoer from its clause, not every name around it (clause-roles.ts)
  const roles = trig.form !== 'noun' && ms.length ? clauseRoles(s, readingOf(sc), trig, ms) : null;
  const nominal = trig.form === 'noun' && ms.length ? nounRoles(s, readingOf(sc), trig, ms) : null;
  if (nominal) {
    // "the attack by X on Y", "Kowal's shelling": the noun's own phrase says who and to whom
    if (nominal.agents.length) agents = nominal.agents;
    if (nominal.patients.length) patients = nominal.patients;
  }
  if (roles) {
    const c = roles.clause;
    const d = c.verb.voice === 'passive' ? c.agent : c.subject;
    // named doer: those names; a doer without a name ("gunmen", "two airlines"): nobody, not a name borrowed
    // from elsewhere in the sentence; a pronoun or role ("he", "the prime minister"), or none found: the
    // older reading, which resolves those
    if (roles.agents.length) agents = roles.agents;
    else if (d && !roles.anaphoricDoer) agents = [];
    // the undergoer's names when it has some; else the older reading (a passive's subject the reader
    // missed), without the doer
    // what a speaker says is not whom it is about: a statement's patients are its addressee or target only
    if (roles.patients.length || trig.type === 'statement' || trig.type === 'threat') patients = roles.patients;
    else if (roles.anaphoricUndergoer) patients = ownerOf(sc, agents) ?? patients;
    places = [...roles.places, ...places];
  }
  if (trig.type === 'visit' && /^(?:was|were)\s+in$/i.test(trig.text) && !ms.some((m) => m.type === 'place' && m.start >= trig.end && m.start <= trig.end + 6)) return null;
  let { d, unresolvedText, inferred } = eventDate(s, trig, seg, segs, dates, stated, art.published, sc.triggers, sc.paragraph <= 1);
  let dateSentence: number | null = null;
  // a happening told as news right after a sentence that dated one: that sentence's date
  if (!carried && inferred && (d?.text ?? unresolvedText ?? '').startsWith('reported as news') && previous) carried = previous;
  if (carried && !trig.background && trig.form !== 'future' && (!d || inferred) && !inQuotation(s, trig.index)) {
    // "Then, on 17 October, things went out of control. In Culiacán, the army detained ...": 17 October
    inferred = false;
    if (carried.known) d = { date: carried.date.date, precision: carried.date.precision, text: carried.date.text, from: carried.date.from, to: carried.date.to };
    else {
      d = null;
      unresolvedText = carried.date.text;
    }
    dateSentence = carried.sentence;
  }
  const agentsU = uniq(agents);
  const patientsU = uniq(patients).filter((p) => !agentsU.includes(p));
  const placesU = uniq(places).filter((p) => !agentsU.includes(p) && !patientsU.includes(p));
  const agentName = agentsU.length ? art.entityName.get(agentsU[0])?.name ?? null : null;
  const qPhrase = countedSubject(s, trig, seg, segs);
  // "14 people belonging to X, ..., were arrested": the counted subject of a passive is how many too
  const counted = qPhrase ? extractQuantities(qPhrase) : [];
  const quantities = [...quantitiesNear(s, trig, seg, quantitiesAll), ...counted.filter((q) => !quantitiesAll.some((x) => x.value === q.value && x.what === q.what && quantitiesNear(s, trig, seg, [x]).length))];
  const ev: EventDraft = {
    type: trig.type,
    title: '', // built at output: most triggers are merged away before then
    _mk: [trig, agentName, qPhrase],
    date: d?.date ?? null,
    precision: d?.precision ?? null,
    date_text: d?.text ?? unresolvedText,
    agents: agentsU,
    patients: patientsU,
    places: placesU,
    sentence: n,
    _bg: trig.background,
    _end: trig.end,
    _start: trig.index,
  };
  if (quantities.length) ev.quantities = quantities;
  if (dateSentence != null) ev.date_sentence = dateSentence;
  if (inferred) ev.date_inferred = true;
  if (d && ev.date) {
    ev.date_from = d.from;
    ev.date_to = d.to;
  }
  return ev;
}

/** Adds `ev` to the sentence's events unless it is one happening with an earlier one (then merged or kept the better). */
function keep(kept: EventDraft[], ev: EventDraft, s: string, segs: [number, number][]): void {
  const trig = ev._mk[0];
  // "killed in a US drone strike": the strike is the killing's instrument, one event
  // "won a majority in the 2019 election": the election is the happening the verb reports, one event
  const prev = kept[kept.length - 1];
  const oneFamily = prev && ((VIOLENCE.has(prev.type) && VIOLENCE.has(ev.type)) || (prev.type === ev.type && prev._mk[0].form !== 'noun'));
  if (prev && oneFamily && trig.form === 'noun' &&
      /^\s+(?:[\w’'-]+\s+){0,3}(?:in|by|with|during|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$/i.test(s.slice(prev._end, trig.index))) {
    prev.agents = uniq([...prev.agents, ...ev.agents]).filter((a) => !prev.patients.includes(a));
    prev.places = uniq([...prev.places, ...ev.places]).filter((a) => !prev.agents.includes(a) && !prev.patients.includes(a));
    if (!prev.date && ev.date) Object.assign(prev, { date: ev.date, precision: ev.precision, date_text: ev.date_text, date_from: ev.date_from, date_to: ev.date_to });
    return;
  }
  // "the US-led invasion that toppled Saddam Hussein in 2003": the relative clause tells what the noun's
  // happening did, one event (the noun's, with the clause's undergoer and date)
  const host = [...kept].reverse().find((k) => k._mk[0].form === 'noun' && /^\s*,?\s*(?:that|which)\s+(?:\w+\s+){0,2}$/i.test(s.slice(k._end, trig.index)));
  if (host && trig.form !== 'noun') {
    host.patients = uniq([...host.patients, ...ev.patients]).filter((p) => !host.agents.includes(p));
    host.places = uniq([...host.places, ...ev.places]).filter((p) => !host.agents.includes(p) && !host.patients.includes(p));
    if (!host.date && ev.date) Object.assign(host, { date: ev.date, precision: ev.precision, date_text: ev.date_text, date_from: ev.date_from, date_to: ev.date_to });
    return;
  }
  // the same happening named twice in one sentence (background + foreground): keep the better
  // ('other' covers unlike happenings: "the ouster of X in 2011" and "two seats of power emerged")
  // ("the treaty was signed on 18 March": a noun and its verb in one clause are one happening too)
  const same = kept.find((k) => k.type === ev.type && (ev.type !== 'other' || sameWord(k._mk[0].text, trig.text)) && (k._bg || ev._bg || !k.date || !ev.date || k.date === ev.date) &&
    !(k.date_text && ev.date_text && k.date_text !== ev.date_text && !k._bg && !ev._bg) &&
    (k._bg !== ev._bg || k.patients.some((p) => ev.patients.includes(p)) || (!k.patients.length && !ev.patients.length) ||
      segmentOf(segs, k._start) === segmentOf(segs, ev._start)));
  if (same) {
    const better = (same._bg && !ev._bg) || (same._bg === ev._bg && !same.date && (!!ev.date || (!same.date_text && !!ev.date_text)));
    if (better) kept[kept.indexOf(same)] = ev;
    return;
  }
  kept.push(ev);
}
