import { afterAll, beforeAll } from 'vitest';
import type { SearchDocument } from '../../src/search/engine/search-document';
import { PostgresSearchEngine } from '../../src/search/postgres/postgres-search.engine';
import { splitWhenIdle } from '../../src/search/postgres/split-when-idle';
import { WordLookupCache } from '../../src/search/vocabulary/word-lookup-cache';
import { startTestApp, type TestApp } from '../test-app';

/**
 * Registers, in the calling describe block, a test app whose search index holds exactly
 * `documents` (indexed once, before the block's tests) and returns the engine over it.
 * `splitStatements` decides whether a search with facets runs as two statements (see splitWhenIdle).
 */
export function postgresEngineWith(
  documents: () => SearchDocument[],
  splitStatements: ConstructorParameters<typeof PostgresSearchEngine>[2] = splitWhenIdle,
): () => PostgresSearchEngine {
  let ctx: TestApp | undefined;
  let engine: PostgresSearchEngine | undefined;
  beforeAll(async () => {
    ctx = await startTestApp();
    await ctx.dataSource.query('DELETE FROM search_document');
    engine = new PostgresSearchEngine(ctx.dataSource, new WordLookupCache(), splitStatements);
    await engine.upsert(documents());
  });
  afterAll(async () => {
    await ctx?.close();
  });
  return () => {
    if (!engine) throw new Error('The engine exists only inside the tests of its describe block.');
    return engine;
  };
}
