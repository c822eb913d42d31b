import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { onScopeDispose, ref, shallowRef } from 'vue';
import { SearchSuggestionsDocument, type SearchSuggestionsQuery } from '@/gql/graphql';

export type SearchSuggestion = SearchSuggestionsQuery['search']['hits'][number];

export const SUGGESTION_LIMIT = 8;
export const SUGGESTION_DEBOUNCE_MS = 150;

/**
 * Instant results while typing: waits for a pause of ~150 ms, always asks the server
 * (network-only) and drops the previous request, so an older answer can never
 * replace the results for newer input.
 */
export function useSearchSuggestions(options: { debounceMs?: number; limit?: number } = {}) {
  const debounceMs = options.debounceMs ?? SUGGESTION_DEBOUNCE_MS;
  const limit = options.limit ?? SUGGESTION_LIMIT;
  const { client } = useClientHandle();

  const hits = shallowRef<SearchSuggestion[]>([]);
  const totalCount = ref(0);
  /** The input the current `hits` belong to; `null` while nothing has been answered yet. */
  const answeredQuery = ref<string | null>(null);
  const fetching = ref(false);
  const error = shallowRef<CombinedError | null>(null);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let subscription: { unsubscribe: () => void } | undefined;
  let generation = 0;

  function cancelPending() {
    clearTimeout(timer);
    timer = undefined;
    // Unsubscribing tears the operation down, which aborts its fetch.
    subscription?.unsubscribe();
    subscription = undefined;
  }

  function run(query: string, current: number) {
    subscription = client
      .query(SearchSuggestionsDocument, { query, first: limit }, { requestPolicy: 'network-only' })
      .subscribe((result) => {
        if (current !== generation) return;
        fetching.value = false;
        error.value = result.error ?? null;
        hits.value = result.data?.search.hits.slice(0, limit) ?? [];
        totalCount.value = result.data?.search.totalCount ?? 0;
        answeredQuery.value = query;
      });
  }

  /** Call on every input change. */
  function search(input: string) {
    cancelPending();
    const current = ++generation;
    const query = input.trim();
    if (!query) {
      clear();
      return;
    }
    fetching.value = true;
    timer = setTimeout(() => run(query, current), debounceMs);
  }

  function clear() {
    cancelPending();
    generation++;
    hits.value = [];
    totalCount.value = 0;
    answeredQuery.value = null;
    fetching.value = false;
    error.value = null;
  }

  onScopeDispose(cancelPending);

  return { hits, totalCount, answeredQuery, fetching, error, search, clear };
}
