import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithGraphql, type SentRequest } from '../test/mountWithGraphql';
import ProjectPage from './ProjectPage.vue';

function detail(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Project',
    id: 'project-1',
    slug: 'leitsystem',
    title: 'Kundenleitsystem',
    status: 'PLANNED',
    visibility: 'PUBLIC',
    version: 7,
    problemStatement: 'Kundinnen finden den Weg nicht.',
    goals: 'Ein mehrsprachiges Leitsystem.',
    outcomes: '',
    lessonsLearned: '',
    bodyHtml: '',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    completedAt: null,
    publishedAt: null,
    viewerCanEdit: true,
    viewerCanPropose: true,
    publishedBy: null,
    updatedBy: null,
    agency: { __typename: 'Agency', id: 'a1', name: 'Agentur für Arbeit Nürnberg' },
    programme: null,
    topic: null,
    members: [],
    statusHistory: [
      {
        __typename: 'ProjectStatusChange',
        id: 'h1',
        fromStatus: null,
        toStatus: 'IDEA',
        note: '',
        changedAt: '2026-01-01T10:00:00.000Z',
        changedBy: null,
      },
      {
        __typename: 'ProjectStatusChange',
        id: 'h2',
        fromStatus: 'IDEA',
        toStatus: 'PLANNED',
        note: 'Budget steht',
        changedAt: '2026-01-15T10:00:00.000Z',
        changedBy: { __typename: 'UserRef', id: 'u1', displayName: 'Aylin Kaya' },
      },
    ],
    milestones: [],
    coachingProgress: { __typename: 'CoachingProgress', done: 0, planned: 0, recommendedMin: 3, max: 6 },
    articleLinks: [],
    inspiredBy: [],
    inspired: [],
    changeProposals: [],
    ...overrides,
  };
}

async function mountProject(project: ReturnType<typeof detail>, answerMutation?: (r: SentRequest) => unknown) {
  return mountWithGraphql(ProjectPage, '/projekte/leitsystem', '/projekte/:slug', (request) => {
    if (request.operationName === 'ProjectBySlug') return { data: { project } };
    return { data: answerMutation?.(request) ?? null };
  });
}

function statusOptions(wrapper: Awaited<ReturnType<typeof mountProject>>['wrapper']) {
  const select = wrapper.findAll('select').find((s) => s.element.closest('.project-status-form'));
  return select ? select.findAll('option').map((option) => option.attributes('value')) : null;
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('project status change', () => {
  it('offers only the transitions the server allows from the current status', async () => {
    const { wrapper } = await mountProject(detail({ status: 'PLANNED' }));
    expect(statusOptions(wrapper)).toEqual(['', 'IN_PROGRESS', 'IDEA', 'PAUSED', 'CANCELLED']);
    expect(wrapper.get('.project-status-form').text()).not.toContain('Abgeschlossen');
  });

  it('offers COMPLETED only from IN_PROGRESS', async () => {
    const { wrapper } = await mountProject(detail({ status: 'IN_PROGRESS' }));
    expect(statusOptions(wrapper)).toEqual(['', 'COMPLETED', 'PLANNED', 'PAUSED', 'CANCELLED']);
  });

  it('offers no change for a final status and none for viewers who may not edit', async () => {
    const completed = await mountProject(detail({ status: 'COMPLETED' }));
    expect(statusOptions(completed.wrapper)).toBeNull();
    expect(completed.wrapper.text()).toContain('Der Status ist abschließend');
    completed.wrapper.unmount();
    vi.unstubAllGlobals();

    const reader = await mountProject(detail({ viewerCanEdit: false }));
    expect(statusOptions(reader.wrapper)).toBeNull();
  });

  it('sends the chosen status with the note and the version, announces it and keeps focus in the section', async () => {
    const { wrapper, sent } = await mountProject(detail(), () => ({
      changeProjectStatus: detail({ status: 'IN_PROGRESS', version: 8 }),
    }));
    const form = wrapper.get('.project-status-form');
    await form.get('select').setValue('IN_PROGRESS');
    await form.get('textarea').setValue('  Start im März ');
    await form.trigger('submit');
    await flushPromises();
    const mutation = sent.find((request) => request.operationName === 'ChangeProjectStatus');
    expect(mutation?.variables).toEqual({
      id: 'project-1',
      input: { status: 'IN_PROGRESS', note: 'Start im März', baseVersion: 7 },
    });
    expect(wrapper.text()).toContain('Der Status ist jetzt „In Arbeit“.');
    expect(document.activeElement?.textContent).toBe('Status');
  });

  it('shows the history newest first with written-out statuses', async () => {
    const { wrapper } = await mountProject(detail());
    const entries = wrapper.findAll('.project-history li').map((li) => li.text());
    expect(entries[0]).toContain('Idee → Geplant');
    expect(entries[0]).toContain('Aylin Kaya');
    expect(entries[0]).toContain('Budget steht');
    expect(entries[1]).toContain('Angelegt als Idee');
  });
});
