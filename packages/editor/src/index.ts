export type { JSONContent } from '@tiptap/core';

export { createEditorExtensions, HEADING_LEVELS, type EditorExtensionOptions } from './create-editor-extensions';
export {
  Callout,
  CALLOUT_VARIANTS,
  isCalloutVariant,
  normalizeCalloutVariant,
  type CalloutAttributes,
  type CalloutOptions,
  type CalloutVariant,
} from './nodes/callout';
export {
  ContactCard,
  CONTACT_CARD_FALLBACK_LABEL,
  type ContactCardAttributes,
  type ContactCardOptions,
} from './nodes/contact-card';
export { isContactCardEntryId } from './nodes/contact-card-entry-id';
export { listContactCardEntryIds } from './nodes/contact-card-references';
export { ProcessSteps, type ProcessStepsOptions } from './nodes/process-steps';
export { ProcessStep, type ProcessStepOptions } from './nodes/process-step';
export {
  isValidProcessStepPatch,
  isProcessStepDocument,
  isProcessStepBranch,
  MAX_PROCESS_TEXT_LENGTH,
  MAX_PROCESS_STEP_ITEMS,
  MAX_PROCESS_STEP_NUMBER,
  type ProcessStepAttributes,
  type ProcessStepBranch,
  type ProcessStepDocument,
} from './nodes/process-step-attributes';
export { GERMAN_PROCESS_STEP_LABELS, type ProcessStepLabels } from './nodes/process-step-labels';
export { listProcessSteps, processStepAnchor, type ListedProcessStep } from './nodes/process-step-list';
export {
  ARTICLE_TEMPLATES,
  ARTICLE_TEMPLATE_KINDS,
  articleTemplate,
  type ArticleTemplateKind,
} from './nodes/process-templates';

export { editorSchema } from './schema/editor-schema';
export { describeSchema, type SchemaDescription } from './schema/describe-schema';
export { EDITOR_SCHEMA_VERSION } from './schema/editor-schema-version';
export { documentMigrations, type DocumentMigration } from './schema/document-migrations';
export { migrateDocument } from './schema/migrate-document';

export { validateDocument, type DocumentValidationResult } from './validation/validate-document';
export { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './validation/document-limits';
export { emptyDocument } from './validation/empty-document';
export { isSafeLinkHref } from './urls/is-safe-link-href';
export { isSafeImageSrc } from './urls/is-safe-image-src';

export { renderDocumentHtml } from './render/render-document-html';
export { extractHeadings, type DocumentHeading } from './headings/extract-headings';
export { slugify, MAX_SLUG_LENGTH } from './headings/slugify';
export { documentToPlainText } from './text/document-to-plain-text';
export {
  diffDocuments,
  type BlockChange,
  type DiffBlock,
  type DiffOptions,
  type DiffSegment,
  type SegmentChange,
} from './diff/diff-documents';

export { COLLABORATION_FIELD } from './collaboration/collaboration-field';
export { documentToYDoc, replaceYDocContent, yDocToDocument } from './collaboration/y-doc-conversion';
