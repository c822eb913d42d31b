import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import ProjectTopicsSection from './ProjectTopicsSection.vue';

interface Topic {
  __typename: 'ProjectTopic';
  id: string;
  name: string;
  slug: string;
  archived: boolean;
}

interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

/** A fake server that keeps the topic list, so writes and the reload after them can be checked. */
async function mountSection() {
  const topics: Topic[] = [
    { __typename: 'ProjectTopic', id: 't1', name: 'Leitsystem', slug: 'leitsystem', archived: false },
    { __typename: 'ProjectTopic', id: 't2', name: 'Alt', slug: 'alt', archived: true },
  ];
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as SentRequest;
      sent.push(request);
      const vars = request.variables as { id?: string; name?: string; archived?: boolean; input?: { name: string } };
      let data: Record<string, unknown> = { projectTopics: topics };
      if (request.operationName === 'CreateProjectTopic') {
        const topic: Topic = {
          __typename: 'ProjectTopic',
          id: `t${topics.length + 1}`,
          name: vars.input?.name ?? '',
          slug: 'neu',
          archived: false,
        };
        topics.push(topic);
        data = { createProjectTopic: topic };
      } else if (request.operationName !== 'AdminProjectTopics') {
        const topic = topics.find((t) => t.id === vars.id);
        if (topic && vars.name !== undefined) topic.name = vars.name;
        if (topic && vars.archived !== undefined) topic.archived = vars.archived;
        data = {
          [request.operationName === 'RenameProjectTopic' ? 'updateProjectTopic' : 'archiveProjectTopic']: topic,
        };
      }
      return Promise.resolve(
        new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  const wrapper = mount(ProjectTopicsSection, {
    attachTo: document.body,
    global: { plugins: [createAppI18n('de'), [urql, createGraphqlClient({ url: 'http://localhost/graphql' })]] },
  });
  await flushPromises();
  return { wrapper, sent };
}

const rows = (wrapper: Awaited<ReturnType<typeof mountSection>>['wrapper']) =>
  wrapper.findAll('tbody tr').map((row) =>
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

describe('ProjectTopicsSection', () => {
  it('lists active topics first and shows the state as text', async () => {
    const { wrapper } = await mountSection();
    expect(rows(wrapper)).toEqual([
      ['Leitsystem', 'leitsystem', 'Aktiv'],
      ['Alt', 'alt', 'Archiviert'],
    ]);
  });

  it('creates a topic and confirms', async () => {
    const { wrapper, sent } = await mountSection();
    const form = wrapper.findAll('form').at(-1);
    await form?.get('input').setValue('Leichte Sprache');
    await form?.trigger('submit');
    await flushPromises();
    expect(sent.find((r) => r.operationName === 'CreateProjectTopic')?.variables).toEqual({
      input: { name: 'Leichte Sprache' },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('„Leichte Sprache“ wurde angelegt.');
    expect(rows(wrapper).map((row) => row[0])).toContain('Leichte Sprache');
  });

  it('renames in place and returns focus to the rename button', async () => {
    const { wrapper, sent } = await mountSection();
    await wrapper.get('button[aria-label="„Leitsystem“ umbenennen"]').trigger('click');
    const input = wrapper.get('input[id$="-rename-input"]');
    expect(document.activeElement).toBe(input.element);
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Neuer Name für „Leitsystem“');
    await input.setValue('Kundenleitsystem');
    await wrapper.get('form.rename-form').trigger('submit');
    await flushPromises();
    expect(sent.find((r) => r.operationName === 'RenameProjectTopic')?.variables).toEqual({
      id: 't1',
      name: 'Kundenleitsystem',
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Das Thema heißt jetzt „Kundenleitsystem“.');
    expect(document.activeElement).toBe(wrapper.get('button[aria-label="„Kundenleitsystem“ umbenennen"]').element);
  });

  it('archives and restores', async () => {
    const { wrapper, sent } = await mountSection();
    await wrapper.get('button[aria-label="„Leitsystem“ archivieren"]').trigger('click');
    await flushPromises();
    expect(sent.find((r) => r.operationName === 'ArchiveProjectTopic')?.variables).toEqual({
      id: 't1',
      archived: true,
    });
    expect(wrapper.get('[role="status"]').text()).toBe('„Leitsystem“ wurde archiviert.');
    expect(rows(wrapper)).toEqual([
      ['Alt', 'alt', 'Archiviert'],
      ['Leitsystem', 'leitsystem', 'Archiviert'],
    ]);
    await wrapper.get('button[aria-label="„Alt“ wiederherstellen"]').trigger('click');
    await flushPromises();
    expect(sent.at(-2)?.variables).toEqual({ id: 't2', archived: false });
  });
});
