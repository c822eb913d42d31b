import type { JSONContent } from '@tiptap/core';
import { editorSchema } from '../schema/editor-schema';
import { inlineText } from './inline-text';

const LISTS = new Set(['bulletList', 'orderedList', 'taskList']);
const LIST_ITEMS = new Set(['listItem', 'taskItem']);
const CELLS = new Set(['tableCell', 'tableHeader']);

function isTextblock(node: JSONContent): boolean {
  const type = node.type === undefined ? undefined : editorSchema.nodes[node.type];
  return type?.isTextblock ?? false;
}

function joinChildren(node: JSONContent, separator: string): string {
  return (node.content ?? [])
    .map(blockText)
    .filter((text) => text !== '')
    .join(separator);
}

/** Title, role, legal basis and deadline of a step: searchable like its text. */
function processStepHeadText(node: JSONContent): string {
  return ['title', 'responsible', 'legalBasis', 'deadline']
    .map((name): unknown => node.attrs?.[name])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => value.trim())
    .join(' · ');
}

function blockText(node: JSONContent): string {
  if (isTextblock(node)) return inlineText(node).trim();
  if (node.type === 'image') return typeof node.attrs?.alt === 'string' ? node.attrs.alt.trim() : '';
  if (node.type === 'table') return joinChildren(node, '\n');
  if (node.type === 'processStep')
    return [processStepHeadText(node), joinChildren(node, '\n\n')].filter(Boolean).join('\n');
  if (node.type === 'tableRow') return joinChildren(node, ' | ');
  if (node.type !== undefined && CELLS.has(node.type)) return joinChildren(node, ' ');
  if (node.type !== undefined && (LISTS.has(node.type) || LIST_ITEMS.has(node.type))) return joinChildren(node, '\n');
  return joinChildren(node, '\n\n');
}

/**
 * Plain text for search indexing: blocks separated by a blank line,
 * list items by a line break, table rows by a line break and cells by " | ".
 * Image alt texts are included; marks are dropped.
 */
export function documentToPlainText(doc: JSONContent): string {
  return blockText(doc);
}
