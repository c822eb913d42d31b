import { useMutation } from '@urql/vue';
import { SaveArticleVersionDocument } from '@/gql/graphql';
import { normalizeVersionName } from './versionName';

/** Saves the article's current state as a named (or unnamed) revision. */
export function useSaveArticleVersion() {
  const mutation = useMutation(SaveArticleVersionDocument);
  return {
    saving: mutation.fetching,
    save: (articleId: string, name: string) =>
      mutation.executeMutation({ articleId, name: normalizeVersionName(name) }),
  };
}
