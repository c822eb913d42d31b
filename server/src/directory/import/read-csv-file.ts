import { CsvError, parse } from 'csv-parse/sync';
import { unguardFormula } from '../csv-formula-guard';
import { DirectoryErrorCode, DirectoryException } from '../directory.errors';

export type CsvEncoding = 'UTF-8' | 'Windows-1252';
export type CsvSeparator = ';' | ',';

export interface CsvRecord {
  /** Line of the file where the record starts (the header is line 1). */
  line: number;
  values: string[];
}

export interface CsvFile {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  header: string[];
  headerLine: number;
  records: CsvRecord[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const invalidFile = (message: string): DirectoryException =>
  new DirectoryException(DirectoryErrorCode.INVALID_IMPORT_FILE, message);

/**
 * UTF-8 (with or without BOM) unless the bytes are not valid UTF-8; then Windows-1252, which is
 * what Excel writes for "CSV (Trennzeichen-getrennt)" on German Windows.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252' };
  }
}

/** The separator is whichever of `;` and `,` occurs more often in the header line (ties: `;`). */
export function detectSeparator(text: string): CsvSeparator {
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string): number => headerLine.split(char).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/** Reads a CSV file with a header line; records may have the wrong number of fields (the caller rejects them). */
export function readCsvFile(bytes: Uint8Array): CsvFile {
  const { text, encoding } = decodeCsvBytes(bytes);
  const separator = detectSeparator(text);
  let parsed: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw invalidFile(
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? `Die Datei lässt sich nicht lesen: ein Anführungszeichen ab Zeile ${line ?? '?'} wird nicht geschlossen.`
          : `Die Datei lässt sich nicht lesen (Zeile ${line ?? '?'}): ${error.message}`,
      );
    }
    throw error;
  }
  const records = parsed
    .map(({ record, raw, info }) => ({
      // info.lines is the line where the record ends; count back over line breaks inside quoted fields.
      line: info.lines - (raw.replace(/^[\r\n]+|[\r\n]+$/g, '').match(/\n/g)?.length ?? 0),
      values: record.map(unguardFormula),
    }))
    .filter((record) => record.values.some((value) => value.trim() !== ''));
  const [header, ...rows] = records;
  if (!header) throw invalidFile('Die Datei ist leer.');
  return {
    encoding,
    separator,
    header: header.values.map((name) => name.trim().toLowerCase()),
    headerLine: header.line,
    records: rows,
  };
}
