// Who did it, to whom, where: the agents, patients and places of one trigger, from the sentence's
// mentions by the trigger's shape — a noun phrase ("the US strike on X"), a passive ("X was arrested by
// Y") or an active verb (subject before, object after) — with "he", "the prime minister" and "then"
// resolved to the article's earlier subject, the one holder of the role, or the sentence's last agent.
import { ANAPHORIC_SUBJECT, MODIFIER_SUFFIX, ROLE_SUBJECT } from '../../language/lexicon/events.ts';
import type { Found } from '../../language/event-triggers.ts';
import type { Reading } from '../../language/clause.ts';
import type { LocalEntity, Mention } from '../../lib/types.ts';

/** A mention in a sentence (offsets into the sentence). */
interface M {
  start: number;
  end: number;
  entity: string;
  type: Mention['type'];
}
export type { M as SentenceMention };

/** What the participant rules read: the sentence, its mentions, and who earlier text made the subject. */
export interface ParticipantScope {
  s: string;
  ms: M[];
  entities: LocalEntity[];
  /** The first actor of the latest earlier sentence that had one ("he", "the group" point back to it). */
  previousSubject: string | null;
  /** The first agent of the latest earlier trigger in this sentence ("... and then seized"). */
  lastAgent: string | null;
  /** Every trigger of the sentence. */
  triggers: Found[];
  /** The sentence's paragraph (0 = the lead). */
  paragraph: number;
  /** The sentence's clause reading (made on first use: only sentences with a verb trigger need it). */
  reading?: Reading;
  /** The article's shared reading of this sentence (readings.ts), when the caller has one: read once for every stage. */
  sharedReading?: () => Reading | null;
}

const PLACE_PREP = /\b(?:in|near|at|into|across|through|outside|inside|around|from|of|to|on|over)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;

// Plain functions, not per-trigger closures: a closure per call is costly (and tsx names each one).
function inSeg(m: M, seg: [number, number]): boolean {
  return m.start >= seg[0] && m.end <= seg[1] + 1;
}
export function isPlacePP(m: M, s: string): boolean {
  return m.type === 'place' && PLACE_PREP.test(s.slice(Math.max(0, m.start - 30), m.start));
}

const ADVERB_OR_AUX = /^(?:then|also|later|again|subsequently|soon|has|had|have|was|were|is|are|will|would|[a-z]+ly)$/i;
/** Does a new noun phrase start in `gap` (text between a mention and a trigger) after a coordinator? */
function newSubjectBetween(gap: string): boolean {
  const m = /\b(?:and|with|while|but|when|whereas|as|after|before|because|since|where|although|though)\s+((?:[\w’'-]+\s+){1,5})$/i.exec(gap);
  if (!m) return false;
  return !m[1].trim().split(/\s+/).every((w) => ADVERB_OR_AUX.test(w));
}

/** A mention can be the subject of a trigger at `at` if it is not a modifier ("Iran-backed") and no
 * other noun phrase starts between them ("X ... and the prime minister deploying"). */
function canBeSubject(m: M, s: string, at: number): boolean {
  return !MODIFIER_SUFFIX.test(s.slice(m.end, m.end + 12)) && !newSubjectBetween(s.slice(m.end, at));
}

/** The single entity of the article whose roles include `role` ("prime minister"), else null. */
function roleHolder(role: string, entities: LocalEntity[]): string | null {
  const r = role.toLowerCase().replace(/\s+/g, ' ').trim();
  const holders = entities.filter((e) => e.type === 'person' && e.roles.some((x) => x.toLowerCase().endsWith(r)));
  return holders.length === 1 ? holders[0].key : null;
}

/** The agents, patients and places of trigger `trig` in clause `seg` (with repeats; the caller dedupes). */
export function participantsOf(sc: ParticipantScope, trig: Found, seg: [number, number]): { agents: string[]; patients: string[]; places: string[] } {
  const { s, ms } = sc;
  const before = ms.filter((m) => m.end <= trig.index);
  const after = ms.filter((m) => m.start >= trig.end);
  const agents: string[] = [];
  const patients: string[] = [];
  const places: string[] = [];
  if (trig.form === 'noun') {
    // "<agent's> <modifier> strike on/against/of <patient>": agent inside the noun phrase before
    const np = s.slice(Math.max(seg[0], trig.index - 40), trig.index);
    const npStart = trig.index - np.length;
    const det = np.search(/\b(?:a|an|the)\s+(?:[\w-]+\s+){0,4}$/i);
    for (const m of before) if (m.start >= (det >= 0 ? npStart + det : trig.index - 25) && m.type !== 'place') agents.push(m.entity);
    for (const m of before) if (m.start >= (det >= 0 ? npStart + det : trig.index - 25) && m.type === 'place' && !agents.length) agents.push(m.entity);
    const ofTail = s.slice(trig.end, seg[1]);
    // the noun's own phrase ends at a relative clause or a new clause
    const stop = /\b(?:who|which|that|after|before|when|while|because)\b|[,;]/.exec(ofTail);
    const npEnd = stop ? trig.end + stop.index : seg[1] + 1;
    for (const m of after) {
      if (m.start > npEnd) break;
      if (isPlacePP(m, s) && !/\b(?:of|on|against)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, m.start - 12), m.start))) places.push(m.entity);
      else if (/^\s*(?:of|on|against|targeting|with)\b/i.test(ofTail) || m.start - trig.end < 50) patients.push(m.entity);
    }
    if (agents.length === 0 && /\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i.test(s.slice(Math.max(0, trig.index - 30), trig.index)) && sc.previousSubject) agents.push(sc.previousSubject);
    if (agents.length === 0 && !trig.background) {
      const subj = before.filter((m) => m.type !== 'place' && inSeg(m, seg)).pop();
      if (subj && /\b(?:carried\s+out|launched|staged|conducted|claimed|ordered|made|held|had|began|signed|reached)\s+(?:\w+\s+){0,3}$/i.test(s.slice(subj.end, trig.index))) agents.push(subj.entity);
    }
  } else if (trig.passive) {
    for (const m of before) if (inSeg(m, seg) || m.start >= seg[0] - 80) (isPlacePP(m, s) ? places : patients).push(m.entity);
    const by = /^\s+(?:\w+\s+){0,3}?by\s+/i.exec(s.slice(trig.end));
    for (const m of after) {
      if (m.start > seg[1] + 1) break;
      if (by && m.start >= trig.end + by[0].length - 1 && m.start < trig.end + by[0].length + 40 && !isPlacePP(m, s)) agents.push(m.entity);
      else if (m.type === 'place') places.push(m.entity);
      else if (/\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(s.slice(trig.end, m.start)) && m.start - trig.end < 20) agents.push(m.entity); // "killed in a US drone strike"
    }
  } else {
    // active: subject before, object after
    const segBefore = s.slice(seg[0], trig.index);
    const rev = [...before].reverse();
    // A mention is the subject only if no other noun phrase starts between it and the trigger
    // ("X ... and the prime minister deploying") and it is not a modifier ("Iran-backed").

    const role = ROLE_SUBJECT.exec(s.slice(Math.max(seg[0], trig.index - 60), trig.index));
    const subj = role
      ? undefined
      : (rev.find((m) => inSeg(m, seg) && trig.index - m.end < 60 && !isPlacePP(m, s) && canBeSubject(m, s, trig.index)) ??
        rev.find((m) => m.type !== 'place' && inSeg(m, seg) && canBeSubject(m, s, trig.index)) ??
        (ANAPHORIC_SUBJECT.test(segBefore) || /^\s*(?:then|and|also)\b/i.test(segBefore) ? undefined : rev.find((m) => m.type !== 'place' && canBeSubject(m, s, trig.index))));
    if (role) {
      // "the prime minister": the one person of the article holding that role, or nobody
      const holder = roleHolder(role[1], sc.entities);
      if (holder) agents.push(holder);
    } else if (subj) agents.push(subj.entity);
    else if (sc.lastAgent && /^\s*(?:then|and|also|but)\b/i.test(segBefore)) agents.push(sc.lastAgent);
    else if (ANAPHORIC_SUBJECT.test(segBefore) || /^\s*["“]/.test(s)) {
      if (sc.previousSubject) agents.push(sc.previousSubject);
    }
    for (const m of after) {
      if (m.start > seg[1] + 1 && patients.length + places.length > 0) break;
      if (m.start - trig.end > 120) break;
      if (isPlacePP(m, s)) places.push(m.entity);
      else patients.push(m.entity);
    }
  }
  // Places mentioned anywhere in the clause with a locative preposition.
  for (const m of ms) if (inSeg(m, seg) && isPlacePP(m, s)) places.push(m.entity);
  return { agents, patients, places };
}
