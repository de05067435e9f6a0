// Outlets and wire agencies are sources, not actors, unless the text makes them participants.
import { describe, expect, it } from 'vitest';
import { findOutlets } from '../../scripts/site/outlets.ts';
import type { Dossier } from '../../scripts/lib/types.ts';
import { fixtureDossier } from './fixture.ts';

function withPress(): Dossier {
  const d = fixtureDossier();
  const base = d.actors.find((a) => a.id === 'harbor-front')!;
  d.sources = d.sources.map((s, i) => (i === 0 ? { ...s, outlet: 'Velor News' } : s));
  d.actors = [
    ...d.actors,
    { ...base, id: 'afp', name: 'AFP', aliases: [], type: 'organization' },
    { ...base, id: 'daily-ledger', name: 'Daily Ledger', aliases: [], type: 'organization' },
    { ...base, id: 'evening-post', name: 'Evening Post', aliases: [], type: 'organization' },
  ];
  return d;
}

describe('findOutlets', () => {
  it('takes a wire agency and the outlets of the sources for sources, not actors', () => {
    const out = findOutlets({ dossier: withPress() });
    expect([...out].sort()).toEqual(['afp', 'evening-post']); // s1's outlet is now Velor News: Daily Ledger is an actor like any other
  });

  it('never takes a place or a person for an outlet, even when an outlet is named after it ("Velor News")', () => {
    const out = findOutlets({ dossier: withPress() });
    expect(out.has('velor')).toBe(false);
    expect(out.has('lena-marsh')).toBe(false);
  });

  it('keeps an outlet an actor when the text makes it a participant (threatened, attacked)', () => {
    const d = withPress();
    d.claims = [...d.claims, { ...d.claims[2], id: 'c-threat-afp', cluster: 'k-afp', targets: ['afp'] }];
    expect(findOutlets({ dossier: d }).has('afp')).toBe(false);
  });
});
