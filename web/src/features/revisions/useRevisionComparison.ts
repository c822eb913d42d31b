import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { CompareRevisionsDocument } from '@/gql/graphql';

export function useRevisionComparison(pair: Ref<{ fromId: string; toId: string } | null>) {
  const query = useQuery({
    query: CompareRevisionsDocument,
    variables: () => pair.value ?? { fromId: '', toId: '' },
    pause: () => !pair.value,
  });
  return {
    comparison: computed(() => (pair.value ? (query.data.value?.compareRevisions ?? null) : null)),
    fetching: query.fetching,
    error: query.error,
  };
}
