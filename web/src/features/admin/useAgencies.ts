import { useMutation, useQuery } from '@urql/vue';
import { computed } from 'vue';
import { AgenciesDocument, CreateAgencyDocument, type CreateAgencyInput } from '@/gql/graphql';

export function useAgencies() {
  const query = useQuery({ query: AgenciesDocument });
  const createMutation = useMutation(CreateAgencyDocument);

  return {
    agencies: computed(() => query.data.value?.agencies ?? []),
    fetching: query.fetching,
    error: query.error,
    async create(input: CreateAgencyInput) {
      const result = await createMutation.executeMutation({ input });
      if (!result.error) await query.executeQuery({ requestPolicy: 'network-only' });
      return result;
    },
  };
}
