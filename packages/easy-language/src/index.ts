export { checkDocument, checkText, readabilityScores, ruleText } from './check-text';
export { hyphenationPoints, splitCompound } from './compounds/split-compound';
export { countSyllables } from './readability/count-syllables';
export { scoresFromStats, textStats } from './readability/readability-scores';
export { RULES } from './rules';
export type { Rule } from './rules/rule';
export {
  RULE_IDS,
  type AbbreviationEntry,
  type CheckOptions,
  type CheckResult,
  type DocumentBlock,
  type Finding,
  type LanguageLevel,
  type MessageLocale,
  type ReadabilityScores,
  type RuleId,
  type Severity,
  type Suggestion,
  type TextStats,
  type WordListEntry,
} from './types';
export { DEFAULT_ABBREVIATIONS } from './word-lists/abbreviations';
export { DEFAULT_DIFFICULT_WORDS } from './word-lists/difficult-words';
