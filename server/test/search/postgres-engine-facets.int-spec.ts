import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/engine/search-document';
import type { FacetCount, SearchFacets, SearchFilters } from '../../src/search/engine/search-request';
import { publicSearch, testArticle } from '../../src/search/engine/search-test-documents';
import { postgresEngineWith } from './postgres-engine-fixture';

const CATEGORY_A = '00000000-0000-4000-8000-00000000000a';
const CATEGORY_B = '00000000-0000-4000-8000-00000000000b';

// Languages, categories and tags vary independently, so every facet has its own counts.
const DOCUMENTS: SearchDocument[] = Array.from({ length: 24 }, (_, index) =>
  testArticle(index, {
    body: index % 5 === 0 ? 'Hinweise ohne das Suchwort.' : 'Hinweise zur Beratung von Familien.',
    language: index % 3 === 0 ? 'en' : 'de',
    categoryIds: [index % 2 === 0 ? CATEGORY_A : CATEGORY_B],
    tags: [index % 4 === 0 ? 'eltern' : 'arbeit'],
  }),
);

type Filter = keyof Required<SearchFilters>;
const passes: Record<Filter, (document: SearchDocument, filters: SearchFilters) => boolean> = {
  kinds: (document, filters) => !filters.kinds || filters.kinds.includes(document.kind),
  languages: (document, filters) => !filters.languages || filters.languages.includes(document.language),
  categoryIds: (document, filters) =>
    !filters.categoryIds || document.categoryIds.some((id) => filters.categoryIds!.includes(id)),
  tags: (document, filters) => !filters.tags || document.tags.some((tag) => filters.tags!.includes(tag)),
  agencyIds: (document, filters) => !filters.agencyIds || filters.agencyIds.includes(document.agencyId ?? ''),
};

/** The expected counts, computed from the fixtures: a facet counts without its own filter, with all others. */
function expectedFacet(
  filters: SearchFilters,
  own: Filter,
  values: (document: SearchDocument) => string[],
): FacetCount[] {
  const counts = new Map<string, number>();
  for (const document of DOCUMENTS) {
    if (!document.body.includes('Beratung')) continue;
    const others = (Object.keys(passes) as Filter[]).filter((name) => name !== own);
    if (!others.every((name) => passes[name](document, filters))) continue;
    for (const value of values(document)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count }));
}

const sorted = (facets: FacetCount[]) => [...facets].sort((a, b) => a.value.localeCompare(b.value));

// Hits and counts in one statement, or in two at once on two connections (as with little load).
describe.each([
  ['in one statement', false],
  ['in two statements', true],
])('postgres engine: facets next to filters, %s', (_, split) => {
  const engine = postgresEngineWith(
    () => DOCUMENTS,
    () => split,
  );

  it.each<[string, SearchFilters]>([
    ['a row filter (language)', { languages: ['de'] }],
    ['an index filter (category)', { categoryIds: [CATEGORY_A] }],
    ['row and index filters together', { languages: ['de'], categoryIds: [CATEGORY_A], tags: ['arbeit'] }],
  ])('counts each facet without its own filter and with the others: %s', async (_, filters) => {
    const response = await engine().search(publicSearch('Beratung', { filters }));
    const all = (Object.keys(passes) as Filter[]).map(
      (name) => (document: SearchDocument) => passes[name](document, filters),
    );
    const expectedHits = DOCUMENTS.filter(
      (document) => document.body.includes('Beratung') && all.every((test) => test(document)),
    );
    expect(response.totalCount).toBe(expectedHits.length);
    expect(response.hits.map((hit) => hit.id).sort()).toEqual(expectedHits.map((document) => document.id).sort());
    const facets: Record<keyof SearchFacets, FacetCount[]> = {
      kind: expectedFacet(filters, 'kinds', (document) => [document.kind]),
      language: expectedFacet(filters, 'languages', (document) => [document.language]),
      category: expectedFacet(filters, 'categoryIds', (document) => document.categoryIds),
      tag: expectedFacet(filters, 'tags', (document) => document.tags),
      agency: [],
    };
    for (const name of Object.keys(facets) as (keyof SearchFacets)[])
      expect(sorted(response.facets[name]), name).toEqual(sorted(facets[name]));
  });
});
