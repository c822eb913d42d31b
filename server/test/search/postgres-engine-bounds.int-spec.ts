import { describe, expect, it } from 'vitest';
import { publicSearch, testArticle } from '../../src/search/engine/search-test-documents';
import { postgresEngineWith } from './postgres-engine-fixture';

const MATCHING = 1500;
const OTHERS = 1500;

const document = (index: number, word: string) =>
  testArticle(index, { body: `Ein Text über ${word} und anderes.`, tags: [index % 3 === 0 ? 'drei' : 'andere'] });

describe('postgres engine: bounded work on large match sets', () => {
  // Interleaved, as documents arrive: matches spread over the whole table.
  const engine = postgresEngineWith(() =>
    Array.from({ length: MATCHING + OTHERS }, (_, index) =>
      document(index, index % 2 === 0 ? 'Anerkennung' : 'Wartezeiten'),
    ),
  );
  const request = (text: string) => publicSearch(text);

  it('counts up to 500 matches exactly and extrapolates beyond, facets included', async () => {
    const response = await engine().search(request('Anerkennung '));
    expect(response.hits).toHaveLength(20);
    // Exact would be 1,500: an estimate, but in the right range and never below what was seen.
    expect(response.totalCount).toBeGreaterThan(1000);
    expect(response.totalCount).toBeLessThan(2000);
    const drei = response.facets.tag.find((facet) => facet.value === 'drei')?.count ?? 0;
    expect(drei).toBeGreaterThan(response.totalCount / 3 - 150);
    expect(drei).toBeLessThan(response.totalCount / 3 + 150);
  });

  it('counts exactly when the filters leave no more than 500 matches', async () => {
    const response = await engine().search({ ...request('Anerkennung '), filters: { tags: ['drei'] } });
    expect(response.totalCount).toBe(MATCHING / 3);
    // The tag facet counts without its own filter (OR within a facet), extrapolated again.
    expect(response.facets.tag.find((facet) => facet.value === 'andere')?.count).toBeGreaterThan(500);
  });
});
