import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { CefrLevel, CourseFormat, CourseSchedule, CourseType } from '../../src/directory/course-offer-enums';
import { DirectoryEntryKind } from '../../src/directory/directory-entry-kind';
import {
  addDays,
  directoryListSql,
  SqlParams,
  type DirectoryListRow,
  type ResolvedDirectoryFilter,
} from '../../src/directory/directory-filter-sql';
import { directoryListFromSnapshot } from '../../src/directory/facet-index/directory-facet-counts';
import { DirectoryFacetIndex } from '../../src/directory/facet-index/directory-facet-index';
import { currentDirectoryRevision, loadDirectorySnapshot } from '../../src/directory/facet-index/directory-snapshot';
import { boundingBox } from '../../src/directory/geo-distance';
import { seededRandom as random } from '../seeded-random';
import { startTestApp, type TestApp } from '../test-app';

const LANGUAGES = ['ar', 'de', 'en', 'fa', 'ru', 'ti', 'tr', 'uk'];
const TARGET_GROUPS = ['WOMEN', 'YOUTH', 'FAMILIES', 'REFUGEES'];
const DISTRICTS = ['Esslingen', 'Stuttgart', 'Ludwigsburg', ''];
const PLACES = [
  { latitude: 48.7396, longitude: 9.3047 },
  { latitude: 48.7784, longitude: 9.18 },
  { latitude: 48.8975, longitude: 9.1916 },
];
const TODAY = '2026-03-02';

async function seedDirectory(dataSource: DataSource, entries: number, next: () => number): Promise<void> {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const some = <T>(values: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(values))),
  ];
  for (let index = 0; index < entries; index += 1) {
    const id = randomUUID();
    const kind = pick(Object.values(DirectoryEntryKind));
    // Repeated names make the order by name, then id, matter.
    await dataSource.query(
      `INSERT INTO directory_entry (id, kind, name, languages, "targetGroups", visibility, description,
         "descriptionHtml", "descriptionText", "lastVerifiedAt")
       VALUES ($1, $2, $3, $4, $5, $6, '{"type":"doc","content":[]}', '', '', now())`,
      [
        id,
        kind,
        `Träger ${pick(['Ä', 'a', 'B', 'z', 'Ö'])}${index % 17}`,
        some(LANGUAGES, 3),
        some(TARGET_GROUPS, 2),
        pick(['PUBLIC', 'INTERNAL']),
      ],
    );
    const addresses: string[] = [];
    for (let position = 0; position < Math.floor(next() * 3); position += 1) {
      const place = pick(PLACES);
      const addressId = randomUUID();
      addresses.push(addressId);
      await dataSource.query(
        `INSERT INTO directory_address (id, "entryId", position, street, "postalCode", city, district, latitude, longitude)
         VALUES ($1, $2, $3, 'Musterweg 1', '73728', 'Esslingen', $4, $5, $6)`,
        [
          addressId,
          id,
          position,
          pick(DISTRICTS),
          place.latitude + (next() - 0.5) * 0.6,
          place.longitude + (next() - 0.5) * 0.8,
        ],
      );
    }
    for (let weekday = 1; weekday <= 7; weekday += 1) {
      if (next() < 0.4) continue;
      const opens = `${String(7 + Math.floor(next() * 5)).padStart(2, '0')}:${pick(['00', '30'])}`;
      const closes = `${String(12 + Math.floor(next() * 7))}:${pick(['00', '30'])}`;
      await dataSource.query(
        `INSERT INTO directory_opening_hours ("entryId", weekday, opens, closes) VALUES ($1, $2, $3, $4)`,
        [id, weekday, next() < 0.1 ? null : opens, closes],
      );
    }
    if (kind !== DirectoryEntryKind.COURSE_PROVIDER && next() < 0.7) continue;
    for (let position = 0; position < Math.floor(next() * 5); position += 1) {
      await dataSource.query(
        `INSERT INTO directory_course_offer ("entryId", position, type, "cefrLevel", format, schedule, "nextStartDate", childcare, "locationId")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          position,
          pick(Object.values(CourseType)),
          next() < 0.2 ? null : pick(Object.values(CefrLevel)),
          pick(Object.values(CourseFormat)),
          pick(Object.values(CourseSchedule)),
          next() < 0.2 ? null : addDays(TODAY, Math.floor(next() * 120) - 20),
          next() < 0.5,
          addresses.length > 0 && next() < 0.5 ? pick(addresses) : null,
        ],
      );
    }
  }
}

function randomFilter(next: () => number): ResolvedDirectoryFilter {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const maybe = <T>(values: readonly T[], chance = 0.35): T[] =>
    next() < chance ? [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(values)))] : [];
  const place = pick(PLACES);
  const radiusKm = pick([5, 10, 25]);
  const near =
    next() < 0.5 ? { ...place, radiusKm, box: boundingBox(place.latitude, place.longitude, radiusKm) } : null;
  return {
    publicOnly: next() < 0.5,
    kinds: maybe(Object.values(DirectoryEntryKind)),
    courseTypes: maybe(Object.values(CourseType)),
    cefrLevels: maybe(Object.values(CefrLevel)),
    formats: maybe(Object.values(CourseFormat)),
    childcare: next() < 0.3,
    startsBy: next() < 0.3 ? addDays(TODAY, pick([14, 28, 56])) : null,
    today: TODAY,
    languages: maybe(LANGUAGES),
    targetGroups: maybe(TARGET_GROUPS),
    districts: maybe(DISTRICTS, 0.2),
    openNow: next() < 0.2,
    weekday: 1 + Math.floor(next() * 7),
    time: pick(['08:00', '11:30', '12:00', '17:45']),
    near,
    text: null,
  };
}

/** Rows in a canonical order with distances rounded (SQL and JavaScript may differ in the last bit). */
function canonical(rows: DirectoryListRow[]): string[] {
  return rows
    .map((row) => `${row.facet}|${row.value}|${row.count}|${row.distance === null ? '-' : row.distance.toFixed(6)}`)
    .sort();
}

describe('directory facet index (in memory) against the SQL statement', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await startTestApp();
    await seedDirectory(ctx.dataSource, 300, random(11));
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('answers the same page, total and facet counts for 150 random filters', async () => {
    const snapshot = await loadDirectorySnapshot(ctx.dataSource.manager);
    expect(snapshot.size).toBe(300);
    const next = random(5);
    let listedSomething = 0;
    for (let run = 0; run < 150; run += 1) {
      const filter = randomFilter(next);
      const options = {
        startsWithinWeeks: [2, 4, 8, 12],
        first: 1 + Math.floor(next() * 20),
        offset: next() < 0.3 ? 5 : 0,
      };
      const params = new SqlParams();
      const fromSql = await ctx.dataSource.query<DirectoryListRow[]>(
        directoryListSql(filter, params, options),
        params.values,
      );
      const fromMemory = directoryListFromSnapshot(snapshot, filter, options);
      expect(canonical(fromMemory), JSON.stringify({ run, filter, options })).toEqual(canonical(fromSql));
      if (fromSql.some((row) => row.facet === 'page')) listedSomething += 1;
    }
    // The random filters must not all be empty lists (or the comparison would prove little).
    expect(listedSomething).toBeGreaterThan(40);
  });

  it('moves the revision with every write that changes what lists filter on, and only uses a current snapshot', async () => {
    const index = ctx.app.get(DirectoryFacetIndex);
    await index.current();
    await index.settled();
    const before = await currentDirectoryRevision(ctx.dataSource.manager);
    expect(await index.current()).not.toBeNull();

    const [entry] = await ctx.dataSource.query<{ id: string }[]>('SELECT id FROM directory_entry LIMIT 1');
    // Not a facet: no new revision.
    await ctx.dataSource.query(`UPDATE directory_entry SET phone = '0711 1' WHERE id = $1`, [entry?.id]);
    expect(await currentDirectoryRevision(ctx.dataSource.manager)).toBe(before);

    const writes = [
      `UPDATE directory_entry SET languages = '{ps}' WHERE id = $1`,
      `UPDATE directory_address SET district = 'Göppingen' WHERE "entryId" = $1`,
      `INSERT INTO directory_opening_hours ("entryId", weekday, opens, closes) VALUES ($1, 3, '09:00', '10:00')`,
      `INSERT INTO directory_course_offer ("entryId", type, format, schedule) VALUES ($1, 'OTHER', 'ONLINE', 'EVENING')`,
      `DELETE FROM directory_entry WHERE id = $1`,
    ];
    let previous = before;
    for (const sql of writes) {
      await ctx.dataSource.query(sql, [entry?.id]);
      const revision = await currentDirectoryRevision(ctx.dataSource.manager);
      expect(BigInt(revision), sql).toBeGreaterThan(BigInt(previous));
      previous = revision;
      // Stale: the caller must use SQL; the reload brings it back.
      expect(await index.current(), sql).toBeNull();
      await index.settled();
      const fresh = await index.current();
      expect(fresh?.revision).toBe(revision);
    }
    const snapshot = await index.current();
    expect(snapshot?.ids).not.toContain(entry?.id);
  });
});
