import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountDirectory, type SentRequest } from '../test/mountDirectory';
import DirectoryIntervalsPage from './DirectoryIntervalsPage.vue';

const KINDS = ['COURSE_PROVIDER', 'MIGRANT_ORGANISATION', 'COUNSELLING_SERVICE', 'AUTHORITY', 'OTHER'];

function answerWith(forbidden = false) {
  return (request: SentRequest) => {
    if (request.operationName === 'DirectoryVerificationIntervals') {
      return {
        data: {
          directoryVerificationIntervals: KINDS.map((kind) => ({
            __typename: 'DirectoryVerificationInterval',
            kind,
            months: kind === 'AUTHORITY' ? 6 : 12,
          })),
        },
      };
    }
    if (request.operationName === 'SetDirectoryVerificationInterval') {
      if (forbidden) return { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] };
      return {
        data: {
          setDirectoryVerificationInterval: {
            __typename: 'DirectoryVerificationInterval',
            kind: request.variables.kind,
            months: request.variables.months,
          },
        },
      };
    }
    return { errors: [{ message: `unexpected ${request.operationName}` }] };
  };
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const saves = (sent: SentRequest[]) =>
  sent.filter((request) => request.operationName === 'SetDirectoryVerificationInterval');

describe('DirectoryIntervalsPage', () => {
  it('shows the interval of every kind and saves a changed one', async () => {
    const { wrapper, sent } = await mountDirectory(
      DirectoryIntervalsPage,
      'directory-intervals',
      '/verzeichnis/pruefintervalle',
      answerWith(),
    );
    const input = wrapper.get<HTMLInputElement>('#directory-interval-AUTHORITY');
    expect(wrapper.findAll('tbody tr')).toHaveLength(5);
    expect(input.element.value).toBe('6');
    expect(input.attributes('aria-label')).toBe('Prüfintervall in Monaten für Behörde');

    await input.setValue('24');
    const button = wrapper.get('button[aria-label="Prüfintervall für Behörde speichern"]');
    await button.trigger('click');
    await flushPromises();

    expect(saves(sent).map((request) => request.variables)).toEqual([{ kind: 'AUTHORITY', months: 24 }]);
    expect(wrapper.get('[role="status"]').text()).toBe('Prüfintervall für Behörde: 24 Monate gespeichert.');
  });

  it('refuses values outside 1–120 without asking the server, and shows a server refusal', async () => {
    const { wrapper, sent } = await mountDirectory(
      DirectoryIntervalsPage,
      'directory-intervals',
      '/verzeichnis/pruefintervalle',
      answerWith(true),
    );
    const input = wrapper.get('#directory-interval-OTHER');
    await input.setValue('0');
    await input.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(wrapper.get('#directory-interval-OTHER-error').text()).toBe('Bitte eine ganze Zahl von 1 bis 120 eingeben.');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(saves(sent)).toHaveLength(0);

    await input.setValue('18');
    await wrapper.get('button[aria-label="Prüfintervall für Sonstige speichern"]').trigger('click');
    await flushPromises();
    expect(saves(sent)).toHaveLength(1);
    expect(wrapper.get('#directory-interval-OTHER-error').text()).not.toBe('');
    expect(wrapper.get('[role="status"]').text()).toBe('');
  });
});
