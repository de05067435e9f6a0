// Targets: who a claim is about. The object of an accusing or threatening verb ("accused the
// premier", "warning him"), and the names inside the claim's words, minus the speaker and places that
// only say where ("in Baghdad").
import { ORG_NOUNS, ROLE_SYNONYMS } from '../../language/lexicon/speech.ts';
import { resolveObjectPronoun, resolveRole } from './antecedents.ts';
import type { Ctx } from './context.ts';
import { mentionsIn } from './doc.ts';
import { trimPunct, words } from './text.ts';
import type { Verb } from './verbs.ts';

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'across', 'inside', 'into', 'through', 'over', 'outside', 'around', 'to', 'toward', 'towards', 'on']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it']);

export function targetsOf(ctx: Ctx, a: number, b: number, speaker: string | null, verb: Verb | null): string[] {
  const { doc } = ctx;
  const out: string[] = [];
  const add = (k: string | null | undefined) => {
    if (k && k !== speaker && !out.includes(k)) out.push(k);
  };
  // the verb's object: "accused the premier", "slammed X", "warning him"
  if (verb && verb.kind !== 'statement' && !verb.according) {
    const after = doc.masked.slice(verb.end, verb.end + 60);
    const om = /^\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})/u.exec(after);
    const obj = mentionsIn(doc, verb.end, verb.end + 40).find((x) => trimPunct(doc.masked.slice(verb.end, x.gs)).split(/\s+/).filter(Boolean).length <= 1);
    if (obj) add(obj.entity);
    else if (om) {
      const first = om[1].split(/\s+/)[0].toLowerCase();
      if (OBJECT_PRONOUNS.has(first)) {
        const r = resolveObjectPronoun(ctx, first, verb.start, speaker);
        if (r) add(r);
      } else if (first === 'the') {
        const ws = om[1].toLowerCase().split(/\s+/);
        for (let n = 2; n <= Math.min(4, ws.length); n++) {
          const noun = ws.slice(1, n).join(' ');
          const last2 = ws.slice(n - 2, n).join(' ');
          const key = ROLE_SYNONYMS[last2] ? last2 : ROLE_SYNONYMS[ws[n - 1]] ? ws[n - 1] : null;
          if (key && !ORG_NOUNS.has(noun)) {
            const r = resolveRole(ctx, key, verb.start);
            if (r?.key) add(r.key);
            break;
          }
        }
      }
    }
  }
  for (const x of mentionsIn(doc, a, b)) {
    if (x.type === 'place') {
      const w = words(doc.text.slice(Math.max(a, x.gs - 12), x.gs)).pop()?.toLowerCase();
      if (w && LOCATIVE.has(w)) continue;
      if (/^['’]s\b/.test(doc.text.slice(x.ge, x.ge + 3))) continue;
    }
    add(x.entity);
  }
  return out;
}
