import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '@/features/auth/useCurrentUser';
import { mountDirectory, type SentRequest } from '../test/mountDirectory';
import DirectoryEntryPage from './DirectoryEntryPage.vue';

const user = (id: string, displayName: string) => ({ __typename: 'UserRef', id, displayName });

function entry(verified: boolean, withInternal = true) {
  return {
    __typename: 'DirectoryEntry',
    id: 'e1',
    kind: 'COURSE_PROVIDER',
    name: 'Sprachschule Beispiel gGmbH',
    shortName: 'Sprachschule Beispiel',
    description: { type: 'doc', content: [] },
    descriptionHtml: '',
    phone: '0711 000001',
    email: 'info@sprachschule-beispiel.example',
    website: 'https://sprachschule-beispiel.example',
    accessibilityNotes: 'Aufzug vorhanden.',
    tags: [],
    visibility: 'PUBLIC',
    version: 4,
    isOutdated: !verified,
    lastVerifiedAt: verified ? '2026-11-30T09:00:00.000Z' : '2025-01-15T09:00:00.000Z',
    verificationDueAt: verified ? '2027-11-30T09:00:00.000Z' : '2026-01-15T09:00:00.000Z',
    updatedAt: '2025-01-15T09:00:00.000Z',
    communities: [],
    countriesOfOrigin: [],
    agency: null,
    addresses: [
      {
        __typename: 'DirectoryAddress',
        id: 'a1',
        label: 'Hauptstelle',
        street: 'Musterweg 3',
        postalCode: '73728',
        city: 'Esslingen am Neckar',
        district: 'Landkreis Esslingen',
        latitude: 48.74,
        longitude: 9.31,
        coordinatesApproximate: true,
      },
    ],
    openingHours: [
      { __typename: 'DirectoryOpeningHours', weekday: 1, opens: '08:30', closes: '12:00', note: '' },
      { __typename: 'DirectoryOpeningHours', weekday: 1, opens: '13:00', closes: '16:00', note: '' },
      { __typename: 'DirectoryOpeningHours', weekday: 3, opens: null, closes: null, note: 'nach Vereinbarung' },
    ],
    openingHoursNote: '',
    languages: [{ __typename: 'DirectoryListItem', code: 'ar', name: 'Arabisch' }],
    targetGroups: [{ __typename: 'DirectoryListItem', code: 'WOMEN', name: 'Frauen' }],
    topics: [],
    courseOffers: [
      {
        __typename: 'DirectoryCourseOffer',
        id: 'o1',
        type: 'JOB_LANGUAGE_BASIC_B2',
        cefrLevel: 'B2',
        format: 'ON_SITE',
        schedule: 'PART_TIME',
        nextStartDate: '2026-12-21',
        placesFree: 4,
        childcare: true,
        approvalNumber: '',
        note: '',
        location: { __typename: 'DirectoryAddress', id: 'a1' },
      },
    ],
    internal: withInternal
      ? {
          __typename: 'DirectoryEntryInternal',
          externalId: null,
          viewerCanDelete: false,
          owner: user('u1', 'Redaktion'),
          lastVerifiedBy: verified ? user('u2', 'Andrea Hofmann') : user('u1', 'Redaktion'),
          cooperation: { __typename: 'DirectoryCooperation', since: null, kind: '', agencyContact: '' },
          contactPersons: [
            {
              __typename: 'DirectoryContactPerson',
              id: 'p1',
              name: 'Erika Beispiel',
              role: 'Kursberatung',
              phone: '0711 000002',
              email: '',
              languages: ['de', 'ar'],
              consentGivenOn: '2025-01-10',
            },
          ],
          history: [
            {
              __typename: 'DirectoryEntryChange',
              id: 'h2',
              action: 'UPDATED',
              changedAt: '2025-01-15T09:00:00.000Z',
              version: 2,
              changedBy: user('u1', 'Redaktion'),
              changes: [
                { __typename: 'DirectoryFieldChange', field: 'phone', oldValue: '0711 1', newValue: '0711 000001' },
              ],
            },
          ],
        }
      : null,
  };
}

let verified = false;
function answer(request: SentRequest) {
  if (request.operationName === 'DirectoryEntry') return { data: { directoryEntry: entry(verified) } };
  if (request.operationName === 'VerifyDirectoryEntry') {
    verified = true;
    const next = entry(true);
    return {
      data: {
        verifyDirectoryEntry: {
          __typename: 'DirectoryEntry',
          id: 'e1',
          isOutdated: false,
          lastVerifiedAt: next.lastVerifiedAt,
          verificationDueAt: next.verificationDueAt,
          internal: { __typename: 'DirectoryEntryInternal', lastVerifiedBy: user('u2', 'Andrea Hofmann') },
        },
      },
    };
  }
  if (request.operationName === 'RemoveDirectoryContactPerson') return { data: { removeDirectoryContactPerson: true } };
  if (request.operationName === 'AddDirectoryContactPerson') {
    return { data: { addDirectoryContactPerson: { __typename: 'DirectoryContactPerson', id: 'p2' } } };
  }
  return { errors: [{ message: `unexpected ${request.operationName}` }] };
}

function signInAsEditor() {
  useCurrentUser().setUser({
    __typename: 'User',
    id: 'u2',
    displayName: 'Andrea Hofmann',
    role: 'EDITOR',
  } as unknown as NonNullable<ReturnType<typeof useCurrentUser>['user']['value']>);
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  useCurrentUser().setUser(null);
  verified = false;
});

describe('DirectoryEntryPage', () => {
  it('shows opening hours per weekday, course offers, contact persons and the history', async () => {
    const { wrapper } = await mountDirectory(DirectoryEntryPage, 'directory-entry', '/verzeichnis/e1', answer);
    expect(wrapper.get('h1').text()).toBe('Sprachschule Beispiel gGmbH');
    const hours = wrapper.findAll('.directory-hours tbody tr').map((row) =>
      row
        .findAll('th, td')
        .map((cell) => cell.text())
        .join(' | '),
    );
    expect(hours).toHaveLength(7);
    expect(hours[0]).toBe('Montag | 08:30–12:00 · 13:00–16:00');
    expect(hours[1]).toBe('Dienstag | geschlossen');
    expect(hours[2]).toBe('Mittwoch | nach Vereinbarung');
    expect(wrapper.text()).toContain('Berufssprachkurs Basis B2');
    expect(wrapper.text()).toContain('Erika Beispiel, Kursberatung');
    const change = wrapper
      .get('.directory-history__changes tbody tr')
      .findAll('th, td')
      .map((cell) => cell.text());
    expect(change).toEqual(['Telefon', '0711 1', '0711 000001']);
  });

  it('hides contact persons and history when the API returns no internal part', async () => {
    const { wrapper } = await mountDirectory(DirectoryEntryPage, 'directory-entry', '/verzeichnis/e1', (request) =>
      request.operationName === 'DirectoryEntry' ? { data: { directoryEntry: entry(false, false) } } : { errors: [] },
    );
    expect(wrapper.text()).not.toContain('Ansprechpersonen');
    expect(wrapper.text()).not.toContain('Verlauf');
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it('"Noch aktuell" records the verification: the badge goes and "last verified" names the person', async () => {
    signInAsEditor();
    const { wrapper, sent } = await mountDirectory(DirectoryEntryPage, 'directory-entry', '/verzeichnis/e1', answer);
    expect(wrapper.get('.directory-outdated').text()).toBe('⚠ Möglicherweise veraltet');
    expect(wrapper.get('.directory-entry__verified').text()).toBe('Zuletzt geprüft am 15. Januar 2025 von Redaktion');

    await wrapper.get('.directory-entry__verification button').trigger('click');
    await flushPromises();

    expect(sent.some((request) => request.operationName === 'VerifyDirectoryEntry')).toBe(true);
    expect(wrapper.find('.directory-outdated').exists()).toBe(false);
    expect(wrapper.get('.directory-entry__verified').text()).toBe(
      'Zuletzt geprüft am 30. November 2026 von Andrea Hofmann',
    );
    expect(wrapper.get('[role="status"]').text()).toBe('Als aktuell bestätigt.');
  });

  it('adds a contact person only with a consent date, and deletes one after confirmation', async () => {
    signInAsEditor();
    const { wrapper, sent } = await mountDirectory(DirectoryEntryPage, 'directory-entry', '/verzeichnis/e1', answer);
    await wrapper.get('#directory-person-name').setValue('Samir Muster');
    await wrapper.get('.directory-persons__add form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('Bitte Name und Datum des Einverständnisses angeben.');
    expect(sent.some((request) => request.operationName === 'AddDirectoryContactPerson')).toBe(false);

    await wrapper.get('#directory-person-languages').setValue('ar, ti');
    await wrapper.get('#directory-person-consent').setValue('2026-11-30');
    await wrapper.get('.directory-persons__add form').trigger('submit');
    await flushPromises();
    expect(sent.find((request) => request.operationName === 'AddDirectoryContactPerson')?.variables).toEqual({
      entryId: 'e1',
      input: {
        name: 'Samir Muster',
        role: '',
        phone: '',
        email: '',
        languages: ['ar', 'ti'],
        consentGivenOn: '2026-11-30',
      },
    });
    expect(wrapper.get('.alert--success').text()).toBe('Samir Muster wurde hinzugefügt.');

    await wrapper.get('.directory-persons__remove').trigger('click');
    const dialog = wrapper.findAll('dialog').find((element) => element.text().includes('Erika Beispiel'));
    expect(dialog?.text()).toContain('werden gelöscht, nicht nur ausgeblendet');
    await dialog
      ?.findAll('button')
      .find((button) => button.text() === 'Endgültig löschen')
      ?.trigger('click');
    await flushPromises();
    expect(sent.find((request) => request.operationName === 'RemoveDirectoryContactPerson')?.variables).toEqual({
      id: 'p1',
    });
    expect(wrapper.get('.alert--success').text()).toBe('Die Daten von Erika Beispiel wurden gelöscht.');
  });
});
