import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { CategoryBySlugDocument } from '@/gql/graphql';

export function useCategory(slug: Ref<string>) {
  const query = useQuery({ query: CategoryBySlugDocument, variables: () => ({ slug: slug.value }) });
  return {
    category: computed(() => query.data.value?.category ?? null),
    fetching: query.fetching,
    error: query.error,
  };
}
