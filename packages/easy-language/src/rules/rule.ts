import type { Sentence } from '../text/split-sentences';
import type { Token } from '../text/tokenize';
import type { AbbreviationEntry, LanguageLevel, RuleId, Severity } from '../types';
import type { CompiledWordList } from '../word-lists/compile-word-list';

export interface RuleContext {
  text: string;
  level: LanguageLevel;
  /** Abbreviations by their written form without spaces, lower case. */
  abbreviations: ReadonlyMap<string, AbbreviationEntry>;
  wordList: CompiledWordList;
}

/** A text in German (the default) and in English; checkText picks one by `CheckOptions.locale`. */
export interface Localized {
  de: string;
  en: string;
}

export const say = (de: string, en: string): Localized => ({ de, en });

export interface RawSuggestion {
  text: string;
  label: Localized;
}

/** A suggestion to write `replacement` instead, labelled „…“ schreiben / Write “…”. */
export const writeAs = (text: string, shown: string = text): RawSuggestion => ({
  text,
  label: say(`„${shown}“ schreiben`, `Write “${shown}”`),
});

export interface RawFinding {
  from: number;
  to: number;
  message: Localized;
  suggestion?: RawSuggestion;
}

export interface Rule {
  id: RuleId;
  /** German title for lists and settings. */
  title: string;
  /** German explanation of the rule for non-linguists. */
  description: string;
  /** Title and explanation in English, for the English UI. */
  en: { title: string; description: string };
  /** Severity per level; null = the rule is off at that level. */
  severity: Record<LanguageLevel, Severity | null>;
  check(sentence: Sentence, context: RuleContext): RawFinding[];
}

/** Finding over the tokens first…last. */
export const spanOf = (first: Token, last: Token, message: Localized, suggestion?: RawSuggestion): RawFinding => ({
  from: first.from,
  to: last.to,
  message,
  ...(suggestion ? { suggestion } : {}),
});

export const isCapitalised = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && token.text[0] !== token.lower[0];

export const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';

/** Gives the replacement the capital of the replaced text at the start of a sentence. */
export const matchCase = (replacement: string, original: string): string =>
  original[0] !== undefined && original[0] !== original[0].toLowerCase()
    ? replacement[0].toUpperCase() + replacement.slice(1)
    : replacement;

/** Personal pronouns and words that start a clause after a comma („…, die Sie …“). */
export const CLAUSE_STARTERS = new Set([
  'ich',
  'du',
  'er',
  'sie',
  'es',
  'wir',
  'ihr',
  'man',
  'ihnen',
  'ihm',
  'ihn',
  'mir',
  'mich',
  'uns',
  'euch',
  'dich',
  'dir',
  'jemand',
  'nicht',
  'nur',
  'auch',
  'schon',
  'noch',
  'oft',
  'immer',
  'gerade',
  'bald',
  'morgen',
  'heute',
  'dort',
  'hier',
  'jetzt',
]);
