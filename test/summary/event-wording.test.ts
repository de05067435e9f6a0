// How the summary words an event from its title: time words of the article's own day taken out, a bare
// number of the one group acted on read as its members, a hostile verb left without its object given it;
// and descriptions that name no one are not speakers.
import { describe, expect, it } from 'vitest';
import { eventWording } from '../../scripts/site/summary-clauses.ts';
import { describedParty } from '../../scripts/site/prose.ts';
import type { EventRecord } from '../../scripts/lib/types.ts';
import { fixtureDossier } from './fixture.ts';

const event = (title: string, sentence: string): EventRecord => ({ ...fixtureDossier().events[0], title, accounts: [{ ...fixtureDossier().events[0].accounts[0], sentence }] });
const party = (text: string, ...names: string[]) => ({ text, names: [text.replace(/^the /, ''), ...names] });

describe('event wording', () => {
  it('keeps a hyphenated first word as its sentence writes it (a word of letters and hyphens is matched literally)', () => {
    const w = eventWording(event('Anti-government protesters marched on the depot', 'Crowds of anti-government protesters marched on the depot on Friday.'), []);
    expect(w.clause ?? w.phrase).toMatch(/^anti-government protesters marched/);
  });

  it('drops time words that only the article’s own day makes true', () => {
    const w = eventWording(event('Raid on the depot last week', 'The raid on the depot last week angered the Velmar Front.'), []);
    expect(w.phrase).toBe('the raid on the depot');
    const c = eventWording(event('Velmar Front attacked the depot on Sunday', 'The Velmar Front attacked the depot on Sunday.'), [party('the Velmar Front')]);
    expect(c.clause).toBe('the Velmar Front attacked the depot');
  });

  it('reads a bare number as members of the one group acted on', () => {
    const w = eventWording(event('Arrest of one earlier this week in connection with a bombing', 'They protested the arrest of one earlier this week in connection with a bombing.'), [], [party('the Tarn Brigades')]);
    expect(w.phrase).toBe('the arrest of a member of the Tarn Brigades in connection with a bombing');
    const two = eventWording(event('Arrest of two in connection with a bombing', 'They protested the arrest of two in connection with a bombing.'), [], [party('Osu Group')]);
    expect(two.phrase).toBe('the arrest of two members of Osu Group in connection with a bombing');
  });

  it('gives a hostile verb left without its object the party acted on, unless the title names it', () => {
    expect(eventWording(event('Dana Vel has warned', 'Dana Vel has warned that she will hold Kalos responsible.'), [party('Dana Vel')], [party('Kalos')]).clause).toBe('Dana Vel warned Kalos');
    expect(eventWording(event('Dana Vel has warned Kalos', 'Dana Vel has warned Kalos.'), [party('Dana Vel')], [party('Kalos')]).clause).toBe('Dana Vel warned Kalos');
    expect(eventWording(event('Dana Vel took office', 'Dana Vel took office in May.'), [party('Dana Vel')], [party('Kalos')]).clause).toBe('Dana Vel took office');
  });
});

describe('speaker descriptions', () => {
  it('are not a time, a part or a circumstance', () => {
    for (const l of ['the beginning of the attacks', 'The end of the talks', 'the rest of the week', 'the aftermath of the raid']) expect(describedParty(l), l).toBeNull();
    expect(describedParty('the commander of the brigade')).toEqual({ text: 'the commander of the brigade', number: 'singular' });
  });
});

describe('acts against a backer', () => {
  it('are misread targets: a party described as the other’s ally does not act against it', async () => {
    const { backedBy } = await import('../../scripts/site/summary-acts.ts');
    expect(backedBy('Kalos-backed militias', 'Kalos')).toBe(true);
    expect(backedBy('pro-Kalos forces', 'Kalos')).toBe(true);
    expect(backedBy('Kalos-backed militias', 'Velmar')).toBe(false);
    expect(backedBy('the Velmar Front', 'the Velmar Front')).toBe(false);
    expect(backedBy('Kalosian fighters', 'Kalos')).toBe(false);
  });
});
