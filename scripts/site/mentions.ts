// Where each actor is named: per actor, the sentences of each source that name it, and per sentence the
// actors it names. Made once per build from the extractions' mentions (through the resolved actor of each
// local entity); the network counts co-mentions with it and actor pages list sentences and co-mentions.
import type { ArticleExtraction, Dossier } from '../lib/types.ts';

export interface MentionIndex {
  /** Actor id -> source id -> numbers of the sentences naming the actor (each once, in the order first met). */
  sentencesOf: Map<string, Map<string, number[]>>;
  /** "<source id>#<sentence n>" -> actors named in that sentence, to count co-mentions without comparing all pairs of actors. */
  actorsInSentence: Map<string, string[]>;
  /** Actor id -> the actorsInSentence list of each sentence naming it, in sentencesOf's order (co-mentions without building keys). */
  sentenceActorsOf: Map<string, string[][]>;
}

/** `actorOf`: "<source id>\0<local entity key>" -> actor id (after curation; hidden actors are not in the dossier). */
export function indexMentions(dossier: Dossier, extractions: ArticleExtraction[], actorOf: Map<string, string>): MentionIndex {
  const inDossier = new Set(dossier.actors.map((a) => a.id));
  const sentencesOf = new Map<string, Map<string, number[]>>();
  for (const x of extractions) {
    const sid = x.meta.id;
    // an article names the same entity many times: its actor is looked up once; its sentences are gathered
    // per actor for the article, then filed under the actor (one lookup per actor and article, not per mention)
    const actorOfEntity = new Map<string, string | null>();
    // an actor is named in a few sentences of an article: a small array (repeats dropped) costs less than a set
    const here = new Map<string, number[]>();
    for (const mention of x.mentions) {
      let actorId = actorOfEntity.get(mention.entity);
      if (actorId === undefined) {
        const id = actorOf.get(`${sid}\u0000${mention.entity}`);
        actorId = id && inDossier.has(id) ? id : null;
        actorOfEntity.set(mention.entity, actorId);
      }
      if (actorId === null) continue;
      const ns = here.get(actorId);
      if (!ns) here.set(actorId, [mention.sentence]);
      else if (ns[ns.length - 1] !== mention.sentence && !ns.includes(mention.sentence)) ns.push(mention.sentence);
    }
    for (const [actorId, ns] of here) {
      let perSource = sentencesOf.get(actorId);
      if (!perSource) sentencesOf.set(actorId, (perSource = new Map()));
      perSource.set(sid, ns);
    }
  }
  const actorsInSentence = new Map<string, string[]>();
  const sentenceActorsOf = new Map<string, string[][]>();
  // each sentence's list, by source and sentence number: its "<source>#<n>" key is made once, not once per actor
  const listsOf = new Map<string, string[][]>();
  for (const [actorId, perSource] of sentencesOf) {
    const lists: string[][] = [];
    for (const [sid, ns] of perSource) {
      let bySentence = listsOf.get(sid);
      if (!bySentence) listsOf.set(sid, (bySentence = []));
      for (const n of ns) {
        let list = bySentence[n];
        if (!list) actorsInSentence.set(`${sid}#${n}`, (list = bySentence[n] = []));
        list.push(actorId);
        lists.push(list);
      }
    }
    sentenceActorsOf.set(actorId, lists);
  }
  return { sentencesOf, actorsInSentence, sentenceActorsOf };
}
