// Name particles: articles and patronymic/kunya words that belong inside personal and place names.

/** Lower-case words that may sit between capitalised words of one name ("Abu Bakr bin Salim", "van Gogh"). */
export const NAME_PARTICLES = new Set<string>([
  'al', 'el', 'ul', 'bin', 'ibn', 'bint', 'ben', 'abu', 'abou', 'abi', 'umm', 'um', 'van', 'von', 'der',
  'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'do', 'la', 'le', 'y', 'zu', 'ter', 'ten',
  'ould', 'ag', 'bar', 'ap', 'e',
]);

/** Hyphen/apostrophe prefixes glued to a name ("al-", "el-", "ad-", "d'", "O'"). Lower-cased. */
export const ARTICLE_PREFIXES = ['al', 'el', 'ul', 'ad', 'ar', 'as', 'at', 'az', 'ash', 'an', 'ath', 'adh', 'aj', 'ad', 'es', 'et', 'ez'];

/** Words that begin a kunya or patronymic and are part of the given name ("Abu Mahdi", "Umm Khalid"). */
export const KUNYA = new Set<string>(['abu', 'abou', 'abo', 'umm', 'um', 'ibn', 'bin', 'ben', 'bint', 'ould']);

/** Lower-case connectors allowed inside organisation names ("Ministry of the Interior"). */
export const ORG_CONNECTORS = new Set<string>(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'del', 'di', 'on', 'in']);
