import type { Extensions } from '@tiptap/core';
import { Image } from '@tiptap/extension-image';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import { StarterKit } from '@tiptap/starter-kit';
import { Callout } from './nodes/callout';
import { ContactCard } from './nodes/contact-card';
import { ProcessStep } from './nodes/process-step';
import { ProcessSteps } from './nodes/process-steps';
import { isSafeLinkHref } from './urls/is-safe-link-href';

export const HEADING_LEVELS = [1, 2, 3, 4] as const;

export interface EditorExtensionOptions {
  /**
   * Keep Tiptap's own undo/redo history. Turn it off when collaboration
   * (Yjs) brings its own history.
   * @default true
   */
  undoRedo?: boolean;
  /**
   * Text shown in an empty editor. No placeholder extension is added when omitted.
   * @default undefined
   */
  placeholder?: string;
}

/** Only src, alt and title are stored: sizes are left to the stylesheet. */
const UrlImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: null },
      title: { default: null },
    };
  },
}).configure({ inline: false, allowBase64: false });

/**
 * The one headless extension list of the Wissensnetz editor.
 * The web app adds Vue node views on top; the server builds its schema from it.
 */
export function createEditorExtensions(options: EditorExtensionOptions = {}): Extensions {
  const extensions: Extensions = [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeLinkHref(url),
        shouldAutoLink: (url) => isSafeLinkHref(url),
      },
      undoRedo: options.undoRedo === false ? false : {},
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    TableKit.configure({ table: { resizable: false } }),
    UrlImage,
    Callout,
    ProcessSteps,
    ProcessStep,
    ContactCard,
  ];

  if (options.placeholder !== undefined) {
    extensions.push(Placeholder.configure({ placeholder: options.placeholder }));
  }

  return extensions;
}
