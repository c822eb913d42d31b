import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/engine/search-document';
import { PostgresSearchEngine } from '../../src/search/postgres/postgres-search.engine';
import { startTestApp, type TestApp } from '../test-app';
import { publicSearch, testArticle } from '../../src/search/engine/search-test-documents';

const document = (index: number, body: string) => testArticle(index, { body });

async function* inBatches(documents: SearchDocument[], size: number, failAfter = Infinity) {
  for (let start = 0; start < documents.length; start += size) {
    // As reading from the database: the next batch arrives asynchronously.
    await new Promise((resolve) => setImmediate(resolve));
    if (start >= failAfter) throw new Error('source failed');
    yield documents.slice(start, start + size);
  }
}

describe('postgres engine: rebuild', () => {
  let ctx: TestApp | undefined;
  let engine: PostgresSearchEngine;
  const search = (text: string) => engine.search(publicSearch(text, { limit: 50 }));

  beforeAll(async () => {
    ctx = await startTestApp();
    await ctx.dataSource.query('DELETE FROM search_document');
    engine = new PostgresSearchEngine(ctx.dataSource);
    await engine.upsert(Array.from({ length: 30 }, (_, index) => document(index, 'Alter Text zur Wohnsitzauflage.')));
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('keeps the old index when the document source fails part-way', async () => {
    const fresh = Array.from({ length: 40 }, (_, index) => document(index, 'Neuer Text zum Kursabbruch.'));
    await expect(engine.rebuild(inBatches(fresh, 7, 14))).rejects.toThrow('source failed');
    expect((await search('Wohnsitzauflage')).totalCount).toBeGreaterThanOrEqual(16);
  });

  it('replaces every document, drops the ones no longer there and reports progress per batch', async () => {
    const fresh = Array.from({ length: 25 }, (_, index) => document(index + 10, 'Neuer Text zum Kursabbruch.'));
    const progress: number[] = [];
    await engine.rebuild(inBatches(fresh, 7), (indexed) => progress.push(indexed));
    expect(progress).toEqual([7, 14, 21, 25]);
    expect((await search('Wohnsitzauflage')).totalCount).toBe(0);
    const found = await search('Kursabbruch');
    expect(found.totalCount).toBe(25);
    expect(new Set(found.hits.map((hit) => hit.id))).toEqual(new Set(fresh.map((doc) => doc.id)));
    const [{ rows }] = await ctx!.dataSource.query<{ rows: string }[]>(
      'SELECT count(*)::text AS rows FROM search_document',
    );
    expect(rows).toBe('25');
  });
});
