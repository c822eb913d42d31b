import { useMutation, useQuery } from '@urql/vue';
import { computed } from 'vue';
import {
  CreateUserDocument,
  DeactivateUserDocument,
  UpdateUserDocument,
  UsersDocument,
  type CreateUserInput,
  type UpdateUserInput,
} from '@/gql/graphql';

export function useUsers() {
  const query = useQuery({ query: UsersDocument, requestPolicy: 'cache-and-network' });
  const createMutation = useMutation(CreateUserDocument);
  const updateMutation = useMutation(UpdateUserDocument);
  const deactivateMutation = useMutation(DeactivateUserDocument);
  const refetch = () => query.executeQuery({ requestPolicy: 'network-only' });

  return {
    users: computed(() => query.data.value?.users ?? []),
    fetching: query.fetching,
    error: query.error,
    async create(input: CreateUserInput) {
      const result = await createMutation.executeMutation({ input });
      if (!result.error) await refetch();
      return result;
    },
    update: (id: string, input: UpdateUserInput) => updateMutation.executeMutation({ id, input }),
    deactivate: (id: string) => deactivateMutation.executeMutation({ id }),
  };
}
