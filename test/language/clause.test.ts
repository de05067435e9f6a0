// The clause reader (scripts/language/clause.ts) on sentences written for these tests: verb groups with
// tense, voice and negation; subjects, objects, complements, passive agents and complement clauses.
import { describe, expect, it } from 'vitest';
import { clauseAt, doer, readClauses, undergoer, type Clause, type Reading } from '../../scripts/language/clause.ts';
import { tagTokens } from '../../scripts/language/tokens.ts';

/** The clause whose verb group's text is `verb` (first match). */
function clause(r: Reading, verb: string): Clause {
  const c = r.clauses.find((q) => q.verb.text === verb);
  if (!c) throw new Error(`no clause "${verb}" in: ${r.clauses.map((q) => q.verb.text).join(' | ')}`);
  return c;
}
const text = (p: { text: string } | null | undefined) => p?.text ?? null;

describe('tokens', () => {
  it('keeps character offsets into the text, through contractions, hyphens and curly quotes', () => {
    const s = 'She didn’t say “no,” and the Norland-backed group’s envoy left.';
    for (const t of tagTokens(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(tagTokens('   ')).toEqual([]);
  });
});

describe('verb groups', () => {
  it('reads tense, voice and negation', () => {
    const r = readClauses('The envoy was not arrested, but the guards will be questioned and the mayor has resigned.');
    const arrested = clause(r, 'was not arrested');
    expect(arrested.verb).toMatchObject({ lemma: 'arrest', voice: 'passive', negated: true, tense: 'past' });
    expect(clause(r, 'will be questioned').verb).toMatchObject({ voice: 'passive', tense: 'future', negated: false });
    expect(clause(r, 'has resigned').verb).toMatchObject({ voice: 'active', tense: 'present', perfect: true });
  });

  it('reads a phrasal particle and the lemma of an irregular verb', () => {
    const r = readClauses('Northland shot down two drones over the border.');
    const c = clause(r, 'shot down');
    expect(c.verb).toMatchObject({ lemma: 'shoot', particle: 'down', tense: 'past' });
    expect(text(c.subject)).toBe('Northland');
    expect(text(c.object)).toBe('two drones');
  });
});

describe('names that hold a comma', () => {
  it('keeps a known name with a comma whole, and the subject before it', () => {
    const s = 'Fines against the shipping firm Norland Lines, S.A. (NLSA) were imposed by the port authority on Monday.';
    const at = s.indexOf('Norland Lines, S.A.');
    const r = readClauses(s, { names: [{ start: at, end: at + 'Norland Lines, S.A.'.length }] });
    const c = clause(r, 'were imposed');
    expect(r.tokens[c.subject!.members[0].head].text).toBe('Fines');
    expect(c.subject!.text).toMatch(/^Fines against the shipping firm Norland Lines, S\.A\./);
  });
});

describe('subjects and objects', () => {
  it('takes the subject through an apposition and skips a fronted phrase', () => {
    const r = readClauses('In a statement on Sunday, the head of the Valley Front, Omar Lind, accused the governor of corruption.');
    const c = clause(r, 'accused');
    expect(c.subject?.link).toBe('apposition');
    expect(c.subject?.members.map((m) => m.text)).toEqual(['the head of the Valley Front', 'Omar Lind']);
    expect(text(c.object)).toBe('the governor');
    expect(c.content).toMatchObject({ kind: 'of', text: 'of corruption' });
  });

  it('keeps coordinated subjects and objects together', () => {
    const r = readClauses('The army and the coast guard detained Ida Vos and Tor Holm near the port.');
    const c = clause(r, 'detained');
    expect(c.subject?.members.map((m) => m.text)).toEqual(['The army', 'the coast guard']);
    expect(c.object?.members.map((m) => m.text)).toEqual(['Ida Vos', 'Tor Holm']);
    expect(c.complements).toEqual([expect.objectContaining({ prep: 'near' })]);
  });

  it('gives a coordinated verb the subject of the first', () => {
    const r = readClauses('Police raided the office and seized three computers.');
    expect(text(clause(r, 'seized').subject)).toBe('Police');
    expect(clause(r, 'seized').subjectSource).toBe('coordinated');
  });

  it('does not let a later clause take an earlier object as its subject', () => {
    const r = readClauses('The militia attacked the convoy and the ministry condemned the attack.');
    expect(text(clause(r, 'condemned').subject)).toBe('the ministry');
    expect(text(clause(r, 'attacked').object)).toBe('the convoy');
  });

  it('reads a relative clause as describing the phrase before it', () => {
    const r = readClauses('The ministry condemned the strike, which killed four fishermen.');
    const c = clause(r, 'killed');
    expect(c.relative).toBe(true);
    expect(text(c.subject)).toBe('the strike');
    expect(text(c.object)).toBe('four fishermen');
  });

  it('reads the head of a modified phrase, not its modifier', () => {
    const r = readClauses('Norland-backed militias have threatened the capital.');
    const c = clause(r, 'have threatened');
    const subj = c.subject!.members[0];
    expect(r.tokens[subj.head].text).toBe('militias');
  });

  it('records a possessor', () => {
    const r = readClauses("The general's troops besieged the town.");
    expect(clause(r, 'besieged').subject?.members[0].possessor?.text).toBe('The general');
  });
});

describe('passives and agents', () => {
  it('gives the agent of a passive and swaps doer and undergoer', () => {
    const r = readClauses('The reporter was detained by border police on Friday.');
    const c = clause(r, 'was detained');
    expect(text(c.agent)).toBe('border police');
    expect(text(doer(c))).toBe('border police');
    expect(text(undergoer(c))).toBe('The reporter');
    expect(c.complements.map((q) => q.prep)).toEqual(['on']);
  });

  it('reads a participle with "by" as a passive without an auxiliary', () => {
    const r = readClauses('Three guards killed by rebel fire, the army said.');
    const c = clause(r, 'killed');
    expect(c.verb.voice).toBe('passive');
    expect(text(doer(c))).toBe('rebel fire');
    expect(text(undergoer(c))).toBe('Three guards');
  });

  it('leaves the agent empty when the passive names none', () => {
    const r = readClauses('Two activists were arrested in the capital.');
    expect(doer(clause(r, 'were arrested'))).toBeNull();
  });
});

describe('complement clauses', () => {
  it('separates what is accused from who is accused', () => {
    const r = readClauses('Prosecutors accused the former minister of bribing officials and lying to the court.');
    const c = clause(r, 'accused');
    expect(text(c.object)).toBe('the former minister');
    expect(c.content?.kind).toBe('of');
    expect(c.content?.text).toBe('of bribing officials and lying to the court');
    // the gerunds' subject is the accused
    expect(text(clause(r, 'bribing').subject)).toBe('the former minister');
  });

  it('keeps the accused apart when a relative clause follows it', () => {
    const r = readClauses('Rebels accuse the governor, who is also the police chief, of complicity in the killing of Ada Brun.');
    const c = clause(r, 'accuse');
    expect(text(c.object)).toBe('the governor');
    expect(c.content?.text.startsWith('of complicity')).toBe(true);
  });

  it('reads that-clauses, bare clauses and infinitives', () => {
    const that = clause(readClauses('The council said on Monday that it would not negotiate.'), 'said');
    expect(that.content?.kind).toBe('that');
    expect(that.complements.map((q) => q.prep)).toEqual(['on']);
    const bare = clause(readClauses('She said the mayor was lying.'), 'said');
    expect(bare.object).toBeNull();
    expect(bare.content).toMatchObject({ kind: 'clause', text: 'the mayor was lying' });
    const r = readClauses('The group threatened to attack the embassy unless its members were freed.');
    const to = clause(r, 'threatened');
    expect(to.content).toMatchObject({ kind: 'to', text: 'to attack the embassy' });
    expect(text(clause(r, 'to attack').subject)).toBe('The group');
    expect(text(clause(r, 'to attack').object)).toBe('the embassy');
  });

  it('gives an infinitive the addressee of "call on" and the object of "urge"', () => {
    const call = readClauses('The union called on President Ada Brun to protect the strikers.');
    expect(text(clause(call, 'called').complements[0].phrase)).toBe('President Ada Brun');
    expect(text(clause(call, 'to protect').subject)).toBe('President Ada Brun');
    const urge = readClauses('The envoy urged both sides to stop firing.');
    expect(text(clause(urge, 'to stop').subject)).toBe('both sides');
  });

  it('reads an object followed by a clause ("warned X they would")', () => {
    const c = clause(readClauses('The minister warned Norland and Southland they would pay a price.'), 'warned');
    expect(c.object?.members.map((m) => m.text)).toEqual(['Norland', 'Southland']);
    expect(c.content?.kind).toBe('clause');
  });

  it('ends a quotation content at its closing mark and finds the inverted speaker', () => {
    const r = readClauses('“We will not give up,” said a tired, grey-haired fighter in the square.');
    const said = clause(r, 'said');
    expect(said.subjectSource).toBe('inverted');
    expect(text(said.subject)).toBe('a tired, grey-haired fighter');
    const will = clause(r, 'will not give up');
    expect(will.verb.negated).toBe(true);
    expect(text(will.subject)).toBe('We');
  });

  it('does not invert when the subject stands before the verb', () => {
    const r = readClauses('Ida Vos, a spokeswoman for the Harbour Party, said the fines showed the cabinet was unfit to govern.');
    const c = clause(r, 'said');
    expect(c.subjectSource).toBe('before');
    expect(c.subject?.members.map((m) => m.text)).toEqual(['Ida Vos', 'a spokeswoman']);
    expect(c.content?.kind).toBe('clause');
  });

  it('hangs a participle after a comma on the main subject', () => {
    const r = readClauses('The minister condemned the raid, warning that those responsible would be punished.');
    const w = clause(r, 'warning');
    expect(text(w.subject)).toBe('The minister');
    expect(w.content?.kind).toBe('that');
  });
});

describe('coordination, absolute clauses and adjuncts', () => {
  it('reads coordinated subjects of a bare complement clause after "said"', () => {
    const r = readClauses('The union leader said Ms Brun and Mr Vos must resign.');
    expect(clause(r, 'said').content?.kind).toBe('clause');
    expect(clause(r, 'said').object).toBeNull();
    expect(text(clause(r, 'must resign').subject)).toBe('Ms Brun and Mr Vos');
  });

  it('gives an -ing verb after "with X" the subject X', () => {
    const r = readClauses('The town fell into crisis last week with the council finally voting to remove the mayor.');
    expect(text(clause(r, 'voting').subject)).toBe('the council');
  });

  it('keeps a time adjunct and a floating quantifier out of the subject, coordinated adjectives in the phrase', () => {
    const r = readClauses('The port’s legal and finance departments on Friday both issued reports detailing the deal, rejecting claims from the union.');
    expect(text(clause(r, 'issued').subject)).toBe('The port’s legal and finance departments');
    expect(text(clause(r, 'issued').object)).toBe('reports');
    expect(text(clause(r, 'rejecting').subject)).toBe('The port’s legal and finance departments');
    const q = readClauses('The mayor demanded a halt to the unlawful and violent raids of the police.');
    expect(q.phrases.map((p) => p.text)).toContain('the unlawful and violent raids');
  });

  it('reads "that" before a plural noun after an adjective as opening a clause', () => {
    const r = readClauses('Is it possible that officials lied?');
    expect(text(clause(r, 'lied').subject)).toBe('officials');
  });
});

describe('relative clauses and closing attributions', () => {
  it('gives the verb after "X, a legislator from Y who ..., " the subject X, and stops the content at ", NAME said."', () => {
    const r = readClauses('Ada Brun, a legislator from Velmora who posted videos of herself walking into the port with the crowd, has been charged with entering a restricted area, prosecutor Tor Holm said.');
    expect(text(clause(r, 'posted').subject)).toBe("a legislator from Velmora");
    const c = clause(r, 'has been charged');
    expect(c.subject?.members[0].text).toBe('Ada Brun');
    expect(r.text.slice(c.content!.start, c.content!.end)).toBe('with entering a restricted area');
    expect(text(clause(r, 'said').subject)).toBe('prosecutor Tor Holm');
  });

  it('reads a bare act verb after "and" as a verb, not a noun', () => {
    const r = readClauses('Gunmen attacked the depot and arrest Comrade Ada Brun.');
    expect(text(clause(r, 'arrest').object)).toBe('Comrade Ada Brun');
    expect(clause(r, 'arrest').subjectSource).toBe('coordinated');
  });
});

describe('names given by the caller', () => {
  it('reads a known name as one proper noun even when the tagger would not', () => {
    const s = 'Angry KLM fighters spread out through the streets and threatened the mayor.';
    const at = s.indexOf('KLM');
    const r = readClauses(s, { names: [{ start: at, end: at + 3 }] });
    const c = clause(r, 'threatened');
    expect(c.subject?.text).toBe('Angry KLM fighters');
    expect(text(c.object)).toBe('the mayor');
    expect(clauseAt(r, s.indexOf('threatened'))).toBe(c);
  });
});

describe('robustness', () => {
  it('reads sentences that end without a stop, on a phrase, a verb or a preposition', () => {
    for (const s of ['The union called on the mayor', 'Rebels attacked', 'The army detained him near', '“We will', 'after the strike on the port by', 'The accord signed by his predecessor'])
      expect(() => readClauses(s)).not.toThrow();
    const r = readClauses('The union called on Mayor Ada Brun, a critic of the accord signed by her predecessor, to resign');
    const c = clause(r, 'called');
    expect(c.complements.map((q) => q.prep)).toEqual(['on']);
    expect(c.content?.kind).toBe('to');
  });
});

describe('clauses opened inside a fronted phrase', () => {
  it('a subordinator after a measure of time opens the clause: its subject is after it, with its own prepositional phrases', () => {
    const r = readClauses('Less than a week after the harbour office in Velmora was shelled by gunboats, the Northern Brigade announced on Sunday that it had seized a ferry.');
    expect(text(clause(r, 'was shelled').subject)).toBe('the harbour office in Velmora');
    expect(clause(r, 'was shelled').marker).toBe('after');
  });

  it('a past verb after a fronted subordinate clause is the main verb, not a participle describing the phrase before it', () => {
    const r = readClauses('After the depot was shelled, the Northern Brigade announced on Sunday that it had seized a ferry.');
    expect(clause(r, 'announced').verb).toMatchObject({ voice: 'active', form: 'finite' });
    expect(text(clause(r, 'announced').subject)).toBe('the Northern Brigade');
  });

  it('"when" and other clause openers are never inside a noun phrase', () => {
    const r = readClauses('The calm has held since October when rival unions agreed to an indefinite halt to strikes.');
    expect(text(clause(r, 'agreed').subject)).toBe('rival unions');
    expect(clause(r, 'agreed').verb.voice).toBe('active');
  });
});

describe('quoted objects', () => {
  it('a quoted noun phrase after its determiner is the object, and the complements after it are read', () => {
    const r = readClauses('The council blamed the "sabotage" on the commander of the Northern Brigade, Siv Dahl.');
    const c = clause(r, 'blamed');
    expect(text(c.object)).toBe('sabotage');
    expect(c.complements.map((q) => q.prep)).toEqual(['on']);
    expect(c.content).toBeNull();
  });
});

describe('a role after a name', () => {
  it('is the name\'s apposition, and an "and" inside it joins the role\'s words, not other people', () => {
    const r = readClauses('Police detained Ada Brun, a daughter of the former mayor and union founder Siv Dahl, on Monday.');
    expect(text(clause(r, 'detained').object)).toBe('Ada Brun');
    const list = readClauses('Police detained Ada Brun, Siv Dahl and Tom Okafor on Monday.');
    expect(clause(list, 'detained').object?.members.map((m) => m.text)).toEqual(['Ada Brun', 'Siv Dahl', 'Tom Okafor']);
  });
});

describe('adverbs before participles, and days after verbs', () => {
  it('reads "the country\'s internationally recognized government" as one phrase, not a verb', () => {
    const r = readClauses("The forces of Norland's internationally recognized government will shift to an offensive stance.");
    expect(text(clause(r, 'will shift').subject)).toBe("The forces of Norland's internationally recognized government");
    expect(r.clauses.some((c) => c.verb.text === 'recognized')).toBe(false);
  });
  it('does not take a day right after the verb for its object', () => {
    const r = readClauses('Ships have left the port, Valga Radio reported Sunday as fighters entered the city.');
    expect(clause(r, 'reported').object).toBeNull();
  });
});

describe('"stands accused", and a subject after a coordination closed by a comma', () => {
  it('reads "stands accused of" as a passive and "..., the office said" with its subject', () => {
    const r = readClauses("He now stands accused of hiding the accounts and of fraud, the prosecutor's office said earlier.");
    expect(clause(r, 'stands accused').verb).toMatchObject({ lemma: 'accuse', voice: 'passive' });
    expect(text(clause(r, 'said').subject)).toBe("the prosecutor's office");
  });
});
