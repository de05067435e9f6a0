// What an article itself says of a person's gender, for "he said" / "she said": a courtesy title before a
// mention ("Mr Olm", "Ms. Petrel"), a gendered role ("spokeswoman", "chairman") or a pronoun the person
// takes in their own reported speech ("Olm said he would ..."). No list of first names: an invented or
// foreign name stays unknown, and unknown is compatible with either pronoun. ("Petrel lost her shop" counts
// too: a possessive right after the name's own verb.)
import type { Doc } from './doc.ts';
import { BLANK } from './text.ts';

export type Gender = 'm' | 'f' | null;

const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss|Madam|Mme|Sir|Dame|Lady|Lord|King|Queen|Prince|Princess|Sheikh|Sheikha)\.?\s+$/;
const FEMALE_TITLES = new Set(['Mrs', 'Ms', 'Miss', 'Madam', 'Mme', 'Dame', 'Lady', 'Queen', 'Princess', 'Sheikha']);
const FEMALE_ROLE = /\b(?:mrs|ms|miss|madam|mme|dame|lady|sheikha|spokeswoman|chairwoman|businesswoman|congresswoman|policewoman|woman|actress|queen|princess|mother|wife|widow|sister|daughter|grandmother|girl)\b/i;
const MALE_ROLE = /\b(?:mr|sir|lord|spokesman|chairman|businessman|congressman|policeman|man|actor|king|prince|father|husband|widower|brother|son|grandfather|boy)\b/i;
/** "X said he ...", "X, 45, said she": the pronoun right after a speech verb that follows the name closely. */
const OWN_PRONOUN = /^[^.;:!?\u25A1]{0,60}?\b(?:said|says|told\s+\S+|added|insisted|denied)\s+(?:that\s+)?(he|she)\b/i;

/** "Hana Petrel lost her shop", "Rell runs his farm": a possessive right after the name's own verb. */
const OWN_POSSESSIVE = /^\s+(?:has\s+|had\s+)?\p{Ll}+\s+(his|her)\s+\p{Ll}/u;

/** The gender the article gives the person `key`, or null when it gives none or contradicts itself. */
export function genderOf(doc: Doc, key: string, cache: Map<string, Gender>): Gender {
  if (cache.has(key)) return cache.get(key)!;
  let m = 0, f = 0;
  const e = doc.entities.get(key);
  for (const r of e?.roles ?? []) {
    if (FEMALE_ROLE.test(r)) f++;
    else if (MALE_ROLE.test(r)) m++;
  }
  for (const x of doc.mentions) {
    if (x.entity !== key || doc.masked.slice(x.gs, x.ge).includes(BLANK)) continue;
    const t = TITLE_BEFORE.exec(doc.text.slice(Math.max(0, x.gs - 12), x.gs));
    if (t) FEMALE_TITLES.has(t[1]) ? f++ : m++;
    const after = doc.masked.slice(x.ge, x.ge + 90);
    const p = OWN_PRONOUN.exec(after) ?? OWN_POSSESSIVE.exec(after);
    if (p) /^(?:she|her)$/i.test(p[1]) ? f++ : m++;
  }
  const g: Gender = m && !f ? 'm' : f && !m ? 'f' : null;
  cache.set(key, g);
  return g;
}

/** Whether a person of gender `g` can be "he" or "she" (`pron`). */
export function agrees(g: Gender, pron: string): boolean {
  return g === null || (pron === 'she' ? g === 'f' : pron === 'he' ? g === 'm' : true);
}
