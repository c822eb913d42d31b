import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/engine/search-document';
import { publicSearch, testArticle } from '../../src/search/engine/search-test-documents';
import { PostgresSearchEngine } from '../../src/search/postgres/postgres-search.engine';
import { startTestApp, type TestApp } from '../test-app';

const DOCUMENT_COUNT = 1200;

// Sorted by last update, the engine takes one of three ways by the number of matches: all of
// them counted (at most 500) are sorted; with 50 per page over 1,200 analyzed documents, up to
// about 770 matches are read from the index and sorted, more are found by walking the documents
// newest first. These words take each way; every way must give the newest matches.
const WORDS: { word: string; matches: number }[] = [
  { word: 'Dolmetscher', matches: 300 },
  { word: 'Sprachkurs', matches: 600 },
  { word: 'Beratung', matches: DOCUMENT_COUNT },
];

const DOCUMENTS: SearchDocument[] = Array.from({ length: DOCUMENT_COUNT }, (_, index) => {
  // Update times and partitions (by id) in an order of their own, so neither follows the other.
  const spread = (index * 617) % DOCUMENT_COUNT;
  const words = WORDS.filter(({ matches }) => spread < matches).map(({ word }) => word);
  return testArticle(index, {
    title: `Merkblatt ${index}`,
    body: `${words.join(' und ')}. Hinweise zur Arbeit.`,
    updatedAt: new Date(Date.UTC(2026, 0, 1) + ((index * 7919) % DOCUMENT_COUNT) * 60_000).toISOString(),
  });
});

/** The newest documents that hold `word`, by the same order the engine uses (update time, then id). */
function newest(word: string, offset: number, limit: number): string[] {
  return DOCUMENTS.filter((doc) => doc.body.includes(word))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(offset, offset + limit)
    .map((doc) => doc.id);
}

describe('postgres engine: newest matches first, whichever way they are found', () => {
  let ctx: TestApp | undefined;
  let engine: PostgresSearchEngine;
  beforeAll(async () => {
    ctx = await startTestApp();
    await ctx.dataSource.query('DELETE FROM search_document');
    engine = new PostgresSearchEngine(ctx.dataSource);
    await engine.upsert(DOCUMENTS);
    // The walk is chosen by the documents' count in the statistics, as autovacuum leaves them.
    await ctx.dataSource.query('ANALYZE search_document');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it.each(WORDS.map(({ word, matches }) => [word, matches]))('%s (%i matches)', async (word) => {
    for (const offset of [0, 50]) {
      const response = await engine.search(publicSearch(`${word} `, { sort: 'UPDATED_DESC', limit: 50, offset }));
      expect(response.hits.map((hit) => hit.id)).toEqual(newest(String(word), offset, 50));
    }
  });
});
