// diffDossiers and loadPrevious on hand-made dossiers: each case changes one thing and checks that
// exactly that is reported, matched on what the item is rather than on its id.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDossiers, loadPrevious } from '../../scripts/site/changes.ts';
import type { Dossier } from '../../scripts/lib/types.ts';
import { fixtureDossier } from './fixture.ts';

/** The fixture as an earlier build would have had it without one source (and all it alone brought). */
function withoutSource(d: Dossier, id: string): Dossier {
  const p: Dossier = structuredClone(d);
  p.sources = p.sources.filter((s) => s.id !== id);
  p.claims = p.claims.filter((c) => c.source !== id);
  p.actors = p.actors
    .map((a) => ({ ...a, mentions: a.mentions.filter((m) => m.source !== id) }))
    .filter((a) => a.mentions.length > 0);
  p.events = p.events
    .map((e) => ({ ...e, sources: e.sources.filter((s) => s !== id) }))
    .filter((e) => e.sources.length > 0);
  return p;
}

describe('diffDossiers', () => {
  it('reports a first build when there is no previous dossier', () => {
    const c = diffDossiers(null, fixtureDossier());
    expect(c.first).toBe(true);
    expect(c.total).toBe(0);
    expect(c.counts.current.sources).toBe(3);
  });

  it('finds nothing between two identical builds', () => {
    const c = diffDossiers(fixtureDossier(), fixtureDossier());
    expect(c.first).toBe(false);
    expect(c.total).toBe(0);
  });

  it('lists an added source with the actors, claims and events it brought', () => {
    const cur = fixtureDossier();
    const prev = withoutSource(cur, 'harbour-copy');
    const c = diffDossiers(prev, cur);
    expect(c.sources.added.map((s) => s.id)).toEqual(['harbour-copy']);
    expect(c.sources.added[0].href).toBe('/sources/harbour-copy/');
    expect(c.sources.added[0].brought.claims.map((x) => x.id)).toEqual(['c-unnamed']);
    expect(c.sources.added[0].brought.claims[0].href).toBe('/sources/harbour-copy/#s-7');
    expect(c.sources.added[0].brought.claims[0].href2).toBe('/claims/denial/#cl-denial');
    // Its actors and events were already known from the other copy: nothing new there ...
    expect(c.sources.added[0].brought.actors).toEqual([]);
    expect(c.sources.added[0].brought.events).toEqual([]);
    // ... but the event now has one more source.
    expect(c.events.changed.map((e) => [e.id, e.changes.map((f) => f.field)])).toEqual([['e-closure', ['sources']]]);
    expect(c.sources.removed).toEqual([]);
    expect(c.claims.added.map((x) => x.id)).toEqual(['c-unnamed']);
  });

  it('lists what a source alone brought: new actors and events too', () => {
    const cur = fixtureDossier();
    const prev = withoutSource(cur, 'undated-note');
    const c = diffDossiers(prev, cur);
    expect(c.sources.added.map((s) => s.id)).toEqual(['undated-note']);
    expect(c.sources.added[0].brought.events.map((e) => [e.id, e.href])).toEqual([['e-month', '/events/e-month/']]);
    expect(c.sources.added[0].brought.actors).toEqual([]); // Portville was mentioned before
    expect(c.sources.added[0].label).toBe('003_note.md');
  });

  it('does not call a renamed actor new: it is matched by a shared alias', () => {
    const prev = fixtureDossier();
    const cur = fixtureDossier();
    cur.actors[0] = { ...cur.actors[0], id: 'maren-volk-2', name: 'Maren A. Volk', url_path: '/actors/maren-volk-2/', aliases: [...cur.actors[0].aliases, 'Maren A. Volk'] };
    const c = diffDossiers(prev, cur);
    expect(c.actors.added).toEqual([]);
    expect(c.actors.removed).toEqual([]);
    expect(c.actors.renamed.map((a) => [a.id, a.previous_id])).toEqual([['maren-volk-2', 'maren-volk']]);
    expect(c.actors.aliases.map((a) => [a.id, a.aliases])).toEqual([['maren-volk-2', ['Maren A. Volk']]]);
  });

  it('reports an earlier actor whose name now belongs to another as merged, not removed', () => {
    const prev = fixtureDossier();
    prev.actors.push({ ...prev.actors[1], id: 'pae', name: 'PAE', aliases: ['PAE'], url_path: '/actors/pae/' });
    const c = diffDossiers(prev, fixtureDossier());
    expect(c.actors.removed).toEqual([]);
    expect(c.actors.merged.map((a) => [a.previous_id, a.href, a.label])).toEqual([['pae', '/actors/port-authority/', 'PAE']]);
    const gone = fixtureDossier();
    gone.actors.push({ ...gone.actors[1], id: 'other', name: 'Other Body', aliases: ['Other Body'], url_path: '/actors/other/' });
    expect(diffDossiers(gone, fixtureDossier()).actors.removed.map((a) => [a.id, a.href])).toEqual([['other', '']]);
  });

  it('matches claims by source, sentence and text, not by id', () => {
    const prev = fixtureDossier();
    const cur = fixtureDossier();
    cur.claims[0].id = 'c-renumbered';
    expect(diffDossiers(prev, cur).total).toBe(0);
    cur.claims[0].grade = 'confirmed';
    cur.claims[0].independent_reports = 2;
    const c = diffDossiers(prev, cur);
    expect(c.claims.added).toEqual([]);
    expect(c.claims.changed.map((x) => [x.id, x.previous_id, x.changes.map((f) => `${f.field}:${f.before}->${f.after}`)])).toEqual([
      ['c-renumbered', 'c-volk-closed', ['independent_reports:1->2', 'grade:repeated-by-copies->confirmed']],
    ]);
    // Same id but words from another sentence: a different claim.
    const moved = fixtureDossier();
    moved.claims[0].sentence = 'Another sentence entirely.';
    moved.claims[0].text = 'Something else.';
    const m = diffDossiers(prev, moved);
    expect(m.claims.added.map((x) => x.id)).toEqual(['c-volk-closed']);
    expect(m.claims.removed.map((x) => [x.id, x.href])).toEqual([['c-volk-closed', '']]);
  });

  it('reports a changed event date and a changed discrepancy side', () => {
    const prev = fixtureDossier();
    const cur = fixtureDossier();
    cur.events[0].date = '2021-03-02';
    cur.discrepancies[0].sides[1].value = 'Monday';
    const c = diffDossiers(prev, cur);
    expect(c.events.changed.map((e) => [e.id, e.changes])).toEqual([['e-closure', [{ field: 'date', before: '2021-03-03', after: '2021-03-02' }]]]);
    expect(c.discrepancies.changed.map((d) => [d.id, d.href, d.changes[0].field])).toEqual([['d-when', '/discrepancies/#d-when', 'sides']]);
  });

  it('reports edited source metadata', () => {
    const prev = fixtureDossier();
    const cur = fixtureDossier();
    cur.sources[2].published = '2021-02-20';
    cur.sources[0].report = 'r-other';
    const c = diffDossiers(prev, cur);
    expect(c.sources.changed.map((s) => [s.id, s.changes.map((f) => f.field)])).toEqual([
      ['harbour-report', ['report']],
      ['undated-note', ['published']],
    ]);
  });

  it('does not throw on records with missing fields', () => {
    const prev = { sources: [{ id: 'x' }], actors: [{ id: 'a' }], claims: [{}], events: [{ id: 'e' }], discrepancies: [{}] } as unknown as Dossier;
    const c = diffDossiers(prev, fixtureDossier());
    expect(c.sources.added).toHaveLength(3);
    expect(c.sources.removed.map((s) => s.id)).toEqual(['x']);
  });
});

describe('loadPrevious', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-prev-'));
  const write = (name: string, text: string) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return f;
  };

  it('reads a dossier.json', () => {
    const f = write('ok.json', JSON.stringify(fixtureDossier()));
    const r = loadPrevious(f);
    expect(r.error).toBeNull();
    expect(r.dossier?.sources).toHaveLength(3);
  });

  it('gives a one-line error naming the file when it cannot be used', () => {
    const cases = [
      path.join(dir, 'missing.json'),
      write('bad.json', '{"sources": ['),
      write('array.json', '[1,2]'),
      write('other.json', '{"name": "package"}'),
      write('wrong.json', '{"sources": [], "claims": 3}'),
    ];
    for (const f of cases) {
      const r = loadPrevious(f);
      expect(r.dossier).toBeNull();
      expect(r.error).toContain(f);
      expect(r.error).not.toContain('\n');
    }
  });
});
