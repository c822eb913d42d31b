import { plainToInstance } from 'class-transformer';
import { DirectoryCodeList } from '../code-lists/directory-code-list';
import type { DirectoryCodes } from '../code-lists/directory-codes';
import { validateSync, type ValidationError } from 'class-validator';
import { Visibility } from '../../articles/article-status';
import { CefrLevel, CourseFormat, CourseSchedule, CourseType } from '../course-offer-enums';
import { DirectoryEntryKind } from '../directory-entry-kind';
import { addressValues, checkOpeningHours, normaliseLanguages } from '../directory-entry-values';
import { DirectoryErrorCode, DirectoryException } from '../directory.errors';
import { CreateDirectoryEntryInput } from '../dto/create-directory-entry.input';
import type {
  DirectoryAddressInput,
  DirectoryCourseOfferInput,
  DirectoryOpeningHoursInput,
} from '../dto/directory-entry-parts.input';
import {
  ADDRESS_COLUMNS,
  COLUMNS_OF,
  CSV_COLUMNS,
  type CsvColumn,
  LIST_SEPARATOR,
  NO,
  ROW_KINDS,
  type RowKind,
  WEEKDAYS,
  YES,
} from './directory-csv-format';
import type { CsvFile, CsvRecord } from './read-csv-file';

export interface ImportProblem {
  row: number;
  column: CsvColumn | null;
  message: string;
}

/** The entry fields a file sets; a field whose column the file lacks is undefined and stays as it is. */
export type ImportedFields = Omit<Partial<CreateDirectoryEntryInput>, 'description'> & {
  /** Plain text; paragraphs separated by blank lines. */
  descriptionText?: string;
};

/** One entry of the file: its `eintrag` row with the `adresse` and `kurs` rows of the same external id. */
export interface ImportGroup {
  externalId: string | null;
  row: number;
  rows: number[];
  name: string | null;
  fields: ImportedFields | null;
  problems: ImportProblem[];
}

interface Row {
  line: number;
  kind: RowKind;
  get(column: CsvColumn): string | undefined;
}

const invalidFile = (message: string): DirectoryException =>
  new DirectoryException(DirectoryErrorCode.INVALID_IMPORT_FILE, message);

/** Checks the header, groups the rows by external id and turns each group into entry fields or problems. */
export function interpretCsv(file: CsvFile, codes: DirectoryCodes): ImportGroup[] {
  const columns = checkHeader(file.header);
  const index = new Map(columns.map((column, position) => [column, position]));
  const groups = new Map<string, ImportGroup & { entry?: Row; addresses: Row[]; offers: Row[] }>();
  const loose: ImportGroup[] = [];

  const groupFor = (externalId: string, line: number) => {
    let group = groups.get(externalId);
    if (!group) {
      group = { externalId, row: line, rows: [], name: null, fields: null, problems: [], addresses: [], offers: [] };
      groups.set(externalId, group);
    }
    group.rows.push(line);
    return group;
  };

  for (const record of file.records) {
    const externalIdAt = index.get('externe_id') ?? -1;
    const externalId = record.values[externalIdAt]?.trim() ?? '';
    if (record.values.length !== columns.length) {
      const problem: ImportProblem = {
        row: record.line,
        column: null,
        message: `Die Zeile hat ${record.values.length} Spalten, erwartet werden ${columns.length}.`,
      };
      if (externalId && groups.has(externalId)) groupFor(externalId, record.line).problems.push(problem);
      else loose.push(looseGroup(record, externalId || null, problem));
      continue;
    }
    const row = toRow(record, index);
    if (!row.ok) {
      loose.push(looseGroup(record, externalId || null, row.problem));
      continue;
    }
    if (!externalId) {
      loose.push(
        looseGroup(record, null, { row: record.line, column: 'externe_id', message: 'Die externe Kennung fehlt.' }),
      );
      continue;
    }
    const group = groupFor(externalId, record.line);
    group.problems.push(...strayValues(row.row));
    if (row.row.kind === 'eintrag') {
      if (group.entry) {
        group.problems.push({
          row: record.line,
          column: 'externe_id',
          message: `Die externe Kennung „${externalId}“ steht schon in Zeile ${group.entry.line}.`,
        });
      } else {
        group.entry = row.row;
        group.name = row.row.get('name') ?? null;
      }
    } else if (row.row.kind === 'adresse') {
      group.addresses.push(row.row);
    } else {
      group.offers.push(row.row);
    }
  }

  const result: ImportGroup[] = [];
  for (const group of groups.values()) {
    const { entry, addresses, offers, ...plain } = group;
    if (!entry) {
      plain.problems.push({
        row: plain.row,
        column: 'externe_id',
        message: `Zur externen Kennung „${plain.externalId}“ gibt es keine Zeile mit satz „eintrag“.`,
      });
    } else {
      const built = buildFields(entry, addresses, offers, index, codes);
      plain.problems.push(...built.problems);
      if (plain.problems.length === 0) plain.fields = built.fields;
    }
    plain.problems.sort((a, b) => a.row - b.row);
    result.push(plain);
  }
  return [...result, ...loose].sort((a, b) => a.row - b.row);
}

function checkHeader(header: string[]): CsvColumn[] {
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw invalidFile(
      `Unbekannte Spalte${unknown.length > 1 ? 'n' : ''}: ${unknown.map((name) => `„${name}“`).join(', ')}. Erlaubt sind: ${CSV_COLUMNS.join(', ')}.`,
    );
  }
  const twice = header.filter((name, position) => header.indexOf(name) !== position);
  if (twice.length > 0) throw invalidFile(`Die Spalte „${twice[0]}“ steht zweimal in der Kopfzeile.`);
  if (!header.includes('externe_id')) throw invalidFile('Die Spalte „externe_id“ fehlt in der Kopfzeile.');
  return header as CsvColumn[];
}

function looseGroup(record: CsvRecord, externalId: string | null, problem: ImportProblem): ImportGroup {
  return { externalId, row: record.line, rows: [record.line], name: null, fields: null, problems: [problem] };
}

function toRow(
  record: CsvRecord,
  index: Map<CsvColumn, number>,
): { ok: true; row: Row } | { ok: false; problem: ImportProblem } {
  const get = (column: CsvColumn): string | undefined => {
    const position = index.get(column);
    return position === undefined ? undefined : (record.values[position] ?? '').trim();
  };
  const rawKind = (get('satz') || 'eintrag').toLowerCase();
  if (!(ROW_KINDS as readonly string[]).includes(rawKind)) {
    return {
      ok: false,
      problem: {
        row: record.line,
        column: 'satz',
        message: `Unbekannte Satzart „${get('satz')}“ (erlaubt: ${ROW_KINDS.join(', ')}).`,
      },
    };
  }
  return { ok: true, row: { line: record.line, kind: rawKind as RowKind, get } };
}

function strayValues(row: Row): ImportProblem[] {
  return CSV_COLUMNS.filter((column) => !COLUMNS_OF[row.kind].has(column) && (row.get(column) ?? '') !== '').map(
    (column) => ({
      row: row.line,
      column,
      message: `Die Spalte bleibt in Zeilen mit satz „${row.kind}“ leer.`,
    }),
  );
}

class Problems {
  readonly list: ImportProblem[] = [];

  add(row: Row, column: CsvColumn, message: string): void {
    this.list.push({ row: row.line, column, message });
  }

  /** Runs a check of the write path; its German message becomes a problem of the column. */
  check<T>(row: Row, column: CsvColumn, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      if (error instanceof DirectoryException) {
        this.add(row, column, error.message);
        return undefined;
      }
      throw error;
    }
  }
}

const splitList = (value: string): string[] =>
  value
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);

function enumValue<T extends string>(
  problems: Problems,
  row: Row,
  column: CsvColumn,
  values: Record<string, T>,
): T | undefined {
  const raw = row.get(column) ?? '';
  const allowed = Object.values(values) as string[];
  if (allowed.includes(raw.toUpperCase())) return raw.toUpperCase() as T;
  problems.add(
    row,
    column,
    raw === ''
      ? `Die Spalte braucht einen Wert (erlaubt: ${allowed.join(', ')}).`
      : `Unbekannter Wert „${raw}“ (erlaubt: ${allowed.join(', ')}).`,
  );
  return undefined;
}

/** ISO date (JJJJ-MM-TT) or German date (TT.MM.JJJJ) → ISO; empty → null. */
function dateValue(problems: Problems, row: Row, column: CsvColumn): string | null | undefined {
  const raw = row.get(column) ?? '';
  if (raw === '') return null;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : raw;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(`${iso}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    problems.add(row, column, `„${raw}“ ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ).`);
    return undefined;
  }
  return iso;
}

function numberValue(problems: Problems, row: Row, column: CsvColumn): number | null | undefined {
  const raw = row.get(column) ?? '';
  if (raw === '') return null;
  const value = Number(raw.replace(',', '.'));
  if (!/^-?\d+([.,]\d+)?$/.test(raw) || !Number.isFinite(value)) {
    problems.add(row, column, `„${raw}“ ist keine Zahl.`);
    return undefined;
  }
  return value;
}

function booleanValue(problems: Problems, row: Row, column: CsvColumn): boolean | undefined {
  const raw = (row.get(column) ?? '').toLowerCase();
  if (raw === '' || raw === NO) return false;
  if (raw === YES) return true;
  problems.add(row, column, `„${row.get(column)}“: erwartet „${YES}“ oder „${NO}“.`);
  return undefined;
}

/** "Mo 09:00-12:00|Mo 13:00-16:00|Fr nach Vereinbarung". */
function openingHoursValue(problems: Problems, row: Row, raw: string): DirectoryOpeningHoursInput[] | undefined {
  const hours: DirectoryOpeningHoursInput[] = [];
  for (const part of splitList(raw)) {
    const match = /^(Mo|Di|Mi|Do|Fr|Sa|So)\b\s*(?:(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))?\s*(.*)$/i.exec(part);
    const day = match ? WEEKDAYS.findIndex((name) => name.toLowerCase() === match[1].toLowerCase()) : -1;
    if (!match || day < 0) {
      problems.add(
        row,
        'oeffnungszeiten',
        `„${part}“: erwartet Tag, Zeiten und/oder Notiz, z. B. „Mo 09:00-12:00“ oder „Fr nach Vereinbarung“.`,
      );
      return undefined;
    }
    const pad = (time: string | undefined): string | null => (time ? time.padStart(5, '0') : null);
    hours.push({ weekday: day + 1, opens: pad(match[2]), closes: pad(match[3]), note: match[4].trim() });
  }
  return problems.check(row, 'oeffnungszeiten', () => checkOpeningHours(hours));
}

function addressOf(problems: Problems, row: Row): DirectoryAddressInput | undefined {
  const latitude = numberValue(problems, row, 'breitengrad');
  const longitude = numberValue(problems, row, 'laengengrad');
  if ((latitude === null) !== (longitude === null)) {
    problems.add(row, latitude === null ? 'breitengrad' : 'laengengrad', 'Breiten- und Längengrad gehören zusammen.');
  }
  return {
    label: row.get('adresse_bezeichnung') ?? '',
    street: row.get('strasse') ?? '',
    postalCode: row.get('plz') ?? '',
    city: row.get('ort') ?? '',
    district: row.get('landkreis') ?? '',
    latitude: latitude ?? null,
    longitude: longitude ?? null,
  };
}

function offerOf(problems: Problems, row: Row, addressCount: number | null): DirectoryCourseOfferInput {
  const type = enumValue(problems, row, 'kurs_typ', CourseType);
  const level = (row.get('niveau') ?? '') === '' ? null : enumValue(problems, row, 'niveau', CefrLevel);
  const format = enumValue(problems, row, 'format', CourseFormat);
  const schedule = enumValue(problems, row, 'zeitmodell', CourseSchedule);
  const places = numberValue(problems, row, 'freie_plaetze');
  if (places !== null && places !== undefined && !Number.isInteger(places)) {
    problems.add(row, 'freie_plaetze', `„${row.get('freie_plaetze')}“ ist keine ganze Zahl.`);
  }
  const location = numberValue(problems, row, 'kursort');
  let locationIndex: number | null = null;
  if (location !== null && location !== undefined) {
    if (!Number.isInteger(location) || location < 1) {
      problems.add(row, 'kursort', `„${row.get('kursort')}“: erwartet die Nummer einer Adresse (1 = Hauptadresse).`);
    } else if (addressCount !== null && location > addressCount) {
      problems.add(row, 'kursort', `Den Kursort ${location} gibt es nicht (der Eintrag hat ${addressCount} Adressen).`);
    } else {
      locationIndex = location - 1;
    }
  }
  return {
    type: type ?? CourseType.OTHER,
    cefrLevel: level ?? null,
    format: format ?? CourseFormat.ON_SITE,
    schedule: schedule ?? CourseSchedule.PART_TIME,
    nextStartDate: dateValue(problems, row, 'naechster_start') ?? null,
    placesFree: places ?? null,
    childcare: booleanValue(problems, row, 'kinderbetreuung') ?? false,
    locationIndex,
    approvalNumber: row.get('zulassungsnummer') ?? '',
    note: row.get('kurs_hinweis') ?? '',
  };
}

function buildFields(
  entry: Row,
  addressRows: Row[],
  offerRows: Row[],
  index: Map<CsvColumn, number>,
  codes: DirectoryCodes,
): { fields: ImportedFields; problems: ImportProblem[] } {
  const problems = new Problems();
  const fields: ImportedFields = { externalId: entry.get('externe_id') };
  const text = (column: CsvColumn): string | undefined => entry.get(column);
  const list = (column: CsvColumn): string[] | undefined => {
    const value = entry.get(column);
    return value === undefined ? undefined : splitList(value);
  };

  if (text('art') !== undefined) fields.kind = enumValue(problems, entry, 'art', DirectoryEntryKind);
  fields.name = text('name');
  fields.shortName = text('kurzname');
  fields.descriptionText = text('beschreibung');
  fields.phone = text('telefon');
  fields.email = text('email');
  fields.website = text('website');
  fields.accessibilityNotes = text('barrierefreiheit');
  fields.openingHoursNote = text('oeffnungszeiten_hinweis');
  fields.cooperationKind = text('kooperation_art');
  fields.cooperationAgencyContact = text('kooperation_ansprechperson');
  const languages = list('sprachen');
  if (languages) fields.languages = problems.check(entry, 'sprachen', () => normaliseLanguages(languages));
  const targetGroups = list('zielgruppen')?.map((code) => code.toUpperCase());
  if (targetGroups)
    fields.targetGroups = problems.check(entry, 'zielgruppen', () =>
      codes.check(DirectoryCodeList.TARGET_GROUP, targetGroups),
    );
  const topics = list('themen')?.map((code) => code.toUpperCase());
  if (topics)
    fields.topics = problems.check(entry, 'themen', () => codes.check(DirectoryCodeList.ORGANISATION_TOPIC, topics));
  fields.tags = list('schlagwoerter');
  fields.communities = list('gemeinschaften');
  fields.countriesOfOrigin = list('herkunftslaender')?.map((code) => code.toUpperCase());
  if (text('sichtbarkeit') !== undefined) {
    fields.visibility =
      text('sichtbarkeit') === '' ? Visibility.INTERNAL : enumValue(problems, entry, 'sichtbarkeit', Visibility);
  }
  const hours = text('oeffnungszeiten');
  if (hours !== undefined) fields.openingHours = openingHoursValue(problems, entry, hours);
  if (text('kooperation_seit') !== undefined) {
    const since = dateValue(problems, entry, 'kooperation_seit');
    if (since !== undefined) fields.cooperationSince = since;
  }

  const hasAddressColumns = ADDRESS_COLUMNS.some((column) => index.has(column));
  const addressRowsOfEntry = [
    ...(ADDRESS_COLUMNS.some((column) => (entry.get(column) ?? '') !== '') ? [entry] : []),
    ...addressRows,
  ];
  if (hasAddressColumns) {
    const addresses: DirectoryAddressInput[] = [];
    for (const [position, row] of addressRowsOfEntry.entries()) {
      const address = addressOf(problems, row);
      if (!address) continue;
      if (/^\d{5}$/.test(address.postalCode)) problems.check(row, 'plz', () => addressValues(address, position));
      addresses.push(address);
    }
    fields.addresses = addresses;
  }

  if (index.has('kurs_typ') || offerRows.length > 0) {
    if (offerRows.length > 0 && fields.kind !== undefined && fields.kind !== DirectoryEntryKind.COURSE_PROVIDER) {
      for (const row of offerRows) {
        problems.add(row, 'kurs_typ', 'Kursangebote gibt es nur bei Kursträgern (art COURSE_PROVIDER).');
      }
    }
    fields.courseOffers = offerRows.map((row) =>
      offerOf(problems, row, hasAddressColumns ? addressRowsOfEntry.length : null),
    );
  }

  const rowOfAddress = (position: number): Row => addressRowsOfEntry[position] ?? entry;
  const rowOfOffer = (position: number): Row => offerRows[position] ?? entry;
  for (const problem of validationProblems(fields, entry, rowOfAddress, rowOfOffer)) {
    problems.list.push(problem);
  }
  return { fields, problems: problems.list };
}

const FIELD_COLUMNS: Record<string, CsvColumn> = {
  kind: 'art',
  name: 'name',
  shortName: 'kurzname',
  phone: 'telefon',
  email: 'email',
  website: 'website',
  languages: 'sprachen',
  targetGroups: 'zielgruppen',
  accessibilityNotes: 'barrierefreiheit',
  tags: 'schlagwoerter',
  visibility: 'sichtbarkeit',
  openingHours: 'oeffnungszeiten',
  openingHoursNote: 'oeffnungszeiten_hinweis',
  communities: 'gemeinschaften',
  countriesOfOrigin: 'herkunftslaender',
  topics: 'themen',
  cooperationSince: 'kooperation_seit',
  cooperationKind: 'kooperation_art',
  cooperationAgencyContact: 'kooperation_ansprechperson',
  externalId: 'externe_id',
  label: 'adresse_bezeichnung',
  street: 'strasse',
  postalCode: 'plz',
  city: 'ort',
  district: 'landkreis',
  latitude: 'breitengrad',
  longitude: 'laengengrad',
  approvalNumber: 'zulassungsnummer',
  note: 'kurs_hinweis',
};

/** The input's own class-validator rules (the ones the GraphQL API applies), with German messages per column. */
function validationProblems(
  fields: ImportedFields,
  entry: Row,
  rowOfAddress: (position: number) => Row,
  rowOfOffer: (position: number) => Row,
): ImportProblem[] {
  const { descriptionText: _text, ...input } = fields;
  const errors = validateSync(plainToInstance(CreateDirectoryEntryInput, input), {
    skipUndefinedProperties: true,
  });
  const problems: ImportProblem[] = [];
  const visit = (error: ValidationError, row: Row, value: unknown): void => {
    const column = FIELD_COLUMNS[error.property];
    if (error.constraints && column) {
      problems.push({ row: row.line, column, message: germanMessage(column, error.constraints, value) });
    }
  };
  for (const error of errors) {
    if (error.property === 'addresses' || error.property === 'courseOffers') {
      for (const item of error.children ?? []) {
        const position = Number(item.property);
        const row = error.property === 'addresses' ? rowOfAddress(position) : rowOfOffer(position);
        for (const child of item.children ?? []) visit(child, row, child.value);
      }
    } else {
      visit(error, entry, error.value);
    }
  }
  return problems;
}

function germanMessage(column: CsvColumn, constraints: Record<string, string>, value: unknown): string {
  const shown = Array.isArray(value)
    ? value.join(LIST_SEPARATOR)
    : typeof value === 'string' || typeof value === 'number'
      ? String(value)
      : '';
  const [key, english] = Object.entries(constraints)[0] ?? ['', ''];
  const limit = /(\d+) (characters|elements)/.exec(english)?.[1];
  switch (key) {
    case 'isEmail':
      return `„${shown}“ ist keine gültige E-Mail-Adresse.`;
    case 'isUrl':
      return `„${shown}“ ist keine gültige Webadresse (mit http:// oder https://).`;
    case 'isLength':
    case 'minLength':
    case 'maxLength':
      return shown.trim() === '' || /longer/.test(english)
        ? 'Der Wert darf nicht leer sein.'
        : `Der Wert ist zu lang (höchstens ${limit ?? '?'} Zeichen).`;
    case 'arrayMaxSize':
      return `Zu viele Werte (höchstens ${limit ?? '?'}).`;
    case 'isLatitude':
    case 'isLongitude':
      return `„${shown}“ ist keine gültige Koordinate.`;
    case 'matches':
      if (column === 'plz') return `„${shown}“ ist keine Postleitzahl (fünf Ziffern).`;
      if (column === 'telefon') return `„${shown}“: erlaubt sind nur Ziffern, Leerzeichen und + ( ) / -.`;
      if (column === 'herkunftslaender') return `„${shown}“: erwartet Ländercodes nach ISO 3166-1, z. B. „ER“.`;
      return `„${shown}“ hat nicht das erwartete Format.`;
    default:
      return `„${shown}“ ist ungültig.`;
  }
}
