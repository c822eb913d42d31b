import { useMutation, useQuery } from '@urql/vue';
import { computed } from 'vue';
import { MySessionsDocument, RevokeSessionDocument } from '@/gql/graphql';

export function useSessions() {
  const query = useQuery({ query: MySessionsDocument, requestPolicy: 'network-only' });
  const revokeMutation = useMutation(RevokeSessionDocument);
  return {
    sessions: computed(() => query.data.value?.mySessions ?? []),
    fetching: query.fetching,
    error: query.error,
    async revoke(id: string) {
      const result = await revokeMutation.executeMutation({ id });
      if (!result.error) await query.executeQuery({ requestPolicy: 'network-only' });
      return result;
    },
  };
}
