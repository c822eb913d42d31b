import { useMutation, useQuery } from '@urql/vue';
import { computed } from 'vue';
import {
  CreateProgrammeDocument,
  ProgrammeListDocument,
  SetProgrammeAgenciesDocument,
  UpdateProgrammeDocument,
  type CreateProgrammeInput,
  type UpdateProgrammeInput,
} from '@/gql/graphql';

/** All programmes (newest period first) and, for admins, the writes that change them. */
export function useProgrammeList() {
  const query = useQuery({ query: ProgrammeListDocument, requestPolicy: 'cache-and-network' });
  const createMutation = useMutation(CreateProgrammeDocument);
  const updateMutation = useMutation(UpdateProgrammeDocument);
  const agenciesMutation = useMutation(SetProgrammeAgenciesDocument);
  const reload = () => query.executeQuery({ requestPolicy: 'network-only' });

  return {
    programmes: computed(() =>
      [...(query.data.value?.programmes ?? [])].sort((a, b) => b.startsOn.localeCompare(a.startsOn)),
    ),
    fetching: query.fetching,
    error: query.error,
    async create(input: CreateProgrammeInput) {
      const result = await createMutation.executeMutation({ input });
      if (!result.error) await reload();
      return result;
    },
    async update(id: string, input: UpdateProgrammeInput) {
      const result = await updateMutation.executeMutation({ id, input });
      if (!result.error) await reload();
      return result;
    },
    async setAgencies(id: string, agencyIds: string[]) {
      const result = await agenciesMutation.executeMutation({ id, agencyIds });
      if (!result.error) await reload();
      return result;
    },
  };
}
