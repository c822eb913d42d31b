import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { ProjectBySlugDocument, type ProjectDetailFieldsFragment } from '@/gql/graphql';

export type ProjectDetail = ProjectDetailFieldsFragment;

export function useProject(slug: Ref<string>) {
  const query = useQuery({
    query: ProjectBySlugDocument,
    variables: () => ({ slug: slug.value }),
    requestPolicy: 'cache-and-network',
  });
  return {
    project: computed(() => query.data.value?.project ?? null),
    fetching: query.fetching,
    error: query.error,
    /** Loads the project again from the server, bypassing the cache. */
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
