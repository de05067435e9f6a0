// Where each actor is named: per actor, the sentences of each source that name it, and per sentence the
// actors it names. Made once per build from the extractions' mentions (through the resolved actor of each
// local entity); the network counts co-mentions with it and actor pages list sentences and co-mentions.
import type { ArticleExtraction, Dossier } from '../lib/types.ts';

export interface MentionIndex {
  /** Actor id -> source id -> numbers of the sentences naming the actor (in the order first met). */
  sentencesOf: Map<string, Map<string, Set<number>>>;
  /** "<source id>#<sentence n>" -> actors named in that sentence, to count co-mentions without comparing all pairs of actors. */
  actorsInSentence: Map<string, string[]>;
}

/** `actorOf`: "<source id>\0<local entity key>" -> actor id (after curation; hidden actors are not in the dossier). */
export function indexMentions(dossier: Dossier, extractions: ArticleExtraction[], actorOf: Map<string, string>): MentionIndex {
  const actorById = new Map(dossier.actors.map((a) => [a.id, a]));
  const sentencesOf = new Map<string, Map<string, Set<number>>>();
  for (const x of extractions) {
    const sid = x.meta.id;
    for (const mention of x.mentions) {
      const actorId = actorOf.get(`${sid}\u0000${mention.entity}`);
      const actor = actorId ? actorById.get(actorId) : undefined;
      if (!actor) continue;
      const perSource = sentencesOf.get(actor.id) ?? new Map<string, Set<number>>();
      const set = perSource.get(sid) ?? new Set<number>();
      set.add(mention.sentence);
      perSource.set(sid, set);
      sentencesOf.set(actor.id, perSource);
    }
  }
  const actorsInSentence = new Map<string, string[]>();
  for (const [actorId, perSource] of sentencesOf) {
    for (const [sid, set] of perSource) {
      for (const n of set) {
        const k = `${sid}#${n}`;
        const list = actorsInSentence.get(k) ?? [];
        list.push(actorId);
        actorsInSentence.set(k, list);
      }
    }
  }
  return { sentencesOf, actorsInSentence };
}
