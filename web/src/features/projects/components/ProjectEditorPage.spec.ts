import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithGraphql, type SentRequest } from '../test/mountWithGraphql';
import ProjectEditorPage from './ProjectEditorPage.vue';

const stored = {
  __typename: 'Project',
  id: 'project-1',
  slug: 'leitsystem',
  title: 'Kundenleitsystem',
  version: 4,
  visibility: 'INTERNAL',
  problemStatement: 'Kundinnen finden den Weg nicht.',
  goals: 'Ein Leitsystem.',
  outcomes: '',
  lessonsLearned: '',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Start' }] }] },
  viewerCanEdit: true,
  agency: { __typename: 'Agency', id: 'a1' },
  programme: null,
  topic: null,
};

const options = { agencies: [], programmes: [], projectTopics: [] };

function answer(updateResult: (request: SentRequest) => { data?: unknown; errors?: unknown[] }) {
  return (request: SentRequest) => {
    if (request.operationName === 'ProjectForEdit') return { data: { project: stored } };
    if (request.operationName === 'ProjectFilterOptions') return { data: options };
    return updateResult(request);
  };
}

const conflict = () => ({
  data: null,
  errors: [
    {
      message: 'Jemand anderes hat das Projekt inzwischen geändert.',
      extensions: { code: 'CONFLICT', reason: 'PROJECT_STALE_VERSION', currentVersion: 5 },
    },
  ],
});

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ProjectEditorPage', () => {
  it('saves with the loaded version and reports success', async () => {
    const { wrapper, sent } = await mountWithGraphql(
      ProjectEditorPage,
      '/projekte/leitsystem/bearbeiten',
      '/projekte/:slug/bearbeiten',
      answer(() => ({
        data: { updateProject: { __typename: 'Project', id: 'project-1', slug: 'leitsystem', version: 5 } },
      })),
    );
    await wrapper.get('input[type="text"]').setValue('Kundenleitsystem mehrsprachig');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const update = sent.find((request) => request.operationName === 'UpdateProject');
    expect(update?.variables).toMatchObject({
      id: 'project-1',
      input: { baseVersion: 4, title: 'Kundenleitsystem mehrsprachig', goals: 'Ein Leitsystem.' },
    });
    expect(wrapper.get('.alert--success').text()).toBe('Gespeichert.');
    expect(wrapper.find('.project-editor__conflict').exists()).toBe(false);
  });

  it('explains a conflict clearly and keeps everything typed', async () => {
    const { wrapper, sent } = await mountWithGraphql(
      ProjectEditorPage,
      '/projekte/leitsystem/bearbeiten',
      '/projekte/:slug/bearbeiten',
      answer(conflict),
    );
    await wrapper.get('input[type="text"]').setValue('Mein neuer Titel');
    const goals = wrapper.findAll('textarea')[1];
    await goals?.setValue('Meine neuen Ziele');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const alert = wrapper.get('.project-editor__conflict');
    expect(alert.attributes('role')).toBe('alert');
    expect(alert.text()).toContain('Jemand anderes hat das Projekt gespeichert, während Sie es bearbeitet haben.');
    expect(alert.text()).toContain('Ihre Eingaben sind noch hier');
    expect(alert.get('button').text()).toBe('Neueste Version laden');
    expect((wrapper.get('input[type="text"]').element as HTMLInputElement).value).toBe('Mein neuer Titel');
    expect((goals?.element as HTMLTextAreaElement).value).toBe('Meine neuen Ziele');
    expect(wrapper.text()).toContain('Ungespeicherte Änderungen');
    // Nothing was reloaded behind the user's back.
    expect(sent.filter((request) => request.operationName === 'ProjectForEdit')).toHaveLength(1);
  });

  it('asks before reloading over unsaved input', async () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const { wrapper, sent } = await mountWithGraphql(
      ProjectEditorPage,
      '/projekte/leitsystem/bearbeiten',
      '/projekte/:slug/bearbeiten',
      answer(conflict),
    );
    await wrapper.get('input[type="text"]').setValue('Mein neuer Titel');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    await wrapper.get('.project-editor__conflict button').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalled();
    expect(sent.filter((request) => request.operationName === 'ProjectForEdit')).toHaveLength(1);
    expect((wrapper.get('input[type="text"]').element as HTMLInputElement).value).toBe('Mein neuer Titel');
  });
});
