import type { JSONContent } from '@tiptap/core';
import { inlineText } from '../text/inline-text';
import { createAnchorGenerator } from './create-anchor-generator';

export interface DocumentHeading {
  level: number;
  text: string;
  /** Unique within the document; `renderDocumentHtml` uses it as the heading's `id`. */
  anchor: string;
}

function collectHeadingNodes(node: JSONContent, found: JSONContent[]): JSONContent[] {
  if (node.type === 'heading') found.push(node);
  else for (const child of node.content ?? []) collectHeadingNodes(child, found);
  return found;
}

/** All headings in document order, e.g. for a table of contents. */
export function extractHeadings(doc: JSONContent): DocumentHeading[] {
  const toAnchor = createAnchorGenerator();

  return collectHeadingNodes(doc, []).map((heading) => {
    const text = inlineText(heading, ' ').replace(/\s+/g, ' ').trim();
    const level: unknown = heading.attrs?.level;
    return { level: typeof level === 'number' ? level : 1, text, anchor: toAnchor(text) };
  });
}
