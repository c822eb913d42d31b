import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import ProgrammePage from './ProgrammePage.vue';

const agency = (id: string, name: string) => ({ __typename: 'Agency', id, name });
const bonn = agency('a-bonn', 'Agentur für Arbeit Bonn');
const koeln = agency('a-koeln', 'Jobcenter Köln');

const programme = {
  __typename: 'Programme',
  id: 'p1',
  slug: 'ikoe-4',
  name: 'Interkulturelle Öffnung 4.0',
  description: '',
  startsOn: '2020-09-01',
  endsOn: '2021-06-30',
  agencies: [bonn, koeln, agency('a-essen', 'Jobcenter Essen')],
  // Deliberately not in date order: the page must sort.
  events: [
    {
      __typename: 'ProgrammeEvent',
      id: 'e-final',
      title: 'Abschlussveranstaltung in Berlin',
      kind: 'FINAL_EVENT',
      startsOn: '2021-06-15',
      endsOn: null,
      place: 'Berlin',
      notes: '',
    },
    {
      __typename: 'ProgrammeEvent',
      id: 'e-kickoff',
      title: 'Auftakt',
      kind: 'KICK_OFF',
      startsOn: '2020-09-15',
      endsOn: null,
      place: 'Nürnberg',
      notes: '',
    },
  ],
};

const milestone = (id: string, title: string, date: string, done: boolean) => ({
  __typename: 'ProjectMilestone',
  id,
  title,
  kind: 'COACHING',
  date,
  done,
});

const project = (id: string, title: string, owner: typeof bonn, milestones: ReturnType<typeof milestone>[]) => ({
  __typename: 'ProjectEdge',
  node: { __typename: 'Project', id, slug: id, title, status: 'IN_PROGRESS', agency: owner, milestones },
});

interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

async function mountPage() {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as SentRequest;
      sent.push(request);
      const data =
        request.operationName === 'ProgrammeBySlug'
          ? { programme }
          : {
              projects: {
                __typename: 'ProjectConnection',
                totalCount: 2,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
                edges: [
                  project('leitsystem', 'Leitsystem', koeln, [
                    milestone('m-k2', 'Zweites Coaching Köln', '2020-11-03', false),
                    milestone('m-k1', 'Erstes Coaching Köln', '2020-09-15', true),
                  ]),
                  project('leichte-sprache', 'Leichte Sprache', bonn, [
                    milestone('m-b1', 'Erstes Coaching Bonn', '2020-09-15', true),
                  ]),
                ],
              },
            };
      return Promise.resolve(
        new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/programme', name: 'programmes', component: { render: () => h('p') } },
      { path: '/programme/:slug', name: 'programme', component: ProgrammePage, props: true },
      { path: '/dienststellen/:id', name: 'agency', component: { render: () => h('p') } },
      { path: '/projekte/:slug', name: 'project', component: { render: () => h('p') } },
    ],
  });
  await router.push('/programme/ikoe-4');
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, {
    attachTo: document.body,
    global: {
      plugins: [createAppI18n('de'), router, [urql, createGraphqlClient({ url: 'http://localhost/graphql' })]],
    },
  });
  await flushPromises();
  return { wrapper, sent };
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ProgrammePage', () => {
  it('shows events and all agencies’ milestones in date order, grouped by month', async () => {
    const { wrapper, sent } = await mountPage();
    expect(sent.find((r) => r.operationName === 'ProgrammeTimelineProjects')?.variables).toMatchObject({
      programmeId: 'p1',
      after: null,
    });
    expect(wrapper.findAll('.timeline h3').map((heading) => heading.text())).toEqual([
      'September 2020',
      'November 2020',
      'Juni 2021',
    ]);
    expect(wrapper.findAll('.timeline li').map((entry) => entry.attributes('data-entry-id'))).toEqual([
      'e-kickoff',
      'm-b1',
      'm-k1',
      'm-k2',
      'e-final',
    ]);
    const first = wrapper.findAll('.timeline li')[1];
    expect(first?.text()).toContain('Meilenstein: Coaching vor Ort');
    expect(first?.text()).toContain('Agentur für Arbeit Bonn');
    expect(first?.text()).toContain('erledigt');
    expect(first?.get('a').attributes('href')).toBe('/projekte/leichte-sprache');
    expect(wrapper.find('[data-entry-id="m-k2"]').text()).toContain('offen');
    expect(wrapper.get('.timeline li time').attributes('datetime')).toBe('2020-09-15');
    expect(document.title).toBe('Interkulturelle Öffnung 4.0 – Wissensnetz');
  });

  it('filters milestones by agency but keeps the programme events', async () => {
    const { wrapper } = await mountPage();
    await wrapper.get('select').setValue('a-koeln');
    expect(wrapper.findAll('.timeline li').map((entry) => entry.attributes('data-entry-id'))).toEqual([
      'e-kickoff',
      'm-k1',
      'm-k2',
      'e-final',
    ]);
    expect(wrapper.get('[role="status"]').text()).toBe('4 Veranstaltungen und Meilensteine');
  });

  it('links the participating agencies to their overview with their project count', async () => {
    const { wrapper } = await mountPage();
    const items = wrapper.findAll('section')[0]?.findAll('li') ?? [];
    expect(items.map((item) => item.text())).toEqual([
      'Agentur für Arbeit Bonn – ein Projekt',
      'Jobcenter Köln – ein Projekt',
      'Jobcenter Essen – kein Projekt',
    ]);
    expect(items[0]?.get('a').attributes('href')).toBe('/dienststellen/a-bonn');
  });
});
