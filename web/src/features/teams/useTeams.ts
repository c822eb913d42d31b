import { useClientHandle, useQuery } from '@urql/vue';
import { computed } from 'vue';
import {
  AddTeamMemberDocument,
  CreateTeamDocument,
  DeleteTeamDocument,
  RemoveTeamMemberDocument,
  TeamsDocument,
  UpdateTeamDocument,
  type CreateTeamInput,
  type UpdateTeamInput,
} from '@/gql/graphql';

/** The team list and its writes; every write refetches the list so counts and members stay right. */
export function useTeams() {
  const query = useQuery({ query: TeamsDocument, requestPolicy: 'cache-and-network' });
  const { client } = useClientHandle();
  const refetch = () => query.executeQuery({ requestPolicy: 'network-only' });
  const after = async <T extends { error?: unknown }>(result: Promise<T>): Promise<T> => {
    const done = await result;
    if (!done.error) await refetch();
    return done;
  };
  return {
    teams: computed(() => query.data.value?.teams ?? []),
    fetching: query.fetching,
    error: query.error,
    create: (input: CreateTeamInput) => after(client.mutation(CreateTeamDocument, { input }).toPromise()),
    update: (id: string, input: UpdateTeamInput) =>
      after(client.mutation(UpdateTeamDocument, { id, input }).toPromise()),
    remove: (id: string) => after(client.mutation(DeleteTeamDocument, { id }).toPromise()),
    addMember: (teamId: string, userId: string) =>
      after(client.mutation(AddTeamMemberDocument, { teamId, userId }).toPromise()),
    removeMember: (teamId: string, userId: string) =>
      after(client.mutation(RemoveTeamMemberDocument, { teamId, userId }).toPromise()),
  };
}
