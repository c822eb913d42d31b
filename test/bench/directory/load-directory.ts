/**
 * Bulk load for `pnpm bench directory`: direct batched INSERT … SELECT FROM jsonb_to_recordset into
 * the four directory tables, column by column as the entities define them (the columns not listed
 * keep their defaults). Going through createDirectoryEntry would take one request per entry.
 */
import type pg from 'pg';
import { type GeneratedEntry, generateDirectory } from './directory-data';

const TABLES = {
  directory_entry: `id uuid, kind directory_entry_kind, name text, "shortName" text, description jsonb,
    "descriptionHtml" text, "descriptionText" text, phone text, email text, website text, languages text[],
    "targetGroups" text[], visibility visibility, "externalId" text, "lastVerifiedAt" timestamptz`,
  directory_address: `id uuid, "entryId" uuid, position int, street text, "postalCode" text, city text, district text,
    latitude float8, longitude float8, "coordinatesApproximate" boolean`,
  directory_opening_hours: `id uuid, "entryId" uuid, weekday smallint, opens time, closes time`,
  directory_course_offer: `id uuid, "entryId" uuid, position int, type course_type, "cefrLevel" cefr_level,
    format course_format, schedule course_schedule, "nextStartDate" date, "placesFree" int, childcare boolean,
    "locationId" uuid`,
} as const;

const names = (columns: string): string =>
  columns
    .split(',')
    .map((column) => column.trim().split(/\s+/)[0])
    .join(', ');

async function insert(client: pg.Client, table: keyof typeof TABLES, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = TABLES[table];
  await client.query(
    `INSERT INTO ${table} (${names(columns)}) SELECT ${names(columns)} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`,
    [JSON.stringify(rows)],
  );
}

export interface LoadedDirectory {
  entries: number;
  offers: number;
  addresses: number;
  seconds: number;
}

export async function loadDirectory(
  client: pg.Client,
  options: {
    entries: number;
    offers: number;
    seed: number;
    batchSize: number;
    /**
     * VACUUM as well as ANALYZE: what autovacuum does soon after a bulk insert on PostgreSQL (it
     * marks the pages all-visible, so index-only scans need not read the rows); PGlite has no
     * autovacuum, so there it stays at ANALYZE.
     */
    vacuum: boolean;
    onProgress?: (done: number) => void;
  },
): Promise<LoadedDirectory> {
  const started = performance.now();
  let batch: GeneratedEntry[] = [];
  let done = 0;
  let offers = 0;
  let addresses = 0;
  const flush = async (): Promise<void> => {
    await client.query('BEGIN');
    await insert(
      client,
      'directory_entry',
      batch.map((item) => item.entry),
    );
    await insert(
      client,
      'directory_address',
      batch.flatMap((item) => item.addresses),
    );
    await insert(
      client,
      'directory_opening_hours',
      batch.flatMap((item) => item.openingHours),
    );
    await insert(
      client,
      'directory_course_offer',
      batch.flatMap((item) => item.offers),
    );
    await client.query('COMMIT');
    done += batch.length;
    offers += batch.reduce((sum, item) => sum + item.offers.length, 0);
    addresses += batch.reduce((sum, item) => sum + item.addresses.length, 0);
    batch = [];
    options.onProgress?.(done);
  };
  for (const item of generateDirectory({ ...options, today: new Date() })) {
    batch.push(item);
    if (batch.length >= options.batchSize) await flush();
  }
  await flush();
  const analyze = options.vacuum ? 'VACUUM ANALYZE' : 'ANALYZE';
  for (const table of Object.keys(TABLES)) await client.query(`${analyze} ${table}`);
  return { entries: done, offers, addresses, seconds: (performance.now() - started) / 1000 };
}
