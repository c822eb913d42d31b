import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { ref, watch, type Ref } from 'vue';
import { CategoryArticlesDocument, type CategoryArticlesQuery } from '@/gql/graphql';

type ArticleItem = CategoryArticlesQuery['articles']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** Cursor pagination: "load more" appends the next page to the list. */
export function useCategoryArticles(categoryId: Ref<string | null>) {
  const { client } = useClientHandle();
  const items = ref<ArticleItem[]>([]);
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const fetching = ref(false);
  const error = ref<CombinedError | null>(null);
  let endCursor: string | null = null;

  async function load(reset: boolean) {
    const id = categoryId.value;
    if (!id) return;
    fetching.value = true;
    const result = await client
      .query(CategoryArticlesDocument, { categoryId: id, first: PAGE_SIZE, after: reset ? null : endCursor })
      .toPromise();
    fetching.value = false;
    error.value = result.error ?? null;
    const connection = result.data?.articles;
    if (!connection) return;
    const nodes = connection.edges.map((edge) => edge.node);
    items.value = reset ? nodes : [...items.value, ...nodes];
    totalCount.value = connection.totalCount;
    hasNextPage.value = connection.pageInfo.hasNextPage;
    endCursor = connection.pageInfo.endCursor ?? null;
  }

  watch(categoryId, () => void load(true), { immediate: true });

  return { items, totalCount, hasNextPage, fetching, error, loadMore: () => load(false) };
}
