/**
 * Tiny builders for Tiptap / ProseMirror JSON documents used by the demo seed.
 *
 * Node and mark names follow the Tiptap 3 defaults (StarterKit, Table, TaskList,
 * Image, Link, Underline) plus the custom `callout` node of the Wissensnetz editor.
 *
 * Convenience: every place that accepts a plain `string` as inline content
 * understands two tiny markup forms, so that demo texts stay readable:
 *   - `**fett**`                 -> text with a `bold` mark
 *   - `[Linktext](https://...)`  -> text with a `link` mark (https, http, mailto, tel)
 * Everything else is taken literally. Empty text is never emitted.
 */

export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: DocMark[];
}

/** Inline content: a string (parsed, see above) or an inline node (text, hardBreak, image). */
export type Inline = string | DocNode;

/** Block content: a block node, or a string which becomes a paragraph. */
export type Block = string | DocNode;

export type HeadingLevel = 1 | 2 | 3 | 4;
export type CalloutVariant = 'info' | 'warning' | 'success' | 'note';

/** A list item: a plain string, or inline parts optionally followed by nested lists / blocks. */
export type ListItemInput = string | Inline[];

const INLINE_NODE_TYPES = new Set(['text', 'hardBreak', 'image']);

// ---------------------------------------------------------------------------
// Marks and inline nodes
// ---------------------------------------------------------------------------

/** A text node. Throws on empty text, which ProseMirror does not allow. */
export function text(value: string, marks?: DocMark[]): DocNode {
  if (value.length === 0) {
    throw new Error('Empty text nodes are not allowed in ProseMirror documents');
  }
  const node: DocNode = { type: 'text', text: value };
  if (marks && marks.length > 0) node.marks = marks;
  return node;
}

function withMark(content: string, mark: DocMark): DocNode {
  return text(content, [mark]);
}

export const b = (content: string): DocNode => withMark(content, { type: 'bold' });
export const i = (content: string): DocNode => withMark(content, { type: 'italic' });
export const u = (content: string): DocNode => withMark(content, { type: 'underline' });
export const s = (content: string): DocNode => withMark(content, { type: 'strike' });
export const code = (content: string): DocNode => withMark(content, { type: 'code' });

export function linkMark(href: string): DocMark {
  return { type: 'link', attrs: { href, target: null } };
}

export function link(content: string, href: string): DocNode {
  return withMark(content, linkMark(href));
}

export function br(): DocNode {
  return { type: 'hardBreak' };
}

export function image(src: string, alt: string, title: string | null = null): DocNode {
  return { type: 'image', attrs: { src, alt, title } };
}

const INLINE_MARKUP = /\*\*(.+?)\*\*|\[([^\]]+)\]\(((?:https?:\/\/|mailto:|tel:)[^)\s]+)\)/g;

/** Parses `**bold**` and `[text](href)` inside a plain string into text nodes. */
export function parseInline(source: string): DocNode[] {
  const nodes: DocNode[] = [];
  let last = 0;
  for (const match of source.matchAll(INLINE_MARKUP)) {
    const start = match.index ?? 0;
    if (start > last) nodes.push(text(source.slice(last, start)));
    const bold = match[1];
    const linkText = match[2];
    const href = match[3];
    if (bold !== undefined) {
      nodes.push(b(bold));
    } else if (linkText !== undefined && href !== undefined) {
      nodes.push(link(linkText, href));
    }
    last = start + match[0].length;
  }
  if (last < source.length) nodes.push(text(source.slice(last)));
  return nodes;
}

function inlineNodes(parts: Inline[]): DocNode[] {
  return parts.flatMap((part) => (typeof part === 'string' ? parseInline(part) : [part]));
}

// ---------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------

function toBlock(block: Block): DocNode {
  return typeof block === 'string' ? p(block) : block;
}

export function doc(...blocks: Block[]): DocNode {
  return { type: 'doc', content: blocks.map(toBlock) };
}

/** A paragraph. Without arguments it is an (allowed) empty paragraph without content. */
export function p(...parts: Inline[]): DocNode {
  const content = inlineNodes(parts);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function h(level: HeadingLevel, title: string): DocNode {
  if (!Number.isInteger(level) || level < 1 || level > 4) {
    throw new Error(`Heading level must be 1-4, got ${String(level)}`);
  }
  return { type: 'heading', attrs: { level }, content: parseInline(title) };
}

export const h2 = (title: string): DocNode => h(2, title);
export const h3 = (title: string): DocNode => h(3, title);
export const h4 = (title: string): DocNode => h(4, title);

/**
 * List item: leading inline parts form the first paragraph, any following block
 * nodes (nested lists, further paragraphs) are appended as they are.
 */
export function li(item: ListItemInput): DocNode {
  if (typeof item === 'string') return { type: 'listItem', content: [p(item)] };
  const inline: Inline[] = [];
  const blocks: DocNode[] = [];
  for (const part of item) {
    const isInline = typeof part === 'string' || INLINE_NODE_TYPES.has(part.type);
    if (isInline && blocks.length === 0) inline.push(part);
    else blocks.push(typeof part === 'string' ? p(part) : part);
  }
  const first = blocks[0];
  if (inline.length > 0) return { type: 'listItem', content: [p(...inline), ...blocks] };
  if (first?.type === 'paragraph') return { type: 'listItem', content: blocks };
  return { type: 'listItem', content: [p(), ...blocks] };
}

export function ul(...items: ListItemInput[]): DocNode {
  return { type: 'bulletList', content: items.map(li) };
}

export function ol(...items: ListItemInput[]): DocNode {
  return olFrom(1, ...items);
}

export function olFrom(start: number, ...items: ListItemInput[]): DocNode {
  return { type: 'orderedList', attrs: { start }, content: items.map(li) };
}

/** Task list (checklist) from `[text, checked]` pairs. */
export function tasks(items: ReadonlyArray<readonly [string, boolean]>): DocNode {
  return {
    type: 'taskList',
    content: items.map(([label, checked]) => ({
      type: 'taskItem',
      attrs: { checked },
      content: [p(label)],
    })),
  };
}

const CELL_ATTRS = { colspan: 1, rowspan: 1, colwidth: null } as const;

function cell(type: 'tableHeader' | 'tableCell', value: string): DocNode {
  return { type, attrs: { ...CELL_ATTRS }, content: [p(value)] };
}

/** Table with one header row. Every row must have as many cells as the header. */
export function table(headerRow: string[], rows: string[][]): DocNode {
  rows.forEach((row, index) => {
    if (row.length !== headerRow.length) {
      throw new Error(`Table row ${index + 1} has ${row.length} cells, header has ${headerRow.length}`);
    }
  });
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: headerRow.map((value) => cell('tableHeader', value)) },
      ...rows.map((row) => ({
        type: 'tableRow',
        content: row.map((value) => cell('tableCell', value)),
      })),
    ],
  };
}

export function callout(variant: CalloutVariant, ...blocks: Block[]): DocNode {
  return { type: 'callout', attrs: { variant }, content: blocks.map(toBlock) };
}

export function quote(...blocks: Block[]): DocNode {
  return { type: 'blockquote', content: blocks.map(toBlock) };
}

export function hr(): DocNode {
  return { type: 'horizontalRule' };
}

export function codeBlock(source: string, language: string | null = null): DocNode {
  const node: DocNode = { type: 'codeBlock', attrs: { language } };
  if (source.length > 0) node.content = [text(source)];
  return node;
}
