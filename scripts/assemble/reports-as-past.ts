// Does a sentence report, in its own words, that a happening of some type took place (not what is to
// come or might be)? Shared by the cross-source date check (date-consistency.ts) and the anchoring of
// undated articles (date-anchors.ts): only what a source reports as past can bound its date.
import { TYPE_FAMILY } from './event-clusters.ts';
import { candidateTriggers, findTriggers } from '../language/event-triggers.ts';

// Words that make a sentence talk about what is to come or might be, not what happened.
const NOT_PAST =
  /\b(?:will|would|shall|won't|wouldn't|could|might|should|going\s+to|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|(?:agreed|agrees|promised|promises|pledged|pledges|vowed|vows|decided|decides|hopes?|hoped|wants?|wanted|aims?|aimed|seeks?|sought)\s+to\s+[a-z]+|(?:is|are|was|were)\s+(?:expected\s+|due\s+|set\s+|scheduled\s+|slated\s+)?to\s+[a-z]+|upcoming|tomorrow|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\w['’]ll\b/i;
// the modal "may", in lower case only ("in May" is a month)
const MODAL_MAY = /\bmay\b/;
const QUOTED = /“[^”]*”|"[^"]*"/g;

const familyOf = (t: string) => TYPE_FAMILY[t] ?? t;

/**
 * Does the sentence report, in its own words, that an event of this type happened? Quoted speech is
 * blanked first (a quote's "we will respond" does not make the report future, and "detained fighters"
 * inside a quotation is not the outlet reporting an arrest); what is left must hold a factual trigger
 * of the type's family (attack/strike/killing alike) and no future or modal wording. Without a type,
 * only the wording is checked.
 */
export function reportsAsPast(sentence: string, type?: string): boolean {
  if (typeof sentence !== 'string' || sentence.length === 0) return false;
  const text = sentence.length > 3000 ? sentence.slice(0, 3000) : sentence;
  // same length, so offsets stay meaningful
  const unquoted = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  if (NOT_PAST.test(unquoted) || MODAL_MAY.test(unquoted)) return false;
  if (!type) return true;
  const family = familyOf(type);
  const cands = candidateTriggers(unquoted);
  return cands.length > 0 && findTriggers(unquoted, cands).some((t) => t.form !== 'future' && familyOf(t.type) === family);
}

