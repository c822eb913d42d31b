import { useClientHandle, useQuery } from '@urql/vue';
import { computed, ref, type Ref } from 'vue';
import {
  ArticleLanguageVersionsDocument,
  MarkLanguageVersionCurrentDocument,
  type LanguageVersionStateFragment,
} from '@/gql/graphql';

/** The version group and source state of one article; markCurrent updates the state. */
export function useLanguageVersions(articleId: Ref<string>) {
  const { client } = useClientHandle();
  const query = useQuery({
    query: ArticleLanguageVersionsDocument,
    variables: computed(() => ({ id: articleId.value })),
    requestPolicy: 'cache-and-network',
  });
  /** The mutation's answer replaces the query's (the document cache does not merge them). */
  const markedState = ref<LanguageVersionStateFragment | null>(null);
  const article = computed(() => query.data.value?.article ?? null);
  return {
    article,
    versions: computed(() => article.value?.languageVersions ?? []),
    state: computed(() => markedState.value ?? article.value?.languageVersion ?? null),
    async markCurrent() {
      const result = await client
        .mutation(MarkLanguageVersionCurrentDocument, { articleId: articleId.value })
        .toPromise();
      markedState.value = result.data?.markLanguageVersionCurrent.languageVersion ?? markedState.value;
      return result;
    },
  };
}
