// Hyphenopoly ships no type declarations; these cover the synchronous Node use in
// src/lib/hyphenation.ts (the options are those of hyphenopoly.module.js).
declare module 'hyphenopoly' {
  interface HyphenopolyOptions {
    /** Languages to load, such as `['da']`. */
    require: string[];
    /** Load the patterns synchronously through `loaderSync` and return ready hyphenators. */
    sync: true;
    /** Reads a pattern file (`da.wasm`) from the package's own pattern folder. */
    loaderSync: (file: string, patternFolder: URL) => Uint8Array;
    /** What is inserted at each hyphenation point; U+00AD by default. */
    hyphen?: string;
    /** Words shorter than this stay whole. */
    minWordLength?: number;
    /** `auto`: the parts of a hard-hyphenated compound are hyphenated, nothing added after `-`. */
    compound?: 'auto' | 'all' | 'hyphen';
    /** 1: the last word of a text may be hyphenated too. */
    orphanControl?: 1 | 2 | 3;
  }
  const hyphenopoly: {
    config(options: HyphenopolyOptions): Map<string, ((text: string) => string) | undefined>;
  };
  export default hyphenopoly;
}
