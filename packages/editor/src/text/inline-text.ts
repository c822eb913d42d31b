import type { JSONContent } from '@tiptap/core';

/** The text of a node's inline content; hard breaks become `hardBreak`. */
export function inlineText(node: JSONContent, hardBreak = '\n'): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return hardBreak;
  return (node.content ?? []).map((child) => inlineText(child, hardBreak)).join('');
}
