import { createEditorExtensions } from '@wissensnetz/editor';
import type { Extensions } from '@tiptap/core';

export interface WebEditorExtensionOptions {
  /** Text shown while the document is empty. */
  placeholder?: string;
}

/**
 * The shared headless list plus web-only UI bits. Never add schema-changing
 * extensions here: the schema parity spec guards that.
 */
export function createWebEditorExtensions(options: WebEditorExtensionOptions = {}): Extensions {
  return createEditorExtensions({ placeholder: options.placeholder });
}
