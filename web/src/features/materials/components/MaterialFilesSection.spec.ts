import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import MaterialFilesSection from './MaterialFilesSection.vue';

interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

const file = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'MaterialFile',
  id: 'f1',
  articleId: 'a1',
  title: 'Merkblatt Bürgergeld',
  fileName: 'merkblatt.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 1536,
  language: 'ar',
  licence: 'CC_BY_4_0',
  licenceNote: null,
  easyLanguage: 'LEICHTE_SPRACHE',
  downloadUrl: '/api/material/dateien/f1',
  uploadedAt: '2026-11-30T09:00:00.000Z',
  uploadedBy: { __typename: 'UserRef', id: 'u1', displayName: 'Redaktion' },
  ...overrides,
});

/** A stand-in for XMLHttpRequest: records the request, answers when the test says so. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  withCredentials = false;
  private listeners: Record<string, (() => void)[]> = {};
  private progressListeners: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void)[] = [];
  upload = {
    addEventListener: (_type: string, listener: (typeof this.progressListeners)[number]) => {
      this.progressListeners.push(listener);
    },
  };

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  addEventListener(type: string, listener: () => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  send(body: FormData) {
    this.body = body;
  }
  progress(loaded: number, total: number) {
    this.progressListeners.forEach((listener) => listener({ lengthComputable: true, loaded, total }));
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.listeners.load?.forEach((listener) => listener());
  }
}

async function mountSection(options: { canEdit: boolean; files: unknown[][] }) {
  const sent: SentRequest[] = [];
  let listCall = 0;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as SentRequest;
      sent.push(request);
      let data: unknown = null;
      if (request.operationName === 'ArticleMaterialFiles') {
        const files = options.files[Math.min(listCall, options.files.length - 1)];
        listCall += 1;
        data = {
          article: {
            __typename: 'Article',
            id: 'a1',
            kind: 'MATERIAL',
            viewerCanEdit: options.canEdit,
            materialFiles: files,
          },
        };
      } else if (request.operationName === 'MaterialUploadLimits') {
        data = {
          materialUploadLimits: {
            __typename: 'MaterialUploadLimits',
            maxFileBytes: 20 * 1024 * 1024,
            extensions: ['pdf', 'png'],
            uploadPathTemplate: '/api/material/artikel/:articleId/dateien',
          },
        };
      } else if (request.operationName === 'DeleteMaterialFile') {
        data = { deleteMaterialFile: { __typename: 'MaterialFile', id: request.variables.id } };
      }
      return Promise.resolve(
        new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  const wrapper = mount(MaterialFilesSection, {
    props: { slug: 'merkblatt' },
    attachTo: document.body,
    global: { plugins: [createAppI18n('de'), [urql, createGraphqlClient({ url: 'http://localhost/graphql' })]] },
  });
  await flushPromises();
  return { wrapper, sent };
}

async function chooseFile(wrapper: Awaited<ReturnType<typeof mountSection>>['wrapper'], chosen: File) {
  const input = wrapper.find('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [chosen], configurable: true });
  await input.trigger('change');
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = null;
});

describe('MaterialFilesSection', () => {
  it('lists files with title, German language name, licence, easy-language badge, size and download link; readers get no editor tools', async () => {
    const { wrapper } = await mountSection({ canEdit: false, files: [[file()]] });
    const item = wrapper.find('.material-file');
    expect(item.find('a').attributes('href')).toBe('/api/material/dateien/f1');
    expect(item.find('a').text()).toContain('Merkblatt Bürgergeld');
    expect(item.text()).toContain('Arabisch');
    expect(item.text()).toContain('CC BY 4.0');
    expect(item.find('.badge').text()).toBe('Leichte Sprache');
    expect(item.text()).toContain('PDF, 1,5 kB');
    expect(wrapper.find('input[type="file"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Angaben ändern');
  });

  it('uploads a chosen file with its metadata, shows progress and then the new file', async () => {
    const uploaded = file({
      id: 'f2',
      title: 'Piktogramm',
      language: 'de',
      easyLanguage: 'NONE',
      mediaType: 'image/png',
    });
    const { wrapper } = await mountSection({ canEdit: true, files: [[], [uploaded]] });
    expect(wrapper.text()).toContain('Zu diesem Material gibt es noch keine Dateien.');
    await chooseFile(wrapper, new File([new Uint8Array([137, 80, 78, 71])], 'piktogramm.png', { type: 'image/png' }));
    await wrapper.find('.material-upload input[type="text"]').setValue('Piktogramm');
    await wrapper.find('.material-upload').trigger('submit');

    const xhr = FakeXhr.last;
    expect(xhr?.method).toBe('POST');
    expect(xhr?.url).toBe('/api/material/artikel/a1/dateien');
    expect(xhr?.headers['x-requested-with']).toBe('Wissensnetz');
    expect(xhr?.body?.get('title')).toBe('Piktogramm');
    expect(xhr?.body?.get('language')).toBe('de');
    expect((xhr?.body?.get('file') as File).name).toBe('piktogramm.png');

    xhr?.progress(50, 100);
    await flushPromises();
    expect(wrapper.find('progress').element.value).toBe(0.5);
    expect(wrapper.text()).toContain('Hochladen: 50 %');

    xhr?.respond(201, { id: 'f2', title: 'Piktogramm' });
    await flushPromises();
    expect(wrapper.find('progress').exists()).toBe(false);
    expect(wrapper.find('[role="status"]').text()).toBe('„Piktogramm“ wurde hochgeladen.');
    expect(wrapper.find('.material-file a').text()).toContain('Piktogramm');
  });

  it('announces upload errors and refuses too large files before sending them', async () => {
    const { wrapper } = await mountSection({ canEdit: true, files: [[]] });
    await chooseFile(wrapper, new File(['<html></html>'], 'seite.png'));
    await wrapper.find('.material-upload').trigger('submit');
    FakeXhr.last?.respond(415, {
      error: {
        code: 'BAD_USER_INPUT',
        reason: 'MATERIAL_MEDIA_TYPE_NOT_ALLOWED',
        message: 'This file type is not allowed.',
      },
    });
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('Dieser Dateityp ist nicht erlaubt.');

    FakeXhr.last = null;
    const huge = new File(['x'], 'gross.pdf');
    Object.defineProperty(huge, 'size', { value: 21 * 1024 * 1024 });
    await chooseFile(wrapper, huge);
    await wrapper.find('.material-upload').trigger('submit');
    expect(FakeXhr.last).toBeNull();
    expect(wrapper.find('[role="alert"]').text()).toBe('Die Datei ist zu groß.');
    expect(wrapper.find('input[type="file"]').attributes('aria-invalid')).toBe('true');
  });

  it('deletes a file only after confirmation', async () => {
    const { wrapper, sent } = await mountSection({ canEdit: true, files: [[file()]] });
    await wrapper
      .findAll('.material-file button')
      .find((button) => button.text().startsWith('Löschen'))
      ?.trigger('click');
    expect(sent.some((request) => request.operationName === 'DeleteMaterialFile')).toBe(false);
    const dialog = wrapper.find('dialog');
    expect(dialog.text()).toContain('„Merkblatt Bürgergeld“ wird endgültig gelöscht.');
    await dialog
      .findAll('button')
      .find((button) => button.text() === 'Löschen')
      ?.trigger('click');
    await flushPromises();
    expect(sent.find((request) => request.operationName === 'DeleteMaterialFile')?.variables).toEqual({ id: 'f1' });
    expect(wrapper.find('.material-file').exists()).toBe(false);
    expect(wrapper.find('[role="status"]').text()).toBe('„Merkblatt Bürgergeld“ wurde gelöscht.');
  });
});
