import type { SearchDocument } from './search-document';
import type { SearchRequest } from './search-request';

/**
 * A published, public German article for engine tests. `index` gives it its id, URL and update
 * time (later for higher indexes); `fields` set what the test is about.
 */
export function testArticle(index: number, fields: Partial<SearchDocument> = {}): SearchDocument {
  const entityId = `30000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  return {
    id: `ARTICLE:${entityId}`,
    kind: 'ARTICLE',
    entityId,
    url: `/artikel/${index}`,
    title: `Merkblatt ${index}`,
    summary: '',
    headings: [],
    body: '',
    tags: [],
    categoryPath: [],
    categoryIds: [],
    language: 'de',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    agencyId: null,
    agencyName: null,
    updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
    ...fields,
  };
}

/** A search as an anonymous visitor asks it: relevance, the first 20 hits, no filters. */
export function publicSearch(text: string, overrides: Partial<SearchRequest> = {}): SearchRequest {
  return {
    text,
    filters: {},
    access: { statuses: ['PUBLISHED'], visibilities: ['PUBLIC'] },
    sort: 'RELEVANCE',
    limit: 20,
    offset: 0,
    ...overrides,
  };
}
