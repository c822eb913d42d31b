import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { isUUID, validateSync } from 'class-validator';
import writeXlsxFile from 'write-excel-file/node';
import type { Viewer } from '../../common/auth/viewer';
import { DirectoryContactsService } from '../directory-contacts.service';
import type { DirectoryEntryEntity } from '../directory-entry.entity';
import { DirectoryQueriesService } from '../directory-queries.service';
import { DirectoryErrorCode, DirectoryException } from '../directory.errors';
import { DirectoryFilter } from '../dto/directory-entries.args';
import { INTERNAL_ID_PREFIX } from '../import/directory-csv-format';
import { directoryCsvRows, toCsv } from './directory-csv-rows';
import { directoryVcards } from './directory-vcard';

export const MAX_EXPORT_ENTRIES = 20_000;

export const CONTACT_COLUMNS = [
  'externe_id',
  'name',
  'funktion',
  'telefon',
  'email',
  'sprachen',
  'einverstanden_am',
] as const;

/** What to export: one entry (`id`) or the filtered list (`filter`, JSON of `DirectoryFilter`). */
export interface ExportQuery {
  id?: unknown;
  filter?: unknown;
}

const badRequest = (message: string): DirectoryException =>
  new DirectoryException(DirectoryErrorCode.INVALID_EXPORT_REQUEST, message);

/**
 * Exports of the directory: the same visibility as `directoryEntries` (anonymous visitors get
 * PUBLIC entries only) and contact persons only for signed-in staff, and never in CSV.
 */
@Injectable()
export class DirectoryExportService {
  constructor(
    private readonly queries: DirectoryQueriesService,
    private readonly contacts: DirectoryContactsService,
  ) {}

  async csv(viewer: Viewer | null, query: ExportQuery): Promise<string> {
    return toCsv(directoryCsvRows(await this.entries(viewer, query)));
  }

  async xlsx(viewer: Viewer | null, query: ExportQuery): Promise<Buffer> {
    const entries = await this.entries(viewer, query);
    const [header = [], ...rows] = directoryCsvRows(entries);
    const bold = (values: readonly string[]) => values.map((value) => ({ value, fontWeight: 'bold' as const }));
    const sheets = [{ sheet: 'Verzeichnis', data: [bold(header), ...rows], stickyRowsCount: 1 }];
    if (viewer) {
      const people = await this.contacts.forEntries(entries.map((entry) => entry.id));
      const data = entries.flatMap((entry) =>
        (people.get(entry.id) ?? []).map((person) => [
          entry.externalId ?? `${INTERNAL_ID_PREFIX}${entry.id}`,
          person.name,
          person.role,
          person.phone,
          person.email,
          person.languages.join('|'),
          person.consentGivenOn,
        ]),
      );
      sheets.push({ sheet: 'Kontaktpersonen', data: [bold(CONTACT_COLUMNS), ...data], stickyRowsCount: 1 });
    }
    return writeXlsxFile(sheets).toBuffer();
  }

  async vcard(viewer: Viewer | null, query: ExportQuery): Promise<{ text: string; entries: DirectoryEntryEntity[] }> {
    const entries = await this.entries(viewer, query);
    const contacts = viewer ? await this.contacts.forEntries(entries.map((entry) => entry.id)) : null;
    return { text: directoryVcards(entries, contacts), entries };
  }

  private async entries(viewer: Viewer | null, query: ExportQuery): Promise<DirectoryEntryEntity[]> {
    if (query.id !== undefined) {
      if (typeof query.id !== 'string' || !isUUID(query.id)) throw badRequest('„id“ ist keine Eintragskennung.');
      return [await this.queries.get(viewer, query.id)];
    }
    return this.queries.listAll(viewer, parseFilter(query.filter), MAX_EXPORT_ENTRIES);
  }
}

/** `filter` is the JSON of the `directoryEntries` filter, checked with the same rules. */
function parseFilter(raw: unknown): DirectoryFilter | undefined {
  if (raw === undefined || raw === '') return undefined;
  let json: unknown;
  try {
    json = typeof raw === 'string' ? JSON.parse(raw) : undefined;
  } catch {
    json = undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw badRequest('„filter“ muss ein JSON-Objekt wie beim Verzeichnis-Filter sein.');
  }
  const filter = plainToInstance(DirectoryFilter, json);
  const errors = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw badRequest(`Ungültiger Filter: ${errors.map((error) => error.property).join(', ')}.`);
  }
  return filter;
}
