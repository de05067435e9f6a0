// Source pages' inputs on the bundled articles: the Markdown is what the links of the whole corpus give, and
// the input key changes exactly when what the links are made from changes.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus, projectRoot, type CorpusResult } from '../../scripts/pipeline.ts';
import { sentenceMarkup, sourceMarkdown } from '../../scripts/site/markdown.ts';
import { sourcePageInputs } from '../../scripts/site/source-pages.ts';
import type { SiteViews } from '../../scripts/site/views/index.ts';

let corpus: CorpusResult;
const views = { sources: [] } as unknown as SiteViews;

beforeAll(async () => {
  corpus = await extractCorpus(path.join(projectRoot, 'sources'), { curation: false, cacheDir: null, workers: 0, quiet: true });
}, 120_000);

/** The corpus with its dossier copied (actors and claims), so that a test can change it. */
function copy(c: CorpusResult): CorpusResult {
  return { ...c, dossier: { ...c.dossier, actors: c.dossier.actors.map((a) => ({ ...a })), claims: c.dossier.claims.map((x) => ({ ...x })) } };
}
const keys = (c: CorpusResult) => new Map([...sourcePageInputs(c, views, 'g').inputs].map(([id, i]) => [id, i.key]));

describe('sourcePageInputs', () => {
  it('gives each source the Markdown that the links of the whole corpus give', () => {
    const pages = sourcePageInputs(corpus, views, 'g');
    const all = sentenceMarkup(corpus.dossier, corpus.extractions, corpus.actorOf);
    expect(pages.inputs.size).toBe(corpus.dossier.sources.length);
    for (const [id, input] of pages.inputs) {
      const expected = sourceMarkdown({ record: input.record, extraction: input.extraction, markup: all.get(id)!, extra: input.extra });
      expect(pages.markdownOf(id)).toBe(expected);
    }
  });

  it('changes the key of the sources that link an actor renamed, and only theirs', () => {
    const before = keys(corpus);
    const changed = copy(corpus);
    // an actor named in some sources but not all
    const linkedIn = (actorId: string) => new Set(corpus.extractions.filter((x) => x.mentions.some((m) => corpus.actorOf.get(`${x.meta.id}\u0000${m.entity}`) === actorId)).map((x) => x.meta.id));
    const actor = changed.dossier.actors.find((a) => linkedIn(a.id).size > 0 && linkedIn(a.id).size < corpus.dossier.sources.length)!;
    expect(actor).toBeDefined();
    actor.name = `${actor.name} Renamed`;
    const after = keys(changed);
    for (const [id, key] of before) expect(after.get(id) !== key).toBe(linkedIn(actor.id).has(id));
  });

  it('changes the key of a source whose claims change, and only its', () => {
    const before = keys(corpus);
    const changed = copy(corpus);
    const claim = changed.dossier.claims[0];
    changed.dossier.claims = changed.dossier.claims.filter((c) => c !== claim);
    const after = keys(changed);
    for (const [id, key] of before) expect(after.get(id) !== key).toBe(id === claim.source);
  });
});
