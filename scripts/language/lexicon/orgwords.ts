// Words that make a capitalised phrase an organisation ("X Brigades", "Ministry of Y"), and words that
// make it a place ("X Province", "Green Zone"). Generic vocabulary only.

/** Head words of organisation names, lower-cased (matched on any token of the name). */
export const ORG_WORDS = new Set<string>([
  'brigade', 'brigades', 'battalion', 'battalions', 'regiment', 'division', 'unit', 'units', 'corps',
  'forces', 'force', 'army', 'navy', 'militia', 'militias', 'guard', 'guards', 'police', 'command',
  'league', 'council', 'service', 'services', 'ministry', 'foundation', 'institute', 'institution',
  'party', 'movement', 'directorate', 'agency', 'front', 'company', 'co', 'group', 'bank', 'court',
  'university', 'college', 'academy', 'school', 'committee', 'commission', 'organization', 'organisation',
  'association', 'union', 'federation', 'alliance', 'coalition', 'network', 'office', 'department',
  'authority', 'board', 'bureau', 'assembly', 'parliament', 'congress', 'senate', 'cabinet', 'government',
  'administration', 'secretariat', 'nations', 'centre', 'center', 'hospital', 'fund', 'trust', 'society',
  'club', 'church', 'mission', 'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation', 'holdings', 'airlines',
  'airways', 'times', 'post', 'news', 'press', 'television', 'tv', 'radio', 'broadcasting', 'journal',
  'gazette', 'tribune', 'herald', 'telegraph', 'guardian', 'observer', 'review', 'magazine', 'channel',
  'industries', 'group', 'partners', 'systems', 'technologies', 'labs', 'laboratory', 'laboratories',
  'council', 'tribunal', 'caucus', 'brotherhood', 'order', 'state', 'republic', 'taskforce', 'team',
  'watch', 'initiative', 'program', 'programme', 'project', 'exchange', 'ventures', 'capital', 'motors',
  'kingdom', 'emirate', 'caliphate', 'squad', 'cartel', 'gang', 'syndicate', 'mobilization', 'mobilisation',
  'community', 'collective', 'observer', 'technology', 'energy', 'mobility', 'accountants', 'securities',
  'electronics', 'pharmaceuticals', 'pharma', 'logistics', 'telecom', 'telecommunications', 'media',
  'solutions', 'resources', 'petroleum', 'insurance', 'investments', 'financial', 'consulting',
  'construction', 'shipping', 'foods', 'chemicals', 'semiconductor', 'software', 'networks',
  'communications', 'entertainment', 'studios', 'records', 'publishing', 'storage', 'automotive',
  'exchange', 'stock', 'commerce', 'forum', 'foundation', 'consortium', 'syndicate', 'institution', 'chamber', 'prosecutors', 'ombudsman', 'inspectorate', 'observatory',
  // Arabic and Persian organisation words commonly kept untranslated in English-language news.
  'kataib', 'kataeb', "kata'ib", 'saraya', 'liwa', 'asaib', 'asa\'ib', 'harakat', 'harakat', 'hizb',
  'jaish', 'jabhat', 'hezbollah', 'hizbullah', 'hizballah', 'hezbullah', 'tanzim',
  'majlis', 'sepah', 'basij', 'jamaat', "jama'at", 'ansar',
  // Parliaments called by their own name, and other heads of organisation names.
  'duma', 'knesset', 'bundestag', 'bundesrat', 'rada', 'sejm', 'storting', 'riksdag', 'folketing', 'dail', 'senedd',
  'shura', 'jirga', 'ambulance', 'international', 'chiefs', 'clan', 'junta', 'politburo', 'presidium',
  'secretariats', 'inc.', 'gmbh', 's.a', 's.a.', 'n.v', 'b.v', 's.p.a', 'llp',
]);

/** Legal forms written after a company's name with a comma ("Acme, Inc.", "Petroleos X, S.A."): part of it. */
export const LEGAL_SUFFIX_RE = /^,?[ \t\u00a0]*(?:Inc\.|Inc\b|Ltd\.|Ltd\b|LLC\b|L\.L\.C\.|S\.A\.(?:[ \t\u00a0]+de[ \t\u00a0]+C\.V\.)?|S\.A\b|S\.p\.A\.|N\.V\.|B\.V\.|GmbH\b|AG\b|plc\b|PLC\b|Corp\.|Co\.|LLP\b|SE\b|A\/S\b)/;

/** Capitalised generic words that are never, alone, an actor (but may head an org name). */
export const GENERIC_SINGLE = new Set<string>([
  'state', 'government', 'republic', 'army', 'police', 'parliament', 'congress', 'senate', 'cabinet',
  'court', 'party', 'forces', 'force', 'group', 'council', 'ministry', 'league', 'front', 'movement',
  'brigade', 'brigades', 'crowd', 'coalition', 'alliance', 'union', 'agency', 'service', 'services',
]);

/** Last words that make a name a place ("Anbar Province", "Green Zone", "Kurdistan Region"). */
export const PLACE_WORDS = new Set<string>([
  'province', 'region', 'governorate', 'district', 'county', 'city', 'zone', 'street', 'square', 'avenue',
  'road', 'airport', 'base', 'mountains', 'mountain', 'mount', 'river', 'valley', 'gulf', 'sea', 'ocean',
  'island', 'islands', 'strait', 'peninsula', 'desert', 'bridge', 'camp', 'crossing', 'port', 'village',
  'town', 'neighbourhood', 'neighborhood', 'quarter', 'plain', 'plains', 'lake', 'bay', 'coast', 'highway',
  'canal', 'dam', 'palace', 'house', 'tower', 'towers', 'stadium', 'park', 'heights', 'hills', 'oasis',
  'prefecture', 'oblast', 'hotel', 'gate', 'line', 'regency', 'territory', 'territories', 'emirates', 'compound', 'mosque', 'shrine', 'checkpoint',
  'capitol', 'prison', 'jail',
]);

/** Words that make a capitalised phrase an event or a thing, not an actor ("Twenty Revolution", "Cold War"). */
export const NON_ACTOR_WORDS = new Set<string>([
  'revolution', 'war', 'wars', 'pandemic', 'epidemic', 'crisis', 'agreement', 'accord', 'accords', 'treaty',
  'deal', 'operation', 'campaign', 'day', 'anniversary', 'festival', 'olympics', 'cup', 'election',
  'elections', 'summit', 'conference', 'act', 'law', 'bill', 'constitution', 'uprising', 'massacre', 'spring',
  'intifada', 'offensive', 'battle', 'siege', 'declaration', 'protocol', 'plan', 'doctrine', 'award', 'prize',
  'virus', 'app', 'internet', 'online', 'web', 'channel', 'channels', 'editor', 'picks', 'photo', 'video',
  'ramadan', 'eid', 'christmas', 'easter', 'new', 'year', 'era', 'age', 'century', 'chapter', 'article',
  'god', 'allah', 'almighty', 'rights', 'rule', 'system', 'index', 'affair', 'scandal', 'pact', 'pacts',
]);

/** Common nouns that open an organisation name joined by "and" ("Justice and Equality Movement", "Food and
 * Drug Administration", "Peace and Development Council"). */
export const ORG_NAME_NOUNS = new Set<string>([
  'justice', 'equality', 'peace', 'freedom', 'liberty', 'development', 'progress', 'unity', 'democracy', 'reform',
  'food', 'drug', 'drugs', 'alcohol', 'tobacco', 'firearms', 'explosives', 'truth', 'reconciliation', 'dignity',
  'solidarity', 'cooperation', 'security', 'stability', 'construction', 'reconstruction', 'change', 'renewal',
  'salvation', 'liberation', 'independence', 'sovereignty', 'prosperity', 'welfare', 'rescue', 'relief', 'aid',
  'science', 'technology', 'research', 'trade', 'industry', 'commerce', 'law', 'order', 'national', 'social',
  'economic', 'cultural', 'scientific', 'human', 'rights', 'securities', 'exchange', 'health', 'safety', 'labour',
]);

/** Heads of a body named after its purpose: "Campaign to Stop ...", "Coalition against ...". */
export const PURPOSE_HEADS = new Set<string>(['campaign', 'initiative', 'committee', 'coalition', 'movement', 'alliance', 'council', 'fund', 'league', 'society', 'association', 'foundation', 'center', 'centre', 'institute']);

/** Words of generic bodies' names: every country has one ("Foreign Ministry", "Armed Forces", "Supreme Court", "Department of Justice"). */
const GENERIC_BODY_WORDS = new Set<string>([
  'ministry', 'ministries', 'forces', 'force', 'army', 'navy', 'police', 'parliament', 'government', 'council', 'court',
  'office', 'department', 'agency', 'service', 'services', 'guard', 'guards', 'commission', 'committee', 'assembly', 'senate',
  'congress', 'bank', 'authority', 'cabinet', 'administration', 'prosecutors', 'prosecution', 'prosecutor', 'directorate',
  'command', 'staff', 'presidency', 'secretariat', 'judiciary', 'legislature', 'embassy', 'consulate', 'mission',
  'armed', 'special', 'supreme', 'central', 'constitutional', 'presidential', 'federal', 'national', 'royal', 'regional',
  'provincial', 'state', 'public', 'general', 'high', 'joint', 'coast', 'border', 'foreign', 'interior', 'defence',
  'defense', 'internal', 'external', 'military', 'civil', 'electoral', 'election', 'attorney', 'justice', 'finance',
  'health', 'education', 'affairs', 'home', 'homeland', 'security', 'intelligence', 'treasury', 'trade', 'economy',
  'energy', 'oil', 'agriculture', 'transport', 'information', 'culture', 'tourism', 'environment', 'labour', 'labor',
  'counter-terrorism', 'chiefs', 'air', 'investigation', 'investigations', 'criminal', 'of', 'the', 'and', 'for',
]);

/** A generic body's name: only the words of generic bodies ("Foreign Ministry", "Armed Forces", "Department of Justice"). */
export function isGenericBody(words: string[]): boolean {
  const ws = words.map((w) => w.replace(/['’]s$/, ''));
  return ws.length > 0 && ws.some((w) => !['of', 'the', 'and', 'for'].includes(w)) && ws.every((w) => GENERIC_BODY_WORDS.has(w));
}
