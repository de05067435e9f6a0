// Pipeline output (per-article extractions + the corpus dossier) -> the neutral Prediction shape of
// score.ts. Corpus-level results (resolved actors, claims, event accounts) are preferred; when a
// corpus stage has produced nothing yet, the per-article results stand in, so each stage can be
// scored as soon as it exists.

import type { ArticleExtraction, Dossier, LocalEntity, Mention } from '../lib/types.ts';
import type { PredActor, PredArticle, PredEvent, PredMention, PredQuote, Prediction } from './score.ts';

/** Id given to an unresolved in-article entity: article-scoped, so it never merges across files. */
const localId = (file: string, key: string) => `local:${file}#${key}`;

/**
 * `actorOf` (optional, from extractCorpus): `${sourceId}\u0000${local entity key}` -> actor id, the
 * pipeline's own record of which actor each in-article entity became. Without it, a mention is mapped
 * to the dossier actor whose aliases contain its text and whose mentions include its source.
 */
export function toPrediction(extractions: ArticleExtraction[], dossier: Dossier | null, actorOf?: Map<string, string> | null): Prediction {
  const dActors = dossier?.actors ?? [];
  const actors: PredActor[] = dActors.map((a) => ({ id: a.id, type: a.type, aliases: [...a.aliases] }));
  const actorIds = new Set(actors.map((a) => a.id));
  // alias -> dossier actors carrying it, with their per-source counts, for mapping mentions
  const byAlias = new Map<string, { id: string; counts: Map<string, number> }[]>();
  for (const a of dActors) {
    const counts = new Map(a.mentions.map((m) => [m.source, m.count]));
    for (const al of a.aliases) {
      let l = byAlias.get(al);
      if (!l) byAlias.set(al, (l = []));
      l.push({ id: a.id, counts });
    }
  }
  const useDossierClaims = (dossier?.claims.length ?? 0) > 0;
  const useDossierEvents = (dossier?.events.length ?? 0) > 0;

  const articles: PredArticle[] = [];
  for (const x of extractions) {
    const source = x.meta.id;
    const file = x.meta.file;
    const locals = new Map<string, LocalEntity>(x.entities.map((e) => [e.key, e]));
    const addLocal = (key: string): string | null => {
      const e = locals.get(key);
      if (!e) return null;
      const id = localId(file, key);
      if (!actorIds.has(id)) {
        actorIds.add(id);
        actors.push({ id, type: e.type, aliases: [...e.aliases] });
      }
      return id;
    };
    // local key -> dossier actor id, learnt from the mentions (for claim speakers)
    const localToActor = new Map<string, string>();
    const resolve = (m: Mention): string | null => {
      // an explicit corpus actor id on the mention wins, if the pipeline provides one
      const explicit = (m as Mention & { actor?: unknown }).actor;
      if (typeof explicit === 'string' && actorIds.has(explicit)) return explicit;
      const viaMap = actorOf?.get(`${source}\u0000${m.entity}`);
      if (viaMap && actorIds.has(viaMap)) return viaMap;
      const cands = (byAlias.get(m.text) ?? []).filter((c) => c.counts.has(source));
      if (cands.length) {
        cands.sort((a, b) => (b.counts.get(source) ?? 0) - (a.counts.get(source) ?? 0));
        return cands[0].id;
      }
      return addLocal(m.entity);
    };
    const mentions: PredMention[] = (x.mentions ?? []).map((m) => {
      const actor = resolve(m);
      if (actor && !localToActor.has(m.entity)) localToActor.set(m.entity, actor);
      return { sentence: m.sentence, start: m.start, end: m.end, text: m.text, actor };
    });

    let quotes: PredQuote[];
    if (useDossierClaims) {
      quotes = dossier!.claims
        .filter((c) => c.source === source && c.direct)
        .map((c) => ({ text: c.text, speaker: c.speaker, speaker_label: c.speaker_label ?? '' }));
    } else {
      quotes = (x.claims ?? [])
        .filter((c) => c.direct)
        .map((c) => ({
          text: c.text,
          speaker:
            c.speaker === null
              ? null
              : (localToActor.get(c.speaker) ?? (actorOf?.get(`${source}\u0000${c.speaker}`) || null) ?? addLocal(c.speaker)),
          speaker_label: c.speaker_label ?? '',
        }));
    }

    const sentenceText = new Map(x.cleaned.sentences.map((s) => [s.n, s.text]));
    const extracted_events: PredEvent[] = (x.events ?? []).map((e) => ({ type: e.type, sentence: sentenceText.get(e.sentence) ?? '', date: e.date }));
    let events: PredEvent[];
    if (useDossierEvents) {
      events = [];
      for (const ev of dossier!.events)
        for (const acc of ev.accounts ?? [])
          if (acc.source === source)
            events.push({ type: String(ev.type), sentence: acc.sentence, date: acc.date !== undefined ? acc.date : ev.date });
    } else {
      events = extracted_events;
    }

    articles.push({
      file,
      sentences: x.cleaned.sentences.map((s) => ({ n: s.n, text: s.text })),
      mentions,
      quotes,
      events,
      extracted_events,
    });
  }
  return { articles, actors };
}
