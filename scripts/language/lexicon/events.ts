// Generic trigger words for event types. Nothing here names a person, group or place: these are the
// verbs and nouns English news uses to report that something happened. Each type lists
//   verbs:  past tense / participle forms (active "arrested 14", passive "was arrested")
//   ing:    present participles that report an ongoing happening ("threatening", "deploying")
//   nouns:  singular event nouns ("an attack", "the arrest of"); plurals only count with a number
// Patterns are regex source fragments (case-insensitive, matched on word boundaries).
import type { EventType } from '../../lib/types.ts';

export interface TriggerSet {
  verbs: string[];
  ing?: string[];
  nouns: string[];
  /** Future forms that still denote a scheduled event ("will meet"). */
  future?: string[];
  /** Verbs that only report this type in the passive ("were seized": people, not property). */
  passive?: string[];
  /** Verb patterns on very common words, compiled apart so they do not drag the main list along. */
  guarded?: string[];
  /** Speech verbs that report a statement only with a date of their own ("said on Monday", "condemns
   * today's attack"); without one they are a claim (the claims stage's), not a happening. */
  dated?: string[];
}

export const EVENT_TRIGGERS: Partial<Record<EventType, TriggerSet>> = {
  strike: {
    verbs: [],
    nouns: ['(?:air|drone|missile|aerial|military|targeted|precision|retaliatory)[\\s-]?strikes?', 'airstrikes?', 'bombardment', 'air\\s+raid'],
  },
  attack: {
    verbs: ['attacked', 'struck', 'targeted', 'bombed', 'shelled', 'ambushed', 'stormed', 'raided', 'invaded', 'fired\\s+(?:rockets?|missiles?|mortars?|shots|on|at)',
      'carried\\s+out\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:attacks?|raids?|incursions?|assaults?|bombings?|ambush(?:es)?)',
      'launched\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:offensive|attack|assault|raid|incursion|invasion|counterattack|counter-offensive|(?:campaign|operation|war)\\s+against)',
      'launched\\s+(?:an?\\s+|two\\s+|three\\s+|several\\s+|\\d+\\s+)?(?:[\\w-]+\\s+){0,3}?(?:missiles?|rockets?|drones?)',
      'opened\\s+fire', 'shot\\s+down', 'under\\s+(?:attack|fire|siege|bombardment)',
      'shot(?=\\s+(?:him|her|them|himself|herself|dead|at\\s+(?:protesters|demonstrators|police|soldiers|troops|civilians)|\\d+|two|three|four|five|several|a\\s+(?:man|woman|boy|girl|soldier|police|protester|journalist))\\b)',
      // "seized the town", "overran an army base": taking a place by force (people seized are a kidnapping)
      '(?:seized|captured|overran|overrun|retook|recaptured)(?=\\s+(?:the\\s+|a\\s+|an\\s+|parts?\\s+of\\s+|several\\s+|two\\s+|three\\s+)?(?:[\\w-]+\\s+){0,2}(?:towns?|city|cities|villages?|airports?|bases?|territory|region|districts?|provinces?|ports?|bridges?|hills?|outposts?|checkpoints?|airfields?|positions|border\\s+crossings?)\\b)',
      // "a bomb exploded", "a car bomb went off": a device going off is an attack (a gas blast is rarer news)
      '(?<=\\b(?:bombs?|devices?|mines?|grenades?|explosives?|shells?|rockets?|missiles?|IEDs?)\\s+)(?:exploded|detonated|went\\s+off)',
      // "two rockets hit the airport": a projectile hitting is an attack ("the storm hit" is not)
      '(?<=\\b(?:rockets?|missiles?|shells?|mortars?|drones?|bombs?|projectiles?|grenades?|artillery)\\s+)hit(?=\\s)',
      'occupied(?=\\s+(?:the\\s+|a\\s+|an\\s+|parts?\\s+of\\s+|several\\s+)?(?:[\\w-]+\\s+){0,2}(?:buildings?|legislature|parliament|offices?|headquarters|town|city|village|airport|base|territory|region|area|square|palace|embassy|ministry)\\b)'],
    ing: ['attacking', 'targeting'],
    nouns: ['attack', 'rocket\\s+attack', 'bombing', 'ambush', 'assault', 'raid', 'invasion', 'incursion', 'offensive\\s+against', 'barrage\\s+of\\s+(?:rockets|missiles|mortars)', 'explosion', 'blast', 'shelling', 'rocket\\s+fire',
      '(?:border|armed|deadly|fierce|heavy|violent)\\s+clash', 'shootout', 'shoot-out', 'firefight', 'gunfight', 'onslaught', 'siege\\s+of', 'missile\\s+(?:launch|test)', 'launch\\s+of'],
  },
  killing: {
    verbs: ['killed', 'assassinated', 'murdered', 'slain', 'shot\\s+dead', 'gunned\\s+down', 'executed', 'beheaded', 'lynched', 'died', 'perished', 'succumbed', '(?:stabbed|beaten|burned|hacked)\\s+to\\s+death'],
    nouns: ['killing', 'assassination', 'murder', 'slaying', 'massacre', 'death\\s+of', 'deaths\\s+of'],
  },
  arrest: {
    verbs: ['arrested', 'detained', 'apprehended', 'captured', 'rounded\\s+up', 'taken\\s+into\\s+custody', 'extradited',
      'surrendered\\s+(?:himself\\s+|herself\\s+|themselves\\s+)?(?:to\\s+(?:the\\s+)?(?:custody|police|authorities|court)|into\\s+custody)', 'turned\\s+(?:himself|herself|themselves)\\s+in'],
    nouns: ['arrest', 'house\\s+arrest', 'detention\\s+of', 'capture\\s+of', 'raid\\s+and\\s+arrest', 'extradition'],
  },
  release: {
    verbs: ['released', 'let\\s+go', 'freed', 'handed\\s+over', 'hand\\s+over', 'set\\s+free', 'released\\s+on\\s+bail'],
    nouns: ['release\\s+of', 'handover'],
  },
  kidnapping: {
    verbs: ['kidnapped', 'abducted', 'seized\\s+as\\s+hostage', 'taken\\s+hostage'],
    passive: ['seized'],
    nouns: ['kidnapping', 'abduction'],
  },
  threat: {
    verbs: ['threatened', 'warned', 'vowed', 'pledged\\s+to', 'menaced'],
    ing: ['threatening', 'warning'],
    nouns: ['threat', 'ultimatum', 'warning'],
  },
  deployment: {
    verbs: ['deployed', 'spread\\s+out', 'sent\\s+(?:troops|forces|reinforcements)', 'dispatched', 'mobilised', 'mobilized', 'took\\s+to\\s+the\\s+streets',
      '(?:seized|took|wrested|gained)\\s+control'],
    // "entered Kabul", "entered the capital": a capitalised name or a settlement after it (checked in event-triggers.ts)
    guarded: ['entered'],
    ing: ['deploying', 'mobilising', 'mobilizing'],
    nouns: ['deployment', 'entry\\s+into'],
  },
  meeting: {
    verbs: ['met(?!\\s+(?:with\\s+)?(?:criticism|resistance|demands|the\\s+criteria))', 'held\\s+(?:[\\w-]+\\s+)?talks', 'hosted', 'received', 'convened',
      'spoke\\s+(?:by\\s+(?:telephone|phone)\\s+)?with', 'phoned', 'telephoned'],
    ing: ['meeting\\s+with'],
    nouns: ['meeting\\s+(?:in|at|with|between|of|on)', 'summit', 'talks\\s+(?:with|between)', '(?:telephone|phone)\\s+(?:conversation|call|talks)', 'video\\s+(?:call|conference)', 'conversation\\s+(?:with|between)', 'gathering'],
    future: ['will\\s+meet', 'is\\s+(?:due|set|scheduled|expected)\\s+to\\s+meet', 'to\\s+meet'],
  },
  visit: {
    verbs: ['visited', 'toured', 'travelled\\s+to', 'traveled\\s+to', 'arrived\\s+(?:in|at)', 'flew\\s+to', 'returned\\s+to', 'landed\\s+in',
      'left\\s+the\\s+country', 'fled\\s+(?:the\\s+country|abroad|to)'],
    // "was in Tehran last week": its own small pattern, as "was" occurs in most sentences
    guarded: ['(?:was|were)\\s+in(?=\\s+\\S)'], // capitalised name after it: checked in events.ts
    nouns: ['visit', 'tour', 'trip\\s+to', 'arrival\\s+(?:in|at|to)', 'return\\s+to'],
    future: ['will\\s+visit', 'is\\s+(?:due|set|scheduled|expected)\\s+to\\s+visit'],
  },
  agreement: {
    verbs: ['agreed', 'signed', 'brokered', 'reached\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:deal|agreement|truce|ceasefire|accord)',
      '(?:declared|announced|called\\s+off|broke|ended|violated|extended)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:ceasefire|cease-fire|truce|armistice)'],
    nouns: ['agreement', 'truce', 'ceasefire', 'cease-fire', 'armistice', 'accord', 'treaty', 'pact', '(?:peace|nuclear|trade|climate|prisoner)\\s+deal', 'deal\\s+(?:between|with)', 'halt\\s+to'],
  },
  statement: {
    verbs: ['tweeted', 'announced', 'accused', 'blamed', 'condemned', 'denounced', 'issued\\s+a\\s+statement', 'published\\s+a\\s+statement', 'claimed\\s+responsibility', 'declared',
      'told\\s+(?:reporters|journalists|the\\s+court|the\\s+media|the\\s+press|parliament|lawmakers|legislators|a\\s+(?:news|press)\\s+conference|(?:the\\s+|a\\s+)?(?:state\\s+|local\\s+)?(?:television|radio|broadcaster|newspaper|news\\s+agency))'],
    nouns: ['statement', 'communiqué', 'communique', '(?:press|news)\\s+conference', 'press\\s+briefing', 'speech', 'video\\s+message', 'televised\\s+address', 'press\\s+release'],
    dated: ['said', 'says', 'told', 'reported', 'confirmed', 'confirms', 'stated', 'states', 'added', 'noted', 'rejected', 'rejects', 'denied', 'denies',
      'insisted', 'acknowledged', 'admitted', 'urged', 'urges', 'called\\s+(?:on|for)', 'demanded', 'demands', 'addressed', 'apologi[sz]ed', 'posted', 'wrote',
      'condemns', 'denounces', 'announces', 'accuses', 'blames', 'declares', 'tweets', 'warns', 'vows', 'praised', 'criticised', 'criticized', 'welcomed',
      'speaks', 'speaking', 'addresses', 'addressing'],
  },
  protest: {
    verbs: ['protested', 'demonstrated', 'rallied', 'marched',
      'blocked\\s+(?:the\\s+|a\\s+|main\\s+)?(?:streets?|roads?|highways?|entrances?|bridges?|access|traffic|railway|port)',
      'staged\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+)?(?:protests?|rally|rallies|sit-in|march|demonstrations?|walkout|strike)'],
    nouns: ['protest', 'demonstration', 'rally', 'sit-in', 'march', 'riot', 'uprising', 'revolt', 'rebellion', 'insurrection', 'mutiny', 'anti-[\\w-]+\\s+(?:push|campaign|movement|drive)'],
  },
};

/**
 * Happenings outside the conflict vocabulary above, reported as type `other`: courts, politics,
 * business, disasters and rescues. Grouped by domain only for readability; each domain's words are
 * as generic as the conflict ones (no names, no places).
 */
export const OTHER_TRIGGERS: Record<string, TriggerSet> = {
  legal: {
    verbs: ['sentenced', 'convicted', 'acquitted', 'indicted', 'jailed', 'imprisoned', 'fined', 'sued', 'appealed', 'overturned', 'upheld',
      'charged(?=\\s+(?:[\\w-]+\\s+){0,3}?(?:with|over)\\b)', 'found\\s+guilty', 'pleaded\\s+(?:not\\s+)?guilty',
      'ruled\\s+(?:that|in\\s+favou?r|against|unconstitutional|illegal)', 'banned', 'outlawed',
      'filed\\s+(?:a\\s+|an\\s+|her\\s+|his\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:lawsuit|suit|complaint|appeal|charges|papers|candidacy|nomination|petition)',
      '(?:opened|launched|began|started)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:proceedings|investigation|inquiry|probe|trial|case)',
      '(?:issued|applied\\s+for|requested|sought)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?warrants?', 'pressed\\s+charges', 'charges\\s+were\\s+(?:filed|brought|dropped)'],
    // "proceedings have been opened", "the border was opened"
    passive: ['opened'],
    nouns: ['verdict', 'conviction', 'indictment', 'acquittal', 'ruling', 'sentencing', 'arraignment', 'arrest\\s+warrant', 'trial\\s+of', 'court\\s+hearing'],
  },
  political: {
    verbs: ['elected', 're-elected', 'appointed', 'nominated', 'impeached', 'ousted', 'toppled', 'overthrew', 'resigned', 'stepped\\s+down', 'sworn\\s+in', 'inaugurated',
      'annexed', 'designated', 'sanctioned', 'blacklisted', 'expelled', 'deported', 'voted', 'dissolved', 'declared\\s+(?:independence|martial\\s+law|(?:a\\s+|an\\s+)?(?:state\\s+of\\s+)?emergency)',
      'withdrew', 'pulled\\s+out', 'born(?=\\s+(?:on|in)\\b)', 'founded', 'formed', 'emerged(?=\\s+(?:out\\s+of|from|in)\\b)', 'established(?=\\s+(?:in|on)\\s+(?:\\d|[A-Z]))',
      'took\\s+office', 'assumed\\s+office', 'took\\s+power', 'seized\\s+power', 'imposed\\s+(?:\\w+\\s+)?sanctions', 'lifted\\s+(?:\\w+\\s+)?sanctions', 'vetoed',
      'named\\s+(?:[\\w.’\'-]+\\s+){1,6}?as\\s+(?:its\\s+|their\\s+|the\\s+|his\\s+|her\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+)?(?:candidate|nominee|leader|head|chief|minister|president|director|chairman|chairwoman|chair|successor|coach|ambassador|envoy|spokes(?:man|woman|person))',
      '(?:won|lost)\\s+(?:[\\w-]+\\s+){0,4}?(?:vote|votes|election|elections|poll|polls|primary|primaries|race|seat|seats|majority|ballot|run-?off|referendum|nomination|contest|confidence\\s+vote)\\b',
      'passed\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:law|bill|budget|resolution|motion|amendment)'],
    nouns: ['coup', 'resignation', 'inauguration', 'swearing-in', 'impeachment', 'ouster', 'overthrow', 'annexation',
      'elections', 'election', 'referendum', 'ballot', 'by-election', 'runoff', 'run-off', 'primaries', 'primary\\s+(?:election|vote)', 'vote\\s+(?:on|to|in|for)', 'confidence\\s+vote',
      'designation', 'sanctions\\s+(?:on|against)', 'funeral', 'burial', 'memorial\\s+service'],
  },
  business: {
    verbs: ['acquired(?=\\s+(?:a|an|the|its|their|his|her|rival|control|majority|stakes?|shares)\\b)', 'merged', 'went\\s+bankrupt', 'laid\\s+off', 'went\\s+public',
      'sold\\s+(?:[\\w-]+\\s+){0,3}?(?:shares|stake|stakes|bonds|unit|division|subsidiary|business|assets)',
      'bought\\s+(?:[\\w-]+\\s+){0,3}?(?:shares|stake|stakes|company|firm|group|rival|unit|business|assets)',
      'filed\\s+for\\s+(?:bankruptcy|insolvency|chapter\\s+\\d+|creditor\\s+protection)',
      '(?:reported|posted|announced)\\s+(?:a\\s+|an\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,3}?(?:profits?|loss|losses|revenues?|results|earnings|sales)\\b',
      '(?:suspended|halted|cancelled|canceled|postponed|scrapped|called\\s+off|shelved)\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\w.-]+\\s+){0,5}?(?:sale|offering|listing|deal|merger|takeover|bid|plan|project|production|flights?|operations|trading)\\b',
      '(?:shares?|stocks?)\\s+(?:fell|rose|jumped|slumped|plunged|tumbled|surged|dropped|climbed|soared|sank|slid|gained|lost)'],
    nouns: ['share\\s+sale', 'takeover', 'merger', 'acquisition', 'bankruptcy', 'initial\\s+public\\s+offering', 'layoffs', 'payment'],
  },
  disaster: {
    verbs: ['erupted', 'collapsed', 'derailed', 'capsized', 'crashed'],
    nouns: ['landslide', 'mudslide', 'flood', 'flooding', 'flash\\s+flood', 'earthquake', 'quake', 'tsunami', 'hurricane', 'typhoon', 'cyclone', 'tornado',
      'wildfire', 'blaze', 'eruption', 'avalanche', 'collapse', 'crash', 'derailment', 'outbreak', 'storm'],
  },
  rescue: {
    verbs: ['rescued', 'evacuated', 'airlifted',
      '(?:pulled|dug|freed)\\s+(?:[\\w-]+\\s+){0,3}?(?:survivors?|bodies|body|people|victims|children|residents|miners|workers)\\s+(?:from|out)',
      'recovered\\s+(?:[\\w-]+\\s+){0,3}?(?:bodies|body|remains)'],
    nouns: ['evacuation', 'rescue\\s+(?:of|operation|effort)'],
  },
};

/** Nominal event heads for titles ("Arrest of ..."). */
export const EVENT_NOUN: Record<EventType, string> = {
  attack: 'Attack',
  strike: 'Strike',
  arrest: 'Arrest',
  release: 'Release',
  killing: 'Killing',
  kidnapping: 'Kidnapping',
  threat: 'Threat',
  deployment: 'Deployment',
  meeting: 'Meeting',
  visit: 'Visit',
  agreement: 'Agreement',
  statement: 'Statement',
  protest: 'Protest',
  other: 'Event',
};

/** Words that make a trigger hypothetical or negated when they come shortly before it. */
export const NON_FACTUAL_BEFORE =
  /\b(?:if|unless|whether|not|never|no|nobody|no\s+one|none|without|could|would|might|may|should|must|will|shall|to|demand(?:ed|ing|s)?|call(?:ed|ing|s)?\s+for|urg(?:ed|ing|es)|seek(?:ing|s)?|sought|cannot|can['’]t|won['’]t|wouldn['’]t|didn['’]t|don['’]t|doesn['’]t|did\s+not|refrained\s+from|threatening\s+to|threatened\s+to|plans?\s+to|aims?\s+to|trying\s+to|prevent|avoid|cease|stop)\s+(?:\w+\s+){0,2}$/i;

/** Modifiers that make an event noun hypothetical or generic ("further attacks", "any arrest"); for
 * nouns only — "went further and threatened" is still a threat. */
export const NON_FACTUAL_NOUN_BEFORE = /\b(?:more|further|any|possible|potential|new|future|additional|(?:an\s+)?end\s+to|risk\s+of|fears?\s+of|threat\s+of)\s+(?:\w+\s+){0,2}$/i;

/** Role nouns that can be the subject of a trigger ("the prime minister deploying ..."). */
export const ROLE_SUBJECT =
  /\b(?:the|this|that)\s+((?:[a-z-]+\s+){0,2}?(?:premier|minister|president|official|spokes(?:man|woman|person)|leader|commander|chief|governor|mayor|general|chairman|chairwoman|judge|prosecutor|ambassador|envoy|cleric))\s+(?:\w+ly\s+)?(?:(?:has|had|have|was|were)\s+)?$/i;

/** "<Place>-backed militias": a place used as a modifier is not the actor. */
export const MODIFIER_SUFFIX = /^[-‑](?:backed|linked|aligned|allied|based|affiliated|funded|supported|friendly|born|made|owned|sponsored)\b/i;

/** Nominal triggers governed by these words are background references (dated only by their own phrase). */
export const BACKGROUND_BEFORE =
  /\b(?:over|after|following|since|despite|amid|before|behind|in\s+connection\s+with|in\s+response\s+to|in\s+retaliation\s+for|for|about|of|(?<!\b(?:led|leading|leads|lead)\s)to|on|anniversary\s+of|complicity\s+in|confess\s+to|responsible\s+for|blamed?\s+\w+\s+for|blames?\s+for)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}$/i;

/** Number words for quantities ("Thirteen were released"). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, dozen: 12, dozens: 24,
};

/** Modifiers kept in front of a nominal trigger in a title ("rocket attack", "US drone strike"). */
export const TITLE_MODIFIER =
  /^(?:rocket|missile|drone|air|aerial|mortar|bomb|suicide|car|roadside|military|deadly|fatal|targeted|armed|joint|official|formal|rare|surprise|cyber|\d+|[A-Z][\w'’-]*|[\w]+-(?:led|backed|based|linked))$/;

/** Nouns that refer back to the previous sentence's actor ("the brigade pledged ..."). */
export const ANAPHORIC_SUBJECT =
  /\b(?:the|this|that)\s+(?:brigade|group|faction|militia|movement|organi[sz]ation|party|agency|ministry|government|army|company|premier|minister|president|official|spokesman|spokeswoman|leader|commander)\b|\b(?:he|she|they|it|his|her|their|its)\b/i;
