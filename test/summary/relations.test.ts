// The who-against-whom lines the pages show (scripts/site/relations.ts), and the summary and network
// reading the dossier's relation records rather than deriving pairs from claims and events.
import { describe, expect, it } from 'vitest';
import { actorRelationLines, relationLines } from '../../scripts/site/relations.ts';
import { summarise } from '../../scripts/site/summarise.ts';
import { buildNetwork } from '../../scripts/site/network.ts';
import type { Dossier, RelationRecord } from '../../scripts/lib/types.ts';
import { fixtureDossier } from './fixture.ts';

const rel = (id: string, kind: RelationRecord['kind'], from: string, to: string, source: string, n: number, verb: string): RelationRecord => ({
  id, kind, from, to, source, sentence_n: n, evidence: `sentence ${n}`, claim: null, event: null, independent_reports: 1, verb,
});

function withRelations(): Dossier {
  const d = fixtureDossier();
  // s1 and s3 are copies of one report (r1), s2 is another
  d.relations = [
    rel('s1-r1', 'attacks', 'harbor-front', 'northern-guard', 's1', 3, 'shelled'),
    rel('s3-r1', 'attacks', 'harbor-front', 'northern-guard', 's3', 3, 'shelled'),
    rel('s2-r1', 'attacks', 'harbor-front', 'northern-guard', 's2', 8, 'struck'),
    rel('s2-r2', 'condemns', 'lena-marsh', 'harbor-front', 's2', 9, 'denounced'),
    rel('s2-r3', 'accuses', 'lena-marsh', 'ghost-actor', 's2', 9, 'accused'),
  ];
  return d;
}

describe('relation lines', () => {
  it('groups by (from, kind, to), counts independent reports, keeps the verb and links every sentence', () => {
    const lines = relationLines(withRelations());
    expect(lines.map((l) => `${l.from.id} ${l.kind} ${l.to.id} ×${l.count} "${l.verb}"`)).toEqual([
      'harbor-front attacks northern-guard ×2 "shelled"',
      'lena-marsh condemns harbor-front ×1 "denounced"',
    ]);
    expect(lines[0].evidence.map((e) => e.href)).toEqual(['/sources/s1/#s-3', '/sources/s2/#s-8', '/sources/s3/#s-3']);
    expect(lines[0].evidence[0].label).toBe('Daily Ledger');
    expect(actorRelationLines(lines, 'lena-marsh').map((l) => l.kind)).toEqual(['condemns']);
  });

  it('feeds the summary table instead of pairs derived from named speakers\' claims and events (a described speaker\'s claim still counts)', () => {
    const s = summarise(withRelations());
    expect(s.relations.map((r) => `${r.from.href ?? r.from.text} ${r.verb} ${r.to.href} ×${r.reports}`)).toEqual([
      '/actors/harbor-front/ attacks /actors/northern-guard/ ×2',
      '/actors/lena-marsh/ condemns /actors/harbor-front/ ×1',
      'a militia accuses /actors/northern-guard/ ×1',
    ]);
  });

  it('draws typed network edges from the relation records, one count per report', () => {
    const net = buildNetwork(withRelations(), new Map());
    const e = net.edges.find((x) => x.source === 'harbor-front' && x.target === 'northern-guard')!;
    expect(e.relations.find((r) => r.type === 'attacks')?.count).toBe(2);
    // claims' pairs are no longer drawn when the dossier has relation records
    expect(net.edges.some((x) => x.relations.some((r) => r.type === 'accuses'))).toBe(false);
  });
});
