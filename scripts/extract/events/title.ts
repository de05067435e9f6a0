// An event's title: a short readable description from the sentence ("US drone strike on the convoy",
// "Arrest of 14 people"), never the whole sentence.
import { EVENT_NOUN, TITLE_MODIFIER } from '../../language/lexicon/events.ts';
import { PASSIVE_BEFORE, type Found } from '../../language/event-triggers.ts';
import { segmentOf } from './clauses.ts';
import { withoutTrailingTime } from './clause-roles.ts';

/** Titles: a short readable description from the sentence, never the whole sentence. */
export function makeTitle(s: string, trig: Found, agentName: string | null, quantityPhrase: string | null, segs: [number, number][], undergoerName: string | null = null): string {
  const seg = segs[segmentOf(segs, trig.index)];
  // the object phrase: words after the trigger up to the clause end or a preposition that starts an adjunct
  let tail = s.slice(trig.end, seg[1]).replace(/^\s*(?:s|es)\b/, '');
  tail = tail.replace(/\b(?:on\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|when|which|who|that|because|after|as|while|since|although|though|but|then|according)\b.*$/i, '');
  // "... of their militiaman and the prime minister deploying ...": a new clause starts at "and"
  tail = tail.replace(/\s+and\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:ing|ed)\b.*$/i, '');
  const words = tail.trim().split(/\s+/).filter(Boolean).slice(0, 16);
  let obj = words.join(' ').replace(/[\s,;:.'"“”]+$/, '');
  // "His tour was made after ...": what follows a noun trigger's verb is not its object
  if (trig.form === 'noun' && /^(?:was|were|is|are|has|had|have|will|would|came|comes|took|happened)\b/i.test(obj)) obj = '';
  let title: string;
  const noun = EVENT_NOUN[trig.type];
  if (trig.type === 'other' && trig.form === 'verb' && trig.passive) {
    // no event noun to head the title: keep the clause's own words ("two camps were closed ...")
    const subj = s.slice(seg[0], trig.index).replace(/^.*\b(?:after|before|when|while|as|since|following|once|because|although|though|that|said|says)\s+/i, '').trim().split(/\s+/).slice(-6).join(' ');
    title = `${subj} ${trig.text}${obj ? ` ${obj}` : ''}`;
  } else if (trig.form === 'noun' || trig.passive) {
    if (trig.form === 'noun') {
      // keep the modifier written before the noun ("US drone strike", "rocket attack")
      const pre = s.slice(Math.max(seg[0], trig.index - 40), trig.index).split(/\s+/).filter(Boolean);
      const mods: string[] = [];
      for (let i = pre.length - 1; i >= 0 && mods.length < 3; i--) {
        const w = pre[i];
        if (!TITLE_MODIFIER.test(w) || /^(?:A|An|The|His|Her|Their|Its|This|That|In|Of|On|By|When|After|While)$/.test(w)) break;
        mods.unshift(w);
      }
      const head = [...mods, trig.text].join(' ');
      // "his tour" with a known agent and nothing else to say: "Tour by <agent>"
      const possessive = /\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i.test(s.slice(Math.max(seg[0], trig.index - 30), trig.index));
      if (!obj && possessive && agentName) obj = `by ${agentName}`;
      title = `${head.charAt(0).toUpperCase()}${head.slice(1)} ${obj}`;
    } else {
      // "14 people ... were arrested" -> "Arrest of 14 people"
      let subj = quantityPhrase ?? s.slice(seg[0], trig.index).replace(PASSIVE_BEFORE, '').trim();
      // a subject too long to read in a title ("Today, 12 March, Mr X, born on ..., was surrendered"): its name
      if (!quantityPhrase && undergoerName && (subj.split(/\s+/).length > 7 || /^(?:he|she|they)$/i.test(subj))) subj = undergoerName;
      // cut what introduces the clause ("X said a member ... has been arrested") and trailing auxiliaries
      subj = subj.replace(/^.*\b(?:after|before|when|while|as|since|following|once|because|although|though|that|said|says|say|told|added|reported|claimed|announced|stated)\s+/i, '');
      subj = subj.replace(/(?:\s+(?:has|have|had|will|would|could|may|might|reportedly|allegedly|also|then|later))+$/i, '');
      if (/^(?:who|which|that)?$/i.test(subj.trim())) {
        // "militia members, who were detained": the antecedent ends the previous clause
        const k = segs.indexOf(seg);
        subj = k > 0 ? s.slice(segs[k - 1][0], segs[k - 1][1]).trim().split(/\s+/).slice(-3).join(' ') : '';
      }
      subj = subj.replace(/\s+(?:who|which|that)$/i, '').split(/\s+/).slice(-7).join(' ');
      const prep = trig.type === 'attack' || trig.type === 'strike' ? 'on' : 'of';
      title = subj ? `${noun} ${prep} ${subj}${obj ? ` ${obj}` : ''}` : `${noun}${obj ? ` ${obj}` : ''}`;
    }
  } else {
    title = `${agentName ? `${agentName} ` : ''}${trig.text}${obj ? ` ${obj}` : ''}`;
  }
  title = wholePhrases(title.replace(/\s+/g, ' ').trim());
  return title.charAt(0).toUpperCase() + title.slice(1);
}

const MAX_WORDS = 13;
// Words a phrase can end before: a preposition, a conjunction, a relative word ("... Marek | and his").
const BOUNDARY = /^(?:and|or|but|of|in|on|at|to|for|with|by|from|into|near|after|before|during|over|under|against|who|which|that|as|while|when|where|including|amid|despite|since|until)$/i;
// never end on a function word or a possessive ("... on criminal charges and", "... Iran's")
const TRAIL = /\s+(?:and|or|but|of|the|a|an|in|on|at|to|for|with|by|from|into|his|her|their|its|was|were|is|are|has|had|have|who|which|that|as|[\p{L}-]+['’]s)$/iu;

/** The title cut to at most 13 words at a phrase boundary: before a preposition, a conjunction or a comma,
 * never inside a phrase ("... General Ivo Marek and his Iraqi" is not a title). */
function wholePhrases(title: string): string {
  const w = title.split(' ');
  let out = title;
  if (w.length > MAX_WORDS) {
    let cut = 0;
    for (let k = 1; k <= MAX_WORDS && k < w.length; k++) if (BOUNDARY.test(w[k]) || /[,;:]$/.test(w[k - 1])) cut = k;
    out = w.slice(0, cut >= 3 ? cut : MAX_WORDS).join(' ');
  }
  out = withoutTrailingTime(out.replace(/[\s,;:]+$/, ''));
  for (let k = 0; k < 4 && TRAIL.test(out); k++) out = out.replace(TRAIL, '');
  return out;
}
