// The comparison baseline: compromise's own people()/organizations()/places() on the same cleaned
// sentences. compromise is too slow for the product (see the brief) and is only loaded here, by the
// evaluation script, through a dynamic import.

import type { ActorType } from '../lib/types.ts';
import { normName, type PredActor, type PredArticle, type Prediction } from './score.ts';

interface Match {
  text: string;
  offset?: { start: number; length: number };
}
type Doc = {
  people(): { json(o: object): Match[] };
  organizations(): { json(o: object): Match[] };
  places(): { json(o: object): Match[] };
};
type Nlp = (text: string) => Doc;

let nlpPromise: Promise<Nlp> | null = null;
async function loadNlp(): Promise<Nlp> {
  nlpPromise ??= import('compromise').then((m) => ((m as { default?: unknown }).default ?? m) as Nlp);
  return nlpPromise;
}

/** Trims what compromise leaves on a span: spaces, punctuation, a possessive 's. */
function trimSpan(sentence: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"'“”‘’(),.;:!?-]/.test(sentence[start])) start++;
  while (end > start && /[\s"'“”‘’(),.;:!?-]/.test(sentence[end - 1])) end--;
  if (/['’]s$/.test(sentence.slice(start, end))) end -= 2;
  return [start, end];
}

/** Runs compromise sentence by sentence; each distinct (type, name) is one predicted actor. */
export async function compromisePrediction(articles: { file: string; sentences: { n: number; text: string }[] }[]): Promise<Prediction> {
  const nlp = await loadNlp();
  const actors = new Map<string, PredActor>();
  const out: PredArticle[] = [];
  for (const a of articles) {
    const mentions: PredArticle['mentions'] = [];
    for (const s of a.sentences) {
      let doc: Doc;
      try {
        doc = nlp(s.text);
      } catch {
        continue;
      }
      const seen = new Set<string>();
      const kinds: [ActorType, () => Match[]][] = [
        ['person', () => doc.people().json({ offset: true })],
        ['organization', () => doc.organizations().json({ offset: true })],
        ['place', () => doc.places().json({ offset: true })],
      ];
      for (const [type, get] of kinds) {
        for (const m of get()) {
          if (!m.offset) continue;
          const [start, end] = trimSpan(s.text, m.offset.start, m.offset.start + m.offset.length);
          if (end <= start || seen.has(`${start}:${end}`)) continue;
          seen.add(`${start}:${end}`);
          const text = s.text.slice(start, end);
          const id = `${type}:${normName(text)}`;
          if (!actors.has(id)) actors.set(id, { id, type, aliases: [text] });
          mentions.push({ sentence: s.n, start, end, text, actor: id });
        }
      }
    }
    out.push({ file: a.file, sentences: a.sentences, mentions, quotes: [], events: [] });
  }
  return { articles: out, actors: [...actors.values()] };
}
