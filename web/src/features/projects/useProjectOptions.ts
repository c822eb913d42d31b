import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { ProjectFilterOptionsDocument } from '@/gql/graphql';

/** Agencies, programmes and (active) topics to choose from in filters and the editor. */
export function useProjectOptions() {
  const query = useQuery({ query: ProjectFilterOptionsDocument });
  return {
    agencies: computed(() => query.data.value?.agencies ?? []),
    programmes: computed(() => query.data.value?.programmes ?? []),
    topics: computed(() => query.data.value?.projectTopics ?? []),
    error: query.error,
  };
}
