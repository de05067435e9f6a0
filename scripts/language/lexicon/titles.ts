// Titles, ranks, offices and honorifics. They are not part of a name, but they say what kind of actor
// follows ("President X" is a person) and are kept as the actor's roles. Lower-cased, dots removed;
// a title may be plural before several names ("Judges X and Y") and may open with modifiers ("Acting",
// "Senior", "Deputy"): runs.ts matches both, so neither is listed here.

/** Civil, diplomatic and legislative offices. */
const CIVIL = [
  'president', 'vice president', 'president-elect', 'president elect', 'prime minister', 'premier', 'chancellor',
  'first minister', 'chief minister', 'minister', 'minister of state', 'state minister', 'foreign minister',
  'defence minister', 'defense minister', 'interior minister', 'finance minister', 'secretary', 'secretary of state', 'state secretary',
  'secretary-general', 'secretary general', 'under secretary', 'under-secretary', 'undersecretary',
  'permanent secretary', 'press secretary', 'governor', 'lieutenant governor', 'mayor', 'councillor', 'councilor',
  'councilman', 'councilwoman', 'alderman', 'senator', 'sen', 'representative', 'rep', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'mp', 'mep', 'speaker', 'house speaker', 'ambassador', 'envoy',
  'special envoy', 'consul', 'consul general', 'high commissioner', 'commissioner', 'chairman', 'chairwoman',
  'chairperson', 'chair', 'director', 'director-general', 'director general', 'administrator', 'spokesman',
  'spokeswoman', 'spokesperson', 'chief of staff', 'adviser', 'advisor', 'national security adviser', 'aide',
  'supreme leader', 'leader', 'chief', 'opposition leader', 'head', 'member', 'delegate', 'mukhtar',
];

/** Judges, prosecutors and lawyers' offices. */
const LEGAL = [
  'judge', 'justice', 'chief justice', 'associate justice', 'magistrate', 'presiding judge', 'district judge',
  'circuit judge', 'federal judge', 'prosecutor', 'chief prosecutor', 'public prosecutor', 'prosecutor general',
  'prosecutor-general', 'attorney', 'attorney general', 'attorney-general', 'district attorney', 'state attorney', 'solicitor general', 'counsel', 'special counsel',
  'advocate general',
];

/** Police, intelligence and security ranks and posts. */
const SECURITY = [
  'police chief', 'chief of police', 'police commissioner', 'commissioner of police', 'inspector general',
  'inspector-general', 'inspector', 'chief inspector', 'inspector in charge', 'superintendent', 'detective',
  'constable', 'sheriff', 'marshal', 'agent', 'special agent', 'special agent in charge', 'agent in charge',
  'officer', 'trooper', 'warden',
];

/** Military ranks (and their usual abbreviations). */
const MILITARY = [
  'general', 'gen', 'brigadier general', 'brig gen', 'brigadier', 'brig', 'major general', 'maj gen',
  'lieutenant general', 'lt gen', 'field marshal', 'air marshal', 'air chief marshal', 'colonel', 'col',
  'lieutenant colonel', 'lt col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'first lieutenant',
  'second lieutenant', 'sergeant', 'sgt', 'staff sergeant', 'master sergeant', 'sergeant major', 'corporal', 'cpl',
  'lance corporal', 'private', 'pvt', 'admiral', 'adm', 'vice admiral', 'rear admiral', 'commodore',
  'commander', 'cmdr', 'lieutenant commander', 'wing commander', 'squadron leader', 'group captain',
  'flight lieutenant', 'petty officer', 'warrant officer', 'chief warrant officer', 'commander-in-chief',
  'commander in chief', 'deputy commander', 'chief of general staff', 'chief of the general staff', 'comrade',
];

/** Religious offices and honorifics. */
const RELIGIOUS = [
  'pope', 'cardinal', 'archbishop', 'bishop', 'patriarch', 'reverend', 'rev', 'father', 'fr', 'pastor', 'rabbi',
  'chief rabbi', 'imam', 'sheikh', 'shaikh', 'sheik', 'shaykh', 'sheikha', 'mufti', 'grand mufti', 'mullah',
  'maulana', 'mawlana', 'maulvi', 'mawlawi', 'ayatollah', 'grand ayatollah', 'hojatoleslam', 'hojjatoleslam',
  'hojatolislam', 'hojjat al-islam', 'sayyed', 'sayyid', 'sayed', 'seyed', 'seyyed', 'haj', 'haji', 'hajji',
  'alhaji', 'alhaja', 'hajiya', 'ustaz', 'ustadh', 'mallam', 'malam', 'sayadaw', 'venerable', 'brother', 'sister',
];

/** Royal and noble titles. */
const ROYAL = [
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emir', 'amir', 'sultan', 'shah', 'sir', 'dame', 'lord',
  'lady', 'baron', 'baroness', 'duke', 'duchess', 'earl', 
];

/** Courtesy titles of many languages: English, Burmese (U, Daw), French, German, Spanish, Italian, Indian. */
const COURTESY = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'dr', 'prof', 'professor', 'eng', 'u', 'daw', 'monsieur',
  'madame', 'mme', 'mademoiselle', 'mlle', 'herr', 'frau', 'señor', 'senor', 'señora', 'senora', 'sr', 'sra',
  'signor', 'signora', 'shri', 'shrimati', 'smt', 'pandit',
];

/** Business, academic and media posts written before a name ("Senior Analyst X", "CEO X"). */
const POSTS = [
  'ceo', 'cfo', 'coo', 'cto', 'chief executive', 'chief executive officer', 'chief operating officer',
  'chief financial officer', 'managing director', 'executive director', 'founder', 'co-founder', 'president and ceo',
  'analyst', 'senior analyst', 'researcher', 'economist', 'editor', 'editor-in-chief', 'correspondent',
  'reporter', 'columnist', 'anchor', 'coach', 'manager', 'head coach', 'cleric', 'pilot', 'chief pilot',
];

/** Capitalised titles written directly before a name (lower-cased, dots removed). */
export const TITLES: string[] = [...new Set([...CIVIL, ...LEGAL, ...SECURITY, ...MILITARY, ...RELIGIOUS, ...ROYAL, ...COURTESY, ...POSTS])];

/** Words that may open a title without being one ("Acting Inspector", "Senior Analyst", "Deputy Head"). */
export const TITLE_MODIFIERS = new Set<string>([
  'acting', 'interim', 'deputy', 'assistant', 'associate', 'senior', 'junior', 'chief', 'principal', 'special',
  'executive', 'vice', 'former', 'outgoing', 'incoming', 'retired', 'late', 'technical', 'regional', 'lead',
]);

/**
 * Office and portfolio words: what follows "of"/"for" in an office ("Minister of Interior", "Assistant
 * Commissioner for Criminal Investigations", "Speaker of the House"), never a person's name.
 */
export const OFFICE_WORDS = new Set<string>([
  'state', 'interior', 'defence', 'defense', 'foreign', 'affairs', 'home', 'homeland', 'justice', 'finance',
  'treasury', 'economy', 'economic', 'trade', 'commerce', 'industry', 'health', 'education', 'labour', 'labor',
  'energy', 'oil', 'petroleum', 'mines', 'agriculture', 'transport', 'transportation', 'information', 'culture',
  'tourism', 'environment', 'intelligence', 'security', 'national', 'public', 'works', 'housing', 'planning',
  'development', 'investigations', 'investigation', 'criminal', 'civil', 'legal', 'human', 'rights', 'relations',
  'external', 'internal', 'international', 'political', 'military', 'operations', 'communications', 'media',
  'staff', 'general', 'joint', 'chiefs', 'house', 'opposition', 'exchequer', 'parliament', 'assembly', 'senate',
  'council', 'cabinet', 'police', 'army', 'navy', 'air', 'force', 'forces', 'armed', 'defence', 'immigration',
  'customs', 'revenue', 'budget', 'youth', 'sports', 'women', 'family', 'social', 'welfare', 'veterans',
  'science', 'technology', 'research', 'policy', 'administration', 'enforcement', 'prosecutions', 'water',
  'resources', 'religious', 'endowments', 'awqaf', 'reconstruction', 'displacement', 'migration', 'refugees',
  'counterterrorism', 'counter-terrorism', 'cyber', 'strategy', 'strategic', 'studies', 'programs', 'programmes',
]);

/** Lower-case role nouns that, just before a name, make it a person ("cleric Muqtada ..."). */
export const ROLE_NOUNS = new Set<string>([
  'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'cleric', 'chairman', 'chairwoman', 'chair',
  'analyst', 'researcher', 'leader', 'chief', 'head', 'minister', 'president', 'premier', 'general',
  'official', 'deputy', 'lawmaker', 'legislator', 'mp', 'activist', 'journalist', 'reporter', 'fellow', 'director',
  'envoy', 'diplomat', 'ambassador', 'judge', 'prosecutor', 'lawyer', 'attorney', 'founder', 'ceo',
  'economist', 'professor', 'scholar', 'expert', 'militiaman', 'fighter', 'militant', 'colonel', 'officer',
  'governor', 'mayor', 'senator', 'secretary', 'adviser', 'advisor', 'aide', 'businessman', 'businesswoman',
  'tycoon', 'candidate', 'politician', 'writer', 'author', 'editor', 'photographer', 'correspondent',
  'student', 'doctor', 'surgeon', 'coach', 'player', 'striker', 'captain', 'singer', 'actor', 'actress',
  'artist', 'farmer', 'priest', 'bishop', 'imam', 'preacher', 'ruler', 'king', 'queen', 'prince',
  'member', 'negotiator', 'mediator', 'interlocutor', 'lieutenant', 'manager', 'chancellor', 'speaker',
  'strongman', 'warlord', 'dissident', 'blogger', 'resident', 'witness', 'victim', 'suspect', 'detainee',
  'rapper', 'novelist', 'poet', 'historian', 'scientist', 'engineer', 'pilot', 'soldier', 'rival',
  'opponent', 'successor', 'predecessor', 'counterpart', 'owner', 'investor', 'executive', 'president-elect',
  'commissioner', 'inspector', 'detective', 'agent', 'sheriff', 'magistrate', 'counsel', 'sergeant', 'major',
  'admiral', 'marshal', 'superintendent', 'columnist', 'anchor', 'host', 'presenter', 'comrade',
  'sons', 'daughters', 'brothers', 'sisters', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband',
  'widow', 'father', 'mother', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter',
  'judges', 'ministers', 'leaders', 'officials', 'commanders', 'activists', 'journalists', 'lawyers', 'members',
  'senators', 'generals', 'children', 'parents', 'siblings', 'colleagues', 'candidates', 'defendants', 'suspects',
]);
