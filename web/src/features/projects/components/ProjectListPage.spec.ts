import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithGraphql, type SentRequest } from '../test/mountWithGraphql';
import ProjectListPage from './ProjectListPage.vue';

const options = {
  agencies: [
    { __typename: 'Agency', id: 'a1', name: 'Agentur für Arbeit Nürnberg' },
    { __typename: 'Agency', id: 'a2', name: 'Jobcenter Fürth' },
  ],
  programmes: [{ __typename: 'Programme', id: 'p1', slug: 'iko-4', name: 'Interkulturelle Öffnung 4.0' }],
  projectTopics: [{ __typename: 'ProjectTopic', id: 't1', name: 'Leitsystem' }],
};

function project(index: number) {
  return {
    __typename: 'Project',
    id: `project-${index}`,
    slug: `projekt-${index}`,
    title: `Projekt ${index}`,
    status: 'IN_PROGRESS',
    visibility: 'INTERNAL',
    publishedAt: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    agency: options.agencies[0],
    programme: options.programmes[0],
    topic: options.projectTopics[0],
    coachingProgress: { __typename: 'CoachingProgress', done: 3, planned: 6 },
  };
}

function page(indexes: number[], hasNextPage: boolean, endCursor: string) {
  return {
    projects: {
      __typename: 'ProjectConnection',
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: indexes.map((index) => ({ __typename: 'ProjectEdge', cursor: `c${index}`, node: project(index) })),
    },
  };
}

function answer(request: SentRequest) {
  if (request.operationName === 'ProjectFilterOptions') return { data: options };
  return { data: request.variables.after ? page([3], false, 'c3') : page([1, 2], true, 'c2') };
}

const mountList = (path: string) => mountWithGraphql(ProjectListPage, path, '/projekte', answer);
const projectQueries = (sent: SentRequest[]) => sent.filter((request) => request.operationName === 'Projects');

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ProjectListPage', () => {
  it('builds the filter from a bookmarked URL and shows it in the controls', async () => {
    const { wrapper, sent } = await mountList(
      '/projekte?q=Leitsystem&dienststelle=a2&status=in-arbeit&status=pausiert&thema=t1',
    );
    expect(projectQueries(sent)).toHaveLength(1);
    expect(projectQueries(sent)[0]?.variables).toEqual({
      filter: { text: 'Leitsystem', agencyIds: ['a2'], statuses: ['IN_PROGRESS', 'PAUSED'], topicIds: ['t1'] },
      first: 20,
      after: null,
    });
    const selects = wrapper.findAll('select');
    expect((selects[0]?.element as HTMLSelectElement).value).toBe('a2');
    expect((selects[2]?.element as HTMLSelectElement).value).toBe('t1');
    expect((wrapper.get('input[type="search"]').element as HTMLInputElement).value).toBe('Leitsystem');
    const checked = wrapper
      .findAll('input[type="checkbox"]')
      .filter((box) => (box.element as HTMLInputElement).checked)
      .map((box) => box.attributes('value'));
    expect(checked).toEqual(['IN_PROGRESS', 'PAUSED']);
    expect(document.title).toBe('Projekte – Wissensnetz');
  });

  it('writes each filter into the URL and loads again', async () => {
    const { wrapper, router, sent } = await mountList('/projekte');
    expect(projectQueries(sent)[0]?.variables.filter).toBeNull();

    await wrapper.findAll('select')[1]?.setValue('p1');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/projekte?programm=p1');

    await wrapper.get('input[value="COMPLETED"]').setValue(true);
    await flushPromises();
    await wrapper.get('input[value="IDEA"]').setValue(true);
    await flushPromises();
    // Statuses are kept in life-cycle order, whatever the click order.
    expect(router.currentRoute.value.fullPath).toBe('/projekte?programm=p1&status=idee&status=abgeschlossen');

    await wrapper.get('input[type="search"]').setValue('  Sprache ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/projekte?q=Sprache&programm=p1&status=idee&status=abgeschlossen');
    expect(projectQueries(sent).at(-1)?.variables.filter).toEqual({
      text: 'Sprache',
      programmeIds: ['p1'],
      statuses: ['IDEA', 'COMPLETED'],
    });

    await wrapper.get('button.button--small').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/projekte');
  });

  it('lists projects with written-out status and coaching progress in a captioned table', async () => {
    const { wrapper } = await mountList('/projekte');
    expect(wrapper.get('caption').text()).toContain('Projekte mit Dienststelle');
    const rows = wrapper.findAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.get('a').attributes('href')).toBe('/projekte/projekt-1');
    expect(rows[0]?.text()).toContain('In Arbeit');
    expect(rows[0]?.text()).toContain('3 von 6');
    expect(wrapper.get('.project-list__summary').attributes('role')).toBe('status');
    expect(wrapper.get('.project-list__summary').text()).toBe('3 Projekte');
  });

  it('loads the next page by cursor, appends it and moves focus to it', async () => {
    const { wrapper, sent } = await mountList('/projekte?status=in-arbeit');
    await wrapper.get('button.project-load-more').trigger('click');
    await flushPromises();
    expect(projectQueries(sent).at(-1)?.variables).toEqual({
      filter: { statuses: ['IN_PROGRESS'] },
      first: 20,
      after: 'c2',
    });
    expect(wrapper.findAll('tbody tr')).toHaveLength(3);
    expect(wrapper.find('button.project-load-more').exists()).toBe(false);
    expect(document.activeElement?.getAttribute('href')).toBe('/projekte/projekt-3');
  });
});
