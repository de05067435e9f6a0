// Quotation marks: which marks open and close, paired into quotations that may run over paragraph
// breaks the way news copy does; the quoted words; and the text with quotations blanked for the
// verb and name scans.
import { segAt, type Doc } from './doc.ts';
import { BLANK } from './text.ts';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the end of the paragraph where an unclosed quote stops. */
  close: number;
  closed: boolean;
  /** Opening marks that continue the quote at the start of a later paragraph. */
  cont: number[];
}

type MarkRole = 'open' | 'close';
interface Mark {
  i: number;
  dbl: boolean;
  role: MarkRole;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const LEFT_FLANK = /[\s([{\u2014\u2013\-/]/;

function scanMarks(t: string): Mark[] {
  const out: Mark[] = [];
  const re = /["“”„«»‘’']/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const i = m.index, c = m[0], prev = t[i - 1], next = t[i + 1];
    const leftOpen = prev === undefined || LEFT_FLANK.test(prev);
    switch (c) {
      case '“':
        // („German style“: a left mark right after a word, before no word, closes)
        out.push({ i, dbl: true, role: !leftOpen && !isWordChar(next) ? 'close' : 'open' });
        break;
      case '„':
      case '«':
        out.push({ i, dbl: true, role: 'open' });
        break;
      case '»':
        out.push({ i, dbl: true, role: 'close' });
        break;
      case '”':
        // a right mark with space before and a word after is a mis-typed opener
        out.push({ i, dbl: true, role: leftOpen && isWordChar(next) ? 'open' : 'close' });
        break;
      case '"':
        if (leftOpen && !isSpace(next)) out.push({ i, dbl: true, role: 'open' });
        else if (!leftOpen) out.push({ i, dbl: true, role: 'close' });
        else out.push({ i, dbl: true, role: 'close' }); // isolated: only closes an open quote
        break;
      case '‘':
        if (!isSpace(next)) out.push({ i, dbl: false, role: 'open' });
        break;
      case '’':
      case "'":
        if (isWordChar(prev) && isWordChar(next)) break; // apostrophe: Iran’s, don't
        if (leftOpen && isWordChar(next)) {
          if (c === "'") out.push({ i, dbl: false, role: 'open' });
          break;
        }
        if (!leftOpen) out.push({ i, dbl: false, role: 'close' });
        break;
    }
  }
  return out;
}

/** Pairs marks into quotations, following quotes over paragraph breaks the way news copy does. */
export function findQuotes(doc: Doc): QuoteSpan[] {
  const t = doc.text;
  const marks = scanMarks(t);
  const paras = [...doc.paraStart.keys()];
  const paraOf = (i: number) => segAt(doc, i).para;
  const out: QuoteSpan[] = [];
  type Open = { open: number; dbl: boolean; cont: number[]; para: number };
  let cur = null as Open | null;
  let k = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    const ps = doc.paraStart.get(p)!, pe = doc.paraEnd.get(p)!;
    const pm: Mark[] = [];
    while (k < marks.length && marks[k].i < pe) {
      if (marks[k].i >= ps) pm.push(marks[k]);
      k++;
    }
    let j = 0;
    if (cur) {
      const first = pm[0];
      const prevEnd = doc.paraEnd.get(cur.para)!;
      if (first && first.role === 'open' && first.dbl === cur.dbl && t.slice(ps, first.i).trim() === '') {
        cur.cont.push(first.i); // a new paragraph opening with a mark continues the quote
        cur.para = p;
        j = 1;
      } else if (cur.dbl && pm.find((x) => x.dbl)?.role === 'close') {
        // a paragraph broken mid-quote by the scrape ("the ears...\n\nof the traitor"), or a quoted
        // paragraph whose opening mark the copy left out: it ends with the quotation's closing mark
        cur.para = p;
      } else {
        out.push({ open: cur.open, close: prevEnd, closed: false, cont: cur.cont });
        cur = null;
      }
    }
    for (; j < pm.length; j++) {
      const m = pm[j];
      if (!cur) {
        if (m.role === 'open') cur = { open: m.i, dbl: m.dbl, cont: [], para: p };
        continue;
      }
      if (m.dbl !== cur.dbl) continue; // nested quote of the other kind
      if (m.role === 'close') {
        out.push({ open: cur.open, close: m.i, closed: true, cont: cur.cont });
        cur = null;
      } else if (paraOf(cur.open) === p && cur.cont.length === 0) {
        cur = { open: m.i, dbl: m.dbl, cont: [], para: p }; // earlier opener was stray
      }
    }
    if (cur !== null && !(cur as Open).dbl) {
      // single marks never run past a paragraph (mostly apostrophes); one that opens the paragraph is a
      // quotation the text cut off or never closed: it runs to the paragraph's end
      const c = cur as Open;
      if (t.slice(ps, c.open).trim() === '' && c.cont.length === 0) out.push({ open: c.open, close: pe, closed: false, cont: [] });
      cur = null;
    }
  }
  if (cur) out.push({ open: cur.open, close: doc.paraEnd.get(cur.para)!, closed: false, cont: cur.cont });
  return out.filter((q) => q.close > q.open + 1);
}

export function quoteText(doc: Doc, q: QuoteSpan): string {
  let s = '';
  let from = q.open + 1;
  for (const c of q.cont) {
    s += doc.text.slice(from, c) + ' ';
    from = c + 1;
  }
  s += doc.text.slice(from, q.close);
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:\u2013\u2014-]+$/, '')
    .replace(/^[\s,;:]+/, '');
}

export function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  if (!quotes.length) return text;
  let out = '';
  let last = 0;
  for (const q of quotes) {
    const end = q.closed ? q.close + 1 : q.close;
    out += text.slice(last, q.open) + text.slice(q.open, end).replace(/[^\n]/g, BLANK);
    last = end;
  }
  return out + text.slice(last);
}
