import {
  documentToPlainText,
  EDITOR_SCHEMA_VERSION,
  emptyDocument,
  renderDocumentHtml,
  validateDocument,
  type JSONContent,
} from '@wissensnetz/editor';
import { ArticleErrorCode, ArticleException } from './articles.errors';

export interface PreparedBody {
  body: JSONContent;
  bodySchemaVersion: number;
  bodyHtml: string;
  bodyText: string;
}

/** Validates a Tiptap document against the shared schema and derives HTML and plain text from it. */
export function prepareBody(input: unknown): PreparedBody {
  const result = validateDocument(input ?? emptyDocument());
  if (!result.ok) {
    throw new ArticleException(
      ArticleErrorCode.INVALID_BODY,
      `The article body is not a valid document: ${result.error}`,
      result.path ? { path: result.path } : undefined,
    );
  }
  return {
    body: result.doc,
    bodySchemaVersion: EDITOR_SCHEMA_VERSION,
    bodyHtml: renderDocumentHtml(result.doc),
    bodyText: documentToPlainText(result.doc),
  };
}
