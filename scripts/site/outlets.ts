// Outlets and wire agencies are sources, not actors. An organisation the sources name as a publication —
// the outlet or wire of a source, a news agency, or a name only ever cited ("told X", "X reported",
// "according to X", a "(X)" credit) — stays in dossier.json as an organisation (it is named in the text),
// but the pages show it as a cited outlet: no brief of its own, not in the network, not among the summary's
// actors. It becomes an actor only when the text makes it a participant: someone attacks, arrests,
// threatens or accuses it, or it is the target of a hostile event.
import type { ActorRecord, ArticleExtraction, Dossier } from '../lib/types.ts';
import { AGENCIES } from '../ingest/lexicon.ts';
import { typographicKey } from './prose.ts';

/** Words that end the name of a publication or broadcaster ("Iraq News", "Al Arabiya TV"). */
const PRESS_WORD = /\b(?:News|Times|Post|Herald|Gazette|Tribune|Journal|Chronicle|Courier|Telegraph|Television|TV|Radio|Broadcasting|Channel|Press|Agency|Magazine|Daily|Weekly|Observer|Dispatch|Newspaper|Monitor|Express|Review|Media)$/;
/** Words around a name that cite it as where a report comes from. */
const CITED_BEFORE = /\b(?:told|tells|telling|to|according\s+to|quoted\s+by|cited\s+by|interviews?\s+with|speaking\s+to|spoke\s+to|remarks\s+to|reported\s+by|published\s+by|broadcast\s+(?:by|on)|aired\s+(?:by|on)|wrote\s+in|writing\s+in|reporting\s+(?:by|for)|obtained\s+by|seen\s+by|statement\s+to|comments\s+to|(?:by|via|on|in)\s+(?:the\s+)?(?:news\s+)?(?:agency|channel|website|broadcaster|newspaper|outlet))\s+(?:the\s+)?$/i;
const CITED_AFTER = /^(?:['’]s)?\s*(?:\)|reported|reports|reporting|has\s+reported|said\s+in\s+a\s+report|quoted|cited|has\s+learned|learned|obtained|correspondents?|reporters?|journalists?|news\s+agency|with\s+additional|contributed|\(|,\s*(?:which|citing)\b)/i;
/** A name's key: lower case, without "the", a language edition or a site's suffix ("Rudaw English" -> "rudaw"). */
function outletKey(name: string): string {
  return typographicKey(name)
    .replace(/^the\s+/, '')
    .replace(/\.(?:com|net|org|co\.uk)$/, '')
    .replace(/\s+(?:english|arabic|news|tv|online|newspaper|website|in english)$/, '')
    .trim();
}

const HOSTILE_EVENT = new Set(['attack', 'strike', 'killing', 'kidnapping', 'arrest', 'threat']);
const HOSTILE_CLAIM = new Set(['accusation', 'threat', 'warning', 'demand']);

/** Actors the text makes participants: on the receiving end of a hostile event, relation or claim. */
function participants(dossier: Dossier): Set<string> {
  const out = new Set<string>();
  for (const e of dossier.events ?? []) if (HOSTILE_EVENT.has(e.type)) for (const p of e.patients ?? []) out.add(p);
  for (const r of dossier.relations ?? []) out.add(r.to);
  for (const c of dossier.claims ?? []) if (HOSTILE_CLAIM.has(c.kind) && c.speaker) for (const t of c.targets ?? []) out.add(t);
  return out;
}

/** How often each of `wanted` is named, and how often as cited (by the words just before or after the mention). */
function citedCounts(extractions: ArticleExtraction[], actorOf: Map<string, string>, wanted: Set<string>): Map<string, { named: number; cited: number }> {
  const out = new Map<string, { named: number; cited: number }>();
  if (!wanted.size) return out;
  for (const x of extractions) {
    // an article names the same entity many times: whether it is one of `wanted` is found once
    const wantedOf = new Map<string, string | null>();
    for (const m of x.mentions) {
      let id = wantedOf.get(m.entity);
      if (id === undefined) {
        const actor = actorOf.get(`${x.meta.id}\u0000${m.entity}`);
        wantedOf.set(m.entity, (id = actor && wanted.has(actor) ? actor : null));
      }
      if (id === null) continue;
      const s = x.cleaned.sentences[m.sentence - 1]?.text;
      if (s === undefined) continue;
      const n = out.get(id) ?? { named: 0, cited: 0 };
      n.named++;
      if (CITED_BEFORE.test(s.slice(Math.max(0, m.start - 40), m.start)) || CITED_AFTER.test(s.slice(m.end, m.end + 40))) n.cited++;
      out.set(id, n);
    }
  }
  return out;
}

export interface OutletInput {
  dossier: Dossier;
  /** With the extractions and the actor of each local entity, names only ever cited count as outlets too. */
  extractions?: ArticleExtraction[];
  actorOf?: Map<string, string>;
}

/** The ids of the actors that are outlets or agencies the sources cite, not participants. */
export function findOutlets({ dossier, extractions, actorOf }: OutletInput): Set<string> {
  const known = new Set<string>();
  for (const s of dossier.sources ?? []) for (const n of [s.outlet, s.wire]) if (n) known.add(outletKey(n));
  for (const a of AGENCIES) for (const f of [a.name, ...a.forms]) known.add(outletKey(f));
  const involved = participants(dossier);
  // only an organisation can be an outlet ("Iraq News" names a publication, never the country Iraq)
  const candidates = (dossier.actors ?? []).filter((a) => !involved.has(a.id) && a.type === 'organization');
  const byName = new Set(candidates.filter((a) => [a.name, ...(a.aliases ?? [])].some((n) => known.has(outletKey(n)))).map((a) => a.id));
  // the mentions are read only for the names not known as outlets
  const counts = extractions && actorOf ? citedCounts(extractions, actorOf, new Set(candidates.filter((a) => !byName.has(a.id)).map((a) => a.id))) : new Map<string, { named: number; cited: number }>();
  const out = new Set<string>();
  for (const a of candidates) if (byName.has(a.id) || citedOutlet(a, counts.get(a.id))) out.add(a.id);
  return out;
}

function citedOutlet(a: ActorRecord, counts: { named: number; cited: number } | undefined): boolean {
  if (!counts?.named) return false;
  // A press name cited at least half the time; any other name cited every time it is named.
  return [a.name, ...(a.aliases ?? [])].some((n) => PRESS_WORD.test(n)) ? 2 * counts.cited >= counts.named : counts.cited === counts.named;
}
