import type { JSONContent } from '@tiptap/core';
import { editorSchema } from '../schema/editor-schema';
import { documentToPlainText } from '../text/document-to-plain-text';
import { inlineText } from '../text/inline-text';

/** One readable line of a document for diffing. */
export interface FlatBlock {
  /** Node type name: 'paragraph', 'heading', 'listItem', 'taskItem', 'tableRow', … */
  kind: string;
  text: string;
  /** Equal keys mean "unchanged": kind, text and attributes that change the meaning. */
  key: string;
}

export interface FlattenOptions {
  /**
   * The text a contact card shows in the diff, e.g. the entry's current name. The document
   * stores only the entry id, so callers that can read the directory pass the names here.
   * @default (entryId) => `Kontaktkarte ${entryId}`
   */
  contactCardLabel?: (entryId: string) => string;
}

function isTextblock(node: JSONContent): boolean {
  return node.type !== undefined && (editorSchema.nodes[node.type]?.isTextblock ?? false);
}

function block(kind: string, text: string, detail = ''): FlatBlock {
  return { kind, text, key: `${kind}\u0000${detail}\u0000${text}` };
}

function flattenInto(node: JSONContent, blocks: FlatBlock[], options: FlattenOptions): void {
  const kind = node.type ?? 'unknown';

  if (isTextblock(node)) {
    const detail =
      kind === 'heading' ? String(node.attrs?.level) : kind === 'codeBlock' ? String(node.attrs?.language) : '';
    blocks.push(block(kind, inlineText(node), detail));
    return;
  }

  switch (kind) {
    case 'listItem':
    case 'taskItem': {
      // The item's own text is one block; nested lists follow as their own blocks.
      const children = node.content ?? [];
      const text = children
        .filter(isTextblock)
        .map((child) => inlineText(child))
        .join('\n');
      const prefix = kind === 'taskItem' ? (node.attrs?.checked === true ? '☑ ' : '☐ ') : '';
      blocks.push(block(kind, `${prefix}${text}`));
      for (const child of children) if (!isTextblock(child)) flattenInto(child, blocks, options);
      return;
    }
    case 'tableRow':
      blocks.push(block(kind, documentToPlainText(node)));
      return;
    case 'image':
      blocks.push(block(kind, String(node.attrs?.alt ?? node.attrs?.src ?? ''), String(node.attrs?.src)));
      return;
    case 'processStep': {
      // The step's attributes are one block, so a changed role or deadline shows in the diff.
      const attrs = node.attrs ?? {};
      const documents = Array.isArray(attrs.documents)
        ? (attrs.documents as { label?: unknown; href?: unknown }[])
        : [];
      const branches = Array.isArray(attrs.branches)
        ? (attrs.branches as { condition?: unknown; targetStep?: unknown }[])
        : [];
      const lines = [
        String(attrs.title ?? ''),
        ...(['responsible', 'legalBasis', 'deadline'] as const)
          .filter((name) => typeof attrs[name] === 'string' && attrs[name] !== '')
          .map((name) => `${name}: ${String(attrs[name])}`),
        ...documents.map((document) => `📄 ${String(document.label)} (${String(document.href)})`),
        ...branches.map((branch) => `↪ ${String(branch.condition)} → ${String(branch.targetStep)}`),
      ];
      blocks.push(block(kind, lines.join('\n')));
      for (const child of node.content ?? []) flattenInto(child, blocks, options);
      return;
    }
    case 'contactCard': {
      // Only the reference is stored: the entry id decides "unchanged", the label is what readers see.
      const entryId = String(node.attrs?.entryId).toLowerCase();
      const label = options.contactCardLabel?.(entryId) ?? `Kontaktkarte ${entryId}`;
      blocks.push(block(kind, label, entryId));
      return;
    }
    case 'horizontalRule':
      blocks.push(block(kind, '---'));
      return;
    default:
      for (const child of node.content ?? []) flattenInto(child, blocks, options);
  }
}

/** The document as a list of leaf blocks in reading order (containers such as callouts are looked through). */
export function flattenBlocks(doc: JSONContent, options: FlattenOptions = {}): FlatBlock[] {
  const blocks: FlatBlock[] = [];
  flattenInto(doc, blocks, options);
  return blocks;
}
