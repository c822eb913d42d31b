import { sortedHours } from '../directory-entry.mapper';
import type { DirectoryEntryEntity } from '../directory-entry.entity';
import { guardFormula } from '../csv-formula-guard';
import {
  CSV_COLUMNS,
  type CsvColumn,
  INTERNAL_ID_PREFIX,
  LIST_SEPARATOR,
  NO,
  WEEKDAYS,
  YES,
} from '../import/directory-csv-format';

const byPosition = <T extends { position: number }>(rows: T[] | undefined): T[] =>
  [...(rows ?? [])].sort((a, b) => a.position - b.position);

const list = (values: string[]): string => values.join(LIST_SEPARATOR);

/**
 * Entries → rows in the import format (header first): one `eintrag` row with the main address,
 * one `adresse` row per further address and one `kurs` row per course offer. Importing the
 * result again changes nothing.
 */
export function directoryCsvRows(entries: DirectoryEntryEntity[]): string[][] {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const row = (values: Partial<Record<CsvColumn, string>>): string[] =>
    CSV_COLUMNS.map((column) => values[column] ?? '');
  for (const entry of entries) {
    const addresses = byPosition(entry.addresses);
    const addressColumns = (address: (typeof addresses)[number] | undefined): Partial<Record<CsvColumn, string>> =>
      address
        ? {
            adresse_bezeichnung: address.label,
            strasse: address.street,
            plz: address.postalCode,
            ort: address.city,
            landkreis: address.district,
            // Approximate points are the postal code's centre, which the import derives again.
            breitengrad: address.coordinatesApproximate ? '' : String(address.latitude),
            laengengrad: address.coordinatesApproximate ? '' : String(address.longitude),
          }
        : {};
    const externalId = entry.externalId ?? `${INTERNAL_ID_PREFIX}${entry.id}`;
    rows.push(
      row({
        satz: 'eintrag',
        externe_id: externalId,
        art: entry.kind,
        name: entry.name,
        kurzname: entry.shortName,
        beschreibung: entry.descriptionText,
        telefon: entry.phone,
        email: entry.email,
        website: entry.website,
        sprachen: list(entry.languages),
        zielgruppen: list(entry.targetGroups),
        barrierefreiheit: entry.accessibilityNotes,
        schlagwoerter: list(entry.tags),
        sichtbarkeit: entry.visibility,
        oeffnungszeiten: list(
          sortedHours(entry.openingHours).map((hours) =>
            [
              WEEKDAYS[hours.weekday - 1],
              hours.opens && hours.closes ? `${hours.opens.slice(0, 5)}-${hours.closes.slice(0, 5)}` : '',
              hours.note,
            ]
              .filter(Boolean)
              .join(' '),
          ),
        ),
        oeffnungszeiten_hinweis: entry.openingHoursNote,
        gemeinschaften: list(entry.communities),
        herkunftslaender: list(entry.countriesOfOrigin),
        themen: list(entry.topics),
        kooperation_seit: entry.cooperationSince ?? '',
        kooperation_art: entry.cooperationKind,
        kooperation_ansprechperson: entry.cooperationAgencyContact,
        ...addressColumns(addresses[0]),
      }),
    );
    for (const address of addresses.slice(1)) {
      rows.push(row({ satz: 'adresse', externe_id: externalId, ...addressColumns(address) }));
    }
    const addressNumber = new Map(addresses.map((address, index) => [address.id, index + 1]));
    for (const offer of byPosition(entry.courseOffers)) {
      rows.push(
        row({
          satz: 'kurs',
          externe_id: externalId,
          kurs_typ: offer.type,
          niveau: offer.cefrLevel ?? '',
          format: offer.format,
          zeitmodell: offer.schedule,
          naechster_start: offer.nextStartDate ?? '',
          freie_plaetze: offer.placesFree === null ? '' : String(offer.placesFree),
          kinderbetreuung: offer.childcare ? YES : NO,
          kursort: offer.locationId ? String(addressNumber.get(offer.locationId) ?? '') : '',
          zulassungsnummer: offer.approvalNumber,
          kurs_hinweis: offer.note,
        }),
      );
    }
  }
  return rows;
}

/** RFC 4180 with `;` (what German Excel expects), CRLF, a BOM so Excel reads UTF-8, no formulas. */
export function toCsv(rows: string[][]): string {
  const quote = (value: string): string => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const field = (value: string): string => quote(guardFormula(value));
  return `\uFEFF${rows.map((values) => values.map(field).join(';')).join('\r\n')}\r\n`;
}
