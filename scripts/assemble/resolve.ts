// Cross-source resolution: one actor per real-world entity. Local entities (one per article) are
// blocked by transliteration-neutral keys (translit.ts), so the work is near-linear: only entities
// sharing a key are ever compared. Rules, each leaving evidence on the actor:
//   same-key         two names with the same key (Qadhiri / Kazeeri, Kataib / Kataeb)
//   same-words       organisations with the same words in another order (X Brigades / Brigades of X)
//   acronym          an acronym defined for one organisation in some article
//   text-equates     names equated inside one article (they arrive as aliases of one local entity)
//   surname          a bare surname joins the only full-name person with that surname
//   given-name-part  "Kaan Ozkan" joins the only longer full name holding its words in order
//   short-form       a bare first word joins the only longer organisation starting with it
//   same-name        one name typed differently in two articles is one actor (type by the votes of all mentions)
//   acronym-expansion "UN Security Council" / "United Nations Security Council" (one side written with initials)
//   same-body        a generic body with and without its country, when the corpus gives it only that country
// People with different given names are kept apart ("Abu Jihad X" vs "Hisham X"); generic bodies of two
// countries ("Turkish Defense Ministry", "China's Defense Ministry") and a longer name adding a name of
// its own ("Islamic State Khorasan") never merge.
import type { ActorRecord, ActorType, LocalEntity, MergeEvidence, UnlinkedName } from '../lib/types.ts';
import { SlugAllocator } from '../lib/slug.ts';
import { UnionFind } from '../lib/union-find.ts';
import { acronymVariants, bagKey, nameKey, nameWords, skeleton, sameWord, sameName, translitWord } from '../language/translit.ts';
import { gazetteer } from '../language/lexicon/places.ts';
import { ORG_WORDS } from '../language/lexicon/orgwords.ts';

export interface ResolveInput {
  sourceId: string;
  entities: LocalEntity[];
  /** Optional report id (syndication.ts): copies of one story count once when choosing a canonical name. */
  report?: string;
  /** One-word names the article links to nothing (coreference.ts): kept only if the corpus knows them in full. */
  unlinked?: UnlinkedName[];
}

/** One article's entity, the unit every rule compares. */
interface Node {
  source: string;
  report: string;
  ent: LocalEntity;
  /** A one-word name its article linked to nothing: no rule runs on it; it may only join a known person. */
  unlinked?: true;
}

const isAcronym = (s: string) => /^[A-Z][A-Z0-9&.]{1,7}$/.test(s) && /[A-Z].*[A-Z]/.test(s);

/** Person names split into given part and surname (articles dropped, kunya kept in the given part). */
function personParts(name: string): { given: string[]; surname: string } | null {
  const w = nameWords(name);
  if (w.length === 0) return null;
  return { given: w.slice(0, -1), surname: w[w.length - 1] };
}

/** Given names are compatible when one is empty or one is a prefix of the other, word by word. */
function givenCompatible(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!sameWord(a[i], b[i])) return false;
  return true;
}


/** A chain of merge evidence (appending a chain or an item is O(1)). */
type Link = { ev: MergeEvidence; next: Link | null };

/** The entities of every article, the sets they are merged into, and the evidence of each merge. */
class Merger {
  readonly nodes: Node[] = [];
  private readonly sets: UnionFind;
  // Merge evidence per root as a linked chain: a union appends b's chain and the new item in O(1)
  // (copying lists on every union was quadratic for an actor named in thousands of sources).
  private readonly evidence = new Map<number, { first: Link; last: Link }>();
  /** Per node: does it stand for its identical copies? The rules run on these only. */
  private readonly isRep: boolean[] = [];

  constructor(articles: ResolveInput[]) {
    for (const a of Array.isArray(articles) ? articles : []) {
      for (const ent of Array.isArray(a?.entities) ? a.entities : []) {
        if (!ent || !ent.name || !ent.type) continue;
        this.nodes.push({ source: a.sourceId, report: a.report ?? a.sourceId, ent });
      }
      for (const u of Array.isArray(a?.unlinked) ? a.unlinked : []) {
        if (!u?.text) continue;
        const ent: LocalEntity = { key: `unlinked:${u.text}`, name: u.text, type: 'person', aliases: [u.text], roles: [], evidence: [], mentions: u.count, votes: { person: 0.5 * u.count } };
        this.nodes.push({ source: a.sourceId, report: a.report ?? a.sourceId, ent, unlinked: true });
      }
    }
    this.sets = new UnionFind(this.nodes.length);
    // Identical entities (same type, same set of spellings) in many sources are one actor without
    // comparison; every rule then runs once per distinct entity, which keeps a corpus where one
    // name recurs in thousands of articles near-linear.
    const rep = new Map<string, number>();
    this.nodes.forEach((n, i) => {
      if (n.unlinked) {
        this.isRep.push(false);
        return;
      }
      const sig = n.ent.type + '\u0001' + n.ent.name + '\u0001' + [...n.ent.aliases].sort().join('\u0001');
      const r = rep.get(sig);
      if (r === undefined) {
        rep.set(sig, i);
        this.isRep.push(true);
      } else {
        this.sets.merge(r, i);
        this.isRep.push(false);
      }
    });
  }

  find(i: number): number {
    return this.sets.find(i);
  }

  /** Runs `fn` on every node that stands for its identical copies. */
  each(fn: (n: Node, i: number) => void): void {
    this.nodes.forEach((n, i) => this.isRep[i] && fn(n, i));
  }

  /** Merges j's actor into i's, recording why; false when they are one actor already. */
  union(i: number, j: number, ev: MergeEvidence): boolean {
    const b = this.sets.merge(i, j);
    if (b < 0) return false;
    const a = this.find(i);
    // order kept: a's evidence, then b's, then this merge
    let chain = this.evidence.get(a);
    const cb = this.evidence.get(b);
    if (cb) {
      if (chain) {
        chain.last.next = cb.first;
        chain.last = cb.last;
      } else chain = cb;
    }
    const link: Link = { ev, next: null };
    if (chain) {
      chain.last.next = link;
      chain.last = link;
    } else chain = { first: link, last: link };
    this.evidence.set(a, chain);
    this.evidence.delete(b);
    return true;
  }

  /** The evidence of the merges into the actor rooted at `root`, in the order they were made. */
  evidenceOf(root: number): MergeEvidence[] {
    const out: MergeEvidence[] = [];
    for (let l = this.evidence.get(root)?.first ?? null; l; l = l.next) out.push(l.ev);
    return out;
  }

  /** Root -> member nodes of each actor. */
  groups(): Map<number, number[]> {
    return this.sets.groups();
  }
}

function ev(rule: string, from: Node, to: Node, detail: string): MergeEvidence {
  return { rule, alias: from.ent.name, into: to.ent.name, source: from.source, sentence: 0, detail };
}

/** One actor per real-world entity across all articles, with the evidence of every merge. */
export function resolveActors(articles: ResolveInput[]): { actors: ActorRecord[]; actorOf: Map<string, string> } {
  const m = new Merger(articles);
  genericCountries = new Map();
  for (const n of m.nodes) {
    if (!n.ent.generic || !n.ent.qualifier) continue;
    let set = genericCountries.get(n.ent.generic);
    if (!set) genericCountries.set(n.ent.generic, (set = new Set()));
    set.add(n.ent.qualifier);
  }
  mergeByKeys(m);
  mergeSameNameAcrossTypes(m);
  mergePeople(m);
  mergeShortForms(m);
  mergeWordSubsets(m);
  attachUnlinked(m);
  return actorRecords(m);
}

/** Places and organisations: block by the key of every multi-word alias, acronym and single-word name. */
function mergeByKeys(m: Merger): void {
  const typeGroup = (t: ActorType) => (t === 'person' ? 'P' : 'OP');
  const blocks = new Map<string, { i: number; alias: string; via?: string }[]>();
  const addBlock = (k: string, i: number, alias: string, via?: string) => {
    let l = blocks.get(k);
    if (!l) blocks.set(k, (l = []));
    if (l.length < 5000) l.push(via ? { i, alias, via } : { i, alias });
  };
  m.each((n, i) => {
    const g = typeGroup(n.ent.type);
    if (g === 'P') return;
    const single = nameWords(n.ent.name).length <= 1;
    // The entity's name may be a gazetteer name ("United States" for "US") that is not among its aliases.
    addBlock(`${g}|key|${nameKey(n.ent.name)}`, i, n.ent.name);
    // A generic body, with or without its country ("Department of Justice", "US Department of Justice").
    if (n.ent.generic) addBlock(`${g}|gen|${n.ent.generic}`, i, n.ent.name);
    for (const al of n.ent.aliases) {
      if (isAcronym(al)) addBlock(`${g}|acr|${al.replace(/\./g, '')}`, i, al);
      else if (nameWords(al).length > 1 || single) {
        addBlock(`${g}|key|${nameKey(al)}`, i, al);
        if (n.ent.type === 'organization') {
          addBlock(`${g}|bag|${bagKey(al)}`, i, al);
          // "United Nations Security Council" is also written "UN Security Council".
          for (const v of acronymVariants(al)) addBlock(`${g}|key|${nameKey(v)}`, i, v, al);
          // "Anti-Corruption" is also written "Anticorruption".
          if (al.includes('-')) addBlock(`${g}|key|${nameKey(al.replace(/-/g, ''))}`, i, al.replace(/-/g, ''));
        }
      }
    }
  });
  for (const [k, list] of blocks) {
    const rule = k.includes('|acr|') ? 'acronym' : k.includes('|bag|') ? 'same-words' : k.includes('|gen|') ? 'same-body' : 'same-key';
    // Each entry joins the first earlier entry it is compatible with: same type for acronyms,
    // near-identical words for the transliteration key ("Niger" and "Nigeria" share a skeleton only).
    for (let x = 1; x < list.length; x++) {
      const b = list[x];
      for (let y = 0; y < x && y < 50; y++) {
        const a = list[y];
        if (rule === 'acronym' && m.nodes[a.i].ent.type !== m.nodes[b.i].ent.type) continue;
        if (rule === 'same-key' && !sameName(a.alias, b.alias)) continue;
        if (qualifierClash(m.nodes[a.i], m.nodes[b.i])) continue;
        if (a.i === b.i || a.via && b.via) continue; // two long names that share initials are not one
        const via = a.via ?? b.via;
        if (via) m.union(a.i, b.i, ev('acronym-expansion', m.nodes[b.i], m.nodes[a.i], `${b.via ?? b.alias} ~ ${a.via ?? a.alias} (leading words as initials)`));
        else m.union(a.i, b.i, ev(rule, m.nodes[b.i], m.nodes[a.i], `${b.alias} ~ ${a.alias}`));
        break;
      }
    }
  }
}

/** Countries each generic body name is given with in the corpus ("armed forces" -> Yemen, Sudan). */
let genericCountries = new Map<string, Set<string>>();

/**
 * Generic bodies that cannot be one: of two different countries ("Turkish Defense Ministry", "China's
 * Defense Ministry"); a generic name whose country is unknown ("the Armed Forces") and another article's,
 * unless the corpus gives that name exactly that one country ("Department of Justice" / "US Department of Justice").
 */
function qualifierClash(a: Node, b: Node): boolean {
  if (a.ent.qualifier && b.ent.qualifier) return a.ent.qualifier !== b.ent.qualifier;
  if (a.source === b.source) return false;
  const unknown = a.ent.generic && !a.ent.qualifier ? a : b.ent.generic && !b.ent.qualifier ? b : null;
  if (!unknown) return false;
  const other = unknown === a ? b : a;
  if (!other.ent.generic) return false; // a specific name: the word rules decide
  if (!other.ent.qualifier) return true;
  const known = genericCountries.get(unknown.ent.generic!);
  return !(known && known.size === 1 && known.has(other.ent.qualifier));
}

/** Whether an entity's type rests on context alone (no lexicon, gazetteer or title vote of 2 or more per mention). */
function weaklyTyped(n: Node): boolean {
  const v = n.ent.votes;
  if (!v) return false;
  return (v[n.ent.type] ?? 0) < 2 * Math.max(1, n.ent.mentions);
}

/**
 * One name, one actor: the same multiword name typed differently in two articles ("Pembrook Vance" an
 * organisation after "told", a person elsewhere), or a single word typed by context alone on one side.
 * The actor's type is then decided by the votes of all its mentions (actorRecords).
 */
function mergeSameNameAcrossTypes(m: Merger): void {
  const byName = new Map<string, number[]>();
  m.each((n, i) => {
    const k = nameKey(n.ent.name);
    if (!k) return;
    let l = byName.get(k);
    if (!l) byName.set(k, (l = []));
    if (l.length < 200) l.push(i);
  });
  for (const list of byName.values()) {
    for (let x = 1; x < list.length; x++) {
      const b = m.nodes[list[x]];
      for (let y = 0; y < x; y++) {
        const a = m.nodes[list[y]];
        if (a.ent.type === b.ent.type || !sameName(a.ent.name, b.ent.name) || qualifierClash(a, b)) continue;
        if (nameWords(a.ent.name).length < 2 && !weaklyTyped(a) && !weaklyTyped(b)) continue;
        m.union(list[y], list[x], ev('same-name', b, a, `one name, typed ${b.ent.type} here and ${a.ent.type} there`));
        break;
      }
    }
  }
}

/** People with full names: block by surname key; merge when given names are compatible and both full. */
function mergePeople(m: Merger): void {
  const bySurname = new Map<string, number[]>();
  m.each((n, i) => {
    if (n.ent.type !== 'person') return;
    const p = personParts(n.ent.name);
    if (!p) return;
    const k = skeleton(p.surname);
    let l = bySurname.get(k);
    if (!l) bySurname.set(k, (l = []));
    l.push(i);
  });
  for (const list of bySurname.values()) {
    const full = list.filter((i) => (personParts(m.nodes[i].ent.name)?.given.length ?? 0) > 0);
    for (let x = 0; x < full.length; x++) {
      for (let y = x + 1; y < full.length && y < x + 200; y++) {
        const a = m.nodes[full[x]];
        const b = m.nodes[full[y]];
        const pa = personParts(a.ent.name)!;
        const pb = personParts(b.ent.name)!;
        if (!sameWord(pa.surname, pb.surname) || !givenCompatible(pa.given, pb.given)) continue;
        if (pa.given.length !== pb.given.length && !pa.given.every((w, i) => pb.given[i] && sameWord(w, pb.given[i])) && !pb.given.every((w, i) => pa.given[i] && sameWord(w, pa.given[i]))) continue;
        m.union(full[x], full[y], ev(nameKey(a.ent.name) === nameKey(b.ent.name) ? 'transliteration' : 'given-name-prefix', b, a, 'same surname and compatible given names'));
      }
    }
    // "Kaan Ozkan" for "Mehmet Kaan Ozkan", "Garcia Ortega" for "Ana Maria Garcia Ortega": a
    // shorter name whose words are, in order, part of exactly one longer name with the same surname.
    for (const i of full) {
      const pi = personParts(m.nodes[i].ent.name)!;
      const longer = new Set(
        full
          .filter((j) => m.find(j) !== m.find(i))
          .filter((j) => {
            const pj = personParts(m.nodes[j].ent.name)!;
            return pj.given.length > pi.given.length && sameWord(pj.surname, pi.surname) && inOrder(pi.given, pj.given);
          })
          .map((j) => m.find(j)),
      );
      if (longer.size === 1) {
        const r = [...longer][0];
        m.union(r, i, ev('given-name-part', m.nodes[i], m.nodes[r], 'its given names are part of one longer full name with the same surname'));
      }
    }
    // A bare surname joins the only full-name cluster with that surname.
    const bare = list.filter((i) => (personParts(m.nodes[i].ent.name)?.given.length ?? 0) === 0);
    for (const i of bare) {
      const sur = personParts(m.nodes[i].ent.name)!.surname;
      const roots = new Set(full.filter((j) => sameWord(personParts(m.nodes[j].ent.name)!.surname, sur)).map((x) => m.find(x)));
      if (roots.size === 1) {
        const r = [...roots][0];
        m.union(r, i, ev('surname', m.nodes[i], m.nodes[r], 'bare surname; one full name with it in the corpus'));
      } else if (roots.size === 0) {
        // Bare surnames alone: they share one actor when they are the same word.
        const same = bare.filter((j) => j !== i && sameWord(personParts(m.nodes[j].ent.name)!.surname, sur));
        for (const j of same) m.union(i, j, ev('same-key', m.nodes[j], m.nodes[i], 'same bare surname'));
      }
    }
  }
}

/** The words a longer name adds to a shorter one (`words`: the longer one's, as written) are all organisation words or adjectives of nationality. */
function onlyGenericExtra(small: string[], big: string[], words: string[]): boolean {
  const demonyms = gazetteer().demonyms;
  return words.every((w) => {
    if (small.includes(skeleton(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))) return true;
    return ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/s$/, '')) || demonyms.has(w) || ['of', 'for', 'and', 'in', 'on'].includes(w);
  }) && big.length > small.length;
}

/** Words of `small` appear in `big` in the same order (each the same word by transliteration). */
function inOrder(small: string[], big: string[]): boolean {
  let j = 0;
  for (const w of big) if (j < small.length && sameWord(small[j], w)) j++;
  return j === small.length;
}

/**
 * A one-word name an article links to nothing ("one of Pendleby's critics") joins the only person the corpus
 * names in full with that surname; otherwise it is no actor.
 */
function attachUnlinked(m: Merger): void {
  const bySurname = new Map<string, Set<number>>();
  m.each((n, i) => {
    if (n.ent.type !== 'person') return;
    const p = personParts(n.ent.name);
    if (!p || p.given.length === 0) return;
    const k = skeleton(p.surname);
    let s = bySurname.get(k);
    if (!s) bySurname.set(k, (s = new Set()));
    s.add(i);
  });
  m.nodes.forEach((n, i) => {
    if (!n.unlinked) return;
    const w = nameWords(n.ent.name);
    if (w.length !== 1) return;
    // The same word up to transliteration, not a near spelling: a lone word has no given name to confirm it.
    const cands = [...(bySurname.get(skeleton(w[0])) ?? [])].filter((j) => translitWord(personParts(m.nodes[j].ent.name)!.surname) === translitWord(w[0]));
    const roots = new Set(cands.map((j) => m.find(j)));
    if (roots.size !== 1) return;
    const r = [...roots][0];
    m.union(r, i, ev('surname', n, m.nodes[r], 'a bare surname its article links to no full name; one full name with it in the corpus'));
  });
}

/** Single-word organisations: join the only longer organisation whose first word it is (key-equal). */
function mergeShortForms(m: Merger): void {
  const firstWord = new Map<string, Set<number>>();
  m.each((n, i) => {
    if (n.ent.type !== 'organization') return;
    for (const al of n.ent.aliases) {
      const w = nameWords(al);
      if (w.length > 1 && !isAcronym(al)) {
        const k = skeleton(w[0]);
        let s = firstWord.get(k);
        if (!s) firstWord.set(k, (s = new Set()));
        s.add(i);
      }
    }
  });
  m.each((n, i) => {
    if (n.ent.type !== 'organization' || isAcronym(n.ent.name)) return;
    const w = nameWords(n.ent.name);
    if (w.length !== 1) return;
    const cands = firstWord.get(skeleton(w[0]));
    if (!cands) return;
    const roots = new Set([...cands].map((x) => m.find(x)));
    roots.delete(m.find(i));
    if (roots.size === 1) {
      const r = [...roots][0];
      m.union(r, i, ev('short-form', n, m.nodes[r], 'first word of one longer organisation name'));
    }
  });
}

/**
 * Organisation names whose words are a subset of exactly one longer organisation name
 * ("Revolutionary Guards" within "Islamic Revolutionary Guard Corps"). Needs two words, one not generic.
 */
function mergeWordSubsets(m: Merger): void {
  const posting = new Map<string, Set<number>>();
  const bags = new Map<number, string[][]>();
  /** Each bag's words as written (lower case), for the words a longer name adds. */
  const plain = new Map<string[], string[]>();
  m.each((n, i) => {
    if (n.ent.type !== 'organization') return;
    const list: string[][] = [];
    for (const al of n.ent.aliases) {
      if (isAcronym(al)) continue;
      const bag = bagKey(al).split(' ').filter(Boolean);
      if (bag.length < 2) continue;
      list.push(bag);
      plain.set(bag, nameWords(al));
      for (const t of bag) {
        let s = posting.get(t);
        if (!s) posting.set(t, (s = new Set()));
        s.add(i);
      }
    }
    bags.set(i, list);
  });
  const generic = new Set([...ORG_WORDS].map((w) => skeleton(w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w)));
  for (const [i, list] of bags) {
    for (const bag of list) {
      if (!bag.some((t) => !generic.has(t))) continue;
      const lists = bag.map((t) => posting.get(t) ?? new Set<number>()).sort((a, b) => a.size - b.size);
      if (lists[0].size > 500) continue;
      const roots = new Set<number>();
      for (const j of lists[0]) {
        if (j === i || !lists.every((l) => l.has(j)) || qualifierClash(m.nodes[i], m.nodes[j])) continue;
        // The longer name may add generic words ("Islamic ... Corps"), not a name of its own: "Islamic
        // State Khorasan" is another group than the Islamic State, the Security Council another body than the UN.
        if (!(bags.get(j) ?? []).some((b2) => b2.length > bag.length && bag.every((t) => b2.includes(t)) && onlyGenericExtra(bag, b2, plain.get(b2) ?? []))) continue;
        roots.add(m.find(j));
      }
      roots.delete(m.find(i));
      if (roots.size === 1) {
        const r = [...roots][0];
        m.union(r, i, ev('words-subset', m.nodes[i], m.nodes[r], 'its words are part of one longer organisation name'));
      }
    }
  }
}

/** The actor records: canonical name, majority type, aliases, mentions per source, roles and evidence. */
function actorRecords(m: Merger): { actors: ActorRecord[]; actorOf: Map<string, string> } {
  const groups = m.groups();
  interface Draft {
    name: string;
    type: ActorType;
    members: number[];
    root: number;
  }
  const drafts: Draft[] = [];
  for (const [root, members] of groups) {
    if (members.every((i) => m.nodes[i].unlinked)) continue; // a one-word name the corpus knows nothing more of
    // Type: the weighted votes of all its mentions in the corpus (coreference.ts), else the majority over mentions.
    const typeCount = new Map<ActorType, number>();
    for (const i of members) {
      const e = m.nodes[i].ent;
      const votes = e.votes ? (Object.entries(e.votes) as [ActorType, number][]) : [[e.type, e.mentions] as [ActorType, number]];
      for (const [t, n] of votes) typeCount.set(t, (typeCount.get(t) ?? 0) + n);
    }
    const type = [...typeCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    drafts.push({ name: canonicalName(members.map((i) => m.nodes[i])), type, members, root });
  }
  drafts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.root - b.root));
  const slugs = new SlugAllocator();
  const actors: ActorRecord[] = [];
  const actorOf = new Map<string, string>();
  for (const d of drafts) {
    const id = slugs.take(d.name, 'actor');
    const aliases = new Set<string>();
    const roles = new Set<string>();
    const counts = new Map<string, number>();
    const evid: MergeEvidence[] = [];
    for (const i of d.members) {
      const n = m.nodes[i];
      for (const a of n.ent.aliases) aliases.add(a);
      for (const r of n.ent.roles ?? []) roles.add(r);
      counts.set(n.source, (counts.get(n.source) ?? 0) + (n.ent.mentions || 0));
      for (const e of n.ent.evidence ?? []) evid.push(e);
      actorOf.set(`${n.source}\u0000${n.ent.key}`, id);
    }
    evid.push(...m.evidenceOf(d.root));
    actors.push({
      id,
      name: d.name,
      type: d.type,
      aliases: [...aliases].sort(),
      mentions: [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([source, count]) => ({ source, count })),
      url_path: `/actors/${id}/`,
      roles: [...roles].sort(),
      description: null,
      affiliations: [],
      portrait: null,
      evidence: evid,
    });
  }
  actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actors, actorOf };
}

/**
 * Canonical name: the fullest well-formed form (most words; no acronym), then the one used by the most
 * independent reports, then by most sources, then the longer spelling (with its particles), then
 * alphabetical for stability.
 */
function canonicalName(members: Node[]): string {
  const stats = new Map<string, { reports: Set<string>; sources: Set<string>; words: number }>();
  for (const n of members) {
    for (const a of n.ent.aliases) {
      let s = stats.get(a);
      if (!s) stats.set(a, (s = { reports: new Set(), sources: new Set(), words: nameWords(a).length }));
      s.reports.add(n.report);
      s.sources.add(n.source);
    }
    if (!stats.has(n.ent.name)) stats.set(n.ent.name, { reports: new Set([n.report]), sources: new Set([n.source]), words: nameWords(n.ent.name).length });
  }
  const entries = [...stats.entries()];
  const wellFormed = entries.filter(([a]) => !isAcronym(a) && !/^the\s/i.test(a));
  const pool = wellFormed.length ? wellFormed : entries;
  pool.sort(
    (x, y) =>
      y[1].words - x[1].words ||
      y[1].reports.size - x[1].reports.size ||
      y[1].sources.size - x[1].sources.size ||
      y[0].length - x[0].length ||
      (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0),
  );
  return pool[0][0];
}
