/** Language of messages, suggestion labels and rule titles: German (the default) or English. */
export type MessageLocale = 'de' | 'en';

/** The two strictness levels: Leichte Sprache (Netzwerk Leichte Sprache, DIN SPEC 33429) and Einfache Sprache. */
export type LanguageLevel = 'LEICHTE_SPRACHE' | 'EINFACHE_SPRACHE';

export const RULE_IDS = [
  'long-sentence',
  'multiple-statements',
  'passive-voice',
  'genitive',
  'subjunctive',
  'negation',
  'abbreviation',
  'number-as-word',
  'large-number',
  'percentage',
  'roman-numeral',
  'compound-word',
  'special-character',
  'difficult-word',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** error: breaks a rule of the level; warning: should be changed; info: worth a look. */
export type Severity = 'error' | 'warning' | 'info';

export interface Suggestion {
  /** Replacement for the finding's range [from, to). */
  text: string;
  /** Button label in the check's locale, e.g. „Bundes·agentur“ schreiben (de) or Write “Bundes·agentur” (en). */
  label: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** Explanation for non-linguists, German unless CheckOptions.locale is 'en'. */
  message: string;
  /** UTF-16 offsets into the checked text (or document positions for checkDocument). */
  from: number;
  to: number;
  /** The text in [from, to). */
  text: string;
  suggestion?: Suggestion;
}

export interface ReadabilityScores {
  /** Flesch reading ease after Amstad: 180 − ASL − 58.5 × ASW (0 = very hard, 100 = very easy; clamped to 0–100). */
  fleschAmstad: number;
  /** First Wiener Sachtextformel: school grade 4 (easy) … 15 (very hard). */
  wienerSachtextformel: number;
  /** Läsbarhetsindex: words per sentence + percentage of words with more than six letters. */
  lix: number;
}

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Words with more than six letters. */
  longWords: number;
  /** Words with three or more syllables. */
  polysyllabicWords: number;
  /** Words with exactly one syllable. */
  monosyllabicWords: number;
  averageSentenceLength: number;
  averageSyllablesPerWord: number;
}

export interface WordListEntry {
  /**
   * Word forms that match, lower case. A trailing `*` matches any ending („beantrag*“); several words
   * separated by spaces must occur in this order with at most six words between them („termin* wahrnehmen“,
   * „den Termin am Montag nicht wahrnehmen“); a final word with a dot must end the clause, as the particle of a
   * separable verb does („reich* ein.“ for „Reichen Sie die Unterlagen ein.“).
   */
  match: string[];
  /** Plain replacement for the base form. */
  suggestion: string;
  /** Word shown in messages, e.g. „beantragen“. */
  term: string;
  kind: 'officialese' | 'foreign';
  /** Words (lower case) that make the match a different, plain phrase when they occur in the sentence („Bescheid sagen“). */
  exceptWith?: string[];
}

export interface AbbreviationEntry {
  /** As written, with dots and without spaces: „z.B.“, „bzw.“, „SGB“. */
  abbreviation: string;
  expansion: string;
}

export interface CheckOptions {
  /** Default LEICHTE_SPRACHE. */
  level?: LanguageLevel;
  /** Language of messages and suggestion labels; default 'de'. The checked text is always German. */
  locale?: MessageLocale;
  /** Switch single rules on (true) or off (false); rules not listed follow the level. */
  rules?: Partial<Record<RuleId, boolean>>;
  /** Extra entries for the difficult-word list (added to the built-in list unless replaceDefaults). */
  wordList?: { entries?: WordListEntry[]; replaceDefaults?: boolean };
  /** Extra abbreviations with expansions (added to the built-in list). */
  abbreviations?: AbbreviationEntry[];
}

export interface CheckResult {
  /** Sorted by position. */
  findings: Finding[];
  scores: ReadabilityScores;
  stats: TextStats;
}

/** One text block of a document (a paragraph, heading or list item) with the position of its first character. */
export interface DocumentBlock {
  text: string;
  from: number;
}
