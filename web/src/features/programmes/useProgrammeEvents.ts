import { useMutation, useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import {
  AddProgrammeEventDocument,
  AdminProgrammeEventsDocument,
  RemoveProgrammeEventDocument,
  UpdateProgrammeEventDocument,
  type CreateProgrammeEventInput,
  type UpdateProgrammeEventInput,
} from '@/gql/graphql';

/** The events of one programme (kick-off, seminars, final event) with add, edit and remove. */
export function useProgrammeEvents(programmeId: Ref<string>) {
  const query = useQuery({
    query: AdminProgrammeEventsDocument,
    variables: () => ({ id: programmeId.value }),
    requestPolicy: 'network-only',
  });
  const addMutation = useMutation(AddProgrammeEventDocument);
  const updateMutation = useMutation(UpdateProgrammeEventDocument);
  const removeMutation = useMutation(RemoveProgrammeEventDocument);
  const reload = () => query.executeQuery({ requestPolicy: 'network-only' });

  return {
    events: computed(() => query.data.value?.programme.events ?? []),
    fetching: query.fetching,
    error: query.error,
    async add(input: CreateProgrammeEventInput) {
      const result = await addMutation.executeMutation({ programmeId: programmeId.value, input });
      if (!result.error) await reload();
      return result;
    },
    async update(id: string, input: UpdateProgrammeEventInput) {
      const result = await updateMutation.executeMutation({ id, input });
      if (!result.error) await reload();
      return result;
    },
    async remove(id: string) {
      const result = await removeMutation.executeMutation({ id });
      if (!result.error) await reload();
      return result;
    },
  };
}
