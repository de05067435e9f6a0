// Minimal types for packages that ship none.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>, eleventyConfig?: unknown);
    write(): Promise<unknown>;
    toJSON(): Promise<unknown[]>;
  }
}

declare module 'pbf' {
  /** Protocol-buffer reader (pbf 3.x): only what lexicon/cities.ts uses. */
  export default class Pbf {
    constructor(buf?: Uint8Array);
    pos: number;
    length: number;
    readMessage<T>(readField: (tag: number, result: T, pbf: Pbf) => void, result: T): T;
    readString(): string;
    readVarint(): number;
  }
}
