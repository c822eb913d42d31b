import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountDirectory, type SentRequest } from '../test/mountDirectory';
import DirectoryReviewPage from './DirectoryReviewPage.vue';

const review = (id: string, name: string) => ({
  __typename: 'DirectoryEntry',
  id,
  kind: 'AUTHORITY',
  name,
  isOutdated: true,
  lastVerifiedAt: '2025-01-15T09:00:00.000Z',
  verificationDueAt: '2026-01-15T09:00:00.000Z',
  addresses: [
    {
      __typename: 'DirectoryAddress',
      id: `${id}-a`,
      label: '',
      street: 'Amtsweg 1',
      postalCode: '89073',
      city: 'Ulm',
      district: 'Ulm',
    },
  ],
});

function answer(request: SentRequest) {
  if (request.operationName === 'MyDirectoryReviews') {
    return { data: { myDirectoryReviews: [review('e1', 'Ausländerbehörde Beispiel'), review('e2', 'Amt Muster')] } };
  }
  if (request.operationName === 'VerifyDirectoryEntry') {
    return {
      data: {
        verifyDirectoryEntry: {
          __typename: 'DirectoryEntry',
          id: request.variables.id,
          isOutdated: false,
          lastVerifiedAt: '2026-11-30T09:00:00.000Z',
          verificationDueAt: '2027-11-30T09:00:00.000Z',
          internal: { __typename: 'DirectoryEntryInternal', lastVerifiedBy: null },
        },
      },
    };
  }
  return { errors: [{ message: `unexpected ${request.operationName}` }] };
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('DirectoryReviewPage', () => {
  it('lists my outdated entries and removes a row once "Noch aktuell" is recorded', async () => {
    const { wrapper, sent } = await mountDirectory(
      DirectoryReviewPage,
      'directory-reviews',
      '/verzeichnis/pruefen',
      answer,
    );
    const rows = () => wrapper.findAll('tbody tr');
    expect(rows()).toHaveLength(2);
    expect(rows()[0].text()).toContain('Möglicherweise veraltet');
    const button = rows()[0].get('button');
    expect(button.attributes('aria-label')).toBe('Noch aktuell: Ausländerbehörde Beispiel');

    await button.trigger('click');
    await flushPromises();

    expect(sent.find((request) => request.operationName === 'VerifyDirectoryEntry')?.variables).toEqual({ id: 'e1' });
    expect(rows()).toHaveLength(1);
    expect(rows()[0].text()).toContain('Amt Muster');
    expect(wrapper.get('[role="status"]').text()).toBe('„Ausländerbehörde Beispiel“ ist als aktuell bestätigt.');
  });
});
