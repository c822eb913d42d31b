import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type {} from './tiptapCommandTypes';
import { createWebEditorExtensions } from './createWebEditorExtensions';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((fn) => fn()));

function collaborativeEditor(document: Y.Doc) {
  // No server: the provider only carries awareness here.
  const websocketProvider = new HocuspocusProviderWebsocket({ url: 'ws://127.0.0.1:9/collab', autoConnect: false });
  const provider = new HocuspocusProvider({ websocketProvider, name: 'article:1', document });
  const editor = new Editor({
    extensions: createWebEditorExtensions({
      collaboration: { document, provider, user: { id: 'u1', name: 'Anna', color: '#1d4ed8' } },
    }),
  });
  cleanup.push(() => {
    editor.destroy();
    provider.destroy();
    websocketProvider.destroy();
  });
  return { editor, provider };
}

describe('collaborative editor', () => {
  it('writes the body into the shared document that other replicas receive', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
    b.on('update', (update: Uint8Array) => Y.applyUpdate(a, update));
    const first = collaborativeEditor(a).editor;
    const second = collaborativeEditor(b).editor;

    first.commands.insertContent('Hallo aus Tab A');
    expect(second.getText()).toContain('Hallo aus Tab A');
  });

  it('undoes with the collaboration-aware history and publishes the user for carets', () => {
    const { editor, provider } = collaborativeEditor(new Y.Doc());
    expect(editor.can().undo()).toBe(false);
    editor.commands.insertContent('Tippfehler');
    expect(editor.getText()).toContain('Tippfehler');
    expect(editor.can().undo()).toBe(true);
    editor.commands.undo();
    expect(editor.getText()).not.toContain('Tippfehler');
    expect(editor.commands.redo()).toBe(true);
    expect(editor.getText()).toContain('Tippfehler');
    expect(provider.awareness?.getLocalState()?.user).toMatchObject({ name: 'Anna', color: '#1d4ed8' });
  });
});
