import type { DataSource, EntityManager } from 'typeorm';
import type { SearchDocument } from '../engine/search-document';
import { MAX_TYPOS } from '../postgres/typo-distance';
import { WordLookupCache } from './word-lookup-cache';
import {
  correctionCandidates,
  correctionsFrom,
  queryWords,
  suggestionText,
  type VocabularyMatch,
  wordsToLearn,
} from './vocabulary-rules';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** The key of an unknown word's similar words in a WordLookupCache. */
const similarWordsKey = (word: string): string => `similar:${word}`;

/** Remembers words in the table search_term (each once). */
export async function learnWords(db: Queryable, words: readonly string[]): Promise<void> {
  if (words.length === 0) return;
  await db.query('INSERT INTO search_term (word) SELECT unnest($1::text[]) ON CONFLICT (word) DO NOTHING', [
    [...words],
  ]);
}

/**
 * Words this process has seen in search_term. Words are only ever added to the list, so a known
 * word stays known, whichever instance learned it: no invalidation is needed. Bounded: emptied
 * when full.
 */
export class KnownWords {
  private readonly words = new Set<string>();

  constructor(private readonly capacity = 20_000) {}

  has(word: string): boolean {
    return this.words.has(word);
  }

  add(word: string): void {
    if (this.words.size >= this.capacity) this.words.clear();
    this.words.add(word);
  }
}

/**
 * Corrections for normalized words that search_term does not know, in one round trip: a word
 * found on its own or inside a longer word is known; the others get the trigram-similar words.
 * Words in `known` need no round trip; words found known are added to it; the similar words of
 * unknown words are remembered in `lookups`. Only words whose
 * length differs by at most the typos ever allowed can be corrections (each edit changes the
 * length by at most one), so the costly similarity is computed for those only.
 */
export async function correctWords(
  db: Queryable,
  words: readonly string[],
  known?: KnownWords,
  lookups?: WordLookupCache,
): Promise<Map<string, string[]>> {
  const candidates = correctionCandidates(words).filter((word) => !known?.has(word));
  const remembered = new Map<string, readonly string[]>();
  for (const word of candidates) {
    const similar = lookups?.get(similarWordsKey(word));
    if (similar) remembered.set(word, similar);
  }
  const toLookUp = candidates.filter((word) => !remembered.has(word));
  const rows =
    toLookUp.length === 0
      ? []
      : await db.query<{ word: string; similar: string[] | null }[]>(
          `SELECT w AS word, ARRAY(SELECT t.word FROM search_term t
       WHERE length(t.word) BETWEEN length(w) - ${MAX_TYPOS} AND length(w) + ${MAX_TYPOS} AND t.word % w
       ORDER BY similarity(t.word, w) DESC LIMIT 25) AS similar
     FROM unnest($1::text[]) AS w
     WHERE NOT EXISTS (SELECT 1 FROM search_term t WHERE t.word LIKE '%' || replace(replace(replace(w, '\\', ''), '%', ''), '_', '') || '%')`,
          [toLookUp],
        );
  const unknown = new Map<string, readonly string[]>(rows.map((row) => [row.word, row.similar ?? []]));
  for (const [word, similar] of unknown) lookups?.set(similarWordsKey(word), similar);
  for (const [word, similar] of remembered) unknown.set(word, similar);
  const matches: VocabularyMatch[] = candidates.map((word) => ({
    word,
    known: !unknown.has(word),
    similar: unknown.get(word) ?? [],
  }));
  for (const match of matches) if (match.known) known?.add(match.word);
  return correctionsFrom(matches);
}

/** The "did you mean" port: learns the words of indexed documents and corrects queries. */
export interface Vocabulary {
  learn(documents: readonly SearchDocument[]): Promise<void>;
  /** The query with its unknown words corrected, or null when every word is known or nothing is close. */
  suggest(text: string): Promise<string | null>;
}

/**
 * The word list of the PostgreSQL engine (table search_term, which every deployment has),
 * for engines without their own "did you mean" (Meilisearch). Same rules as the PostgreSQL
 * engine: known words and words inside compounds are kept; one typo from 5 letters, two from 9.
 * Words are only added, never removed (as in the PostgreSQL engine).
 */
export class SearchVocabulary implements Vocabulary {
  private readonly knownWords = new KnownWords();
  private readonly similarWords = new WordLookupCache();

  constructor(private readonly dataSource: DataSource) {}

  async learn(documents: readonly SearchDocument[]): Promise<void> {
    await learnWords(this.dataSource, wordsToLearn(documents));
    // A remembered unknown word may be known now.
    this.similarWords.clear();
  }

  async suggest(text: string): Promise<string | null> {
    const words = queryWords(text);
    if (words.length === 0) return null;
    const corrections = await correctWords(
      this.dataSource,
      words.map((word) => word.normalized),
      this.knownWords,
      this.similarWords,
    );
    return suggestionText(words, corrections);
  }
}
