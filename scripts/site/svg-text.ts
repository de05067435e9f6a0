// Text for the SVG drawings and the HTML built at build time (preview cards, <picture> markup): escaped,
// with what XML cannot carry dropped, and wrapped to a width without font metrics.

/** XML/HTML text and attribute escaping; also drops characters XML 1.0 forbids (an SVG with a stray
 * control character or lone surrogate would not render at all). */
export function escapeXml(s: string): string {
  return cleanText(s).replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/** The text of a string: characters XML forbids dropped, white space collapsed. */
export function cleanText(s: unknown): string {
  if (typeof s !== 'string') return '';
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Approximate advance width in em of a string in a bold system sans-serif (DejaVu Sans Bold is the
 * widest common fallback, so the estimate is on the generous side): there are no font metrics at build
 * time, and overflowing the card is worse than wrapping a little early. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === ' ') w += 0.35;
    else if (/[ilj.,:;'!|()\[\]`]/.test(ch)) w += 0.38;
    else if (/[MW]/.test(ch)) w += 1.07;
    else if (/[mw@]/.test(ch)) w += 1.0;
    else if (/[A-Z]/.test(ch)) w += 0.8;
    else if (/[0-9a-z]/.test(ch)) w += 0.7;
    else if (c >= 0x1100) w += 1.0; // CJK, emoji and other wide scripts
    else w += 0.75;
  }
  return w;
}

/** Greedy word wrap to `max` units of `measure` (characters by default). A word longer than a line is
 * cut; text beyond `maxLines` is dropped and the last line ends in an ellipsis. */
export function wrapText(text: string, max: number, maxLines: number, measure: (s: string) => number = (s) => [...s].length): string[] {
  const words = cleanText(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let truncated = false;
  const push = (l: string): boolean => {
    if (lines.length >= maxLines) {
      truncated = true;
      return false;
    }
    lines.push(l);
    return true;
  };
  outer: for (const word of words) {
    const joined = line ? line + ' ' + word : word;
    if (measure(joined) <= max) {
      line = joined;
      continue;
    }
    if (line && !push(line)) break;
    line = '';
    // Hard-cut a word wider than a line (URLs, long compounds).
    let rest = word;
    while (measure(rest) > max) {
      let cut = '';
      for (const ch of rest) {
        if (cut && measure(cut + ch) > max) break;
        cut += ch;
      }
      if (!push(cut)) break outer;
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  if (line && !truncated) push(line);
  if (truncated && lines.length) {
    let last = lines[lines.length - 1].replace(/[\s,;:.\-–—]+$/, '');
    // Make room for the ellipsis by dropping whole words first, characters only within a single word.
    while (last && measure(last + '…') > max) {
      const sp = last.lastIndexOf(' ');
      last = (sp > 0 ? last.slice(0, sp) : [...last].slice(0, -1).join('')).replace(/[\s,;:.\-–—]+$/, '');
    }
    lines[lines.length - 1] = last + '…';
  }
  return lines;
}
