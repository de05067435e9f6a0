// A speaker the text gives only as a description of one person ("the government's interior minister",
// "the high-ranking military official") is the person the text names as speaking just around it: the
// named speaker of the claim before, in the same stretch of paragraphs ("X said ... . The official went
// on to say ..."), or, when the description comes first, the person introduced by name as the next
// speaker ("..., said the interior minister. Speaking on TV, X said ..."); a private person's description
// ("the former consultant") with no one named around it is the article's main person. Only when that
// person's known roles do not contradict the description.
import { ROLE_SYNONYMS } from '../../language/lexicon/speech.ts';
import { mentionsIn, segAt } from './doc.ts';
import type { ClaimDraft, Ctx } from './context.ts';
import { wordRe } from './text.ts';

/** Heads of a description of one person who speaks for an office or a body. */
const PERSON_HEADS = new Set('spokesman spokeswoman spokesperson official minister commander general leader officer envoy ambassador diplomat secretary chief prosecutor governor mayor president premier colonel'.split(' '));
/** Heads that describe one private person, the kind a story is about ("the former consultant"). */
const PRIVATE_HEADS = new Set('man woman consultant businessman businesswoman executive boss founder tycoon entrepreneur billionaire'.split(' '));
/** Heads that fit anyone who speaks officially, whatever their title. */
const ANY_TITLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official']);
/** How many paragraphs apart the description and the named speaker may be. */
const REACH = 2;

/** The head noun of a one-person description ("the government's interior minister" -> "minister"), or null. */
function describedHead(label: string): string | null {
  if (!/^the\s/i.test(label) || /\b(?:and|or)\b|,/.test(label)) return null;
  const head = label.split(/\s(?:of|at|in|from|with|for|who|on)\s/)[0].trim().split(/\s+/).pop()!.toLowerCase();
  return PERSON_HEADS.has(head) || PRIVATE_HEADS.has(head) ? head : null;
}

/** Whether what the text says of person `key` (their roles) names the description's head. */
function named(ctx: Ctx, key: string, head: string): boolean {
  const syns = ROLE_SYNONYMS[head] ?? [head];
  return (ctx.doc.entities.get(key)?.roles ?? []).some((r) => syns.some((s) => wordRe(s, 'i', true).test(r)));
}

/** The person spoken of before: their roles give the head, or the description re-describes whoever
 * speaks officially ("the high-ranking military official"; a bare "the official" is someone else's). */
function describesEarlier(ctx: Ctx, key: string, head: string, label: string): boolean {
  // "the bloc's commission president": an office of a body said by the possessive, maybe not theirs
  if (/['’]s\s/.test(label)) return false;
  return named(ctx, key, head) || (ANY_TITLE.has(head) && label.trim().split(/\s+/).length >= 3);
}

/** The person introduced next: no role of theirs contradicts the description. */
function describesNext(ctx: Ctx, key: string, head: string): boolean {
  return !(ctx.doc.entities.get(key)?.roles ?? []).length || ANY_TITLE.has(head) || named(ctx, key, head);
}

/** The article's main person: named most (three times or more, more than anyone else), before `at`. */
function mainPerson(ctx: Ctx, at: number): string | null {
  const count = new Map<string, number>();
  for (const x of ctx.doc.mentions) if (x.type === 'person') count.set(x.entity, (count.get(x.entity) ?? 0) + 1);
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < 3 || (ranked[1] && ranked[1][1] === ranked[0][1])) return null;
  return mentionsIn(ctx.doc, 0, at).some((x) => x.entity === ranked[0][0]) ? ranked[0][0] : null;
}

/** Who a described speaker is (see the file's comment); undefined when the text does not say. */
function describedSpeaker(ctx: Ctx, i: number, head: string): string | undefined {
  const { doc, claims } = ctx;
  const c = claims[i];
  const para = (d: ClaimDraft) => segAt(doc, d._start).para;
  const here = para(c);
  const label = c.speaker_label ?? '';
  const person = (d: ClaimDraft): d is ClaimDraft & { speaker: string } => d.speaker !== null && d._type === 'person';
  // the named person whose words came just before
  const sameDescription = (d: ClaimDraft) => d.speaker === null && wordRe(head, 'i', true).test(d.speaker_label ?? '');
  for (let k = i - 1; k >= 0 && here - para(claims[k]) <= REACH; k--) {
    // "A senior official ... said. ... , the official said": the unnamed one described before
    if (sameDescription(claims[k])) return undefined;
    if (claims[k].speaker === null) continue;
    const d = claims[k];
    return person(d) && describesEarlier(ctx, d.speaker, head, label) ? d.speaker : undefined;
  }
  // else the person the text then introduces as speaking, named for the first time after the description
  for (let k = i + 1; k < claims.length && para(claims[k]) - here <= REACH; k++) {
    const d = claims[k];
    if (d.speaker === null) continue;
    // (named first in a later sentence: one named in the description's own sentence is someone else)
    const introduced = d.sentence > c.sentence && !mentionsIn(doc, 0, segAt(doc, c._start).end).some((x) => x.entity === d.speaker);
    return person(d) && introduced && describesNext(ctx, d.speaker, head) ? d.speaker : undefined;
  }
  // "The former consultant ... told investors": a private person's description is the article's main person
  if (!PRIVATE_HEADS.has(head)) return undefined;
  const main = mainPerson(ctx, c._start);
  return main && describesNext(ctx, main, head) ? main : undefined;
}

export function nameDescribedSpeakers(ctx: Ctx): void {
  ctx.claims.forEach((c, i) => {
    if (c.speaker !== null) return;
    const head = describedHead(c.speaker_label ?? '');
    const key = head ? describedSpeaker(ctx, i, head) : undefined;
    if (key) {
      c.speaker = key;
      c._type = 'person';
    }
  });
}
