// The shared "world" the benchmark corpus reports on: a seeded pool of happenings and statements.
// Why: real coverage of a conflict is redundant. Many outlets report the same limited set of happenings
// (an attack, an arrest, a meeting), each in its own words and for days, and the same people repeat the
// same positions across outlets. A corpus where every article invents its own events would give the
// pipeline nothing to merge, and a dossier with one event page per sentence. So events live here, once,
// and articles draw the ones near their publication date.
//
// Determinism: event k depends only on (seed, k). Article i may only draw from the first visibleEvents(i)
// events, a window that grows with i (about i/4), so a corpus of N articles reports roughly N/4 distinct
// happenings and article i still depends only on (seed, i), never on N. The pool is sized for
// POOL_ARTICLES articles; bigger corpora reuse it.

import { type Rng, makeRng, mixSeed, int, pick, chance, pickSkewed } from './rng.ts';
import type { Cast, Person, Org, Place } from './cast.ts';
import * as L from './lexicon.ts';

export const POOL_ARTICLES = 10_000;
export const POOL_SIZE = POOL_ARTICLES / 4;
/** Events visible to the first articles (so early articles still have neighbours to report). */
const WINDOW_BASE = 12;
const DAY_MS = 86_400_000;

export type WorldEventType =
  | 'attack' | 'killing' | 'arrest' | 'meeting' | 'visit' | 'protest' | 'agreement' | 'kidnapping' | 'release' | 'deployment';

export type Actor = { kind: 'person'; p: Person } | { kind: 'org'; o: Org };

export type StatementKind = 'condemn' | 'demand' | 'threat' | 'deny' | 'blame' | 'welcome';

/** A position someone took about an event; each article words it its own way. */
export interface Statement {
  speaker: Person;
  kind: StatementKind;
  /** Kind-specific content: a demand, an action, a condition, an accused organisation. */
  slot: string;
  slot2: string;
  org: Org | null;
}

export interface WorldEvent {
  k: number;
  type: WorldEventType;
  /** UTC midnight of the day it happened. */
  day: number;
  agent: Actor;
  patient: Actor | null;
  place: Place;
  /** Casualties, arrests, troops, protesters ... depending on the type. */
  number: number;
  topic: L.Topic;
  issue: string;
  statements: Statement[];
}

export interface World {
  start: number;
  days: number;
  events: WorldEvent[];
}

const TYPES: WorldEventType[] = [
  'attack', 'attack', 'attack', 'killing', 'arrest', 'arrest', 'meeting', 'meeting', 'visit', 'protest', 'protest',
  'agreement', 'kidnapping', 'release', 'deployment',
];

const groups = (cast: Cast): Org[] => cast.orgs.filter((o) => o.kind === 'group');
const states = (cast: Cast): Org[] => cast.orgs.filter((o) => o.kind === 'ministry' || o.kind === 'agency');

function makeEvent(cast: Cast, seed: number, k: number, start: number, days: number): WorldEvent {
  const rng = makeRng(mixSeed(seed, k, 0xe7e7));
  const type = pick(rng, TYPES);
  const day = start + int(rng, 0, days - 1) * DAY_MS;
  const topic = pick(rng, L.TOPICS);
  const place = pickSkewed(rng, cast.places, 1.6);
  const person = (): Person => pickSkewed(rng, cast.people, 1.8);
  const minor = (): Person => pick(rng, cast.people);
  const grp = (): Org => pickSkewed(rng, groups(cast), 1.4);
  const st = (): Org => pickSkewed(rng, states(cast), 1.4);
  const P = (p: Person): Actor => ({ kind: 'person', p });
  const O = (o: Org): Actor => ({ kind: 'org', o });
  let agent: Actor;
  let patient: Actor | null = null;
  let number = 0;
  switch (type) {
    case 'attack': agent = O(grp()); patient = O(st()); number = int(rng, 2, 19); break;
    case 'killing': agent = O(grp()); patient = P(minor()); number = 1; break;
    case 'arrest': agent = O(st()); patient = P(minor()); number = int(rng, 2, 14); break;
    case 'meeting': {
      const a = person();
      let b = person();
      if (b === a) b = cast.people[(a.id + 1) % cast.people.length];
      agent = P(a); patient = P(b); number = 0; break;
    }
    case 'visit': agent = P(person()); number = 0; break;
    case 'protest': agent = O(pickSkewed(rng, cast.orgs.filter((o) => o.kind !== 'ministry'), 1.4)); number = int(rng, 2, 40) * 100; break;
    case 'agreement': {
      const a = pickSkewed(rng, cast.orgs, 1.5);
      let b = pick(rng, cast.orgs);
      if (b === a) b = cast.orgs[(a.id + 1) % cast.orgs.length];
      agent = O(a); patient = O(b); break;
    }
    case 'kidnapping': agent = O(grp()); patient = P(minor()); number = 0; break;
    case 'release': agent = O(grp()); patient = P(minor()); number = int(rng, 3, 60); break;
    default: agent = O(st()); number = int(rng, 2, 30) * 50; break;
  }
  // Statements about the event: the people the press goes back to for a reaction.
  const statements: Statement[] = [];
  const nst = int(rng, 1, 3);
  for (let s = 0; s < nst; s++) {
    const kind: StatementKind = pick(rng, type === 'meeting' || type === 'agreement' || type === 'release' || type === 'visit'
      ? ['welcome', 'demand', 'welcome', 'threat']
      : ['condemn', 'demand', 'threat', 'deny', 'blame', 'condemn']);
    const speaker = kind === 'deny' && agent.kind === 'person' ? agent.p : person();
    const org = kind === 'blame' ? (agent.kind === 'org' ? agent.o : grp()) : kind === 'deny' && agent.kind === 'org' ? agent.o : null;
    const slot = kind === 'threat' ? pick(rng, topic.actions) : kind === 'demand' ? pick(rng, topic.demands) : pick(rng, topic.issues);
    const slot2 = pick(rng, topic.conditions);
    statements.push({ speaker, kind, slot, slot2, org });
  }
  return { k, type, day, agent, patient, place, number, topic, issue: pick(rng, topic.issues), statements };
}

/** Corpus time span: 12-24 months, seed-dependent, so dates are spread like a real collection. */
export function span(seed: number): { start: number; days: number } {
  const r = makeRng(mixSeed(seed, 0xda7e));
  const start = Date.UTC(2019 + int(r, 0, 3), int(r, 0, 11), 1);
  return { start, days: int(r, 365, 730) };
}

const worlds = new Map<string, World>();
export function buildWorld(seed: number, cast: Cast): World {
  const key = String(seed);
  let w = worlds.get(key);
  if (!w) {
    const { start, days } = span(seed);
    const events: WorldEvent[] = [];
    for (let k = 0; k < POOL_SIZE; k++) events.push(makeEvent(cast, seed, k, start, days));
    w = { start, days, events };
    worlds.set(key, w);
  }
  return w;
}

/** How many pool events article i may report (grows with i, so N articles report ~N/4 events). */
export function visibleEvents(i: number): number {
  return Math.min(POOL_SIZE, WINDOW_BASE + Math.floor(i / 4));
}

/**
 * The events article i reports: a lead event (its publication date follows it by 0-2 days) and 2-5 others
 * from the weeks before, weighted to recent ones and to the lead's topic. Returns the events (lead first)
 * and the publication timestamp.
 */
export function drawEvents(rng: Rng, world: World, i: number): { events: WorldEvent[]; pub: number } {
  const v = visibleEvents(i);
  // Half the leads come from the newest quarter of the window, so new happenings get covered too.
  const k = chance(rng, 0.5) ? int(rng, Math.floor((v * 3) / 4), v - 1) : int(rng, 0, v - 1);
  const lead = world.events[k];
  const pub = lead.day + int(rng, 0, 2) * DAY_MS + int(rng, 5, 22) * 3_600_000 + int(rng, 0, 59) * 60_000;
  const want = int(rng, 2, 5);
  const picked: WorldEvent[] = [lead];
  for (const horizon of [45, 120]) {
    const cands: { e: WorldEvent; w: number }[] = [];
    for (let j = 0; j < v; j++) {
      const e = world.events[j];
      if (picked.includes(e)) continue;
      const age = (pub - e.day) / DAY_MS;
      if (age < 0 || age > horizon) continue;
      cands.push({ e, w: (1 / (1 + age / 7)) * (e.topic === lead.topic ? 3 : 1) });
    }
    while (picked.length - 1 < want && cands.length) {
      let total = 0;
      for (const c of cands) total += c.w;
      let r = rng() * total;
      let idx = 0;
      while (idx < cands.length - 1 && (r -= cands[idx].w) > 0) idx++;
      picked.push(cands[idx].e);
      cands.splice(idx, 1);
    }
    if (picked.length - 1 >= 2) break;
  }
  return { events: picked, pub };
}
