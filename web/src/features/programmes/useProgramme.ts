import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { ProgrammeBySlugDocument } from '@/gql/graphql';

export function useProgramme(slug: Ref<string>) {
  const query = useQuery({ query: ProgrammeBySlugDocument, variables: () => ({ slug: slug.value }) });
  return {
    programme: computed(() => query.data.value?.programme ?? null),
    fetching: query.fetching,
    error: query.error,
  };
}
