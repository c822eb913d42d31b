import { scoresFromStats, textStats } from './readability/readability-scores';
import { RULES } from './rules';
import type { RuleContext } from './rules/rule';
import { splitSentences, type Sentence } from './text/split-sentences';
import { tokenize } from './text/tokenize';
import {
  type AbbreviationEntry,
  type CheckOptions,
  type CheckResult,
  type DocumentBlock,
  type Finding,
  type LanguageLevel,
  type MessageLocale,
  RULE_IDS,
  type RuleId,
  type Severity,
} from './types';
import { DEFAULT_ABBREVIATIONS } from './word-lists/abbreviations';
import { compileWordList, type CompiledWordList } from './word-lists/compile-word-list';
import { DEFAULT_DIFFICULT_WORDS } from './word-lists/difficult-words';

interface PreparedOptions {
  level: LanguageLevel;
  locale: MessageLocale;
  rules: { id: RuleId; severity: Severity }[];
  context: Omit<RuleContext, 'text'>;
  dotted: ReadonlySet<string>;
}

const normalise = (abbreviation: string) => abbreviation.replace(/\s+/g, '').toLowerCase();

function abbreviationIndex(entries: readonly AbbreviationEntry[]) {
  const byForm = new Map<string, AbbreviationEntry>();
  for (const entry of entries) byForm.set(normalise(entry.abbreviation), entry);
  const dotted = new Set([...byForm.keys()].filter((form) => form.endsWith('.')));
  return { byForm, dotted };
}

// the built-in lists are compiled once per module instance
const defaultAbbreviations = abbreviationIndex(DEFAULT_ABBREVIATIONS);
const defaultWordList = compileWordList(DEFAULT_DIFFICULT_WORDS);

function prepare(options: CheckOptions = {}): PreparedOptions {
  const level = options.level ?? 'LEICHTE_SPRACHE';
  const rules = RULE_IDS.flatMap((id) => {
    const levelSeverity = RULES[id].severity[level];
    const switched = options.rules?.[id];
    if (switched === false || (switched === undefined && levelSeverity === null)) return [];
    return [{ id, severity: levelSeverity ?? 'info' }];
  });
  const abbreviations = options.abbreviations?.length
    ? abbreviationIndex([...DEFAULT_ABBREVIATIONS, ...options.abbreviations])
    : defaultAbbreviations;
  let wordList: CompiledWordList = defaultWordList;
  if (options.wordList?.entries?.length || options.wordList?.replaceDefaults) {
    const extra = options.wordList.entries ?? [];
    wordList = compileWordList(options.wordList.replaceDefaults ? extra : [...extra, ...DEFAULT_DIFFICULT_WORDS]);
  }
  return {
    level,
    locale: options.locale ?? 'de',
    rules,
    context: { level, abbreviations: abbreviations.byForm, wordList },
    dotted: abbreviations.dotted,
  };
}

function analyse(text: string, offset: number, prepared: PreparedOptions) {
  const sentences = splitSentences(tokenize(text, prepared.dotted));
  const context: RuleContext = { ...prepared.context, text };
  const findings: Finding[] = [];
  for (const sentence of sentences) {
    for (const { id, severity } of prepared.rules) {
      for (const raw of RULES[id].check(sentence, context)) {
        findings.push({
          ruleId: id,
          severity,
          message: raw.message[prepared.locale],
          from: raw.from + offset,
          to: raw.to + offset,
          text: text.slice(raw.from, raw.to),
          ...(raw.suggestion
            ? { suggestion: { text: raw.suggestion.text, label: raw.suggestion.label[prepared.locale] } }
            : {}),
        });
      }
    }
  }
  return { sentences, findings };
}

const byPosition = (a: Finding, b: Finding) =>
  a.from - b.from || a.to - b.to || RULE_IDS.indexOf(a.ruleId) - RULE_IDS.indexOf(b.ruleId);

function result(findings: Finding[], sentences: Sentence[]): CheckResult {
  const stats = textStats(sentences.map((sentence) => sentence.words.map((word) => word.text)));
  return { findings: findings.sort(byPosition), scores: scoresFromStats(stats), stats };
}

/**
 * Checks German text against the rules of Leichte Sprache (or Einfache Sprache). Pure and synchronous:
 * runs in Node, in the browser and in a Web Worker. Offsets are UTF-16 positions in `text`.
 */
export function checkText(text: string, options?: CheckOptions): CheckResult {
  const { sentences, findings } = analyse(text, 0, prepare(options));
  return result(findings, sentences);
}

/**
 * Checks a document given as text blocks (paragraphs, headings, list items) with the position of each
 * block's first character, e.g. from a ProseMirror document. Sentences never cross blocks; finding
 * positions are `block.from + offset in block.text`, scores cover the whole document.
 */
export function checkDocument(blocks: readonly DocumentBlock[], options?: CheckOptions): CheckResult {
  const prepared = prepare(options);
  const sentences: Sentence[] = [];
  const findings: Finding[] = [];
  for (const block of blocks) {
    const analysed = analyse(block.text, block.from, prepared);
    sentences.push(...analysed.sentences);
    findings.push(...analysed.findings);
  }
  return result(findings, sentences);
}

/** Readability scores (Flesch-Amstad, Wiener Sachtextformel, LIX) of a German text. */
export function readabilityScores(text: string): CheckResult['scores'] {
  const sentences = splitSentences(tokenize(text, defaultAbbreviations.dotted));
  return scoresFromStats(textStats(sentences.map((sentence) => sentence.words.map((word) => word.text))));
}

/** A rule's title and explanation in `locale` (German by default), for lists and settings. */
export function ruleText(ruleId: RuleId, locale: MessageLocale = 'de'): { title: string; description: string } {
  const rule = RULES[ruleId];
  return locale === 'en' ? rule.en : { title: rule.title, description: rule.description };
}
