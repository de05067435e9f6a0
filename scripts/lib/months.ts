// Month names, written once: for labels ("3 January 2020", "Oct 2020") and for reading dates in text.

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Three-letter abbreviations, "Jan" ... "Dec". */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((m) => m.slice(0, 3));

/**
 * Every way a month is written: the full names, then the abbreviations ("May" once; "Sept" before "Sep",
 * so a regex alternation of them takes the longer one).
 */
export const MONTH_FORMS: readonly string[] = [
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS.filter((a) => a !== 'May').flatMap((a) => (a === 'Sep' ? ['Sept', 'Sep'] : [a])),
];

/** Month number (1-12) of a month form in lower case: "january", "jan", "sept" -> 1, 1, 9. */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  MONTH_FORMS.map((f) => [f.toLowerCase(), MONTH_ABBREVIATIONS.indexOf(f.slice(0, 3)) + 1]),
);

/**
 * A month word as a cheap case-insensitive cue (group it and bound it with \b): "jan", "january", "sept",
 * "september" ... Used where a sentence is only tested for something that could be a date.
 */
export const MONTH_CUE = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
