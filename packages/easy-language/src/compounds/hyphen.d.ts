declare module 'hyphen/de/index.js' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
    debug?: boolean;
    exceptions?: string[];
  }
  const hyphenDe: {
    hyphenateSync(text: string, options?: HyphenateOptions): string;
  };
  export default hyphenDe;
}
