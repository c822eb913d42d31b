import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import SearchPage from './SearchPage.vue';

const facetValue = (value: string, label: string, count: number) => ({
  __typename: 'SearchFacetValue',
  value,
  label,
  count,
});

function searchResult(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SearchResult',
    totalCount: 2,
    suggestion: null,
    hits: [1, 2].map((index) => ({
      __typename: 'SearchHit',
      id: `ARTICLE:a${index}`,
      kind: 'ARTICLE',
      entityId: `a${index}`,
      url: `/artikel/sprachkurs-${index}`,
      title: `Sprachkurs ${index}`,
      titleHighlighted: `<mark>Sprachkurs</mark> ${index}`,
      snippet: `Der <mark>Sprachkurs</mark> Nummer ${index}`,
      categoryPath: ['Sprache', 'Kurse'],
      language: 'de',
      updatedAt: '2026-03-01T10:00:00.000Z',
    })),
    facets: {
      __typename: 'SearchFacets',
      kind: [facetValue('ARTICLE', 'Artikel', 2)],
      category: [facetValue('c-kurse', 'Kurse', 2), facetValue('c-asyl', 'Asyl', 1)],
      language: [facetValue('de', 'Deutsch', 2)],
      tag: [facetValue('Integration', 'Integration', 1)],
      agency: [],
    },
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cursor-1' },
    ...overrides,
  };
}

interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

async function mountPage(path: string, answers: Record<string, unknown>[] = [searchResult()]) {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as SentRequest;
      sent.push(request);
      const search = answers[Math.min(sent.length - 1, answers.length - 1)];
      return Promise.resolve(
        new Response(JSON.stringify({ data: { search } }), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  const client = createGraphqlClient({ url: 'http://localhost/graphql' });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/suche', name: 'search', component: SearchPage },
      { path: '/artikel/:slug', name: 'article', component: { render: () => h('p', 'Artikel') } },
    ],
  });
  await router.push(path);
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, {
    attachTo: document.body,
    global: { plugins: [createAppI18n('de'), router, [urql, client]] },
  });
  await flushPromises();
  return { wrapper, router, sent };
}

enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('SearchPage', () => {
  it('builds the query variables from the URL', async () => {
    const { wrapper, sent } = await mountPage(
      '/suche?q=Sprachkurs&art=projekt&kategorie=c1&kategorie=c2&sprache=en&schlagwort=Integration&dienststelle=a1&sort=aktualisiert',
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      operationName: 'SearchResults',
      variables: {
        query: 'Sprachkurs',
        filter: {
          kinds: ['PROJECT'],
          categoryIds: ['c1', 'c2'],
          languages: ['en'],
          tags: ['Integration'],
          agencyIds: ['a1'],
        },
        sort: 'UPDATED_DESC',
        first: 20,
        after: null,
      },
    });
    expect((wrapper.get('#search-page-input').element as HTMLInputElement).value).toBe('Sprachkurs');
    expect((wrapper.get('#search-sort').element as HTMLSelectElement).value).toBe('UPDATED_DESC');
    expect(document.title).toBe('Suche: Sprachkurs – Wissensnetz');
  });

  it('sends no filter and relevance sorting for a plain query', async () => {
    const { sent } = await mountPage('/suche?q=Asyl');
    expect(sent[0]?.variables).toMatchObject({ query: 'Asyl', filter: null, sort: 'RELEVANCE', after: null });
  });

  it('does not search without a query and explains what to do', async () => {
    const { wrapper, sent } = await mountPage('/suche');
    expect(sent).toHaveLength(0);
    expect(wrapper.text()).toContain('Geben Sie einen Suchbegriff ein');
    expect(document.title).toBe('Suche – Wissensnetz');
  });

  it('shows the hits with highlighted title, snippet and the total count', async () => {
    const { wrapper } = await mountPage('/suche?q=Sprachkurs');
    const hits = wrapper.findAll('.search-hit');
    expect(hits).toHaveLength(2);
    const link = hits[0].get('h3 a');
    expect(link.attributes('href')).toBe('/artikel/sprachkurs-1');
    expect(link.html()).toContain('<mark>Sprachkurs</mark> 1');
    expect(hits[0].get('.search-hit__snippet').html()).toContain('Der <mark>Sprachkurs</mark> Nummer 1');
    expect(hits[0].get('.search-hit__meta').text()).toContain('Artikel · Sprache › Kurse');
    expect(wrapper.get('.search-results__summary').attributes('role')).toBe('status');
    expect(wrapper.get('.search-results__summary').text()).toBe('2 Treffer für „Sprachkurs“');
  });

  it('renders facets as labelled checkbox groups with counts', async () => {
    const { wrapper } = await mountPage('/suche?q=Sprachkurs');
    const legends = wrapper.findAll('fieldset legend').map((legend) => legend.text());
    expect(legends).toEqual(['Art', 'Kategorie', 'Sprache', 'Schlagwort']);
    const category = wrapper.findAll('fieldset')[1];
    const labels = category.findAll('label').map((label) => label.text());
    expect(labels).toEqual(['Asyl (1)', 'Kurse (2)']);
    for (const checkbox of category.findAll('input[type="checkbox"]')) {
      expect(category.find(`label[for="${checkbox.attributes('id')}"]`).exists()).toBe(true);
    }
  });

  it('writes filters and sorting to the URL and searches again', async () => {
    const { wrapper, router, sent } = await mountPage('/suche?q=Sprachkurs');
    const category = wrapper.findAll('fieldset')[1];
    await category.get('input[value="c-kurse"]').setValue(true);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: 'Sprachkurs', kategorie: ['c-kurse'] });
    expect(sent.at(-1)?.variables).toMatchObject({ filter: { categoryIds: ['c-kurse'] } });

    await wrapper.get('#search-sort').setValue('UPDATED_DESC');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/suche?q=Sprachkurs&kategorie=c-kurse&sort=aktualisiert');
    expect(sent.at(-1)?.variables).toMatchObject({ sort: 'UPDATED_DESC', filter: { categoryIds: ['c-kurse'] } });

    const selected = wrapper.findAll('fieldset')[1].get('input[value="c-kurse"]');
    expect((selected.element as HTMLInputElement).checked).toBe(true);
    await selected.setValue(false);
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/suche?q=Sprachkurs&sort=aktualisiert');
  });

  it('keeps the filters when a new query is submitted', async () => {
    const { wrapper, router } = await mountPage('/suche?q=Sprachkurs&sprache=de');
    await wrapper.get('#search-page-input').setValue('  Integrationskurs ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/suche?q=Integrationskurs&sprache=de');
  });

  it('loads the next page with the cursor and appends it', async () => {
    const first = searchResult({
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'cursor-2' },
    });
    const second = searchResult({
      totalCount: 3,
      hits: [{ ...(first.hits as { id: string }[])[0], id: 'ARTICLE:a3', url: '/artikel/drei' }],
    });
    const { wrapper, sent } = await mountPage('/suche?q=Sprachkurs', [first, second]);
    await wrapper.get('button.search-load-more').trigger('click');
    await flushPromises();
    expect(sent[1]?.variables).toMatchObject({ query: 'Sprachkurs', after: 'cursor-2' });
    expect(wrapper.findAll('.search-hit')).toHaveLength(3);
    expect(wrapper.find('button.search-load-more').exists()).toBe(false);
    expect(document.activeElement?.getAttribute('href')).toBe('/artikel/drei');
  });

  it('helps when nothing is found and offers the suggestion', async () => {
    const empty = searchResult({
      totalCount: 0,
      hits: [],
      suggestion: 'Sprachkurs',
      facets: { __typename: 'SearchFacets', kind: [], category: [], language: [], tag: [], agency: [] },
    });
    const { wrapper, router } = await mountPage('/suche?q=Sprahkurs&sprache=en', [empty, searchResult()]);
    const help = wrapper.get('.search-empty');
    expect(help.text()).toContain('Für „Sprahkurs“ wurde nichts gefunden.');
    expect(help.text()).toContain('Prüfen Sie die Schreibweise.');
    expect(help.text()).toContain('Verwenden Sie weniger oder allgemeinere Wörter.');
    expect(help.text()).toContain('Entfernen Sie Filter');
    expect(wrapper.get('.search-results__summary').text()).toBe('Keine Treffer für „Sprahkurs“');

    const suggestion = wrapper.get('.search-suggestion');
    expect(suggestion.text()).toBe('Meinten Sie: Sprachkurs?');
    expect(suggestion.get('a').attributes('href')).toBe('/suche?q=Sprachkurs&sprache=en');

    // The selected language stays visible (and can be unticked) although the server lists no values.
    expect(wrapper.get('fieldset input[value="en"]').element).toHaveProperty('checked', true);

    await help.get('button').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/suche?q=Sprahkurs');
  });

  it('shows no help text while results exist', async () => {
    const { wrapper } = await mountPage('/suche?q=Sprachkurs');
    expect(wrapper.find('.search-empty').exists()).toBe(false);
    expect(wrapper.find('.search-suggestion').exists()).toBe(false);
  });
});
