// Date stamps glued to other text in page furniture: a labelled stamp before a headline or the first
// paragraph ("date 2021-08-15 Kabul: ...", "Published: 4 May 2022 The council ..."), a timestamp run on
// after a headline or a byline ("... in Idlib Thursday, February 27, 2020 2:00:38 PM"). clean.ts cuts
// them off as date lines; metadata.ts reads the publication date from them.
import { findDates, WEEKDAY } from './dates.ts';

/**
 * A labelled stamp at the very start of a unit, glued to what follows: "date 2021-08-15 Kabul: ...",
 * "Published: 4 May 2022 The council ...", "Updated 2022-05-04T10:00Z Budget passes". The label is needed:
 * a bare date opening a sentence ("March 3, 2021 was ...") may be the sentence's own subject.
 */
const LABELLED_STAMP_RE = /^(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated(?:\s+on)?)\s*[:：]?\s*/i;
const ISO_STAMP_RE = /^\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)?(?![\d-])/;
const TIME_TAIL_RE = /^,?\s*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:[A-Z]{2,4}T|GMT|UTC))?/i;

export function leadingLabelledStamp(u: string): { stamp: string; rest: string } | null {
  const label = LABELLED_STAMP_RE.exec(u);
  if (!label) return null;
  const after = u.slice(label[0].length);
  let len = ISO_STAMP_RE.exec(after)?.[0].length ?? 0;
  if (!len) {
    const d = findDates(after.slice(0, 60))[0];
    if (!d || d.index !== 0) return null;
    len = d.length;
  }
  len += TIME_TAIL_RE.exec(after.slice(len))?.[0].length ?? 0;
  const rest = after.slice(len).replace(/^[\s|•·,;:–—-]+/, '');
  if (!/\p{L}{2}/u.test(rest)) return null; // a whole stamp line: isDateLine's case
  return { stamp: (label[0] + after.slice(0, len)).trim(), rest };
}

/** A timestamp ending a headline line: an optional weekday, a full date, an optional time, nothing after. */
export function trailingStamp(u: string): { head: string; stamp: string } | null {
  const dates = findDates(u);
  const d = dates[dates.length - 1];
  if (!d) return null;
  const tail = u.slice(d.index + d.length);
  const time = TIME_TAIL_RE.exec(tail)?.[0] ?? '';
  if (tail.slice(time.length).trim() !== '') return null;
  const wd = new RegExp(`(?:^|\\s)(${WEEKDAY},?\\s*)$`, 'i').exec(u.slice(0, d.index));
  const start = wd ? d.index - wd[1]!.length : d.index;
  const head = u.slice(0, start).replace(/[\s|•·,;:–—-]+$/, '');
  if (head.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 3) return null;
  return { head, stamp: u.slice(start).trim() };
}
