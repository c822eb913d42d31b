import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, type Component } from 'vue';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import { useDirectoryCodeLists } from '../useDirectoryCodeLists';
import DirectoryCodeListsSection from './DirectoryCodeListsSection.vue';

/** Stands in for the entry form: it reads the lists through the cached `directoryCodeLists`. */
const FormOptions = defineComponent(() => {
  const lists = useDirectoryCodeLists();
  return () =>
    h(
      'ul',
      { class: 'form-options' },
      lists.targetGroups.value.map((g) => h('li', g.name)),
    );
});

type List = 'TARGET_GROUP' | 'ORGANISATION_TOPIC';

interface Code {
  __typename: 'DirectoryCode';
  list: List;
  code: string;
  name: string;
  position: number;
  archived: boolean;
}

interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

const code = (list: List, key: string, name: string, position: number, archived = false): Code => ({
  __typename: 'DirectoryCode',
  list,
  code: key,
  name,
  position,
  archived,
});

const graphqlError = (reason: string, code: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message: 'refused', extensions: { code, reason, ...extra } }],
  data: null,
});

/** A fake server that keeps both lists, so writes and the reload after them can be checked. */
async function mountSection(component: Component = DirectoryCodeListsSection) {
  const codes: Code[] = [
    code('TARGET_GROUP', 'SENIORS', 'Ältere Menschen', 1),
    code('TARGET_GROUP', 'WOMEN', 'Frauen', 2),
    code('TARGET_GROUP', 'YOUTH', 'Jugendliche', 3, true),
    code('ORGANISATION_TOPIC', 'CULTURE', 'Kultur', 1),
  ];
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as SentRequest;
      sent.push(request);
      const vars = request.variables as {
        list?: List;
        code?: string;
        input?: { list?: List; name?: string; code?: string; position?: number; archived?: boolean };
      };
      let body: unknown;
      if (request.operationName === 'DirectoryCodeLists') {
        const listItems = (list: List) =>
          codes
            .filter((c) => c.list === list && !c.archived)
            .map((c) => ({ __typename: 'DirectoryListItem', code: c.code, name: c.name }));
        body = {
          data: {
            directoryCodeLists: {
              __typename: 'DirectoryCodeLists',
              languages: [],
              targetGroups: listItems('TARGET_GROUP'),
              organisationTopics: listItems('ORGANISATION_TOPIC'),
            },
          },
        };
      } else if (request.operationName === 'AdminDirectoryCodes') {
        const values = codes.filter((c) => c.list === vars.list).sort((a, b) => a.position - b.position);
        body = { data: { directoryCodes: values } };
      } else if (request.operationName === 'CreateDirectoryCode') {
        const input = vars.input ?? {};
        const key = input.code ?? (input.name ?? '').toUpperCase().replace(/[^A-Z]+/g, '_');
        if (codes.some((c) => c.list === input.list && (c.code === key || c.name === input.name))) {
          body = graphqlError('DIRECTORY_CODE_TAKEN', 'CONFLICT', { existingCode: key });
        } else {
          const created = code(input.list ?? 'TARGET_GROUP', key, input.name ?? '', 99);
          codes.push(created);
          body = { data: { createDirectoryCode: created } };
        }
      } else {
        const value = codes.find((c) => c.list === vars.list && c.code === vars.code);
        if (!value) {
          body = graphqlError('DIRECTORY_CODE_NOT_FOUND', 'NOT_FOUND');
        } else {
          Object.assign(value, vars.input);
          body = { data: { updateDirectoryCode: value } };
        }
      }
      return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
    }),
  );
  const wrapper = mount(component, {
    attachTo: document.body,
    global: { plugins: [createAppI18n('de'), [urql, createGraphqlClient({ url: 'http://localhost/graphql' })]] },
  });
  await flushPromises();
  return { wrapper, sent, codes };
}

type Wrapper = Awaited<ReturnType<typeof mountSection>>['wrapper'];

/** The table of one list, found by its heading. */
const listSection = (wrapper: Wrapper, heading: string) => {
  const section = wrapper.findAll('section section').find((s) => s.get('h3').text() === heading);
  if (!section) throw new Error(`no list ${heading}`);
  return section;
};

const rows = (wrapper: Wrapper, heading = 'Zielgruppen') =>
  listSection(wrapper, heading)
    .findAll('tbody tr')
    .map((row) =>
      row
        .findAll('th, td')
        .slice(0, 3)
        .map((cell) => cell.text()),
    );

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('DirectoryCodeListsSection', () => {
  it('shows one table per list in position order, with code and state', async () => {
    const { wrapper, sent } = await mountSection();
    expect(wrapper.get('h2').text()).toBe('Zielgruppen und Themen im Verzeichnis');
    expect(rows(wrapper)).toEqual([
      ['Ältere Menschen', 'SENIORS', 'Aktiv'],
      ['Frauen', 'WOMEN', 'Aktiv'],
      ['Jugendliche', 'YOUTH', 'Archiviert'],
    ]);
    expect(rows(wrapper, 'Themen der Migrantenorganisationen')).toEqual([['Kultur', 'CULTURE', 'Aktiv']]);
    expect(sent.filter((r) => r.operationName === 'AdminDirectoryCodes').map((r) => r.variables.list)).toEqual([
      'TARGET_GROUP',
      'ORGANISATION_TOPIC',
    ]);
  });

  it('adds a value with an optional code (upper-cased) and confirms', async () => {
    const { wrapper, sent } = await mountSection();
    const form = listSection(wrapper, 'Themen der Migrantenorganisationen').get('form');
    const [name, codeInput] = form.findAll('input');
    expect(form.get(`label[for="${codeInput?.attributes('id')}"]`).text()).toBe('Code (optional)');
    expect(codeInput?.attributes('aria-describedby')).toBeTruthy();
    await name?.setValue('Bildung');
    await codeInput?.setValue('education');
    await form.trigger('submit');
    await flushPromises();
    expect(sent.find((r) => r.operationName === 'CreateDirectoryCode')?.variables).toEqual({
      input: { list: 'ORGANISATION_TOPIC', name: 'Bildung', code: 'EDUCATION' },
    });
    const status = listSection(wrapper, 'Themen der Migrantenorganisationen').get('[role="status"]');
    expect(status.text()).toBe('„Bildung“ wurde mit dem Code EDUCATION hinzugefügt.');
    expect(rows(wrapper, 'Themen der Migrantenorganisationen')).toContainEqual(['Bildung', 'EDUCATION', 'Aktiv']);
    expect(document.activeElement).toBe(name?.element);
    expect((name?.element as HTMLInputElement).value).toBe('');
  });

  it('leaves the code out when none is given', async () => {
    const { wrapper, sent } = await mountSection();
    const form = listSection(wrapper, 'Zielgruppen').get('form');
    await form.get('input').setValue('  Familien ');
    await form.trigger('submit');
    await flushPromises();
    expect(sent.find((r) => r.operationName === 'CreateDirectoryCode')?.variables).toEqual({
      input: { list: 'TARGET_GROUP', name: 'Familien' },
    });
  });

  it('shows the reason when a name or code is taken, and keeps the input', async () => {
    const { wrapper } = await mountSection();
    const section = listSection(wrapper, 'Zielgruppen');
    const form = section.get('form');
    await form.get('input').setValue('Frauen');
    await form.findAll('input')[1]?.setValue('WOMEN');
    await form.trigger('submit');
    await flushPromises();
    expect(section.get('[role="alert"]').text()).toBe(
      'Diesen Namen oder Code gibt es in dieser Liste schon (Code WOMEN).',
    );
    expect((form.get('input').element as HTMLInputElement).value).toBe('Frauen');
    expect(section.get('[role="status"]').text()).toBe('');
  });

  it('renames in place and returns focus to the rename button', async () => {
    const { wrapper, sent } = await mountSection();
    await wrapper.get('button[aria-label="„Frauen“ umbenennen"]').trigger('click');
    const input = wrapper.get('input[id$="-rename-input"]');
    expect(document.activeElement).toBe(input.element);
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Neuer Name für „Frauen“');
    await input.setValue('Frauen und Mädchen');
    await wrapper.get('form.rename-form').trigger('submit');
    await flushPromises();
    expect(sent.find((r) => r.operationName === 'UpdateDirectoryCode')?.variables).toEqual({
      list: 'TARGET_GROUP',
      code: 'WOMEN',
      input: { name: 'Frauen und Mädchen' },
    });
    expect(listSection(wrapper, 'Zielgruppen').get('[role="status"]').text()).toBe(
      'Der Wert heißt jetzt „Frauen und Mädchen“.',
    );
    expect(rows(wrapper)[1]).toEqual(['Frauen und Mädchen', 'WOMEN', 'Aktiv']);
    expect(document.activeElement).toBe(wrapper.get('button[aria-label="„Frauen und Mädchen“ umbenennen"]').element);
  });

  it('archives and restores', async () => {
    const { wrapper, sent } = await mountSection();
    await wrapper.get('button[aria-label="„Ältere Menschen“ archivieren"]').trigger('click');
    await flushPromises();
    expect(sent.find((r) => r.operationName === 'UpdateDirectoryCode')?.variables).toEqual({
      list: 'TARGET_GROUP',
      code: 'SENIORS',
      input: { archived: true },
    });
    expect(listSection(wrapper, 'Zielgruppen').get('[role="status"]').text()).toBe(
      '„Ältere Menschen“ wurde archiviert und wird nicht mehr angeboten.',
    );
    expect(rows(wrapper)[0]).toEqual(['Ältere Menschen', 'SENIORS', 'Archiviert']);
    const restore = wrapper.get('button[aria-label="„Ältere Menschen“ wiederherstellen"]');
    expect(document.activeElement).toBe(restore.element);
    await restore.trigger('click');
    await flushPromises();
    expect(sent.filter((r) => r.operationName === 'UpdateDirectoryCode').at(-1)?.variables).toEqual({
      list: 'TARGET_GROUP',
      code: 'SENIORS',
      input: { archived: false },
    });
    expect(rows(wrapper)[0]).toEqual(['Ältere Menschen', 'SENIORS', 'Aktiv']);
  });

  it('moves a value up by swapping positions, and keeps focus on the moved value', async () => {
    const { wrapper, sent } = await mountSection();
    const up = wrapper.get('button[aria-label="„Ältere Menschen“ nach oben verschieben"]');
    expect(up.attributes('disabled')).toBeDefined();
    await wrapper.get('button[aria-label="„Frauen“ nach oben verschieben"]').trigger('click');
    await flushPromises();
    expect(sent.filter((r) => r.operationName === 'UpdateDirectoryCode').map((r) => r.variables)).toEqual([
      { list: 'TARGET_GROUP', code: 'WOMEN', input: { position: 1 } },
      { list: 'TARGET_GROUP', code: 'SENIORS', input: { position: 2 } },
    ]);
    expect(rows(wrapper).map((row) => row[0])).toEqual(['Frauen', 'Ältere Menschen', 'Jugendliche']);
    expect(listSection(wrapper, 'Zielgruppen').get('[role="status"]').text()).toBe(
      '„Frauen“ steht jetzt an Stelle 1 von 3.',
    );
    // At the top the up button is disabled, so focus goes to its neighbour.
    expect(document.activeElement).toBe(wrapper.get('button[aria-label="„Frauen“ nach unten verschieben"]').element);
  });

  it('explains a value that no longer exists and shows the list as it is now', async () => {
    const { wrapper, codes } = await mountSection();
    codes.splice(
      codes.findIndex((c) => c.code === 'WOMEN'),
      1,
    );
    await wrapper.get('button[aria-label="„Frauen“ archivieren"]').trigger('click');
    await flushPromises();
    expect(listSection(wrapper, 'Zielgruppen').get('[role="alert"]').text()).toBe(
      'Diesen Wert gibt es nicht mehr. Die Liste wurde neu geladen.',
    );
    expect(rows(wrapper).map((row) => row[0])).toEqual(['Ältere Menschen', 'Jugendliche']);
  });

  it('makes forms that read directoryCodeLists show the change without a reload', async () => {
    const page = defineComponent(() => () => h('div', [h(FormOptions), h(DirectoryCodeListsSection)]));
    const { wrapper } = await mountSection(page);
    const options = () => wrapper.findAll('.form-options li').map((li) => li.text());
    expect(options()).toEqual(['Ältere Menschen', 'Frauen']);
    await wrapper.get('button[aria-label="„Frauen“ umbenennen"]').trigger('click');
    await wrapper.get('input[id$="-rename-input"]').setValue('Frauen und Mädchen');
    await wrapper.get('form.rename-form').trigger('submit');
    await flushPromises();
    expect(options()).toEqual(['Ältere Menschen', 'Frauen und Mädchen']);
    await wrapper.get('button[aria-label="„Jugendliche“ wiederherstellen"]').trigger('click');
    await flushPromises();
    expect(options()).toEqual(['Ältere Menschen', 'Frauen und Mädchen', 'Jugendliche']);
  });
});
