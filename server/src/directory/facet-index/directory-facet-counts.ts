import { haversineKm } from '../geo-distance';
import { addDays, type DirectoryListRow, type ResolvedDirectoryFilter } from '../directory-filter-sql';
import {
  dayNumber,
  NO_DATE,
  timeToSeconds,
  type Dictionary,
  type DirectorySnapshot,
  type ValuesPerEntry,
} from './directory-snapshot';

// One bit per facet; a mask holds the facets an entry (or offer) fails.
const KINDS = 1;
const LANGUAGES = 2;
const TARGET_GROUPS = 4;
const DISTRICTS = 8;
const OPEN_NOW = 16;
const COURSE_TYPES = 1;
const CEFR_LEVELS = 2;
const FORMATS = 4;
const CHILDCARE = 8;
const STARTS = 16;

/** True when the mask fails nothing but (at most) `facet`. */
const passesAllBut = (mask: number, facet: number): boolean => (mask & ~facet) === 0;

function anyOf(values: ValuesPerEntry, entry: number, wanted: Uint8Array): boolean {
  for (let i = values.start[entry] ?? 0; i < (values.start[entry + 1] ?? 0); i += 1) {
    if (wanted[values.values[i] ?? -1]) return true;
  }
  return false;
}

/** Counts per dictionary id; `once` counts a candidate at most once per value. */
class Counts {
  readonly n: Int32Array;
  private readonly last: Int32Array;

  constructor(
    readonly dictionary: Dictionary | null,
    size: number,
  ) {
    this.n = new Int32Array(size);
    this.last = new Int32Array(size).fill(-1);
  }

  add(id: number): void {
    this.n[id] = (this.n[id] ?? 0) + 1;
  }

  once(id: number, candidate: number): void {
    if (this.last[id] === candidate) return;
    this.last[id] = candidate;
    this.add(id);
  }

  /** Rows for every value counted at least once (as SQL's GROUP BY gives). */
  rows(facet: string, valueOf: (id: number) => string): DirectoryListRow[] {
    const rows: DirectoryListRow[] = [];
    this.n.forEach((count, id) => {
      if (count > 0) rows.push({ facet, value: valueOf(id), count, distance: null });
    });
    return rows;
  }
}

/**
 * The same rows as `directoryListSql` (page, total, every facet's counts), computed from the
 * in-memory snapshot: AND across facets, OR within, each facet counted without its own filter,
 * and the offer facets met by one and the same offer. The text filter is not handled here (its
 * case-insensitive matching is PostgreSQL's); callers use SQL for it.
 */
export function directoryListFromSnapshot(
  snapshot: DirectorySnapshot,
  filter: ResolvedDirectoryFilter,
  options: { startsWithinWeeks: number[]; first: number; offset: number },
): DirectoryListRow[] {
  if (filter.text) throw new Error('The text filter is answered by SQL');
  const { dictionaries: dict, offer, offerStart } = snapshot;
  const entryMask = entryFacetMask(snapshot, filter);
  const offerMask = offerFacetMask(snapshot, filter);
  const openNow = openNowTest(snapshot, filter);
  const today = dayNumber(filter.today);
  const untils = options.startsWithinWeeks.map((weeks) => dayNumber(addDays(filter.today, weeks * 7)));

  const kinds = new Counts(dict.kinds, dict.kinds.values.length);
  const languages = new Counts(dict.languages, dict.languages.values.length);
  const targetGroups = new Counts(dict.targetGroups, dict.targetGroups.values.length);
  const districts = new Counts(dict.districts, dict.districts.values.length);
  const courseTypes = new Counts(dict.courseTypes, dict.courseTypes.values.length);
  const cefrLevels = new Counts(dict.cefrLevels, dict.cefrLevels.values.length);
  const formats = new Counts(dict.formats, dict.formats.values.length);
  const single = new Counts(null, 2 + untils.length); // open now, childcare, starts within …
  const listed: { entry: number; distance: number | null }[] = [];

  for (let entry = 0; entry < snapshot.size; entry += 1) {
    // What no facet lifts: visibility and distance.
    if (filter.publicOnly && !snapshot.isPublic[entry]) continue;
    let distance: number | null = null;
    if (filter.near) {
      distance = nearestKm(snapshot.coordinates, entry, filter.near);
      if (distance === null || distance > filter.near.radiusKm) continue;
    }
    const failed = entryMask(entry);
    if (failed === 0) {
      // Each offer-facet value counts the entry once, if one of its offers has it and meets the other offer facets.
      for (let o = offerStart[entry] ?? 0; o < (offerStart[entry + 1] ?? 0); o += 1) {
        const mask = offerMask ? offerMask(o) : 0;
        if (passesAllBut(mask, COURSE_TYPES)) courseTypes.once(offer.type[o] ?? 0, entry);
        const level = offer.cefrLevel[o] ?? -1;
        if (level >= 0 && passesAllBut(mask, CEFR_LEVELS)) cefrLevels.once(level, entry);
        if (passesAllBut(mask, FORMATS)) formats.once(offer.format[o] ?? 0, entry);
        if (offer.childcare[o] && passesAllBut(mask, CHILDCARE)) single.once(1, entry);
        const start = offer.nextStart[o] ?? NO_DATE;
        if (start !== NO_DATE && start >= today && passesAllBut(mask, STARTS)) {
          untils.forEach((until, index) => {
            if (start <= until) single.once(2 + index, entry);
          });
        }
      }
    }
    // The entry facets count entries with one offer that meets every offer facet.
    if ((failed & (failed - 1)) !== 0 || !hasMatchingOffer(snapshot, entry, offerMask)) continue;
    if (failed === 0) listed.push({ entry, distance });
    if (passesAllBut(failed, KINDS)) kinds.add(snapshot.kind[entry] ?? 0);
    if (passesAllBut(failed, LANGUAGES)) addAll(languages, snapshot.languages, entry);
    if (passesAllBut(failed, TARGET_GROUPS)) addAll(targetGroups, snapshot.targetGroups, entry);
    if (passesAllBut(failed, DISTRICTS)) addAll(districts, snapshot.districts, entry);
    if (passesAllBut(failed, OPEN_NOW) && openNow(entry)) single.add(0);
  }

  // Nearest first, then the database's order of name and id (the snapshot's order; sort is stable).
  if (filter.near) listed.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
  const rows: DirectoryListRow[] = listed
    .slice(options.offset, options.offset + options.first)
    .map(({ entry, distance }, index) => ({
      facet: 'page',
      value: snapshot.ids[entry] ?? '',
      count: options.offset + index + 1,
      distance,
    }));
  const name = (dictionary: Dictionary) => (id: number) => dictionary.values[id] ?? '';
  rows.push(
    { facet: 'total', value: '', count: listed.length, distance: null },
    // These have a row also when they are 0, as in SQL.
    { facet: 'openNow', value: '', count: single.n[0] ?? 0, distance: null },
    { facet: 'childcare', value: 'true', count: single.n[1] ?? 0, distance: null },
    ...options.startsWithinWeeks.map((weeks, index) => ({
      facet: 'startsWithin',
      value: String(weeks),
      count: single.n[2 + index] ?? 0,
      distance: null,
    })),
    ...kinds.rows('kinds', name(dict.kinds)),
    ...languages.rows('languages', name(dict.languages)),
    ...targetGroups.rows('targetGroups', name(dict.targetGroups)),
    ...districts.rows('districts', name(dict.districts)),
    ...courseTypes.rows('courseTypes', name(dict.courseTypes)),
    ...cefrLevels.rows('cefrLevels', name(dict.cefrLevels)),
    ...formats.rows('formats', name(dict.formats)),
  );
  return rows;
}

function addAll(counts: Counts, values: ValuesPerEntry, entry: number): void {
  for (let i = values.start[entry] ?? 0; i < (values.start[entry + 1] ?? 0); i += 1) counts.add(values.values[i] ?? 0);
}

/** One offer meets every offer facet; with no offer facet selected, every entry qualifies (offers or not). */
function hasMatchingOffer(
  snapshot: DirectorySnapshot,
  entry: number,
  offerMask: ((offer: number) => number) | null,
): boolean {
  if (!offerMask) return true;
  for (let o = snapshot.offerStart[entry] ?? 0; o < (snapshot.offerStart[entry + 1] ?? 0); o += 1) {
    if (offerMask(o) === 0) return true;
  }
  return false;
}

/** The entry facets an entry fails, as a mask. */
function entryFacetMask(snapshot: DirectorySnapshot, filter: ResolvedDirectoryFilter): (entry: number) => number {
  const { dictionaries: dict } = snapshot;
  const kinds = filter.kinds.length > 0 ? dict.kinds.lookup(filter.kinds) : null;
  const languages = filter.languages.length > 0 ? dict.languages.lookup(filter.languages) : null;
  const groups = filter.targetGroups.length > 0 ? dict.targetGroups.lookup(filter.targetGroups) : null;
  const districts = filter.districts.length > 0 ? dict.districts.lookup(filter.districts) : null;
  const openNow = filter.openNow ? openNowTest(snapshot, filter) : null;
  return (entry) =>
    (kinds && !kinds[snapshot.kind[entry] ?? -1] ? KINDS : 0) |
    (languages && !anyOf(snapshot.languages, entry, languages) ? LANGUAGES : 0) |
    (groups && !anyOf(snapshot.targetGroups, entry, groups) ? TARGET_GROUPS : 0) |
    (districts && !anyOf(snapshot.districts, entry, districts) ? DISTRICTS : 0) |
    (openNow && !openNow(entry) ? OPEN_NOW : 0);
}

/** The offer facets an offer fails, as a mask; null when no offer facet is selected. */
function offerFacetMask(
  snapshot: DirectorySnapshot,
  filter: ResolvedDirectoryFilter,
): ((offer: number) => number) | null {
  const { dictionaries: dict, offer } = snapshot;
  const types = filter.courseTypes.length > 0 ? dict.courseTypes.lookup(filter.courseTypes) : null;
  const levels = filter.cefrLevels.length > 0 ? dict.cefrLevels.lookup(filter.cefrLevels) : null;
  const formats = filter.formats.length > 0 ? dict.formats.lookup(filter.formats) : null;
  const from = dayNumber(filter.today);
  const until = filter.startsBy ? dayNumber(filter.startsBy) : null;
  if (!types && !levels && !formats && !filter.childcare && until === null) return null;
  return (o: number) => {
    const start = offer.nextStart[o] ?? NO_DATE;
    const level = offer.cefrLevel[o] ?? -1;
    return (
      (types && !types[offer.type[o] ?? -1] ? COURSE_TYPES : 0) |
      (levels && !(level >= 0 && levels[level]) ? CEFR_LEVELS : 0) |
      (formats && !formats[offer.format[o] ?? -1] ? FORMATS : 0) |
      (filter.childcare && !offer.childcare[o] ? CHILDCARE : 0) |
      (until !== null && !(start !== NO_DATE && start >= from && start <= until) ? STARTS : 0)
    );
  };
}

function openNowTest(snapshot: DirectorySnapshot, filter: ResolvedDirectoryFilter): (entry: number) => boolean {
  const now = timeToSeconds(filter.time);
  const { start, values } = snapshot.openingHours;
  return (entry) => {
    for (let i = start[entry] ?? 0; i + 2 < (start[entry + 1] ?? 0); i += 3) {
      if (values[i] === filter.weekday && (values[i + 1] ?? Infinity) <= now && (values[i + 2] ?? -Infinity) > now) {
        return true;
      }
    }
    return false;
  };
}

/**
 * Km from the origin to the entry's nearest address inside the box around the circle (the box
 * contains the circle, so an address outside it is too far anyway); null if none is inside.
 */
function nearestKm(
  coordinates: ValuesPerEntry<Float64Array>,
  entry: number,
  near: NonNullable<ResolvedDirectoryFilter['near']>,
): number | null {
  let nearest: number | null = null;
  const { box } = near;
  for (let i = coordinates.start[entry] ?? 0; i < (coordinates.start[entry + 1] ?? 0); i += 2) {
    const latitude = coordinates.values[i] ?? 0;
    const longitude = coordinates.values[i + 1] ?? 0;
    if (latitude < box.minLatitude || latitude > box.maxLatitude) continue;
    if (longitude < box.minLongitude || longitude > box.maxLongitude) continue;
    const km = haversineKm(near.latitude, near.longitude, latitude, longitude);
    if (nearest === null || km < nearest) nearest = km;
  }
  return nearest;
}
