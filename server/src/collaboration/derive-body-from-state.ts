import { yDocToDocument } from '@wissensnetz/editor';
import * as Y from 'yjs';
import { prepareBody, type PreparedBody } from '../articles/article-body';
import { ArticleErrorCode, ArticleException } from '../articles/articles.errors';

/** The article body derived from a stored Yjs state, or why the state is not a valid document. */
export type DerivedBody = { valid: true; body: PreparedBody } | { valid: false; reason: string };

/**
 * Y.Doc → validated Tiptap JSON, HTML and plain text. Pure (no I/O), so it can run in the
 * body derivation worker thread; a client can write anything into Yjs, so invalid content is a
 * normal result here, not an error.
 */
export function deriveBodyFromDocument(document: Y.Doc): DerivedBody {
  try {
    return { valid: true, body: prepareBody(yDocToDocument(document)) };
  } catch (error) {
    if (error instanceof ArticleException && error.reason === (ArticleErrorCode.INVALID_BODY as string))
      return { valid: false, reason: error.message };
    throw error;
  }
}

/** Like deriveBodyFromDocument, from an encoded Yjs state (throws on bytes that are no update). */
export function deriveBodyFromState(state: Uint8Array): DerivedBody {
  const document = new Y.Doc();
  try {
    Y.applyUpdate(document, state);
    return deriveBodyFromDocument(document);
  } finally {
    document.destroy();
  }
}
