import type { onStatelessParameters } from '@hocuspocus/provider';
import type { Client } from '@urql/core';
import { createCollaborationProvider } from '@/features/collaboration/createCollaborationProvider';
import { isStoredMessage } from '@/features/collaboration/isStoredMessage';

/**
 * A read-only connection to the article's collaboration document that only listens for
 * the server's "stored" message. Loaded on demand so the article page stays light.
 */
export function connectArticleUpdates(client: Client, articleId: string, onStored: () => void): () => void {
  const provider = createCollaborationProvider({ client, articleId });
  provider.on('stateless', ({ payload }: onStatelessParameters) => {
    if (isStoredMessage(payload)) onStored();
  });
  return () => {
    provider.destroy();
    provider.document.destroy();
  };
}
