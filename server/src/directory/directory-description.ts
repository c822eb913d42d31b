import {
  documentToPlainText,
  EDITOR_SCHEMA_VERSION,
  emptyDocument,
  renderDocumentHtml,
  validateDocument,
} from '@wissensnetz/editor';
import type { DirectoryEntryEntity } from './directory-entry.entity';
import { DirectoryErrorCode, DirectoryException } from './directory.errors';

type DescriptionFields = Pick<
  DirectoryEntryEntity,
  'description' | 'descriptionSchemaVersion' | 'descriptionHtml' | 'descriptionText'
>;

/** Validates the description against the shared editor schema and derives HTML and plain text (as articles do). */
export function prepareDescription(input: unknown): DescriptionFields {
  const result = validateDocument(input ?? emptyDocument());
  if (!result.ok) {
    throw new DirectoryException(
      DirectoryErrorCode.INVALID_DESCRIPTION,
      `The description is not a valid document: ${result.error}`,
      result.path ? { path: result.path } : undefined,
    );
  }
  return {
    description: result.doc,
    descriptionSchemaVersion: EDITOR_SCHEMA_VERSION,
    descriptionHtml: renderDocumentHtml(result.doc),
    descriptionText: documentToPlainText(result.doc),
  };
}
