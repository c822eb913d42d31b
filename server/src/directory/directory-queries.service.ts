import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, MoreThan } from 'typeorm';
import { Visibility } from '../articles/article-status';
import type { Viewer } from '../common/auth/viewer';
import { berlinWeekdayAndTime } from './berlin-time';
import { COURSE_TYPE_NAMES, type CourseType } from './course-offer-enums';
import { DirectoryAddressEntity } from './directory-address.entity';
import { DirectoryClock } from './directory-clock';
import { DirectoryCourseOfferEntity } from './directory-course-offer.entity';
import { DirectoryEntryChangeEntity } from './directory-entry-change.entity';
import { DirectoryEntryEntity } from './directory-entry.entity';
import { normaliseLanguages } from './directory-entry-values';
import { DirectoryOpeningHoursEntity } from './directory-opening-hours.entity';
import {
  addDays,
  directoryListSql,
  distanceSql,
  entryWhere,
  SqlParams,
  type DirectoryListRow,
  type ResolvedDirectoryFilter,
} from './directory-filter-sql';
import { germanLanguageName } from './directory-languages';
import { DirectoryCodeList } from './code-lists/directory-code-list';
import type { DirectoryCodes } from './code-lists/directory-codes';
import { DirectoryCodesService } from './code-lists/directory-codes.service';
import { DirectoryVerificationPolicy, type VerificationIntervals } from './directory-verification.policy';
import { DirectoryErrorCode, DirectoryException, entryNotFound } from './directory.errors';
import type { DirectoryEntriesArgs, DirectoryFilter } from './dto/directory-entries.args';
import { boundingBox } from './geo-distance';
import type { DirectoryFacetsModel, DirectoryFacetValueModel } from './models/directory-entry-connection.model';
import { lookupPostalCode } from './postal-codes/german-postal-codes';
import { directoryListFromSnapshot } from './facet-index/directory-facet-counts';
import { DirectoryFacetIndex } from './facet-index/directory-facet-index';

const STARTS_WITHIN_WEEKS = [2, 4, 8, 12];

export interface DirectoryPage {
  items: { cursor: string; entry: DirectoryEntryEntity; distanceKm: number | null }[];
  hasNextPage: boolean;
  totalCount: number;
  facets: DirectoryFacetsModel;
  intervals: VerificationIntervals;
  now: Date;
}

/** Reading the directory: one entry, the faceted list, the owner's review list, history, search batches. */
@Injectable()
export class DirectoryQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: DirectoryClock,
    private readonly verification: DirectoryVerificationPolicy,
    private readonly codes: DirectoryCodesService,
    private readonly facetIndex: DirectoryFacetIndex,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  intervals(): Promise<VerificationIntervals> {
    return this.verification.intervals();
  }

  /** Anonymous visitors see PUBLIC entries only; an INTERNAL one is NOT_FOUND for them. */
  async get(viewer: Viewer | null, id: string): Promise<DirectoryEntryEntity> {
    const [entry] = isUUID(id) ? await this.findByIds([id]) : [];
    if (!entry || (!viewer && entry.visibility !== Visibility.PUBLIC)) throw entryNotFound();
    return entry;
  }

  async findByIds(ids: readonly string[]): Promise<DirectoryEntryEntity[]> {
    if (ids.length === 0) return [];
    // Two statements instead of one per table (each round trip costs more than the rows): the
    // entries with their agency, and their addresses, hours and offers as JSON in one result.
    // TypeORM's relation loading matched every related row against every entry, which cost more
    // than the queries for a page of 20.
    const { manager } = this.dataSource;
    const [entries, parts] = await Promise.all([
      manager.find(DirectoryEntryEntity, { where: { id: In([...ids]) }, relations: { agency: true } }),
      manager.query<{ part: 'address' | 'hours' | 'offer'; row: { entryId: string } }[]>(
        `SELECT 'address' AS part, to_jsonb(a) AS row FROM directory_address a WHERE a."entryId" = ANY($1::uuid[])
         UNION ALL SELECT 'hours', to_jsonb(h) FROM directory_opening_hours h WHERE h."entryId" = ANY($1::uuid[])
         UNION ALL SELECT 'offer', to_jsonb(o) FROM directory_course_offer o WHERE o."entryId" = ANY($1::uuid[])`,
        [ids],
      ),
    ]);
    const byId = new Map(
      entries.map((entry) => {
        entry.addresses = [];
        entry.openingHours = [];
        entry.courseOffers = [];
        return [entry.id, entry];
      }),
    );
    // The JSON of these three tables has the entities' property names and value types (times
    // and dates as text, as TypeORM reads them too).
    for (const { part, row } of parts) {
      const entry = byId.get(row.entryId);
      if (!entry) continue;
      if (part === 'address') entry.addresses?.push(Object.assign(new DirectoryAddressEntity(), row));
      else if (part === 'hours') entry.openingHours?.push(Object.assign(new DirectoryOpeningHoursEntity(), row));
      else entry.courseOffers?.push(Object.assign(new DirectoryCourseOfferEntity(), row));
    }
    return ids.map((id) => byId.get(id)).filter((entry): entry is DirectoryEntryEntity => entry !== undefined);
  }

  async batchAfter(afterId: string | null, size: number): Promise<DirectoryEntryEntity[]> {
    const ids = await this.dataSource.manager.find(DirectoryEntryEntity, {
      select: { id: true },
      where: afterId ? { id: MoreThan(afterId) } : {},
      order: { id: 'ASC' },
      take: size,
    });
    return this.findByIds(ids.map((row) => row.id));
  }

  countAll(): Promise<number> {
    return this.dataSource.manager.count(DirectoryEntryEntity);
  }

  async list(viewer: Viewer | null, args: DirectoryEntriesArgs): Promise<DirectoryPage> {
    const now = this.clock.now();
    const filter = resolveFilter(args.filter ?? {}, viewer === null, now);
    const offset = args.after ? decodeCursor(args.after) : 0;

    const params = new SqlParams();
    const startsWithinWeeks = [
      ...new Set([...STARTS_WITHIN_WEEKS, ...(args.filter?.startsWithinWeeks ? [args.filter.startsWithinWeeks] : [])]),
    ].sort((a, b) => a - b);
    const options = { startsWithinWeeks, first: args.first + 1, offset };
    // The text filter matches as PostgreSQL does (ILIKE); everything else is counted in memory
    // when the facet index is current, and by one statement otherwise (same rows either way).
    const snapshot = filter.text ? null : await this.facetIndex.current();
    const listRows = snapshot
      ? directoryListFromSnapshot(snapshot, filter, options)
      : await this.dataSource.query<DirectoryListRow[]>(directoryListSql(filter, params, options), params.values);
    const rows = listRows
      .filter((row) => row.facet === 'page')
      .sort((a, b) => a.count - b.count)
      .map((row) => ({ id: row.value, distance: row.distance }));
    const facetRows = listRows.filter((row) => row.facet !== 'page');

    const page = rows.slice(0, args.first);
    const [entries, intervals, codes] = await Promise.all([
      this.findByIds(page.map((row) => row.id)),
      this.verification.intervals(),
      this.codes.current(),
    ]);
    return {
      items: entries.map((entry, index) => ({
        cursor: encodeCursor(offset + index + 1),
        entry,
        distanceKm: page[index]?.distance ?? null,
      })),
      hasNextPage: rows.length > args.first,
      totalCount: facetRows.find((row) => row.facet === 'total')?.count ?? 0,
      facets: toFacets(facetRows, filter, codes),
      intervals,
      now,
    };
  }

  /**
   * Every entry of a filtered list in the list's order (exports): the same filter and visibility as
   * `list`, without facets or pages; at most `limit` entries, loaded in chunks.
   */
  async listAll(
    viewer: Viewer | null,
    input: DirectoryFilter | undefined,
    limit: number,
  ): Promise<DirectoryEntryEntity[]> {
    const filter = resolveFilter(input ?? {}, viewer === null, this.clock.now());
    const params = new SqlParams();
    const distance = distanceSql(filter, params);
    const where = entryWhere(filter, params);
    const order = distance ? `${distance} ASC, e.name ASC, e.id ASC` : 'e.name ASC, e.id ASC';
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT e.id FROM directory_entry e WHERE ${where} ORDER BY ${order} LIMIT ${Math.max(0, Math.floor(limit))}`,
      params.values,
    );
    const entries: DirectoryEntryEntity[] = [];
    for (let start = 0; start < rows.length; start += 1000) {
      entries.push(...(await this.findByIds(rows.slice(start, start + 1000).map((row) => row.id))));
    }
    return entries;
  }

  /** The viewer's own entries (or their teams') that are due for verification, longest unverified first. */
  async reviewsFor(
    viewer: Viewer,
  ): Promise<{ entries: DirectoryEntryEntity[]; intervals: VerificationIntervals; now: Date }> {
    const now = this.clock.now();
    const intervals = await this.verification.intervals();
    const params = new SqlParams();
    const owner = params.add(viewer.userId);
    const due = intervals
      .cutoffs(now)
      .map(({ kind, before }) => `(e.kind = '${kind}' AND e."lastVerifiedAt" <= ${params.add(before.toISOString())})`);
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT e.id FROM directory_entry e WHERE (e."ownerId" = ${owner}
         OR e."ownerTeamId" IN (SELECT m."teamId" FROM team_member m WHERE m."userId" = ${owner}))
       AND (${due.join(' OR ')})
       ORDER BY e."lastVerifiedAt" ASC, e.id ASC LIMIT 500`,
      params.values,
    );
    return { entries: await this.findByIds(rows.map((row) => row.id)), intervals, now };
  }

  async history(entryIds: readonly string[]): Promise<Map<string, DirectoryEntryChangeEntity[]>> {
    const rows =
      entryIds.length === 0
        ? []
        : await this.dataSource.manager.find(DirectoryEntryChangeEntity, {
            where: { entryId: In([...entryIds]) },
            order: { changedAt: 'DESC', version: 'DESC' },
          });
    const result = new Map<string, DirectoryEntryChangeEntity[]>();
    for (const row of rows) result.set(row.entryId, [...(result.get(row.entryId) ?? []), row]);
    return result;
  }
}

function resolveFilter(input: DirectoryFilter, publicOnly: boolean, now: Date): ResolvedDirectoryFilter {
  const berlin = berlinWeekdayAndTime(now);
  let near: ResolvedDirectoryFilter['near'] = null;
  if (input.near) {
    const place = lookupPostalCode(input.near.postalCode);
    if (!place) {
      throw new DirectoryException(
        DirectoryErrorCode.UNKNOWN_POSTAL_CODE,
        `Die Postleitzahl ${input.near.postalCode} gibt es nicht.`,
        { postalCode: input.near.postalCode },
      );
    }
    near = {
      latitude: place.latitude,
      longitude: place.longitude,
      radiusKm: input.near.radiusKm,
      box: boundingBox(place.latitude, place.longitude, input.near.radiusKm),
    };
  }
  return {
    publicOnly,
    kinds: input.kinds ?? [],
    courseTypes: input.courseTypes ?? [],
    cefrLevels: input.cefrLevels ?? [],
    formats: input.formats ?? [],
    childcare: input.childcare === true,
    startsBy: input.startsWithinWeeks ? addDays(berlin.date, input.startsWithinWeeks * 7) : null,
    today: berlin.date,
    languages: input.languages ? normaliseLanguages(input.languages) : [],
    targetGroups: input.targetGroups ?? [],
    districts: input.districts ?? [],
    openNow: input.openNow === true,
    weekday: berlin.weekday,
    time: berlin.time,
    near,
    text: input.text?.trim() || null,
  };
}

function toFacets(
  rows: { facet: string; value: string; count: number }[],
  filter: ResolvedDirectoryFilter,
  codes: DirectoryCodes,
): DirectoryFacetsModel {
  const values = (facet: string, selected: string[], label: (value: string) => string): DirectoryFacetValueModel[] => {
    const counted = rows.filter((row) => row.facet === facet);
    const all = [
      ...counted.map((row) => ({ value: row.value, label: label(row.value), count: row.count })),
      // Selected values stay visible (with 0) so they can be deselected.
      ...selected
        .filter((value) => !counted.some((row) => row.value === value))
        .map((value) => ({ value, label: label(value), count: 0 })),
    ];
    return all.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de'));
  };
  const single = (facet: string, value?: string): number =>
    rows.find((row) => row.facet === facet && (value === undefined || row.value === value))?.count ?? 0;
  const asIs = (value: string): string => value;
  return {
    kinds: values('kinds', filter.kinds, asIs),
    courseTypes: values('courseTypes', filter.courseTypes, (value) => COURSE_TYPE_NAMES[value as CourseType] ?? value),
    cefrLevels: values('cefrLevels', filter.cefrLevels, asIs),
    formats: values('formats', filter.formats, asIs),
    childcare: single('childcare'),
    languages: values('languages', filter.languages, germanLanguageName),
    targetGroups: values('targetGroups', filter.targetGroups, (value) =>
      codes.nameOf(DirectoryCodeList.TARGET_GROUP, value),
    ),
    districts: values('districts', filter.districts, asIs),
    startsWithin: rows
      .filter((row) => row.facet === 'startsWithin')
      .map((row) => ({ weeks: Number(row.value), count: row.count }))
      .sort((a, b) => a.weeks - b.weeks),
    openNow: single('openNow'),
  };
}

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

function decodeCursor(raw: string): number {
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!match?.[1]) {
    throw new DirectoryException(
      DirectoryErrorCode.INVALID_CURSOR,
      'The cursor is not valid; start from the first page.',
    );
  }
  return Number(match[1]);
}
