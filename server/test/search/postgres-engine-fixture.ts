import { afterAll, beforeAll } from 'vitest';
import type { SearchDocument } from '../../src/search/engine/search-document';
import { PostgresSearchEngine } from '../../src/search/postgres/postgres-search.engine';
import { startTestApp, type TestApp } from '../test-app';

/**
 * Registers, in the calling describe block, a test app whose search index holds exactly
 * `documents` (indexed once, before the block's tests) and returns the engine over it.
 */
export function postgresEngineWith(documents: () => SearchDocument[]): () => PostgresSearchEngine {
  let ctx: TestApp | undefined;
  let engine: PostgresSearchEngine | undefined;
  beforeAll(async () => {
    ctx = await startTestApp();
    await ctx.dataSource.query('DELETE FROM search_document');
    engine = new PostgresSearchEngine(ctx.dataSource);
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
