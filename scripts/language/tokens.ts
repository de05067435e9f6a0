// Tokens with part-of-speech tags and lemmas, from wink-nlp's English model, with character offsets into
// the text they were read from (wink gives each token's preceding spaces, not its offset). The model is
// loaded once per process (about 70 ms) on first use, so modules that import this cost nothing until
// they actually tag a sentence.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Universal POS tags as wink-nlp gives them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** The token exactly as written. */
  text: string;
  lower: string;
  /** wink's lemma, lower case ("struck" -> "strike", "was" -> "be"). */
  lemma: string;
  pos: Pos;
  /** [start, end) in the text that was tagged. */
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | null = null;

function engine(): ReturnType<typeof winkNLP> {
  if (!nlp) nlp = winkNLP(model, ['pos']);
  return nlp;
}

/** Tokens of `text` (one sentence or a few), tagged. Pure; the same text always gives the same tokens. */
export function tagTokens(text: string): Token[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const n = engine();
  const its = n.its;
  const tokens = n.readDoc(text).tokens();
  // wink's typings give lemma and precedingSpaces the signature of document-level helpers; both are
  // token properties and out() returns one string per token
  const prop = (f: unknown) => tokens.out(f as Parameters<typeof tokens.out>[0]) as string[];
  const values = prop(its.value);
  const pos = prop(its.pos);
  const lemma = prop(its.lemma);
  const spaces = prop(its.precedingSpaces);
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    at += spaces[i]?.length ?? 0;
    // wink keeps every character of the input in a token or in its preceding spaces; should a token
    // ever differ from the text (normalised forms), find it a little further on rather than drift.
    let start = at;
    if (text.startsWith(v, at)) start = at;
    else {
      const k = text.indexOf(v, at);
      start = k >= 0 && k - at <= 8 ? k : at;
    }
    const end = Math.min(text.length, start + v.length);
    out.push({ text: text.slice(start, end), lower: v.toLowerCase(), lemma: (lemma[i] ?? v).toLowerCase(), pos: (pos[i] ?? 'X') as Pos, start, end });
    at = end;
  }
  return out;
}
