import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import HeaderSearch from './HeaderSearch.vue';

interface PendingRequest {
  query: string;
  signal: AbortSignal | null | undefined;
  respond: (titles: string[], totalCount?: number) => void;
}

function hit(title: string, index: number) {
  return {
    __typename: 'SearchHit',
    id: `ARTICLE:${title}-${index}`,
    kind: 'ARTICLE',
    url: `/artikel/${title.toLowerCase()}-${index}`,
    titleHighlighted: `<mark>${title}</mark> ${index}`,
    snippet: `Ein <mark>${title}</mark> für Zugewanderte`,
    categoryPath: ['Sprache', 'Kurse'],
    language: 'de',
  };
}

/** A fetch stub whose answers the test releases explicitly and in any order. */
function stubServer() {
  const requests: PendingRequest[] = [];
  const fetchMock = vi.fn(
    (_url: string, init: RequestInit) =>
      new Promise<Response>((resolve) => {
        const body = JSON.parse(init.body as string) as { variables: { query: string } };
        requests.push({
          query: body.variables.query,
          signal: init.signal,
          respond: (titles, totalCount = titles.length) =>
            resolve(
              new Response(
                JSON.stringify({
                  data: {
                    search: {
                      __typename: 'SearchResult',
                      totalCount,
                      hits: titles.map((title, index) => hit(title, index)),
                    },
                  },
                }),
                { headers: { 'content-type': 'application/json' } },
              ),
            ),
        });
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}

async function mountSearch() {
  const server = stubServer();
  const client = createGraphqlClient({ url: 'http://localhost/graphql' });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'start', component: { template: '<p>Start</p>' } },
      { path: '/suche', name: 'search', component: { template: '<p>Suche</p>' } },
      { path: '/artikel/:slug', name: 'article', component: { template: '<p>Artikel</p>' } },
    ],
  });
  await router.push('/');
  const wrapper = mount(HeaderSearch, {
    attachTo: document.body,
    global: { plugins: [createAppI18n('de'), router, [urql, client]] },
  });
  return { wrapper, router, ...server };
}

async function type(wrapper: VueWrapper, value: string) {
  await wrapper.get('input').setValue(value);
}

async function answer(request: PendingRequest | undefined, titles: string[], totalCount?: number) {
  expect(request).toBeDefined();
  request?.respond(titles, totalCount);
  await flushPromises();
  await flushPromises();
}

const keydown = (wrapper: VueWrapper, key: string) => wrapper.get('input').trigger('keydown', { key });

enableAutoUnmount(afterEach);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('HeaderSearch', () => {
  it('is a labelled combobox that controls a listbox', async () => {
    const { wrapper } = await mountSearch();
    const input = wrapper.get('input');
    expect(input.attributes('role')).toBe('combobox');
    expect(input.attributes('aria-autocomplete')).toBe('list');
    expect(input.attributes('aria-expanded')).toBe('false');
    expect(input.attributes('aria-activedescendant')).toBeUndefined();
    expect(input.attributes('placeholder')).toBe('Suchen … (Strg+K)');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Suche');
    const listbox = wrapper.get(`#${input.attributes('aria-controls')}`);
    expect(listbox.attributes('role')).toBe('listbox');
    expect(listbox.attributes('aria-label')).toBe('Suchvorschläge');
    expect(wrapper.get('form').attributes('role')).toBe('search');
  });

  it('waits for a pause in typing and sends one network-only request', async () => {
    const { wrapper, fetchMock, requests } = await mountSearch();
    await type(wrapper, 'S');
    await vi.advanceTimersByTimeAsync(100);
    await type(wrapper, 'Sp');
    await vi.advanceTimersByTimeAsync(100);
    await type(wrapper, 'Sprach');
    await vi.advanceTimersByTimeAsync(149);
    expect(fetchMock).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(requests[0]?.query).toBe('Sprach');
    const [, init] = fetchMock.mock.calls[0];
    expect(JSON.parse(init.body as string)).toMatchObject({
      operationName: 'SearchSuggestions',
      variables: { query: 'Sprach', first: 8 },
    });
  });

  it('cancels the stale request and never shows its late answer', async () => {
    const { wrapper, requests } = await mountSearch();
    await type(wrapper, 'Spr');
    await vi.advanceTimersByTimeAsync(150);
    await type(wrapper, 'Sprachkurs');
    await vi.advanceTimersByTimeAsync(150);
    expect(requests.map((request) => request.query)).toEqual(['Spr', 'Sprachkurs']);
    expect(requests[0]?.signal?.aborted).toBe(true);

    await answer(requests[1], ['Sprachkurs']);
    await answer(requests[0], ['Sprechstunde', 'Sprungbrett', 'Spruch']);

    const options = wrapper.findAll('[role="option"]');
    expect(options).toHaveLength(2);
    expect(options[0]?.text()).toContain('Sprachkurs 0');
    expect(wrapper.text()).not.toContain('Sprechstunde');
    expect(wrapper.get('[role="status"]').text()).toBe('1 Treffer');
  });

  it('shows at most 8 hits with highlighted title, category path and snippet, plus "all results"', async () => {
    const { wrapper, requests } = await mountSearch();
    await type(wrapper, 'Kurs');
    await vi.advanceTimersByTimeAsync(150);
    await answer(
      requests[0],
      Array.from({ length: 10 }, () => 'Kurs'),
      23,
    );

    const input = wrapper.get('input');
    expect(input.attributes('aria-expanded')).toBe('true');
    const options = wrapper.findAll('[role="option"]');
    expect(options).toHaveLength(9);
    const first = options[0];
    expect(first.get('.search-option__title').html()).toContain('<mark>Kurs</mark> 0');
    expect(first.get('.search-option__title').attributes('lang')).toBe('de');
    expect(first.get('.search-option__path').text()).toBe('Artikel · Sprache › Kurse');
    expect(first.get('.search-option__snippet').html()).toContain('Ein <mark>Kurs</mark> für Zugewanderte');
    const labelIds = first.attributes('aria-labelledby')?.split(' ') ?? [];
    expect(labelIds.map((id) => wrapper.get(`#${id}`).text()).join(' ')).toBe('Kurs 0 Artikel · Sprache › Kurse');
    expect(options[8]?.text()).toBe('Alle Ergebnisse für „Kurs“ anzeigen');
    expect(wrapper.get('[role="status"]').text()).toBe('23 Treffer');
  });

  it('moves through the options with the arrow keys and opens the active hit with Enter', async () => {
    const { wrapper, requests, router } = await mountSearch();
    await type(wrapper, 'Asyl');
    await vi.advanceTimersByTimeAsync(150);
    await answer(requests[0], ['Asyl', 'Asyl']);
    const input = wrapper.get('input');
    const options = () => wrapper.findAll('[role="option"]');

    await keydown(wrapper, 'ArrowDown');
    expect(input.attributes('aria-activedescendant')).toBe(options()[0]?.attributes('id'));
    expect(options()[0]?.attributes('aria-selected')).toBe('true');
    expect(options()[1]?.attributes('aria-selected')).toBe('false');

    await keydown(wrapper, 'ArrowDown');
    await keydown(wrapper, 'ArrowDown');
    expect(input.attributes('aria-activedescendant')).toBe(options()[2]?.attributes('id'));
    await keydown(wrapper, 'ArrowDown');
    expect(input.attributes('aria-activedescendant')).toBe(options()[0]?.attributes('id'));
    await keydown(wrapper, 'ArrowUp');
    expect(input.attributes('aria-activedescendant')).toBe(options()[2]?.attributes('id'));
    await keydown(wrapper, 'ArrowUp');
    expect(input.attributes('aria-activedescendant')).toBe(options()[1]?.attributes('id'));

    await keydown(wrapper, 'Enter');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/artikel/asyl-1');
    expect(input.attributes('aria-expanded')).toBe('false');
    expect((input.element as HTMLInputElement).value).toBe('');
  });

  it('opens the search page from the last option and from Enter without an active option', async () => {
    const { wrapper, requests, router } = await mountSearch();
    await type(wrapper, 'Leichte Sprache');
    await vi.advanceTimersByTimeAsync(150);
    await answer(requests[0], ['Leichte']);
    await keydown(wrapper, 'ArrowUp');
    await keydown(wrapper, 'Enter');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('search');
    expect(router.currentRoute.value.query.q).toBe('Leichte Sprache');

    await router.push('/');
    await type(wrapper, 'Integration');
    await keydown(wrapper, 'Enter');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/suche?q=Integration');
  });

  it('closes the list with Escape, then clears the field with a second Escape', async () => {
    const { wrapper, requests } = await mountSearch();
    await type(wrapper, 'Kita');
    await vi.advanceTimersByTimeAsync(150);
    await answer(requests[0], ['Kita']);
    const input = wrapper.get('input');
    await keydown(wrapper, 'ArrowDown');

    await keydown(wrapper, 'Escape');
    expect(input.attributes('aria-expanded')).toBe('false');
    expect(input.attributes('aria-activedescendant')).toBeUndefined();
    expect((input.element as HTMLInputElement).value).toBe('Kita');

    await keydown(wrapper, 'Escape');
    expect((input.element as HTMLInputElement).value).toBe('');
    expect(wrapper.findAll('[role="option"]')).toHaveLength(0);
  });

  it('opens with Ctrl+K anywhere and with "/" only outside text fields', async () => {
    const { wrapper } = await mountSearch();
    const input = wrapper.get('input').element;
    const outside = document.createElement('textarea');
    document.body.append(outside);

    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    await flushPromises();
    expect(document.activeElement).toBe(input);
    expect(wrapper.get('.header-search').classes()).toContain('header-search--expanded');

    outside.focus();
    const slashInTextarea = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    outside.dispatchEvent(slashInTextarea);
    await flushPromises();
    expect(slashInTextarea.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(outside);

    outside.blur();
    const slash = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    document.body.dispatchEvent(slash);
    await flushPromises();
    expect(slash.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(input);
  });

  it('has a search button for narrow screens that expands the field', async () => {
    const { wrapper } = await mountSearch();
    const toggle = wrapper.get('button.header-search__toggle');
    expect(toggle.text()).toBe('Suche');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(toggle.attributes('aria-controls')).toBe(wrapper.get('form').attributes('id'));
    await toggle.trigger('click');
    await flushPromises();
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(wrapper.get('input').element);

    await keydown(wrapper, 'Escape');
    await flushPromises();
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle.element);
  });
});
