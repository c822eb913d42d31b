import { useMutation, useQuery } from '@urql/vue';
import { computed } from 'vue';
import {
  AdminProjectTopicsDocument,
  ArchiveProjectTopicDocument,
  CreateProjectTopicDocument,
  RenameProjectTopicDocument,
} from '@/gql/graphql';

/** The controlled list of project topics, archived ones included, for the admin area. */
export function useProjectTopicsAdmin() {
  const query = useQuery({ query: AdminProjectTopicsDocument, requestPolicy: 'cache-and-network' });
  const createMutation = useMutation(CreateProjectTopicDocument);
  const renameMutation = useMutation(RenameProjectTopicDocument);
  const archiveMutation = useMutation(ArchiveProjectTopicDocument);
  const reload = () => query.executeQuery({ requestPolicy: 'network-only' });

  return {
    topics: computed(() =>
      [...(query.data.value?.projectTopics ?? [])].sort(
        (a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, 'de'),
      ),
    ),
    fetching: query.fetching,
    error: query.error,
    async create(name: string) {
      const result = await createMutation.executeMutation({ input: { name } });
      if (!result.error) await reload();
      return result;
    },
    async rename(id: string, name: string) {
      const result = await renameMutation.executeMutation({ id, name });
      if (!result.error) await reload();
      return result;
    },
    async setArchived(id: string, archived: boolean) {
      const result = await archiveMutation.executeMutation({ id, archived });
      if (!result.error) await reload();
      return result;
    },
  };
}
