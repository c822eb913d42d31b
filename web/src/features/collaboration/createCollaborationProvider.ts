import { HocuspocusProvider } from '@hocuspocus/provider';
import type { Client } from '@urql/core';
import type * as Y from 'yjs';
import { CollaborationTokenDocument } from '@/gql/graphql';
import { articleDocumentName } from './articleDocumentName';
import { collaborationUrl } from './collaborationUrl';

export interface CollaborationProviderOptions {
  client: Client;
  articleId: string;
  /** The server's document name; defaults to the article's (`article:<id>`), e.g. `project:<id>` for a project body. */
  documentName?: string;
  /** The document to sync; the provider creates an empty one when omitted (reader view). */
  document?: Y.Doc;
}

/**
 * A Hocuspocus connection to an article (or another collaborative document, see `documentName`). The token is short-lived, so a fresh one is
 * fetched (never from the cache) on every connect and reconnect.
 */
export function createCollaborationProvider(options: CollaborationProviderOptions): HocuspocusProvider {
  return new HocuspocusProvider({
    url: collaborationUrl(),
    name: options.documentName ?? articleDocumentName(options.articleId),
    document: options.document,
    token: async () => {
      const result = await options.client
        .query(CollaborationTokenDocument, {}, { requestPolicy: 'network-only' })
        .toPromise();
      const token = result.data?.collaborationToken;
      // Throwing makes the provider report authenticationFailed instead of sending an empty token.
      if (!token) throw new Error(result.error?.message ?? 'unauthenticated');
      return token;
    },
  });
}
