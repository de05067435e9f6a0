// Untrusted text stays text. Articles, their metadata and their file names come from anywhere: this module
// removes the characters that have no place in page text, makes any text safe to print as one line, and
// makes a search filter value safe for Pagefind's UI (which inserts filter values as HTML).

/**
 * Characters removed from page text: C0 controls (NUL, BEL, ESC, ...) other than tab and newline, DEL,
 * C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
 * which reorder what a reader sees without being seen. Marks (U+200E/F) and joiners stay: scripts need them.
 */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Page text without control characters; line breaks of any kind become "\n", tabs stay. */
export function stripControlChars(text: string): string {
  return text.replace(/\r\n?|[\u000b\u000c\u2028\u2029]/g, '\n').replace(CONTROL, '');
}

/** Everything that would break a line of terminal output or change how the rest of it looks. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text shown as written but on one line and inert: control characters become visible escapes
 * ("a\nwarning: b.txt" stays one line; ESC and U+202E cannot restyle or reorder the terminal or the page).
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    if (NAMED[c]) return NAMED[c];
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A value for `data-pagefind-filter="name:value"`. Pagefind decodes HTML entities in what it indexes
 * (more than once: `&amp;lt;` comes out as `<`) and its UI inserts filter values into the page as HTML,
 * so no encoding survives: the characters that can make markup or entities (< > &) are replaced by their
 * full-width forms, which read the same and mean nothing to HTML. Whitespace is collapsed.
 */
export function searchFilterValue(text: string | null | undefined): string {
  if (typeof text !== 'string') return '';
  return stripControlChars(text)
    .replace(/</g, '\uff1c')
    .replace(/>/g, '\uff1e')
    .replace(/&/g, '\uff06')
    .replace(/\s+/g, ' ')
    .trim();
}
