import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../../src/common/auth/role';
import { CSV_COLUMNS } from '../../src/directory/import/directory-csv-format';
import { SearchOutboxService } from '../../src/search-outbox/search-outbox.service';
import { startTestApp, type SignedInUser, type TestApp } from '../test-app';
import type { GraphqlClient } from '../graphql-client';
import { address, createEntry } from './directory-fixtures';

const IMPORT = `mutation ($input: ImportDirectoryEntriesInput!) {
  importDirectoryEntries(input: $input) {
    dryRun applied encoding separator created updated unchanged rejected
    items { row rows externalId name action entryId changedColumns problems { row column message } }
  } }`;

interface ImportResult {
  dryRun: boolean;
  applied: boolean;
  encoding: string;
  separator: string;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  items: {
    row: number;
    rows: number[];
    externalId: string | null;
    name: string | null;
    action: string;
    entryId: string | null;
    changedColumns: string[];
    problems: { row: number; column: string | null; message: string }[];
  }[];
}

const EXAMPLE = readFileSync(join(__dirname, '../../src/directory/import/beispiel-import.csv'));

async function runImport(
  client: GraphqlClient,
  file: string | Buffer,
  options: { dryRun: boolean; onlyValidRows?: boolean },
): Promise<ImportResult> {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  const data = await client.expectData<{ importDirectoryEntries: ImportResult }>(IMPORT, {
    input: { file: bytes.toString('base64'), ...options },
  });
  return data.importDirectoryEntries;
}

/** Windows-1252 bytes of a string made of Latin-1 characters (the test files use only those). */
const cp1252 = (text: string): Buffer => Buffer.from(text, 'latin1');

/** A minimal RFC 6350 reader: unfolds lines and splits name, parameters and (unescaped) value. */
function parseVcards(text: string): { name: string; params: string; value: string }[][] {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const cards: { name: string; params: string; value: string }[][] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') cards.push([]);
    else if (name !== 'END') cards.at(-1)!.push({ name, params: params.join(';'), value });
  }
  return cards;
}

const unescape = (value: string): string =>
  value.replace(/\\([\\,;nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

async function download(ctx: TestApp, path: string, client?: GraphqlClient): Promise<Response> {
  return fetch(`${ctx.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
}

describe('directory: CSV import and CSV/XLSX/vCard exports', () => {
  let ctx: TestApp;
  let editor: SignedInUser;
  let reader: SignedInUser;
  const count = async (table: string): Promise<number> =>
    Number((await ctx.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    ctx = await startTestApp();
    editor = await ctx.newUser(Role.EDITOR);
    reader = await ctx.newUser(Role.READER);
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('refuses a file with bad rows as a whole, with exact messages, and imports its valid rows on request', async () => {
    // Windows-1252 (as Excel writes it), comma-separated; "Begegnungsstätte Süd" is not valid UTF-8 here.
    const file = cp1252(
      [
        'satz,externe_id,art,name,sprachen,strasse,plz,ort,landkreis',
        'eintrag,A-1,OTHER,Beratung Mitte,de,Musterweg 1,73728,Esslingen am Neckar,Landkreis Esslingen',
        'eintrag,A-2,OTHER,Falsche PLZ,de,Musterweg 2,00000,Nirgendwo,Nirgends',
        'eintrag,A-3,OTHER,Falsche Sprache,xx|de,Musterweg 3,73728,Esslingen am Neckar,Landkreis Esslingen',
        'eintrag,A-1,OTHER,Doppelt,de,Musterweg 4,73728,Esslingen am Neckar,Landkreis Esslingen',
        'eintrag,A-5,OTHER,Zu wenig Spalten',
        'eintrag,A-4,OTHER,"Begegnungsstätte Süd, Ulm",de|ti,Hauptstraße 5,89073,Ulm,Stadtkreis Ulm',
        'eintrag,A-6,OTHER,Kurze PLZ,de,Musterweg 6,7372,Esslingen am Neckar,Landkreis Esslingen',
        '',
      ].join('\r\n'),
    );

    const applied = await runImport(editor.client, file, { dryRun: false });
    expect(applied).toMatchObject({ applied: false, encoding: 'Windows-1252', separator: ',' });
    expect(await count('directory_entry')).toBe(0);
    expect(await count('directory_entry_change')).toBe(0);
    expect(
      applied.items.map(({ row, externalId, action, problems }) => ({ row, externalId, action, problems })),
    ).toEqual([
      {
        row: 2,
        externalId: 'A-1',
        action: 'REJECT',
        problems: [{ row: 5, column: 'externe_id', message: 'Die externe Kennung „A-1“ steht schon in Zeile 2.' }],
      },
      {
        row: 3,
        externalId: 'A-2',
        action: 'REJECT',
        problems: [{ row: 3, column: 'plz', message: 'Die Postleitzahl 00000 gibt es nicht (Adresse 1).' }],
      },
      {
        row: 4,
        externalId: 'A-3',
        action: 'REJECT',
        problems: [
          {
            row: 4,
            column: 'sprachen',
            message: 'Unbekannter Sprachcode: xx (erwartet ISO 639-1 oder ISO 639-3, z. B. „ar“, „ti“, „prs“).',
          },
        ],
      },
      {
        row: 6,
        externalId: 'A-5',
        action: 'REJECT',
        problems: [{ row: 6, column: null, message: 'Die Zeile hat 4 Spalten, erwartet werden 9.' }],
      },
      { row: 7, externalId: 'A-4', action: 'CREATE', problems: [] },
      {
        row: 8,
        externalId: 'A-6',
        action: 'REJECT',
        problems: [{ row: 8, column: 'plz', message: '„7372“ ist keine Postleitzahl (fünf Ziffern).' }],
      },
    ]);
    expect(applied.items.find((item) => item.externalId === 'A-4')?.name).toBe('Begegnungsstätte Süd, Ulm');
    expect(applied.items.find((item) => item.externalId === 'A-1')?.rows).toEqual([2, 5]);

    const partial = await runImport(editor.client, file, { dryRun: false, onlyValidRows: true });
    expect(partial).toMatchObject({ applied: true, created: 1, rejected: 5 });
    const rows = await ctx.dataSource.query<{ name: string; languages: string[]; street: string }[]>(
      `SELECT e.name, e.languages, a.street FROM directory_entry e JOIN directory_address a ON a."entryId" = e.id`,
    );
    expect(rows).toEqual([{ name: 'Begegnungsstätte Süd, Ulm', languages: ['de', 'ti'], street: 'Hauptstraße 5' }]);
  });

  it('imports the example file of the repository: dry run first, then apply; the same file again changes nothing', async () => {
    const before = await count('directory_entry');
    const dryRun = await runImport(editor.client, EXAMPLE, { dryRun: true });
    expect(dryRun).toMatchObject({ dryRun: true, applied: false, encoding: 'UTF-8', separator: ';', created: 2 });
    expect(await count('directory_entry')).toBe(before);

    const first = await runImport(editor.client, EXAMPLE, { dryRun: false });
    expect(first).toMatchObject({ applied: true, created: 2, rejected: 0 });
    const provider = await editor.client.expectData<{
      directoryEntry: {
        name: string;
        addresses: { city: string }[];
        openingHours: { weekday: number; opens: string | null; closes: string | null; note: string }[];
        courseOffers: { type: string; childcare: boolean; location: { city: string } | null }[];
        visibility: string;
      };
    }>(
      `query ($id: ID!) { directoryEntry(id: $id) { name visibility addresses { city }
        openingHours { weekday opens closes note } courseOffers { type childcare location { city } } } }`,
      { id: first.items[0].entryId },
    );
    expect(provider.directoryEntry).toEqual({
      name: 'Sprachschule Beispiel gGmbH',
      visibility: 'PUBLIC',
      addresses: [{ city: 'Esslingen am Neckar' }, { city: 'Ostfildern' }],
      openingHours: [
        { weekday: 1, opens: '09:00', closes: '12:00', note: '' },
        { weekday: 1, opens: '13:00', closes: '16:00', note: '' },
        { weekday: 5, opens: null, closes: null, note: 'nach Vereinbarung' },
      ],
      courseOffers: [
        { type: 'JOB_LANGUAGE_BASIC_B2', childcare: true, location: { city: 'Esslingen am Neckar' } },
        { type: 'INTEGRATION_PARENTS_WOMEN', childcare: true, location: { city: 'Ostfildern' } },
      ],
    });

    const history = await count('directory_entry_change');
    const outbox = vi.spyOn(ctx.app.get(SearchOutboxService), 'enqueue');
    const second = await runImport(editor.client, EXAMPLE, { dryRun: false });
    expect(second).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await count('directory_entry_change')).toBe(history);
    expect(outbox).not.toHaveBeenCalled();
    outbox.mockRestore();

    // A changed phone number is one UPDATE with its column; the rest stays UNCHANGED.
    const changed = EXAMPLE.toString('utf8').replace('0711 123456', '0711 999999');
    const third = await runImport(editor.client, changed, { dryRun: true });
    expect(third.items.map((item) => [item.externalId, item.action, item.changedColumns])).toEqual([
      ['KT-0001', 'UPDATE', ['telefon']],
      ['MO-0002', 'UNCHANGED', []],
    ]);
  });

  it('exports the filtered list as CSV that imports again as UNCHANGED, and as XLSX with the same cells', async () => {
    const entry = await createEntry(editor.client, {
      kind: 'COURSE_PROVIDER',
      name: 'Rundreise; "Zitat", Zeilen',
      description: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Angebot' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Erste Zeile, mit Komma; und Semikolon.' }] },
        ],
      },
      addresses: [
        address('73728', 'Esslingen am Neckar', 'Landkreis Esslingen', { latitude: 48.74, longitude: 9.31 }),
        address('73760', 'Ostfildern', 'Landkreis Esslingen'),
      ],
      openingHours: [{ weekday: 2, opens: '08:30', closes: '12:00', note: 'mit Termin' }],
      languages: ['de', 'prs'],
      courseOffers: [
        {
          type: 'INTEGRATION_GENERAL',
          cefrLevel: 'B1',
          format: 'HYBRID',
          schedule: 'EVENING',
          nextStartDate: '2030-01-15',
          placesFree: 3,
          childcare: false,
          locationIndex: 1,
        },
      ],
      visibility: 'PUBLIC',
    });
    const filter = encodeURIComponent(JSON.stringify({ kinds: ['COURSE_PROVIDER'] }));

    const csv = await download(ctx, `/api/verzeichnis/export.csv?filter=${filter}`, editor.client);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="verzeichnis-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csvBytes = Buffer.from(await csv.arrayBuffer());
    const csvText = csvBytes.toString('utf8');
    expect(csvText.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(';')}`);
    expect(csvText).toContain(`wn:${entry.id}`);

    const roundTrip = await runImport(editor.client, csvBytes, { dryRun: false });
    expect(roundTrip.rejected).toBe(0);
    expect(roundTrip.items.every((item) => item.action === 'UNCHANGED')).toBe(true);
    expect(roundTrip.items.map((item) => item.name).sort()).toEqual(
      ['Rundreise; "Zitat", Zeilen', 'Sprachschule Beispiel gGmbH'].sort(),
    );

    const xlsx = await download(ctx, `/api/verzeichnis/export.xlsx?filter=${filter}`, editor.client);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Verzeichnis', 'Kontaktpersonen']);
    const cells = sheets[0].data.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
    const { parse } = await import('csv-parse/sync');
    expect(cells).toEqual(parse(csvText.slice(1), { delimiter: ';' }));
  });

  it('gives contact persons to signed-in staff only and only PUBLIC entries to anonymous visitors', async () => {
    const open = await createEntry(editor.client, {
      name: 'Offene Beratung',
      visibility: 'PUBLIC',
      phone: '+49 711 1234',
      addresses: [address('73728', 'Esslingen am Neckar', 'Landkreis Esslingen')],
      description: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Beratung; montags, mittwochs\\freitags' }] }],
      },
    });
    const internal = await createEntry(editor.client, { name: 'Interne Stelle', visibility: 'INTERNAL' });
    for (const entryId of [open.id, internal.id]) {
      await editor.client.expectData(
        `mutation ($id: ID!) { addDirectoryContactPerson(entryId: $id, input: {
          name: "Erika Beispielperson", role: "Leitung", phone: "0711 5555", consentGivenOn: "2026-01-01" }) { id } }`,
        { id: entryId },
      );
    }
    const filter = encodeURIComponent(JSON.stringify({ kinds: ['OTHER'] }));

    const single = await download(ctx, `/api/verzeichnis/export.vcf?id=${open.id}`, reader.client);
    expect(single.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    expect(single.headers.get('content-disposition')).toBe('attachment; filename="offene-beratung.vcf"');
    const text = await single.text();
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const cards = parseVcards(text);
    expect(cards).toHaveLength(2);
    const org = Object.fromEntries(cards[0].map((property) => [property.name, property.value]));
    expect(org).toMatchObject({
      VERSION: '4.0',
      KIND: 'org',
      FN: 'Offene Beratung',
      TEL: '+49 711 1234',
      UID: `urn:uuid:${open.id}`,
    });
    expect(unescape(org.NOTE)).toBe('Beratung; montags, mittwochs\\freitags');
    expect(org.NOTE).toBe('Beratung\\; montags\\, mittwochs\\\\freitags');
    const adr = cards[0].find((property) => property.name === 'ADR')!;
    expect(adr.value.split(';').slice(2)).toEqual([
      open.addresses[0].street,
      'Esslingen am Neckar',
      'Landkreis Esslingen',
      '73728',
      'Deutschland',
    ]);
    const person = Object.fromEntries(cards[1].map((property) => [property.name, property.value]));
    expect(person).toMatchObject({
      KIND: 'individual',
      FN: 'Erika Beispielperson',
      ROLE: 'Leitung',
      ORG: 'Offene Beratung',
    });

    // Anonymous: no contact person and no INTERNAL entry in any format.
    const anonymousList = await download(ctx, `/api/verzeichnis/export.vcf?filter=${filter}`);
    const anonymousCards = parseVcards(await anonymousList.text());
    expect(anonymousCards.map((card) => card.find((property) => property.name === 'KIND')?.value)).toEqual(['org']);
    const anonymousCsv = await (await download(ctx, `/api/verzeichnis/export.csv?filter=${filter}`)).text();
    const anonymousXlsx = await readXlsxFile(
      Buffer.from(await (await download(ctx, `/api/verzeichnis/export.xlsx?filter=${filter}`)).arrayBuffer()),
    );
    expect(anonymousXlsx.map((sheet) => sheet.sheet)).toEqual(['Verzeichnis']);
    const anonymousCells = JSON.stringify(anonymousXlsx);
    for (const output of [JSON.stringify(anonymousCards), anonymousCsv, anonymousCells]) {
      expect(output).toContain('Offene Beratung');
      expect(output).not.toContain('Erika');
      expect(output).not.toContain('Interne Stelle');
    }
    const hidden = await download(ctx, `/api/verzeichnis/export.vcf?id=${internal.id}`);
    expect(hidden.status).toBe(404);

    // Signed-in staff get the internal entry and the contact sheet.
    const staffXlsx = await readXlsxFile(
      Buffer.from(
        await (await download(ctx, `/api/verzeichnis/export.xlsx?filter=${filter}`, reader.client)).arrayBuffer(),
      ),
    );
    expect(staffXlsx[1].data.slice(1).map((row) => [row[0], row[1], row[2], row[6]])).toEqual([
      [`wn:${internal.id}`, 'Erika Beispielperson', 'Leitung', '2026-01-01'],
      [`wn:${open.id}`, 'Erika Beispielperson', 'Leitung', '2026-01-01'],
    ]);
  });

  it('answers bad requests with 4xx / BAD_USER_INPUT, and lets only editors import', async () => {
    const badFilter = await download(
      ctx,
      `/api/verzeichnis/export.csv?filter=${encodeURIComponent('{"kinds":["NOPE"]}')}`,
    );
    expect(badFilter.status).toBe(400);
    expect(((await badFilter.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    expect((await download(ctx, '/api/verzeichnis/export.csv?filter=kaputt')).status).toBe(400);

    const unknownColumn = await editor.client.request(IMPORT, {
      input: { file: Buffer.from('externe_id;farbe\r\nX;rot\r\n').toString('base64'), dryRun: true },
    });
    expect(unknownColumn.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownColumn.errors?.[0]?.message).toMatch(/^Unbekannte Spalte: „farbe“\./);

    const tooBig = await editor.client.request(IMPORT, {
      input: { file: Buffer.alloc(3_600_000, 'a').toString('base64'), dryRun: true },
    });
    expect([tooBig.status, tooBig.errors?.[0]?.extensions?.code]).toEqual([200, 'BAD_USER_INPUT']);
    expect(tooBig.errors?.[0]?.message).toBe('Die Datei ist zu groß (höchstens 3.5 MB); teilen Sie sie auf.');

    const file = Buffer.from('externe_id;art;name\r\nR-1;OTHER;Leser\r\n').toString('base64');
    expect(await reader.client.errorCode(IMPORT, { input: { file, dryRun: true } })).toBe('FORBIDDEN');
    expect(await ctx.anonymous().errorCode(IMPORT, { input: { file, dryRun: true } })).toBe('UNAUTHENTICATED');
  });

  it('imports 10,000 entries in one transaction', async () => {
    const lines = ['externe_id;art;name;sprachen;strasse;plz;ort;landkreis'];
    for (let index = 1; index <= 10_000; index += 1) {
      lines.push(
        `M-${index};OTHER;Massenimport ${index};de|ar;Musterweg ${index};73728;Esslingen am Neckar;Landkreis Esslingen`,
      );
    }
    const before = await count('directory_entry');
    const started = performance.now();
    const result = await runImport(editor.client, lines.join('\r\n'), { dryRun: false });
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`[directory import] 10,000 entries on ${ctx.databaseKind}: ${seconds.toFixed(1)} s\n`);
    expect(result).toMatchObject({ applied: true, created: 10_000, rejected: 0 });
    expect(await count('directory_entry')).toBe(before + 10_000);
    expect(await count('directory_address')).toBeGreaterThanOrEqual(10_000);
  }, 600_000);
});
