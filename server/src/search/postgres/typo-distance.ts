import { distance } from 'fastest-levenshtein';
import { SEARCH_SETTINGS } from '../engine/search-settings';

/** The most edits any word is allowed. */
export const MAX_TYPOS = 2;

/** Edits allowed for a word of this length: one from 5 letters, two from 9 (as Meilisearch). */
export function allowedTypos(word: string): number {
  if (word.length >= SEARCH_SETTINGS.typoTolerance.twoTypos) return MAX_TYPOS;
  if (word.length >= SEARCH_SETTINGS.typoTolerance.oneTypo) return 1;
  return 0;
}

/** Candidates within the allowed edit distance, closest first. */
export function closeWords(word: string, candidates: readonly string[]): string[] {
  const allowed = allowedTypos(word);
  if (allowed === 0) return [];
  return candidates
    .map((candidate) => ({ candidate, edits: distance(word, candidate) }))
    .filter(({ candidate, edits }) => candidate !== word && edits <= allowed)
    .sort((a, b) => a.edits - b.edits)
    .map(({ candidate }) => candidate);
}
