import type { SearchDocument } from './search-document';
import type { SearchRequest, SearchResponse } from './search-request';

/** Injection token for the configured engine (Meilisearch with MEILI_HOST, else PostgreSQL). */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

/** Synonym groups: every term of a group finds the others ("gE", "Jobcenter"). */
export type SynonymGroups = string[][];

/**
 * The one port the rest of the server uses. Both engines pass the same contract suite
 * (server/src/search/engine/search-engine.contract.ts).
 */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates the index and applies settings (idempotent). */
  prepare(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResponse>;
  setSynonyms(groups: SynonymGroups): Promise<void>;
  synonyms(): Promise<SynonymGroups>;
  /** Rebuilds from scratch without downtime: fill a new index, then swap it in. */
  rebuild(documents: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void): Promise<void>;
}
