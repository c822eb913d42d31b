import type { DOMOutputSpec } from '@tiptap/pm/model';
import { isSafeLinkHref } from '../urls/is-safe-link-href';
import {
  isProcessStepBranchList,
  isProcessStepDocumentList,
  isProcessText,
  type ProcessStepAttributes,
} from './process-step-attributes';
import { branchText, type ProcessStepLabels } from './process-step-labels';

/** Where a step sits when the whole document is rendered; absent inside the editor. */
export interface ProcessStepPosition {
  /** 1-based number of the step in its process. */
  number: number;
  /** Anchor id of a step of the same process by number, e.g. `prozess-1-schritt-3`. */
  anchor: (step: number) => string;
}

const LINK_REL = 'noopener noreferrer nofollow';

/** Attributes as stored, with anything invalid (e.g. from pasted HTML) replaced by its empty value. */
export function readProcessStepAttributes(attrs: Record<string, unknown>): ProcessStepAttributes {
  const textOf = (value: unknown) => (isProcessText(value) ? value : '');
  return {
    title: textOf(attrs.title),
    responsible: textOf(attrs.responsible),
    legalBasis: textOf(attrs.legalBasis),
    deadline: textOf(attrs.deadline),
    documents: isProcessStepDocumentList(attrs.documents) ? attrs.documents : [],
    branches: isProcessStepBranchList(attrs.branches) ? attrs.branches : [],
  };
}

function jsonOrNull(list: readonly unknown[]): string | null {
  return list.length > 0 ? JSON.stringify(list) : null;
}

function nonEmpty(value: string): string | null {
  return value === '' ? null : value;
}

/**
 * The HTML of one process step: a non-editable head (title and a `<dl>` of role,
 * legal basis and deadline), the editable content, then documents and branches.
 * Every attribute is also kept in a `data-*` attribute so pasted HTML parses back.
 */
export function processStepSpec(
  attrs: Record<string, unknown>,
  labels: ProcessStepLabels,
  position?: ProcessStepPosition,
  decorate: (attributes: Record<string, string | null>) => Record<string, unknown> = (attributes) => attributes,
): DOMOutputSpec {
  const step = readProcessStepAttributes(attrs);
  const meta: DOMOutputSpec[] = (
    [
      ['responsible', labels.responsible, step.responsible],
      ['legal-basis', labels.legalBasis, step.legalBasis],
      ['deadline', labels.deadline, step.deadline],
    ] as const
  )
    .filter(([, , value]) => value !== '')
    .map(([name, label, value]) => [
      'div',
      { class: `process-step__meta-item process-step__meta-item--${name}` },
      ['dt', label],
      ['dd', value],
    ]);

  const head: DOMOutputSpec[] = [
    ['span', { class: 'process-step__title' }, step.title === '' ? labels.untitled : step.title],
  ];
  if (meta.length > 0) head.push(['dl', { class: 'process-step__meta' }, ...meta]);

  const tail: DOMOutputSpec[] = [];
  if (step.documents.length > 0) {
    tail.push([
      'ul',
      { class: 'process-step__documents', 'aria-label': labels.documents },
      ...step.documents.map((document): DOMOutputSpec => [
        'li',
        ['a', { href: isSafeLinkHref(document.href) ? document.href : null, rel: LINK_REL }, document.label],
      ]),
    ]);
  }
  if (step.branches.length > 0) {
    tail.push([
      'ul',
      { class: 'process-step__branches' },
      ...step.branches.map((branch): DOMOutputSpec => {
        const label = branchText(labels, branch.condition, branch.targetStep);
        const target = position
          ? [
              'a',
              { href: `#${position.anchor(branch.targetStep)}`, 'data-target-step': String(branch.targetStep) },
              label,
            ]
          : ['span', { 'data-target-step': String(branch.targetStep) }, label];
        return ['li', target];
      }),
    ]);
  }

  return [
    'li',
    decorate({
      class: 'process-step',
      'data-type': 'processStep',
      id: position ? position.anchor(position.number) : null,
      'data-step': position ? String(position.number) : null,
      'data-title': nonEmpty(step.title),
      'data-responsible': nonEmpty(step.responsible),
      'data-legal-basis': nonEmpty(step.legalBasis),
      'data-deadline': nonEmpty(step.deadline),
      'data-documents': jsonOrNull(step.documents),
      'data-branches': jsonOrNull(step.branches),
    }),
    ['div', { class: 'process-step__head', contenteditable: 'false' }, ...head],
    ['div', { class: 'process-step__content' }, 0],
    ...tail,
  ];
}
