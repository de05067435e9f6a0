// An invented article of the given paragraphs run through the whole per-article extraction: its claims as
// "speaker: words" (a named speaker by its entity's name, an unnamed one by its label).
import { extractArticle } from '../../scripts/extract/extract.ts';

export function claimsOf(...paras: string[]): string[] {
  const text = `News from Port Sella\n\n${paras.join('\n\n')}\n`;
  const r = extractArticle({ path: '/fixtures/t.txt', file: 't.txt', bytes: Buffer.from(text) }, 't');
  if (!r.ok) throw new Error(r.reason);
  const name = new Map(r.extraction.entities.map((e) => [e.key, e.name]));
  return r.extraction.claims.map((c) => `${c.speaker ? name.get(c.speaker) : c.speaker_label}: ${c.text}`);
}
