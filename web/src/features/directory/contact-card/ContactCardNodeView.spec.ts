import { EditorContent, useEditor } from '@tiptap/vue-3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createWebEditorExtensions } from '@/features/editor/createWebEditorExtensions';
import { mountDirectory, type SentRequest } from '../test/mountDirectory';

const ENTRY_ID = '7d1e9a40-2c3b-4f5e-8a6d-1c2b3a4d5e6f';

function answer(request: SentRequest) {
  if (request.operationName !== 'DirectoryContactCards') return { data: null };
  return {
    data: {
      directoryEntriesByIds: [
        {
          __typename: 'DirectoryEntry',
          id: ENTRY_ID,
          kind: 'MIGRANT_ORGANISATION',
          name: 'Eritreischer Kulturverein Beispiel e. V.',
          shortName: '',
          phone: '0731 000004',
          email: '',
          website: '',
          isOutdated: false,
          addresses: [],
          openingHours: [],
          openingHoursNote: '',
        },
      ],
    },
  };
}

describe('contact card node view', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the live card in the editor while the document keeps only the id', async () => {
    let json: unknown;
    const Page = defineComponent({
      setup() {
        const editor = useEditor({
          extensions: createWebEditorExtensions(),
          content: {
            type: 'doc',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'Partner:' }] },
              { type: 'contactCard', attrs: { entryId: ENTRY_ID } },
            ],
          },
          onCreate: ({ editor: instance }) => (json = instance.getJSON()),
        });
        return () => h(EditorContent, { editor: editor.value });
      },
    });
    const { wrapper } = await mountDirectory(Page, 'directory', '/verzeichnis', answer);
    await vi.waitFor(() => expect(wrapper.find('.ProseMirror article.contact-card').exists()).toBe(true));

    const card = wrapper.get('.ProseMirror .contact-card-node article.contact-card');
    expect(card.attributes('aria-label')).toBe('Kontaktkarte: Eritreischer Kulturverein Beispiel e. V.');
    expect(card.text()).toContain('0731 000004');
    expect(card.text()).toContain('Migrantenorganisation');
    expect(json).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Partner:' }] },
        { type: 'contactCard', attrs: { entryId: ENTRY_ID } },
      ],
    });
    wrapper.unmount();
  });
});
