import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/types';
import { evaluateLabelledSet, formatMisses } from './evaluate-labelled-set';
import { LABELLED_SENTENCES } from './labelled-sentences';

describe('labelled test set', () => {
  it('has at least 150 sentences with positive and negative examples for every rule', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(150);
    for (const ruleId of RULE_IDS) {
      const positives = LABELLED_SENTENCES.filter((sentence) => sentence.expect.includes(ruleId)).length;
      const negatives = LABELLED_SENTENCES.filter((sentence) => sentence.not?.includes(ruleId)).length;
      expect(positives, ruleId).toBeGreaterThanOrEqual(5);
      expect(negatives, ruleId).toBeGreaterThanOrEqual(1);
    }
  });

  it('never lists a rule as both expected and excluded', () => {
    for (const sentence of LABELLED_SENTENCES)
      expect(
        sentence.expect.filter((ruleId) => sentence.not?.includes(ruleId)),
        sentence.text,
      ).toEqual([]);
  });

  it('reaches precision and recall of at least 0.9 overall', () => {
    const { overall, perRule, misses } = evaluateLabelledSet();
    const report = `${perRule
      .map((rule) => `${rule.ruleId}: precision ${rule.precision.toFixed(2)}, recall ${rule.recall.toFixed(2)}`)
      .join('\n')}\n\n${formatMisses(misses)}`;
    expect(overall.precision, report).toBeGreaterThanOrEqual(0.9);
    expect(overall.recall, report).toBeGreaterThanOrEqual(0.9);
    // no single rule may be far off even when the others carry the average
    for (const rule of perRule) {
      expect(rule.precision, `${rule.ruleId}\n${report}`).toBeGreaterThanOrEqual(0.8);
      expect(rule.recall, `${rule.ruleId}\n${report}`).toBeGreaterThanOrEqual(0.8);
    }
  });
});
