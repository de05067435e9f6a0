import { describe, expect, it } from 'vitest';
import type { ClaimRecord, Dossier } from '../../scripts/lib/types.ts';
import { summaryMaterialOf } from '../../scripts/site/summarise.ts';
import { fixtureDossier } from './fixture.ts';

// Copies of a report repeat a claim word for word; the material words such copies once and must give each
// the clause it would get alone, and never lend one claim's clause to a claim that differs.
describe('claim clauses of copies', () => {
  const withSentence = (c: ClaimRecord, text: string, sentence: string, extra: Partial<ClaimRecord> = {}): ClaimRecord => ({ ...c, text, sentence, ...extra });

  it('gives every copy the clause it gets when worded alone', () => {
    const d = fixtureDossier();
    const base = d.claims.find((c) => c.id === 'c1')!;
    const sentence = 'Harbor Front accused Lena Marsh of hiding the convoy losses from the council.';
    const copies = [
      withSentence(base, 'Lena Marsh of hiding the convoy losses from the council', sentence, { id: 'x1', direct: false }),
      withSentence(base, 'Lena Marsh of hiding the convoy losses from the council', sentence, { id: 'x2', source: 's3', direct: false }),
      withSentence(base, 'Lena Marsh of hiding the convoy losses', sentence, { id: 'x3', source: 's2', direct: false }),
    ];
    const dossier: Dossier = { ...d, claims: [...d.claims, ...copies] };
    const together = summaryMaterialOf(dossier).claimClauses;
    for (const c of copies) {
      const alone = summaryMaterialOf({ ...d, claims: [c] }).claimClauses.get(c.id);
      expect(together.get(c.id)).toBe(alone);
    }
    expect(together.get('x1')).toBe('the Harbor Front accused Lena Marsh of hiding the convoy losses from the council');
    expect(together.get('x3')).toBe('the Harbor Front accused Lena Marsh of hiding the convoy losses');
  });
});
