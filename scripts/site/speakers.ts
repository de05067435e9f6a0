// Who speaks: a claim's speaker as the pages name and link it. A named speaker is its actor. A speaker the
// source only describes is kept in its own words ("Pro-Iran forces", "a masked fighter"), and linked to a
// group when the text says whose it is: the group named in the description ("members of the Brigade"), or
// a spokesperson, member or commander of a group the sentence names ("the Brigade ..., with a spokesman
// urging ...", "the Brigade's spokesman", "a spokesman for the Brigade"). The group's page then lists what
// its spokesperson said.
import type { ActorRecord, ClaimRecord, Dossier } from '../lib/types.ts';
import { describedParty, numberOf, typographicKey, UNNAMED, type GrammaticalNumber } from './prose.ts';

export interface Speaker {
  /** Actor id of the speaker, or of the group a described speaker speaks for; null when unknown. */
  actor: string | null;
  /** True when `actor` is the group the described speaker belongs to, not the speaker. */
  forGroup: boolean;
  /** How prose names the speaker: "Jane Roe", "a spokesman for Kataib Hezbollah", "Pro-Iran forces". */
  text: string;
  /** The words of the description (or name) alone, without the group: "a spokesman". */
  label: string;
  number: GrammaticalNumber;
  /** The names a sentence may use for the speaker (label, name, aliases): to find it in the sentence. */
  names: string[];
}

/** Heads of descriptions of someone who speaks for a group. */
const AGENT_OF_GROUP = /\b(?:spokes(?:man|woman|person|men|women|people)|representatives?|officials?|members?|commanders?|leaders?|fighters?|militants?|militiam[ae]n|gunmen|envoys?|negotiators?|statement)\b/i;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where a name is written in a text (word boundaries, typography aside); -1 when it is not. */
function indexOfName(text: string, name: string): number {
  const t = keyOf(text);
  const n = keyOf(name);
  if (n.length < 2) return -1;
  // a name not in the text at all is not in it on word boundaries either
  if (!t.includes(n)) return -1;
  let re = namePattern.get(n);
  if (!re) {
    if (namePattern.size >= MEMO_LIMIT) namePattern.clear();
    namePattern.set(n, (re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${escapeRe(n)})(?![\\p{L}\\p{N}])`, 'u')));
  }
  const m = re.exec(t);
  return m ? m.index + m[0].length - m[1].length : -1;
}
/** Each organisation's names are looked for in many sentences and labels: their keys and patterns are made once. */
const MEMO_LIMIT = 20_000;
const keys = new Map<string, string>();
const namePattern = new Map<string, RegExp>();
function keyOf(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    if (keys.size >= MEMO_LIMIT) keys.clear();
    keys.set(text, (k = typographicKey(text)));
  }
  return k;
}

export interface SpeakerInput {
  dossier: Dossier;
  /** "<source>#<n>" -> actor ids named in that sentence (mentions.ts); without it every organisation is looked for. */
  actorsInSentence?: Map<string, string[]>;
  /** Outlets are never the group a speaker speaks for. */
  outlets?: Set<string>;
}

/** The speaker of every claim, by claim id. */
export function claimSpeakers({ dossier, actorsInSentence, outlets }: SpeakerInput): Map<string, Speaker> {
  const actors = new Map((dossier.actors ?? []).map((a) => [a.id, a]));
  const organisations = (dossier.actors ?? []).filter((a) => a.type === 'organization' && !outlets?.has(a.id));
  const out = new Map<string, Speaker>();
  // many claims share a description ("a spokesman"): it is read once
  const descriptions = new Map<string, ReturnType<typeof describedParty>>();
  const describe = (label: string) => {
    let d = descriptions.get(label);
    if (d === undefined) descriptions.set(label, (d = describedParty(label)));
    return d;
  };
  // a named actor speaks in many claims: the number its name takes is found once
  const numbers = new Map<string, GrammaticalNumber>();
  const numberOfActor = (a: ActorRecord) => {
    let n = numbers.get(a.id);
    if (n === undefined) numbers.set(a.id, (n = numberOf(a.name, { named: true, type: a.type })));
    return n;
  };
  // by sentence, then by description and the actors the sentence names (compared as they are, no key serialised)
  const groups = new Map<string, { label: string; speakerLabel: string | null; inSentence: string[] | null; found: { group: ActorRecord | null; text: string } }[]>();
  for (const c of dossier.claims ?? []) {
    const named = c.speaker ? actors.get(c.speaker) : undefined;
    if (named) {
      out.set(c.id, {
        actor: named.id,
        forGroup: false,
        text: named.name,
        label: named.name,
        number: numberOfActor(named),
        names: [c.speaker_label, named.name, ...(named.aliases ?? [])],
      });
      continue;
    }
    const described = describe(c.speaker_label ?? '');
    if (!described) {
      out.set(c.id, { actor: null, forGroup: false, text: UNNAMED.text, label: UNNAMED.text, number: 'singular', names: [c.speaker_label].filter(Boolean) });
      continue;
    }
    const inSentence = actorsInSentence ? (actorsInSentence.get(`${c.source}#${c.sentence_n}`) ?? []) : null;
    // copies of a report repeat a claim word for word: its group is found once (groupOf reads only these)
    const sentence = c.sentence ?? '';
    const speakerLabel = c.speaker_label ?? null;
    let seen = groups.get(sentence);
    if (!seen) groups.set(sentence, (seen = []));
    let found = seen.find((g) => g.label === described.text && g.speakerLabel === speakerLabel && sameList(g.inSentence, inSentence))?.found;
    if (found === undefined) {
      const candidates = inSentence ? [...new Set(inSentence)].map((id) => actors.get(id)).filter((a): a is ActorRecord => !!a && a.type === 'organization' && !outlets?.has(a.id)) : organisations;
      found = speakerGroup(c, described.text, candidates);
      seen.push({ label: described.text, speakerLabel, inSentence, found });
    }
    const { group, text } = found;
    out.set(c.id, {
      actor: group?.id ?? null,
      forGroup: !!group,
      text,
      label: described.text,
      number: described.number,
      names: [c.speaker_label, described.text].filter(Boolean),
    });
  }
  return out;
}

const sameList = (a: string[] | null, b: string[] | null) => a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

/** The group a described speaker (`label`) speaks for, and how prose names the speaker with it. */
function speakerGroup(c: ClaimRecord, label: string, candidates: ActorRecord[]): { group: ActorRecord | null; text: string } {
  const group = groupOf(c, label, candidates);
  const inLabel = group ? indexOfName(label, group.name) >= 0 || (group.aliases ?? []).some((al) => indexOfName(label, al) >= 0) : false;
  const text = group && !inLabel ? `${label} ${/^(?:members?|fighters?|militants?|leaders?|commanders?)\b/i.test(label.replace(/^(?:an?|the|one|another|several|some)\s+/i, '')) ? 'of' : 'for'} ${group.name}` : label;
  return { group, text };
}

/** The group a described speaker speaks for, from the description itself or its sentence; null when the text does not say. */
function groupOf(c: ClaimRecord, label: string, candidates: ActorRecord[]): ActorRecord | null {
  // 1. the group is named in the description: "members of the Brigade", "a Brigade commander"
  let best: { a: ActorRecord; len: number } | null = null;
  for (const a of candidates) {
    for (const n of [a.name, ...(a.aliases ?? [])]) {
      if (n.length > (best?.len ?? 0) && indexOfName(label, n) >= 0) best = { a, len: n.length };
    }
  }
  if (best) return best.a;
  if (!AGENT_OF_GROUP.test(label)) return null;
  // 2. the sentence says whose: "the Brigade's spokesman", "a spokesman for the Brigade", or the group is the
  // subject the description's clause hangs on ("The Brigade, ..., has piled on the pressure, with a spokesman urging")
  const s = c.sentence ?? '';
  const at = indexOfName(s, c.speaker_label ?? label);
  if (at < 0) return null;
  const key = keyOf(s);
  let subject: { a: ActorRecord; at: number } | null = null;
  for (const a of candidates) {
    for (const n of [a.name, ...(a.aliases ?? [])]) {
      const p = indexOfName(s, n);
      if (p < 0) continue;
      const nk = keyOf(n);
      const around = key.slice(Math.max(0, p - 3), p + nk.length + 40);
      if (new RegExp(`^(?:.{0,3})${escapeRe(nk)}(?:'s)?\\s+(?:\\p{L}+\\s+)?spokes`, 'u').test(around) && Math.abs(p - at) < 60) return a;
      if (new RegExp(`(?:spokes\\p{L}+|representatives?|officials?)\\s+(?:for|of)\\s+(?:the\\s+)?${escapeRe(nk)}`, 'u').test(key) && p > at) return a;
      if (p < at && p <= 4 && (!subject || p < subject.at)) subject = { a, at: p };
    }
  }
  return subject?.a ?? null;
}
