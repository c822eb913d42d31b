import { useClientHandle } from '@urql/vue';
import {
  ArticleForEditDocument,
  CreateArticleDocument,
  EditorOptionsDocument,
  PublishArticleDocument,
  UnpublishArticleDocument,
  UpdateArticleDocument,
  type CreateArticleInput,
  type UpdateArticleInput,
} from '@/gql/graphql';

/** All server calls of the article editor page. */
export function useArticleEditing() {
  const { client } = useClientHandle();
  const fresh = { requestPolicy: 'network-only' } as const;
  return {
    loadArticle: (slug: string) => client.query(ArticleForEditDocument, { slug }, fresh).toPromise(),
    loadOptions: () => client.query(EditorOptionsDocument, {}).toPromise(),
    create: (input: CreateArticleInput) => client.mutation(CreateArticleDocument, { input }).toPromise(),
    update: (id: string, input: UpdateArticleInput) =>
      client.mutation(UpdateArticleDocument, { id, input }).toPromise(),
    publish: (id: string) => client.mutation(PublishArticleDocument, { id }).toPromise(),
    unpublish: (id: string) => client.mutation(UnpublishArticleDocument, { id }).toPromise(),
  };
}
