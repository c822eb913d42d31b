import { checkText } from '../src/check-text';
import { RULE_IDS, type RuleId } from '../src/types';
import { LABELLED_SENTENCES, type LabelledSentence } from './labelled-sentences';

export interface RuleQuality {
  ruleId: RuleId;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Miss {
  text: string;
  ruleId: RuleId;
  kind: 'missed' | 'wrongly reported';
}

export interface Evaluation {
  perRule: RuleQuality[];
  overall: Omit<RuleQuality, 'ruleId'>;
  misses: Miss[];
}

const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

/**
 * Runs the checker (level LEICHTE_SPRACHE) over the labelled sentences and counts, per rule and sentence,
 * whether the rule was reported: listed and reported = true positive, listed and not reported = false
 * negative, reported but not listed = false positive.
 */
export function evaluateLabelledSet(sentences: readonly LabelledSentence[] = LABELLED_SENTENCES): Evaluation {
  const counts = new Map(RULE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  for (const sentence of sentences) {
    const reported = new Set(checkText(sentence.text).findings.map((finding) => finding.ruleId));
    const expected = new Set(sentence.expect);
    for (const ruleId of RULE_IDS) {
      const count = counts.get(ruleId)!;
      if (expected.has(ruleId) && reported.has(ruleId)) count.tp += 1;
      else if (expected.has(ruleId)) {
        count.fn += 1;
        misses.push({ text: sentence.text, ruleId, kind: 'missed' });
      } else if (reported.has(ruleId)) {
        count.fp += 1;
        misses.push({ text: sentence.text, ruleId, kind: 'wrongly reported' });
      }
    }
  }
  const perRule = RULE_IDS.map((ruleId): RuleQuality => {
    const { tp, fp, fn } = counts.get(ruleId)!;
    return {
      ruleId,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
    };
  });
  const sum = (pick: (quality: RuleQuality) => number) => perRule.reduce((total, quality) => total + pick(quality), 0);
  const tp = sum((quality) => quality.truePositives);
  const fp = sum((quality) => quality.falsePositives);
  const fn = sum((quality) => quality.falseNegatives);
  return {
    perRule,
    overall: {
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
    },
    misses,
  };
}

/** The misses as readable lines: „missed genitive: Die Adresse des Jobcenters …“. */
export const formatMisses = (misses: readonly Miss[]): string =>
  misses.map((miss) => `${miss.kind} ${miss.ruleId}: ${miss.text}`).join('\n');
