import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { VueNodeViewRenderer } from '@tiptap/vue-3';
import { COLLABORATION_FIELD, ContactCard, createEditorExtensions } from '@wissensnetz/editor';
import type * as Y from 'yjs';
import { EasyLanguage, type EasyLanguageOptions } from '@/features/easy-language/EasyLanguageExtension';
import ContactCardNodeView from '@/features/directory/contact-card/ContactCardNodeView.vue';
import { renderCollaborationCaret } from './renderCollaborationCaret';

export interface WebEditorCollaboration {
  /** The shared document; its 'default' fragment holds the article body. */
  document: Y.Doc;
  /** The connection that shares carets and presence (awareness). */
  provider: HocuspocusProvider;
  /** Shown on this user's caret for the others. */
  user: { id: string; name: string; color: string };
}

export interface WebEditorExtensionOptions {
  /** Text shown while the document is empty. */
  placeholder?: string;
  /**
   * Edit the shared Y.Doc together with others. Replaces the local undo history with
   * the collaboration-aware one (the `undo`/`redo` commands then come from Collaboration).
   */
  collaboration?: WebEditorCollaboration;
  /** Leichte Sprache underlines (decorations only; off until switched on). Tests inject a synchronous checker. */
  easyLanguage?: Partial<EasyLanguageOptions>;
}

/**
 * The shared headless list plus web-only UI bits. Never add schema-changing
 * extensions here: the schema parity spec guards that.
 */
/** The shared contact card with the live card as its node view (same schema, parity spec). */
const ContactCardWithView = ContactCard.extend({
  addNodeView() {
    return VueNodeViewRenderer(ContactCardNodeView);
  },
});

export function createWebEditorExtensions(options: WebEditorExtensionOptions = {}): Extensions {
  const { collaboration } = options;
  const shared = [
    ...createEditorExtensions({ placeholder: options.placeholder, undoRedo: !collaboration }).map((extension) =>
      extension.name === ContactCard.name ? ContactCardWithView : extension,
    ),
    EasyLanguage.configure(options.easyLanguage),
  ];
  if (!collaboration) return shared;
  return [
    ...shared,
    Collaboration.configure({ document: collaboration.document, field: COLLABORATION_FIELD }),
    CollaborationCaret.configure({
      provider: collaboration.provider,
      user: collaboration.user,
      render: renderCollaborationCaret,
    }),
  ];
}
