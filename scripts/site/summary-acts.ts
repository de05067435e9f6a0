// The material of the summary: who acts against whom (acts), and what happened when (happenings), each
// with the evidence it rests on. Acts come from the dossier's relation records; claims whose speaker the
// sources only describe ("Pro-Iran forces accuse ...") and, for a dossier from before relation records,
// hostile claims and events add theirs. A happening is an event, or a hostile claim with no event told in
// its sentence; it is dated by its event, else by the report that carries it, and worded as a whole clause.
import path from 'node:path';
import type { ActorRecord, ClaimRecord, Dossier, EventRecord, SourceRecord } from '../lib/types.ts';
import { persistentMemo, type MemoKeys, type PersistentMemo } from './persistent-memo.ts';
import { codeVersion } from '../lib/code-version.ts';
import { eventPath, sentenceHref } from './addresses.ts';
import { claimClause, eventWording, withoutAsides, type EventWording } from './summary-clauses.ts';
import { inSentence, numberOf, simplePast, typographicKey, type GrammaticalNumber } from './prose.ts';
import type { RelationKind } from '../lib/types.ts';
import type { Speaker } from './speakers.ts';
import type { Evidence } from './summary-text.ts';
import { dateText } from './summary-text.ts';

/** Someone acting or acted on: an actor, or a party the sources only describe. */
const SPEECH_EVENT = new Set(['statement', 'threat']);
const UNNAMED_KEY = 'label:an unnamed source';

/**
 * True when a party is described as the other's ally ("Iran-backed militias", "pro-Iran forces" and Iran):
 * such a party acting against its backer is a misread target, not a finding the summary can state.
 */
export function backedBy(party: string, other: string): boolean {
  if (party === other) return false;
  let pattern = backerPattern.get(other);
  if (pattern === undefined) {
    const name = other.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = name ? new RegExp(`(?:\\bpro-${name}\\b|\\b${name}-(?:backed|aligned|allied|funded|sponsored|linked)\\b)`, 'i') : null;
    if (backerPattern.size >= 10_000) backerPattern.clear();
    backerPattern.set(other, pattern);
  }
  return pattern !== null && pattern.test(party);
}
/** The pattern of each party's backers, made once: every act is checked against the name of its target. */
const backerPattern = new Map<string, RegExp | null>();

export interface Party {
  /** Actor id, or "label:<key>" for a described party. */
  key: string;
  text: string;
  number: GrammaticalNumber;
  /** The actor's page (a described party's group page), or null. */
  href: string | null;
  /** True for an actor of the dossier named as itself. */
  named: boolean;
  /** The actor's type, for "the United States" (prose.ts inSentence). */
  type?: string;
  /** For a described party who speaks for a group ("a spokesman for X"): the group's name, which tables and
   * lists that gather parties use. */
  groupName?: string;
}

/** A party's name where parties are gathered (tables, lists): a described member under its group's name. */
export const gatheredName = (p: Party): string => p.groupName ?? p.text;

export interface Act {
  kind: RelationKind;
  from: Party;
  to: Party;
  /** One per happening: the same act told by copies of a report, or by several reports, counts once. */
  unit: string;
  reports: string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when undated. */
  date: string | null;
  evidence: Evidence[];
  /** The verb as the sources write it, when known ("accused", "was arrested by"). */
  verb?: string;
}

export interface Happening {
  key: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when undated. */
  date: string | null;
  /** What it is: an event type, or the kind of a claim. */
  type: string;
  /** Positive: escalation; negative: de-escalation (see HOSTILITY). */
  hostility: number;
  reports: number;
  /** The clause that tells it, without its date ("the brigade carried out an attack"); null if only a phrase can. */
  clause: string | null;
  /** A noun phrase for it ("the targeted killing of X"); null for a claim or a clause title. */
  phrase: string | null;
  /** Who it is against. */
  targets: Party[];
  evidence: Evidence[];
}

/** How much a happening escalates (negative: calms) a confrontation, by event type and act kind. */
export const HOSTILITY: Record<string, number> = {
  attack: 3, strike: 3, killing: 3, kidnapping: 2.5, arrest: 1.5, threat: 1.5, deployment: 1, protest: 0.5,
  release: -1, agreement: -2, meeting: -0.5, visit: 0, statement: 0, other: 0,
  attacks: 3, arrests: 1.5, threatens: 1.5, sanctions: 1.5, accuses: 1, condemns: 0.5, demands: 0.5,
  accusation: 1, threat_claim: 1.5, warning: 0.5, demand: 0.5, responsibility: 2, denial: 0,
};
const CLAIM_ACT: Record<string, RelationKind> = { accusation: 'accuses', threat: 'threatens', warning: 'threatens', demand: 'demands' };
const EVENT_ACT: Record<string, RelationKind> = { attack: 'attacks', strike: 'attacks', killing: 'attacks', kidnapping: 'attacks', arrest: 'arrests', threat: 'threatens' };
/** Claims the narrative tells: those that accuse, threaten, warn, demand, deny or claim responsibility. */
const TOLD_CLAIMS = new Set(['accusation', 'threat', 'warning', 'demand', 'responsibility', 'denial']);

export interface SummaryMaterial {
  acts: Act[];
  happenings: Happening[];
  /** The party of each claim's speaker, by claim id. */
  speakerParty: Map<string, Party>;
  /** The clause of each claim that can be told whole, by claim id. */
  claimClauses: Map<string, string>;
  /** How each event is worded, by event id. */
  wording: Map<string, EventWording>;
}

export interface MaterialInput {
  dossier: Dossier;
  speakers: Map<string, Speaker>;
  outlets: Set<string>;
  /** A claim's source sentence, labelled with its outlet. */
  claimEvidence(c: ClaimRecord): Evidence;
  /** Remembers claim clauses by their inputs, between builds (claimClauseMemo); by default within this call only. */
  clauses?: ClauseMemo;
}

/**
 * Exactly what claimClause reads of a claim and its speaker: the sentence, the claim's words, whether they
 * are quoted, its kind, how the speaker is named in the sentence, whether as a name, the words after the
 * description ("for X"; null for a name) and the names the sentence may use for the speaker. A missing
 * field is null, as it is once read back from the memo's file.
 */
export type ClauseInputs = [sentence: string | null, text: string | null, direct: boolean | null, kind: string | null, speaker: string | null, named: boolean, suffix: string | null, names: (string | null)[]];

/** A memo of claimClause: the clause for exactly these inputs, else `compute()`. */
export type ClauseMemo = Pick<PersistentMemo<string | null, ClauseInputs>, 'get'>;

const isText = (v: unknown) => v === null || typeof v === 'string';
/** Clause inputs are found by their sentence, then compared field by field (no key is serialised). */
const CLAUSE_KEYS: MemoKeys<ClauseInputs> = {
  bucket: (k) => k[0] ?? '',
  same: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[4] === b[4] && a[5] === b[5] && a[6] === b[6] && a[7].length === b[7].length && a[7].every((n, i) => n === b[7][i]),
  valid: (k): k is ClauseInputs =>
    Array.isArray(k) && k.length === 8 && isText(k[0]) && isText(k[1]) && (k[2] === null || typeof k[2] === 'boolean') && isText(k[3]) && isText(k[4]) && typeof k[5] === 'boolean' && isText(k[6]) && Array.isArray(k[7]) && k[7].every(isText),
};
/** The form of the memo's keys, part of its file's name: a log of another form is not read. */
const CLAUSE_KEY_FORM = 'inputs';

/** claimClause's memo in `<cacheDir>/memo` (none without a cache folder), valid for the code that words claims. */
export function claimClauseMemo(cacheDir: string | null): PersistentMemo<string | null, ClauseInputs> {
  const valid = (v: unknown): v is string | null => v === null || typeof v === 'string';
  const version = `${codeVersion(new URL('./summary-clauses.ts', import.meta.url).href)}-${CLAUSE_KEY_FORM}`;
  return persistentMemo(cacheDir ? path.join(cacheDir, 'memo') : null, 'claim-clauses', version, valid, CLAUSE_KEYS);
}

const outletLabel = (s: SourceRecord | undefined, fallback: string) => s?.outlet || (s?.title && s.title.length <= 40 ? s.title : null) || fallback;

/** When each report was published: its earliest dated copy, else the latest precise date of the events it tells. */
function reportDates(dossier: Dossier): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of dossier.sources ?? []) {
    const d = s.published ?? s.date_reference?.to ?? null;
    if (d && (!out.get(s.report) || d < out.get(s.report)!)) out.set(s.report, d);
  }
  const reportOf = new Map((dossier.sources ?? []).map((s) => [s.id, s.report]));
  const latestEvent = new Map<string, string>();
  for (const e of dossier.events ?? []) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) continue;
    for (const src of e.sources ?? []) {
      const r = reportOf.get(src);
      if (r && (!latestEvent.get(r) || e.date > latestEvent.get(r)!)) latestEvent.set(r, e.date);
    }
  }
  for (const [r, d] of latestEvent) if (!out.has(r)) out.set(r, d);
  return out;
}

export function summaryMaterial(input: MaterialInput): SummaryMaterial {
  const { dossier, speakers, outlets } = input;
  const actorById = new Map((dossier.actors ?? []).map((a) => [a.id, a]));
  const sourceById = new Map((dossier.sources ?? []).map((s) => [s.id, s]));
  const reportOf = (src: string) => sourceById.get(src)?.report ?? src;
  // an actor is the party of many claims and acts: its party (and the number its name takes) is made once
  const parties = new Map<string, Party>();
  const actorParty = (a: ActorRecord): Party => {
    let p = parties.get(a.id);
    if (p === undefined) parties.set(a.id, (p = { key: a.id, text: a.name, number: numberOf(a.name, { named: true, type: a.type }), href: a.url_path, named: true, type: a.type }));
    return p;
  };
  const visible = (id: string | null | undefined): ActorRecord | null => {
    const a = id ? actorById.get(id) : undefined;
    return a && !outlets.has(a.id) ? a : null;
  };
  const speakerParty = new Map<string, Party>();
  // many claims share a description ("a spokesman"): its key is made once
  const labelKeys = new Map<string, string>();
  const labelKey = (label: string) => {
    let k = labelKeys.get(label);
    if (k === undefined) labelKeys.set(label, (k = `label:${typographicKey(label)}`));
    return k;
  };
  for (const c of dossier.claims ?? []) {
    const sp = speakers.get(c.id);
    if (!sp) continue;
    const group = sp.actor ? actorById.get(sp.actor) : undefined;
    speakerParty.set(
      c.id,
      sp.forGroup || !group
        ? { key: group ? group.id : labelKey(sp.label), text: sp.text, number: sp.number, href: group?.url_path ?? null, named: false, ...(group ? { groupName: group.name, type: group.type } : {}) }
        : actorParty(group),
    );
  }
  const eventsAt = new Map<string, EventRecord[]>();
  for (const e of dossier.events ?? []) for (const a of e.accounts ?? []) {
    const k = `${a.source}#${a.sentence_n}`;
    const at = eventsAt.get(k);
    if (at) at.push(e);
    else eventsAt.set(k, [e]);
  }
  const dates = reportDates(dossier);
  const claimDate = (c: ClaimRecord): string | null => {
    // The date of the speaking itself (a statement or threat event of the same sentence), never that of an
    // event the claim talks about ("accuse him of complicity in the killing" is not dated by the killing).
    const e = (eventsAt.get(`${c.source}#${c.sentence_n}`) ?? []).find((x) => /^\d{4}/.test(x.date) && SPEECH_EVENT.has(x.type));
    return e?.date ?? dates.get(reportOf(c.source))?.slice(0, 7) ?? null;
  };
  const eventEvidence = (e: EventRecord): Evidence => ({ label: dateText(e.date) || 'event', href: e.url_path || eventPath(e.id) });

  // Claims worded as whole clauses (one per cluster: the wording of the best-placed copy).
  const claimClauses = new Map<string, string>();
  // Copies of a report repeat a claim word for word: its clause is made once (claimClause reads only these).
  const clauses = input.clauses ?? persistentMemo(null, 'claim-clauses', '', (v): v is string | null => true, CLAUSE_KEYS);
  const inSentenceOf = new Map<Party, string>();
  const namedInSentence = (p: Party) => {
    let t = inSentenceOf.get(p);
    if (t === undefined) inSentenceOf.set(p, (t = inSentence(p.text, p.type)));
    return t;
  };
  for (const c of dossier.claims ?? []) {
    const sp = speakers.get(c.id);
    const party = speakerParty.get(c.id);
    // a speaker the sources do not name (or name with words that describe no one) gets no clause of its own
    if (!sp || !party || party.key === UNNAMED_KEY) continue;
    const suffix = party.text.startsWith(sp.label) ? party.text.slice(sp.label.length) : '';
    const speaker = party.named ? { text: namedInSentence(party), number: party.number, named: true } : { text: party.text, number: party.number, named: false, suffix };
    const key: ClauseInputs = [c.sentence ?? null, c.text ?? null, c.direct ?? null, c.kind ?? null, speaker.text ?? null, speaker.named, 'suffix' in speaker ? (speaker.suffix ?? null) : null, sp.names.every((n) => typeof n === 'string') ? sp.names : sp.names.map((n) => n ?? null)];
    const clause = clauses.get(key, () => claimClause(c, speaker, sp.names));
    if (clause) claimClauses.set(c.id, clause);
  }
  const wording = new Map<string, EventWording>();
  for (const e of dossier.events ?? []) {
    const agents = (e.agents ?? []).map((id) => visible(id)).filter((a): a is ActorRecord => !!a).map((a) => ({ text: inSentence(a.name, a.type), names: [a.name, ...(a.aliases ?? [])] }));
    const patients = (e.patients ?? []).map((id) => visible(id)).filter((a): a is ActorRecord => !!a).map((a) => ({ text: inSentence(a.name, a.type), names: [a.name, ...(a.aliases ?? [])] }));
    wording.set(e.id, eventWording(e, agents, patients));
  }

  const acts = actsOf(input, { actorById, actorParty, visible, speakerParty, claimDate, eventEvidence, reportOf });
  const happenings = happeningsOf(dossier, { claimClauses, wording, speakerParty, claimDate, eventEvidence, eventsAt, acts, claimEvidence: input.claimEvidence, reportOf });
  return { acts, happenings, speakerParty, claimClauses, wording };
}

interface ActHelpers {
  actorById: Map<string, ActorRecord>;
  actorParty(a: ActorRecord): Party;
  visible(id: string | null | undefined): ActorRecord | null;
  speakerParty: Map<string, Party>;
  claimDate(c: ClaimRecord): string | null;
  eventEvidence(e: EventRecord): Evidence;
  reportOf(src: string): string;
}

const PREPOSITION = /\s(?:for|of|over|about|towards?|with|in|on|at|from|after|since|despite|unless|if|because|against|amid|during|than|like|as)\s/i;
/**
 * The targets a claim is aimed at: those its words name before any preposition ("Marek for his stance
 * towards the US" is aimed at Marek, not the US), asides dropped; targets the words do not name (resolved
 * from a description) are kept.
 */
function directTargets(c: ClaimRecord, actorById: Map<string, ActorRecord>): string[] {
  const text = ` ${withoutAsides(c.text ?? '')} `;
  const cut = PREPOSITION.exec(text.slice(1));
  const head = loose(cut ? text.slice(0, cut.index + 1) : text);
  const all = loose(text);
  return [...new Set(c.targets ?? [])].filter((id) => {
    const a = actorById.get(id);
    if (!a) return false;
    const names = [a.name, ...(a.aliases ?? [])].map(loose);
    return names.some((n) => head.includes(n)) || !names.some((n) => all.includes(n));
  });
}
const loose = (t: string) => typographicKey(t);

/** An event's patients its title names as such (not as a possessive: "Iran's general" is not Iran). */
function titledPatients(e: EventRecord, actorById: Map<string, ActorRecord>): string[] {
  const title = loose(e.title ?? '');
  return [...new Set(e.patients ?? [])].filter((id) => {
    const a = actorById.get(id);
    return !!a && [a.name, ...(a.aliases ?? [])].some((n) => {
      const k = loose(n);
      const at = title.indexOf(k);
      return at >= 0 && !/^'s\b/.test(title.slice(at + k.length));
    });
  });
}

/** Who acts against whom: relation records first, then what claims (and, without records, events) add. */
function actsOf(input: MaterialInput, h: ActHelpers): Act[] {
  const { dossier } = input;
  const acts: Act[] = [];
  const claimById = new Map((dossier.claims ?? []).map((c) => [c.id, c]));
  const eventById = new Map((dossier.events ?? []).map((e) => [e.id, e]));
  const records = Array.isArray(dossier.relations);
  const sourceById = new Map((dossier.sources ?? []).map((s) => [s.id, s]));
  for (const r of dossier.relations ?? []) {
    const from = h.visible(r.from);
    const to = h.visible(r.to);
    if (!from || !to || from.id === to.id) continue;
    const claim = r.claim ? claimById.get(r.claim) : undefined;
    const event = r.event ? eventById.get(r.event) : undefined;
    acts.push({
      kind: r.kind,
      from: h.actorParty(from),
      to: h.actorParty(to),
      unit: event ? `e:${event.id}` : claim ? `c:${claim.cluster}` : `r:${r.from}|${r.kind}|${r.to}|${h.reportOf(r.source)}`,
      reports: [h.reportOf(r.source)],
      date: event?.date ?? (claim ? h.claimDate(claim) : null),
      evidence: [{ label: outletLabel(sourceById.get(r.source), r.source), href: sentenceHref(r.source, r.sentence_n) }],
      verb: r.verb,
    });
  }
  for (const c of dossier.claims ?? []) {
    const kind = CLAIM_ACT[c.kind];
    if (!kind || (c.kind === 'warning' && !(c.targets ?? []).length)) continue;
    // With relation records, a named speaker's acts are in them; a described speaker's are added here.
    if (records && c.speaker && h.visible(c.speaker)) continue;
    const from = h.speakerParty.get(c.id);
    if (!from || from.key === 'label:an unnamed source') continue;
    for (const t of directTargets(c, h.actorById)) {
      const to = h.visible(t);
      if (!to || to.id === from.key) continue;
      acts.push({ kind, from, to: h.actorParty(to), unit: `c:${c.cluster || c.id}`, reports: [h.reportOf(c.source)], date: h.claimDate(c), evidence: [input.claimEvidence(c)] });
    }
  }
  if (!records) {
    for (const e of dossier.events ?? []) {
      const kind = EVENT_ACT[e.type];
      if (!kind) continue;
      for (const a of new Set(e.agents ?? [])) for (const p of titledPatients(e, h.actorById)) {
        const from = h.visible(a);
        const to = h.visible(p);
        if (!from || !to || from.id === to.id) continue;
        acts.push({ kind, from: h.actorParty(from), to: h.actorParty(to), unit: `e:${e.id}`, reports: [...new Set((e.sources ?? []).map(h.reportOf))], date: e.date, evidence: [h.eventEvidence(e)] });
      }
    }
  }
  return acts.filter((x) => !backedBy(x.from.text, x.to.text));
}

interface HappeningHelpers {
  claimClauses: Map<string, string>;
  wording: Map<string, EventWording>;
  speakerParty: Map<string, Party>;
  claimDate(c: ClaimRecord): string | null;
  eventEvidence(e: EventRecord): Evidence;
  claimEvidence(c: ClaimRecord): Evidence;
  eventsAt: Map<string, EventRecord[]>;
  acts: Act[];
  reportOf(src: string): string;
}

/** Events, and the hostile claims no event of their sentence tells, as happenings (one per claim cluster). */
function happeningsOf(dossier: Dossier, h: HappeningHelpers): Happening[] {
  const targetsOf = new Map<string, Map<string, Party>>();
  for (const a of h.acts) {
    const m = targetsOf.get(a.unit) ?? new Map<string, Party>();
    m.set(a.to.key, a.to);
    targetsOf.set(a.unit, m);
  }
  const out: Happening[] = [];
  // A hostile claim told in an event's sentence words that event when its clause is whole and the title is not.
  const claimOfEvent = new Map<string, ClaimRecord>();
  const clusters = new Map<string, ClaimRecord[]>();
  for (const c of dossier.claims ?? []) {
    if (!TOLD_CLAIMS.has(c.kind)) continue;
    const cs = clusters.get(c.cluster || c.id);
    if (cs) cs.push(c);
    else clusters.set(c.cluster || c.id, [c]);
  }
  for (const [cluster, cs] of clusters) {
    // The claim tells its sentence's event only when its speaker does the event ("Roe has warned" told by
    // his warning); a claim about an event ("accuse him of complicity in the killing") leaves it to its title.
    const doneBySpeaker = (c: ClaimRecord, e: EventRecord) => (e.agents ?? []).includes(h.speakerParty.get(c.id)?.key ?? '');
    const withEvent = cs
      .map((c) => ({ c, e: (h.eventsAt.get(`${c.source}#${c.sentence_n}`) ?? []).find((e) => doneBySpeaker(c, e)) }))
      .find((x): x is { c: ClaimRecord; e: EventRecord } => !!x.e);
    if (withEvent) {
      if (h.claimClauses.has(withEvent.c.id) && !claimOfEvent.has(withEvent.e.id)) claimOfEvent.set(withEvent.e.id, withEvent.c);
      continue;
    }
    const told = cs.find((c) => h.claimClauses.has(c.id));
    if (!told) continue;
    const kind = told.kind === 'threat' ? 'threat_claim' : told.kind;
    out.push({
      key: `c:${cluster}`,
      date: h.claimDate(told),
      type: told.kind,
      hostility: (HOSTILITY[kind] ?? 0) * (told.targets?.length || told.kind === 'responsibility' ? 1 : 0.5),
      reports: Math.max(...cs.map((c) => c.independent_reports)),
      clause: simplePast(h.claimClauses.get(told.id)!),
      phrase: null,
      targets: [...(targetsOf.get(`c:${cluster}`)?.values() ?? [])],
      evidence: firstEvidence(cs, h.claimEvidence),
    });
  }
  for (const e of dossier.events ?? []) {
    if (!/^\d{4}/.test(e.date ?? '')) continue;
    const w = h.wording.get(e.id) ?? { clause: null, phrase: null };
    const claim = claimOfEvent.get(e.id);
    // a bare title ("Jane Roe has warned") says less than the claim its sentence reports
    const told = claim ? simplePast(h.claimClauses.get(claim.id)!) : null;
    const clause = told && (!w.clause || w.clause.split(' ').length <= 5) ? told : w.clause ?? told;
    out.push({
      key: `e:${e.id}`,
      date: e.date,
      type: e.type,
      hostility: HOSTILITY[e.type] ?? 0,
      reports: e.independent_reports,
      clause,
      phrase: clause ? null : w.phrase,
      targets: [...(targetsOf.get(`e:${e.id}`)?.values() ?? [])],
      evidence: uniqueEvidence([h.eventEvidence(e), ...(claim ? [h.claimEvidence(claim)] : [])]),
    });
  }
  return out.sort((a, b) => byDate(a.date, b.date) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** uniqueEvidence of the claims' evidence, made only for the claims up to the last one kept (a cluster has many copies). */
function firstEvidence(claims: ClaimRecord[], evidenceOf: (c: ClaimRecord) => Evidence): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const c of claims) {
    const e = evidenceOf(c);
    if (seen.has(e.href)) continue;
    seen.add(e.href);
    out.push(e);
    if (out.length === 4) break;
  }
  return out;
}

function uniqueEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.href) ? false : (seen.add(e.href), true))).slice(0, 4);
}

/** Dates in order, the undated last; a month before the days of that month. */
export function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

/** How much a happening matters for the prose: how hostile (or calming) it is, and how widely reported. */
export function significance(h: Happening): number {
  return (Math.abs(h.hostility) + 0.5) * (1 + 0.5 * Math.min(4, h.reports - 1)) + (h.clause ? 0.25 : 0);
}
