import type { ReadabilityScores, TextStats } from '../types';
import { countSyllables } from './count-syllables';

/** Counts for the readability formulas from a list of sentences given as their words. */
export function textStats(sentences: readonly (readonly string[])[]): TextStats {
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  let polysyllabicWords = 0;
  let monosyllabicWords = 0;
  let sentenceCount = 0;
  for (const sentence of sentences) {
    if (sentence.length === 0) continue;
    sentenceCount += 1;
    for (const word of sentence) {
      const letters = word.replace(/[^\p{L}]/gu, '');
      // numbers and symbols are words of the sentence but have no letters to count
      const count = letters.length > 0 ? countSyllables(letters) : 1;
      words += 1;
      syllables += count;
      if (letters.length > 6) longWords += 1;
      if (count >= 3) polysyllabicWords += 1;
      if (count === 1) monosyllabicWords += 1;
    }
  }
  return {
    sentences: sentenceCount,
    words,
    syllables,
    longWords,
    polysyllabicWords,
    monosyllabicWords,
    averageSentenceLength: sentenceCount ? words / sentenceCount : 0,
    averageSyllablesPerWord: words ? syllables / words : 0,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Flesch (Amstad), first Wiener Sachtextformel and LIX from text counts; all 0 for an empty text. */
export function scoresFromStats(stats: TextStats): ReadabilityScores {
  if (stats.words === 0) return { fleschAmstad: 0, wienerSachtextformel: 0, lix: 0 };
  const asl = stats.averageSentenceLength;
  const asw = stats.averageSyllablesPerWord;
  const percent = (count: number) => (100 * count) / stats.words;
  const flesch = 180 - asl - 58.5 * asw;
  const wiener =
    0.1935 * percent(stats.polysyllabicWords) +
    0.1672 * asl +
    0.1297 * percent(stats.longWords) -
    0.0327 * percent(stats.monosyllabicWords) -
    0.875;
  return {
    fleschAmstad: round(Math.min(100, Math.max(0, flesch))),
    wienerSachtextformel: round(wiener),
    lix: round(asl + percent(stats.longWords)),
  };
}
