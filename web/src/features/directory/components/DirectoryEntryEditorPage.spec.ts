import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountDirectory, type SentRequest } from '../test/mountDirectory';
import DirectoryEntryEditorPage from './DirectoryEntryEditorPage.vue';

function detail(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'DirectoryEntry',
    id: 'e1',
    kind: 'COUNSELLING_SERVICE',
    name: 'Beratungszentrum Beispiel',
    shortName: '',
    description: { type: 'doc', content: [] },
    descriptionHtml: '',
    phone: '0711 1',
    email: 'info@beratung.example',
    website: '',
    accessibilityNotes: '',
    tags: [],
    visibility: 'INTERNAL',
    version: 1,
    isOutdated: false,
    lastVerifiedAt: '2026-11-01T10:00:00.000Z',
    verificationDueAt: '2027-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    communities: [],
    countriesOfOrigin: [],
    agency: null,
    addresses: [
      {
        __typename: 'DirectoryAddress',
        id: 'a1',
        label: '',
        street: 'Musterweg 3',
        postalCode: '73728',
        city: 'Esslingen am Neckar',
        district: 'Landkreis Esslingen',
        latitude: 48.74,
        longitude: 9.31,
        coordinatesApproximate: true,
      },
    ],
    openingHours: [{ __typename: 'DirectoryOpeningHours', weekday: 1, opens: '08:00', closes: '12:00', note: '' }],
    openingHoursNote: '',
    languages: [{ __typename: 'DirectoryListItem', code: 'de', name: 'Deutsch' }],
    targetGroups: [],
    topics: [],
    courseOffers: [],
    internal: null,
    ...overrides,
  };
}

const codeLists = {
  directoryCodeLists: {
    __typename: 'DirectoryCodeLists',
    languages: [
      { __typename: 'DirectoryListItem', code: 'de', name: 'Deutsch' },
      { __typename: 'DirectoryListItem', code: 'ti', name: 'Tigrinya' },
    ],
    targetGroups: [{ __typename: 'DirectoryListItem', code: 'WOMEN', name: 'Frauen' }],
    organisationTopics: [],
  },
};

/** The server's current values as the CONFLICT carries them (input-shaped snapshot). */
const current = {
  kind: 'COUNSELLING_SERVICE',
  name: 'Beratungszentrum Beispiel',
  shortName: '',
  description: '',
  addresses: [
    {
      label: '',
      street: 'Musterweg 3',
      postalCode: '73728',
      city: 'Esslingen am Neckar',
      district: 'Landkreis Esslingen',
      latitude: 48.74,
      longitude: 9.31,
    },
  ],
  openingHours: [{ weekday: 1, opens: '08:00', closes: '12:00', note: '' }],
  openingHoursNote: '',
  phone: '0711 2',
  email: 'neu@beratung.example',
  website: '',
  languages: ['de'],
  targetGroups: [],
  accessibilityNotes: '',
  tags: [],
  agencyId: null,
  visibility: 'INTERNAL',
  externalId: null,
  communities: [],
  countriesOfOrigin: [],
  topics: [],
  cooperationSince: null,
  cooperationKind: '',
  cooperationAgencyContact: '',
  courseOffers: [],
};

function answer(request: SentRequest) {
  if (request.operationName === 'DirectoryCodeLists') return { data: codeLists };
  if (request.operationName === 'DirectoryEntry') return { data: { directoryEntry: detail() } };
  if (request.operationName === 'UpdateDirectoryEntry') {
    const input = request.variables.input as { baseVersion: number };
    if (input.baseVersion === 1) {
      return {
        errors: [
          {
            message: 'Jemand anderes hat den Eintrag inzwischen geändert.',
            extensions: { code: 'CONFLICT', reason: 'DIRECTORY_STALE_VERSION', currentVersion: 2, current },
          },
        ],
      };
    }
    return { data: { updateDirectoryEntry: detail({ version: 3 }) } };
  }
  return { errors: [{ message: `unexpected ${request.operationName}` }] };
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('DirectoryEntryEditorPage', () => {
  it('fills the form from the entry', async () => {
    const { wrapper } = await mountDirectory(
      DirectoryEntryEditorPage,
      'directory-edit',
      '/verzeichnis/e1/bearbeiten',
      answer,
    );
    expect((wrapper.get('#directory-form-name').element as HTMLInputElement).value).toBe('Beratungszentrum Beispiel');
    expect((wrapper.get('#directory-form-address-0-postal').element as HTMLInputElement).value).toBe('73728');
    const languages = wrapper.get('#directory-form-languages').element as HTMLSelectElement;
    expect([...languages.selectedOptions].map((option) => option.text.trim())).toEqual(['Deutsch']);
    expect(wrapper.find('.directory-conflict').exists()).toBe(false);
  });

  it('on CONFLICT shows both versions per field, keeps what was typed, and saves the chosen mix on the new version', async () => {
    const { wrapper, sent, router } = await mountDirectory(
      DirectoryEntryEditorPage,
      'directory-edit',
      '/verzeichnis/e1/bearbeiten',
      answer,
    );
    await wrapper.get('#directory-form-phone').setValue('0711 3');
    await wrapper.get('#directory-form-short-name').setValue('BZB');
    await wrapper.get('form.directory-form').trigger('submit');
    await flushPromises();

    const conflict = wrapper.get('.directory-conflict');
    expect(conflict.get('h2').text()).toBe('Jemand anderes hat den Eintrag inzwischen geändert');
    const rows = conflict.findAll('tbody tr');
    expect(rows.map((row) => row.attributes('data-field'))).toEqual(['shortName', 'phone', 'email']);
    const phone = conflict.get('tr[data-field="phone"]');
    expect(phone.get('.directory-conflict__mine').text()).toContain('0711 3');
    expect(phone.get('.directory-conflict__theirs').text()).toContain('0711 2');
    // What the user typed stays in the form.
    expect((wrapper.get('#directory-form-phone').element as HTMLInputElement).value).toBe('0711 3');
    // Fields the user changed default to mine; fields only the other person changed default to current.
    const checked = (field: string) =>
      (conflict.get(`tr[data-field="${field}"] input:checked`).element as HTMLInputElement).value;
    expect(checked('phone')).toBe('mine');
    expect(checked('shortName')).toBe('mine');
    expect(checked('email')).toBe('theirs');

    // Take the current phone number after all, keep the short name.
    await phone.get('.directory-conflict__theirs input').setValue(true);
    await conflict.get('.button--primary').trigger('click');
    await flushPromises();

    const updates = sent.filter((request) => request.operationName === 'UpdateDirectoryEntry');
    expect(updates).toHaveLength(2);
    // An untouched description is not sent (the server keeps it as it is).
    expect(updates[0]?.variables.input).not.toHaveProperty('description');
    expect(updates[1]?.variables.input).toMatchObject({
      baseVersion: 2,
      phone: '0711 2',
      shortName: 'BZB',
      email: 'neu@beratung.example',
    });
    expect(router.currentRoute.value.fullPath).toBe('/verzeichnis/e1');
  });

  it('asks before leaving with unsaved changes, and stays when the user says no', async () => {
    const { wrapper, router } = await mountDirectory(
      DirectoryEntryEditorPage,
      'directory-edit',
      '/verzeichnis/e1/bearbeiten',
      answer,
    );
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    await router.push('/verzeichnis');
    expect(confirm).not.toHaveBeenCalled();
    expect(router.currentRoute.value.fullPath).toBe('/verzeichnis');

    await router.push('/verzeichnis/e1/bearbeiten');
    await flushPromises();
    await wrapper.get('#directory-form-phone').setValue('0711 9');
    await router.push('/verzeichnis');
    expect(confirm).toHaveBeenCalledOnce();
    expect(router.currentRoute.value.fullPath).toBe('/verzeichnis/e1/bearbeiten');
    expect((wrapper.get('#directory-form-phone').element as HTMLInputElement).value).toBe('0711 9');
  });

  it('reloads the current version when asked, discarding the edit', async () => {
    const { wrapper } = await mountDirectory(
      DirectoryEntryEditorPage,
      'directory-edit',
      '/verzeichnis/e1/bearbeiten',
      answer,
    );
    await wrapper.get('#directory-form-phone').setValue('0711 3');
    await wrapper.get('form.directory-form').trigger('submit');
    await flushPromises();
    await wrapper.get('.directory-conflict .button:not(.button--primary)').trigger('click');
    await flushPromises();
    expect(wrapper.find('.directory-conflict').exists()).toBe(false);
    expect((wrapper.get('#directory-form-phone').element as HTMLInputElement).value).toBe('0711 1');
  });
});
