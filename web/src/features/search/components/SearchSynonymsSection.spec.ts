import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import SearchSynonymsSection from './SearchSynonymsSection.vue';

interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

/** A fake server that keeps the groups it was given, so saving and reloading can be checked. */
async function mountSection(initial: string[][]) {
  let stored = initial;
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as SentRequest;
      sent.push(request);
      if (request.operationName === 'SetSearchSynonyms') stored = request.variables.groups as string[][];
      const data =
        request.operationName === 'SetSearchSynonyms' ? { setSearchSynonyms: stored } : { searchSynonyms: stored };
      return Promise.resolve(
        new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  const wrapper = mount(SearchSynonymsSection, {
    attachTo: document.body,
    global: { plugins: [createAppI18n('de'), [urql, createGraphqlClient({ url: 'http://localhost/graphql' })]] },
  });
  await flushPromises();
  return { wrapper, sent };
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('SearchSynonymsSection', () => {
  it('shows each group as a labelled row of comma-separated terms', async () => {
    const { wrapper } = await mountSection([['gE', 'Jobcenter']]);
    const input = wrapper.get('input');
    expect((input.element as HTMLInputElement).value).toBe('gE, Jobcenter');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Gruppe 1');
  });

  it('saves added groups and confirms', async () => {
    const { wrapper, sent } = await mountSection([['gE', 'Jobcenter']]);
    await wrapper.get('button[type="button"]:not([aria-label])').trigger('click');
    await wrapper.findAll('input')[1]?.setValue('BAMF, Bundesamt für Migration und Flüchtlinge');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)).toMatchObject({
      operationName: 'SetSearchSynonyms',
      variables: {
        groups: [
          ['gE', 'Jobcenter'],
          ['BAMF', 'Bundesamt für Migration und Flüchtlinge'],
        ],
      },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('2 Synonymgruppen gespeichert.');
  });

  it('points at a group with one term instead of sending it', async () => {
    const { wrapper, sent } = await mountSection([]);
    await wrapper.get('button[type="button"]').trigger('click');
    await wrapper.get('input').setValue('gE');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.map((request) => request.operationName)).toEqual(['SearchSynonyms']);
    const input = wrapper.get('input');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${input.attributes('aria-describedby')}`).text()).toContain('mindestens zwei');
    expect(document.activeElement).toBe(input.element);
  });

  it('removes a group', async () => {
    const { wrapper, sent } = await mountSection([
      ['gE', 'Jobcenter'],
      ['BAMF', 'Bundesamt'],
    ]);
    await wrapper.get('button[aria-label="Gruppe 1 entfernen"]').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)?.variables).toEqual({ groups: [['BAMF', 'Bundesamt']] });
  });
});
