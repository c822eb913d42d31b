import { checkDocument, ruleText } from '@wissensnetz/easy-language';
import type { EasyLanguageCheckRequest, EasyLanguageCheckResponse } from './easyLanguageTypes';

/** The check itself; loads the library (and its hyphenation patterns), so only the worker and tests import it. */
export function runEasyLanguageCheck(request: EasyLanguageCheckRequest): EasyLanguageCheckResponse {
  const result = checkDocument(request.blocks, { level: request.level, locale: request.locale });
  return {
    findings: result.findings.map((finding, index) => ({
      id: index + 1,
      ruleId: finding.ruleId,
      ruleTitle: ruleText(finding.ruleId, request.locale).title,
      severity: finding.severity,
      message: finding.message,
      from: finding.from,
      to: finding.to,
      text: finding.text,
      ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
    })),
    scores: result.scores,
    stats: result.stats,
  };
}
