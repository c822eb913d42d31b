import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountDirectory, type SentRequest } from '../test/mountDirectory';
import DirectoryImportPage from './DirectoryImportPage.vue';

const CSV = 'typ;externe_id;name\neintrag;A-1;Sprachschule Beispiel gGmbH\neintrag;A-2;Kursträger Muster\n';

const created = {
  __typename: 'DirectoryImportItem',
  row: 2,
  rows: [2, 3],
  externalId: 'A-1',
  name: 'Sprachschule Beispiel gGmbH',
  action: 'CREATE',
  entryId: null,
  changedColumns: [],
  problems: [],
};
const rejected = {
  __typename: 'DirectoryImportItem',
  row: 4,
  rows: [4],
  externalId: 'A-2',
  name: 'Kursträger Muster',
  action: 'REJECT',
  entryId: null,
  changedColumns: [],
  problems: [
    {
      __typename: 'DirectoryImportProblem',
      row: 4,
      column: 'plz',
      message: 'Die Postleitzahl 00000 gibt es nicht.',
    },
  ],
};

function answer(request: SentRequest) {
  if (request.operationName !== 'ImportDirectoryEntries') {
    return { errors: [{ message: `unexpected ${request.operationName}` }] };
  }
  const input = request.variables.input as { dryRun: boolean; onlyValidRows: boolean };
  const applied = !input.dryRun && input.onlyValidRows;
  return {
    data: {
      importDirectoryEntries: {
        __typename: 'DirectoryImportResult',
        dryRun: input.dryRun,
        applied,
        encoding: 'UTF-8',
        separator: ';',
        created: 1,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        items: [applied ? { ...created, entryId: 'e-new' } : created, rejected],
      },
    },
  };
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function chooseFile(wrapper: Awaited<ReturnType<typeof mountDirectory>>['wrapper'], file: File) {
  const input = wrapper.get('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

describe('DirectoryImportPage', () => {
  it('shows the dry run per row and applies only valid rows once that option was checked', async () => {
    const { wrapper, sent } = await mountDirectory(
      DirectoryImportPage,
      'directory-import',
      '/verzeichnis/import',
      answer,
    );
    const applyButton = () => wrapper.get('button.button--primary');
    expect(wrapper.get('label[for="directory-import-file"]').text()).toBe('CSV-Datei');
    expect(applyButton().attributes('disabled')).toBeDefined();

    await chooseFile(wrapper, new File([CSV], 'eintraege.csv', { type: 'text/csv' }));
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const first = sent.find((request) => request.operationName === 'ImportDirectoryEntries');
    const input = first?.variables.input as { file: string; dryRun: boolean; onlyValidRows: boolean };
    expect(input.dryRun).toBe(true);
    expect(input.onlyValidRows).toBe(false);
    expect(new TextDecoder().decode(Uint8Array.from(atob(input.file), (char) => char.charCodeAt(0)))).toBe(CSV);

    const rows = wrapper.findAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].text()).toContain('2–3');
    expect(rows[0].text()).toContain('Neu');
    expect(rows[1].text()).toContain('Abgelehnt');
    expect(rows[1].get('li').text()).toBe('Zeile 4, Spalte plz: Die Postleitzahl 00000 gibt es nicht.');
    expect(wrapper.text()).toContain('Neu: 1 · Geändert: 0 · Unverändert: 0 · Abgelehnt: 1');
    expect(wrapper.get('[role="status"]').text()).toBe('Probelauf abgeschlossen: 1 neu, 0 geändert, 1 abgelehnt.');
    // A rejected row blocks the import unless only valid rows are chosen.
    expect(applyButton().attributes('disabled')).toBeDefined();
    expect(wrapper.get('#directory-import-apply-hint').text()).toContain('Nur gültige Zeilen importieren');

    await wrapper.get('#directory-import-only-valid').setValue(true);
    // The option changed after the dry run: run it again first.
    expect(applyButton().attributes('disabled')).toBeDefined();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(applyButton().attributes('disabled')).toBeUndefined();

    await applyButton().trigger('click');
    await flushPromises();
    const last = sent.filter((request) => request.operationName === 'ImportDirectoryEntries').at(-1);
    expect(last?.variables.input).toMatchObject({ dryRun: false, onlyValidRows: true });
    expect(wrapper.get('[role="status"]').text()).toBe('Import gespeichert: 1 neu, 0 geändert.');
    expect(wrapper.get('h2').text()).toBe('Ergebnis des Imports');
    expect(wrapper.get('tbody tr a').attributes('href')).toBe('/verzeichnis/e-new');
  });

  it('asks for a file before a dry run and refuses files over 3.5 MB without sending them', async () => {
    const { wrapper, sent } = await mountDirectory(
      DirectoryImportPage,
      'directory-import',
      '/verzeichnis/import',
      answer,
    );
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#directory-import-file-error').text()).toBe('Bitte zuerst eine CSV-Datei wählen.');

    await chooseFile(wrapper, new File([new Uint8Array(4 * 1024 * 1024)], 'gross.csv'));
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#directory-import-file-error').text()).toBe('Die Datei ist zu groß (höchstens 3,5 MB).');
    expect(wrapper.get('input[type="file"]').attributes('aria-invalid')).toBe('true');
    expect(sent.filter((request) => request.operationName === 'ImportDirectoryEntries')).toHaveLength(0);
  });
});
