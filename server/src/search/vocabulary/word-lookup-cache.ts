/** How long a look-up is trusted: words another instance learns reach this one within this time. */
export const WORD_LOOKUP_TTL_MS = 10_000;
const CAPACITY = 10_000;

/**
 * Answers of look-ups in the word list (search_term), remembered per process so that a repeated
 * search word needs no scan of the list: the longer words that contain it ("sprachkurs" →
 * "berufssprachkurs", "sprachkurstrager", …) and the similar words a typo may stand for. The list
 * only ever grows, so a remembered answer can only miss words learned since: entries expire after
 * a short time, and the owner empties the cache whenever its process learns words.
 */
export class WordLookupCache {
  private readonly entries = new Map<string, { words: readonly string[]; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string): readonly string[] | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at >= WORD_LOOKUP_TTL_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.words;
  }

  set(key: string, words: readonly string[]): void {
    if (this.entries.size >= CAPACITY) this.entries.clear();
    this.entries.set(key, { words, at: this.now() });
  }

  clear(): void {
    this.entries.clear();
  }
}
