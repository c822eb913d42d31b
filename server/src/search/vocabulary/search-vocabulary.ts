import type { DataSource, EntityManager } from 'typeorm';
import type { SearchDocument } from '../engine/search-document';
import {
  correctionCandidates,
  correctionsFrom,
  queryWords,
  suggestionText,
  type VocabularyMatch,
  wordsToLearn,
} from './vocabulary-rules';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** Remembers words in the table search_term (each once). */
export async function learnWords(db: Queryable, words: readonly string[]): Promise<void> {
  if (words.length === 0) return;
  await db.query('INSERT INTO search_term (word) SELECT unnest($1::text[]) ON CONFLICT (word) DO NOTHING', [
    [...words],
  ]);
}

/**
 * Corrections for normalized words that search_term does not know, in one round trip: a word
 * found on its own or inside a longer word is known; the others get the trigram-similar words.
 */
export async function correctWords(db: Queryable, words: readonly string[]): Promise<Map<string, string[]>> {
  const candidates = correctionCandidates(words);
  if (candidates.length === 0) return new Map();
  const rows = await db.query<{ word: string; similar: string[] | null }[]>(
    `SELECT w AS word, ARRAY(SELECT t.word FROM search_term t WHERE t.word % w ORDER BY similarity(t.word, w) DESC LIMIT 25) AS similar
     FROM unnest($1::text[]) AS w
     WHERE NOT EXISTS (SELECT 1 FROM search_term t WHERE t.word LIKE '%' || replace(replace(replace(w, '\\', ''), '%', ''), '_', '') || '%')`,
    [candidates],
  );
  const unknown = new Map(rows.map((row) => [row.word, row.similar ?? []]));
  const matches: VocabularyMatch[] = candidates.map((word) => ({
    word,
    known: !unknown.has(word),
    similar: unknown.get(word) ?? [],
  }));
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
  constructor(private readonly dataSource: DataSource) {}

  async learn(documents: readonly SearchDocument[]): Promise<void> {
    await learnWords(this.dataSource, wordsToLearn(documents));
  }

  async suggest(text: string): Promise<string | null> {
    const words = queryWords(text);
    if (words.length === 0) return null;
    const corrections = await correctWords(
      this.dataSource,
      words.map((word) => word.normalized),
    );
    return suggestionText(words, corrections);
  }
}
