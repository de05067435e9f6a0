// Who acts against whom, on constructions of wire and newspaper style found wanting by a coverage sweep:
// phrasal hostile verbs, compound act nouns, acts only threatened, the victim of a condemned act, and
// the posts and camps that belong to a named group. Each with the tempting wrong readings as negatives.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../scripts/extract/claims/index.ts';
import { sentenceReadings } from '../../scripts/extract/readings.ts';
import { extractRelations } from '../../scripts/extract/relations/index.ts';
import { hand, type Dict } from '../claims/hand.ts';

// Countries are parties only when the lexicon knows them: two real ones stand in for any two states.
const DICT: Dict = [
  ['quellan', 'person', ['Marta Quellan', 'Quellan']],
  ['osric', 'person', ['Tomas Osric', 'Osric']],
  ['moldova', 'place', ['Moldova']],
  ['chile', 'place', ['Chile']],
  ['front', 'organization', ['Sella Liberation Front', 'SLF']],
  ['army', 'organization', ['Dravian Army']],
  ['police', 'organization', ['Port Sella Police']],
  ['council', 'organization', ['Harbour Council']],
];

function relations(text: string): string[] {
  const { cleaned, entities, mentions } = hand([text], DICT);
  const readings = sentenceReadings(cleaned, mentions);
  const claims = extractClaims(cleaned, entities, mentions, readings);
  return extractRelations(cleaned, entities, mentions, claims, readings).map((r) => `${r.from} ${r.kind} ${r.to}`);
}

describe('phrasal hostile verbs', () => {
  it('"lashed out at", "hit out at", "took aim at": the subject condemns the one after the preposition', () => {
    expect(relations('Marta Quellan lashed out at Tomas Osric on Thursday.')).toEqual(['quellan condemns osric']);
    expect(relations('Tomas Osric hit out at the Harbour Council for its handling of the strike.')).toEqual(['osric condemns council']);
    expect(relations('Marta Quellan took aim at Tomas Osric in a speech on Monday.')).toEqual(['quellan condemns osric']);
    // "hit out at" is words, not force
    expect(relations('Tomas Osric hit out at the Harbour Council.')).not.toContain('osric attacks council');
    expect(relations('Tomas Osric did not lash out at Marta Quellan.')).toEqual([]);
  });
  it('"struck back at", "cracked down on": force', () => {
    expect(relations('The Dravian Army struck back at the Sella Liberation Front.')).toEqual(['army attacks front']);
    expect(relations('The Port Sella Police cracked down on the Sella Liberation Front.')).toEqual(['police attacks front']);
  });
  it('a hostile noun after "with" says the act: "hit back at X with airstrikes", "retaliated against X with sanctions"', () => {
    expect(relations('The Dravian Army hit back at the Sella Liberation Front with airstrikes.')).toEqual(['army attacks front']);
    expect(relations('Moldova retaliated against Chile with sanctions.')).toEqual(['moldova sanctions chile']);
    // retaliating, with nothing said of how: no act named
    expect(relations('Moldova retaliated against Chile.')).toEqual([]);
  });
  it('"would hit back at X", "will retaliate against X": a threat, not an attack', () => {
    expect(relations('Moldova warned it would hit back at Chile.')).toEqual(['moldova threatens chile']);
    expect(relations('Moldova said it will retaliate against Chile.')).toEqual(['moldova threatens chile']);
  });
});

describe('acts named by compound nouns', () => {
  it('"launched airstrikes against X" is read (the cue finds "strike" inside "airstrikes")', () => {
    expect(relations('Chile launched airstrikes against the Sella Liberation Front.')).toEqual(['chile attacks front']);
    expect(relations('Chile launched airstrikes against the Sella Liberation Front.')).not.toContain('front attacks chile');
  });
});

describe('acts only threatened or vowed', () => {
  it('"threatened to impose sanctions on X" imposes none', () => {
    expect(relations('Moldova threatened to impose sanctions on Chile.')).not.toContain('moldova sanctions chile');
    expect(relations('Moldova vowed to launch an offensive against the Sella Liberation Front.')).not.toContain('moldova attacks front');
  });
});

describe('the victim of a condemned act', () => {
  it('is not the one condemned: "condemned the attack on X"', () => {
    expect(relations('Chile condemned the attack on Moldova.')).toEqual([]);
    expect(relations('Chile condemned the attack on the Harbour Council.')).toEqual([]);
    expect(relations('Tomas Osric condemned the arrest of Marta Quellan.')).toEqual([]);
  });
  it('the doer named with the act is: "condemned X\'s attack on Y", "the attack on Y by X"', () => {
    expect(relations("Chile condemned the Sella Liberation Front's attack on Moldova.")).toEqual(expect.arrayContaining(['chile condemns front', 'front attacks moldova']));
    expect(relations('Chile condemned the attack on Moldova by the Sella Liberation Front.')).toEqual(expect.arrayContaining(['chile condemns front', 'front attacks moldova']));
    expect(relations('Chile condemned the attack on Moldova by the Sella Liberation Front.')).not.toContain('chile condemns moldova');
  });
  it('a threat of an act is aimed at whoever would undergo it: "threatened sanctions on X"', () => {
    expect(relations('Chile threatened sanctions on Moldova.')).toEqual(['chile threatens moldova']);
  });
});

describe('what belongs to a named group', () => {
  it('its camps, hideouts, posts and commanders: attacking them attacks the group', () => {
    expect(relations('Chile mounted a raid on Sella Liberation Front camps.')).toEqual(['chile attacks front']);
    expect(relations('The Dravian Army stormed Sella Liberation Front hideouts.')).toEqual(['army attacks front']);
    expect(relations('The Dravian Army targeted Sella Liberation Front commanders in the raid.')).toEqual(['army attacks front']);
    expect(relations('The Dravian Army shelled Port Sella Police posts overnight.')).toEqual(['army attacks police']);
  });
  it('"the commander of X, Y" is Y, a person, not X', () => {
    expect(relations('The Dravian Army attacked the commander of the Sella Liberation Front, Tomas Osric.')).toEqual(['army attacks osric']);
  });
});

describe('acts held back from', () => {
  it('"failed to condemn", "stopped short of condemning", "refrained from criticising", "avoided": no act', () => {
    expect(relations('Chile failed to condemn the Sella Liberation Front.')).toEqual([]);
    expect(relations('Chile stopped short of condemning Moldova.')).toEqual([]);
    expect(relations('Chile refrained from criticising Moldova.')).toEqual([]);
    expect(relations('Chile avoided condemning Moldova.')).toEqual([]);
    expect(relations('The Port Sella Police failed to arrest Tomas Osric.')).toEqual([]);
  });
  it('the act done beside one held back still counts: "condemned X without naming Y"', () => {
    expect(relations('Chile condemned Moldova without naming the Sella Liberation Front.')).toEqual(['chile condemns moldova']);
    expect(relations('Chile accused Moldova of failing to condemn the Sella Liberation Front.')).toEqual(['chile accuses moldova']);
  });
});

describe('a time phrase after a name', () => {
  it('"by X last year", "Y last week": the name is the argument, the time phrase only says when', () => {
    expect(relations('Tomas Osric was sanctioned by Moldova last year.')).toEqual(['moldova sanctions osric']);
    expect(relations('The Sella Liberation Front kidnapped Tomas Osric last week.')).toEqual(['front attacks osric']);
  });
});

describe('who a demand asks to act', () => {
  it('the one told to act: "called for X to withdraw", "told X to resign"', () => {
    expect(relations('Chile called for Moldova to withdraw its troops.')).toEqual(['chile demands moldova']);
    expect(relations('Marta Quellan told Tomas Osric to resign.')).toEqual(['quellan demands osric']);
    // an arbiter asked to judge a third party's doing, and the one judged, are not asked
    expect(relations('Marta Quellan told Tomas Osric to investigate the attack.')).toEqual([]);
    expect(relations('Chile called for the Harbour Council to investigate Moldova.')).toEqual([]);
  });
  it('the one whose act a noun asks for: "X\'s resignation", "an apology from X", "the withdrawal of X\'s troops"', () => {
    expect(relations("Marta Quellan demanded Tomas Osric's resignation.")).toEqual(['quellan demands osric']);
    expect(relations('Marta Quellan called for the resignation of Tomas Osric.')).toEqual(['quellan demands osric']);
    expect(relations('Chile demanded an apology from Moldova.')).toEqual(['chile demands moldova']);
    // the one freed, or the one apologised to, is not asked
    expect(relations('Chile demanded the release of Marta Quellan.')).toEqual([]);
    expect(relations('Chile demanded an apology to Moldova.')).toEqual([]);
  });
});

describe('whom a threat is aimed at', () => {
  it('the one who "would face consequences" or "will pay a heavy price"; revenge "against X"; consequences "for X"', () => {
    expect(relations('Chile warned that Moldova would face consequences.')).toEqual(['chile threatens moldova']);
    expect(relations('Chile said Moldova would pay a heavy price.')).toEqual(['chile threatens moldova']);
    expect(relations('Chile vowed revenge against the Sella Liberation Front.')).toEqual(['chile threatens front']);
    expect(relations('Chile warned of consequences for the Sella Liberation Front.')).toEqual(['chile threatens front']);
  });
  it('a price already paid, or consequences the speaker faces, threaten no one', () => {
    expect(relations('Chile said Moldova had paid a heavy price.')).toEqual([]);
    expect(relations('Chile warned that it would face consequences from Moldova.')).toEqual([]);
  });
});

describe('the act a with-noun or an of-phrase names', () => {
  it('"hit with sanctions by X" sanctions; "hit X with artillery" attacks', () => {
    expect(relations('Tomas Osric was hit with sanctions by Moldova.')).toEqual(['moldova sanctions osric']);
    expect(relations('The Dravian Army hit the Sella Liberation Front with artillery.')).toEqual(['army attacks front']);
  });
  it('"ordered the arrest of X": X is arrested; an order still to come is not', () => {
    expect(relations('Moldova ordered the arrest of Tomas Osric.')).toEqual(['moldova arrests osric']);
    expect(relations('Moldova will order the arrest of Tomas Osric.')).toEqual([]);
  });
});

describe('threats of an act named by a light verb', () => {
  it('"threatened to impose sanctions on X", "vowed to launch strikes against X", "warned it could impose sanctions on X"', () => {
    expect(relations('Moldova threatened to impose sanctions on Chile.')).toEqual(['moldova threatens chile']);
    expect(relations('Chile vowed to launch strikes against the Sella Liberation Front.')).toEqual(['chile threatens front']);
    expect(relations('Chile warned it could impose sanctions on Moldova.')).toEqual(['chile threatens moldova']);
  });
  it('the speaker as the one who might be sanctioned is not threatening', () => {
    expect(relations('Chile said Moldova could impose sanctions on it.')).toEqual([]);
  });
});

describe('more wordings of custody, judgement and demand', () => {
  it('"was shot dead by X": X is the doer past the resultative word', () => {
    expect(relations('Marta Quellan was shot dead by Sella Liberation Front gunmen.')).toEqual(['front attacks quellan']);
  });
  it('"issued an arrest warrant for X" arrests X', () => {
    expect(relations('Moldova issued an arrest warrant for Tomas Osric.')).toEqual(['moldova arrests osric']);
  });
  it('"called X a liar" condemns X; "called X a friend" does not', () => {
    expect(relations('Marta Quellan called Tomas Osric a liar.')).toEqual(['quellan condemns osric']);
    expect(relations('Marta Quellan called Tomas Osric a friend.')).toEqual([]);
  });
  it('"said X must disarm" demands of X', () => {
    expect(relations('Marta Quellan said the Sella Liberation Front must disarm.')).toEqual(['quellan demands front']);
  });
});

describe('what is seized', () => {
  it('a person is held; assets are a sanction; posts and towns are an attack', () => {
    expect(relations('The Sella Liberation Front seized Tomas Osric.')).toEqual(['front arrests osric']);
    expect(relations("Chile seized the Dravian Army's assets.")).toEqual(['chile sanctions army']);
    expect(relations('The Sella Liberation Front seized Port Sella Police posts.')).toEqual(['front attacks police']);
    expect(relations('The Sella Liberation Front seized Port Sella Police posts.')).not.toContain('front arrests police');
  });
});

describe('the doer of a condemned act named by "by"', () => {
  it('"condemned the killing of X by Y", "the arrest of X by Y": Y is condemned, X is not', () => {
    const out = relations('Chile condemned the arrest of Marta Quellan by the Port Sella Police.');
    expect(out).toEqual(expect.arrayContaining(['chile condemns police', 'police arrests quellan']));
    expect(out).not.toContain('chile condemns quellan');
    expect(relations('Chile condemned the killing of Tomas Osric by the Sella Liberation Front.')).toEqual(expect.arrayContaining(['chile condemns front', 'front attacks osric']));
  });
});

describe('an act one is told to stop or warned against', () => {
  it('"urged X to stop attacking Y", "warned X against attacking Y": no attack by the speaker, nor by X', () => {
    const urged = relations('Chile urged Moldova to stop attacking the Sella Liberation Front.');
    expect(urged).toEqual(['chile demands moldova']);
    const warned = relations('Chile warned Moldova against attacking the Sella Liberation Front.');
    expect(warned).toEqual(['chile threatens moldova']);
    expect(relations('The Harbour Council barred the Port Sella Police from arresting Tomas Osric.')).not.toContain('council arrests osric');
  });
});

describe('sanctions, courts and series of acts', () => {
  it('"banned X", "was banned by X", "froze X\'s assets": sanctions', () => {
    expect(relations('Moldova banned the Sella Liberation Front.')).toEqual(['moldova sanctions front']);
    expect(relations('The Sella Liberation Front was banned by Moldova in 2020.')).toEqual(['moldova sanctions front']);
    expect(relations("Chile froze the Sella Liberation Front's assets.")).toEqual(['chile sanctions front']);
    expect(relations("Chile froze the Sella Liberation Front's assets.")).not.toContain('front sanctions chile');
  });
  it('"a Moldovan court", "Moldovan prosecutors": the country acts through them', () => {
    expect(relations('A Moldovan court indicted Tomas Osric on charges of fraud.')).toEqual(['moldova accuses osric']);
  });
  it('"launched a fresh wave of strikes on X": the act is the of-noun', () => {
    expect(relations('Chile launched a fresh wave of strikes on Moldova.')).toEqual(['chile attacks moldova']);
  });
});

describe('claims of condemnation and response', () => {
  it('"after criticising X": a condemnation, not an accusation', () => {
    const out = relations('Marta Quellan was detained after criticising Tomas Osric.');
    expect(out).toContain('quellan condemns osric');
    expect(out).not.toContain('quellan accuses osric');
    expect(out).not.toContain('osric arrests quellan');
  });
  it('"we will respond to X": a threat to X', () => {
    expect(relations('"We will respond to Chile," Moldova warned.')).toEqual(['moldova threatens chile']);
  });
});

describe('an act with its source after it', () => {
  it('"X killed Y, Z said": Y is the object, Z the source, not Y\'s apposition', () => {
    const out = relations('The Dravian Army killed Marta Quellan, Moldova said.');
    expect(out).toContain('army attacks quellan');
    expect(out).not.toContain('army attacks moldova');
  });
});

describe('"X, whose N ..."', () => {
  it('the army, police or offices of "whose" are the ones named before it', () => {
    const out = relations('Chile, whose army was attacked by the Sella Liberation Front, blamed Moldova.');
    expect(out).toEqual(expect.arrayContaining(['front attacks chile', 'chile accuses moldova']));
    expect(out).not.toContain('chile attacks front');
    expect(relations('Tomas Osric, whose offices were raided by the Port Sella Police, denied wrongdoing.')).toEqual(['police attacks osric']);
  });
});

describe('a pronoun that may be either party of the clause before', () => {
  it('"X attacked Y after it seized Z": who seized Z is not told', () => {
    const out = relations('Moldova attacked the Sella Liberation Front after it seized Port Sella Police posts.');
    expect(out).toEqual(['moldova attacks front']);
  });
  it('"he" after a person and a body is still read', () => {
    expect(relations('The Port Sella Police arrested Tomas Osric after he attacked Marta Quellan.')).toEqual(expect.arrayContaining(['police arrests osric', 'osric attacks quellan']));
  });
});

describe('putting someone on a terror list', () => {
  it('"designated X a terrorist organisation", "listed X as a terrorist group": a sanction', () => {
    expect(relations('Moldova designated the Sella Liberation Front a terrorist organisation.')).toEqual(['moldova sanctions front']);
    expect(relations('Moldova listed the Sella Liberation Front as a terrorist group.')).toEqual(['moldova sanctions front']);
    expect(relations('Moldova designated Tomas Osric as its envoy.')).toEqual([]);
    expect(relations('Moldova will designate the Sella Liberation Front a terrorist organisation.')).toEqual([]);
  });
});
