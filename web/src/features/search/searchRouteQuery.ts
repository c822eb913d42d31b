import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { SearchFilter, SearchKind, SearchSort } from '@/gql/graphql';

/** Everything the search page shows, as kept in the (German, bookmarkable) URL. */
export interface SearchRouteState {
  query: string;
  kinds: SearchKind[];
  categoryIds: string[];
  languages: string[];
  tags: string[];
  agencyIds: string[];
  sort: SearchSort;
}

export type SearchFacetKey = 'kind' | 'category' | 'language' | 'tag' | 'agency';

/** URL parameter per facet: `/suche?q=…&art=artikel&kategorie=…&sprache=de&schlagwort=…&dienststelle=…&sort=aktualisiert`. */
export const facetParams: Record<SearchFacetKey, string> = {
  kind: 'art',
  category: 'kategorie',
  language: 'sprache',
  tag: 'schlagwort',
  agency: 'dienststelle',
};

const kindSlugs: Record<SearchKind, string> = {
  ARTICLE: 'artikel',
  PROJECT: 'projekt',
  DIRECTORY_ENTRY: 'verzeichnis',
};

const sortSlugs: Record<SearchSort, string> = { RELEVANCE: 'relevanz', UPDATED_DESC: 'aktualisiert' };

function values(raw: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw == null ? [] : [raw];
  return [...new Set(list.filter((value): value is string => typeof value === 'string' && value.trim() !== ''))];
}

function fromSlug<T extends string>(slugs: Record<T, string>, slug: string): T | undefined {
  return (Object.keys(slugs) as T[]).find((key) => slugs[key] === slug || key === slug);
}

export function parseSearchRouteQuery(query: LocationQuery): SearchRouteState {
  const q = values(query.q)[0] ?? '';
  return {
    query: q.trim(),
    kinds: values(query[facetParams.kind])
      .map((slug) => fromSlug(kindSlugs, slug))
      .filter((kind): kind is SearchKind => kind !== undefined),
    categoryIds: values(query[facetParams.category]),
    languages: values(query[facetParams.language]),
    tags: values(query[facetParams.tag]),
    agencyIds: values(query[facetParams.agency]),
    sort: fromSlug(sortSlugs, values(query.sort)[0] ?? '') ?? 'RELEVANCE',
  };
}

/** The inverse of `parseSearchRouteQuery`; leaves out empty filters and the default sort. */
export function toSearchRouteQuery(state: SearchRouteState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.query) query.q = state.query;
  const lists: [SearchFacetKey, string[]][] = [
    ['kind', state.kinds.map((kind) => kindSlugs[kind])],
    ['category', state.categoryIds],
    ['language', state.languages],
    ['tag', state.tags],
    ['agency', state.agencyIds],
  ];
  for (const [facet, list] of lists) if (list.length) query[facetParams[facet]] = list;
  if (state.sort !== 'RELEVANCE') query.sort = sortSlugs[state.sort];
  return query;
}

/** GraphQL filter for the state; `undefined` when nothing is filtered. */
export function toSearchFilter(state: SearchRouteState): SearchFilter | undefined {
  const filter: SearchFilter = {};
  if (state.kinds.length) filter.kinds = state.kinds;
  if (state.categoryIds.length) filter.categoryIds = state.categoryIds;
  if (state.languages.length) filter.languages = state.languages;
  if (state.tags.length) filter.tags = state.tags;
  if (state.agencyIds.length) filter.agencyIds = state.agencyIds;
  return Object.keys(filter).length ? filter : undefined;
}

/** The selected values of one facet (kinds as their enum values, like the server's facet values). */
export function selectedFacetValues(state: SearchRouteState, facet: SearchFacetKey): string[] {
  switch (facet) {
    case 'kind':
      return state.kinds;
    case 'category':
      return state.categoryIds;
    case 'language':
      return state.languages;
    case 'tag':
      return state.tags;
    case 'agency':
      return state.agencyIds;
  }
}

/** A copy of the state with one facet's selection replaced. */
export function withFacetValues(state: SearchRouteState, facet: SearchFacetKey, selected: string[]): SearchRouteState {
  switch (facet) {
    case 'kind':
      return { ...state, kinds: selected.filter((value): value is SearchKind => value in kindSlugs) };
    case 'category':
      return { ...state, categoryIds: selected };
    case 'language':
      return { ...state, languages: selected };
    case 'tag':
      return { ...state, tags: selected };
    case 'agency':
      return { ...state, agencyIds: selected };
  }
}

export function hasSearchFilters(state: SearchRouteState): boolean {
  return toSearchFilter(state) !== undefined;
}

export function withoutSearchFilters(state: SearchRouteState): SearchRouteState {
  return { ...state, kinds: [], categoryIds: [], languages: [], tags: [], agencyIds: [] };
}
