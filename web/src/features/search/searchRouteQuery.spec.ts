import { describe, expect, it } from 'vitest';
import { parseSearchRouteQuery, toSearchFilter, toSearchRouteQuery, withFacetValues } from './searchRouteQuery';

describe('searchRouteQuery', () => {
  it('reads repeated parameters, German slugs and ignores unknown values', () => {
    const state = parseSearchRouteQuery({
      q: '  Sprachkurs ',
      art: ['artikel', 'unbekannt', 'verzeichnis'],
      kategorie: ['c1', 'c1', ''],
      sprache: 'de',
      schlagwort: null,
      sort: 'gibt-es-nicht',
    });
    expect(state).toEqual({
      query: 'Sprachkurs',
      kinds: ['ARTICLE', 'DIRECTORY_ENTRY'],
      categoryIds: ['c1'],
      languages: ['de'],
      tags: [],
      agencyIds: [],
      sort: 'RELEVANCE',
    });
  });

  it('writes the same URL back, without empty filters and the default sort', () => {
    const query = {
      q: 'Asyl',
      art: ['projekt'],
      kategorie: ['c1', 'c2'],
      sprache: ['en'],
      schlagwort: ['Leichte Sprache'],
      dienststelle: ['a1'],
      sort: 'aktualisiert',
    };
    expect(toSearchRouteQuery(parseSearchRouteQuery(query))).toEqual(query);
    expect(toSearchRouteQuery(parseSearchRouteQuery({ q: 'Asyl', sort: 'relevanz' }))).toEqual({ q: 'Asyl' });
  });

  it('builds the GraphQL filter only from the selected facets', () => {
    const state = parseSearchRouteQuery({ q: 'Asyl' });
    expect(toSearchFilter(state)).toBeUndefined();
    expect(toSearchFilter(withFacetValues(state, 'kind', ['PROJECT', 'NOPE']))).toEqual({ kinds: ['PROJECT'] });
    expect(toSearchFilter(withFacetValues(state, 'agency', ['a1']))).toEqual({ agencyIds: ['a1'] });
  });
});
