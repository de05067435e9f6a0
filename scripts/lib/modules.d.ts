// Minimal types for packages that ship none.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>, eleventyConfig?: unknown);
    write(): Promise<unknown>;
    toJSON(): Promise<unknown[]>;
  }
}
