import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { mountDirectory, type SentRequest } from '../test/mountDirectory';
import ContactCardDialog from './ContactCardDialog.vue';

const ENTRY_ID = '0b6f2c1e-4a57-4c3e-9d0a-5b8f6a1d2e3f';

function answer(request: SentRequest) {
  if (request.operationName !== 'DirectoryContactCardSearch') return { data: null };
  const hit = {
    __typename: 'DirectoryEntry',
    id: ENTRY_ID,
    kind: 'COURSE_PROVIDER',
    name: 'Sprachschule Beispiel gGmbH',
    shortName: 'Sprachschule Beispiel',
    addresses: [{ __typename: 'DirectoryAddress', id: 'a1', city: 'Esslingen am Neckar' }],
  };
  const text = String(request.variables.text);
  const edges = 'sprachschule beispiel'.includes(text.toLowerCase())
    ? [{ __typename: 'DirectoryEntryEdge', node: hit }]
    : [];
  return { data: { directoryEntries: { __typename: 'DirectoryEntryConnection', totalCount: edges.length, edges } } };
}

describe('ContactCardDialog', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('searches the directory while typing and inserts the chosen entry by id', async () => {
    const inserted = ref<string[]>([]);
    const Page = defineComponent({
      render: () =>
        h(ContactCardDialog, { onInsert: (id: string) => inserted.value.push(id), onClose: () => undefined }),
    });
    const { wrapper, sent } = await mountDirectory(Page, 'directory', '/verzeichnis', answer);

    const input = wrapper.get('input[type="search"]');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Eintrag suchen');
    await input.setValue('s');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await flushPromises();
    // One letter is too short to search.
    expect(sent.filter((request) => request.operationName === 'DirectoryContactCardSearch')).toHaveLength(0);

    await input.setValue('Sprachschule');
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe('1 Treffer'));
    const choice = wrapper.get('button[aria-label="Sprachschule Beispiel gGmbH einfügen"]');
    expect(choice.text()).toContain('Kursträger · Esslingen am Neckar');
    await choice.trigger('click');
    expect(inserted.value).toEqual([ENTRY_ID]);

    await input.setValue('Unbekannt');
    await vi.waitFor(() => expect(wrapper.text()).toContain('Keine passenden Einträge.'));
    wrapper.unmount();
  });
});
