import type { SearchDocument } from '../engine/search-document';
import { normalizeSearchText } from '../postgres/normalize-search-text';
import { parseSearchText } from '../postgres/parse-search-text';
import { allowedTypos, closeWords } from '../postgres/typo-distance';

/** Words worth remembering for typo corrections: four or more letters or digits. */
const WORDS_TO_LEARN = /[\p{L}\p{N}]{4,}/gu;
/** Letters and digits only; a word without any is no word to correct. */
const lexemeSafe = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');
/** Corrections offered per unknown word, closest first. */
export const MAX_CORRECTIONS = 3;

/** The normalized words of the documents' searchable text (title, summary, headings, body, tags). */
export function wordsToLearn(documents: readonly SearchDocument[]): string[] {
  const words = new Set<string>();
  for (const doc of documents) {
    const text = normalizeSearchText(
      [doc.title, doc.summary, doc.headings.join(' '), doc.body, doc.tags.join(' ')].join(' '),
    );
    for (const match of text.matchAll(WORDS_TO_LEARN)) words.add(match[0]);
  }
  return [...words];
}

/** Words long enough to carry a typo (one from 5 letters, two from 9), each once. */
export function correctionCandidates(words: readonly string[]): string[] {
  return [...new Set(words.filter((word) => allowedTypos(word) > 0))];
}

/** What the vocabulary knows about one candidate. */
export interface VocabularyMatch {
  word: string;
  /** The word is known on its own or inside a longer word ("behorde" in "auslanderbehorde"). */
  known: boolean;
  /** Known words that look alike, most similar first. */
  similar: readonly string[];
}

/** Corrections for unknown words only: the similar words within the allowed typos, closest first. */
export function correctionsFrom(matches: readonly VocabularyMatch[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const match of matches) {
    if (match.known) continue;
    const close = closeWords(match.word, match.similar).slice(0, MAX_CORRECTIONS);
    if (close.length > 0) result.set(match.word, close);
  }
  return result;
}

/** The plain words of a query as typed and normalized (phrases and exclusions are not corrected). */
export function queryWords(text: string): { raw: string; normalized: string }[] {
  return parseSearchText(text)
    .words.map((raw) => ({ raw, normalized: normalizeSearchText(raw) }))
    .filter((word) => lexemeSafe(word.normalized).length > 0);
}

/** The query with every corrected word replaced by its best correction; null when nothing was corrected. */
export function suggestionText(
  words: readonly { raw: string; normalized: string }[],
  corrections: ReadonlyMap<string, readonly string[]>,
): string | null {
  if (corrections.size === 0) return null;
  return words.map((word) => corrections.get(word.normalized)?.[0] ?? word.raw).join(' ');
}
