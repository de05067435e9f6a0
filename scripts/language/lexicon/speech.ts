// Reporting verbs and the claim kind each one signals, plus the small closed word lists the claim
// extractor needs to find who is speaking. All generic English: nothing here names a person, group
// or place from any particular story.

import type { ClaimKind } from '../../lib/types.ts';
import { MONTH_NAMES } from '../../lib/months.ts';

/** A reporting verb: every inflected form written out (no stemmer: "charge"/"charges" must stay apart). */
interface VerbEntry {
  forms: string[];
  /** Kind of an indirect claim introduced by this verb ('statement' for neutral verbs). */
  kind: ClaimKind;
  /** Forms that only count when followed by this pattern (e.g. "call" only as "call for / call on"). */
  needs?: RegExp;
}

const V = (forms: string, kind: ClaimKind, needs?: RegExp): VerbEntry => ({ forms: forms.split(' '), kind, needs });

// Order matters only for documentation; lookup is by form.
const VERBS: VerbEntry[] = [
  // neutral: a direct quote introduced by these is kind 'quote', indirect speech 'statement'
  V('say says said saying', 'statement'),
  V('tell tells told telling', 'statement'),
  // "adding to the anger", "added up": increase, not speech
  V('add adds added adding', 'statement', /^(?!\s+(?:to\b(?!\s+(?:reporters|journalists|the press)\b)|up\b))/),
  V('state states stated stating', 'statement'),
  V('announce announces announced announcing', 'statement'),
  V('tweet tweets tweeted tweeting', 'statement'),
  V('write writes wrote writing', 'statement', /^\s+(?:that|on|in)\b|^\s*[,:.!?]/),
  V('post posts posted posting', 'statement', /^\s+(?:that|on)\b|^\s*[,:.!?]/),
  V('note notes noted noting', 'statement'),
  V('explain explains explained explaining', 'statement'),
  V('insist insists insisted insisting', 'statement'),
  V('argue argues argued arguing', 'statement'),
  V('assert asserts asserted asserting', 'statement'),
  V('confirm confirms confirmed confirming', 'statement'),
  // "reported that", "..., TOLO News reported Sunday", "..., reported Anadolu news agency."
  V('report reports reported reporting', 'statement', /^\s+(?:that|on)\b|^\s*[,:.]|^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|late|last)\b|^\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}\s*[.,]/u),
  V('declare declares declared declaring', 'statement'),
  V('stress stresses stressed stressing', 'statement'),
  V('emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising', 'statement'),
  V('reply replies replied replying', 'statement'),
  V('respond responds responded responding', 'statement'),
  V('comment comments commented commenting', 'statement'),
  V('predict predicts predicted predicting', 'statement'),
  V('suggest suggests suggested suggesting', 'statement'),
  V('pledge pledges pledged pledging', 'statement'),
  V('promise promises promised promising', 'statement'),
  V('vow vows vowed vowing', 'statement'),
  V('admit admits admitted admitting', 'statement'),
  V('acknowledge acknowledges acknowledged acknowledging', 'statement'),
  V('describe describes described describing', 'statement', /^\s+(?:\S+\s+){0,8}?as\b/),
  // "asked whether ...", and after a quotation ('"...?" she asked.')
  // "questioned whether trustees had held the money": a doubt stated
  V('question questions questioned questioning', 'statement', /^\s+whether\b/),
  V('ask asks asked', 'statement', /^(?!\s+by\b)(?:\s*[,.!?]|\s+(?:whether|if|why|how|what|when)\b|\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,5}\s*[.,])/u),
  // "called the launch “outrageous”": a characterisation in quotation marks
  V('call calls called calling', 'statement', /^\s+(?!(?:itself|themselves|himself|herself)\b)(?:[\w’'-]+\s+){1,5}?\u25A1/),
  V('chant chants chanted chanting', 'statement'),
  // raised voices: only as the tag of a quotation ('“Get out!” the crowd shouted', 'she yelled, waving a flag'), never
  // "shouted at" nor "yelled, then left"
  V('shout shouts shouted yell yells yelled scream screams screamed exclaim exclaims exclaimed', 'statement', /^\s*(?:[.!?]|[,:]\s*\u25A1|,\s+\p{Ll}+ing\b)/u),
  // "continued" and a bare "claimed" tag a quotation ('“...,” she continued'), not "continued to fight"
  V('continue continues continued', 'statement', /^\s*[,.:]/),
  // "a sign reading “...”": only right before a quotation (the extractor blanks quotations to \u25A1)
  // ... and right after one: '“...,” read a statement from X', '“...,” the statement read'
  V('read reads reading', 'statement', /^\s*:?\s*\u25A1|^\s*\.|^\s+(?:a|the|an)\s+(?:\S+\s+)?(?:statement|message|letter|post|note|communiqu[eé]|banner|sign|placard)(?=\s*(?:[,.;]|$)|\s+(?:from|by|of|issued|posted|released|published|signed|on)\b)/),
  V('quip quips quipped quipping', 'statement'),
  V('boast boasts boasted boasting', 'statement'),
  V('recall recalls recalled recalling', 'statement'),
  // "highlighted that", "indicated that", "pointed out that", "reiterated that"
  V('highlight highlights highlighted highlighting', 'statement', /^\s+that\b/),
  V('indicate indicates indicated indicating', 'statement', /^\s+that\b/),
  V('point points pointed pointing', 'statement', /^\s+out\s+that\b/),
  V('underline underlines underlined underlining underscore underscores underscored underscoring', 'statement', /^\s+that\b/),
  V('reveal reveals revealed revealing disclose discloses disclosed disclosing', 'statement', /^\s+that\b/),
  V('allege alleges alleged alleging', 'accusation', /^\s+that\b/),
  V('maintain maintains maintained maintaining contend contends contended contending', 'statement', /^\s+that\b/),
  V('reiterate reiterates reiterated reiterating affirm affirms affirmed affirming', 'statement'),
  V('concede concedes conceded conceding', 'statement', /^\s+that\b|^\s*[,.]/),
  V('observe observes observed observing remark remarks remarked remarking', 'statement', /^\s+that\b|^\s*[,.]/),
  V('inform informs informed informing', 'statement', /^\s+(?:\S+\s+){0,4}?that\b/),
  V('testify testifies testified testifying', 'statement', /^\s+that\b/),
  // "estimates that ...", a court or inquiry that "found (reasonable grounds to believe) that ..."
  V('estimate estimates estimated', 'statement', /^\s+that\b/),
  V('find finds found', 'statement', /^\s+(?:that\b|(?:reasonable\s+|sufficient\s+|substantial\s+)?grounds\s+to\s+believe\s+that\b)/),
  // accusation
  V('accuse accuses accused accusing', 'accusation'),
  V('blame blames blamed blaming', 'accusation'),
  V('slam slams slammed slamming', 'accusation'),
  V('charge charged charging', 'accusation', /^\s+(?:\S+\s+){1,4}?with\b/),
  V('criticize criticizes criticized criticizing criticise criticises criticised criticising', 'accusation'),
  V('condemn condemns condemned condemning', 'accusation'),
  V('denounce denounces denounced denouncing', 'accusation'),
  V('decry decries decried decrying', 'accusation'),
  V('lambast lambasts lambasted lambasting lambaste lambastes', 'accusation'),
  // "has hit out (repeatedly) at X"
  V('hit hits hitting', 'accusation', /^\s+out\s+(?:\S+\s+)?at\b/),
  // threat
  V('threaten threatens threatened threatening', 'threat'),
  // warning
  V('warn warns warned warning', 'warning'),
  V('caution cautions cautioned cautioning', 'warning'),
  // denial
  V('deny denies denied denying', 'denial'),
  V('reject rejects rejected rejecting', 'denial'),
  V('dismiss dismisses dismissed dismissing', 'denial'),
  V('refute refutes refuted refuting', 'denial'),
  // demand
  V('demand demands demanded demanding', 'demand'),
  V('urge urges urged urging', 'demand'),
  V('call calls called calling', 'demand', /^\s+(?:for|on|upon)\b/),
  V('appeal appeals appealed appealing', 'demand', /^\s+(?:for|to)\b/),
  V('insist insists insisted insisting', 'demand', new RegExp(String.raw`^\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d|(?:${MONTH_NAMES.join('|')})\b)`)),
  // responsibility
  V('claim claims claimed claiming', 'responsibility', /^\s+(?:\S+\s+){0,2}?responsibility\b/),
  // "who claim the Kremlin was behind it": a claim is a statement when a clause follows
  V('claim claims claimed claiming', 'statement', /^\s*[,.:]|^\s+(?:that\b|(?:[\p{L}'’-]+\s+){1,4}?(?:was|were|is|are|had|has|have|would|will|could|did)\b)/u),
];

export interface VerbInfo {
  kind: ClaimKind;
  needs?: RegExp;
}

/** form (lower case) -> possible readings, tried in order. */
export const SPEECH_VERBS: Map<string, VerbInfo[]> = (() => {
  const m = new Map<string, VerbInfo[]>();
  for (const v of VERBS)
    for (const f of v.forms) {
      let l = m.get(f);
      if (!l) m.set(f, (l = []));
      l.push({ kind: v.kind, needs: v.needs });
    }
  // readings with a condition first, so "insist on" (demand) wins over plain "insist"
  for (const l of m.values()) l.sort((a, b) => (a.needs ? 0 : 1) - (b.needs ? 0 : 1));
  return m;
})();

/** "claim" in the narrow sense of taking responsibility never needs more than this window. */
export const VERB_LOOKAHEAD = 60;

/** Words after which an -ing/-ed form is a noun or adjective, not a reporting verb ("a warning", "the said"). */
export const NOUN_MARKERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'no', 'any', 'stern', 'new', 'final', 'latest', 'previous', 'earlier']);

/** "calling itself", "known as" ...: a quoted phrase after these is a name, not speech. */
export const NAMING_BEFORE = /(?:\bcall(?:s|ed|ing)?\s+(?:itself|themselves|himself|herself|it|them)|\bknown\s+as|\bdubbed|\bnamed|\bso-called|\btitled|\bentitled|\bcodenamed|\bcode-named|\bbranded)\s*(?:the\s+|a\s+)?$/i;

/** Content that makes a neutrally-introduced quote a threat. */
export const THREAT_CONTENT = /\b(?:will|would|shall)\s+(?:be\s+)?(?:punished|pay\s+(?:a\s+|the\s+)?(?:heavy\s+|high\s+)?(?:price|dearly)|regret|face\s+(?:the\s+)?consequences|be\s+targeted|be\s+hit)|\b(?:we|they)\s+will\s+(?:attack|strike|target|kill|hit|avenge|retaliate|burn|destroy)|\brevenge\b|\bcut\s+off\b/i;

/** Content after vow/pledge that makes it a threat ("vowed to attack", "pledged to continue attacks"). */
export const THREAT_VOW = /^\s+(?:that\s+)?(?:to\s+|they\s+will\s+|it\s+will\s+|he\s+will\s+)?(?:continue\s+(?:to\s+)?)?(?:attack|attacks|strike|target|kill|avenge|retaliat|hit|fight|punish|revenge|expel|bomb)/i;

/** Auxiliaries and adverbs that sit between a subject and its reporting verb. */
export const AUX_WORDS = new Set(
  'has have had is was are were be been being will would shall should may might can could must do does did also recently reportedly later earlier then again once previously separately publicly privately repeatedly allegedly apparently had not never just already still further openly strongly firmly angrily flatly categorically immediately quickly swiftly himself herself itself themselves'.split(' '),
);

/** Personal pronouns that can be the subject of a reporting verb. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const THING_PRONOUNS = new Set(['it']);
export const PLURAL_PRONOUNS = new Set(['they']);

/** Nouns that name an organisation generically ("the brigade announced", "the group said"). */
export const ORG_NOUNS = new Set(
  'group groups brigade brigades militia militias faction factions movement organisation organization party ministry government army agency council committee office company firm coalition alliance network front league battalion battalions regiment force forces command commission authority authorities administration embassy court parliament cabinet presidency union federation institute foundation bank police cell wing centre center headquarters campaign team'.split(' '),
);

/** Role nouns for people, used to match "the analyst said" against LocalEntity.roles. */
export const ROLE_SYNONYMS: Record<string, string[]> = {
  premier: ['prime minister', 'premier', 'pm'],
  'prime minister': ['prime minister', 'premier', 'pm'],
  pm: ['prime minister', 'premier', 'pm'],
  president: ['president'],
  analyst: ['analyst', 'expert', 'researcher', 'fellow'],
  expert: ['expert', 'analyst', 'researcher'],
  researcher: ['researcher', 'analyst', 'fellow'],
  spokesman: ['spokesman', 'spokesperson', 'spokeswoman'],
  spokeswoman: ['spokeswoman', 'spokesperson', 'spokesman'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
  minister: ['minister'],
  commander: ['commander'],
  leader: ['leader', 'head', 'chief', 'president', 'prime minister', 'premier', 'chancellor', 'king', 'emir'],
  chief: ['chief', 'head', 'leader'],
  head: ['head', 'chief', 'leader'],
  cleric: ['cleric'],
  official: ['official'],
  envoy: ['envoy', 'ambassador'],
  ambassador: ['ambassador', 'envoy'],
  general: ['general', 'gen'],
  chairman: ['chairman', 'chair', 'head'],
  senator: ['senator'],
  governor: ['governor'],
  mayor: ['mayor'],
  secretary: ['secretary'],
  director: ['director'],
  lawmaker: ['lawmaker', 'mp', 'member of parliament'],
  king: ['king'],
  emir: ['emir'],
  colonel: ['colonel', 'col'],
  chancellor: ['chancellor'],
  prosecutor: ['prosecutor'],
  judge: ['judge'],
};

/** Nouns that head an unnamed-speaker description ("a senior official", "security sources"). */
export const SPEAKER_HEAD_NOUNS = new Set(
  'source sources official officials diplomat diplomats politician politicians analyst analysts expert experts observer observers witness witnesses resident residents fighter fighters member members spokesman spokeswoman spokesperson commander commanders leader leaders activist activists lawmaker lawmakers man woman men women people officer officers aide aides adviser advisers advisor advisors insider insiders person individual individuals supporters protesters demonstrators crowd crowds students workers relative relatives family families residents statement report reports media analyst researcher researchers correspondent journalist journalists cleric clerics minister ministers ministry militant militants gunman gunmen soldier soldiers police policeman doctor doctors medic medics staff employee employees agency group groups faction militia brigade government'.split(' '),
);

/** Subordinators/prepositions that open a fronted phrase before the subject ("In a statement on Sunday, ..."). */
export const FRONTED_OPENERS = new Set(
  'in on at after before when while as since although though despite during following meanwhile however earlier later less more with without under over for from amid upon last this speaking asked according separately elsewhere also but and yet still once'.split(' '),
);

/** Prepositions: a name after one of these inside a speaker phrase is a complement, not the speaker ("a member of X"). */
export const PREPOSITIONS = new Set(
  'of for at from to with in by on about near inside within among between under over against through into onto'.split(' '),
);

/** Verbs that may precede their subject ("..., said the minister"); others with a comma before them do not invert. */
export const INVERTIBLE = new Set(
  'said says say read reads added adds wrote writes warned warns noted notes explained explains insisted insists argued argues stressed stresses continued continues declared declares replied replies recalled recalls asked asks tweeted tweets cautioned reported reports announced announces confirmed confirms stated states posted posts'.split(' '),
);

/** Words right before a reporting verb that negate it ("declined to comment", "did not respond"). */
export const NEGATORS = new Set(['not', "n't", 'never', 'declined', 'refused', 'declines', 'refuses', 'decline', 'refuse', 'no']);
