import type { EntityManager } from 'typeorm';

/** Strings of one attribute, numbered in the order they are first seen. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** A lookup table over the ids: 1 for the given values (values never seen are left out). */
  lookup(values: readonly string[]): Uint8Array {
    const table = new Uint8Array(this.values.length);
    for (const value of values) {
      const id = this.ids.get(value);
      if (id !== undefined) table[id] = 1;
    }
    return table;
  }
}

/** Several values per entry: those of entry i are `values[start[i]] … values[start[i + 1] - 1]`. */
export interface ValuesPerEntry<T extends Int32Array | Float64Array = Int32Array> {
  start: Int32Array;
  values: T;
}

/**
 * The directory's facet data at one revision, in columns (arrays indexed by entry, offer, address
 * or opening interval; strings as dictionary ids), so that counting all facets over thousands of
 * entries allocates almost nothing. Entries are in the database's own order of `name, id`, so
 * ties in distance order exactly as in SQL, whatever the collation.
 */
export interface DirectorySnapshot {
  revision: string;
  size: number;
  ids: string[];
  isPublic: Uint8Array;
  kind: Int32Array;
  languages: ValuesPerEntry;
  targetGroups: ValuesPerEntry;
  /** The distinct districts of the entry's addresses. */
  districts: ValuesPerEntry;
  /** Latitude, longitude, latitude, longitude, … of the entry's addresses. */
  coordinates: ValuesPerEntry<Float64Array>;
  /** Opening intervals with both times: weekday, opens, closes (seconds since midnight), … */
  openingHours: ValuesPerEntry;
  /** The entry's offers are `offerStart[i] … offerStart[i + 1] - 1` in the offer columns. */
  offerStart: Int32Array;
  offer: {
    type: Int32Array;
    /** -1: no level. */
    cefrLevel: Int32Array;
    format: Int32Array;
    childcare: Uint8Array;
    /** Days since 1970-01-01; NO_DATE when there is none. */
    nextStart: Int32Array;
  };
  dictionaries: {
    kinds: Dictionary;
    languages: Dictionary;
    targetGroups: Dictionary;
    districts: Dictionary;
    courseTypes: Dictionary;
    cefrLevels: Dictionary;
    formats: Dictionary;
  };
}

export const NO_DATE = -2_147_483_648;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD). */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** Seconds since midnight of "HH:MM" or "HH:MM:SS". */
export function timeToSeconds(time: string): number {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  return hours * 3600 + minutes * 60 + seconds;
}

/** The counter that the triggers of AddDirectoryRevision move with every relevant write. */
export async function currentDirectoryRevision(manager: EntityManager): Promise<string> {
  const [row] = await manager.query<{ value: string }[]>('SELECT value::text AS value FROM directory_revision');
  return row?.value ?? '0';
}

interface Rows {
  entries: { id: string; kind: string; public: boolean; languages: string[]; targetGroups: string[] }[];
  addresses: { entryId: string; latitude: number; longitude: number; district: string }[];
  hours: { entryId: string; weekday: number; opens: string; closes: string }[];
  offers: {
    entryId: string;
    type: string;
    cefrLevel: string | null;
    format: string;
    childcare: boolean;
    nextStartDate: string | null;
  }[];
}

/** Reads the whole snapshot in one REPEATABLE READ transaction, so data and revision belong together. */
export async function loadDirectorySnapshot(manager: EntityManager): Promise<DirectorySnapshot> {
  return manager.transaction('REPEATABLE READ', async (tx) => {
    const revision = await currentDirectoryRevision(tx);
    const rows: Rows = {
      entries: await tx.query(
        `SELECT e.id, e.kind::text AS kind, e.visibility = 'PUBLIC' AS public, e.languages, e."targetGroups"
         FROM directory_entry e ORDER BY e.name, e.id`,
      ),
      addresses: await tx.query(
        `SELECT "entryId", latitude, longitude, district FROM directory_address ORDER BY "entryId", position`,
      ),
      hours: await tx.query(
        `SELECT "entryId", weekday, opens::text AS opens, closes::text AS closes FROM directory_opening_hours
         WHERE opens IS NOT NULL AND closes IS NOT NULL`,
      ),
      offers: await tx.query(
        `SELECT "entryId", type::text AS type, "cefrLevel"::text AS "cefrLevel", format::text AS format, childcare,
           to_char("nextStartDate", 'YYYY-MM-DD') AS "nextStartDate"
         FROM directory_course_offer ORDER BY "entryId", position`,
      ),
    };
    return buildSnapshot(revision, rows);
  });
}

function buildSnapshot(revision: string, rows: Rows): DirectorySnapshot {
  const size = rows.entries.length;
  const indexOf = new Map(rows.entries.map((entry, index) => [entry.id, index]));
  const dictionaries = {
    kinds: new Dictionary(),
    languages: new Dictionary(),
    targetGroups: new Dictionary(),
    districts: new Dictionary(),
    courseTypes: new Dictionary(),
    cefrLevels: new Dictionary(),
    formats: new Dictionary(),
  };
  /** Groups rows by entry index (keeping their order) and returns the start of each entry's run. */
  const grouped = <R extends { entryId: string }>(list: R[]): { ordered: R[]; start: Int32Array } => {
    const perEntry: R[][] = Array.from({ length: size }, () => []);
    for (const row of list) {
      const index = indexOf.get(row.entryId);
      if (index !== undefined) perEntry[index]?.push(row);
    }
    const start = new Int32Array(size + 1);
    perEntry.forEach((group, index) => {
      start[index + 1] = (start[index] ?? 0) + group.length;
    });
    return { ordered: perEntry.flat(), start };
  };
  const multi = (valuesOf: (index: number) => number[]): ValuesPerEntry => {
    const lists = Array.from({ length: size }, (_, index) => valuesOf(index));
    const start = new Int32Array(size + 1);
    lists.forEach((list, index) => {
      start[index + 1] = (start[index] ?? 0) + list.length;
    });
    return { start, values: Int32Array.from(lists.flat()) };
  };

  const addresses = grouped(rows.addresses);
  const coordinates = new Float64Array(addresses.ordered.length * 2);
  addresses.ordered.forEach((address, index) => {
    coordinates[index * 2] = address.latitude;
    coordinates[index * 2 + 1] = address.longitude;
  });
  const coordinateStart = addresses.start.map((value) => value * 2);
  const districtIds = (index: number): number[] => {
    const ids = new Set<number>();
    for (let a = addresses.start[index] ?? 0; a < (addresses.start[index + 1] ?? 0); a += 1) {
      ids.add(dictionaries.districts.id(addresses.ordered[a]?.district ?? ''));
    }
    return [...ids];
  };

  const hours = grouped(rows.hours);
  const hourValues = Int32Array.from(
    hours.ordered.flatMap((row) => [row.weekday, timeToSeconds(row.opens), timeToSeconds(row.closes)]),
  );

  const offers = grouped(rows.offers);
  const count = offers.ordered.length;
  const offer = {
    type: new Int32Array(count),
    cefrLevel: new Int32Array(count),
    format: new Int32Array(count),
    childcare: new Uint8Array(count),
    nextStart: new Int32Array(count),
  };
  offers.ordered.forEach((row, index) => {
    offer.type[index] = dictionaries.courseTypes.id(row.type);
    offer.cefrLevel[index] = row.cefrLevel === null ? -1 : dictionaries.cefrLevels.id(row.cefrLevel);
    offer.format[index] = dictionaries.formats.id(row.format);
    offer.childcare[index] = row.childcare ? 1 : 0;
    offer.nextStart[index] = row.nextStartDate === null ? NO_DATE : dayNumber(row.nextStartDate);
  });

  return {
    revision,
    size,
    ids: rows.entries.map((entry) => entry.id),
    isPublic: Uint8Array.from(rows.entries, (entry) => (entry.public ? 1 : 0)),
    kind: Int32Array.from(rows.entries, (entry) => dictionaries.kinds.id(entry.kind)),
    languages: multi((index) => (rows.entries[index]?.languages ?? []).map((code) => dictionaries.languages.id(code))),
    targetGroups: multi((index) =>
      (rows.entries[index]?.targetGroups ?? []).map((code) => dictionaries.targetGroups.id(code)),
    ),
    districts: multi(districtIds),
    coordinates: { start: coordinateStart, values: coordinates },
    openingHours: { start: hours.start.map((value) => value * 3), values: hourValues },
    offerStart: offers.start,
    offer,
    dictionaries,
  };
}
