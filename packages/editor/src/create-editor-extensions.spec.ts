// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from './create-editor-extensions';
import { richDocument } from './testing/document-builders';
import { validateDocument } from './validation/validate-document';

describe('createEditorExtensions', () => {
  let editor: Editor | undefined;

  afterEach(() => {
    editor?.destroy();
    editor = undefined;
  });

  it('produces documents that the server accepts', () => {
    editor = new Editor({ extensions: createEditorExtensions(), content: richDocument() });

    expect(validateDocument(editor.getJSON())).toMatchObject({ ok: true });
  });

  it('drops unsafe links and data images when HTML is pasted', () => {
    editor = new Editor({
      extensions: createEditorExtensions(),
      content:
        '<p><a href="javascript:alert(1)">böse</a> <a href="https://a.de">gut</a></p><img src="data:image/png;base64,AA">',
    });
    const json = editor.getJSON();

    expect(validateDocument(json)).toMatchObject({ ok: true });
    expect(JSON.stringify(json)).not.toContain('javascript:');
    expect(JSON.stringify(json)).not.toContain('data:');
    expect(JSON.stringify(json)).toContain('https://a.de');
  });

  it('leaves out undo/redo when collaboration brings its own history', () => {
    const names = (extensions: ReturnType<typeof createEditorExtensions>) => {
      const probe = new Editor({ extensions });
      try {
        return probe.extensionManager.extensions.map((extension) => extension.name);
      } finally {
        probe.destroy();
      }
    };

    expect(names(createEditorExtensions())).toContain('undoRedo');
    expect(names(createEditorExtensions({ undoRedo: false }))).not.toContain('undoRedo');
    expect(names(createEditorExtensions({ placeholder: 'Schreiben …' }))).toContain('placeholder');
  });
});
