import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { ArticleRevisionDocument } from '@/gql/graphql';

export function useRevision(id: Ref<string | null>) {
  const query = useQuery({
    query: ArticleRevisionDocument,
    variables: () => ({ id: id.value ?? '' }),
    pause: () => !id.value,
  });
  return {
    revision: computed(() => (id.value ? (query.data.value?.articleRevision ?? null) : null)),
    fetching: query.fetching,
    error: query.error,
  };
}
