// Texts asked "does any of you contain these words?" many times over: thousands of claims are each checked
// against every text told so far, so the texts are searched in blocks joined by a separator, not one by one.

const SEPARATOR = '\u0000';
const BLOCK = 32;

export class TextPool {
  private readonly texts: string[] = [];
  private readonly blocks: string[] = [];
  private pending: string[] = [];

  constructor(texts: Iterable<string> = []) {
    for (const t of texts) this.add(t);
  }

  add(text: string): void {
    this.texts.push(text);
    this.pending.push(text);
    if (this.pending.length >= BLOCK) {
      this.blocks.push(this.pending.join(SEPARATOR));
      this.pending = [];
    }
  }

  /** True when one of the texts contains `words` (as `texts.some((t) => t.includes(words))` says). */
  contains(words: string): boolean {
    // words holding the separator could match across two joined texts: they are looked for text by text
    if (words.includes(SEPARATOR)) return this.texts.some((t) => t.includes(words));
    return this.blocks.some((b) => b.includes(words)) || this.pending.some((t) => t.includes(words));
  }
}
