// Titles and role words. They are not part of a name, but they say what kind of actor follows
// ("President X" is a person) and are kept as the actor's roles.

/** Capitalised titles written directly before a name (lower-cased, dots removed). Multi-word first. */
export const TITLES: string[] = [
  'prime minister', 'deputy prime minister', 'vice president', 'president-elect', 'president elect',
  'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'finance minister',
  'secretary of state', 'secretary-general', 'secretary general', 'supreme leader', 'grand ayatollah',
  'brig gen', 'brigadier general', 'lt gen', 'lieutenant general', 'maj gen', 'major general',
  'field marshal', 'lt col', 'lieutenant colonel', 'rear admiral', 'vice admiral', 'chief justice',
  'crown prince', 'deputy commander', 'commander in chief', 'chief of staff', 'state secretary',
  'president', 'premier', 'minister', 'chancellor', 'general', 'gen', 'brig', 'colonel', 'col', 'major', 'maj',
  'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'corporal', 'cpl', 'private', 'admiral', 'adm',
  'marshal', 'commander', 'cmdr', 'sheikh', 'shaikh', 'sheik', 'ayatollah', 'imam', 'mullah', 'hojatoleslam',
  'king', 'queen', 'prince', 'princess', 'emir', 'amir', 'sultan', 'sheikha', 'senator', 'sen', 'rep',
  'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice',
  'dr', 'mr', 'mrs', 'ms', 'miss', 'mme', 'mister', 'sir', 'dame', 'lord', 'lady', 'speaker', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'secretary', 'ambassador', 'envoy', 'pope', 'cardinal', 'bishop',
  'archbishop', 'rabbi', 'pastor', 'reverend', 'rev', 'father', 'sister', 'brother', 'professor', 'prof',
  'director', 'chief', 'deputy', 'ceo', 'mp', 'mep', 'lawmaker', 'spokesman', 'spokeswoman', 'spokesperson',
  'member', 'leader', 'head', 'cleric', 'commissioner', 'inspector', 'detective', 'officer', 'agent',
  'attorney general', 'prosecutor', 'counsel', 'coach', 'manager', 'founder', 'editor',
];

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
]);
