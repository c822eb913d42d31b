import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { RecentArticlesDocument } from '@/gql/graphql';

export function useRecentArticles(first = 10) {
  const query = useQuery({ query: RecentArticlesDocument, variables: { first } });
  return {
    articles: computed(() => query.data.value?.articles.edges.map((edge) => edge.node) ?? []),
    fetching: query.fetching,
    error: query.error,
  };
}
