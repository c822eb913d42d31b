import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { vi } from 'vitest';
import { defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter, RouterView, type RouteRecordRaw } from 'vue-router';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';

export interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

/** Answers one GraphQL request: `data` or `errors`, by operation name. */
export type Answer = (request: SentRequest) => { data?: unknown; errors?: unknown[] };

const stub = { render: () => h('p', 'stub') };

/**
 * Mounts `component` at `path` behind a memory router with the project routes (and stubs for
 * the pages they link to), with a GraphQL client whose fetch is answered by `answer`.
 */
export async function mountWithGraphql(component: Component, path: string, routePath: string, answer: Answer) {
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
  const names: Record<string, string> = {
    '/projekte': 'projects',
    '/projekte/neu': 'project-new',
    '/projekte/:slug': 'project',
    '/projekte/:slug/bearbeiten': 'project-edit',
  };
  const routes: RouteRecordRaw[] = Object.entries(names).map(([p, name]) => ({
    path: p,
    name,
    component: p === routePath ? component : stub,
    props: p.includes(':slug'),
  }));
  routes.push(
    { path: '/artikel/:slug', name: 'article', component: stub },
    { path: '/programme/:slug', name: 'programme', component: stub },
    { path: '/dienststellen/:id', name: 'agency', component: stub },
  );
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(path);
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, {
    attachTo: document.body,
    global: { plugins: [createAppI18n('de'), router, [urql, client]] },
  });
  await flushPromises();
  return { wrapper, router, sent };
}
