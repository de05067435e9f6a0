// Claim extraction rules on short texts written for these tests (a fictional dockers' strike and a
// fictional water dispute), one rule per case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../scripts/extract/claims/index.ts';
import type { ArticleClaim } from '../../scripts/lib/types.ts';
import { hand, type Dict } from './hand.ts';

const DICT: Dict = [
  ['okafor', 'person', ['Ngozi Okafor', 'Okafor'], ['union leader']],
  ['lindqvist', 'person', ['Per Lindqvist', 'Lindqvist'], ['port director']],
  ['marsh', 'person', ['Helen Marsh', 'Marsh'], ['analyst at the Harbour Institute']],
  ['union', 'organization', ['Dockworkers Union', 'DWU']],
  ['authority', 'organization', ['Port Authority']],
  ['brigade', 'organization', ['Northern Valley Brigade']],
  ['ministry', 'organization', ['Ministry of Water']],
  ['rotterdam', 'place', ['Rotterdam']],
  ['velmora', 'place', ['Velmora']],
];

const run = (paras: string[], dict: Dict = DICT): ArticleClaim[] => {
  const { cleaned, entities, mentions } = hand(paras, dict);
  return extractClaims(cleaned, entities, mentions);
};
const direct = (cs: ArticleClaim[]) => cs.filter((c) => c.direct);

describe('direct quotes', () => {
  it('attributes "..., said X" and "X said: ..." in curly and straight marks', () => {
    const cs = run([
      '“We will not unload a single ship until the deal is signed,” said Ngozi Okafor, the head of the Dockworkers Union.',
      'Per Lindqvist said: "The port remains open for business."',
    ]);
    const d = direct(cs);
    expect(d.map((c) => c.text)).toEqual(['We will not unload a single ship until the deal is signed', 'The port remains open for business.']);
    expect(d.map((c) => c.speaker)).toEqual(['okafor', 'lindqvist']);
    expect(d[0].speaker_label).toBe('Ngozi Okafor');
    expect(d[0].kind).toBe('quote');
  });

  it('resolves "he said" / "she added" to the nearest compatible person, "it said" to the organisation', () => {
    const cs = direct(
      run([
        'Helen Marsh, an analyst at the Harbour Institute, expects a long dispute.',
        '“Neither side can afford to blink first,” she said.',
        'The Port Authority issued a statement on Monday. “All berths will be staffed by contractors if necessary,” it said.',
      ]),
    );
    expect(cs.map((c) => c.speaker)).toEqual(['marsh', 'authority']);
  });

  it('keeps an unnamed speaker as described, with no entity', () => {
    const cs = direct(
      run([
        '“The talks collapsed over pensions, not pay,” a senior negotiator said, speaking on condition of anonymity.',
        '“Nobody wants this to drag on,” said one crane operator, who asked not to be named.',
      ]),
    );
    expect(cs.map((c) => c.speaker)).toEqual([null, null]);
    expect(cs[0].speaker_label).toBe('a senior negotiator');
    expect(cs[1].speaker_label).toMatch(/^one crane operator/);
  });

  it('follows a quote into a next paragraph that lost its opening mark but closes the quotation', () => {
    const cs = direct(run(['Okafor said at a rally: “We have waited three years for a contract.', 'Early on Monday, the employers walked out of the talks.”', 'The rally ended peacefully.']));
    expect(cs).toHaveLength(1);
    expect(cs[0].text).toBe('We have waited three years for a contract. Early on Monday, the employers walked out of the talks.');
    expect(cs[0].sentence_end).toBe(2);
  });

  it('follows a quote over paragraphs: no closing mark, next paragraph re-opens', () => {
    const cs = direct(
      run([
        'Okafor told members at a rally: “We have waited three years for a contract.',
        '“We will wait no longer, and the employers know it.”',
        'The rally ended peacefully.',
      ]),
    );
    expect(cs).toHaveLength(1);
    expect(cs[0].text).toBe('We have waited three years for a contract. We will wait no longer, and the employers know it.');
    expect(cs[0].speaker).toBe('okafor');
    expect(cs[0].sentence).toBe(1);
    expect(cs[0].sentence_end).toBe(2);
  });

  it('gives a following quote-only sentence to the same speaker', () => {
    const cs = direct(run(['“This is a lockout in all but name,” Okafor said. “The members will decide the next step.”']));
    expect(cs.map((c) => c.speaker)).toEqual(['okafor', 'okafor']);
  });

  it('takes partial quotes inside reported speech, with the kind of their verb; the reported claim carries the target', () => {
    const all = run(['Lindqvist accused Okafor of “holding the city hostage”, warning her “against any blockade of the gates.”']);
    expect(direct(all).map((c) => [c.kind, c.speaker, c.targets])).toEqual([
      ['accusation', 'lindqvist', []],
      ['warning', 'lindqvist', []],
    ]);
    expect(all.filter((c) => !c.direct).map((c) => [c.kind, c.speaker, c.targets])).toEqual([['accusation', 'lindqvist', ['okafor']]]);
  });

  it('marks threats by content and by "vowed to attack"', () => {
    const cs = run([
      '“Anyone who crosses the picket line will be punished,” a masked striker said in a video.',
      'In a statement, the Northern Valley Brigade vowed to attack the “collaborators” in Velmora.',
    ]);
    // the vow is reported speech around a partial quote: its reported claim and the quote's
    expect(cs.map((c) => [c.kind, c.direct])).toEqual([['threat', true], ['threat', false], ['threat', true]]);
    expect(cs[0].speaker_label).toBe('a masked striker');
    expect(cs[1].speaker).toBe('brigade'); // "the brigade" style org reference resolved through the name
    expect(cs[2].speaker).toBe('brigade');
  });

  it('does not turn scare quotes or quoted names into claims', () => {
    const cs = run([
      'During the “truce”, ships queued outside the harbour for days, port officials told reporters.',
      'A group calling itself “The Harbour Watch” posted photos of the queue.',
      'Critics dismissed the offer as so-called “peace money”.',
    ]);
    expect(direct(cs)).toEqual([]);
  });

  it('reads "adding to" and "added up" as increase, not speech; "added to reporters" stays speech', () => {
    const cs = run([
      'Fuel prices in Velmora have risen sharply, adding to the anger of the Dockworkers Union.',
      'The delays added up to three weeks, Per Lindqvist said.',
      'Ngozi Okafor added to reporters that the strike would continue.',
    ]);
    expect(cs.map((c) => c.speaker_label)).toEqual(['Per Lindqvist', 'Ngozi Okafor']);
    expect(cs[0].text).toBe('The delays added up to three weeks');
    expect(cs[1].text).toMatch(/the strike would continue$/);
  });

  it('leaves a pronoun unresolved rather than guessing across an unrelated stretch', () => {
    const cs = direct(run(['The storm closed the harbour for two days.', '“It was the worst week I remember,” he said.']));
    expect(cs).toHaveLength(1);
    expect(cs[0].speaker).toBeNull();
    expect(cs[0].speaker_label).toBe('he');
  });

  it('resolves a role noun ("the port director") through the entity roles', () => {
    const cs = direct(run(['Per Lindqvist met the mayor on Friday.', 'The talks went well. “We are close,” the port director said.']));
    expect(cs[0].speaker).toBe('lindqvist');
  });
});

describe('indirect speech', () => {
  it('finds said-that, according to, told AFP, called for, denied, claimed responsibility', () => {
    const cs = run([
      'Okafor said that the union would ballot its members next week.',
      'The strike has cost the port millions, according to the Port Authority.',
      'Lindqvist told AFP the contractors were ready.',
      'The Dockworkers Union called for talks under an independent mediator.',
      'The Ministry of Water denied any role in the dispute.',
      'The Northern Valley Brigade claimed responsibility for the blast in Velmora.',
    ]);
    expect(cs.map((c) => [c.kind, c.speaker, c.direct])).toEqual([
      ['statement', 'okafor', false],
      ['statement', 'authority', false],
      ['statement', 'lindqvist', false],
      ['demand', 'union', false],
      ['denial', 'ministry', false],
      ['responsibility', 'brigade', false],
    ]);
    expect(cs[0].text).toBe('the union would ballot its members next week');
    expect(cs[1].text).toBe('The strike has cost the port millions');
  });

  it('keeps a member of a named group unnamed, and takes the content after "announced on Monday that"', () => {
    const cs = run([
      'A leading member of the Dockworkers Union slammed Lindqvist for his handling of the talks.',
      'The Port Authority announced on Monday after the meeting that the berths would reopen.',
      'The union denies any connection to the fires that damaged two cranes.',
    ]);
    expect(cs.map((c) => [c.kind, c.speaker, c.speaker_label])).toEqual([
      ['accusation', null, 'A leading member of the Dockworkers Union'],
      ['statement', 'authority', 'Port Authority'],
      ['denial', 'union', 'Dockworkers Union'], // "the union": the union named before
    ]);
    expect(cs[0].targets).toContain('lindqvist');
    expect(cs[1].text).toBe('the berths would reopen');
    expect(cs[2].text).toBe('any connection to the fires that damaged two cranes');
  });

  it('handles "..., said X, the analyst" inversion and nouns that look like verbs', () => {
    const cs = run([
      'The dispute could last into spring, said Marsh, the analyst.',
      'The outward calls for calm have not stopped the strike.',
      'World demand for shipping fell sharply.',
      'The strike will go on, Okafor insisted on Tuesday.',
    ]);
    expect(cs.map((c) => [c.kind, c.speaker])).toEqual([['statement', 'marsh'], ['statement', 'okafor']]);
    expect(cs[0].speaker).toBe('marsh');
    expect(cs[0].text).toBe('The dispute could last into spring');
  });
  it('reads "..., officials said Friday." (a bare day after the verb) as the end of the attribution', () => {
    const cs = run(['The Port Authority plans to close the northern quay for a month, union officials said Friday.', 'The ships will wait outside, Okafor said Tuesday night.']);
    expect(cs.map((c) => [c.speaker ?? c.speaker_label, c.text])).toEqual([
      ['union officials', 'The Port Authority plans to close the northern quay for a month'],
      ['okafor', 'The ships will wait outside'],
    ]);
  });
  it('reports the prose a quotation closes ("... received “while fighting the fire,” the authority said") beside the quote', () => {
    const cs = run(['A docker, 41, died in hospital of injuries received “while fighting the fire on the quay,” the Port Authority said.']);
    expect(cs.map((c) => [c.direct, c.speaker, c.text])).toEqual([
      [true, 'authority', 'while fighting the fire on the quay'],
      [false, 'authority', 'A docker, 41, died in hospital of injuries received “while fighting the fire on the quay”'],
    ]);
    // a quotation that opens its own statement after a comma stays the statement, with no reported claim
    const cs2 = run(['Speaking at the gate on Monday, “we will not unload a single ship,” Okafor said.']);
    expect(cs2.filter((c) => !c.direct)).toEqual([]);
  });
  it('reports the prose that goes on after a quotation ("“...,” and PROSE, X said") beside the quote', () => {
    const cs = run(['“The union has promised not to block the gates,” and both sides have agreed to pull their pickets back from the quay, Okafor said.']);
    expect(cs.map((c) => [c.direct, c.speaker, c.text])).toEqual([
      [true, 'okafor', 'The union has promised not to block the gates'],
      [false, 'okafor', 'both sides have agreed to pull their pickets back from the quay'],
    ]);
    // a quotation that only comes before the attribution leaves no prose to report
    expect(run(['“The union has promised not to block the gates,” Okafor said at a briefing in Velmora on Monday, Reuters reported.']).filter((c) => !c.direct)).toEqual([]);
  });
  it('reads "..., the port’s acting director, Per Lindqvist, said" as Lindqvist saying what comes before the apposition', () => {
    const cs = run(['The quay would be handed over to a new operator, the port’s acting director, Per Lindqvist, said in a post on Tuesday.']);
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['lindqvist', 'The quay would be handed over to a new operator']]);
    // the name first, the description after
    const cs2 = run(['The quay would be handed over to a new operator, Per Lindqvist, the port’s acting director, said.']);
    expect(cs2.map((c) => [c.speaker, c.text])).toEqual([['lindqvist', 'The quay would be handed over to a new operator']]);
  });
});

describe('robustness', () => {
  it('returns [] for empty or odd input and never throws', () => {
    expect(extractClaims({ file: 'x', title: null, paragraphs: [], sentences: [], captions: [], subheadings: [], removed: [], metaLines: [] }, [], [])).toEqual([]);
    expect(extractClaims(null as never, null as never, null as never)).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 6 }), (paras) => {
        const r = run(paras.map((p) => p + ' “' + p + '” he said.'));
        expect(Array.isArray(r)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('finds every claim of a long text (its speed is the benchmark\'s to measure)', () => {
    const para = '“We will not unload a single ship until the deal is signed,” said Ngozi Okafor. The Port Authority said talks would resume. Lindqvist accused Okafor of “holding the city hostage”.';
    const input = hand(Array.from({ length: 2000 }, () => para), DICT);
    const cs = extractClaims(input.cleaned, input.entities, input.mentions);
    expect(cs.length).toBe(4 * 2000); // two quotes, a reported statement, an accusation around a partial quote
  }, 120_000);
});

describe('quotes attributed after the quote to "role Name said <phrase>"', () => {
  it('attributes a quote to "lawyer Helen Marsh said at a briefing on Monday" and the next quote-only sentence to her', () => {
    const d = direct(run(['"The port authority was run for one firm\'s benefit," lawyer Helen Marsh said at a briefing in Rotterdam on Monday. "Everyone knew it, and nobody stopped it."']));
    expect(d.map((c) => c.text)).toEqual(["The port authority was run for one firm's benefit", 'Everyone knew it, and nobody stopped it.']);
    expect(d.map((c) => c.speaker)).toEqual(['marsh', 'marsh']);
  });
});

describe('several partial quotes in one reported-speech sentence', () => {
  it('gives every quoted span the speaker of the reporting verb before them', () => {
    const d = direct(run(['In a statement, the Port Authority said the strike had been "handled by the book" and that it "stands ready to talk" with the Dockworkers Union.']));
    expect(d.map((c) => c.text)).toEqual(['handled by the book', 'stands ready to talk']);
    expect(d.map((c) => c.speaker)).toEqual(['authority', 'authority']);
  });
});

describe('reported speech around quotes and beside other reports', () => {
  const reported = (cs: ArticleClaim[]) => cs.filter((c) => !c.direct).map((c) => [c.speaker ?? c.speaker_label, c.text]);

  it('reports what is said before a full quote in the same sentence, without the words that introduce the quote', () => {
    const cs = run(['Okafor said the fines for the port showed the authority was "unfit to manage", adding: "The members deserve better. We will strike."']);
    expect(reported(cs)).toEqual([['okafor', 'the fines for the port showed the authority was "unfit to manage"']]);
    expect(direct(cs).map((c) => c.text)).toEqual(['unfit to manage', 'The members deserve better. We will strike.']);
  });

  it('gives "X called it “...,” while Y said ..." one claim each, the quotation to X', () => {
    const cs = run(['Per Lindqvist called the strike "reckless," while union leader Ngozi Okafor said it was the only way left.']);
    expect(reported(cs)).toEqual([
      ['lindqvist', 'the strike "reckless,"'],
      ['okafor', 'it was the only way left'],
    ]);
    expect(direct(cs).map((c) => c.speaker)).toEqual(['lindqvist']);
  });

  it('reads estimates, findings, "hit out at" and a claim in a relative clause; "asked by" is no statement', () => {
    const cs = run([
      'The Port Authority estimates that 400 ships were delayed.',
      'The Ministry of Water found reasonable grounds to believe that the dam had been sabotaged.',
      'The Dockworkers Union has hit out repeatedly at the lack of safety at the gates.',
      'The ruling angered members of the union, who claim the Port Authority was behind the lockout.',
      'Asked by reporters about the strike, Lindqvist declined to comment.',
    ]);
    expect(reported(cs)).toEqual([
      ['authority', '400 ships were delayed'],
      ['ministry', 'the dam had been sabotaged'],
      ['union', 'the lack of safety at the gates'],
      ['members of the union', 'the Port Authority was behind the lockout'],
    ]);
  });
});

describe('quotations attributed by a passive agent or by the report before them', () => {
  it('gives "was condemned as “...” and “...” by X" to X, with no reported claim of its own', () => {
    const cs = run(['The lockout at the port was condemned as "reckless" and "cynical" by the Dockworkers Union, with the mayor seeking talks.']);
    expect(direct(cs).map((c) => [c.text, c.speaker])).toEqual([
      ['reckless', 'union'],
      ['cynical', 'union'],
    ]);
    expect(cs.filter((c) => !c.direct && c.verb === 'condemned')).toEqual([]);
  });

  it('continues the reported speech of the last sentence of the paragraph before', () => {
    const cs = run(['The Port Authority issued a statement saying Lindqvist is suspected of fraud.', 'He is also suspected of “a disloyal payment” in 2019.']);
    expect(direct(cs).map((c) => [c.text, c.speaker])).toEqual([['a disloyal payment', 'authority']]);
  });
});
