// The `other` fallback: a sentence with no trigger word may still report a dated happening ("the FSB
// began watching his flat in 2021"). Its trigger is the finite past verb nearest a stated date.
import { NON_FACTUAL_BEFORE } from '../../language/lexicon/events.ts';
import type { ResolvedDate } from '../../language/dates.ts';
import { PASSIVE_BEFORE, type Found } from '../../language/event-triggers.ts';
import { RELATIVE_CLAUSE, segmentOf, segments } from './clauses.ts';

// Past forms of common irregular verbs (and participles after have/had), for sentences that report a
// dated happening with no trigger word. Speech verbs are left out: "said" alone is a claim, not an event.
const IRREGULAR_PAST = new Set(
  ('arose awoke beat became began bent bet bid bit blew broke brought built burnt bought caught chose came cost crept cut dealt dug did ' +
    'drew drove ate fell fed fought found fled flew forbade forgave froze got gave went grew hung had heard hid hit held hurt kept knelt ' +
    'knew laid led leapt left lent let lay lit lost made meant met paid put quit ran rang rose saw sought sold sent set shook shot shut ' +
    'sang sank sat slept slid split spent spread sprang stood stole stuck struck swore swept swam swung took taught tore threw woke wore ' +
    'won withdrew wrote begun broken chosen done driven eaten fallen flown forgotten frozen given gone grown hidden known ridden risen ' +
    'seen shaken shown spoken stolen sworn taken thrown woken worn withdrawn written').split(' '),
);
const NOT_EVENT_VERB = new Set(
  ('said told added stated noted explained argued insisted claimed reported asked replied answered commented remarked ' +
    'thought believed seemed appeared wanted needed liked loved hoped feared expected felt meant had did knew ' +
    'based used called named aged related concerned armed united limited detailed interested skilled experienced ' +
    'expected alleged reported suspected wanted').split(' '),
);

/** Cheap test: any word that could be a finite past verb. */
export const PAST_CUE = /[a-z]ed\b|\b(?:began|became|took|gave|given|won|lost|fell|rose|made|held|met|went|came|sent|left|led|sold|bought|built|struck|broke|fled|flew|ran|set|hit|shot|saw|sank|stole|threw|tore|withdrew|wrote)\b/;
const VERB_WORD = /[A-Za-zà-ÿ’'-]+/g;

/**
 * A synthetic `other` trigger: the finite past verb nearest a stated date in the same clause, with no
 * modal, negation or infinitive before it and not a speech verb. Null when there is none.
 */
export function fallbackTrigger(s: string, dates: ResolvedDate[]): Found | null {
  if (dates.length === 0) return null;
  const segs = segments(s);
  let best: Found | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    const k = segmentOf(segs, d.index);
    let seg = segs[k];
    if (RELATIVE_CLAUSE.test(s.slice(seg[0], seg[1]))) continue;
    // "gave them until June 1", "has held the town since 2019": the end of a term or the start of a state,
    // not the day a verb without a trigger word happened
    if (/\b(?:until|till|since)\s+(?:early\s+|late\s+|mid-?)?$/i.test(s.slice(Math.max(0, d.index - 16), d.index))) continue;
    // "By March 24, the flag was lowered ...": a clause that is only the date opens the next one
    if (k + 1 < segs.length && /^\s*(?:\w+\s+){0,2}$/.test(s.slice(seg[0], seg[1]).replace(d.text, ''))) seg = [seg[0], segs[k + 1][1]];
    const clause = s.slice(seg[0], seg[1]);
    VERB_WORD.lastIndex = 0;
    for (let m = VERB_WORD.exec(clause); m; m = VERB_WORD.exec(clause)) {
      const w = m[0];
      const lw = w.toLowerCase();
      const index = seg[0] + m.index;
      if (index >= d.index && index < d.index + d.text.length) continue; // inside the date words
      if (/^[A-Z]/.test(w) && index > 0) continue; // a name, not a verb
      if (NOT_EVENT_VERB.has(lw)) continue;
      const participle = /(?:en|wn)$/.test(lw) && IRREGULAR_PAST.has(lw);
      if (!(IRREGULAR_PAST.has(lw) || (/[a-z]{2}ed$/.test(lw) && lw.length > 4))) continue;
      const before = s.slice(Math.max(0, index - 40), index);
      if (participle && !/\b(?:had|has|have|was|were)\s+(?:\w+ly\s+)?$/i.test(before)) continue;
      // an -ed word after a determiner or preposition is an adjective ("the armed men", "in a rented flat")
      if (/\b(?:a|an|the|his|her|its|their|this|that|these|those|of|in|on|at|for|with|by|from|very|more|most|less|newly|well)\s+$/i.test(before)) continue;
      if (NON_FACTUAL_BEFORE.test(before) || /\b(?:to|not|never|would|could|should|will|may|might|must)\s+(?:\w+\s+)?$/i.test(before)) continue;
      // the verb usually comes before its date ("began watching the flat in 2021"); one after it is
      // more often a later clause ("... in 2021 before anyone was charged")
      const dist = index < d.index ? d.index - index : index - (d.index + d.text.length) + 60;
      if (dist < bestDist) {
        bestDist = dist;
        best = { type: 'other', form: 'verb', index, end: index + w.length, text: w, passive: PASSIVE_BEFORE.test(before), background: false };
      }
    }
  }
  return best;
}
