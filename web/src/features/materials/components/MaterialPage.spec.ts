import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import MaterialPage from './MaterialPage.vue';

interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

const category = (id: string, slug: string, name: string, children: unknown[] = []) => ({
  __typename: 'Category',
  id,
  slug,
  name,
  articleCount: 1,
  children,
});

async function mountPage(path: string) {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as SentRequest;
      sent.push(request);
      const data =
        request.operationName === 'Categories'
          ? {
              categories: [
                category('c1', 'kundenleitsystem', 'Kundenleitsystem', [
                  category('c2', 'eingangszone', 'Eingangszone'),
                ]),
              ],
            }
          : {
              materials: {
                __typename: 'MaterialPage',
                totalCount: 1,
                availableLanguages: ['ar', 'de'],
                items: [
                  {
                    __typename: 'MaterialItem',
                    article: {
                      __typename: 'Article',
                      id: 'a1',
                      slug: 'piktogramme',
                      title: 'Piktogramme für die Eingangszone',
                      summary: '',
                      tags: [],
                      visibility: 'INTERNAL',
                      category: { __typename: 'Category', id: 'c2', name: 'Eingangszone' },
                    },
                    files: [],
                  },
                ],
              },
            };
      return Promise.resolve(
        new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  const stub = { render: () => h('p', 'stub') };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/material', name: 'materials', component: MaterialPage },
      { path: '/artikel/:slug', name: 'article', component: stub },
    ],
  });
  await router.push(path);
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: {
      plugins: [createAppI18n('de'), router, [urql, createGraphqlClient({ url: 'http://localhost/graphql' })]],
    },
  });
  await flushPromises();
  return { wrapper, router, sent };
}

enableAutoUnmount(afterEach);
afterEach(() => vi.unstubAllGlobals());

describe('MaterialPage', () => {
  it('filters by the URL (topic slug → category id) and writes changed filters back into it', async () => {
    const { wrapper, router, sent } = await mountPage(
      '/material?sprache=ar&fassung=leichte-sprache&thema=eingangszone',
    );
    const materialRequests = () => sent.filter((request) => request.operationName === 'Materials');
    expect(materialRequests()[0]?.variables.filter).toEqual({
      language: 'ar',
      easyLanguage: 'LEICHTE_SPRACHE',
      categoryId: 'c2',
    });
    expect(wrapper.text()).toContain('1 Material gefunden');
    expect(wrapper.find('.material-results a').attributes('href')).toBe('/artikel/piktogramme');

    const selects = wrapper.findAll('select');
    expect(selects[0]?.findAll('option').map((option) => option.text())).toEqual([
      'Alle Sprachen',
      'Deutsch',
      'Arabisch',
    ]);
    await selects[1]?.setValue('EINFACHE_SPRACHE');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({
      sprache: 'ar',
      fassung: 'einfache-sprache',
      thema: 'eingangszone',
    });
    expect(materialRequests().at(-1)?.variables.filter).toMatchObject({ easyLanguage: 'EINFACHE_SPRACHE' });

    await wrapper.find('input[type="text"]').setValue('kita');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query.schlagwort).toBe('kita');

    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Filter entfernen')
      ?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
    expect(materialRequests().at(-1)?.variables.filter).toEqual({});
  });
});
