import type {
  DocumentBlock,
  LanguageLevel,
  MessageLocale,
  ReadabilityScores,
  RuleId,
  Severity,
  Suggestion,
  TextStats,
} from '@wissensnetz/easy-language';

export type { LanguageLevel, MessageLocale, ReadabilityScores, Severity, TextStats };

/** What the editor sends to the checker: the document's text blocks with their positions. */
export interface EasyLanguageCheckRequest {
  blocks: DocumentBlock[];
  level: LanguageLevel;
  /** Language of messages and rule titles; German when omitted. */
  locale?: MessageLocale;
}

/** A finding as the editor shows it: document positions and the rule's title in the request's locale. */
export interface EasyLanguageFinding {
  /** Unique within one check result. */
  id: number;
  ruleId: RuleId;
  ruleTitle: string;
  severity: Severity;
  message: string;
  from: number;
  to: number;
  text: string;
  suggestion?: Suggestion;
}

export interface EasyLanguageCheckResponse {
  findings: EasyLanguageFinding[];
  scores: ReadabilityScores;
  stats: TextStats;
}

/**
 * Runs checks for the editor. The default runs the library in a Web Worker; tests inject a
 * synchronous one (`createSyncEasyLanguageChecker`).
 */
export interface EasyLanguageChecker {
  check(request: EasyLanguageCheckRequest): EasyLanguageCheckResponse | Promise<EasyLanguageCheckResponse>;
  destroy(): void;
}
