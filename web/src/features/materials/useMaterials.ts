import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { ref, shallowRef, watch, type Ref } from 'vue';
import { MaterialsDocument, type MaterialsFilter, type MaterialsQuery } from '@/gql/graphql';

export type MaterialItem = MaterialsQuery['materials']['items'][number];

const PAGE_SIZE = 20;

/** The filtered material list with "load more"; a new filter starts from the first page. */
export function useMaterials(filter: Ref<MaterialsFilter | null>) {
  const { client } = useClientHandle();
  const items = shallowRef<MaterialItem[]>([]);
  const totalCount = ref(0);
  const availableLanguages = shallowRef<string[]>([]);
  const fetching = ref(false);
  const error = shallowRef<CombinedError | null>(null);
  let generation = 0;

  async function load(offset: number): Promise<void> {
    const wanted = filter.value;
    if (!wanted) return;
    const current = ++generation;
    fetching.value = true;
    const result = await client
      .query(MaterialsDocument, { filter: wanted, first: PAGE_SIZE, offset }, { requestPolicy: 'network-only' })
      .toPromise();
    if (current !== generation) return;
    fetching.value = false;
    error.value = result.error ?? null;
    const page = result.data?.materials;
    if (!page) return;
    items.value = offset === 0 ? page.items : [...items.value, ...page.items];
    totalCount.value = page.totalCount;
    availableLanguages.value = page.availableLanguages;
  }

  watch(filter, () => void load(0), { immediate: true, deep: true });

  return {
    items,
    totalCount,
    availableLanguages,
    fetching,
    error,
    loadMore: () => load(items.value.length),
  };
}
