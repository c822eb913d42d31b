import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import AgencyPage from './AgencyPage.vue';

const member = (id: string, fields: Record<string, unknown>) => ({
  __typename: 'ProjectMember',
  id,
  userId: null,
  externalName: null,
  externalRole: '',
  function: 'OTHER',
  ...fields,
});

function projectPage(after: unknown) {
  const node = (id: string, title: string, extra: Record<string, unknown>) => ({
    __typename: 'Project',
    id,
    slug: id,
    title,
    programme: null,
    members: [],
    milestones: [],
    coachingProgress: { __typename: 'CoachingProgress', done: 0, planned: 0 },
    ...extra,
  });
  const first = node('leitsystem', 'Kundenleitsystem', {
    status: 'IN_PROGRESS',
    programme: { __typename: 'Programme', id: 'p1', slug: 'ikoe-4', name: 'IKÖ 4.0' },
    coachingProgress: { __typename: 'CoachingProgress', done: 3, planned: 6 },
    milestones: [true, true, true, false, false, false].map((done, index) => ({
      __typename: 'ProjectMilestone',
      id: `m${index}`,
      done,
    })),
    members: [
      member('t1', { userId: 'u1', displayName: 'Petra Schulz', function: 'IKB' }),
      member('t2', { externalName: 'Ali Demir', displayName: 'Ali Demir', externalRole: 'Migrantenverein' }),
    ],
  });
  const second = node('leichte-sprache', 'Leichte Sprache', {
    status: 'COMPLETED',
    members: [member('t3', { userId: 'u1', displayName: 'Petra Schulz', function: 'BCA' })],
    milestones: [{ __typename: 'ProjectMilestone', id: 'm9', done: true }],
  });
  return {
    __typename: 'ProjectConnection',
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo', hasNextPage: after === null, endCursor: after === null ? 'c1' : 'c2' },
    edges: [{ __typename: 'ProjectEdge', node: after === null ? first : second }],
  };
}

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
        request.operationName === 'AgencyOverview'
          ? {
              agencies: [
                { __typename: 'Agency', id: 'a1', name: 'Jobcenter Köln', kind: 'JOBCENTER', region: 'NRW' },
                { __typename: 'Agency', id: 'a2', name: 'Jobcenter Bonn', kind: 'JOBCENTER', region: 'NRW' },
              ],
              programmes: [
                {
                  __typename: 'Programme',
                  id: 'p1',
                  slug: 'ikoe-4',
                  name: 'IKÖ 4.0',
                  startsOn: '2020-09-01',
                  endsOn: '2021-06-30',
                  agencies: [{ __typename: 'Agency', id: 'a1' }],
                },
                {
                  __typename: 'Programme',
                  id: 'p2',
                  slug: 'ikoe-5',
                  name: 'IKÖ 5.0',
                  startsOn: '2022-09-01',
                  endsOn: '2023-06-30',
                  agencies: [{ __typename: 'Agency', id: 'a2' }],
                },
              ],
            }
          : { projects: projectPage(request.variables.after ?? null) };
      return Promise.resolve(
        new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/dienststellen/:id', name: 'agency', component: AgencyPage, props: true },
      { path: '/programme/:slug', name: 'programme', component: { render: () => h('p') } },
      { path: '/projekte/:slug', name: 'project', component: { render: () => h('p') } },
    ],
  });
  await router.push('/dienststellen/a1');
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

describe('AgencyPage', () => {
  it('shows the agency’s programmes, its projects with status text and coaching progress', async () => {
    const { wrapper, sent } = await mountPage();
    expect(wrapper.get('h1').text()).toBe('Jobcenter Köln');
    expect(sent.find((r) => r.operationName === 'AgencyOverviewProjects')?.variables).toMatchObject({
      agencyId: 'a1',
      after: null,
    });
    const programmes = wrapper.findAll('section')[0]?.findAll('li') ?? [];
    expect(programmes.map((li) => li.get('a').text())).toEqual(['IKÖ 4.0']);
    const table = wrapper.findAll('table')[0];
    expect(table?.get('caption').text()).toBe('Projekte');
    const cells = table
      ?.findAll('tbody tr')[0]
      ?.findAll('th, td')
      .map((cell) => cell.text());
    expect(cells).toEqual([
      'Kundenleitsystem',
      'IKÖ 4.0',
      'In Arbeit',
      '3 von 6 Coachings erledigt',
      '3 von 6 Meilensteinen erledigt',
    ]);
    expect(wrapper.get('[role="status"]').text()).toBe('1 von 2 Projekten angezeigt');
  });

  it('loads more projects and merges the team across projects', async () => {
    const { wrapper, sent } = await mountPage();
    const more = wrapper.findAll('button').find((button) => button.text() === 'Mehr laden');
    await more?.trigger('click');
    await flushPromises();
    expect(sent.filter((r) => r.operationName === 'AgencyOverviewProjects').at(-1)?.variables).toMatchObject({
      after: 'c1',
    });
    expect(wrapper.findAll('table')[0]?.findAll('tbody tr')).toHaveLength(2);
    expect(wrapper.text()).toContain('Fortschritt aller angezeigten Projekte: 4 von 7 Meilensteinen erledigt.');
    const team = wrapper
      .findAll('table')[1]
      ?.findAll('tbody tr')
      .map((row) => row.findAll('th, td').map((c) => c.text()));
    expect(team).toEqual([
      ['Ali Demir (extern)', 'Sonstige Funktion, Migrantenverein', 'Kundenleitsystem'],
      [
        'Petra Schulz',
        'Interkulturelle Beauftragte (IKB), Beauftragte für Chancengleichheit am Arbeitsmarkt (BCA)',
        'KundenleitsystemLeichte Sprache',
      ],
    ]);
    expect(wrapper.findAll('button').some((button) => button.text() === 'Mehr laden')).toBe(false);
  });
});
