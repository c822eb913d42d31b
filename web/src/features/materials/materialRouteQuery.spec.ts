import { describe, expect, it } from 'vitest';
import { parseMaterialRouteQuery, toMaterialRouteQuery, toMaterialsFilter } from './materialRouteQuery';

describe('material route query', () => {
  it('round-trips the filters through the URL', () => {
    const state = parseMaterialRouteQuery({
      sprache: 'AR',
      fassung: 'leichte-sprache',
      thema: 'eingangszone',
      schlagwort: 'kita',
    });
    expect(state).toEqual({ language: 'ar', easyLanguage: 'LEICHTE_SPRACHE', topic: 'eingangszone', tag: 'kita' });
    expect(toMaterialRouteQuery(state)).toEqual({
      sprache: 'ar',
      fassung: 'leichte-sprache',
      thema: 'eingangszone',
      schlagwort: 'kita',
    });
    expect(toMaterialsFilter(state, (slug) => (slug === 'eingangszone' ? 'c1' : undefined))).toEqual({
      language: 'ar',
      easyLanguage: 'LEICHTE_SPRACHE',
      categoryId: 'c1',
      tag: 'kita',
    });
  });

  it('ignores malformed values', () => {
    expect(
      parseMaterialRouteQuery({ sprache: 'arabisch', fassung: 'sehr-leicht', thema: '../x', schlagwort: ['', 'y'] }),
    ).toEqual({
      language: null,
      easyLanguage: null,
      topic: null,
      tag: null,
    });
    expect(toMaterialRouteQuery(parseMaterialRouteQuery({}))).toEqual({});
  });
});
