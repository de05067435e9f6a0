// Speakers read from the clause (scripts/language/clause.ts) rather than from the words before the verb:
// through relative clauses and parentheticals, and pronouns resolved to the person the sentence before
// was about. Short texts written for these tests; a small dictionary stands in for the entity stage.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../scripts/extract/claims/index.ts';
import type { ArticleClaim } from '../../scripts/lib/types.ts';
import { readClauses } from '../../scripts/language/clause.ts';
import { hand, type Dict } from './hand.ts';

const DICT: Dict = [
  ['vos', 'person', ['Ida Vos', 'Vos'], ['lawmaker']],
  ['holm', 'person', ['Tor Holm', 'Holm'], ['colonel']],
  ['party', 'organization', ['Harbour Party']],
  ['velmora', 'place', ['Velmora']],
  ['norway', 'place', ['Norway']],
  ['league', 'organization', ['The Harbour League']],
  ['embassy', 'organization', ['Norland Embassy']],
  ['us', 'place', ['U.S.']],
  ['brun', 'person', ['Ada Brun', 'Brun']],
];
const run = (paras: string[]): ArticleClaim[] => {
  const { cleaned, entities, mentions } = hand(paras, DICT);
  return extractClaims(cleaned, entities, mentions);
};
const who = (cs: ArticleClaim[]) => cs.map((c) => c.speaker ?? c.speaker_label);

describe('speakers from the clause', () => {
  it('takes the phrase a relative clause hangs on, not the relative clause\'s own words', () => {
    const cs = run([
      'A party official who asked not to be named because he was not allowed to speak publicly said the vote would not be repeated. “The method was agreed by everyone,” he said.',
    ]);
    expect(who(cs)).toEqual(['A party official', 'A party official']);
  });

  it('keeps a name with its appositive, whoever the relative clause names', () => {
    const cs = run(['Ida Vos, a lawmaker of the Harbour Party who led the questioning, said the port had been run “like a private bank”. “This is not a mistake,” she said.']);
    // the reported speech around the partial quote, the partial quote, the quote
    expect(who(cs)).toEqual(['vos', 'vos', 'vos']);
  });

  it('gives "he said" the unnamed person the sentence before was about, not an earlier name', () => {
    const cs = run([
      'Colonel Tor Holm said his men had held the base for three hours.',
      'A soldier who escaped the attack, speaking by telephone from a hospital in Velmora, gave a different account. “We asked for help and nobody came,” he said.',
    ]);
    expect(who(cs)).toEqual(['holm', 'A soldier']);
  });

  it('gives "he said" the person the sentence before opens with, even when that sentence follows "looked on."', () => {
    const cs = run([
      '“The port stays shut,” Ida Vos said, as her deputy Tor Holm looked on. Holm has been under guard since May. He said on Tuesday that he had been freed by the navy.',
    ]);
    expect(who(cs)).toEqual(['vos', 'holm']);
  });

  it('finds the speaker inside "what X said was"', () => {
    const cs = run(['The embassy cut its staff in what a senior official said was a “temporary precaution”.']);
    expect(who(cs.filter((c) => c.direct))).toEqual(['a senior official']);
  });
});

describe('a speaker described, not named', () => {
  it('is the person named as the next speaker when the description comes first', () => {
    const cs = run(['The harbour will reopen on Monday, said the city’s port minister on Friday.', 'Speaking on local radio, Ada Brun said the ships would wait outside.']);
    expect(who(cs)).toEqual(['brun', 'brun']);
    // not someone whose known office is another
    expect(who(run(['The harbour will reopen on Monday, said the city’s port minister on Friday.', 'Speaking on local radio, Tor Holm said the ships would wait outside.']))[0]).not.toBe('holm');
  });
  it('is the person who spoke just before when it re-describes someone speaking officially', () => {
    const cs = run(['Tor Holm said the ships would wait outside.', 'The senior harbour official went on to say that the quay was closed.']);
    expect(who(cs)).toEqual(['holm', 'holm']);
  });
  it('is the article\'s main person when it describes a private person and no one is named around it', () => {
    const story = ['Ada Brun built the harbour company in ten years.', 'Brun was praised for it.', 'Brun then left.', 'Critics were not convinced.', 'The ships stayed outside.', 'The former consultant told investors last autumn that the harbour would double its trade.'];
    expect(run(story).at(-1)!.speaker).toBe('brun');
    // not someone whose known office is another (Ida Vos is a lawmaker)
    expect(run(story.map((t) => t.replace(/Ada Brun|Brun/g, (m) => (m === 'Brun' ? 'Vos' : 'Ida Vos')))).at(-1)!.speaker).toBeNull();
  });
  it('stays a description when the office belongs to a body the possessive names, or when it is bare', () => {
    expect(who(run(['Tor Holm said the ships would wait outside.', 'The league’s senior harbour official said the quay was closed.']))[1]).not.toBe('holm');
    expect(who(run(['Ida Vos said the ships would wait outside.', 'The colonel said the quay was closed.']))[1]).not.toBe('vos');
  });
});

describe('speech reported by a noun, and verbs after an adverb', () => {
  it('reads "X\'s statement that ..." and "allegations from X that ..." as X saying it', () => {
    const cs = run(['The port reopened on Monday following Ida Vos’s statement that she was working to end the strike.', 'The rise came with repeated allegations from the Harbour Party that its fees had been raised in secret.']);
    expect(cs.map((c) => [c.kind, c.speaker, c.text])).toEqual([
      ['statement', 'vos', 'she was working to end the strike'],
      ['accusation', 'party', 'its fees had been raised in secret'],
    ]);
  });
  it('reads "allegations from A, B and C that ..." with its list of speakers', () => {
    const cs = run(['The rise came with repeated allegations from dockers, pilots and tug owners that its fees had been raised in secret.']);
    expect(cs.map((c) => [c.kind, c.speaker_label, c.text])).toEqual([['accusation', 'dockers, pilots and tug owners', 'its fees had been raised in secret']]);
    // a phrase with a clause in it is no list of speakers
    expect(run(['The rise came with repeated allegations from dockers, who were laid off, that its fees had been raised in secret.'])).toEqual([]);
  });
  it('gives "the Norwegian government" (said, or its insistence that) to Norway when the article names it', () => {
    const cs = run(['Norway closed the port.', 'The Norwegian government said the quay was safe.', 'The strike went on despite the Norwegian government’s insistence that the cranes were safe.']);
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['norway', 'the quay was safe'], ['norway', 'the cranes were safe']]);
    // no Norway in the article: the description stays
    expect(run(['The Danish government said the quay was safe.']).map((c) => [c.speaker, c.speaker_label])).toEqual([[null, 'The Danish government']]);
  });
  it('keeps the reported claim in a sentence where another verb already spoke', () => {
    const cs = run(['The colonel rejected the plan following Ida Vos’s statement that she was working to end the strike.']);
    expect(cs.some((c) => c.speaker === 'vos' && c.text === 'she was working to end the strike')).toBe(true);
    // the description before is not the person named after it in its own sentence
    expect(cs.find((c) => c.text !== 'she was working to end the strike')?.speaker).not.toBe('vos');
  });
  it('starts what was said after "pointed out that"', () => {
    expect(run(['Ida Vos pointed out that, as before, the ships would wait outside.']).map((c) => c.text)).toEqual(['as before, the ships would wait outside']);
  });
  it('reads "questioned whether ..." as a statement of doubt; "questioned the plan" and "was questioned" are not', () => {
    expect(run(['Ida Vos questioned whether the ships had ever left the harbour.']).map((c) => [c.speaker, c.text])).toEqual([['vos', 'whether the ships had ever left the harbour']]);
    expect(run(['Ida Vos questioned the plan to close the harbour.'])).toEqual([]);
    expect(run(['Ida Vos was questioned by the police for three hours.'])).toEqual([]);
  });
  it('names a speaker the entity stage left unmarked by its exact spelling ("Treasury pointed out that")', () => {
    const dict: Dict = [['treasury', 'organization', ['Treasury Department', 'Treasury']], ['vos', 'person', ['Ida Vos', 'Vos']]];
    const { cleaned, entities, mentions } = hand(['The Treasury Department fined the port.', 'Treasury pointed out that the fines need not be permanent.', 'Harbour pointed out that the fines were too low.'], dict);
    const unmarked = mentions.filter((m) => m.sentence !== 2);
    expect(extractClaims(cleaned, entities, unmarked).map((c) => [c.speaker, c.speaker_label])).toEqual([['treasury', 'Treasury'], [null, 'Harbour']]);
  });
  it('gives "X officials said" to the body X (its officials speak for it together), "an X official said" to no one', () => {
    const dict: Dict = [['league', 'organization', ['Harbour League']]];
    const texts = ['Harbour League officials said the quay was closed.', 'A Harbour League official said the quay was closed.', 'Harbour League fighters said the quay was closed.'];
    const { cleaned, entities, mentions } = hand(texts, dict);
    expect(extractClaims(cleaned, entities, mentions).map((c) => c.speaker)).toEqual(['league', null, null]);
    // the same when the entity stage left the name unmarked there
    expect(extractClaims(cleaned, entities, []).map((c) => c.speaker)).toEqual(['league', null, null]);
  });
  it('reads "had earlier said" as a verb ("an earlier statement" is a noun)', () => {
    expect(run(['Norway had earlier said that the ships would wait outside.']).map((c) => c.speaker)).toEqual(['norway']);
  });
});

describe('several speakers of one verb', () => {
  it('gives "X and Y said ..." one claim per speaker', () => {
    const cs = run(['Party leader Ida Vos and Colonel Tor Holm said the harbour must reopen.']);
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['vos', 'the harbour must reopen'], ['holm', 'the harbour must reopen']]);
    expect(run(['Ida Vos said the harbour must reopen.']).map((c) => c.speaker)).toEqual(['vos']);
  });
});

describe('relative clauses around the reporting verb', () => {
  it('reads "an official in X, who asked not to be named, said ..." as the official saying the rest', () => {
    const cs = run(['A senior official in the Harbour Party, who asked not to be named, said the quay had been closed in May.']);
    expect(cs).toHaveLength(1);
    expect(cs[0].speaker_label).toMatch(/^A senior official in the Harbour Party/);
    expect(cs[0].text).toBe('the quay had been closed in May');
  });
});

describe('a quoted word in a sentence about someone else', () => {
  it('belongs to the actor the sentence names as its subject, not to the speaker of the sentence before', () => {
    const cs = run(['Ida Vos said the port had been shelled at night.', 'The Harbour Party waved away the "allegations" that its men had fired on the port.']);
    expect(cs.find((c) => c.text === 'allegations')?.speaker).toBe('party');
  });
});

describe('a country as the speaker', () => {
  it('reads "said the U.S." as the country, its article no part of the name', () => {
    expect(who(run(['“The harbour must reopen,” said the U.S. in a message posted on Monday.']))).toEqual(['us']);
  });
});

describe('a statement, a report, a tweet is not the speaker: who issued it is', () => {
  it('reads the body out of the medium, or back to the claim the medium was last quoted from', () => {
    expect(who(run(['“The harbour will stay shut,” a later statement from the Harbour Party said.']))).toEqual(['party']);
    expect(who(run(['“No ships will sail,” an Harbour Party statement said.']))).toEqual(['party']);
    expect(who(run(['Tor Holm said in a statement that the port was closed.', '“Ships must wait outside,” the statement said.']))).toEqual(['holm', 'holm']);
    // a document that names no body stays the description
    expect(who(run(['According to court documents, the mayor was paid twice.', 'The documents describe the payments as “fishing expenses”.']))).toEqual(['court documents', 'court documents', 'court documents']);
  });
});

describe('the clause reading under them', () => {
  it('skips a parenthetical between the subject and its verb', () => {
    const r = readClauses('Officials in Velmora have, for what appears to be the first time, acknowledged the attack.');
    const c = r.clauses.find((q) => q.verb.text === 'acknowledged')!;
    expect(c.subject?.text).toBe('Officials in Velmora');
    expect(c.object?.text).toBe('the attack');
  });

  it('never takes a day for an inverted speaker', () => {
    const r = readClauses('The port will reopen on Monday, said Friday.');
    expect(r.clauses.find((q) => q.verb.text === 'said')?.subjectSource).not.toBe('inverted');
  });
});

describe('reporting verbs the lexicon lacked', () => {
  it('reads "asked" after a question, "wrote." after a quote, "called X “Y”", "described X as “Y”" and "reads:"', () => {
    const cs = run([
      '“Who signed the order, and why?” asked Tor Holm.',
      '“The vote was rigged,” Ida Vos wrote.',
      'Tor Holm called the decision “reckless”.',
      'Ida Vos described the situation in the old harbour district as a “slow siege”.',
      'The Harbour Party statement reads: “We will not take part in the count.”',
    ]);
    expect(cs.filter((c) => c.direct).map((c) => `${c.speaker}: ${c.text}`)).toEqual([
      'holm: Who signed the order, and why?',
      'vos: The vote was rigged',
      'holm: reckless',
      'vos: slow siege',
      'party: We will not take part in the count.',
    ]);
  });
});

describe('quotes with no verb of their own, whose speaker the context gives', () => {
  it('reads the clause before a colon', () => {
    const cs = run(['Tor Holm turned to the soldiers at the gate: “Go home to your families.”']);
    expect(cs.map((c) => `${c.speaker}: ${c.text}`)).toEqual(['holm: Go home to your families.']);
  });

  it('continues the reported speech of the sentence before', () => {
    const cs = run(['In the video, Ida Vos says the party will not boycott the count. Instead, it will “send observers to every polling station”.']);
    expect(cs.filter((c) => c.direct).map((c) => c.speaker)).toEqual(['vos']);
  });

  it('continues the speaker reported in the paragraph before, and keeps a quote the text cut off', () => {
    const cs = run(['Tor Holm added that his men had retaken the port.', '‘We have restarted the patrols in Velmora. Our men']);
    expect(cs.filter((c) => c.direct).map((c) => `${c.speaker}: ${c.text}`)).toEqual(['holm: We have restarted the patrols in Velmora. Our men']);
  });
});

describe('speakers through roles, object pronouns and the quote after', () => {
  it('resolves "according to him", "the country\'s colonel" and "Mr. X wrote"', () => {
    const cs = run([
      'Tor Holm met the envoys on Monday. According to him, the talks went well.',
      'The country’s colonel said the port “will stay closed”.',
      '“The count was fair,” Mr. Holm wrote.',
    ]);
    expect(who(cs.filter((c) => c.direct || /according/i.test(c.verb ?? '')))).toEqual(['holm', 'holm', 'holm']);
  });

  it('gives an unattributed quote the speaker of the quote after it that "added" it', () => {
    const cs = run(['The Harbour Party met in Velmora on Friday.', '“Do not push us any further.”', '“We want a peaceful count,” Ida Vos added.']);
    expect(cs.filter((c) => c.direct).map((c) => c.speaker)).toEqual(['vos', 'vos']);
  });

  it('reads "a statement said" as the body that spoke just before', () => {
    const cs = run(['The Harbour Party said the count would go on.', '“All ballots will be counted twice,” a statement said.']);
    expect(who(cs)).toEqual(['party', 'party']);
  });
});

describe('partial quotes inside reported speech', () => {
  it('keeps the reported speech around a partial quote as well as the quote', () => {
    const cs = run(['Tor Holm said the strikes on Velmora amounted to “a war crime”.']);
    expect(cs.map((c) => [c.direct, c.speaker, c.text])).toEqual([
      [false, 'holm', 'the strikes on Velmora amounted to “a war crime”'],
      [true, 'holm', 'a war crime'],
    ]);
    // a whole quotation introduced by the verb is not a partial one
    expect(run(['Tor Holm said: “The strikes were a crime.”']).map((c) => c.direct)).toEqual([true]);
  });
});

describe('more reporting verbs and constructions', () => {
  it('reads "highlighted that", "went on to say that", "..., reported X" and a partial quote after "according to X,"', () => {
    const cs = run([
      'Tor Holm highlighted that the port had reopened.',
      'The veteran colonel went on to say that two ships had docked.',
      'The ferry left Velmora on Friday, reported the Harbour Party.',
      'According to Ida Vos, the “biggest problem” is the ferry.',
    ]);
    expect(cs.filter((c) => !c.direct).map((c) => `${c.speaker ?? c.speaker_label}: ${c.text}`)).toEqual([
      'holm: the port had reopened',
      'holm: two ships had docked',
      'party: The ferry left Velmora on Friday',
      'vos: the “biggest problem” is the ferry',
    ]);
  });

  it('lets "he" pass over a news agency quoted in between', () => {
    const cs = run(['Tor Holm said the talks went well.', 'The meeting took place on Friday, reported the Harbour Party.', 'He called for a second meeting.']);
    expect(cs.map((c) => c.speaker)).toEqual(['holm', 'party', 'holm']);
  });
});

describe('a country speaking through its government', () => {
  it('gives "Norway\'s foreign and defence ministries" to Norway, with a time adjunct left out of the label', () => {
    const cs = run(['Norway’s foreign and defence ministries on Friday both issued statements, rejecting claims from the Harbour Party.']);
    expect(cs.map((c) => [c.speaker, c.verb])).toEqual([['norway', 'rejecting']]);
  });
});

describe('speakers through media, pronouns and relative clauses', () => {
  it('gives "X issued a statement saying ..." to X, never to the statement', () => {
    const cs = run(['The Harbour Party issued a statement saying Ida Vos is suspected of fraud.']);
    expect(who(cs)).toEqual(['party']);
  });

  it('gives "They" opening a sentence the body the sentence before was about', () => {
    const cs = run(['Authorities in Norway have acknowledged an attack on the port. They have also said that those responsible will be punished.']);
    expect(cs.map((c) => c.speaker)).toContain('norway');
    expect(cs.map((c) => c.speaker_label)).not.toContain('They');
  });

  it('gives "We call on ..." outside quotation marks to the body whose statement it is', () => {
    const cs = run(['The Harbour Party condemns the raid on its offices in Velmora.', 'We call on the authorities to find those responsible.']);
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([
      ['party', 'the raid on its offices in Velmora'],
      ['party', 'the authorities to find those responsible'],
    ]);
  });

  it('reads "The man who helped draft the deal that ..., says" as the man speaking', () => {
    const cs = run(['The man who helped draft the 2016 deal in Velmora that turned the militia into a party, says the deal has failed.']);
    expect(who(cs)).toEqual(['The man']);
  });

  it('reads "X brushed off allegations that Y ... and said there were no grounds" as X speaking', () => {
    const cs = run(['The Harbour Party brushed off allegations Tuesday that Ida Vos was the victim of a plot and said there were no grounds for an inquiry.']);
    expect(cs.filter((c) => c.text.startsWith('there were')).map((c) => c.speaker)).toEqual(['party']);
  });
});

describe('several reports in a sentence, and groups that go by a name', () => {
  it('reads "X, which Y said targeted Z, a group which claimed ..." as two reports', () => {
    const cs = run(['The raid answered a strike on the docks, which the Harbour Party said targeted a camp of the militia, a group which reportedly claimed responsibility for the fire.']);
    expect(cs.map((c) => [c.kind, c.speaker ?? c.speaker_label, c.text])).toEqual([
      ['responsibility', 'a group', 'responsibility for the fire'],
      ['statement', 'party', 'targeted a camp of the militia, a group'],
    ]);
  });

  it('gives "Another group calling itself “X” ... threatening to ..." to X, and an "it" to bomb to nothing named elsewhere', () => {
    const cs = run(['Ida Vos met the Norland Embassy on Monday.', 'Another group calling itself “The Harbour League” also broadcast footage of the port, threatening to bomb it.']);
    const t = cs.find((c) => c.kind === 'threat')!;
    expect(t.speaker).toBe('league');
  });

  it('does not count a name after "pro-" among what a statement is about', () => {
    const cs = run(['Ida Vos said the pro-Norway groups have allies in Velmora.']);
    expect(cs[0].targets).not.toContain('norway');
  });
});

