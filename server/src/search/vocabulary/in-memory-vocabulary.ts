import type { SearchDocument } from '../engine/search-document';
import type { Vocabulary } from './search-vocabulary';
import { correctionCandidates, correctionsFrom, queryWords, suggestionText, wordsToLearn } from './vocabulary-rules';

/**
 * The vocabulary rules over a word set in memory, for tests of engines that use a vocabulary
 * and for the rules themselves. Production uses SearchVocabulary (table search_term), which
 * preselects similar words by trigrams instead of comparing with every word.
 */
export class InMemoryVocabulary implements Vocabulary {
  readonly words = new Set<string>();

  learn(documents: readonly SearchDocument[]): Promise<void> {
    for (const word of wordsToLearn(documents)) this.words.add(word);
    return Promise.resolve();
  }

  suggest(text: string): Promise<string | null> {
    const words = queryWords(text);
    const known = [...this.words];
    const matches = correctionCandidates(words.map((word) => word.normalized)).map((word) => ({
      word,
      known: known.some((entry) => entry.includes(word)),
      similar: known,
    }));
    return Promise.resolve(suggestionText(words, correctionsFrom(matches)));
  }
}
