import { useMutation, useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { RevisionHistoryArticleDocument, RestoreRevisionDocument, RevisionListDocument } from '@/gql/graphql';

/** The article header and its revision list (newest first), plus restoring. */
export function useRevisionHistory(slug: Ref<string>) {
  const articleQuery = useQuery({ query: RevisionHistoryArticleDocument, variables: () => ({ slug: slug.value }) });
  const article = computed(() => articleQuery.data.value?.article ?? null);
  const listQuery = useQuery({
    query: RevisionListDocument,
    variables: () => ({ articleId: article.value?.id ?? '' }),
    pause: () => !article.value,
    requestPolicy: 'cache-and-network',
  });
  const restoreMutation = useMutation(RestoreRevisionDocument);

  return {
    article,
    revisions: computed(() => [...(listQuery.data.value?.articleRevisions ?? [])].sort((a, b) => b.number - a.number)),
    fetching: computed(() => articleQuery.fetching.value || listQuery.fetching.value),
    error: computed(() => articleQuery.error.value ?? listQuery.error.value ?? null),
    async refresh() {
      await listQuery.executeQuery({ requestPolicy: 'network-only' });
      await articleQuery.executeQuery({ requestPolicy: 'network-only' });
    },
    async restore(revisionId: string) {
      const result = await restoreMutation.executeMutation({ revisionId });
      if (!result.error) {
        await listQuery.executeQuery({ requestPolicy: 'network-only' });
        await articleQuery.executeQuery({ requestPolicy: 'network-only' });
      }
      return result;
    },
  };
}
