import type { WordListEntry } from '../types';

interface WordPattern {
  text: string;
  prefix: boolean;
  /** Must be the last word before punctuation or the end of the sentence. */
  clauseEnd: boolean;
}

export interface CompiledPattern {
  entry: WordListEntry;
  words: WordPattern[];
}

export interface CompiledWordList {
  /** Patterns grouped by the first two letters of their first word, longest first. */
  byStart: ReadonlyMap<string, CompiledPattern[]>;
}

export const wordMatches = (pattern: WordPattern, lower: string): boolean =>
  pattern.prefix ? lower.startsWith(pattern.text) : lower === pattern.text;

export function compileWordList(entries: readonly WordListEntry[]): CompiledWordList {
  const byStart = new Map<string, CompiledPattern[]>();
  for (const entry of entries) {
    for (const match of entry.match) {
      const words = match
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => {
          const clauseEnd = word.endsWith('.');
          const bare = clauseEnd ? word.slice(0, -1) : word;
          return { text: bare.replace(/\*$/, ''), prefix: bare.endsWith('*'), clauseEnd };
        });
      if (words.length === 0 || words[0].text.length < 2) continue;
      const key = words[0].text.slice(0, 2);
      const list = byStart.get(key) ?? [];
      list.push({ entry, words });
      byStart.set(key, list);
    }
  }
  for (const list of byStart.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byStart };
}
