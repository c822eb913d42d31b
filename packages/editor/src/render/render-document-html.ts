import type { JSONContent } from '@tiptap/core';
import type { DOMOutputSpec, Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { extractHeadings } from '../headings/extract-headings';
import { editorSchema } from '../schema/editor-schema';
import { validateDocument } from '../validation/validate-document';
import { processStepAnchor } from '../nodes/process-step-list';
import { GERMAN_PROCESS_STEP_LABELS } from '../nodes/process-step-labels';
import { processStepSpec } from '../nodes/process-step-spec';
import { escapeHtml } from './escape-html';
import {
  headingSpec,
  imageSpec,
  isHeaderRow,
  linkSpec,
  tableCellSpec,
  tableHeaderSpec,
  taskItemSpec,
} from './html-output-specs';
import { renderOutputSpec, type RenderedSpec } from './render-output-spec';

class HtmlRenderer {
  private headingIndex = 0;
  private processIndex = 0;

  constructor(private readonly anchors: readonly string[]) {}

  renderNode(node: ProseMirrorNode, parent: ProseMirrorNode | null): string {
    if (node.isText) return escapeHtml(node.text ?? '');
    if (node.type.name === 'table') return this.renderTable(node);
    if (node.type.name === 'processSteps') return this.renderProcess(node);

    const spec = this.specFor(node, parent);
    if (spec === null) return '';
    const { before, after } = renderOutputSpec(spec);
    return before + this.renderChildren(node) + after;
  }

  private specFor(node: ProseMirrorNode, parent: ProseMirrorNode | null): DOMOutputSpec | null {
    switch (node.type.name) {
      case 'heading':
        return headingSpec(node, this.anchors[this.headingIndex++] ?? '');
      case 'image':
        return imageSpec(node);
      case 'taskItem':
        return taskItemSpec(node);
      case 'tableCell':
        return tableCellSpec(node);
      case 'tableHeader':
        return tableHeaderSpec(node, parent ?? node);
      default:
        return this.schemaSpec(node);
    }
  }

  private schemaSpec(node: ProseMirrorNode): DOMOutputSpec {
    const toDOM = node.type.spec.toDOM;
    if (!toDOM) throw new TypeError(`Node "${node.type.name}" cannot be rendered to HTML`);
    return toDOM(node);
  }

  private renderMark(mark: Mark): RenderedSpec {
    if (mark.type.name === 'link') return renderOutputSpec(linkSpec(mark));
    const toDOM = mark.type.spec.toDOM;
    if (!toDOM) throw new TypeError(`Mark "${mark.type.name}" cannot be rendered to HTML`);
    return renderOutputSpec(toDOM(mark, true));
  }

  /** A first row of header cells goes into <thead> so screen readers announce column names. */
  private renderTable(table: ProseMirrorNode): string {
    const rows: string[] = [];
    table.forEach((row) => rows.push(this.renderNode(row, table)));
    const first = table.firstChild;
    const head = first && isHeaderRow(first) ? `<thead>${rows.shift() ?? ''}</thead>` : '';
    return `<table>${head}<tbody>${rows.join('')}</tbody></table>`;
  }

  /** Steps get numbered anchors so that branches link to the step they continue with. */
  private renderProcess(process: ProseMirrorNode): string {
    const index = ++this.processIndex;
    const anchor = (step: number) => processStepAnchor(index, step);
    const { before, after } = renderOutputSpec(this.schemaSpec(process));
    let steps = '';
    process.forEach((step, _offset, position) => {
      const spec = processStepSpec(step.attrs, GERMAN_PROCESS_STEP_LABELS, { number: position + 1, anchor });
      const rendered = renderOutputSpec(spec);
      steps += rendered.before + this.renderChildren(step) + rendered.after;
    });
    return before + steps + after;
  }

  /** Children with marks; a mark shared by neighbouring text nodes is opened once. */
  renderChildren(node: ProseMirrorNode): string {
    const open: { mark: Mark; close: string }[] = [];
    let html = '';

    node.forEach((child) => {
      let kept = 0;
      while (kept < open.length && kept < child.marks.length && open[kept]?.mark.eq(child.marks[kept])) kept++;
      while (open.length > kept) html += open.pop()?.close ?? '';
      for (const mark of child.marks.slice(kept)) {
        const { before, after } = this.renderMark(mark);
        html += before;
        open.push({ mark, close: after });
      }
      html += this.renderNode(child, node);
    });

    while (open.length > 0) html += open.pop()?.close ?? '';
    return html;
  }
}

/**
 * Renders a stored document to HTML in plain Node (no DOM needed).
 * The document is validated first; text and attributes are escaped, only safe
 * URLs are kept, links get `rel="noopener noreferrer nofollow"`, headings get
 * the `id` that `extractHeadings` returns as `anchor`.
 * @throws Error when the document is invalid (see `validateDocument`).
 */
export function renderDocumentHtml(doc: JSONContent): string {
  const result = validateDocument(doc);
  if (!result.ok) throw new Error(`Cannot render an invalid document: ${result.error}`);

  const anchors = extractHeadings(result.doc).map((heading) => heading.anchor);
  const root = editorSchema.nodeFromJSON(result.doc);
  return new HtmlRenderer(anchors).renderChildren(root);
}
