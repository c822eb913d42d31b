import { mergeAttributes, Node } from '@tiptap/core';

/** The kinds of info box an author can choose from. */
export const CALLOUT_VARIANTS = ['info', 'warning', 'success', 'note'] as const;

export type CalloutVariant = (typeof CALLOUT_VARIANTS)[number];

export interface CalloutAttributes {
  /**
   * The look and meaning of the info box.
   * @default 'info'
   */
  variant?: CalloutVariant;
}

export interface CalloutOptions {
  /**
   * HTML attributes added to every rendered callout.
   * @default {}
   * @example { class: 'prose-callout' }
   */
  HTMLAttributes: Record<string, string>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    callout: {
      /**
       * Wrap the selected blocks in a callout.
       * Returns false for an unknown variant.
       * @example editor.commands.setCallout({ variant: 'warning' })
       */
      setCallout: (attributes?: CalloutAttributes) => ReturnType;
      /**
       * Wrap the selected blocks in a callout, or lift them out of one.
       * Returns false for an unknown variant.
       * @example editor.commands.toggleCallout({ variant: 'note' })
       */
      toggleCallout: (attributes?: CalloutAttributes) => ReturnType;
      /**
       * Lift the selected blocks out of their callout.
       * @example editor.commands.unsetCallout()
       */
      unsetCallout: () => ReturnType;
    };
  }
}

export function isCalloutVariant(value: unknown): value is CalloutVariant {
  return typeof value === 'string' && (CALLOUT_VARIANTS as readonly string[]).includes(value);
}

/** Unknown or missing variants (e.g. from pasted HTML) become 'info'. */
export function normalizeCalloutVariant(value: unknown): CalloutVariant {
  return isCalloutVariant(value) ? value : 'info';
}

/** `undefined` stands for "use the default"; anything else must be a known variant. */
function hasValidVariant(attributes: CalloutAttributes | undefined): boolean {
  return attributes?.variant === undefined || isCalloutVariant(attributes.variant);
}

/**
 * An info box around one or more blocks, e.g. a warning about a deadline.
 * Renders as `<aside class="callout callout--info" data-callout="info" role="note">`.
 */
export const Callout = Node.create<CalloutOptions>({
  name: 'callout',

  group: 'block',

  content: 'block+',

  defining: true,

  addOptions() {
    return {
      HTMLAttributes: {},
    };
  },

  addAttributes() {
    return {
      variant: {
        default: 'info',
        parseHTML: (element) => normalizeCalloutVariant(element.getAttribute('data-callout')),
        renderHTML: (attributes) => ({ 'data-callout': normalizeCalloutVariant(attributes.variant) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'aside[data-callout]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const variant = normalizeCalloutVariant(node.attrs.variant);

    return [
      'aside',
      mergeAttributes(this.options.HTMLAttributes, { class: `callout callout--${variant}` }, HTMLAttributes, {
        role: 'note',
      }),
      0,
    ];
  },

  addCommands() {
    return {
      setCallout:
        (attributes) =>
        ({ commands }) =>
          hasValidVariant(attributes) && commands.wrapIn(this.name, attributes),
      toggleCallout:
        (attributes) =>
        ({ commands }) =>
          hasValidVariant(attributes) && commands.toggleWrap(this.name, attributes),
      unsetCallout:
        () =>
        ({ commands }) =>
          commands.lift(this.name),
    };
  },
});
