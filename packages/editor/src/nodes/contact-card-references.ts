import type { JSONContent } from '@tiptap/core';
import { isContactCardEntryId } from './contact-card-entry-id';

/**
 * The directory entries a document references through contact cards: each id once,
 * lower-case, in document order. The server keeps its reference tables from this.
 */
export function listContactCardEntryIds(doc: JSONContent): string[] {
  const ids = new Set<string>();
  const visit = (node: JSONContent): void => {
    const entryId: unknown = node.attrs?.entryId;
    if (node.type === 'contactCard' && isContactCardEntryId(entryId)) ids.add(entryId.toLowerCase());
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return [...ids];
}
