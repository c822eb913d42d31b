import { Injectable } from '@nestjs/common';
import { DirectoryCodesService } from '../code-lists/directory-codes.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { emptyDocument, type JSONContent } from '@wissensnetz/editor';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer';
import { DirectoryAddressEntity } from '../directory-address.entity';
import { DirectoryCourseOfferEntity } from '../directory-course-offer.entity';
import { DirectoryEntriesService } from '../directory-entries.service';
import { entrySnapshot } from '../directory-entry.mapper';
import { DirectoryEntryEntity } from '../directory-entry.entity';
import { addressValues, cleanList } from '../directory-entry-values';
import { DirectoryOpeningHoursEntity } from '../directory-opening-hours.entity';
import { DirectoryErrorCode, DirectoryException } from '../directory.errors';
import type { CreateDirectoryEntryInput } from '../dto/create-directory-entry.input';
import { type CsvColumn, INTERNAL_ID_PREFIX } from './directory-csv-format';
import { type ImportedFields, type ImportGroup, type ImportProblem, interpretCsv } from './directory-import-rows';
import { type CsvEncoding, type CsvSeparator, readCsvFile } from './read-csv-file';

/** The GraphQL body limit is 5 MB; base64 makes 4 bytes of 3. */
export const MAX_IMPORT_BYTES = 3_500_000;
export const MAX_IMPORT_ROWS = 50_000;

export enum DirectoryImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  REJECT = 'REJECT',
}

export interface DirectoryImportItem {
  row: number;
  rows: number[];
  externalId: string | null;
  name: string | null;
  action: DirectoryImportAction;
  entryId: string | null;
  changedColumns: string[];
  problems: ImportProblem[];
}

export interface DirectoryImportOutcome {
  dryRun: boolean;
  applied: boolean;
  encoding: CsvEncoding;
  separator: CsvSeparator;
  items: DirectoryImportItem[];
}

/** The field names of entrySnapshot → the columns that set them, for "what would change". */
const COLUMN_OF_FIELD: Record<string, string> = {
  kind: 'art',
  name: 'name',
  shortName: 'kurzname',
  description: 'beschreibung',
  addresses: 'adressen',
  openingHours: 'oeffnungszeiten',
  openingHoursNote: 'oeffnungszeiten_hinweis',
  phone: 'telefon',
  email: 'email',
  website: 'website',
  languages: 'sprachen',
  targetGroups: 'zielgruppen',
  accessibilityNotes: 'barrierefreiheit',
  tags: 'schlagwoerter',
  visibility: 'sichtbarkeit',
  communities: 'gemeinschaften',
  countriesOfOrigin: 'herkunftslaender',
  topics: 'themen',
  cooperationSince: 'kooperation_seit',
  cooperationKind: 'kooperation_art',
  cooperationAgencyContact: 'kooperation_ansprechperson',
  courseOffers: 'kursangebote',
};

class RollBack extends Error {}

/**
 * CSV import keyed by external id. The dry run and the real run are the same code: every entry goes
 * through the entry service's write path (same checks, history and search outbox) inside one
 * transaction, each in a savepoint so a refused entry leaves no trace; the dry run, and a run with
 * rejected rows (unless onlyValidRows), roll the transaction back.
 */
@Injectable()
export class DirectoryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: DirectoryEntriesService,
    private readonly codes: DirectoryCodesService,
  ) {}

  async run(
    viewer: Viewer,
    bytes: Uint8Array,
    options: { dryRun: boolean; onlyValidRows: boolean },
  ): Promise<DirectoryImportOutcome> {
    if (bytes.length > MAX_IMPORT_BYTES) {
      throw new DirectoryException(
        DirectoryErrorCode.INVALID_IMPORT_FILE,
        `Die Datei ist zu groß (höchstens ${MAX_IMPORT_BYTES / 1_000_000} MB); teilen Sie sie auf.`,
      );
    }
    const file = readCsvFile(bytes);
    if (file.records.length > MAX_IMPORT_ROWS) {
      throw new DirectoryException(
        DirectoryErrorCode.INVALID_IMPORT_FILE,
        `Die Datei hat ${file.records.length} Zeilen; höchstens ${MAX_IMPORT_ROWS} gehen in einem Import.`,
      );
    }
    const groups = interpretCsv(file, await this.codes.current());
    const items = groups.map((group): DirectoryImportItem => ({
      row: group.row,
      rows: group.rows,
      externalId: group.externalId,
      name: group.name,
      action: DirectoryImportAction.REJECT,
      entryId: null,
      changedColumns: [],
      problems: group.problems,
    }));

    let applied = false;
    try {
      await this.dataSource.transaction(async (manager) => {
        const valid = groups.flatMap((group, index) => (group.fields ? [{ group, item: items[index] }] : []));
        const existing = await loadByExternalIds(
          manager,
          valid.map(({ group }) => group.externalId!),
        );
        for (const { group, item } of valid) {
          await this.importOne(manager, viewer, group, group.fields!, existing.get(group.externalId!), item);
        }
        const rejected = items.some((item) => item.action === DirectoryImportAction.REJECT);
        if (options.dryRun || (rejected && !options.onlyValidRows)) throw new RollBack();
        applied = true;
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    return { dryRun: options.dryRun, applied, encoding: file.encoding, separator: file.separator, items };
  }

  private async importOne(
    manager: EntityManager,
    viewer: Viewer,
    group: ImportGroup,
    fields: ImportedFields,
    current: DirectoryEntryEntity | undefined,
    item: DirectoryImportItem,
  ): Promise<void> {
    const refuse = (column: CsvColumn | null, message: string): void => {
      item.action = DirectoryImportAction.REJECT;
      item.problems.push({ row: group.row, column, message });
    };
    if (group.externalId?.startsWith(INTERNAL_ID_PREFIX)) {
      // An exported entry without an external id: matched by its id, which stays its only key.
      if (!current) return refuse('externe_id', `Den Eintrag „${group.externalId}“ gibt es nicht (mehr).`);
      fields = { ...fields, externalId: undefined };
    }
    if (!current) {
      if (fields.kind === undefined) return refuse('art', 'Neue Einträge brauchen eine Art (Spalte art).');
      if (!fields.name) return refuse('name', 'Neue Einträge brauchen einen Namen (Spalte name).');
    }
    const input = current ? changedFields(current, fields) : createInput(fields);
    if (current && Object.keys(input).length === 0) {
      item.action = DirectoryImportAction.UNCHANGED;
      item.entryId = current.id;
      return;
    }
    try {
      // A savepoint: an entry the write path refuses is rolled back alone.
      await manager.transaction(async (inner) => {
        if (current) {
          const { changes } = await this.entries.updateIn(inner, viewer, current.id, {
            ...input,
            baseVersion: current.version,
          });
          item.action = changes.length > 0 ? DirectoryImportAction.UPDATE : DirectoryImportAction.UNCHANGED;
          item.entryId = current.id;
          item.changedColumns = [...new Set(changes.map((change) => COLUMN_OF_FIELD[change.field] ?? change.field))];
        } else {
          item.entryId = await this.entries.createIn(inner, viewer, input as CreateDirectoryEntryInput);
          item.action = DirectoryImportAction.CREATE;
        }
      });
    } catch (error) {
      if (!(error instanceof DirectoryException)) throw error;
      item.entryId = null;
      item.changedColumns = [];
      refuse(null, error.message);
    }
  }
}

/** The entries the file names, locked for the transaction, with what their snapshot needs. */
async function loadByExternalIds(
  manager: EntityManager,
  externalIds: string[],
): Promise<Map<string, DirectoryEntryEntity>> {
  const result = new Map<string, DirectoryEntryEntity>();
  for (let start = 0; start < externalIds.length; start += 1000) {
    const chunk = externalIds.slice(start, start + 1000);
    const ids = chunk.flatMap((key) => {
      const id = key.startsWith(INTERNAL_ID_PREFIX) ? key.slice(INTERNAL_ID_PREFIX.length) : '';
      return isUUID(id) ? [id] : [];
    });
    const entries = await manager.find(DirectoryEntryEntity, {
      where: [{ externalId: In(chunk) }, ...(ids.length > 0 ? [{ id: In(ids), externalId: IsNull() }] : [])],
      lock: { mode: 'pessimistic_write' },
    });
    if (entries.length === 0) continue;
    const entryIds = entries.map((entry) => entry.id);
    // One after the other: a transaction is one connection.
    const addresses = await manager.find(DirectoryAddressEntity, { where: { entryId: In(entryIds) } });
    const hours = await manager.find(DirectoryOpeningHoursEntity, { where: { entryId: In(entryIds) } });
    const offers = await manager.find(DirectoryCourseOfferEntity, { where: { entryId: In(entryIds) } });
    for (const entry of entries) {
      entry.addresses = addresses.filter((row) => row.entryId === entry.id);
      entry.openingHours = hours.filter((row) => row.entryId === entry.id);
      entry.courseOffers = offers.filter((row) => row.entryId === entry.id);
      result.set(entry.externalId ?? `${INTERNAL_ID_PREFIX}${entry.id}`, entry);
    }
  }
  return result;
}

function descriptionDocument(text: string): JSONContent {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return emptyDocument();
  return {
    type: 'doc',
    content: paragraphs.map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })),
  };
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function createInput(fields: ImportedFields): Partial<CreateDirectoryEntryInput> {
  const { descriptionText, ...input } = fields;
  return {
    ...withoutUndefined(input),
    ...(descriptionText ? { description: descriptionDocument(descriptionText) } : {}),
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/**
 * The fields whose imported value differs from the entry, compared in the form the entry's snapshot
 * uses (so the same file twice gives nothing to write, and no offers or hours are recreated).
 */
function changedFields(entry: DirectoryEntryEntity, fields: ImportedFields): Partial<CreateDirectoryEntryInput> {
  const snapshot = entrySnapshot(entry);
  const { descriptionText, ...input } = withoutUndefined(fields);
  const imported: Record<string, unknown> = {
    ...input,
    tags: input.tags && cleanList(input.tags),
    communities: input.communities && cleanList(input.communities),
    countriesOfOrigin: input.countriesOfOrigin && cleanList(input.countriesOfOrigin),
    addresses: input.addresses?.map((address, index) => {
      const { label, street, postalCode, city, district, latitude, longitude } = addressValues(address, index);
      return { label, street, postalCode, city, district, latitude, longitude };
    }),
    openingHours: input.openingHours
      ?.map((row) => ({ weekday: row.weekday, opens: row.opens ?? null, closes: row.closes ?? null, note: row.note }))
      .sort((a, b) => a.weekday - b.weekday || (a.opens ?? '').localeCompare(b.opens ?? '')),
    courseOffers: input.courseOffers?.map((offer) => ({
      type: offer.type,
      cefrLevel: offer.cefrLevel ?? null,
      format: offer.format,
      schedule: offer.schedule,
      nextStartDate: offer.nextStartDate ?? null,
      placesFree: offer.placesFree ?? null,
      childcare: offer.childcare,
      locationIndex: offer.locationIndex ?? null,
      approvalNumber: offer.approvalNumber.trim(),
      note: offer.note.trim(),
    })),
  };
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(imported)) {
    if (value === undefined) continue;
    const normalised = typeof value === 'string' ? value.trim() : value;
    if (JSON.stringify(normalised) !== JSON.stringify(snapshot[field] ?? null)) {
      changed[field] = (input as Record<string, unknown>)[field];
    }
  }
  if (descriptionText !== undefined && !sameText(descriptionText, entry.descriptionText)) {
    changed.description = descriptionDocument(descriptionText);
  }
  return changed;
}
