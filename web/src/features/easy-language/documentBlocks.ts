import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentBlock } from '@wissensnetz/easy-language';

/**
 * Text of a textblock with exactly one character per document position, so that checker offsets
 * map back to positions: inline leaves (hard breaks) become a line break.
 */
function blockText(node: ProseMirrorNode): string {
  let text = '';
  node.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else if (child.nodeSize === 1) text += '\n';
    else text += ' '.repeat(child.nodeSize);
  });
  return text;
}

/** The document's text blocks (paragraphs, headings, list items, cells) for `checkDocument`; code is skipped. */
export function documentBlocks(doc: ProseMirrorNode): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (!node.type.spec.code && node.content.size > 0) blocks.push({ text: blockText(node), from: pos + 1 });
    return false;
  });
  return blocks;
}

/** The text between two positions as `documentBlocks` sees it. */
export function textAt(doc: ProseMirrorNode, from: number, to: number): string | null {
  if (from < 0 || to > doc.content.size || from >= to) return null;
  return doc.textBetween(from, to, '\n', '\n');
}
