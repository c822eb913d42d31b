import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CefrLevel, CourseFormat, CourseType, DirectoryEntryKind, DirectoryFilter } from '@/gql/graphql';

/** Everything the directory page filters by, as kept in the (German, bookmarkable) URL. */
export interface DirectoryRouteState {
  text: string;
  kinds: DirectoryEntryKind[];
  courseTypes: CourseType[];
  cefrLevels: CefrLevel[];
  formats: CourseFormat[];
  languages: string[];
  targetGroups: string[];
  districts: string[];
  childcare: boolean;
  openNow: boolean;
  /** An offer starts within this many weeks; null for any time. */
  startsWithinWeeks: number | null;
  /** Five-digit German postal code; the distance filter applies only with one. */
  postalCode: string;
  radiusKm: number;
}

/** The checkbox facets (OR within one, AND across). */
export type DirectoryFacetKey =
  'kind' | 'courseType' | 'cefrLevel' | 'format' | 'language' | 'targetGroup' | 'district';

/**
 * URL parameter per facet, e.g.
 * `/verzeichnis?art=kurstraeger&kurs=JOB_LANGUAGE_BASIC_B2&kinderbetreuung=ja&plz=73728&umkreis=25`.
 */
export const directoryParams = {
  text: 'q',
  kind: 'art',
  courseType: 'kurs',
  cefrLevel: 'niveau',
  format: 'format',
  language: 'sprache',
  targetGroup: 'zielgruppe',
  district: 'kreis',
  childcare: 'kinderbetreuung',
  openNow: 'geoeffnet',
  startsWithinWeeks: 'beginn',
  postalCode: 'plz',
  radiusKm: 'umkreis',
} as const;

export const directoryKinds: DirectoryEntryKind[] = [
  'COURSE_PROVIDER',
  'MIGRANT_ORGANISATION',
  'COUNSELLING_SERVICE',
  'AUTHORITY',
  'OTHER',
];

const kindSlugs: Record<DirectoryEntryKind, string> = {
  COURSE_PROVIDER: 'kurstraeger',
  MIGRANT_ORGANISATION: 'migrantenorganisation',
  COUNSELLING_SERVICE: 'beratung',
  AUTHORITY: 'behoerde',
  OTHER: 'sonstige',
};

export const courseTypes: CourseType[] = [
  'INTEGRATION_GENERAL',
  'INTEGRATION_YOUTH',
  'INTEGRATION_PARENTS_WOMEN',
  'INTEGRATION_LITERACY',
  'INTEGRATION_SECOND_SCRIPT',
  'INTEGRATION_INTENSIVE',
  'JOB_LANGUAGE_BASIC_A2',
  'JOB_LANGUAGE_BASIC_B1',
  'JOB_LANGUAGE_BASIC_B2',
  'JOB_LANGUAGE_BASIC_C1',
  'JOB_LANGUAGE_SPECIAL_ACADEMIC',
  'JOB_LANGUAGE_SPECIAL_HEALTH',
  'JOB_LANGUAGE_SPECIAL_RETAIL',
  'JOB_LANGUAGE_SPECIAL_TRADE_TECH',
  'OTHER',
];
export const cefrLevels: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const courseFormats: CourseFormat[] = ['ON_SITE', 'ONLINE', 'HYBRID'];
export const radiusOptions = [5, 10, 25, 50, 100];
export const startsWithinOptions = [2, 4, 8, 12];
const DEFAULT_RADIUS_KM = 25;

function values(raw: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw == null ? [] : [raw];
  return [...new Set(list.filter((value): value is string => typeof value === 'string' && value.trim() !== ''))];
}

function first(query: LocationQuery, param: string): string {
  return values(query[param])[0]?.trim() ?? '';
}

function oneOf<T extends string>(allowed: readonly T[], list: string[]): T[] {
  return list.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

function positiveInt(raw: string, max: number): number | null {
  if (!/^\d{1,3}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : null;
}

const yes = (raw: string) => raw === 'ja' || raw === 'true' || raw === '1';

export function parseDirectoryRouteQuery(query: LocationQuery): DirectoryRouteState {
  const postalCode = first(query, directoryParams.postalCode);
  return {
    text: first(query, directoryParams.text),
    kinds: values(query[directoryParams.kind])
      .map((slug) => directoryKinds.find((kind) => kindSlugs[kind] === slug || kind === slug))
      .filter((kind): kind is DirectoryEntryKind => kind !== undefined),
    courseTypes: oneOf(courseTypes, values(query[directoryParams.courseType])),
    cefrLevels: oneOf(cefrLevels, values(query[directoryParams.cefrLevel])),
    formats: oneOf(courseFormats, values(query[directoryParams.format])),
    languages: values(query[directoryParams.language]),
    targetGroups: values(query[directoryParams.targetGroup]),
    districts: values(query[directoryParams.district]),
    childcare: yes(first(query, directoryParams.childcare)),
    openNow: yes(first(query, directoryParams.openNow)),
    startsWithinWeeks: positiveInt(first(query, directoryParams.startsWithinWeeks), 104),
    postalCode: /^\d{5}$/.test(postalCode) ? postalCode : '',
    radiusKm: positiveInt(first(query, directoryParams.radiusKm), 500) ?? DEFAULT_RADIUS_KM,
  };
}

/** The inverse of `parseDirectoryRouteQuery`; leaves out empty filters and the default radius without a postal code. */
export function toDirectoryRouteQuery(state: DirectoryRouteState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.text) query[directoryParams.text] = state.text;
  const lists: [DirectoryFacetKey, string[]][] = [
    ['kind', state.kinds.map((kind) => kindSlugs[kind])],
    ['courseType', state.courseTypes],
    ['cefrLevel', state.cefrLevels],
    ['format', state.formats],
    ['language', state.languages],
    ['targetGroup', state.targetGroups],
    ['district', state.districts],
  ];
  for (const [facet, list] of lists) if (list.length) query[directoryParams[facet]] = list;
  if (state.childcare) query[directoryParams.childcare] = 'ja';
  if (state.openNow) query[directoryParams.openNow] = 'ja';
  if (state.startsWithinWeeks) query[directoryParams.startsWithinWeeks] = String(state.startsWithinWeeks);
  if (state.postalCode) {
    query[directoryParams.postalCode] = state.postalCode;
    query[directoryParams.radiusKm] = String(state.radiusKm);
  }
  return query;
}

/** GraphQL filter for the state; `undefined` when nothing is filtered. */
export function toDirectoryFilter(state: DirectoryRouteState): DirectoryFilter | undefined {
  const filter: DirectoryFilter = {};
  if (state.text) filter.text = state.text;
  if (state.kinds.length) filter.kinds = state.kinds;
  if (state.courseTypes.length) filter.courseTypes = state.courseTypes;
  if (state.cefrLevels.length) filter.cefrLevels = state.cefrLevels;
  if (state.formats.length) filter.formats = state.formats;
  if (state.languages.length) filter.languages = state.languages;
  if (state.targetGroups.length) filter.targetGroups = state.targetGroups;
  if (state.districts.length) filter.districts = state.districts;
  if (state.childcare) filter.childcare = true;
  if (state.openNow) filter.openNow = true;
  if (state.startsWithinWeeks) filter.startsWithinWeeks = state.startsWithinWeeks;
  if (state.postalCode) filter.near = { postalCode: state.postalCode, radiusKm: state.radiusKm };
  return Object.keys(filter).length ? filter : undefined;
}

/** The selected values of one checkbox facet (enum values, like the server's facet values). */
export function selectedDirectoryValues(state: DirectoryRouteState, facet: DirectoryFacetKey): string[] {
  switch (facet) {
    case 'kind':
      return state.kinds;
    case 'courseType':
      return state.courseTypes;
    case 'cefrLevel':
      return state.cefrLevels;
    case 'format':
      return state.formats;
    case 'language':
      return state.languages;
    case 'targetGroup':
      return state.targetGroups;
    case 'district':
      return state.districts;
  }
}

/** A copy of the state with one facet's selection replaced. */
export function withDirectoryValues(
  state: DirectoryRouteState,
  facet: DirectoryFacetKey,
  selected: string[],
): DirectoryRouteState {
  switch (facet) {
    case 'kind':
      return { ...state, kinds: oneOf(directoryKinds, selected) };
    case 'courseType':
      return { ...state, courseTypes: oneOf(courseTypes, selected) };
    case 'cefrLevel':
      return { ...state, cefrLevels: oneOf(cefrLevels, selected) };
    case 'format':
      return { ...state, formats: oneOf(courseFormats, selected) };
    case 'language':
      return { ...state, languages: selected };
    case 'targetGroup':
      return { ...state, targetGroups: selected };
    case 'district':
      return { ...state, districts: selected };
  }
}

export function hasDirectoryFilters(state: DirectoryRouteState): boolean {
  return toDirectoryFilter(state) !== undefined;
}

export function withoutDirectoryFilters(state: DirectoryRouteState): DirectoryRouteState {
  return parseDirectoryRouteQuery({ [directoryParams.radiusKm]: String(state.radiusKm) });
}
