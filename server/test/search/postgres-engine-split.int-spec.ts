import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/engine/search-document';
import { publicSearch, testArticle } from '../../src/search/engine/search-test-documents';
import { PostgresSearchEngine } from '../../src/search/postgres/postgres-search.engine';
import { WordLookupCache } from '../../src/search/vocabulary/word-lookup-cache';
import { startTestApp, type TestApp } from '../test-app';

// More matches than the engine counts exactly (500), and head matches (here: in the title) below
// 300, between 300 and 500 and beyond 500, so that every way of choosing the head candidates is
// taken. Titles rank alike, so the candidates chosen decide which documents come first.
const WORDS: { word: string; inBody: number; inTitle: number }[] = [
  { word: 'Beratung', inBody: 1000, inTitle: 400 },
  { word: 'Sprachkurs', inBody: 450, inTitle: 350 },
  { word: 'Anerkennung', inBody: 1000, inTitle: 700 },
  { word: 'Kinderbetreuung', inBody: 1000, inTitle: 100 },
  { word: 'Dolmetscher', inBody: 60, inTitle: 10 },
];

const DOCUMENTS: SearchDocument[] = Array.from({ length: 1000 }, (_, index) => {
  // Spread over the ids (and so over the hash partitions) by a fixed permutation.
  const rank = (index * 617) % 1000;
  const words = WORDS.filter(({ inBody }) => rank < inBody);
  return testArticle(index, {
    title: [`Merkblatt ${index}`, ...words.filter(({ inTitle }) => rank < inTitle).map(({ word }) => word)].join(' '),
    body: `${words.map(({ word }) => word).join(' und ')}. ${'Hinweise zur Arbeit. '.repeat(1 + (index % 4))}`,
  });
});

describe('postgres engine: hits alone choose the same candidates as one statement', () => {
  let ctx: TestApp | undefined;
  let oneStatement: PostgresSearchEngine;
  let twoStatements: PostgresSearchEngine;
  beforeAll(async () => {
    ctx = await startTestApp();
    await ctx.dataSource.query('DELETE FROM search_document');
    oneStatement = new PostgresSearchEngine(ctx.dataSource, new WordLookupCache(), () => false);
    twoStatements = new PostgresSearchEngine(ctx.dataSource, new WordLookupCache(), () => true);
    await oneStatement.upsert(DOCUMENTS);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it.each(WORDS.map(({ word, inBody, inTitle }) => [word, inBody, inTitle]))(
    '%s (%i matches, %i in the title)',
    async (word, inBody) => {
      for (const offset of [0, 20]) {
        const request = publicSearch(String(word), { offset });
        const expected = await oneStatement.search(request);
        expect(expected.hits).toHaveLength(Math.min(20, Number(inBody) - offset));
        expect(await twoStatements.search(request)).toEqual(expected);
      }
    },
  );
});
