import { getSchema } from '@tiptap/core';
import { createEditorExtensions } from '../create-editor-extensions';

/** The ProseMirror schema every stored document must match. */
export const editorSchema = getSchema(createEditorExtensions());
