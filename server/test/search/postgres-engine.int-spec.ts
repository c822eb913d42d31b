import { afterAll } from 'vitest';
import { startTestApp, type TestApp } from '../test-app';
import { describeSearchEngineContract } from '../../src/search/engine/search-engine.contract';
import { PostgresSearchEngine } from '../../src/search/postgres/postgres-search.engine';

let ctx: TestApp | undefined;
afterAll(async () => {
  await ctx?.close();
});

describeSearchEngineContract('postgres', async () => {
  ctx = await startTestApp();
  // A clean index: the app's worker may already have indexed nothing, but be explicit.
  await ctx.dataSource.query('DELETE FROM search_document');
  return new PostgresSearchEngine(ctx.dataSource);
});
