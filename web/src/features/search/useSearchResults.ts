import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { ref, shallowRef, watch, type Ref } from 'vue';
import { SearchResultsDocument, type SearchResultsQuery, type SearchResultsQueryVariables } from '@/gql/graphql';
import { toSearchFilter, type SearchRouteState } from './searchRouteQuery';

export type SearchResultHit = SearchResultsQuery['search']['hits'][number];
export type SearchResultFacets = SearchResultsQuery['search']['facets'];

export const SEARCH_PAGE_SIZE = 20;

/** Variables of the search page query for a URL state (and a cursor for "load more"). */
export function searchResultsVariables(
  state: SearchRouteState,
  after: string | null = null,
): SearchResultsQueryVariables {
  return {
    query: state.query,
    filter: toSearchFilter(state) ?? null,
    sort: state.sort,
    first: SEARCH_PAGE_SIZE,
    after,
  };
}

/**
 * Runs the search for the URL state; a new state starts over, `loadMore` appends
 * the next page. Answers for an outdated state are dropped.
 */
export function useSearchResults(state: Ref<SearchRouteState>) {
  const { client } = useClientHandle();
  const hits = shallowRef<SearchResultHit[]>([]);
  const facets = shallowRef<SearchResultFacets | null>(null);
  const totalCount = ref(0);
  const suggestion = ref<string | null>(null);
  const hasNextPage = ref(false);
  const fetching = ref(false);
  /** True once the server answered the current state (so "no results" is not shown while loading). */
  const loaded = ref(false);
  const error = shallowRef<CombinedError | null>(null);
  let endCursor: string | null = null;
  let generation = 0;

  async function load(reset: boolean) {
    const current = reset ? ++generation : generation;
    const variables = searchResultsVariables(state.value, reset ? null : endCursor);
    if (reset) loaded.value = false;
    if (!variables.query) {
      hits.value = [];
      facets.value = null;
      totalCount.value = 0;
      suggestion.value = null;
      hasNextPage.value = false;
      error.value = null;
      fetching.value = false;
      return;
    }
    fetching.value = true;
    const result = await client.query(SearchResultsDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (current !== generation) return;
    fetching.value = false;
    loaded.value = true;
    error.value = result.error ?? null;
    const search = result.data?.search;
    if (!search) return;
    hits.value = reset ? search.hits : [...hits.value, ...search.hits];
    facets.value = search.facets;
    totalCount.value = search.totalCount;
    suggestion.value = search.suggestion ?? null;
    hasNextPage.value = search.pageInfo.hasNextPage;
    endCursor = search.pageInfo.endCursor ?? null;
  }

  // Compare by value: a new route object with the same search must not search again.
  watch(
    () => JSON.stringify(searchResultsVariables(state.value)),
    () => void load(true),
    { immediate: true },
  );

  return { hits, facets, totalCount, suggestion, hasNextPage, fetching, loaded, error, loadMore: () => load(false) };
}
