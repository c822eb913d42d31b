import type { DOMOutputSpec, Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isSafeImageSrc } from '../urls/is-safe-image-src';
import { isSafeLinkHref } from '../urls/is-safe-link-href';

/** Every rendered link gets these: no opener access, no referrer, no SEO credit for user links. */
export const LINK_REL = 'noopener noreferrer nofollow';

export function headingSpec(node: ProseMirrorNode, anchor: string): DOMOutputSpec {
  return [`h${Number(node.attrs.level)}`, { id: anchor }, 0];
}

export function linkSpec(mark: Mark): DOMOutputSpec {
  const href: unknown = mark.attrs.href;
  return [
    'a',
    {
      href: isSafeLinkHref(href) ? href : null,
      target: mark.attrs.target === '_blank' ? '_blank' : null,
      rel: LINK_REL,
      title: mark.attrs.title as string | null,
    },
    0,
  ];
}

/** Images with an unsafe source are dropped (`null`). */
export function imageSpec(node: ProseMirrorNode): DOMOutputSpec | null {
  const src: unknown = node.attrs.src;
  if (!isSafeImageSrc(src)) return null;
  return [
    'img',
    { src, alt: (node.attrs.alt as string | null) ?? '', title: node.attrs.title as string | null, loading: 'lazy' },
  ];
}

export function taskItemSpec(node: ProseMirrorNode): DOMOutputSpec {
  const checked = node.attrs.checked === true;
  return [
    'li',
    { 'data-type': 'taskItem', 'data-checked': String(checked) },
    ['label', ['input', { type: 'checkbox', checked: checked ? 'checked' : null, disabled: 'disabled' }], ['span']],
    ['div', 0],
  ];
}

export function isHeaderRow(row: ProseMirrorNode): boolean {
  let allHeaders = row.childCount > 0;
  row.forEach((cell) => {
    if (cell.type.name !== 'tableHeader') allHeaders = false;
  });
  return allHeaders;
}

function cellAttributes(cell: ProseMirrorNode): Record<string, unknown> {
  const span = (value: unknown) => (typeof value === 'number' && value > 1 ? value : null);
  return {
    colspan: span(cell.attrs.colspan),
    rowspan: span(cell.attrs.rowspan),
    style: cell.attrs.align ? `text-align: ${String(cell.attrs.align)}` : null,
  };
}

export function tableCellSpec(cell: ProseMirrorNode): DOMOutputSpec {
  return ['td', cellAttributes(cell), 0];
}

/** Header cells name their column in a header row and their row elsewhere. */
export function tableHeaderSpec(cell: ProseMirrorNode, row: ProseMirrorNode): DOMOutputSpec {
  return ['th', { scope: isHeaderRow(row) ? 'col' : 'row', ...cellAttributes(cell) }, 0];
}
