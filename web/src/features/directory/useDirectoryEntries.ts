import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { ref, shallowRef, watch, type Ref } from 'vue';
import {
  DirectoryEntriesDocument,
  type DirectoryEntriesQuery,
  type DirectoryEntriesQueryVariables,
} from '@/gql/graphql';
import { toDirectoryFilter, type DirectoryRouteState } from './directoryRouteQuery';

export type DirectoryCardEntry = DirectoryEntriesQuery['directoryEntries']['edges'][number]['node'];
export type DirectoryFacets = DirectoryEntriesQuery['directoryEntries']['facets'];

export const DIRECTORY_PAGE_SIZE = 20;
/** The print view shows the whole filtered list on one handout (the server caps a page at 100). */
export const DIRECTORY_PRINT_SIZE = 100;

export function directoryEntriesVariables(
  state: DirectoryRouteState,
  first: number,
  after: string | null = null,
): DirectoryEntriesQueryVariables {
  return { filter: toDirectoryFilter(state) ?? null, first, after };
}

/**
 * Loads the directory list for the URL state; a new state starts over, `loadMore` appends the next
 * page. Answers for an outdated state are dropped.
 */
export function useDirectoryEntries(state: Ref<DirectoryRouteState>, pageSize = DIRECTORY_PAGE_SIZE) {
  const { client } = useClientHandle();
  const entries = shallowRef<DirectoryCardEntry[]>([]);
  const facets = shallowRef<DirectoryFacets | null>(null);
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const fetching = ref(false);
  const loaded = ref(false);
  const error = shallowRef<CombinedError | null>(null);
  let endCursor: string | null = null;
  let generation = 0;

  async function load(reset: boolean) {
    const current = reset ? ++generation : generation;
    const variables = directoryEntriesVariables(state.value, pageSize, reset ? null : endCursor);
    if (reset) loaded.value = false;
    fetching.value = true;
    const result = await client
      .query(DirectoryEntriesDocument, variables, { requestPolicy: 'network-only' })
      .toPromise();
    if (current !== generation) return;
    fetching.value = false;
    loaded.value = true;
    error.value = result.error ?? null;
    const list = result.data?.directoryEntries;
    if (!list) {
      if (reset) entries.value = [];
      return;
    }
    const nodes = list.edges.map((edge) => edge.node);
    entries.value = reset ? nodes : [...entries.value, ...nodes];
    facets.value = list.facets;
    totalCount.value = list.totalCount;
    hasNextPage.value = list.pageInfo.hasNextPage;
    endCursor = list.pageInfo.endCursor ?? null;
  }

  // Compare by value: a new route object with the same filters must not load again.
  watch(
    () => JSON.stringify(directoryEntriesVariables(state.value, pageSize)),
    () => void load(true),
    { immediate: true },
  );

  return { entries, facets, totalCount, hasNextPage, fetching, loaded, error, loadMore: () => load(false) };
}
