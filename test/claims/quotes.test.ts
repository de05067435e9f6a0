// Direct quotes on real text, scored against the hand annotations (test/fixtures/annotations).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from '../../scripts/eval/gold.ts';
import { labelsOverlap, normQuote, tokenOverlap } from '../../scripts/eval/score.ts';
import { loadDir, ROOT, type Loaded } from './corpus.ts';

const gold = loadGold(path.join(ROOT, 'test', 'fixtures', 'annotations'));

interface Score {
  gold: number;
  predicted: number;
  found: number;
  matchedPred: number;
  speakerOk: number;
  misses: string[];
}

/** Same matching rule as the eval: >= 50% shared tokens, one-to-one; a speaker is right when the
 * predicted entity carries one of the gold actor's forms (named) or is null with an overlapping label. */
function score(arts: Loaded[]): Score {
  const s: Score = { gold: 0, predicted: 0, found: 0, matchedPred: 0, speakerOk: 0, misses: [] };
  for (const a of arts) {
    const g = gold.find((x) => x.file === a.file);
    if (!g) continue;
    const pred = a.claims.filter((c) => c.direct);
    s.gold += g.quotes.length;
    s.predicted += pred.length;
    const used = new Set<number>();
    for (const q of g.quotes) {
      let best = -1, bestScore = 0.5;
      pred.forEach((p, j) => {
        if (used.has(j)) return;
        const o = normQuote(p.text) === normQuote(q.text) ? 1.01 : tokenOverlap(normQuote(q.text), normQuote(p.text));
        if (o >= bestScore) (best = j), (bestScore = o);
      });
      if (best < 0) {
        s.misses.push(`${a.file}: ${q.text}`);
        continue;
      }
      used.add(best);
      s.found++;
      const p = pred[best];
      if (q.speaker === null) {
        if (p.speaker === null && labelsOverlap(p.speaker_label, q.speaker_label)) s.speakerOk++;
        else s.misses.push(`${a.file}: speaker of "${q.text}" = ${p.speaker} / ${p.speaker_label}`);
      } else {
        const forms = new Set(g.actors.find((x) => x.id === q.speaker)?.forms ?? []);
        const e = a.entities.find((x) => x.key === p.speaker);
        if (e && [e.name, ...e.aliases].some((f) => forms.has(f))) s.speakerOk++;
        else s.misses.push(`${a.file}: speaker of "${q.text}" = ${p.speaker_label} (gold ${q.speaker})`);
      }
    }
    s.matchedPred += used.size;
  }
  return s;
}

describe('direct quotes: the five bundled articles', () => {
  const arts = loadDir(path.join(ROOT, 'sources'));
  const s = score(arts);
  it('finds >= 90% of the annotated quotes with >= 0.9 precision', () => {
    expect(s.gold).toBeGreaterThan(30);
    expect(s.found / s.gold, s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(s.matchedPred / s.predicted).toBeGreaterThanOrEqual(0.9);
  });
  it('gives >= 90% of the found quotes the right speaker', () => {
    expect(s.speakerOk / s.found, s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('direct quotes: other-topic fixtures (same code, unseen topics)', () => {
  const arts = loadDir(path.join(ROOT, 'test', 'fixtures', 'articles'));
  const s = score(arts);
  it('finds >= 85% of the annotated quotes, precision >= 0.85', () => {
    expect(s.gold).toBeGreaterThan(20);
    expect(s.found / s.gold, s.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(s.matchedPred / s.predicted).toBeGreaterThanOrEqual(0.85);
  });
  it('gives >= 85% of them the right speaker', () => {
    expect(s.speakerOk / s.found, s.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
