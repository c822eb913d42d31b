import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { ArticleBySlugDocument } from '@/gql/graphql';

export function useArticle(slug: Ref<string>) {
  const query = useQuery({
    query: ArticleBySlugDocument,
    variables: () => ({ slug: slug.value }),
    requestPolicy: 'cache-and-network',
  });
  return {
    article: computed(() => query.data.value?.article ?? null),
    fetching: query.fetching,
    error: query.error,
    /** Loads the article again from the server, bypassing the cache. */
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
