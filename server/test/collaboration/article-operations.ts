import type { JSONContent } from '@wissensnetz/editor';
import type { GraphqlClient } from '../graphql-client';

/** GraphQL operations the collaboration tests use, typed just enough for assertions. */
export interface StoredArticle {
  body: JSONContent;
  bodyText: string;
  revisionNumber: number;
}

export interface Revision {
  id: string;
  number: number;
  name: string | null;
  body: JSONContent;
  authors: { id: string }[];
}

export async function readArticle(client: GraphqlClient, id: string): Promise<StoredArticle> {
  const data = await client.expectData<{ article: StoredArticle }>(
    'query ($id: ID!) { article(id: $id) { body bodyText revisionNumber } }',
    { id },
  );
  return data.article;
}

export async function listRevisions(client: GraphqlClient, articleId: string): Promise<Revision[]> {
  const data = await client.expectData<{ articleRevisions: Revision[] }>(
    'query ($id: ID!) { articleRevisions(articleId: $id) { id number name body authors { id } } }',
    { id: articleId },
  );
  return data.articleRevisions;
}

export async function publishArticle(client: GraphqlClient, id: string): Promise<void> {
  await client.expectData('mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id });
}

export async function restoreRevision(client: GraphqlClient, revisionId: string): Promise<void> {
  await client.expectData('mutation ($id: ID!) { restoreRevision(revisionId: $id) { id } }', { id: revisionId });
}

export async function saveArticleVersion(client: GraphqlClient, articleId: string, name?: string): Promise<Revision> {
  const data = await client.expectData<{ saveArticleVersion: Revision }>(
    'mutation ($id: ID!, $name: String) { saveArticleVersion(articleId: $id, name: $name) { id number name body authors { id } } }',
    { id: articleId, name },
  );
  return data.saveArticleVersion;
}
