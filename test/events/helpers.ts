// Test helper: invented articles through the per-article events stage, with a hand-made name list
// (every name here is made up; corpus names stay out of tests' sentences).
import { extractEvents } from '../../scripts/extract/events/index.ts';
import { articleFromText } from './corpus.ts';
import type { ActorType, ArticleEvent, LocalEntity, Mention } from '../../scripts/lib/types.ts';

const NAMES: [string, ActorType, string[]][] = [
  ['vaher', 'person', ['Peeter Vaher', 'Vaher']],
  ['kask', 'person', ['Maret Kask', 'Kask']],
  ['lind', 'person', ['Ane Lind', 'Lind']],
  ['orav', 'person', ['Toomas Orav', 'Orav']],
  ['union', 'organization', ['Green Union']],
  ['front', 'organization', ['Northern Front']],
  ['council', 'organization', ['Security Council']],
  ['court', 'organization', ['High Court']],
  ['ministry', 'organization', ['Interior Ministry']],
  ['army', 'organization', ['National Army']],
  ['valga', 'place', ['Valga']],
  ['narva', 'place', ['Narva']],
  ['ostland', 'place', ['Ostland']],
  ['westmark', 'place', ['Westmark']],
];

function mentionsFor(sentences: { n: number; text: string }[]): Mention[] {
  const out: Mention[] = [];
  const forms = NAMES.flatMap(([key, type, aliases]) => aliases.map((a) => ({ key, type, a }))).sort((x, y) => y.a.length - x.a.length);
  for (const s of sentences)
    for (const f of forms)
      for (let i = s.text.indexOf(f.a); i >= 0; i = s.text.indexOf(f.a, i + 1)) {
        const end = i + f.a.length;
        if (/\w/.test(s.text[end] ?? '') || out.some((m) => m.sentence === s.n && m.start < end && i < m.end)) continue;
        out.push({ sentence: s.n, start: i, end, text: f.a, type: f.type, entity: f.key });
      }
  return out.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** Events of an invented article (paragraphs separated by blank lines), with its sentences. */
export function eventsOf(text: string, published: string | null): { events: ArticleEvent[]; sentences: string[] } {
  const a = articleFromText('t', text, published);
  const entities: LocalEntity[] = NAMES.map(([key, type, aliases]) => ({ key, name: aliases[0], type, aliases, roles: [], evidence: [], mentions: 0 }));
  const events = extractEvents(a.cleaned, a.meta, entities, mentionsFor(a.cleaned.sentences));
  return { events, sentences: a.cleaned.sentences.map((s) => s.text) };
}

/** The events of one sentence (1-based) of an invented article. */
export function eventsIn(text: string, published: string | null, sentence = 1): ArticleEvent[] {
  return eventsOf(text, published).events.filter((e) => e.sentence === sentence);
}
