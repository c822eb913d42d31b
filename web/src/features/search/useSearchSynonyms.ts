import { useMutation, useQuery } from '@urql/vue';
import { computed } from 'vue';
import { SearchSynonymsDocument, SetSearchSynonymsDocument } from '@/gql/graphql';

export function useSearchSynonyms() {
  const query = useQuery({ query: SearchSynonymsDocument, requestPolicy: 'network-only' });
  const saveMutation = useMutation(SetSearchSynonymsDocument);
  return {
    groups: computed(() => query.data.value?.searchSynonyms ?? null),
    fetching: query.fetching,
    error: query.error,
    save: (groups: string[][]) => saveMutation.executeMutation({ groups }),
  };
}
