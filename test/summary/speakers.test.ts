import { describe, expect, it } from 'vitest';
import type { ActorRecord, ClaimRecord, Dossier } from '../../scripts/lib/types.ts';
import { claimSpeakers } from '../../scripts/site/speakers.ts';

// Invented organisations and claims: copies of one report repeat a claim word for word, and the same words
// can stand in sentences that name different groups.
const org = (id: string, name: string): ActorRecord => ({ id, name, type: 'organization', aliases: [], mentions: [], url_path: `/actors/${id}/`, roles: [], description: null, affiliations: [], portrait: null, evidence: [] });
const sentence = 'The Heron Brigade said on Monday, with a spokesman warning of reprisals.';
const claim = (id: string, source: string, extra: Partial<ClaimRecord> = {}): ClaimRecord => ({
  id, kind: 'warning', direct: false, speaker: null, speaker_label: 'a spokesman', targets: [], text: 'reprisals would follow', source, sentence, sentence_n: 1, cluster: 'k1', independent_reports: 1, grade: 'reported-once', ...extra,
});
const dossier = {
  sources: [], events: [], discrepancies: [], relations: [],
  actors: [org('heron', 'Heron Brigade'), org('kestrel', 'Kestrel Front')],
  claims: [claim('c1', 's1'), claim('c2', 's2'), claim('c3', 's3'), claim('c4', 's4', { speaker_label: 'a spokesman for the Kestrel Front' })],
} as unknown as Dossier;

describe('claimSpeakers', () => {
  it('finds the group of each copy of a claim from the actors its own sentence names', () => {
    const actorsInSentence = new Map([['s1#1', ['heron']], ['s2#1', ['heron']], ['s3#1', ['kestrel']], ['s4#1', ['kestrel', 'heron']]]);
    const speakers = claimSpeakers({ dossier, actorsInSentence });
    expect(speakers.get('c1')).toMatchObject({ actor: 'heron', forGroup: true, text: 'a spokesman for Heron Brigade' });
    expect(speakers.get('c2')).toEqual(speakers.get('c1'));
    // the same words in a sentence that names no Heron Brigade: no group
    expect(speakers.get('c3')).toMatchObject({ actor: null, forGroup: false, text: 'a spokesman' });
    // a group named in the description is the group, and is not named twice
    expect(speakers.get('c4')).toMatchObject({ actor: 'kestrel', forGroup: true, text: 'a spokesman for the Kestrel Front' });
  });

  it('leaves out outlets as groups, whatever an earlier claim with the same words found', () => {
    const actorsInSentence = new Map([['s1#1', ['heron']], ['s2#1', ['heron']], ['s3#1', ['heron']], ['s4#1', ['heron']]]);
    const speakers = claimSpeakers({ dossier, actorsInSentence, outlets: new Set(['heron']) });
    expect(speakers.get('c1')).toMatchObject({ actor: null, text: 'a spokesman' });
  });
});
