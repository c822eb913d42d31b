import type { RuleId } from '../types';
import { abbreviationRule } from './abbreviation.rule';
import { compoundWordRule } from './compound-word.rule';
import { difficultWordRule } from './difficult-word.rule';
import { genitiveRule } from './genitive.rule';
import { longSentenceRule } from './long-sentence.rule';
import { multipleStatementsRule } from './multiple-statements.rule';
import { negationRule } from './negation.rule';
import { largeNumberRule, numberAsWordRule, percentageRule } from './numbers.rules';
import { passiveVoiceRule } from './passive-voice.rule';
import type { Rule } from './rule';
import { romanNumeralRule } from './roman-numeral.rule';
import { specialCharacterRule } from './special-character.rule';
import { subjunctiveRule } from './subjunctive.rule';

/** Every rule, keyed by id (the Record type makes a missing rule a compile error). */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  'long-sentence': longSentenceRule,
  'multiple-statements': multipleStatementsRule,
  'passive-voice': passiveVoiceRule,
  genitive: genitiveRule,
  subjunctive: subjunctiveRule,
  negation: negationRule,
  abbreviation: abbreviationRule,
  'number-as-word': numberAsWordRule,
  'large-number': largeNumberRule,
  percentage: percentageRule,
  'roman-numeral': romanNumeralRule,
  'compound-word': compoundWordRule,
  'special-character': specialCharacterRule,
  'difficult-word': difficultWordRule,
};
