import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PostgresSearchEngine } from '../../src/search/postgres/postgres-search.engine';
import { WORD_LOOKUP_TTL_MS, WordLookupCache } from '../../src/search/vocabulary/word-lookup-cache';
import { startTestApp, type TestApp } from '../test-app';
import { publicSearch, testArticle } from '../../src/search/engine/search-test-documents';

const article = (index: number, title: string) => testArticle(index, { title, body: 'Hinweise für die Beratung.' });

const request = (text: string) => publicSearch(text);
const titles = async (engine: PostgresSearchEngine, text: string) =>
  (await engine.search(request(text))).hits.map((hit) => hit.title).sort();

/**
 * Each engine stands for one server instance; its word look-ups (compound words, corrections)
 * are remembered for a short time, so repeated search words need no scan of the word list.
 */
describe('postgres engine: remembered word look-ups', () => {
  let ctx: TestApp | undefined;
  let now = 0;
  let indexer: PostgresSearchEngine;
  let other: PostgresSearchEngine;

  beforeAll(async () => {
    ctx = await startTestApp();
  });
  beforeEach(async () => {
    await ctx!.dataSource.query('DELETE FROM search_document');
    await ctx!.dataSource.query('DELETE FROM search_term');
    now = Date.UTC(2026, 0, 1);
    indexer = new PostgresSearchEngine(ctx!.dataSource, new WordLookupCache(() => now));
    other = new PostgresSearchEngine(ctx!.dataSource, new WordLookupCache(() => now));
    await indexer.upsert([article(1, 'Berufssprachkurs'), article(2, 'Integrationskurs')]);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('answers a repeated search as the first time', async () => {
    const first = await indexer.search(request('Sprachkurs'));
    const second = await indexer.search(request('Sprachkurs'));
    expect(first.hits.map((hit) => hit.title)).toEqual(['Berufssprachkurs']);
    expect(second).toEqual(first);
  });

  it('finds a compound indexed by the same instance at once', async () => {
    expect(await titles(indexer, 'Sprachkurs')).toEqual(['Berufssprachkurs']);
    await indexer.upsert([article(3, 'Elternsprachkurs')]);
    expect(await titles(indexer, 'Sprachkurs')).toEqual(['Berufssprachkurs', 'Elternsprachkurs']);
  });

  it('finds a compound indexed by another instance once the remembered look-up expires', async () => {
    expect(await titles(other, 'Sprachkurs')).toEqual(['Berufssprachkurs']);
    await indexer.upsert([article(3, 'Elternsprachkurs')]);
    // Until then the remembered answer stands (that is the look-up it saves).
    now += WORD_LOOKUP_TTL_MS - 1;
    expect(await titles(other, 'Sprachkurs')).toEqual(['Berufssprachkurs']);
    now += 1;
    expect(await titles(other, 'Sprachkurs')).toEqual(['Berufssprachkurs', 'Elternsprachkurs']);
  });

  it('stops correcting a word once another instance indexed it and the look-up expired', async () => {
    const before = await other.search(request('Integrationskurz'));
    expect(before.suggestion).toBe('integrationskurs');
    await indexer.upsert([article(3, 'Integrationskurz')]);
    now += WORD_LOOKUP_TTL_MS;
    const after = await other.search(request('Integrationskurz'));
    expect(after.suggestion).toBeNull();
    expect(after.hits.map((hit) => hit.title)).toContain('Integrationskurz');
  });
});
