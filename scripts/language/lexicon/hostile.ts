// Who acts against whom: the verbs and nouns that state a hostile relation, by lemma, with the relation
// each one states; the nouns that name an armed force, a weapon or an attack (whose owner is the actor);
// and the words of wrongdoing and of demands that make a statement an accusation or a demand. Generic
// English, nothing from any particular story.
import type { RelationKind } from '../../lib/types.ts';

/** Verb lemma -> the relation its subject (agent) has to its object (patient). */
export const HOSTILE_VERBS: Record<string, RelationKind> = {
  // force
  attack: 'attacks', strike: 'attacks', shell: 'attacks', bomb: 'attacks', bombard: 'attacks', target: 'attacks',
  raid: 'attacks', storm: 'attacks', assault: 'attacks', ambush: 'attacks', kill: 'attacks', assassinate: 'attacks',
  murder: 'attacks', shoot: 'attacks', besiege: 'attacks', invade: 'attacks', occupy: 'attacks', overrun: 'attacks',
  massacre: 'attacks', wound: 'attacks', injure: 'attacks', behead: 'attacks', kidnap: 'attacks', abduct: 'attacks',
  pound: 'attacks', strafe: 'attacks', torch: 'attacks', hit: 'attacks', fire: 'attacks', down: 'attacks',
  intercept: 'attacks', blockade: 'attacks', encircle: 'attacks', lynch: 'attacks', torture: 'attacks', execute: 'attacks',
  oust: 'attacks', topple: 'attacks', overthrow: 'attacks', fight: 'attacks', repel: 'attacks',
  // custody
  arrest: 'arrests', detain: 'arrests', apprehend: 'arrests', jail: 'arrests', imprison: 'arrests', capture: 'arrests',
  seize: 'arrests', extradite: 'arrests', deport: 'arrests',
  // sanctions
  sanction: 'sanctions', blacklist: 'sanctions', fine: 'sanctions', penalize: 'sanctions', penalise: 'sanctions', expel: 'sanctions',
  ban: 'sanctions', outlaw: 'sanctions', proscribe: 'sanctions', freeze: 'sanctions',
  // condemnation
  condemn: 'condemns', denounce: 'condemns', decry: 'condemns', deplore: 'condemns', criticize: 'condemns', criticise: 'condemns',
  slam: 'condemns', lambast: 'condemns', lambaste: 'condemns', castigate: 'condemns', censure: 'condemns', rebuke: 'condemns',
  // accusation
  accuse: 'accuses', blame: 'accuses', charge: 'accuses', indict: 'accuses', sue: 'accuses', prosecute: 'accuses', impeach: 'accuses',
  // threats
  threaten: 'threatens', warn: 'threatens',
  // demands
  demand: 'demands', urge: 'demands', press: 'demands', pressure: 'demands', summon: 'demands', order: 'demands',
};

/** Verbs whose object is an attack only with the right preposition ("fired on X", "opened fire at"). */
export const NEEDS_PREP: Record<string, string[]> = {
  fire: ['on', 'at', 'upon', 'into'],
  fight: ['against'],
  call: ['on', 'upon'],
  appeal: ['to'],
  impose: ['on', 'against'],
};

/** Verbs made hostile by the word right after them, with the preposition naming the one they are aimed at:
 * "lashed out at X", "hit out at X", "took aim at X", "struck back at X", "cracked down on X"; a hostile noun after
 * "with" says the act instead ("hit back at X with airstrikes"), and is needed where the kind is null
 * ("retaliated against X with sanctions"). */
export const PHRASAL_HOSTILE: Record<string, { kind: RelationKind | null; preps: string[] }> = {
  'lash out': { kind: 'condemns', preps: ['at', 'against'] }, 'hit out': { kind: 'condemns', preps: ['at', 'against'] },
  'take aim': { kind: 'condemns', preps: ['at'] }, 'rail against': { kind: 'condemns', preps: ['against'] },
  'speak out': { kind: 'condemns', preps: ['against'] },
  'strike back': { kind: 'attacks', preps: ['at', 'against', 'on'] }, 'crack down': { kind: 'attacks', preps: ['on'] },
  'retaliate against': { kind: null, preps: ['against'] }, 'hit back': { kind: 'condemns', preps: ['at', 'against'] },
};

/** "call on X to ...", "appeal to X to ...", "impose sanctions on X": the relation to the complement. */
export const PREP_RELATIONS: Record<string, RelationKind> = { call: 'demands', appeal: 'demands' };

/** Nouns that name an attack, an arrest or a sanction: "the strike on X", "launched an offensive against X". */
export const HOSTILE_NOUNS: Record<string, RelationKind> = {
  attack: 'attacks', attacks: 'attacks', strike: 'attacks', strikes: 'attacks', airstrike: 'attacks', airstrikes: 'attacks',
  'air strike': 'attacks', offensive: 'attacks', assault: 'attacks', raid: 'attacks', raids: 'attacks', shelling: 'attacks',
  bombing: 'attacks', bombardment: 'attacks', operation: 'attacks', operations: 'attacks', campaign: 'attacks', incursion: 'attacks',
  incursions: 'attacks', invasion: 'attacks', war: 'attacks', ambush: 'attacks', siege: 'attacks', killing: 'attacks',
  assassination: 'attacks', fire: 'attacks', barrage: 'attacks', onslaught: 'attacks', crackdown: 'attacks', targeting: 'attacks',
  arrest: 'arrests', detention: 'arrests', capture: 'arrests',
  sanctions: 'sanctions', fines: 'sanctions', fine: 'sanctions', embargo: 'sanctions',
  accusation: 'accuses', accusations: 'accuses', charges: 'accuses', indictment: 'accuses', proceedings: 'accuses',
  'impeachment proceedings': 'accuses', 'arrest warrant': 'arrests', warrant: 'arrests',
  threat: 'threatens', threats: 'threatens', warning: 'threatens', ultimatum: 'threatens',
  condemnation: 'condemns',
};

/** Verbs that carry out the act their object names: "launched an attack on X", "imposed sanctions on X". */
export const LIGHT_VERBS = new Set([
  'launch', 'carry', 'conduct', 'mount', 'stage', 'wage', 'unleash', 'begin', 'start', 'step', 'intensify', 'escalate',
  'resume', 'restart', 'continue', 'lead', 'order', 'impose', 'issue', 'announce', 'make', 'level', 'bring', 'file',
  'open', 'initiate', 'place', 'slap', 'apply', 'seek', 'obtain', 'request',
]);

/** Prepositions that name the patient of a hostile noun or of a light verb's object ("an attack on X"). */
export const PATIENT_PREPS = new Set(['on', 'against', 'at', 'upon', 'targeting', 'into', 'toward', 'towards', 'to']);

/** Head nouns that name armed men, their weapons or their governing body: the actor is their owner
 * ("Kowal's militia", "Turkish troops", "the government's forces"). */
export const FORCE_NOUNS = new Set(
  'force forces troops troop militia militias army armies soldiers soldier fighters fighter militants jets jet aircraft warplanes planes drones drone missiles missile rockets rocket bombs bomb airstrikes airstrike strikes strike artillery police policemen units unit men gunmen loyalists regime government authorities administration navy guards guard battalion battalions brigade brigades commandos squad squads court courts tribunal prosecutors prosecutor judges judge shelling bombing bombardment attack attacks raid raids fire operation operations offensive'.split(' '),
);

/** Nouns naming what is fired, never the patient of "fire" ("fired rockets at X": X is). */
export const WEAPON_NOUNS = new Set('missile missiles rocket rockets shell shells drone drones bullet bullets mortar mortars round rounds grenade grenades bomb bombs salvo salvoes volley tear gas'.split(' '));

/** A named modifier that does not make the phrase that actor's ("Iran-backed groups" are not Iran). */
export const NOT_OWNER = /(?:-|\s)(?:backed|led|aligned|allied|linked|affiliated|sponsored|supported|funded|armed|trained|friendly|based|born|made|held|controlled)$|^(?:pro|anti|ex|non)-/i;

/** Wrongdoing: a named subject of these verbs in someone's statement is accused ("X lied", "X violated").
 * Acts of force are not here: "X attacked Y" in a statement is read as X attacks Y (from-clauses.ts). */
export const WRONGDOING = new Set(
  'violate breach break lie deceive mislead defraud fabricate falsify steal embezzle loot cheat sabotage undermine trespass cross withhold hide conceal cover divert misappropriate bribe rig manipulate fail betray provoke incite sponsor harbour harbor finance fund arm deprive obstruct spread persecute oppress abuse'.split(' '),
);

/** "X must resign", "X should step down": verbs whose named subject, under must/should, is being asked to act. */
export const DEMANDED_ACTS = new Set('resign quit leave withdraw stop release free apologise apologize step go halt end cease pull hand surrender comply abide respect return pay explain account answer disarm disband desist vacate'.split(' '));

/** Acts asked of an arbiter ("called on the council to investigate ..."): judging or acting on someone
 * else's doing, so the demand is not aimed at the one asked. */
export const ARBITER_ACTS = new Set('investigate probe examine review address consider intervene mediate convene help assist protect condemn sanction punish'.split(' '));

/** Words that judge someone's conduct as wrong: "called the launch outrageous", "X were reckless". */
export const CONDEMNING_WORDS = new Set(
  'outrageous reckless unacceptable irresponsible unfit shameful disgraceful deplorable appalling barbaric barbarous cowardly heinous abhorrent despicable reprehensible inexcusable unjustified unjustifiable indefensible disproportionate brutal senseless provocative destabilizing destabilising criminal illegal unlawful scandalous treacherous corrupt disgrace outrage provocation atrocity liar liars traitor traitors thug thugs murderer murderers warmonger warmongers tyrant dictator butcher'.split(' '),
);
/** Words that may stand between a verb and the judging word ("totally unfit", "a disgrace"). */
export const DEGREE_WORDS = new Set('totally utterly completely deeply highly absolutely wholly entirely simply very so extremely grossly truly clearly a an'.split(' '));

/** Verbs that name their object with a judgement: "called X reckless", "described X as ...". */
export const NAMING_VERBS = new Set(['call', 'describe', 'brand', 'label', 'term', 'characterize', 'characterise', 'dub']);

/** Verbs of a first-person statement that say what the speaker will do to someone: a threat. */
export const THREAT_ACTS = new Set(
  'drive hunt punish respond retaliate repel destroy crush eliminate expel avenge attack strike target hit kill hold make force pay fight confront chase take'.split(' '),
);

/** Wrongdoing named as a noun: whoever's it is, a statement that names it accuses them ("the diverting of
 * assets by X", "the state's betrayal of the agreement", "X's interference"). */
export const WRONGDOING_NOUNS = new Set(
  'diverting diversion theft corruption fraud violation violations betrayal crimes crime lies interference aggression provocation provocations misinformation disinformation propaganda meddling sabotage abuses atrocities genocide repression manipulation deception embezzlement looting plunder treachery'.split(' '),
);
