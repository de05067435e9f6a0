// Relations stated by a sentence's grammar: a clause whose verb is hostile ("X attacked Y", "Y was
// arrested by X", voice handled), a light verb with a hostile object ("X launched an offensive against
// Y"), and a hostile noun with its owner and target ("X's strikes on Y", "the attack by X on Y"). The
// agent is the doer of the clause, never a name borrowed from elsewhere in the sentence: an unnamed or
// missing doer gives no relation. Negated, hypothetical and future acts are not acts.
import { doer, undergoer, type Clause, type NounPhrase, type Phrase, type Reading } from '../../language/clause.ts';
import { ARBITER_ACTS, HOSTILE_NOUNS, HOSTILE_VERBS, LIGHT_VERBS, NAMING_VERBS, NEEDS_PREP, PATIENT_PREPS, PHRASAL_HOSTILE, PREP_RELATIONS, THREAT_ACTS, WEAPON_NOUNS } from '../../language/lexicon/hostile.ts';
import { objectJudged } from './judgements.ts';
import type { ArticleRelation, RelationKind } from '../../lib/types.ts';
import { ownerOf, referents, type ArticleScope } from '../referents.ts';
import { isParty } from './from-claims.ts';

/** A relation as this stage finds it: the article's record (LocalEntity keys at both ends). */
export type RelationDraft = ArticleRelation;

/** Cheap test before a sentence is read: a hostile verb or noun stem somewhere in it. */
export const HOSTILE_CUE =
  /\b(?:airstrik|air strik|gunfire|counter-?attack|counter-?offensive|retaliat|lash|crack(?:s|ed|ing)? down|took aim|tak(?:e|es|ing) aim|attack|fight|fought|oust|toppl|overthr|repel|strik|struck|shell|bomb|target|raid|storm|assault|ambush|kill|assassin|murder|shot|shoot|besieg|invad|invasion|occup|overr|massacr|wound|injur|behead|kidnap|abduct|pound|hit|fire[ds]?\b|down|intercept|blockad|encircl|tortur|execut|arrest|detain|detention|apprehend|jail|impris|captur|seiz|extradit|deport|sanction|blacklist|bann?(?:ed|ing|s)?\b|outlaw|proscri|froze|freez|terror|fine[ds]?\b|penali|expel|condemn|denounc|decr[iy]|deplor|critici|slam|lambast|castigat|censur|rebuk|accus|blam|charg|indict|sue[ds]?\b|prosecut|impeach|threat|warn|demand|urg|press|summon|order|call|appeal|offensive|operation|campaign|incursion|war\b|siege|onslaught|crackdown|warrant|proceedings|ultimatum|impos|custod|outrag|reckless|unacceptab|irresponsib|unfit|shame|disgrac|appall|barbar|coward|heinous|abhorr|despic|reprehens|inexcus|unjustif|indefens|disproportion|brutal|senseless|provocat|destabili|criminal|illegal|unlawful|scandal|treacher|corrupt|atroc)/i;

/** Verbs that put someone on a list: "designated X a terrorist organisation". */
const LISTING_VERBS = new Set(['designate', 'list', 'declare', 'classify', 'blacklist']);

/** Light verbs that ask for what their object names ("sought an arrest warrant against X": a charge). */
const SEEKING = new Set(['apply', 'seek', 'request']);

/** Verbs whose object may be what is thrown at the target ("fired rockets at X", "lobbed shells into X"). */
const PROJECTING = new Set(['fire', 'launch', 'drop', 'lob', 'hurl', 'throw', 'shoot', 'rain']);

/** Verbs whose content is an allegation or a denial, not a fact the sentence states. */
const ALLEGING = new Set(['accuse', 'blame', 'charge', 'suspect', 'convict', 'indict', 'allege', 'deny', 'reject', 'dismiss', 'acquit', 'clear', 'absolve']);
const inside = (host: Clause, c: Clause) => !!host.content && host.content.start <= c.verb.start && c.verb.end <= host.content.end;

/** Words before a verb that say its subject held back from the act, or is told to ("failed to condemn",
 * "stopped short of condemning", "refrained from criticising", "without blaming", "warned X against
 * attacking Y", "urged X to stop attacking Y": whose attack, and whether it happens, is not stated). */
const HELD_BACK = /\b(?:fail(?:s|ed|ing)?|declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|hesitat(?:e|es|ed|ing)|reluctant|unwilling|from|avoid(?:s|ed|ing)?|short\s+of|without|instead\s+of|rather\s+than|against|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|quit)\s+(?:to\s+)?(?:\w+ly\s+)?$/i;

/** An act its subject held back from (an infinitive or -ing verb right after "failed to", "short of" ...). */
export function heldBack(r: Reading, c: Clause): boolean {
  return (c.verb.form === 'infinitive' || c.verb.form === 'ing') && HELD_BACK.test(r.text.slice(Math.max(0, c.verb.start - 40), r.tokens[c.verb.head].start));
}

/** Acts that did not happen: "did not attack", "if they attack", "will attack" (a threat, not an attack). */
function notAnAct(c: Clause, kind: RelationKind): boolean {
  if (c.verb.negated) return true;
  if (c.marker === 'if' || c.marker === 'unless' || c.marker === 'whether') return true;
  const future = c.verb.tense === 'future' || c.verb.tense === 'modal';
  if (future && (kind === 'attacks' || kind === 'arrests' || kind === 'sanctions')) return true;
  if (c.verb.form === 'infinitive') return true;
  return false;
}

function verbText(c: Clause): string {
  return c.verb.voice === 'passive' && c.agent ? `${c.verb.text} by` : c.verb.text;
}

/** Relations of the clauses of sentence `n`. */
export function clauseRelations(sc: ArticleScope, n: number, r: Reading): RelationDraft[] {
  const out: RelationDraft[] = [];
  // only attacks (and arrests) are made on places; accusations, threats and demands are aimed at parties
  const add = (kind: RelationKind, from: string[], to: string[], verb: string) => {
    for (const a of from) for (const b of to) if (a !== b && (kind === 'attacks' || kind === 'arrests' || isParty(sc, b))) out.push({ kind, from: a, to: b, sentence: n, verb, claim: null });
  };
  for (const c of r.clauses) {
    const lemma = c.verb.lemma;
    if (heldBack(r, c)) continue;
    // "accused X of killing Y", "denied attacking Y": an alleged or denied act is not stated as done
    if (c.parent >= 0 && ALLEGING.has(r.clauses[c.parent].verb.lemma) && inside(r.clauses[c.parent], c)) continue;
    // "called the launch outrageous", "described X as reckless": the doer of what is judged is condemned
    if (NAMING_VERBS.has(lemma) && c.verb.voice === 'active' && !c.verb.negated && objectJudged(r, c)) {
      const agents = referents(sc, n, r, doer(c), 'agent');
      add('condemns', agents, referents(sc, n, r, c.object, 'patient', agents), c.verb.text);
      continue;
    }
    // "designated X a terrorist organisation", "listed X as a terrorist group": a sanction
    if (LISTING_VERBS.has(lemma) && c.verb.voice === 'active' && c.object && !notAnAct(c, 'sanctions') && /^,?\s*(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:terrorist|terror)\b/i.test(r.text.slice(c.object.end, c.object.end + 40))) {
      const agents = referents(sc, n, r, doer(c), 'agent');
      add('sanctions', agents, referents(sc, n, r, c.object, 'patient', agents), c.verb.text);
      continue;
    }
    const prepKind = PREP_RELATIONS[lemma];
    if (prepKind) {
      // "called on X to ...", "appealed to X to ..."
      const preps = NEEDS_PREP[lemma] ?? [];
      const target = c.complements.find((q) => preps.includes(q.prep));
      if (target && !c.verb.negated && c.content?.kind === 'to' && !asArbiter(r, c)) {
        const agents = referents(sc, n, r, doer(c), 'agent');
        add(prepKind, agents, referents(sc, n, r, target.phrase, 'patient', agents), `${c.verb.text} ${target.prep}`);
      } else if (!c.verb.negated) haltDemanded(sc, n, r, c, add); // "called for an end to X's attacks"
      continue;
    }
    if (custody(sc, n, r, c, add) || received(sc, n, r, c, add)) continue;
    // "lashed out at X", "took aim at X", "struck back at X", "cracked down on X"
    const word = c.verb.particle ?? r.tokens[c.verb.last + 1]?.lower ?? '';
    const phrasal = PHRASAL_HOSTILE[`${lemma} ${word}`];
    if (phrasal && c.verb.voice === 'active') {
      const target = c.complements.find((q) => phrasal.preps.includes(q.prep));
      const means = c.complements.find((q) => q.prep === 'with')?.phrase.members[0];
      // "would hit back at X", "will retaliate against X": a threat, not yet an act
      const future = (c.verb.tense === 'future' || c.verb.tense === 'modal') && THREAT_ACTS.has(lemma);
      const kind = future ? 'threatens' : (means && HOSTILE_NOUNS[r.tokens[means.head].lower]) || phrasal.kind;
      const agents = target && kind && !notAnAct(c, kind) ? referents(sc, n, r, doer(c), 'agent') : [];
      if (agents.length && kind) add(kind, agents, referents(sc, n, r, target!.phrase, 'patient', agents), c.verb.particle ? c.verb.text : `${c.verb.text} ${word}`);
      continue;
    }
    // "The GNA has been under attack by Kowal's forces": the subject is attacked
    const under = c.complements.find((q) => q.prep === 'under' && HOSTILE_NOUNS[r.tokens[q.phrase.members[0].head].lower] === 'attacks');
    if (under && !c.verb.negated && (lemma === 'be' || lemma === 'come' || lemma === 'remain' || lemma === 'stay')) {
      const noun = under.phrase.members[0];
      const by = noun.pps.find((q) => q.prep === 'by' || q.prep === 'from') ?? c.complements.find((q) => q.prep === 'by' || q.prep === 'from');
      if (by) {
        const agents = referents(sc, n, r, 'members' in by.phrase ? by.phrase : asPhrase(by.phrase), 'agent');
        add('attacks', agents, referents(sc, n, r, c.subject, 'patient', agents), `under ${r.tokens[noun.head].text} by`);
      }
      continue;
    }
    if (LIGHT_VERBS.has(lemma) && c.verb.voice === 'active' && (c.object || (lemma === 'apply' && c.complements[0]?.prep === 'for'))) {
      lightVerb(sc, n, r, c, add);
      continue;
    }
    if ((LIGHT_VERBS.has(lemma) || lemma === 'place') && c.verb.voice === 'passive' && c.subject && c.agent && !c.verb.negated) {
      // "Sanctions against X were placed by Y", "Sanctions were imposed on X by Y"
      const noun = c.subject.members[0];
      const kind = HOSTILE_NOUNS[r.tokens[noun.head].lower];
      if (kind) {
        const agents = referents(sc, n, r, c.agent, 'agent');
        const own = noun.pps.find((q) => PATIENT_PREPS.has(q.prep));
        const target = own ? asPhrase(own.phrase) : (c.complements.find((q) => PATIENT_PREPS.has(q.prep))?.phrase ?? null);
        let patients = referents(sc, n, r, target, 'patient', agents);
        // "X was arrested ... in accordance with a warrant issued by Y": the warrant is for the one arrested
        if (!patients.length && kind === 'arrests') {
          const hosts = r.clauses.filter((h) => h !== c && HOSTILE_VERBS[h.verb.lemma] === 'arrests' && h.verb.voice === 'passive' && h.verb.end <= c.subject!.start);
          const host = hosts.length === 1 ? hosts[0] : undefined;
          if (host) patients = referents(sc, n, r, host.subject, 'patient', agents);
        }
        add(kind, agents, patients, `${c.verb.text} by`);
      }
      continue;
    }
    // "X was hit with sanctions by Y", "hit X with fresh charges": the act the with-noun names
    const means = lemma === 'hit' || lemma === 'slap' ? c.complements.find((q) => q.prep === 'with')?.phrase.members[0] : undefined;
    const kind = (means && HOSTILE_NOUNS[r.tokens[means.head].lower]) || HOSTILE_VERBS[lemma];
    if (!kind || notAnAct(c, kind) || ambiguousPronoun(sc, n, r, c)) continue;
    const agents = referents(sc, n, r, doer(c), 'agent');
    if (!agents.length) agents.push(...joiners(sc, n, r, c));
    if (!agents.length) continue;
    let patient: Phrase | null = undergoer(c);
    const needs = NEEDS_PREP[lemma];
    const objectHead = patient ? r.tokens[patient.members[0].head].lower : '';
    if (needs || (patient && WEAPON_NOUNS.has(objectHead) && PROJECTING.has(lemma) && c.verb.particle !== 'down')) {
      // "fired on the convoy", "fired rockets at the embassy"
      patient = c.complements.find((q) => (needs ?? [...PATIENT_PREPS]).includes(q.prep))?.phrase ?? null;
    }
    if (!patient && (kind === 'condemns' || kind === 'accuses' || kind === 'threatens' || kind === 'demands')) {
      // "warned against X": the against-complement
      patient = c.complements.find((q) => q.prep === 'against')?.phrase ?? null;
    }
    if (kind === 'demands' && lemma !== 'urge' && lemma !== 'summon' && !(c.content?.kind === 'to')) {
      haltDemanded(sc, n, r, c, add); // "demanded a halt to X's actions": X is asked to stop
      continue; // "demanded the release of X": X is not asked
    }
    if (kind === 'demands' && asArbiter(r, c)) continue;
    let patients = referents(sc, n, r, patient, 'patient', agents);
    if (!patients.length && patient && kind === 'attacks') patients = locatedIn(sc, n, r, patient, c);
    add(kind === 'arrests' ? seizedKind(sc, n, r, lemma, patient) : kind, agents, patients, verbText(c));
  }
  for (const np of r.phrases) nominal(sc, n, r, np, add);
  return out;
}

/** Words that open a clause told against the one before it ("X attacked Y after it seized Z"). */
const TIME_MARKERS = new Set(['after', 'before', 'when', 'as', 'because', 'since', 'until', 'while', 'once']);

/** "X attacked Y after it seized Z": "it" may be X or Y, both named things in the clause before, so
 * who seized Z is not told. */
function ambiguousPronoun(sc: ArticleScope, n: number, r: Reading, c: Clause): boolean {
  const s = c.subject;
  if (!s || s.first !== s.last || !/^(?:it|they)$/.test(r.tokens[s.first].lower) || !c.marker || !TIME_MARKERS.has(c.marker)) return false;
  const host = [...r.clauses].reverse().find((h) => h !== c && h.verb.end <= s.start && h.subject && h.object);
  if (!host) return false;
  const things = (p: Phrase | null) => referents(sc, n, r, p, 'agent').filter((k) => sc.entities.get(k)?.type !== 'person');
  return things(host.subject).length > 0 && things(host.object).length > 0;
}

/** What is seized, when it is not the one named: assets (a sanction) or posts and towns (an attack). */
const SEIZED_ASSETS = new Set('assets asset property properties funds accounts reserves tanker tankers vessel vessels ship ships cargo shipment shipments'.split(' '));

const SEIZED_GROUND = new Set('posts post outposts outpost bases base positions position town towns city cities village villages territory territories area areas airport port building buildings headquarters checkpoint checkpoints camp camps hill hills border crossing crossings district districts province region control'.split(' '));

/** "seized X" arrests X; "seized X's assets" sanctions X; "seized X's posts", "captured the town of X" attacks X. */
function seizedKind(sc: ArticleScope, n: number, r: Reading, lemma: string, patient: Phrase | null): RelationKind {
  const m = patient?.members[0];
  if ((lemma !== 'seize' && lemma !== 'capture') || !m) return 'arrests';
  const head = r.tokens[m.head];
  const named = (sc.mentions.get(n) ?? []).find((x) => x.start <= head.start && head.end <= x.end);
  if (named) return sc.entities.get(named.entity)?.type === 'place' ? 'attacks' : 'arrests';
  if (SEIZED_ASSETS.has(head.lower)) return 'sanctions';
  return SEIZED_GROUND.has(head.lower) ? 'attacks' : 'arrests';
}

/** "X joined a growing number of countries who have condemned Y": whoever joins those who act acts too. */
function joiners(sc: ArticleScope, n: number, r: Reading, c: Clause): string[] {
  if (!c.relative || !c.subject) return [];
  const host = r.clauses.find((p) => p.verb.lemma === 'join' && p.verb.voice === 'active' && !p.verb.negated && p.object && p.object.start <= c.subject!.start && c.subject!.end <= p.object.end);
  return host ? referents(sc, n, r, host.subject, 'agent') : [];
}

/** "urged the council to investigate the incident": the one asked is to judge or act on a third party's
 * doing, an arbiter rather than the one the demand is aimed at. */
export function asArbiter(r: Reading, c: Clause): boolean {
  const content = c.content;
  if (!content || content.kind !== 'to') return false;
  const act = r.clauses.find((d) => d !== c && d.verb.form === 'infinitive' && content.start <= d.verb.start && d.verb.end <= content.end);
  return !!act && ARBITER_ACTS.has(act.verb.lemma);
}

/** Nouns of stopping: whoever does what is to be stopped is the one asked. */
const HALT_NOUNS = new Set(['halt', 'end', 'stop', 'cessation', 'suspension']);

/** "demanded (for) an immediate halt to the actions of X", "called for an end to X's attacks": X. */
function haltDemanded(sc: ArticleScope, n: number, r: Reading, c: Clause, add: Add): void {
  const asked = c.object ?? c.complements.find((q) => q.prep === 'for')?.phrase;
  const m = asked?.members[0];
  if (!m || !HALT_NOUNS.has(r.tokens[m.head].lower)) return;
  const what = m.pps.find((q) => q.prep === 'to' || q.prep === 'of');
  if (!what) return;
  const agents = referents(sc, n, r, doer(c), 'agent');
  if (!agents.length) return;
  add('demands', agents, referents(sc, n, r, asPhrase(what.phrase), 'patient', agents), `${c.verb.text}${c.object ? '' : ' for'} ${r.tokens[m.head].text} ${what.prep}`);
}

/**
 * "X was surrendered to the custody of Y", "handed X over into Y's custody", "X was taken into custody by
 * Y": Y holds X, an arrest (whoever hands X over is not the one who holds X).
 */
function custody(sc: ArticleScope, n: number, r: Reading, c: Clause, add: Add): boolean {
  const into = c.complements.find((q) => (q.prep === 'to' || q.prep === 'into' || q.prep === 'in') && r.tokens[q.phrase.members[0].head].lower === 'custody');
  if (!into || c.verb.negated || notAnAct(c, 'arrests')) return false;
  const noun = into.phrase.members[0];
  const of = noun.pps.find((q) => q.prep === 'of');
  const holder = of ? asPhrase(of.phrase) : noun.possessor ? possessorPhrase(r, noun) : c.verb.voice === 'passive' ? c.agent : null;
  const held = c.verb.voice === 'passive' ? c.subject : c.object;
  const holders = referents(sc, n, r, holder, 'agent');
  if (holders.length) add('arrests', holders, referents(sc, n, r, held, 'patient', holders), `${c.verb.text} ${into.prep} custody`);
  return true;
}

/** Verbs whose subject undergoes what their object names: "X received a fine from Y". */
const RECEIVING = new Set(['receive', 'get', 'face', 'incur']);
/** Nouns that carry what their of-phrase names: "notification of the fines". */
const NOTICE_NOUNS = new Set(['notification', 'notice', 'notices', 'letter', 'letters', 'word']);

/** "X received a fine from Y", "got death threats from Y", "received notification of the charges from Y":
 * Y does it to X. */
function received(sc: ArticleScope, n: number, r: Reading, c: Clause, add: Add): boolean {
  if (!RECEIVING.has(c.verb.lemma) || c.verb.voice !== 'active' || c.verb.negated || !c.object || !c.subject) return false;
  let noun = c.object.members[0];
  const carried = NOTICE_NOUNS.has(r.tokens[noun.head].lower) ? noun.pps.find((q) => q.prep === 'of') : undefined;
  if (carried) noun = carried.phrase;
  const kind = HOSTILE_NOUNS[r.tokens[noun.head].lower];
  if (!kind) return false;
  const from = [...c.object.members[0].pps, ...noun.pps].find((q) => q.prep === 'from');
  const by = from ? asPhrase(from.phrase) : c.complements.find((q) => q.prep === 'from')?.phrase;
  if (!by) return false;
  const agents = referents(sc, n, r, by, 'agent');
  if (agents.length) add(kind, agents, referents(sc, n, r, c.subject, 'patient', agents), `${c.verb.text} ${r.tokens[noun.head].text} from`);
  return true;
}

/** The possessor of a noun phrase ("the Court's" of "the Court's custody") as an argument. */
function possessorPhrase(r: Reading, np: NounPhrase): Phrase | null {
  const p = np.possessor;
  const base = p ? r.phrases.find((q) => q.first === p.first) : undefined;
  return base ? asPhrase(base) : null;
}

/** A base noun phrase as a one-member argument. */
function asPhrase(p: NounPhrase): Phrase {
  return { start: p.start, end: p.end, first: p.first, last: p.last, text: p.text, members: [p], link: 'single' };
}

type Add = (kind: RelationKind, from: string[], to: string[], verb: string) => void;

/** Nouns of a number of acts: "a wave of strikes", "a series of raids". */
const SERIES_NOUNS = new Set(['wave', 'waves', 'series', 'string', 'spate', 'round', 'rounds', 'salvo', 'flurry']);

/** "launched an offensive against X", "carried out strikes on X", "imposed sanctions on X". */
function lightVerb(sc: ArticleScope, n: number, r: Reading, c: Clause, add: Add): void {
  // "threatened to impose sanctions on X", "vowed to launch an offensive": an act still to come, not done
  if (c.verb.negated || c.marker === 'if' || c.marker === 'unless' || c.verb.form === 'infinitive') return;
  // "applied for an arrest warrant against X"
  let obj = (c.object ?? c.complements[0].phrase).members[0];
  // "launched a fresh wave of strikes on X": the act is the of-noun
  const series = SERIES_NOUNS.has(r.tokens[obj.head].lower) ? obj.pps.find((q) => q.prep === 'of') : undefined;
  if (series) obj = series.phrase;
  const noun = r.tokens[obj.head].lower;
  let kind = HOSTILE_NOUNS[noun];
  if (!kind) return;
  // a warrant asked for is a charge; one issued or obtained, an arrest
  if (noun === 'warrant' && SEEKING.has(c.verb.lemma)) kind = 'accuses';
  if ((c.verb.tense === 'future' || c.verb.tense === 'modal') && kind !== 'threatens') return;
  const agents = referents(sc, n, r, c.subject, 'agent');
  if (!agents.length) return;
  // "ordered the arrest of X": the one an arrest is of
  const own = obj.pps.find((q) => PATIENT_PREPS.has(q.prep) || (kind === 'arrests' && q.prep === 'of' && noun !== 'warrant'));
  const pp = own ? { prep: own.prep, phrase: asPhrase(own.phrase) } : c.complements.find((q) => PATIENT_PREPS.has(q.prep));
  const patient = pp ? pp.phrase : null;
  let patients = referents(sc, n, r, patient, 'patient', agents);
  // "a warrant for his arrest", "a warrant for the arrest of X"
  const forArrest = noun === 'warrant' && !patients.length ? (obj.pps.find((q) => q.prep === 'for') ?? c.complements.find((q) => q.prep === 'for' && q.phrase.members[0] !== obj)) : undefined;
  if (forArrest) {
    const a = 'members' in forArrest.phrase ? forArrest.phrase.members[0] : forArrest.phrase;
    if (HOSTILE_NOUNS[r.tokens[a.head].lower] === 'arrests') {
      const of = a.pps.find((q) => q.prep === 'of');
      const whose = of ? referents(sc, n, r, asPhrase(of.phrase), 'patient', agents) : [];
      const own2 = !whose.length && a.possessor ? ownerOf(sc, n, r, a) : null;
      patients = own2 ? [own2] : whose;
    } else patients = referents(sc, n, r, 'members' in forArrest.phrase ? forArrest.phrase : asPhrase(forArrest.phrase), 'patient', agents); // "a warrant for X"

  }
  if (!patients.length && patient && kind === 'attacks') patients = locatedIn(sc, n, r, patient, c);
  add(kind, agents, patients, `${c.verb.text}${c.object ? '' : ' for'} ${r.text.slice(r.tokens[obj.first].start, r.tokens[obj.head].end)}${pp ? ` ${pp.prep}` : ''}`);
}

/** "Kowal's strikes on Tripoli", "the attack by X on Y", "the arrest of Y by X". */
function nominal(sc: ArticleScope, n: number, r: Reading, np: NounPhrase, add: Add): void {
  const noun = r.tokens[np.head].lower;
  const kind = HOSTILE_NOUNS[noun];
  if (!kind || kind === 'threatens' || kind === 'condemns') return;
  const by = np.pps.find((q) => q.prep === 'by' || q.prep === 'from');
  // "the arrest of X", "his arrest", "the X arrest": the one named with an arrest or a killing undergoes it
  const undergone = kind === 'arrests' || noun === 'killing' || noun === 'assassination';
  // the doer: "by X", or the owner of an attack ("Kowal's strikes", "the SAF attack", "Indian incursion")
  let agents = by ? referents(sc, n, r, asPhrase(by.phrase), 'agent') : [];
  if (!agents.length && !undergone && (np.possessor || np.head > np.first)) {
    const own = ownerOf(sc, n, r, np);
    agents = own ? [own] : [];
  }
  if (!agents.length) return;
  const on = np.pps.find((q) => PATIENT_PREPS.has(q.prep) || (q.prep === 'of' && undergone));
  let patients = on ? referents(sc, n, r, asPhrase(on.phrase), 'patient', agents) : [];
  if (!patients.length && on && kind === 'attacks') patients = placeOf(sc, n, r, on.phrase);
  if (!patients.length && undergone && (np.possessor || np.head > np.first)) {
    const own = ownerOf(sc, n, r, np);
    if (own) patients = [own];
  }
  if (!patients.length) return;
  add(kind, agents, patients.filter((p) => !agents.includes(p)), `${r.text.slice(np.start, r.tokens[np.head].end)}${on ? ` ${on.prep}` : ''}`);
}

/** Parts of a town or country: attacking them is attacking the place they are in. */
const AREA_NOUNS = new Set('neighbourhood neighbourhoods neighborhood neighborhoods area areas district districts quarter quarters suburb suburbs village villages town towns city cities street streets home homes house houses market markets region regions province provinces territory territories outskirts centre center country'.split(' '));

/** "attacked residential neighbourhoods in the city of X", "an attack inside their country": an unnamed
 * part of a place attacked is the place attacked (a convoy or a base in X is not X). */
function locatedIn(sc: ArticleScope, n: number, r: Reading, patient: Phrase, c: Clause): string[] {
  const m = patient.members[patient.members.length - 1];
  if (!AREA_NOUNS.has(r.tokens[m.head].lower)) return [];
  const own = m.pps.find((q) => q.prep === 'in' || q.prep === 'inside');
  const where = own ? own.phrase : c.complements.find((q) => q.prep === 'in' || q.prep === 'inside')?.phrase.members[0];
  return where ? inPlace(sc, n, r, where) : [];
}

/** The same for a noun's target: "the attack on residential neighbourhoods in the city of X". */
function placeOf(sc: ArticleScope, n: number, r: Reading, target: NounPhrase): string[] {
  if (!AREA_NOUNS.has(r.tokens[target.head].lower)) return [];
  const where = target.pps.find((q) => q.prep === 'in' || q.prep === 'inside')?.phrase;
  return where ? inPlace(sc, n, r, where) : [];
}

/** The named place of "in the city of X" / "in X". */
function inPlace(sc: ArticleScope, n: number, r: Reading, where: NounPhrase): string[] {
  const inner = where.pps.find((q) => q.prep === 'of')?.phrase ?? where;
  const keys = referents(sc, n, r, asPhrase(inner), 'patient');
  return keys.filter((k) => sc.entities.get(k)?.type === 'place');
}
