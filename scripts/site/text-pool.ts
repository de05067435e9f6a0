// Texts asked "does any of you contain these words?" many times over: thousands of claims are each checked
// against every text told so far. Each text is indexed by its words (split at single spaces): words that hold
// a word between two spaces can only be in a text with that word, so only those texts are searched. Shorter
// words are searched for in blocks of texts joined by a separator, not text by text.

const SEPARATOR = '\u0000';
const BLOCK = 32;

export class TextPool {
  private readonly texts: string[] = [];
  private readonly blocks: string[] = [];
  private pending: string[] = [];
  /** Word -> the numbers of the texts holding it (each once, ascending). */
  private readonly withWord = new Map<string, number[]>();

  constructor(texts: Iterable<string> = []) {
    for (const t of texts) this.add(t);
  }

  add(text: string): void {
    const n = this.texts.length;
    this.texts.push(text);
    for (const w of text.split(' ')) {
      const list = this.withWord.get(w);
      if (!list) this.withWord.set(w, [n]);
      else if (list[list.length - 1] !== n) list.push(n);
    }
    this.pending.push(text);
    if (this.pending.length >= BLOCK) {
      this.blocks.push(this.pending.join(SEPARATOR));
      this.pending = [];
    }
  }

  /** True when one of the texts contains `words` (as `texts.some((t) => t.includes(words))` says). */
  contains(words: string): boolean {
    const parts = words.split(' ');
    if (parts.length >= 3) {
      // the inner parts stand between two spaces: a text containing `words` has each of them as a word
      let fewest: number[] | undefined;
      for (let i = 1; i < parts.length - 1; i++) {
        const list = this.withWord.get(parts[i]);
        if (!list) return false;
        if (!fewest || list.length < fewest.length) fewest = list;
      }
      return fewest!.some((n) => this.texts[n].includes(words));
    }
    // words holding the separator could match across two joined texts: they are looked for text by text
    if (words.includes(SEPARATOR)) return this.texts.some((t) => t.includes(words));
    return this.blocks.some((b) => b.includes(words)) || this.pending.some((t) => t.includes(words));
  }
}
