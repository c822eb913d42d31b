import { findParentNode, mergeAttributes, Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import {
  isProcessStepBranch,
  isProcessStepDocument,
  isValidProcessStepPatch,
  parseJsonList,
  type ProcessStepAttributes,
} from './process-step-attributes';
import { GERMAN_PROCESS_STEP_LABELS, type ProcessStepLabels } from './process-step-labels';
import { processStepSpec } from './process-step-spec';

export interface ProcessStepOptions {
  /**
   * HTML attributes added to every rendered step.
   * @default {}
   */
  HTMLAttributes: Record<string, string>;
  /**
   * Words used in the step's head and branch lines.
   * @default GERMAN_PROCESS_STEP_LABELS
   */
  labels: ProcessStepLabels;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    processStep: {
      /**
       * Change attributes of the step around the selection.
       * Returns false outside a step or for invalid values (e.g. an unsafe document URL).
       * @example editor.commands.updateProcessStep({ responsible: 'Eingangszone' })
       */
      updateProcessStep: (attributes: Partial<ProcessStepAttributes>) => ReturnType;
      /**
       * Add a new step after the step around the selection and put the cursor in it.
       * Returns false outside a step or for invalid values.
       * @example editor.commands.addProcessStepAfter({ title: 'Termin vereinbaren' })
       */
      addProcessStepAfter: (attributes?: Partial<ProcessStepAttributes>) => ReturnType;
    };
  }
}

function textAttribute(name: string, dataName: string) {
  return {
    default: '',
    parseHTML: (element: HTMLElement) => element.getAttribute(dataName) ?? '',
    renderHTML: () => ({}),
    keepOnSplit: name !== 'title',
  };
}

/**
 * One step of a process: title, responsible role or team, legal basis, deadline,
 * documents and branches as attributes, and what to do as rich text.
 * Lives only inside `processSteps`.
 */
export const ProcessStep = Node.create<ProcessStepOptions>({
  name: 'processStep',

  content: 'block+',

  defining: true,

  addOptions() {
    return {
      HTMLAttributes: {},
      labels: GERMAN_PROCESS_STEP_LABELS,
    };
  },

  addAttributes() {
    return {
      title: textAttribute('title', 'data-title'),
      responsible: textAttribute('responsible', 'data-responsible'),
      legalBasis: textAttribute('legalBasis', 'data-legal-basis'),
      deadline: textAttribute('deadline', 'data-deadline'),
      documents: {
        default: [],
        parseHTML: (element) => parseJsonList(element.getAttribute('data-documents'), isProcessStepDocument),
        renderHTML: () => ({}),
      },
      branches: {
        default: [],
        parseHTML: (element) => parseJsonList(element.getAttribute('data-branches'), isProcessStepBranch),
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    // Before listItem, which also matches <li>.
    return [{ tag: 'li[data-type="processStep"]', contentElement: '.process-step__content', priority: 60 }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return processStepSpec(node.attrs, this.options.labels, undefined, (attributes) =>
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, attributes),
    );
  },

  addCommands() {
    const findStep = findParentNode((node) => node.type.name === this.name);
    return {
      updateProcessStep:
        (attributes) =>
        ({ state, tr, dispatch }) => {
          const step = findStep(state.selection);
          if (!step || !isValidProcessStepPatch(attributes)) return false;
          if (dispatch) {
            const patch = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
            tr.setNodeMarkup(step.pos, undefined, { ...step.node.attrs, ...patch });
          }
          return true;
        },
      addProcessStepAfter:
        (attributes) =>
        ({ state, tr, dispatch }) => {
          const step = findStep(state.selection);
          if (!step || !isValidProcessStepPatch(attributes)) return false;
          const paragraph = state.schema.nodes.paragraph?.create();
          const created = state.schema.nodes[this.name]?.createAndFill(attributes ?? {}, paragraph);
          if (!created) return false;
          if (dispatch) {
            const insertAt = step.pos + step.node.nodeSize;
            tr.insert(insertAt, created);
            tr.setSelection(TextSelection.near(tr.doc.resolve(insertAt + 2)));
          }
          return true;
        },
    };
  },
});
