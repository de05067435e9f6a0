// The body of one generated story about a few world events (lead first): the event reports, the
// statements made about them, the article's own claims, filler, the headline, captions and links. Every
// choice is drawn from the writer's seeded random numbers, in a fixed order, so the same seed gives the
// same story.
import { type Rng, int, pick, chance, pickSkewed } from './rng.ts';
import type { Cast, Person, Org, Place } from './cast.ts';
import * as L from './lexicon.ts';
import type { WorldEvent, WorldEventType, Actor, Statement } from './world.ts';
import { AP, CQ, OQ, type Writer, bareSurname, cap, num } from './writer.ts';

export interface Story {
  headline: string;
  /** Lead paragraph first; may begin with a dateline. */
  paragraphs: string[];
  /** Blocks of boilerplate to weave in: captions, "Read more" lines, subheadings. */
  captions: string[];
  readMore: string[];
  dateline: string;
}

/** What writing one story draws on: the writer, the lead event, and the people, groups and places it quotes. */
interface StoryContext {
  w: Writer;
  rng: Rng;
  cast: Cast;
  lead: WorldEvent;
  topic: WorldEvent['topic'];
  speakerPool: Person[];
  orgPool: Org[];
  country: Cast['countries'][number];
  agency: string;
  actorName: (a: Actor, role?: boolean) => string;
  his: (p: Person) => string;
  /** A speaker, a group, a place of the story, at random. */
  p: () => Person;
  o: () => Org;
  pl: () => Place;
  /** A speaker: role apposition on first mention when the sentence shape allows it. */
  said: (s: Person) => string;
}

function storyContext(w: Writer, events: WorldEvent[]): StoryContext {
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
  const said = (s: Person): string => {
    const first = !w.isIntroduced(s);
    return `${w.person(s)}${first ? `, ${s.role},` : ''}`;
  };
  return { w, rng, cast, lead, topic, speakerPool, orgPool, country, agency, actorName, his, p, o, pl, said };
}

/** Composes the body of one story about `events` (lead first); outlet-independent except for spelling habits. */
export function composeStory(w: Writer, events: WorldEvent[]): Story {
  const c = storyContext(w, events);
  const { rng, lead, cast, speakerPool, pl } = c;
  const claims = ownClaims(c);
  const filler = fillers(c);
  const dateline = chance(rng, 0.45) ? `${w.place(lead.place).toUpperCase()} – ` : '';
  // The lead reports the lead event; each other event gets its own paragraph, followed by some of
  // the statements made about it (the repeated, cross-outlet claims).
  const leadPara = [report(c, lead)];
  const units: string[][] = [];
  let nClaims = 0;
  const claimTarget = int(rng, 10, 15);
  events.forEach((e, j) => {
    const para = j === 0 ? leadPara : [report(c, e)];
    if (chance(rng, 0.5)) para.push(detail(c, e));
    for (const st of e.statements) {
      if (nClaims >= claimTarget || !chance(rng, 0.75)) continue;
      const s = statement(c, st, e);
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
  const { headline, hn } = headlineOf(c);
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

function eventNoun(c: StoryContext, e: WorldEvent): string {
  const { w, rng } = c;
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
}

/** One report of a world event, dated absolutely or relative to the publication date. */
function report(c: StoryContext, e: WorldEvent): string {
  const { w, rng, actorName, his } = c;
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
}

/** One statement about an event, in one of several paraphrases (quote or reported speech). */
function statement(c: StoryContext, st: Statement, e: WorldEvent): string {
  const { w, rng, o, said, his } = c;
  const S = st.speaker;
  const N = eventNoun(c, e);
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
}

function quote(c: StoryContext): string {
  const { w, rng, topic, pl } = c;
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
}

/** Claims that are this article's own (not about a shared event): undated, so they add no events. */
function ownClaims(c: StoryContext): (() => string)[] {
  const { w, rng, topic, p, o, said, agency } = c;
  return [
    () => `${OQ}${quote(c)},${CQ} said ${said(p())}`.replace(/,$/, '') + '.',
    () => `${OQ}${quote(c)},${CQ} ${w.person(p(), true)} said.`,
    () => `${cap(w.personWithRole(p()))} said: ${OQ}${quote(c)}.${CQ}`.replace(/,, said/, ', said').replace(/, said: /, ' said: '),
    () => `${OQ}${quote(c)},${CQ} said ${pick(rng, L.UNNAMED)}.`,
    () => `${OQ}${quote(c)},${CQ} ${w.person(p(), true)} told ${agency}.`,
    () => `${cap(w.person(p()))} warned that ${OQ}${quote(c).replace(/^./, (c) => c.toLowerCase())}${CQ}.`,
    () => `A spokesman for ${w.org(o())} said the group would ${OQ}${pick(rng, topic.actions)}${CQ} if necessary.`,
    () => `${cap(w.personWithRole(p()))} said that ${pick(rng, topic.clauses)}.`,
    () => `According to ${w.org(o())}, ${pick(rng, topic.clauses)}.`,
    () => `${cap(w.person(p()))} told ${agency} that ${pick(rng, topic.clauses)}.`,
    () => `${cap(w.org(o()))} denied any involvement in ${pick(rng, topic.eventNouns)}.`,
    () => `${cap(w.personWithRole(p()))} called for ${pick(rng, topic.demands)}.`,
  ];
}

/** Context that is neither a claim nor a dated event: it gives the article its length. */
function fillers(c: StoryContext): (() => string)[] {
  const { w, rng, cast, topic, o, pl, country } = c;
  return [
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
}

/** A detail after an event report: no date, no new happening. */
function detail(c: StoryContext, e: WorldEvent): string {
  const { w, rng } = c;
  const P = w.place(e.place);
  switch (e.type) {
    case 'attack': case 'killing': return pick(rng, [`The wounded were taken to hospitals in ${P}.`, `Shops in the area stayed closed for the rest of the day.`, `Funerals for the victims were held in ${P} under heavy security.`]);
    case 'arrest': case 'kidnapping': return pick(rng, [`Relatives gathered outside the police headquarters in ${P} asking for news.`, `Lawyers for the families say they have not been given access.`]);
    case 'meeting': case 'visit': case 'agreement': return pick(rng, [`No joint communique was issued afterwards.`, `The two sides are expected to meet again in the coming weeks.`, `Details of the discussions were not made public.`]);
    case 'protest': return pick(rng, [`Shops in the centre of ${P} stayed closed during the protest.`, `Riot police kept their distance from the crowd.`]);
    default: return pick(rng, [`Residents of ${P} said the streets were quiet.`, `Armoured vehicles could be seen at the main crossroads of ${P}.`]);
  }
}

/** The headline (and the headline noun, for the "Read more" links): event-specific or topical. */
function headlineOf(c: StoryContext): { headline: string; hn: string } {
  const { w, rng, lead, topic, orgPool, country } = c;
  const place0 = lead.place;
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
  return { headline, hn };
}
