import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { vi } from 'vitest';
import { defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';

export interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

export type Answer = (request: SentRequest) => { data?: unknown; errors?: unknown[] };

const stub = { render: () => h('p', 'stub') };

/** Mounts `component` with props under a router and a GraphQL client whose fetch is answered by `answer`. */
export async function mountWithGraphql(component: Component, props: Record<string, unknown>, answer: Answer) {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as SentRequest;
      sent.push(request);
      return Promise.resolve(
        new Response(JSON.stringify(answer(request)), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  const client = createGraphqlClient({ url: 'http://localhost/graphql' });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'page', component: { render: () => h(component, props) } },
      { path: '/artikel/:slug', name: 'article', component: stub },
    ],
  });
  await router.push('/');
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [createAppI18n('de'), router, [urql, client]] },
  });
  await flushPromises();
  return { wrapper, sent };
}
