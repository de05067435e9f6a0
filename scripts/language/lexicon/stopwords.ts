// Capitalised words that are not names: sentence openers, calendar words, adjectives of nationality
// or faith, and media/boilerplate words. Lower-cased.
import { MONTH_FORMS } from '../../lib/months.ts';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS = MONTH_FORMS.map((m) => m.toLowerCase());

/** Function words and common sentence openers that are capitalised only because they start a sentence. */
export const COMMON_WORDS = new Set<string>([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we',
  'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'who', 'whom', 'whose',
  'what', 'which', 'when', 'where', 'why', 'how', 'if', 'but', 'and', 'or', 'nor', 'so', 'yet', 'for', 'as',
  'at', 'by', 'in', 'on', 'of', 'to', 'from', 'with', 'without', 'after', 'before', 'since', 'until', 'while',
  'during', 'despite', 'although', 'though', 'because', 'unless', 'once', 'over', 'under', 'between',
  'among', 'amid', 'against', 'about', 'above', 'below', 'into', 'onto', 'upon', 'within', 'across',
  'through', 'throughout', 'towards', 'toward', 'near', 'beyond', 'according', 'also', 'even', 'still',
  'just', 'only', 'meanwhile', 'however', 'instead', 'then', 'thus', 'therefore', 'moreover', 'furthermore',
  'besides', 'indeed', 'later', 'earlier', 'previously', 'now', 'today', 'yesterday', 'tomorrow', 'tonight',
  'last', 'next', 'first', 'second', 'third', 'another', 'other', 'others', 'some', 'many', 'most', 'more',
  'much', 'few', 'several', 'all', 'both', 'each', 'every', 'any', 'no', 'not', 'none', 'one', 'two',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'twenty', 'hundreds', 'thousands', 'dozens', 'millions', 'such', 'same', 'own',
  'less', 'least', 'lacking', 'security', 'sources', 'source', 'officials', 'official', 'experts',
  'observers', 'analysts', 'critics', 'residents', 'people', 'police', 'outraged', 'asked', 'speaking',
  'read', 'more', 'related', 'editor', 'picks', 'welcome', 'share', 'photo', 'video', 'watch', 'listen',
  'advertisement', 'subscribe', 'click', 'update', 'updated', 'breaking', 'exclusive', 'opinion',
  'analysis', 'comment', 'news', 'home', 'world', 'previous', 'yes', 'oh', 'please', 'thank', 'thanks',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'war', 'peace', 'pro', 'anti', 'ex', 'former', 'late', 'new', 'old',
  'top', 'senior', 'junior', 'chief', 'deputy', 'acting', 'interim', 'elite', 'influential', 'powerful',
  'military', 'political', 'local', 'foreign', 'international', 'national', 'federal', 'regional',
  'central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'upper', 'lower',
  'thinking', 'think', 'make', 'break', 'said', 'says', 'told', 'according', 'reportedly', 'allegedly',
  'several', 'whether', 'nearly', 'almost', 'about', 'around', 'roughly', 'just', 'perhaps', 'maybe',
  'let', 'let\'s', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'some', 'up', 'down', 'out', 'off',
  'am', 'pm', 'gmt', 'utc', 'ad', 'bc', 'ok', 'okay', 'mission', 'members', 'member', 'families', 'family',
]);

/** Adjectives of faith, ethnicity, region and language, used as adjectives rather than as actors. */
export const EXTRA_DEMONYMS = new Set<string>([
  'shiite', 'shiites', 'shia', "shi'ite", "shi'ites", 'sunni', 'sunnis', 'kurdish', 'kurd', 'kurds', 'arab',
  'arabs', 'arabic', 'persian', 'muslim', 'muslims', 'islamic', 'islamist', 'islamists', 'christian',
  'christians', 'jewish', 'jew', 'jews', 'hindu', 'buddhist', 'catholic', 'protestant', 'orthodox',
  'western', 'westerners', 'eastern', 'european', 'europeans', 'african', 'africans', 'asian', 'asians',
  'latin', 'american', 'americans', 'english', 'french', 'spanish', 'german', 'russian', 'chinese',
  'turkish', 'turkmen', 'yazidi', 'yazidis', 'druze', 'alawite', 'alawites', 'salafi', 'salafist',
  'jihadist', 'jihadists', 'baathist', 'zionist', 'gulf', 'middle', 'mideast', 'allied', 'soviet',
  'communist', 'democrat', 'democrats', 'republican', 'republicans', 'liberal', 'conservative',
  'socialist', 'nazi', 'fascist', 'marxist', 'maoist', 'hebrew', 'urdu',
  'farsi', 'dari', 'pashto', 'hindi', 'bengali', 'swahili', 'portuguese', 'italian', 'dutch', 'greek',
  // Nationality and ethnic nouns the country data does not derive ("the Turks", "the Frenchman").
  'turk', 'turks', 'brit', 'brits', 'briton', 'britons', 'scot', 'scots', 'dane', 'danes', 'finn', 'finns',
  'pole', 'poles', 'swede', 'swedes', 'spaniard', 'spaniards', 'frenchman', 'frenchmen', 'frenchwoman',
  'englishman', 'englishmen', 'englishwoman', 'dutchman', 'dutchmen', 'irishman', 'welshman', 'scotsman',
  'swiss', 'filipino', 'filipinos', 'tatar', 'tatars', 'uyghur', 'uyghurs', 'uighur', 'uighurs', 'pashtun',
  'pashtuns', 'baloch', 'hazara', 'hazaras', 'rohingya', 'tamil', 'tamils', 'sinhalese', 'berber', 'berbers',
  'bedouin', 'bedouins', 'chechen', 'chechens', 'cossack', 'cossacks', 'latino', 'latinos', 'hispanic', 'saudi',
  'saudis', 'emirati', 'emiratis', 'yemenis', 'afghans', 'somalis',
]);

/** Languages: "X in Arabic" equates a name with its translation. */
export const LANGUAGES = new Set<string>([
  'arabic', 'persian', 'farsi', 'kurdish', 'turkish', 'hebrew', 'english', 'french', 'spanish', 'german',
  'russian', 'chinese', 'urdu', 'pashto', 'dari', 'hindi', 'portuguese', 'italian', 'dutch', 'greek',
  'ukrainian', 'swahili', 'amharic', 'somali', 'hausa', 'malay', 'indonesian', 'japanese', 'korean',
]);

/** News agencies and wires: organisations even as a bare acronym. */
export const AGENCIES = new Set<string>([
  'afp', 'reuters', 'ap', 'upi', 'dpa', 'efe', 'ansa', 'xinhua', 'tass', 'irna', 'ina', 'wam', 'spa', 'kuna',
  'mena', 'anadolu', 'bloomberg', 'bbc', 'cnn', 'nbc', 'cbs', 'abc', 'npr', 'pbs', 'sky',
]);

/** Verbs after a bare name that show it is a person ("X said", "X told"). */
export const SPEECH_VERBS = new Set<string>([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'tweeted', 'wrote', 'writes', 'argued', 'argues',
  'warned', 'warns', 'stated', 'insisted', 'claimed', 'explained', 'noted', 'recalled', 'asked', 'replied',
  'demanded', 'urged', 'vowed', 'announced', 'denied', 'accused', 'called', 'visited', 'met', 'spoke',
]);

/** Upper-case abbreviations that name things or titles, not actors. */
export const NON_ACTOR_ACRONYMS = new Set<string>([
  'AI', 'TV', 'PM', 'AM', 'ID', 'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'HIV', 'AIDS', 'DNA', 'PR', 'IT', 'OK', 'MP',
  'MPS', 'VIP', 'SUV', 'PC', 'CV', 'FAQ', 'PDF', 'USB', 'GPS', 'SMS', 'CCTV', 'COVID', 'LGBT', 'LGBTQ', 'IED',
  'IEDS', 'RPG', 'RPGS', 'UAV', 'UAVS', 'GMT', 'UTC', 'BC', 'AD', 'PHD', 'MBA', 'VAT', 'IPO', 'ETF', 'EV', 'EVS',
  'LNG', 'OPED', 'Q1', 'Q2', 'Q3', 'Q4', 'FY', 'YOY', 'KM', 'KG', 'MW', 'GW', 'KWH', 'MWH', 'GWH', 'USD', 'EUR',
  'RMB', 'IQD', 'NB', 'PS', 'RIP', 'ASAP', 'DIY', 'FYI', 'TBA', 'TBC', 'NGO', 'NGOS', 'SOS', 'WMD', 'WMDS',
  'Q&A', 'QA', 'DAX', 'FTSE', 'CAC', 'KOSPI', 'NIKKEI', 'SENSEX', 'NIFTY', 'DJIA', 'MSCI', 'AGM',
]);
