// Deterministic generator of a realistic article corpus for the scale benchmark (issue 8).
// Why: the product must handle thousands of unseen scrapes; the five bundled articles are too few to time
// anything. The generator composes articles from templates and word lists over an invented cast, with the
// mess real scrapes carry (banners, crawl-date banners, captions, "Read more:" links, trailers, wire copies on
// two outlets, transliteration variants), so the benchmark stresses the same code paths as real input.
// Same n + seed -> byte-identical files; article i depends only on (seed, i), never on n.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MONTH_NAMES } from '../lib/months.ts';
import { type Rng, makeRng, mixSeed, int, pick, chance, pickSkewed, hex } from './rng.ts';
import { type Cast, type Person, type Org, type Place, type Outlet, buildCast } from './cast.ts';
import * as L from './lexicon.ts';
import { type WorldEvent, type WorldEventType, type Actor, type Statement, buildWorld, drawEvents } from './world.ts';

export interface GeneratedArticle {
  file: string;
  content: string;
  /** Index of the article this one is a wire copy of (same agency story), or null. */
  wireOf: number | null;
  outlet: string;
  /** YYYY-MM-DD publication date. */
  published: string;
  /** Indices of the shared world events the article reports (lead first); see world.ts. */
  events: number[];
}

// Sentinels for quote marks and apostrophes: replaced by each outlet's house style at render time,
// so one wire story can appear with curly quotes on one outlet and straight ones on another.
const OQ = '\u0001';
const CQ = '\u0002';
const AP = '\u0003';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;
/** Chance that a story is a wire story run by two outlets: ~10% of files end up as copies. */
const WIRE_P = 0.11;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Publication-date line shapes seen in scrapes; index = Outlet.dateStyle. */
function dateLine(style: number, d: Date, outlet: Outlet, rng: Rng): string {
  const wd = WEEKDAYS[d.getUTCDay()];
  const day = d.getUTCDate();
  const mon = MONTH_NAMES[d.getUTCMonth()];
  const y = d.getUTCFullYear();
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  switch (style) {
    case 0: return `${wd}, ${day} ${mon}, ${y} - ${hm}`;
    case 1: return `${day} ${mon.slice(0, 3)} ${y}`;
    case 2: return ` date ${iso(d)} ${iso(d).replace(/-/g, '/')} | ${hm}${outlet.sourceHeader ? ` - Source: ${outlet.name}` : ''}`;
    case 3: return `${mon} ${day}, ${y}`;
    case 4: return `Published: ${pad(day)}/${pad(d.getUTCMonth() + 1)}/${y} ${hm}`;
    case 5: return `${pick(rng, ['yesterday', 'today', '2 days ago'])} at ${hm} ${outlet.name}  – ${day} ${mon.slice(0, 3)} ${y} – `;
    default: return `${iso(d)}T${hm}:00${pick(rng, ['Z', '+03:00', '+01:00'])}`;
  }
}

/** How an event date is written: absolute, or relative to the publication date ("on Sunday", "last week", "in March"). */
function when(rng: Rng, pub: Date, day: number): string {
  const pubDay = Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate());
  const k = Math.max(0, Math.round((pubDay - day) / DAY_MS));
  const e = new Date(day);
  const wd = WEEKDAYS[e.getUTCDay()];
  const mon = MONTH_NAMES[e.getUTCMonth()];
  const dd = e.getUTCDate();
  if (chance(rng, 0.3)) return pick(rng, [`on ${dd} ${mon}`, `on ${mon} ${dd}`, `on ${mon} ${dd}, ${e.getUTCFullYear()}`, `on ${wd}, ${mon} ${dd}`]);
  if (k === 0) return pick(rng, ['today', 'earlier today', 'on ' + wd]);
  if (k === 1) return pick(rng, ['yesterday', `on ${wd}`, `on ${wd} night`]);
  if (k < 7) return pick(rng, [`on ${wd}`, `on ${wd}`, `on ${wd} evening`, `on ${mon} ${dd}`]);
  if (k < 14) return pick(rng, ['last week', `on ${dd} ${mon}`, `on ${mon} ${dd}`]);
  if (e.getUTCMonth() === pub.getUTCMonth()) return pick(rng, ['earlier this month', `on ${dd} ${mon}`]);
  return pick(rng, [`in ${mon}`, `on ${mon} ${dd}, ${e.getUTCFullYear()}`, `in ${dd <= 10 ? 'early' : dd >= 20 ? 'late' : 'mid-'}${dd > 10 && dd < 20 ? '' : ' '}${mon}`]);
}

/** Per-article writing state: which actors were already introduced, in which spelling. */
class Writer {
  private introduced = new Set<Person>();
  private orgsIntroduced = new Set<Org>();
  constructor(
    readonly rng: Rng,
    readonly cast: Cast,
    readonly outlet: Outlet,
    readonly pub: Date,
    readonly agency: string | null,
  ) {}

  /** The outlet's habitual spelling of a surname, with an occasional inconsistency inside one article. */
  surname(p: Person): string {
    const forms = [p.surname, ...p.variants];
    let v = this.outlet.spelling % forms.length;
    if (chance(this.rng, 0.05)) v = int(this.rng, 0, forms.length - 1);
    return forms[v];
  }

  /** First mention: title + full name; later: surname only (article dropped half the time) or pronoun. */
  person(p: Person, allowPronoun = false): string {
    if (!this.introduced.has(p)) {
      this.introduced.add(p);
      return `${p.title ? p.title + ' ' : ''}${p.given} ${this.surname(p)}`;
    }
    if (allowPronoun && chance(this.rng, 0.3)) return p.female ? 'she' : 'he';
    const s = this.surname(p);
    if (chance(this.rng, 0.5)) {
      const bare = s.replace(/^(?:al|Al|el)-/, '');
      return cap(bare);
    }
    return s;
  }

  /** Person with role apposition on first mention ("Dr. X Y, a researcher at the ..."). */
  personWithRole(p: Person): string {
    const first = !this.introduced.has(p);
    const name = this.person(p);
    return first ? `${name}, ${p.role},` : name;
  }

  isIntroduced(p: Person): boolean {
    return this.introduced.has(p);
  }

  /** Organisation: acronym defined on first mention, then used. */
  org(o: Org): string {
    if (!this.orgsIntroduced.has(o)) {
      this.orgsIntroduced.add(o);
      return o.acronym ? `the ${o.name} (${o.acronym})` : `the ${o.name}`;
    }
    if (o.acronym) return `the ${o.acronym}`;
    if (o.kind === 'ministry') return `the ${o.name.replace('Ministry of ', '').toLowerCase()} ministry`;
    return `the ${o.name}`;
  }

  place(p: Place): string {
    if (p.variants.length && this.outlet.spelling > 0) return p.variants[(this.outlet.spelling - 1) % p.variants.length];
    return p.name;
  }

  when(day: number): string {
    return when(this.rng, this.pub, day);
  }
}

interface Story {
  headline: string;
  /** Lead paragraph first; may begin with a dateline. */
  paragraphs: string[];
  /** Blocks of boilerplate to weave in: captions, "Read more" lines, subheadings. */
  captions: string[];
  readMore: string[];
  dateline: string;
}

const NUM_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A count as the press writes it: small numbers in words (sometimes), others in digits. */
function num(rng: Rng, n: number): string {
  return n <= 12 && chance(rng, 0.6) ? NUM_WORDS[n] : String(n);
}
const bareSurname = (s: string): string => cap(s.replace(/^(?:al|Al|el)-/, ''));

/** Composes the body of one story about `events` (lead first); outlet-independent except for spelling habits. */
function composeStory(w: Writer, events: WorldEvent[]): Story {
  const { rng, cast } = w;
  const lead = events[0];
  const topic = lead.topic;
  const actorName = (a: Actor, role = false): string => (a.kind === 'org' ? w.org(a.o) : role ? w.personWithRole(a.p) : w.person(a.p));
  const his = (p: Person): string => (p.female ? 'her' : 'his');
  const speakerPool = [...new Set(events.flatMap((e) => [...e.statements.map((s) => s.speaker), ...(e.agent.kind === 'person' ? [e.agent.p] : [])]))];
  while (speakerPool.length < 3) speakerPool.push(pickSkewed(rng, cast.people));
  const orgPool = [...new Set(events.flatMap((e) => [e.agent, e.patient]).flatMap((a) => (a && a.kind === 'org' ? [a.o] : [])))];
  if (!orgPool.length) orgPool.push(pickSkewed(rng, cast.orgs, 1.6));
  const places = [...new Set(events.map((e) => e.place))];
  const country = pickSkewed(rng, cast.countries, 1.5);
  const p = (): Person => pick(rng, speakerPool);
  const o = (): Org => pick(rng, orgPool);
  const pl = (): Place => pick(rng, places);
  // Only wire copy says "told AFP"; an outlet's own story quotes people talking to it or to reporters.
  const agency = w.agency ?? pick(rng, ['reporters', 'local television', w.outlet.name.replace(/^The /, 'the ')]);
  /** A speaker: role apposition on first mention when the sentence shape allows it. */
  const said = (s: Person): string => {
    const first = !w.isIntroduced(s);
    return `${w.person(s)}${first ? `, ${s.role},` : ''}`;
  };

  const eventNoun = (e: WorldEvent): string => {
    const pn = (): string => (e.patient && e.patient.kind === 'person' ? bareSurname(w.surname(e.patient.p)) : '');
    switch (e.type) {
      case 'attack': return pick(rng, ['the attack', `the attack in ${w.place(e.place)}`, 'the ambush']);
      case 'killing': return `the killing of ${pn()}`;
      case 'arrest': return pick(rng, ['the arrests', `the arrest of ${pn()}`]);
      case 'kidnapping': return `the kidnapping of ${pn()}`;
      case 'release': return `the release of ${pn()}`;
      case 'meeting': return pick(rng, ['the talks', 'the meeting']);
      case 'visit': return 'the visit';
      case 'protest': return pick(rng, ['the protests', 'the demonstration']);
      case 'agreement': return pick(rng, ['the agreement', 'the deal']);
      default: return 'the deployment';
    }
  };

  /** One report of a world event, dated absolutely or relative to the publication date. */
  const report = (e: WorldEvent): string => {
    const d = w.when(e.day);
    const A = (role = false) => actorName(e.agent, role);
    const B = (role = false) => (e.patient ? actorName(e.patient, role) : '');
    const P = w.place(e.place);
    const n = e.number;
    const v = int(rng, 0, 3);
    switch (e.type) {
      case 'attack':
        return [
          () => `${cap(A())} attacked a convoy of ${B()} in ${P} ${d}, killing ${num(rng, n)} people.`,
          () => `${cap(num(rng, n))} people were killed ${d} when ${A()} ambushed a convoy of ${B()} near ${P}.`,
          () => `${cap(d)}, ${A()} carried out an attack on a post of ${B()} in ${P} that left ${num(rng, n)} dead.`,
          () => `${cap(A())} opened fire on a checkpoint run by ${B()} on the outskirts of ${P} ${d}, killing ${num(rng, n)} people.`,
        ][v]();
      case 'killing':
        return [
          () => `${cap(B(true))} was shot dead in ${P} ${d}.`,
          () => `Gunmen killed ${B()} outside ${e.patient && e.patient.kind === 'person' ? his(e.patient.p) : 'his'} home in ${P} ${d}.`,
          () => `${cap(d)}, ${B(true)} was killed in ${P} in what ${pick(rng, ['supporters', 'relatives'])} called an assassination.`,
          () => `${cap(A())} killed ${B()} in ${P} ${d}.`,
        ][v]();
      case 'arrest':
        return [
          () => `${cap(A())} arrested ${B()} and ${num(rng, n)} others in ${P} ${d}.`,
          () => `${cap(B(true))} and ${num(rng, n)} other suspects were detained by ${A()} in ${P} ${d}.`,
          () => `${cap(d)}, ${A()} detained ${B()} in a raid in ${P}.`,
          () => `${cap(A())} arrested ${num(rng, n)} people in ${P} ${d}, among them ${B()}.`,
        ][v]();
      case 'meeting':
        return [
          () => `${cap(A(true))} met ${B()} in ${P} ${d} to discuss ${e.issue}.`,
          () => `${cap(A())} held talks with ${B()} in ${P} ${d}.`,
          () => `${cap(d)}, ${A()} and ${B()} met in ${P} for talks on ${e.issue}.`,
          () => `${cap(A())} met ${B()} ${d} in ${P}, the first such meeting in months.`,
        ][v]();
      case 'visit':
        return [
          () => `${cap(A(true))} visited ${P} ${d}.`,
          () => `${cap(A())} arrived in ${P} ${d} for talks on ${e.issue}.`,
          () => `${cap(d)}, ${A()} toured ${P}.`,
          () => `${cap(A())} visited ${P} ${d}, meeting local officials.`,
        ][v]();
      case 'protest':
        return [
          () => `${cap(num(rng, n))} supporters of ${A()} protested in ${P} ${d} against ${e.issue}.`,
          () => `${cap(d)}, about ${num(rng, n)} people rallied in ${P} at the call of ${A()}.`,
          () => `Members of ${A()} staged a sit-in in ${P} ${d}, demanding action on ${e.issue}.`,
          () => `Thousands of people marched through ${P} ${d} in a protest organised by ${A()}.`,
        ][v]();
      case 'agreement':
        return [
          () => `${cap(A())} and ${B()} signed an agreement in ${P} ${d} on ${e.issue}.`,
          () => `${cap(A())} reached a deal with ${B()} ${d} on ${e.issue}, after talks in ${P}.`,
          () => `${cap(d)}, ${A()} and ${B()} signed a deal in ${P}.`,
          () => `${cap(A())} signed an agreement with ${B()} ${d} in ${P}.`,
        ][v]();
      case 'kidnapping':
        return [
          () => `${cap(B(true))} was kidnapped in ${P} ${d}.`,
          () => `Gunmen believed to belong to ${A()} abducted ${B()} in ${P} ${d}.`,
          () => `${cap(d)}, ${B()} was abducted on the road to ${P}.`,
          () => `${cap(A())} kidnapped ${B()} in ${P} ${d}.`,
        ][v]();
      case 'release':
        return [
          () => `${cap(A())} released ${B()} ${d} after ${num(rng, n)} days in captivity.`,
          () => `${cap(B(true))} was freed in ${P} ${d}, ${num(rng, n)} days after being seized.`,
          () => `${cap(d)}, ${A()} freed ${B()} near ${P}.`,
          () => `${cap(A())} released ${B()} in ${P} ${d}.`,
        ][v]();
      default:
        return [
          () => `${cap(A())} deployed ${n} troops to ${P} ${d}.`,
          () => `${cap(d)}, ${A()} sent reinforcements to ${P}, about ${n} troops.`,
          () => `${cap(A())} deployed ${n} soldiers in ${P} ${d}.`,
          () => `${cap(A())} dispatched ${n} troops to ${P} ${d}.`,
        ][v]();
    }
  };

  /** One statement about an event, in one of several paraphrases (quote or reported speech). */
  const statement = (st: Statement, e: WorldEvent): string => {
    const S = st.speaker;
    const N = eventNoun(e);
    const org = st.org ? w.org(st.org) : w.org(o());
    const v = int(rng, 0, 2);
    switch (st.kind) {
      case 'condemn':
        return [
          () => `${OQ}What happened in ${w.place(e.place)} was a crime, and those responsible will be held to account,${CQ} said ${said(S)}`.replace(/,$/, '') + '.',
          () => `${cap(w.person(S))} condemned ${N} and said those responsible would be held to account.`,
          () => `${cap(said(S))} said: ${OQ}We condemn ${N} in the strongest terms.${CQ}`.replace(/,, said/, ', said').replace(/, said: /, ' said: '),
        ][v]();
      case 'demand':
        return [
          () => `${OQ}We demand ${st.slot}, and we will not wait much longer,${CQ} ${w.person(S, true)} said.`,
          () => `${cap(w.personWithRole(S))} called for ${st.slot} after ${N}.`,
          () => `${cap(w.person(S))} said that ${st.slot} was the only way forward.`,
        ][v]();
      case 'threat':
        return [
          () => `${OQ}We are ready to ${st.slot}, and we will do it unless ${st.slot2},${CQ} said ${said(S)}`.replace(/,$/, '') + '.',
          () => `${cap(w.person(S))} threatened to ${st.slot} unless ${st.slot2}.`,
          () => `${cap(w.person(S))} warned that ${his(S)} side would ${st.slot} unless ${st.slot2}.`,
        ][v]();
      case 'deny':
        return [
          () => `${OQ}We have nothing to do with ${N},${CQ} ${w.person(S, true)} said.`,
          () => `${cap(org)} denied any involvement in ${N}.`,
          () => `${cap(w.personWithRole(S))} said that ${org} had nothing to do with ${N}.`,
        ][v]();
      case 'blame':
        return [
          () => `${OQ}Everybody knows who is behind ${N},${CQ} said ${said(S)}`.replace(/,$/, '') + '.',
          () => `${cap(w.person(S))} accused ${org} of being behind ${N}.`,
          () => `${cap(w.personWithRole(S))} blamed ${org} for ${N}.`,
        ][v]();
      default:
        return [
          () => `${OQ}This is a step in the right direction on ${st.slot},${CQ} ${w.person(S, true)} said.`,
          () => `${cap(w.personWithRole(S))} welcomed ${N} as a step towards resolving ${st.slot}.`,
          () => `${cap(w.person(S))} said that ${N} was a step in the right direction.`,
        ][v]();
    }
  };

  const quote = (): string => {
    switch (int(rng, 0, 9)) {
      case 0: return `${pick(rng, L.QUOTE_OPENERS)} ${pick(rng, L.YIELD_VERBS)} until ${pick(rng, topic.conditions)}`;
      case 1: return `${cap(pick(rng, topic.issues))} is a red line for us`;
      case 2: return `The government must ${pick(rng, topic.actions)} before it is too late`;
      case 3: return `There is no solution to ${pick(rng, topic.issues)} except dialogue`;
      case 4: return `The people of ${w.place(pl())} have waited long enough`;
      case 5: return `We are ready to ${pick(rng, topic.actions)}, but we will not accept threats`;
      case 6: return `Our patience is running out`;
      case 7: return `We have nothing to do with ${pick(rng, topic.eventNouns)}`;
      case 8: return `If they cross this line, they will pay a heavy price`;
      default: return `The people of ${w.place(pl())} deserve ${pick(rng, topic.demands)}`;
    }
  };
  // Claims that are this article's own (not about a shared event): undated, so they add no events.
  const claims: (() => string)[] = [
    () => `${OQ}${quote()},${CQ} said ${said(p())}`.replace(/,$/, '') + '.',
    () => `${OQ}${quote()},${CQ} ${w.person(p(), true)} said.`,
    () => `${cap(w.personWithRole(p()))} said: ${OQ}${quote()}.${CQ}`.replace(/,, said/, ', said').replace(/, said: /, ' said: '),
    () => `${OQ}${quote()},${CQ} said ${pick(rng, L.UNNAMED)}.`,
    () => `${OQ}${quote()},${CQ} ${w.person(p(), true)} told ${agency}.`,
    () => `${cap(w.person(p()))} warned that ${OQ}${quote().replace(/^./, (c) => c.toLowerCase())}${CQ}.`,
    () => `A spokesman for ${w.org(o())} said the group would ${OQ}${pick(rng, topic.actions)}${CQ} if necessary.`,
    () => `${cap(w.personWithRole(p()))} said that ${pick(rng, topic.clauses)}.`,
    () => `According to ${w.org(o())}, ${pick(rng, topic.clauses)}.`,
    () => `${cap(w.person(p()))} told ${agency} that ${pick(rng, topic.clauses)}.`,
    () => `${cap(w.org(o()))} denied any involvement in ${pick(rng, topic.eventNouns)}.`,
    () => `${cap(w.personWithRole(p()))} called for ${pick(rng, topic.demands)}.`,
  ];
  // Context that is neither a claim nor a dated event: it gives the article its length.
  const filler: (() => string)[] = [
    () => pick(rng, L.BACKGROUND),
    () => `${country.name}${AP}s government has faced mounting criticism over ${pick(rng, topic.issues)}.`,
    () => `${cap(pick(rng, topic.issues))} has dominated public debate in ${w.place(pl())} for months.`,
    () => `By then, ${pick(rng, topic.clauses)}.`,
    () => `The road between ${w.place(pl())} and ${pick(rng, cast.places).name} remains a lifeline for the region.`,
    () => `Prices of bread and fuel have risen sharply in ${w.place(pl())}, adding to the anger.`,
    () => `${cap(w.org(o()))} has long been at odds with the authorities over ${pick(rng, topic.issues)}.`,
    () => `Many families in ${w.place(pl())} depend on the port and the markets for their income.`,
    () => `Power cuts have become a daily fact of life in ${w.place(pl())}.`,
    () => `Unemployment among young people in ${w.place(pl())} is estimated at ${int(rng, 20, 45)} percent.`,
    () => `Both sides have traded accusations for years, and trust between them is thin.`,
    () => `${cap(w.org(o()))} has grown in influence in recent years, especially in ${w.place(pl())}.`,
    () => `Checkpoints still slow traffic on the main roads into ${w.place(pl())}.`,
  ];
  /** A detail after an event report: no date, no new happening. */
  const detail = (e: WorldEvent): string => {
    const P = w.place(e.place);
    switch (e.type) {
      case 'attack': case 'killing': return pick(rng, [`The wounded were taken to hospitals in ${P}.`, `Shops in the area stayed closed for the rest of the day.`, `Funerals for the victims were held in ${P} under heavy security.`]);
      case 'arrest': case 'kidnapping': return pick(rng, [`Relatives gathered outside the police headquarters in ${P} asking for news.`, `Lawyers for the families say they have not been given access.`]);
      case 'meeting': case 'visit': case 'agreement': return pick(rng, [`No joint communique was issued afterwards.`, `The two sides are expected to meet again in the coming weeks.`, `Details of the discussions were not made public.`]);
      case 'protest': return pick(rng, [`Shops in the centre of ${P} stayed closed during the protest.`, `Riot police kept their distance from the crowd.`]);
      default: return pick(rng, [`Residents of ${P} said the streets were quiet.`, `Armoured vehicles could be seen at the main crossroads of ${P}.`]);
    }
  };

  const place0 = lead.place;
  const dateline = chance(rng, 0.45) ? `${w.place(place0).toUpperCase()} – ` : '';
  // The lead reports the lead event; each other event gets its own paragraph, followed by some of
  // the statements made about it (the repeated, cross-outlet claims).
  const leadPara = [report(lead)];
  const units: string[][] = [];
  let nClaims = 0;
  const claimTarget = int(rng, 10, 15);
  events.forEach((e, j) => {
    const para = j === 0 ? leadPara : [report(e)];
    if (chance(rng, 0.5)) para.push(detail(e));
    for (const st of e.statements) {
      if (nClaims >= claimTarget || !chance(rng, 0.75)) continue;
      const s = statement(st, e);
      nClaims++;
      if (para.length < 2 && chance(rng, 0.5)) para.push(s);
      else units.push([s]);
    }
    if (j > 0) units.push(para);
  });
  while (nClaims < claimTarget) {
    const n = Math.min(claimTarget - nClaims, pick(rng, [1, 1, 2]));
    const para: string[] = [];
    for (let k = 0; k < n; k++) para.push(pick(rng, claims)());
    nClaims += n;
    if (chance(rng, 0.4)) para.push(pick(rng, filler)());
    // Interleave: event reports and statements keep their order, fresh claims slot in between.
    units.splice(int(rng, Math.min(1, units.length), units.length), 0, para);
  }
  const paragraphs = [dateline + leadPara.join(' '), ...units.map((u) => u.join(' '))];
  const target = int(rng, 520, 680);
  let words = paragraphs.reduce((s, x) => s + x.split(' ').length, 0);
  while (words < target) {
    const para = [pick(rng, filler)()];
    if (chance(rng, 0.5)) para.push(pick(rng, filler)());
    words += para.join(' ').split(' ').length;
    paragraphs.splice(int(rng, 2, paragraphs.length), 0, para.join(' '));
  }

  const sn = (a: Actor | null): string => (!a ? '' : a.kind === 'org' ? a.o.acronym ?? a.o.name : bareSurname(w.surname(a.p)));
  const P0 = w.place(place0);
  const hn = pick(rng, topic.headlineNouns);
  const byType: Record<WorldEventType, string> = {
    attack: `${lead.number} Killed in ${P0} Attack`,
    killing: `${sn(lead.patient)} Shot Dead in ${P0}`,
    arrest: `${sn(lead.patient)} Arrested in ${P0} Raid`,
    meeting: `${sn(lead.agent)} and ${sn(lead.patient)} Meet in ${P0}`,
    visit: `${sn(lead.agent)} Visits ${P0} Amid ${hn}`,
    protest: `Thousands Protest in ${P0} Over ${hn}`,
    agreement: `${sn(lead.agent)} and ${sn(lead.patient)} Sign Deal in ${P0}`,
    kidnapping: `${sn(lead.patient)} Abducted in ${P0}`,
    release: `${sn(lead.agent)} Frees ${sn(lead.patient)}`,
    deployment: `Troops Deployed to ${P0} as ${hn} Deepens`,
  };
  const hl = [
    byType[lead.type],
    byType[lead.type],
    `${hn} in ${P0} Deepens Rift With ${sn({ kind: 'org', o: orgPool[0] })}`,
    `${cap(pick(rng, topic.demands))}: ${pick(rng, L.CROWDS)} Rally in ${P0}`,
    `${country.name} Braces for New ${hn} as Talks Stall`,
  ];
  const headline = pick(rng, hl);

  const captions: string[] = [];
  if (chance(rng, 0.6)) {
    const cp = pick(rng, speakerPool);
    captions.push(`${cp.title ? cp.title + ' ' : ''}${cp.given} ${w.surname(cp)} ${pick(rng, L.CAPTION_SCENES)} ${w.place(pl())}. (${pick(rng, L.AGENCIES)})`);
  }
  if (chance(rng, 0.4)) captions.push(`${pick(rng, L.PHOTO_SCENES)} ${w.place(pl())}. Photo: ${pick(rng, L.PHOTOGRAPHERS)}/${pick(rng, L.AGENCIES)}`);
  const readMore: string[] = [];
  if (chance(rng, 0.4)) readMore.push(`Read more: ${hn} in ${pick(rng, cast.places).name}: ${pick(rng, ['What We Know', 'Five Questions', 'Timeline', 'Explainer'])}`);
  if (chance(rng, 0.15)) readMore.push(`READ MORE: ${pick(rng, cast.countries).name} ${hn} Enters Second Week`);
  return { headline, paragraphs, captions, readMore, dateline };
}


/** Lays out one story as the text of a scraped page of `outlet`. */
function layout(rng: Rng, story: Story, outlet: Outlet, pub: Date, edit: 'none' | 'wire-copy', agency: string | null): string[] {
  const blocks: string[] = [];
  if (outlet.banner.length) blocks.push(outlet.banner.join(chance(rng, 0.5) ? '\n' : '\n\n'));
  if (outlet.crawlBanner) {
    // A crawl-date banner: the date the page was scraped, posing as a publication date.
    const crawl = new Date(pub.getTime() + int(rng, 200, 1400) * DAY_MS);
    blocks.push(`${WEEKDAYS[crawl.getUTCDay()]}, ${MONTH_NAMES[crawl.getUTCMonth()]} ${crawl.getUTCDate()}, ${crawl.getUTCFullYear()}`);
  }
  blocks.push(story.headline);
  if (chance(rng, 0.3)) blocks.push(story.headline); // repeated headline, as scrapes often have
  const paras = [...story.paragraphs];
  if (edit === 'wire-copy') {
    // Small edits a second outlet makes to a wire story: drop a paragraph, split another, prefix its name.
    if (paras.length > 6) paras.splice(int(rng, 3, paras.length - 2), 1);
    const si = int(rng, 1, paras.length - 1);
    const cut = paras[si].indexOf('. ');
    if (cut > 0) paras.splice(si, 1, paras[si].slice(0, cut + 1), paras[si].slice(cut + 2));
    paras[0] = `(${outlet.name.replace(/^The /, '')} )- ${paras[0].replace(/^[A-Z' -]+ – /, '')}`;
  }
  if (outlet.dateStyle === 5) paras[0] = dateLine(5, pub, outlet, rng) + paras[0];
  else blocks.push(dateLine(outlet.dateStyle, pub, outlet, rng));
  // Some scrapes carry a "Source: X" header line of their own (date style 2 has it inline).
  if (outlet.sourceHeader && outlet.dateStyle !== 2) blocks.push(`Source: ${outlet.name}`);
  if (story.captions[0] && chance(rng, 0.7)) blocks.push(story.captions[0]);
  const extras = [...story.readMore, ...story.captions.slice(1)];
  const sub = chance(rng, 0.25) ? (chance(rng, 0.5) ? `- ${OQ}${pick(rng, L.SUBHEADINGS)}${CQ} -` : pick(rng, L.SUBHEADINGS)) : null;
  paras.forEach((p, i) => {
    blocks.push(p);
    if (i > 1 && extras.length && chance(rng, 0.2)) blocks.push(extras.shift()!);
    if (i === Math.floor(paras.length / 2) && sub) blocks.push(sub);
  });
  blocks.push(...extras);
  if (agency && chance(rng, 0.5)) blocks.push(`${agency} with additional input by ${outlet.name.replace(/^The /, '')} News Desk`);
  if (outlet.trailer) blocks.push(outlet.trailer);
  return blocks;
}

function styleQuotes(text: string, curly: boolean): string {
  return curly
    ? text.replace(/\u0001/g, '\u201c').replace(/\u0002/g, '\u201d').replace(/\u0003/g, '\u2019')
    : text.replace(/[\u0001\u0002]/g, '"').replace(/\u0003/g, "'");
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Renders blocks in the outlet's file format. */
function render(blocks: string[], story: Story, outlet: Outlet, pub: Date, rng: Rng, slug: string): { ext: string; content: string } {
  const url = `https://www.${outlet.domain}/${pub.getUTCFullYear()}/${pad(pub.getUTCMonth() + 1)}/${slug}`;
  if (outlet.format === 'md') {
    const title = styleQuotes(story.headline, false).replace(/"/g, '\\"');
    const fm = ['---', `title: "${title}"`, `outlet: "${outlet.name}"`];
    if (chance(rng, 0.7)) fm.push(`published: ${iso(pub)}`);
    if (chance(rng, 0.6)) fm.push(`url: ${url}`);
    fm.push('---', '');
    const body = blocks.filter((b) => b !== story.headline).map((b) => styleQuotes(b, outlet.curly));
    return { ext: 'md', content: fm.join('\n') + '\n' + body.join('\n\n') + '\n' };
  }
  if (outlet.format === 'html') {
    const t = (s: string): string => escapeHtml(styleQuotes(s, outlet.curly));
    const body = blocks.filter((b) => b !== story.headline && !outlet.banner.includes(b)).map((b) => `<p>${t(b)}</p>`);
    const html = [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8">',
      `<title>${t(story.headline)} | ${escapeHtml(outlet.name)}</title>`,
      `<meta property="og:site_name" content="${escapeHtml(outlet.name)}">`,
      `<meta property="og:url" content="${url}">`,
      `<meta property="article:published_time" content="${pub.toISOString()}">`,
      '</head><body>',
      `<header><nav><a href="/">${escapeHtml(outlet.name)}</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a></nav></header>`,
      '<main><article>',
      `<h1>${t(story.headline)}</h1>`,
      `<time datetime="${pub.toISOString()}">${iso(pub)}</time>`,
      ...body,
      '</article>',
      '<aside><h2>Most Read</h2><ul><li><a href="/a">Markets steady as talks resume</a></li><li><a href="/b">Weather: heavy rain expected</a></li></ul></aside>',
      '</main>',
      `<footer>&copy; ${pub.getUTCFullYear()} ${escapeHtml(outlet.name)}. All rights reserved.</footer>`,
      '</body></html>',
      '',
    ];
    return { ext: 'html', content: html.join('\n') };
  }
  // Plain text scrapes: irregular blank lines between blocks.
  let out = '';
  blocks.forEach((b, i) => {
    out += styleQuotes(b, outlet.curly);
    if (i < blocks.length - 1) out += chance(rng, 0.08) ? '\n\n\n\n' : '\n\n';
  });
  return { ext: 'txt', content: out + '\n' };
}

const castCache = new Map<number, Cast>();
function castFor(seed: number): Cast {
  let c = castCache.get(seed);
  if (!c) {
    c = buildCast(seed);
    castCache.set(seed, c);
  }
  return c;
}

/** Builds article i (and, for a wire story, the copy at i+1 too). */
function buildArticle(i: number, seed: number, cast: Cast, asWireCopy: boolean): GeneratedArticle {
  // A wire copy replays the story of article i-1 with the same rng stream, then diverges for layout.
  const storyIndex = asWireCopy ? i - 1 : i;
  const rng = makeRng(mixSeed(seed, storyIndex, 0x57));
  const isWire = rng() < WIRE_P;
  const outletA = pick(rng, cast.outlets);
  const drawn = drawEvents(rng, buildWorld(seed, cast), storyIndex);
  const pub = new Date(drawn.pub);
  const agency = isWire ? pick(rng, L.AGENCIES) : null;
  // Wire stories use the agency's canonical spelling on every outlet (spelling 0 writer).
  const writerOutlet: Outlet = isWire ? { ...outletA, spelling: 0 } : outletA;
  const story = composeStory(new Writer(rng, cast, writerOutlet, pub, agency), drawn.events);
  let outlet = outletA;
  let published = pub;
  if (asWireCopy) {
    const r2 = makeRng(mixSeed(seed, i, 0xc0));
    outlet = cast.outlets[(outletA.id + 1 + int(r2, 0, cast.outlets.length - 2)) % cast.outlets.length];
    if (chance(r2, 0.4)) published = new Date(pub.getTime() + DAY_MS);
  }
  const lrng = makeRng(mixSeed(seed, i, 0x1a));
  const blocks = layout(lrng, story, outlet, published, asWireCopy ? 'wire-copy' : 'none', agency);
  const slug = story.headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  const { ext, content } = render(blocks, story, outlet, published, lrng, slug);
  const file = `${pad(i, 5)}_${hex(makeRng(mixSeed(seed, i, 0xf11e)), 16)}.${ext}`;
  return { file, content, wireOf: asWireCopy ? i - 1 : null, outlet: outlet.name, published: iso(published), events: drawn.events.map((e) => e.k) };
}

/** True when article i starts a wire story whose copy is article i+1. */
function startsWire(i: number, seed: number): boolean {
  return makeRng(mixSeed(seed, i, 0x57))() < WIRE_P;
}

/** All articles of the corpus in memory (used by generateCorpus and the tests). */
export function generateArticles(n: number, seed = 1): GeneratedArticle[] {
  const count = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
  const cast = castFor(seed);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    // Article i is a wire copy when i-1 started a wire story that was not itself a copy.
    const copy = i > 0 && startsWire(i - 1, seed) && out[i - 1].wireOf === null;
    out.push(buildArticle(i, seed, cast, copy));
  }
  return out;
}

/** Writes n article files into dir (created if missing). Deterministic for the same n and seed. */
export function generateCorpus(n: number, dir: string, seed = 1): void {
  mkdirSync(dir, { recursive: true });
  for (const a of generateArticles(n, seed)) writeFileSync(join(dir, a.file), a.content);
}
