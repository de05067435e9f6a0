// Hand-built claim-stage inputs for unit tests: my own short texts, with a tiny entity dictionary
// standing in for the entity stage so each rule is tested alone.
import { splitSentences } from '../../scripts/ingest/sentences.ts';
import type { ActorType, CleanedArticle, LocalEntity, Mention } from '../../scripts/lib/types.ts';

export type Dict = [key: string, type: ActorType, forms: string[], roles?: string[]][];

export function hand(paragraphs: string[], dict: Dict): { cleaned: CleanedArticle; entities: LocalEntity[]; mentions: Mention[] } {
  const sentences = paragraphs.flatMap((p, i) => splitSentences(p).map((text) => ({ text, paragraph: i }))).map((s, i) => ({ n: i + 1, ...s }));
  const cleaned: CleanedArticle = { file: 'hand.txt', title: null, paragraphs, sentences, captions: [], subheadings: [], removed: [], metaLines: [] };
  const entities: LocalEntity[] = dict.map(([key, type, forms, roles]) => ({ key, name: forms[0], type, aliases: forms, roles: roles ?? [], evidence: [], mentions: 0 }));
  const forms = dict.flatMap(([key, type, fs]) => fs.map((f) => ({ key, type, f }))).sort((a, b) => b.f.length - a.f.length);
  const mentions: Mention[] = [];
  for (const s of sentences) {
    const taken: [number, number][] = [];
    for (const { key, type, f } of forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}-])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of s.text.matchAll(re)) {
        const st = m.index!, en = st + m[0].length;
        if (taken.some(([a, b]) => st < b && a < en)) continue;
        taken.push([st, en]);
        mentions.push({ sentence: s.n, start: st, end: en, text: m[0], type, entity: key });
      }
    }
  }
  mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  return { cleaned, entities, mentions };
}
