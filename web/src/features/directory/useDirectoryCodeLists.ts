import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { DirectoryCodeListsDocument } from '@/gql/graphql';

/** Languages (German names), target groups and topics the server accepts. */
export function useDirectoryCodeLists() {
  const query = useQuery({ query: DirectoryCodeListsDocument });
  return {
    languages: computed(() => query.data.value?.directoryCodeLists.languages ?? []),
    targetGroups: computed(() => query.data.value?.directoryCodeLists.targetGroups ?? []),
    topics: computed(() => query.data.value?.directoryCodeLists.organisationTopics ?? []),
  };
}
