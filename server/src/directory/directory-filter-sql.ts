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
 * SQL conditions of the filter, except one facet (facets are counted without their own filter).
 * `entry` conditions apply to `e` (directory_entry); `offer` conditions to one offer `o`, because
 * "Berufssprachkurs B2 with childcare" means one course with all three, not three courses.
 */
export function filterConditions(
  filter: ResolvedDirectoryFilter,
  params: SqlParams,
  except: DirectoryFacetName | null = null,
): { entry: string[]; offer: string[] } {
  const entry: string[] = [];
  const offer: string[] = [];
  const active = (facet: DirectoryFacetName, values: unknown[] | boolean): boolean =>
    except !== facet && (Array.isArray(values) ? values.length > 0 : values);

  if (filter.publicOnly) entry.push(`e.visibility = 'PUBLIC'`);
  if (active('kinds', filter.kinds)) entry.push(`e.kind::text = ANY(${params.add(filter.kinds)}::text[])`);
  if (active('languages', filter.languages)) entry.push(`e.languages && ${params.add(filter.languages)}::text[]`);
  if (active('targetGroups', filter.targetGroups)) {
    entry.push(`e."targetGroups" && ${params.add(filter.targetGroups)}::text[]`);
  }
  if (active('districts', filter.districts)) {
    entry.push(
      `EXISTS (SELECT 1 FROM directory_address da WHERE da."entryId" = e.id AND da.district = ANY(${params.add(filter.districts)}::text[]))`,
    );
  }
  if (active('openNow', filter.openNow)) entry.push(openNowSql(filter, params));
  if (filter.near) {
    const { box, radiusKm } = filter.near;
    const lat = params.add(filter.near.latitude);
    const lon = params.add(filter.near.longitude);
    entry.push(
      `e.id IN (SELECT na."entryId" FROM directory_address na
        WHERE na.latitude BETWEEN ${params.add(box.minLatitude)} AND ${params.add(box.maxLatitude)}
          AND na.longitude BETWEEN ${params.add(box.minLongitude)} AND ${params.add(box.maxLongitude)}
          AND ${haversineSql('na.latitude', 'na.longitude', `${lat}::float8`, `${lon}::float8`)} <= ${params.add(radiusKm)})`,
    );
  }
  if (filter.text) {
    const pattern = params.add(`%${escapeLike(filter.text)}%`);
    entry.push(`(e.name ILIKE ${pattern} OR e."shortName" ILIKE ${pattern})`);
  }
  if (active('courseTypes', filter.courseTypes))
    offer.push(`o.type::text = ANY(${params.add(filter.courseTypes)}::text[])`);
  if (active('cefrLevels', filter.cefrLevels)) {
    offer.push(`o."cefrLevel"::text = ANY(${params.add(filter.cefrLevels)}::text[])`);
  }
  if (active('formats', filter.formats)) offer.push(`o.format::text = ANY(${params.add(filter.formats)}::text[])`);
  if (active('childcare', filter.childcare)) offer.push('o.childcare');
  if (except !== 'startsWithin' && filter.startsBy) {
    offer.push(`o."nextStartDate" BETWEEN ${params.add(filter.today)}::date AND ${params.add(filter.startsBy)}::date`);
  }
  return { entry, offer };
}

export function openNowSql(filter: ResolvedDirectoryFilter, params: SqlParams): string {
  const time = params.add(filter.time);
  return `EXISTS (SELECT 1 FROM directory_opening_hours h WHERE h."entryId" = e.id AND h.weekday = ${params.add(filter.weekday)}
    AND h.opens <= ${time}::time AND h.closes > ${time}::time)`;
}

/** WHERE clause for whole entries: entry conditions plus one offer matching all offer conditions. */
export function entryWhere(
  filter: ResolvedDirectoryFilter,
  params: SqlParams,
  except: DirectoryFacetName | null = null,
): string {
  const { entry, offer } = filterConditions(filter, params, except);
  if (offer.length > 0) {
    entry.push(`EXISTS (SELECT 1 FROM directory_course_offer o WHERE o."entryId" = e.id AND ${offer.join(' AND ')})`);
  }
  return entry.length > 0 ? entry.join(' AND ') : 'true';
}

/** One statement that returns (facet, value, count) rows for every facet plus the total. */
export function facetSql(filter: ResolvedDirectoryFilter, params: SqlParams, startsWithinWeeks: number[]): string {
  const parts: string[] = [];
  parts.push(
    `SELECT 'total' AS facet, '' AS value, count(*)::int AS count FROM directory_entry e WHERE ${entryWhere(filter, params)}`,
  );
  parts.push(
    `SELECT 'kinds', e.kind::text, count(*)::int FROM directory_entry e WHERE ${entryWhere(filter, params, 'kinds')} GROUP BY e.kind`,
  );
  for (const [facet, column] of [
    ['languages', 'languages'],
    ['targetGroups', '"targetGroups"'],
  ] as const) {
    parts.push(
      `SELECT '${facet}', v.value, count(*)::int FROM directory_entry e CROSS JOIN LATERAL unnest(e.${column}) AS v(value)
        WHERE ${entryWhere(filter, params, facet)} GROUP BY v.value`,
    );
  }
  parts.push(
    `SELECT 'districts', a.district, count(DISTINCT e.id)::int FROM directory_entry e JOIN directory_address a ON a."entryId" = e.id
      WHERE ${entryWhere(filter, params, 'districts')} GROUP BY a.district`,
  );
  parts.push(
    `SELECT 'openNow', '', count(*)::int FROM directory_entry e WHERE ${entryWhere(filter, params, 'openNow')} AND ${openNowSql(filter, params)}`,
  );
  const offerFacet = (facet: DirectoryFacetName, select: string, extra = '', groupBy = ''): void => {
    const { entry, offer } = filterConditions(filter, params, facet);
    const where = [...entry, ...offer, ...(extra ? [extra] : [])];
    parts.push(
      `SELECT '${facet}', ${select}, count(DISTINCT e.id)::int FROM directory_entry e JOIN directory_course_offer o ON o."entryId" = e.id
        WHERE ${where.length > 0 ? where.join(' AND ') : 'true'}${groupBy ? ` GROUP BY ${groupBy}` : ''}`,
    );
  };
  offerFacet('courseTypes', 'o.type::text', '', 'o.type');
  offerFacet('cefrLevels', 'o."cefrLevel"::text', 'o."cefrLevel" IS NOT NULL', 'o."cefrLevel"');
  offerFacet('formats', 'o.format::text', '', 'o.format');
  offerFacet('childcare', `'true'`, 'o.childcare');
  for (const weeks of startsWithinWeeks) {
    const until = addDays(filter.today, weeks * 7);
    offerFacet(
      'startsWithin',
      `'${weeks}'`,
      `o."nextStartDate" BETWEEN ${params.add(filter.today)}::date AND ${params.add(until)}::date`,
    );
  }
  return parts.map((part) => `(${part})`).join('\nUNION ALL\n');
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
