// The trigger prefilter (anchor words) and the triggers outside the conflict vocabulary: courts,
// politics, business, disasters, rescues, and the dated past-verb fallback. Fixture text is our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/extract/events/index.ts';
import { anchorsOf, candidateTriggers, findTriggers, UNANCHORED } from '../../scripts/language/event-triggers.ts';
import { resolveDates, resolveDatesAndStated } from '../../scripts/language/dates.ts';
import { articleFromText, loadCorpus } from './corpus.ts';
import type { LocalEntity, Mention } from '../../scripts/lib/types.ts';

const root = path.join(import.meta.dirname, '..', '..');

/** Every sentence-ish piece of the bundled articles and the other-topic fixtures (tags stripped). */
function allSentences(): string[] {
  const out: string[] = [];
  for (const a of loadCorpus()) out.push(...a.cleaned.sentences.map((s) => s.text));
  const dir = path.join(root, 'test/fixtures/articles');
  for (const f of fs.readdirSync(dir)) {
    const raw = fs.readFileSync(path.join(dir, f), 'utf8').replace(/<[^>]+>/g, ' ');
    out.push(...raw.split(/(?<=[.!?”"])\s+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  return out;
}

describe('trigger prefilter', () => {
  it('derives an anchor word for every pattern', () => {
    expect(UNANCHORED).toEqual([]);
    expect(anchorsOf('to\\s+meet|is\\s+(?:due|set)\\s+to\\s+visit')).toEqual(['meet', 'due', 'set']);
    expect(anchorsOf('(?:air|drone)[\\s-]?strikes?|airstrikes?')).toEqual(['air', 'drone', 'airstrike']);
    expect(anchorsOf('cancell?ed')).toBeNull();
  });
  it('finds exactly what the unfiltered patterns find, on real sentences', () => {
    const sentences = allSentences();
    expect(sentences.length).toBeGreaterThan(200);
    let withTrigger = 0;
    for (const s of sentences) {
      const all = findTriggers(s);
      if (all.length) withTrigger++;
      expect(findTriggers(s, candidateTriggers(s))).toEqual(all);
    }
    expect(withTrigger).toBeGreaterThan(50);
  });
  it('skips sentences without any trigger word', () => {
    expect(candidateTriggers('The weather stayed mild and the shops stayed open late.')).toEqual([]);
  });
});

describe('dates in one pass', () => {
  it('returns the reference-free subset exactly as resolveDates(s, null) does', () => {
    for (const s of allSentences()) {
      const { stated } = resolveDatesAndStated(s, '2001-06-15');
      expect(stated).toEqual(resolveDates(s, null));
    }
  });
  it('reads a date chrono sees only inside its window, at the right offset', () => {
    const s = `${'The long preamble of this sentence goes on for a while, '.repeat(3)}and the deal was signed on March 14, 2023 in the capital.`;
    const [d] = resolveDates(s, null);
    expect(d).toMatchObject({ date: '2023-03-14', precision: 'day', text: 'March 14, 2023' });
    expect(s.slice(d.index, d.index + d.text.length)).toBe('March 14, 2023');
  });
});

// Hand-made entity dictionary for the fixture below.
const DICT: [string, LocalEntity['type'], string[]][] = [
  ['court', 'organization', ['Tallinn City Court']],
  ['kask', 'person', ['Maret Kask', 'Kask']],
  ['union', 'organization', ['Green Union']],
  ['vaher', 'person', ['Peeter Vaher', 'Vaher']],
  ['nordwind', 'organization', ['Nordwind Shipping', 'Nordwind']],
  ['parnu', 'place', ['Pärnu']],
  ['saaremaa', 'place', ['Saaremaa']],
  ['coastguard', 'organization', ['coastguard']],
  ['ministry', 'organization', ['Interior Ministry']],
  ['marine', 'person', ['Liis Marine']],
];
const TEXT = `Tallinn City Court on Tuesday sentenced the harbour inspector Maret Kask to four years in prison for taking bribes, her lawyer said.

The Green Union on Monday named Peeter Vaher as its candidate for mayor, ending weeks of infighting within the party leadership.

Nordwind Shipping suspended a planned share sale on Wednesday after the regulator asked about its accounts, the company said in a filing.

A landslide triggered by heavy rain buried six houses near Pärnu on Sunday, killing three people, officials said.

The coastguard rescued nine fishermen off Saaremaa on Monday after their trawler capsized in a storm overnight.

Liis Marine, who took office in May, has promised to review every harbour contract signed by her predecessor.

According to the Interior Ministry, investigators began monitoring the harbour office in the spring of 2021 before anyone was charged.

The committee would have approved the plan in June if the money had been there, one member said wistfully.`;

function mentionsFor(sentences: { n: number; text: string }[]): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences)
    for (const [key, type, aliases] of DICT)
      for (const al of aliases) {
        const i = s.text.indexOf(al);
        if (i >= 0 && !out.some((m) => m.sentence === s.n && m.start <= i && i < m.end)) out.push({ sentence: s.n, start: i, end: i + al.length, text: al, type, entity: key } as Mention);
      }
  return out;
}

describe('events outside the conflict vocabulary', () => {
  const a = articleFromText('o1', TEXT, '2023-05-18'); // a Thursday
  const entities: LocalEntity[] = DICT.map(([key, type, aliases]) => ({ key, name: aliases[0], type, aliases, roles: [], evidence: [], mentions: 0 }));
  const evs = extractEvents(a.cleaned, a.meta, entities, mentionsFor(a.cleaned.sentences));
  const at = (n: number) => evs.filter((e) => e.sentence === n);
  it('reads a sentencing with its court, defendant and day', () => {
    const [e] = at(1).filter((x) => x.type === 'other');
    expect(e).toMatchObject({ date: '2023-05-16', precision: 'day', agents: ['court'] });
    expect(e.patients).toContain('kask');
    expect(e.title).toMatch(/^Tallinn City Court sentenced/);
  });
  it('reads a nomination, a suspended share sale, a landslide and a rescue', () => {
    expect(at(2).map((e) => [e.type, e.date, e.agents[0]])).toEqual([['other', '2023-05-15', 'union']]);
    expect(at(3).find((e) => e.type === 'other')).toMatchObject({ date: '2023-05-17', agents: ['nordwind'] });
    const slide = at(4).find((e) => e.type === 'other');
    expect(slide).toMatchObject({ date: '2023-05-14', places: ['parnu'] });
    expect(slide!.title).toMatch(/^Landslide/);
    expect(at(5).find((e) => e.type === 'other')).toMatchObject({ date: '2023-05-15', agents: ['coastguard'] });
  });
  it('reads "took office in May" and the dated past-verb fallback, but not a counterfactual', () => {
    expect(at(6).find((e) => e.type === 'other')).toMatchObject({ date: '2023-05', precision: 'month' });
    const fb = at(7);
    expect(fb.map((e) => [e.type, e.date])).toEqual([['other', '2021']]);
    expect(fb[0].title).toMatch(/began monitoring/);
    expect(at(8)).toEqual([]);
  });
});

// Titles and agents: role nouns, modifiers, reported passives, statement beside a threat.
const Q_DICT: [string, LocalEntity['type'], string[], string[]][] = [
  ['ruus', 'person', ['Anneli Ruus', 'Ruus'], ['Prime Minister']],
  ['tamm', 'person', ['Jaan Tamm', 'Tamm'], ['commander']],
  ['league', 'organization', ['Harbour League'], []],
  ['norland', 'place', ['Norland'], []],
  ['riga', 'place', ['Riga'], []],
];
const Q_TEXT = `Prime Minister Anneli Ruus toured the port on Friday night as Norland-backed gangs threatened the customs office and the prime minister deploying extra police to the docks calmed the crowd.

A Harbour League commander Jaan Tamm said a member of their league has been arrested on smuggling charges and that lawyers were on their way.

Another faction went even further and threatened the harbour master if he does not reopen the berths.

Jaan Tamm tweeted on Sunday that the league would march again and warned the government against new arrests.

The union said officers wouldn’t be targeted in any retaliation after the vote in Riga.`;

describe('titles and agents', () => {
  const a = articleFromText('q1', Q_TEXT, '2023-05-18');
  const entities: LocalEntity[] = Q_DICT.map(([key, type, aliases, roles]) => ({ key, name: aliases[0], type, aliases, roles, evidence: [], mentions: 0 }));
  const mentions: Mention[] = [];
  for (const s of a.cleaned.sentences)
    for (const [key, type, aliases] of Q_DICT)
      for (const al of aliases) {
        let i = s.text.indexOf(al);
        while (i >= 0) {
          if (!mentions.some((m) => m.sentence === s.n && m.start <= i && i < m.end)) mentions.push({ sentence: s.n, start: i, end: i + al.length, text: al, type, entity: key } as Mention);
          i = s.text.indexOf(al, i + 1);
        }
      }
  const evs = extractEvents(a.cleaned, a.meta, entities, mentions);
  const at = (n: number, t: string) => evs.filter((e) => e.sentence === n && e.type === t);
  it('gives a role-noun subject to the one holder of that role, and a modifier place no agency', () => {
    expect(at(1, 'deployment')[0]?.agents).toEqual(['ruus']);
    const threat = at(1, 'threat')[0];
    expect(threat).toBeDefined();
    expect(threat.agents).toEqual([]); // "Norland-backed gangs" are not Norland
  });
  it('builds a passive title from the reported clause, not from the speech verb before it', () => {
    const [arrest] = at(2, 'arrest');
    expect(arrest.title).toMatch(/^A member of their league has been arrested on smuggling charges$/);
    expect(arrest.title).not.toMatch(/said|\b(?:and|has)$/);
  });
  it('reads a threat after "went further and", and keeps a tweet beside the warning in it', () => {
    expect(at(3, 'threat')).toHaveLength(1);
    expect(at(4, 'statement')[0]?.agents).toEqual(['tamm']);
    expect(at(4, 'threat')).toHaveLength(1);
  });
  it('treats a curly-apostrophe negation as non-factual', () => {
    expect(evs.filter((e) => e.sentence === 5 && e.type === 'attack')).toEqual([]);
  });
});
