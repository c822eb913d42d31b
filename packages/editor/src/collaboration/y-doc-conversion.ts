import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYDoc, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { editorSchema } from '../schema/editor-schema';
import { emptyDocument } from '../validation/empty-document';
import { COLLABORATION_FIELD } from './collaboration-field';

/** A Y.Doc holding `doc` (e.g. to migrate an article written before collaboration). */
export function documentToYDoc(doc: JSONContent): Y.Doc {
  return prosemirrorJSONToYDoc(editorSchema, doc, COLLABORATION_FIELD);
}

/** The Y.Doc's content as Tiptap JSON; content the schema does not allow is dropped, as the editor would. */
export function yDocToDocument(ydoc: Y.Doc): JSONContent {
  const root = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(COLLABORATION_FIELD), editorSchema);
  // A new Y.Doc is empty, which the schema (block+) does not allow; the editor shows one empty paragraph.
  return root.childCount === 0 ? emptyDocument() : (root.toJSON() as JSONContent);
}

/**
 * Replaces the Y.Doc's content with `doc` as a minimal set of Yjs changes, so that
 * connected editors receive it like any other edit (used by restore).
 */
export function replaceYDocContent(ydoc: Y.Doc, doc: JSONContent, origin?: unknown): void {
  const node = editorSchema.nodeFromJSON(doc);
  ydoc.transact(() => {
    updateYFragment(ydoc, ydoc.getXmlFragment(COLLABORATION_FIELD), node, { mapping: new Map(), isOMark: new Map() });
  }, origin);
}
