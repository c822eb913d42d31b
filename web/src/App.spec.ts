import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import App from './App.vue';
import { installAuthGuard } from './features/auth/installAuthGuard';
import { createGraphqlClient } from './graphql/createGraphqlClient';
import { createAppI18n } from './i18n';
import { routes } from './router/routes';

// A tiny fake server: answers by operation name.
const answers: Record<string, unknown> = {
  Me: { me: null },
  RecentArticles: { articles: { __typename: 'ArticleConnection', edges: [] } },
  Categories: {
    categories: [
      { __typename: 'Category', id: 'c1', slug: 'migration', name: 'Migration', articleCount: 2, children: [] },
    ],
  },
};

async function mountApp(path: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const { operationName } = JSON.parse(init.body as string) as { operationName: string };
      return Promise.resolve(
        new Response(JSON.stringify({ data: answers[operationName] ?? null }), {
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  const client = createGraphqlClient({ url: 'http://localhost/graphql' });
  const router = createRouter({ history: createMemoryHistory(), routes });
  installAuthGuard(router, client);
  await router.push(path);
  const wrapper = mount(App, { global: { plugins: [createAppI18n('de'), router, [urql, client]] } });
  await flushPromises();
  await vi.dynamicImportSettled();
  await flushPromises();
  return { wrapper, router };
}

afterEach(() => vi.unstubAllGlobals());

describe('App shell', () => {
  it('renders the skip link, navigation, main landmark and the start page', async () => {
    const { wrapper } = await mountApp('/');
    expect(document.documentElement.lang).toBe('de');
    expect(wrapper.get('a.skip-link').text()).toBe('Zum Inhalt springen');
    expect(wrapper.get('a.skip-link').attributes('href')).toBe('#main');
    expect(wrapper.get('nav[aria-label="Hauptnavigation"]').text()).toContain('Kategorien');
    expect(wrapper.get('main#main').find('h1').text()).toBe('Willkommen im Wissensnetz');
    expect(wrapper.text()).toContain('Migration');
    expect(wrapper.text()).not.toContain('Verwaltung');
  });

  it('sends anonymous visitors of a protected page to the login page with a return path', async () => {
    const { router } = await mountApp('/konto/passwort');
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.redirect).toBe('/konto/passwort');
  });

  it('shows the 404 page for unknown addresses', async () => {
    const { wrapper } = await mountApp('/gibt-es-nicht');
    expect(wrapper.get('h1').text()).toBe('Seite nicht gefunden');
  });
});
