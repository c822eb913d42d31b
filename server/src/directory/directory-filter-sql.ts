import { haversineSql, type BoundingBox } from './geo-distance';

/** The filter after validation: codes normalised, postal code resolved, clock applied. */
export interface ResolvedDirectoryFilter {
  publicOnly: boolean;
  kinds: string[];
  courseTypes: string[];
  cefrLevels: string[];
  formats: string[];
  childcare: boolean;
  /** Offers starting between today and this date (Europe/Berlin), inclusive. */
  startsBy: string | null;
  today: string;
  languages: string[];
  targetGroups: string[];
  districts: string[];
  openNow: boolean;
  weekday: number;
  time: string;
  near: { latitude: number; longitude: number; radiusKm: number; box: BoundingBox } | null;
  text: string | null;
}

export type DirectoryFacetName =
  | 'kinds'
  | 'courseTypes'
  | 'cefrLevels'
  | 'formats'
  | 'childcare'
  | 'startsWithin'
  | 'languages'
  | 'targetGroups'
  | 'districts'
  | 'openNow';

/** Collects positional parameters ($1, $2, …) for one statement. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Minimum distance (km) from the origin to any of the entry's addresses; aliases the entry as `e`. */
export function distanceSql(filter: ResolvedDirectoryFilter, params: SqlParams): string | null {
  if (!filter.near) return null;
  const lat = params.add(filter.near.latitude);
  const lon = params.add(filter.near.longitude);
  return `(SELECT min(${haversineSql('a.latitude', 'a.longitude', `${lat}::float8`, `${lon}::float8`)}) FROM directory_address a WHERE a."entryId" = e.id)`;
}

/**
 * SQL conditions of the filter. `entry` conditions apply to `e` (directory_entry); `offer`
 * conditions to one offer `o`, because "Berufssprachkurs B2 with childcare" means one course with
 * all three, not three courses.
 */
export function filterConditions(
  filter: ResolvedDirectoryFilter,
  params: SqlParams,
): { entry: string[]; offer: string[] } {
  const entry: string[] = [];
  const offer: string[] = [];
  const active = (values: unknown[] | boolean): boolean => (Array.isArray(values) ? values.length > 0 : values);

  if (filter.publicOnly) entry.push(`e.visibility = 'PUBLIC'`);
  if (active(filter.kinds)) entry.push(kindsSql(filter.kinds, params));
  if (active(filter.languages)) entry.push(`e.languages && ${params.add(filter.languages)}::text[]`);
  if (active(filter.targetGroups)) {
    entry.push(`e."targetGroups" && ${params.add(filter.targetGroups)}::text[]`);
  }
  if (active(filter.districts)) entry.push(districtsSql(filter.districts, params));
  if (active(filter.openNow)) entry.push(openNowSql(filter, params));
  if (filter.near) entry.push(nearSql(filter.near, params));
  if (filter.text) entry.push(textSql(filter.text, params));
  if (active(filter.courseTypes)) offer.push(courseTypesSql(filter.courseTypes, params));
  if (active(filter.cefrLevels)) offer.push(cefrLevelsSql(filter.cefrLevels, params));
  if (active(filter.formats)) offer.push(formatsSql(filter.formats, params));
  if (active(filter.childcare)) offer.push('o.childcare');
  if (filter.startsBy) offer.push(startsSql(filter.today, filter.startsBy, params));
  return { entry, offer };
}

// Enum columns are compared with enum arrays (not as text), so their indexes stay usable.
function kindsSql(kinds: string[], params: SqlParams): string {
  return `e.kind = ANY(${params.add(kinds)}::directory_entry_kind[])`;
}

function courseTypesSql(types: string[], params: SqlParams): string {
  return `o.type = ANY(${params.add(types)}::course_type[])`;
}

function cefrLevelsSql(levels: string[], params: SqlParams): string {
  return `o."cefrLevel" = ANY(${params.add(levels)}::cefr_level[])`;
}

function formatsSql(formats: string[], params: SqlParams): string {
  return `o.format = ANY(${params.add(formats)}::course_format[])`;
}

function startsSql(from: string, until: string, params: SqlParams): string {
  return `o."nextStartDate" BETWEEN ${params.add(from)}::date AND ${params.add(until)}::date`;
}

function districtsSql(districts: string[], params: SqlParams): string {
  return `EXISTS (SELECT 1 FROM directory_address da WHERE da."entryId" = e.id AND da.district = ANY(${params.add(districts)}::text[]))`;
}

function textSql(text: string, params: SqlParams): string {
  const pattern = params.add(`%${escapeLike(text)}%`);
  return `(e.name ILIKE ${pattern} OR e."shortName" ILIKE ${pattern})`;
}

/** Entries with an address within the radius: the bounding box (index) first, then the exact distance. */
function nearSql(near: NonNullable<ResolvedDirectoryFilter['near']>, params: SqlParams): string {
  const { box, radiusKm } = near;
  const lat = params.add(near.latitude);
  const lon = params.add(near.longitude);
  return `e.id IN (SELECT na."entryId" FROM directory_address na
        WHERE na.latitude BETWEEN ${params.add(box.minLatitude)} AND ${params.add(box.maxLatitude)}
          AND na.longitude BETWEEN ${params.add(box.minLongitude)} AND ${params.add(box.maxLongitude)}
          AND ${haversineSql('na.latitude', 'na.longitude', `${lat}::float8`, `${lon}::float8`)} <= ${params.add(radiusKm)})`;
}

export function openNowSql(filter: ResolvedDirectoryFilter, params: SqlParams): string {
  const time = params.add(filter.time);
  return `EXISTS (SELECT 1 FROM directory_opening_hours h WHERE h."entryId" = e.id AND h.weekday = ${params.add(filter.weekday)}
    AND h.opens <= ${time}::time AND h.closes > ${time}::time)`;
}

/** WHERE clause for whole entries: entry conditions plus one offer matching all offer conditions. */
export function entryWhere(filter: ResolvedDirectoryFilter, params: SqlParams): string {
  const { entry, offer } = filterConditions(filter, params);
  if (offer.length > 0) {
    entry.push(`EXISTS (SELECT 1 FROM directory_course_offer o WHERE o."entryId" = e.id AND ${offer.join(' AND ')})`);
  }
  return entry.length > 0 ? entry.join(' AND ') : 'true';
}

/** A row of `directoryListSql`: a facet value with its count, the total, or an entry of the page. */
export interface DirectoryListRow {
  /** A facet name, `total`, or `page`. */
  facet: string;
  /** The facet value; for `page` the entry id. */
  value: string;
  /** The count; for `page` the entry's position in the whole list (1, 2, …). */
  count: number;
  /** For `page` with a distance filter: km to the nearest address; otherwise null. */
  distance: number | null;
}

/**
 * One statement for the directory page: the entries of one page, the total and every facet's counts.
 *
 * Each facet is counted without its own filter (AND across facets, OR within). Rather than one
 * query per facet over all entries and offers, the entries that pass what no facet lifts
 * (visibility, distance, text) are read once, with a flag per entry facet (`candidates`); the
 * offers of those that pass every entry facet are read once, with a flag per offer facet
 * (`offers`). Every count is a pass over these small sets that ANDs all flags but its own.
 */
export function directoryListSql(
  filter: ResolvedDirectoryFilter,
  params: SqlParams,
  options: { startsWithinWeeks: number[]; first: number; offset: number },
): string {
  const base: string[] = [];
  if (filter.publicOnly) base.push(`e.visibility = 'PUBLIC'`);
  if (filter.text) base.push(textSql(filter.text, params));

  const entryFlags: Partial<Record<DirectoryFacetName, string>> = {};
  if (filter.kinds.length > 0) entryFlags.kinds = kindsSql(filter.kinds, params);
  if (filter.languages.length > 0) entryFlags.languages = `e.languages && ${params.add(filter.languages)}::text[]`;
  if (filter.targetGroups.length > 0) {
    entryFlags.targetGroups = `e."targetGroups" && ${params.add(filter.targetGroups)}::text[]`;
  }
  if (filter.districts.length > 0) entryFlags.districts = districtsSql(filter.districts, params);
  if (filter.openNow) entryFlags.openNow = openNowSql(filter, params);
  const offerFlags: Partial<Record<DirectoryFacetName, string>> = {};
  if (filter.courseTypes.length > 0) offerFlags.courseTypes = courseTypesSql(filter.courseTypes, params);
  if (filter.cefrLevels.length > 0) offerFlags.cefrLevels = cefrLevelsSql(filter.cefrLevels, params);
  if (filter.formats.length > 0) offerFlags.formats = formatsSql(filter.formats, params);
  if (filter.childcare) offerFlags.childcare = 'o.childcare';
  if (filter.startsBy) offerFlags.startsWithin = startsSql(filter.today, filter.startsBy, params);

  const flagColumns = (flags: Partial<Record<DirectoryFacetName, string>>): string =>
    Object.entries(flags)
      .map(([facet, condition]) => `, ${condition} AS "${facet}_ok"`)
      .join('');
  const allBut = (flags: Partial<Record<DirectoryFacetName, string>>, alias: string, except: string | null): string[] =>
    Object.keys(flags)
      .filter((facet) => facet !== except)
      .map((facet) => `${alias}."${facet}_ok"`);
  /** Every entry facet but `except`, and (`oo`) one offer that matches every offer facet. */
  const entryOk = (except: DirectoryFacetName | null): string =>
    [...allBut(entryFlags, 'c', except), 'c.oo'].join(' AND ');
  /** The offer matches every offer facet but `except`. */
  const offerOk = (except: DirectoryFacetName): string => ['true', ...allBut(offerFlags, 'o', except)].join(' AND ');
  const everyEntryFacet = ['true', ...allBut(entryFlags, 'c', null)].join(' AND ');

  const offerConditions = Object.values(offerFlags);
  const oo =
    offerConditions.length > 0
      ? `EXISTS (SELECT 1 FROM directory_course_offer o WHERE o."entryId" = e.id AND ${offerConditions.join(' AND ')})`
      : 'true';
  // With a distance filter the entries come from their addresses within the radius (bounding box
  // on the index first); the nearest address's distance is kept for the order.
  let from = 'directory_entry e';
  if (filter.near) {
    const { box, radiusKm } = filter.near;
    const lat = params.add(filter.near.latitude);
    const lon = params.add(filter.near.longitude);
    const km = haversineSql('a.latitude', 'a.longitude', `${lat}::float8`, `${lon}::float8`);
    from = `(SELECT a."entryId", min(${km}) AS km FROM directory_address a
        WHERE a.latitude BETWEEN ${params.add(box.minLatitude)} AND ${params.add(box.maxLatitude)}
          AND a.longitude BETWEEN ${params.add(box.minLongitude)} AND ${params.add(box.maxLongitude)}
          AND ${km} <= ${params.add(radiusKm)}
        GROUP BY a."entryId") n JOIN directory_entry e ON e.id = n."entryId"`;
  }
  // An entry counts somewhere only if one offer matches every offer facet (for the entry facets)
  // or it matches every entry facet (for the offer facets); the others are dropped right away.
  // OFFSET 0 keeps the flags from being evaluated twice (for this test and for the columns).
  const candidates = `SELECT * FROM (SELECT e.id, e.name, e.kind, e.languages, e."targetGroups",
      ${filter.near ? 'n.km' : 'NULL::float8'} AS distance, ${oo} AS oo${flagColumns(entryFlags)}
      FROM ${from} WHERE ${base.length > 0 ? base.join(' AND ') : 'true'} OFFSET 0) c
    WHERE c.oo OR (${everyEntryFacet})`;
  // The offers of the entries that match every entry facet, looked up per entry (OFFSET 0 keeps
  // the planner from scanning all offers instead).
  const offers = `SELECT o.*${flagColumns(offerFlags)}
    FROM candidates c CROSS JOIN LATERAL (SELECT o."entryId", o.type, o."cefrLevel", o.format, o.childcare, o."nextStartDate"
      FROM directory_course_offer o WHERE o."entryId" = c.id OFFSET 0) o
    WHERE ${everyEntryFacet}`;
  const time = params.add(filter.time);
  const weekday = params.add(filter.weekday);
  const starts = options.startsWithinWeeks.map(
    (weeks) =>
      `, count(DISTINCT o."entryId") FILTER (WHERE ${startsSql(filter.today, addDays(filter.today, weeks * 7), params)}
        AND ${offerOk('startsWithin')})::int AS "w${weeks}"`,
  );
  const parts = [
    `SELECT 'page' AS facet, c.id::text AS value,
        (row_number() OVER (ORDER BY c.distance ASC, c.name ASC, c.id ASC))::int AS count, c.distance
      FROM candidates c WHERE ${entryOk(null)}
      ORDER BY c.distance ASC, c.name ASC, c.id ASC LIMIT ${options.first} OFFSET ${options.offset}`,
    `SELECT 'total', '', count(*)::int, NULL::float8 FROM candidates c WHERE ${entryOk(null)}`,
    `SELECT 'kinds', c.kind::text, count(*)::int, NULL FROM candidates c WHERE ${entryOk('kinds')} GROUP BY c.kind`,
    `SELECT 'languages', v.value, count(*)::int, NULL FROM candidates c CROSS JOIN LATERAL unnest(c.languages) AS v(value)
      WHERE ${entryOk('languages')} GROUP BY v.value`,
    `SELECT 'targetGroups', v.value, count(*)::int, NULL FROM candidates c
      CROSS JOIN LATERAL unnest(c."targetGroups") AS v(value)
      WHERE ${entryOk('targetGroups')} GROUP BY v.value`,
    // Looked up per entry that counts (few): its distinct districts, whether it is open now.
    `SELECT 'districts', a.district, count(*)::int, NULL FROM candidates c
      CROSS JOIN LATERAL (SELECT DISTINCT a.district FROM directory_address a WHERE a."entryId" = c.id) a
      WHERE ${entryOk('districts')} GROUP BY a.district`,
    `SELECT 'openNow', '', count(*)::int, NULL FROM candidates c
      WHERE ${entryOk('openNow')} AND (SELECT true FROM directory_opening_hours h WHERE h."entryId" = c.id
        AND h.weekday = ${weekday} AND h.opens <= ${time}::time AND h.closes > ${time}::time LIMIT 1)`,
    // One pass over the offers for the three offer facets with values …
    `SELECT f.facet, f.value, count(DISTINCT o."entryId")::int, NULL FROM offers o CROSS JOIN LATERAL (VALUES
        ('courseTypes', o.type::text, ${offerOk('courseTypes')}),
        ('cefrLevels', o."cefrLevel"::text, o."cefrLevel" IS NOT NULL AND ${offerOk('cefrLevels')}),
        ('formats', o.format::text, ${offerOk('formats')})) AS f(facet, value, ok)
      WHERE f.ok GROUP BY f.facet, f.value`,
    // … and one for the single counts (a row each, also when it is 0).
    `SELECT s.facet, s.value, s.count, NULL FROM (SELECT
        count(DISTINCT o."entryId") FILTER (WHERE o.childcare AND ${offerOk('childcare')})::int AS childcare
        ${starts.join('')} FROM offers o) AS n
      CROSS JOIN LATERAL (VALUES ('childcare', 'true', n.childcare)${options.startsWithinWeeks
        .map((weeks) => `, ('startsWithin', '${weeks}', n."w${weeks}")`)
        .join('')}) AS s(facet, value, count)`,
  ];
  return `WITH candidates AS MATERIALIZED (${candidates}),
  offers AS MATERIALIZED (${offers})
${parts.map((part) => `(${part})`).join('\nUNION ALL\n')}`;
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
