import type { CombinedError } from '@urql/core';
import { ref, watch, type Ref } from 'vue';

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PageResult<T> {
  page: Page<T> | null;
  error: CombinedError | null;
}

/**
 * Cursor pagination for a list keyed by an id: the first page loads when the key changes,
 * `loadMore` appends the next one; `loadAll` follows the cursor to the end (bounded).
 */
export function useAllPages<T>(
  key: Ref<string | null>,
  fetchPage: (key: string, after: string | null) => Promise<PageResult<T>>,
) {
  const items = ref<T[]>([]) as Ref<T[]>;
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const fetching = ref(false);
  const error = ref<CombinedError | null>(null);
  let endCursor: string | null = null;
  let generation = 0;

  async function load(reset: boolean): Promise<boolean> {
    const current = key.value;
    if (!current) return false;
    const mine = reset ? ++generation : generation;
    fetching.value = true;
    const { page, error: failure } = await fetchPage(current, reset ? null : endCursor);
    if (mine !== generation) return false;
    fetching.value = false;
    error.value = failure;
    if (!page) return false;
    items.value = reset ? page.nodes : [...items.value, ...page.nodes];
    totalCount.value = page.totalCount;
    hasNextPage.value = page.hasNextPage;
    endCursor = page.endCursor;
    return page.hasNextPage;
  }

  async function loadAll(maxPages = 20): Promise<void> {
    let more = await load(true);
    for (let pages = 1; more && pages < maxPages; pages += 1) more = await load(false);
  }

  return { items, totalCount, hasNextPage, fetching, error, load, loadAll, loadMore: () => load(false) };
}

export function watchKey(key: Ref<string | null>, run: () => unknown): void {
  watch(key, () => void run(), { immediate: true });
}
