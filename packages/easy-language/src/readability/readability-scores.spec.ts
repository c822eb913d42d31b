import { describe, expect, it } from 'vitest';
import { readabilityScores } from '../check-text';
import { scoresFromStats, textStats } from './readability-scores';

describe('readability scores', () => {
  it('computes Flesch-Amstad, Wiener Sachtextformel and LIX from the counts', () => {
    // 2 sentences, 6 words, 9 syllables; one word over six letters (Beratung), one with 3 syllables, 4 with one
    const stats = textStats([
      ['Die', 'Beratung', 'hilft'],
      ['Sie', 'kommt', 'gern'],
    ]);
    expect(stats).toMatchObject({
      sentences: 2,
      words: 6,
      syllables: 8,
      longWords: 1,
      polysyllabicWords: 1,
      monosyllabicWords: 5,
    });
    const scores = scoresFromStats(stats);
    expect(scores.fleschAmstad).toBeCloseTo(180 - 3 - 58.5 * (8 / 6), 1);
    expect(scores.lix).toBeCloseTo(3 + 100 / 6, 1);
    expect(scores.wienerSachtextformel).toBeCloseTo(
      0.1935 * (100 / 6) + 0.1672 * 3 + 0.1297 * (100 / 6) - 0.0327 * (500 / 6) - 0.875,
      1,
    );
  });

  it('rates Leichte Sprache easier than officialese', () => {
    const easy = readabilityScores('Sie bekommen Geld. Das Geld ist für die Miete. Bitte rufen Sie an.');
    const hard = readabilityScores(
      'Hinsichtlich der Inanspruchnahme von Leistungen zur Eingliederung in Arbeit weisen wir auf Ihre Mitwirkungspflichten gemäß §§ 60 ff. SGB I hin.',
    );
    expect(easy.fleschAmstad).toBeGreaterThan(hard.fleschAmstad + 30);
    expect(easy.lix).toBeLessThan(hard.lix);
    expect(easy.wienerSachtextformel).toBeLessThan(hard.wienerSachtextformel);
  });

  it('gives zeros for an empty text instead of dividing by zero', () => {
    expect(readabilityScores('  ')).toEqual({ fleschAmstad: 0, wienerSachtextformel: 0, lix: 0 });
  });
});
