import { describe, expect, it } from 'vitest';
import {
  parseDirectoryRouteQuery,
  toDirectoryFilter,
  toDirectoryRouteQuery,
  withDirectoryValues,
  withoutDirectoryFilters,
} from './directoryRouteQuery';

describe('directory route query', () => {
  const url = {
    q: 'Beispiel',
    art: ['kurstraeger', 'beratung'],
    kurs: 'JOB_LANGUAGE_BASIC_B2',
    niveau: ['B2', 'C1'],
    format: 'ON_SITE',
    sprache: ['ar', 'ti'],
    zielgruppe: 'WOMEN',
    kreis: 'Landkreis Esslingen',
    kinderbetreuung: 'ja',
    geoeffnet: 'ja',
    beginn: '4',
    plz: '73728',
    umkreis: '25',
  };

  it('round-trips every filter through the URL', () => {
    const state = parseDirectoryRouteQuery(url);
    expect(toDirectoryRouteQuery(state)).toEqual({
      ...url,
      kurs: ['JOB_LANGUAGE_BASIC_B2'],
      format: ['ON_SITE'],
      zielgruppe: ['WOMEN'],
      kreis: ['Landkreis Esslingen'],
    });
  });

  it('builds the GraphQL filter: lists, flags, weeks and distance', () => {
    expect(toDirectoryFilter(parseDirectoryRouteQuery(url))).toEqual({
      text: 'Beispiel',
      kinds: ['COURSE_PROVIDER', 'COUNSELLING_SERVICE'],
      courseTypes: ['JOB_LANGUAGE_BASIC_B2'],
      cefrLevels: ['B2', 'C1'],
      formats: ['ON_SITE'],
      languages: ['ar', 'ti'],
      targetGroups: ['WOMEN'],
      districts: ['Landkreis Esslingen'],
      childcare: true,
      openNow: true,
      startsWithinWeeks: 4,
      near: { postalCode: '73728', radiusKm: 25 },
    });
  });

  it('drops unknown values, malformed postal codes and out-of-range numbers', () => {
    const state = parseDirectoryRouteQuery({
      art: 'raumschiff',
      kurs: 'NOPE',
      niveau: 'Z9',
      plz: '7372',
      umkreis: '9999',
      beginn: '-3',
      kinderbetreuung: 'nein',
    });
    expect(toDirectoryFilter(state)).toBeUndefined();
    expect(toDirectoryRouteQuery(state)).toEqual({});
  });

  it('uses 25 km when only a postal code is given', () => {
    expect(toDirectoryFilter(parseDirectoryRouteQuery({ plz: '89073' }))?.near).toEqual({
      postalCode: '89073',
      radiusKm: 25,
    });
  });

  it('replaces one facet and clears all filters', () => {
    const state = parseDirectoryRouteQuery(url);
    expect(withDirectoryValues(state, 'cefrLevel', ['A1', 'bogus']).cefrLevels).toEqual(['A1']);
    expect(withDirectoryValues(state, 'kind', ['AUTHORITY']).kinds).toEqual(['AUTHORITY']);
    expect(toDirectoryFilter(withoutDirectoryFilters(state))).toBeUndefined();
  });
});
