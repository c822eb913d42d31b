/**
 * The directory's CSV format, shared by the import and the exports (so an exported file imports
 * as UNCHANGED). One file, three kinds of rows, told apart by the column `satz`:
 *
 * - `eintrag`: one per entry, keyed by `externe_id`; its address columns are the main address.
 * - `adresse`: a further address of the entry with the same `externe_id` (numbered 2, 3, … in file order).
 * - `kurs`: one course offer of the entry with the same `externe_id`; `kursort` is an address number.
 *
 * Lists are separated by `|`. Codes (art, sichtbarkeit, kurs_typ, …) are the API's enum values.
 */
export const ROW_KINDS = ['eintrag', 'adresse', 'kurs'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export const ENTRY_COLUMNS = [
  'art',
  'name',
  'kurzname',
  'beschreibung',
  'telefon',
  'email',
  'website',
  'sprachen',
  'zielgruppen',
  'barrierefreiheit',
  'schlagwoerter',
  'sichtbarkeit',
  'oeffnungszeiten',
  'oeffnungszeiten_hinweis',
  'gemeinschaften',
  'herkunftslaender',
  'themen',
  'kooperation_seit',
  'kooperation_art',
  'kooperation_ansprechperson',
] as const;

export const ADDRESS_COLUMNS = [
  'adresse_bezeichnung',
  'strasse',
  'plz',
  'ort',
  'landkreis',
  'breitengrad',
  'laengengrad',
] as const;

export const OFFER_COLUMNS = [
  'kurs_typ',
  'niveau',
  'format',
  'zeitmodell',
  'naechster_start',
  'freie_plaetze',
  'kinderbetreuung',
  'kursort',
  'zulassungsnummer',
  'kurs_hinweis',
] as const;

export const CSV_COLUMNS = ['satz', 'externe_id', ...ENTRY_COLUMNS, ...ADDRESS_COLUMNS, ...OFFER_COLUMNS] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Which columns a row kind may fill; others must stay empty. */
export const COLUMNS_OF: Record<RowKind, ReadonlySet<CsvColumn>> = {
  eintrag: new Set<CsvColumn>(['satz', 'externe_id', ...ENTRY_COLUMNS, ...ADDRESS_COLUMNS]),
  adresse: new Set<CsvColumn>(['satz', 'externe_id', ...ADDRESS_COLUMNS]),
  kurs: new Set<CsvColumn>(['satz', 'externe_id', ...OFFER_COLUMNS]),
};

export const LIST_SEPARATOR = '|';

/** Exports name entries without an external id `wn:<id>`; the import matches them by id. */
export const INTERNAL_ID_PREFIX = 'wn:';

/** ISO weekday 1–7 ↔ German abbreviation, for `oeffnungszeiten` ("Mo 09:00-12:00|Fr nach Vereinbarung"). */
export const WEEKDAYS = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] as const;

export const YES = 'ja';
export const NO = 'nein';
