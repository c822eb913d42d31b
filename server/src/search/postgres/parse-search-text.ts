/** What the user typed, split into the parts the engines understand. */
export interface ParsedSearchText {
  /** Plain words, in order. */
  words: string[];
  /** The last word is still being typed: match it as a prefix. */
  lastWordIsPrefix: boolean;
  /** "quoted phrases" */
  phrases: string[];
  /** -excluded words */
  excluded: string[];
}

const TOKEN = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
const WORD_CHARS = /[^\p{L}\p{N}§-]+/gu;

/** Splits search input into words, "phrases" and -exclusions; the last bare word counts as a prefix unless followed by a space. */
export function parseSearchText(text: string): ParsedSearchText {
  const result: ParsedSearchText = { words: [], lastWordIsPrefix: false, phrases: [], excluded: [] };
  let lastWasWord = false;
  for (const match of text.matchAll(TOKEN)) {
    const [, phraseMinus, phrase, wordMinus, word] = match;
    if (phrase !== undefined) {
      const cleaned = phrase.trim();
      lastWasWord = false;
      if (!cleaned) continue;
      if (phraseMinus) result.excluded.push(cleaned);
      else result.phrases.push(cleaned);
      continue;
    }
    const cleaned = (word ?? '').replace(WORD_CHARS, ' ').trim();
    if (!cleaned) continue;
    if (wordMinus) {
      result.excluded.push(cleaned);
      lastWasWord = false;
    } else {
      result.words.push(...cleaned.split(/\s+/));
      lastWasWord = true;
    }
  }
  result.lastWordIsPrefix = lastWasWord && !/\s$/.test(text);
  return result;
}
