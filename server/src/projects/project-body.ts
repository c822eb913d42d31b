import {
  documentToPlainText,
  EDITOR_SCHEMA_VERSION,
  emptyDocument,
  renderDocumentHtml,
  validateDocument,
  type JSONContent,
} from '@wissensnetz/editor';
import { ProjectErrorCode, ProjectException } from './projects.errors';

export interface PreparedProjectBody {
  body: JSONContent;
  bodySchemaVersion: number;
  bodyHtml: string;
  bodyText: string;
}

/** Validates the project body against the shared editor schema and derives HTML and plain text. */
export function prepareProjectBody(input: unknown): PreparedProjectBody {
  const result = validateDocument(input ?? emptyDocument());
  if (!result.ok) {
    throw new ProjectException(
      ProjectErrorCode.PROJECT_INVALID_BODY,
      `The project body is not a valid document: ${result.error}`,
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
