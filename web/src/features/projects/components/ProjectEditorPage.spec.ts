import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollaborationProviderOptions } from '@/features/collaboration/createCollaborationProvider';
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

/** Every provider the page asked for; real providers whose socket never connects (no server in unit tests). */
const providers = vi.hoisted(() => [] as { options: unknown; provider: unknown }[]);
vi.mock('@/features/collaboration/createCollaborationProvider', () => ({
  createCollaborationProvider: (options: CollaborationProviderOptions) => {
    const provider = new HocuspocusProvider({
      name: options.documentName ?? `article:${options.articleId}`,
      document: options.document,
      websocketProvider: new HocuspocusProviderWebsocket({ url: 'ws://127.0.0.1:9/collab', autoConnect: false }),
    });
    providers.push({ options, provider });
    return provider;
  },
}));

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
  providers.length = 0;
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

  it('edits the body of an existing project in the shared document project:<id> and saves only the fields', async () => {
    const { wrapper, sent } = await mountWithGraphql(
      ProjectEditorPage,
      '/projekte/leitsystem/bearbeiten',
      '/projekte/:slug/bearbeiten',
      answer(() => ({
        data: { updateProject: { __typename: 'Project', id: 'project-1', slug: 'leitsystem', version: 5 } },
      })),
    );
    expect(providers).toHaveLength(1);
    const provider = providers[0]?.provider as HocuspocusProvider;
    expect(provider.configuration.name).toBe('project:project-1');
    expect(providers[0]?.options).toMatchObject({ articleId: 'project-1', documentName: 'project:project-1' });
    // The editor is bound to the shared document (status and presence as for articles).
    expect(wrapper.find('.collab-bar').exists()).toBe(true);
    expect(wrapper.text()).toContain('Änderungen werden automatisch gespeichert.');
    await wrapper.get('input[type="text"]').setValue('Neuer Titel');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const update = sent.find((request) => request.operationName === 'UpdateProject');
    expect(update?.variables).toMatchObject({ id: 'project-1', input: { baseVersion: 4, title: 'Neuer Titel' } });
    expect(update?.variables.input).not.toHaveProperty('body');
  });

  it('creates a new project with its body through the form, without a shared document', async () => {
    const { wrapper, sent } = await mountWithGraphql(
      ProjectEditorPage,
      '/projekte/neu',
      '/projekte/neu',
      answer(() => ({
        data: { createProject: { __typename: 'Project', id: 'project-2', slug: 'neu', version: 1 } },
      })),
    );
    expect(providers).toHaveLength(0);
    expect(wrapper.find('.collab-bar').exists()).toBe(false);
    await wrapper.get('input[type="text"]').setValue('Ganz neu');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const create = sent.find((request) => request.operationName === 'CreateProject');
    expect(create?.variables).toMatchObject({ input: { title: 'Ganz neu', body: { type: 'doc' } } });
  });
});
