import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { CategoriesDocument } from '@/gql/graphql';

export function useCategories() {
  const query = useQuery({ query: CategoriesDocument });
  return {
    categories: computed(() => query.data.value?.categories ?? []),
    fetching: query.fetching,
    error: query.error,
  };
}
