import { mergeAttributes, Node } from '@tiptap/core';
import { isValidProcessStepPatch, type ProcessStepAttributes } from './process-step-attributes';

export interface ProcessStepsOptions {
  /**
   * HTML attributes added to every rendered process.
   * @default {}
   */
  HTMLAttributes: Record<string, string>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    processSteps: {
      /**
       * Insert a process with the given steps (one empty step by default).
       * Returns false for invalid step attributes.
       * @example editor.commands.insertProcessSteps([{ title: 'Anliegen klären', responsible: 'Eingangszone' }])
       */
      insertProcessSteps: (steps?: Partial<ProcessStepAttributes>[]) => ReturnType;
    };
  }
}

/**
 * An ordered list of `processStep`s: the steps of a process article.
 * Renders as `<ol class="process-steps" data-type="processSteps">`.
 */
export const ProcessSteps = Node.create<ProcessStepsOptions>({
  name: 'processSteps',

  group: 'block',

  content: 'processStep+',

  defining: true,

  addOptions() {
    return {
      HTMLAttributes: {},
    };
  },

  parseHTML() {
    // Before orderedList, which also matches <ol>.
    return [{ tag: 'ol[data-type="processSteps"]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'ol',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        class: 'process-steps',
        'data-type': 'processSteps',
      }),
      0,
    ];
  },

  addCommands() {
    return {
      insertProcessSteps:
        (steps = [{}]) =>
        ({ commands }) => {
          if (steps.length === 0 || !steps.every((step) => isValidProcessStepPatch(step))) return false;
          return commands.insertContent({
            type: this.name,
            content: steps.map((attrs) => ({
              type: 'processStep',
              attrs: Object.fromEntries(Object.entries(attrs).filter(([, value]) => value !== undefined)),
              content: [{ type: 'paragraph' }],
            })),
          });
        },
    };
  },
});
