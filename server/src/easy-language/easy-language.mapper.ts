import {
  ruleText,
  type CheckResult,
  type Finding,
  type MessageLocale,
  type ReadabilityScores,
  type Severity,
} from '@wissensnetz/easy-language';
import { EasyLanguageLevel, EasyLanguageSeverity } from './easy-language-level';
import type { EasyLanguageFindingModel } from './models/easy-language-finding.model';
import type { EasyLanguageReportModel } from './models/easy-language-report.model';
import type { ReadabilityScoresModel } from './models/readability-scores.model';

const SEVERITY: Record<Severity, EasyLanguageSeverity> = {
  error: EasyLanguageSeverity.ERROR,
  warning: EasyLanguageSeverity.WARNING,
  info: EasyLanguageSeverity.INFO,
};

export function toReadabilityScoresModel(scores: ReadabilityScores): ReadabilityScoresModel {
  return { fleschAmstad: scores.fleschAmstad, wienerSachtextformel: scores.wienerSachtextformel, lix: scores.lix };
}

export function toEasyLanguageFindingModel(finding: Finding, locale: MessageLocale = 'de'): EasyLanguageFindingModel {
  return {
    ruleId: finding.ruleId,
    ruleTitle: ruleText(finding.ruleId, locale).title,
    severity: SEVERITY[finding.severity],
    message: finding.message,
    from: finding.from,
    to: finding.to,
    text: finding.text,
    suggestion: finding.suggestion ? { text: finding.suggestion.text, label: finding.suggestion.label } : null,
  };
}

export function toEasyLanguageReportModel(
  result: CheckResult,
  level: EasyLanguageLevel,
  locale: MessageLocale = 'de',
): EasyLanguageReportModel {
  const { stats } = result;
  return {
    level,
    findings: result.findings.map((finding) => toEasyLanguageFindingModel(finding, locale)),
    scores: toReadabilityScoresModel(result.scores),
    stats: {
      sentences: stats.sentences,
      words: stats.words,
      syllables: stats.syllables,
      longWords: stats.longWords,
      averageSentenceLength: stats.averageSentenceLength,
      averageSyllablesPerWord: stats.averageSyllablesPerWord,
    },
  };
}
