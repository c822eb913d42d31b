import type { JSONContent } from '@tiptap/core';

/** A fresh document: one empty paragraph. */
export function emptyDocument(): JSONContent {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
