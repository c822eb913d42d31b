import type { JSONContent } from '@tiptap/core';
import { editorSchema } from '../schema/editor-schema';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits';
import { findJsonProblem } from './find-json-problem';
import { isPlainObject } from './is-plain-object';

export type DocumentValidationResult = { ok: true; doc: JSONContent } | { ok: false; error: string; path?: string };

const MAX_SCHEMA_MESSAGE_LENGTH = 200;

function failure(error: string, path?: string): DocumentValidationResult {
  return path ? { ok: false, error, path } : { ok: false, error };
}

/**
 * Checks untrusted document JSON (e.g. from an API client) against the editor schema.
 * On success `doc` is the normalised document (every attribute present).
 * Error messages are short English sentences meant for API clients;
 * `path` points into the input, e.g. `content[2].attrs.level`.
 */
export function validateDocument(input: unknown, limits: DocumentLimits = {}): DocumentValidationResult {
  if (!isPlainObject(input)) return failure('Document must be a JSON object');
  if (input.type !== 'doc') return failure('Root node must be of type "doc"', 'type');

  const problem = findJsonProblem(input, { ...DEFAULT_DOCUMENT_LIMITS, ...withoutUndefined(limits) });
  if (problem) return failure(problem.error, problem.path);

  try {
    const node = editorSchema.nodeFromJSON(input);
    node.check();
    return { ok: true, doc: node.toJSON() as JSONContent };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failure(`Invalid document structure: ${message}`.slice(0, MAX_SCHEMA_MESSAGE_LENGTH));
  }
}

function withoutUndefined(limits: DocumentLimits): DocumentLimits {
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}
