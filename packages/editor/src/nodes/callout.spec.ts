// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../create-editor-extensions';
import { doc, paragraph } from '../testing/document-builders';
import { normalizeCalloutVariant } from './callout';

describe('Callout', () => {
  let editor: Editor;

  // The editor keeps a trailing empty paragraph after a callout (StarterKit's TrailingNode),
  // so these tests look at the first block only.
  beforeEach(() => {
    editor = new Editor({ extensions: createEditorExtensions(), content: doc(paragraph('Frist beachten')) });
  });

  afterEach(() => {
    editor.destroy();
  });

  it('wraps the selection in an info callout by default', () => {
    expect(editor.commands.setCallout()).toBe(true);

    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'callout',
      attrs: { variant: 'info' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Frist beachten' }] }],
    });
    expect(editor.getHTML()).toContain(
      '<aside class="callout callout--info" data-callout="info" role="note"><p>Frist beachten</p></aside>',
    );
  });

  it('uses the given variant', () => {
    expect(editor.commands.setCallout({ variant: 'warning' })).toBe(true);

    expect(editor.getJSON().content?.[0]?.attrs).toEqual({ variant: 'warning' });
    expect(editor.getHTML()).toContain('class="callout callout--warning" data-callout="warning"');
  });

  it('returns false and leaves the document alone for an unknown variant', () => {
    const before = editor.getJSON();

    expect(editor.commands.setCallout({ variant: 'danger' as 'info' })).toBe(false);
    expect(editor.commands.toggleCallout({ variant: 'danger' as 'info' })).toBe(false);
    expect(editor.getJSON()).toEqual(before);
  });

  it('toggles a callout on and off', () => {
    expect(editor.commands.toggleCallout({ variant: 'note' })).toBe(true);
    expect(editor.isActive('callout', { variant: 'note' })).toBe(true);

    expect(editor.commands.toggleCallout({ variant: 'note' })).toBe(true);
    expect(editor.isActive('callout')).toBe(false);
    expect(editor.getJSON().content?.[0]?.type).toBe('paragraph');
  });

  it('lifts the content out with unsetCallout', () => {
    editor.commands.setCallout({ variant: 'success' });

    expect(editor.commands.unsetCallout()).toBe(true);
    expect(editor.isActive('callout')).toBe(false);
    expect(editor.getJSON().content?.[0]).toEqual(paragraph('Frist beachten'));
  });

  it('parses callouts from HTML and falls back to info for unknown variants', () => {
    editor.commands.setContent(
      '<aside data-callout="success"><p>Gut</p></aside><aside data-callout="evil"><p>Böse</p></aside>',
    );

    const callouts = editor.getJSON().content?.filter((node) => node.type === 'callout');
    expect(callouts?.map((node): unknown => node.attrs?.variant)).toEqual(['success', 'info']);
  });
});

describe('normalizeCalloutVariant', () => {
  it('keeps known variants and maps everything else to info', () => {
    expect(normalizeCalloutVariant('warning')).toBe('warning');
    expect(normalizeCalloutVariant('WARNING')).toBe('info');
    expect(normalizeCalloutVariant(null)).toBe('info');
  });
});
