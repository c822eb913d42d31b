import type { JSONContent } from '@tiptap/core';
import type { ProcessStepAttributes } from './process-step-attributes';
import { readProcessStepAttributes } from './process-step-spec';

/** One step as the web's process views need it. */
export interface ListedProcessStep extends ProcessStepAttributes {
  /** 1-based index of the process in the document (a document may hold several). */
  process: number;
  /** 1-based number of the step in its process. */
  number: number;
  /** The id the step gets in `renderDocumentHtml`. */
  anchor: string;
  /** What to do, as plain text. */
  text: string;
}

/**
 * Text of a step's content: blocks on their own lines. Kept free of the schema so
 * that the web's reading views do not load the whole editor.
 */
function contentText(nodes: readonly JSONContent[]): string {
  const lines: string[] = [];
  const visit = (node: JSONContent, line: string[]): void => {
    if (node.type === 'text') line.push(node.text ?? '');
    else if (node.type === 'hardBreak') line.push('\n');
    else if (node.content?.some((child) => child.type === 'text' || child.type === 'hardBreak')) {
      const own: string[] = [];
      node.content.forEach((child) => visit(child, own));
      lines.push(own.join('').trim());
    } else node.content?.forEach((child) => visit(child, line));
  };
  nodes.forEach((node) => visit(node, []));
  return lines.filter((line) => line !== '').join('\n');
}

/** Anchor id of a step in rendered HTML, e.g. `prozess-1-schritt-3`. */
export function processStepAnchor(process: number, step: number): string {
  return `prozess-${process}-schritt-${step}`;
}

/** Every process step of a (validated) document, in reading order. */
export function listProcessSteps(doc: JSONContent): ListedProcessStep[] {
  const steps: ListedProcessStep[] = [];
  let process = 0;

  const visit = (node: JSONContent): void => {
    if (node.type === 'processSteps') {
      process++;
      const current = process;
      (node.content ?? []).forEach((child, index) => {
        if (child.type !== 'processStep') return;
        steps.push({
          ...readProcessStepAttributes(child.attrs ?? {}),
          process: current,
          number: index + 1,
          anchor: processStepAnchor(current, index + 1),
          text: contentText(child.content ?? []),
        });
        (child.content ?? []).forEach(visit);
      });
      return;
    }
    (node.content ?? []).forEach(visit);
  };

  visit(doc);
  return steps;
}
