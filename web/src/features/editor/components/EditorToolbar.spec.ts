import { Editor } from '@tiptap/core';
import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';
import { createWebEditorExtensions } from '../createWebEditorExtensions';
import EditorToolbar from './EditorToolbar.vue';

let editor: Editor;

beforeEach(() => {
  editor = new Editor({ extensions: createWebEditorExtensions(), content: '<p>Hallo Welt</p>' });
});

afterEach(() => editor.destroy());

function mountToolbar() {
  return mount(EditorToolbar, { props: { editor }, global: { plugins: [createAppI18n('de')] } });
}

describe('EditorToolbar', () => {
  it('toggles bold on the selection and reports it with aria-pressed', async () => {
    const wrapper = mountToolbar();
    const bold = wrapper.get('button[aria-label="Fett"]');
    expect(bold.attributes('aria-pressed')).toBe('false');

    editor.commands.selectAll();
    await bold.trigger('click');

    expect(editor.isActive('bold')).toBe(true);
    expect(editor.getHTML()).toContain('<strong>Hallo Welt</strong>');
    expect(wrapper.get('button[aria-label="Fett"]').attributes('aria-pressed')).toBe('true');

    await wrapper.get('button[aria-label="Fett"]').trigger('click');
    expect(editor.isActive('bold')).toBe(false);
  });

  it('inserts a table and enables the table commands', async () => {
    const wrapper = mountToolbar();
    expect(wrapper.get('button[aria-label="Zeile einfügen"]').attributes('disabled')).toBeDefined();
    await wrapper.get('button[aria-label="Tabelle einfügen"]').trigger('click');
    expect(editor.getJSON().content?.some((node) => node.type === 'table')).toBe(true);
    expect(wrapper.get('button[aria-label="Zeile einfügen"]').attributes('disabled')).toBeUndefined();
  });

  it('is a labelled toolbar with a single tab stop', () => {
    const wrapper = mountToolbar();
    const toolbar = wrapper.get('[role="toolbar"]');
    expect(toolbar.attributes('aria-label')).toBe('Textformatierung');
    const tabStops = wrapper.findAll('button, select').filter((el) => el.attributes('tabindex') === '0');
    expect(tabStops).toHaveLength(1);
    expect(wrapper.find('button[aria-label="Überschrift 2"]').exists()).toBe(true);
  });

  it('sets headings and callouts', async () => {
    const wrapper = mountToolbar();
    await wrapper.get('button[aria-label="Überschrift 2"]').trigger('click');
    expect(editor.isActive('heading', { level: 2 })).toBe(true);
    expect(wrapper.get('button[aria-label="Überschrift 2"]').attributes('aria-pressed')).toBe('true');
    await wrapper.get('button[aria-label="Absatz"]').trigger('click');
    await wrapper.get('select[aria-label="Art der Hinweisbox"]').setValue('warning');
    await wrapper.get('button[aria-label="Hinweisbox"]').trigger('click');
    expect(editor.getJSON().content?.[0]).toMatchObject({ type: 'callout', attrs: { variant: 'warning' } });
  });
});
