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

const directoryRoutes: [string, string][] = [
  ['/verzeichnis', 'directory'],
  ['/verzeichnis/druck', 'directory-print'],
  ['/verzeichnis/neu', 'directory-new'],
  ['/verzeichnis/pruefen', 'directory-reviews'],
  ['/verzeichnis/import', 'directory-import'],
  ['/verzeichnis/pruefintervalle', 'directory-intervals'],
  ['/verzeichnis/:id', 'directory-entry'],
  ['/verzeichnis/:id/bearbeiten', 'directory-edit'],
];

/** Mounts `component` for `routeName` at `path`, with a GraphQL client whose fetch is answered by `answer`. */
export async function mountDirectory(component: Component, routeName: string, path: string, answer: Answer) {
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
  const routes: RouteRecordRaw[] = directoryRoutes.map(([routePath, name]) => ({
    path: routePath,
    name,
    component: name === routeName ? component : stub,
    props: routePath.includes(':id'),
  }));
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
