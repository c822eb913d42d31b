import { describe, expect, it } from 'vitest';
import { SEARCH_SETTINGS } from '../engine/search-settings';
import { toMeilisearchSettings, toSynonymGroups, toSynonymMap } from './meilisearch-index-settings';

describe('toSynonymMap', () => {
  it('maps every term of a group to all the others', () => {
    expect(
      toSynonymMap([
        ['gE', 'Jobcenter', 'gemeinsame Einrichtung'],
        ['BA', 'Bundesagentur für Arbeit'],
      ]),
    ).toEqual({
      gE: ['Jobcenter', 'gemeinsame Einrichtung'],
      Jobcenter: ['gE', 'gemeinsame Einrichtung'],
      'gemeinsame Einrichtung': ['gE', 'Jobcenter'],
      BA: ['Bundesagentur für Arbeit'],
      'Bundesagentur für Arbeit': ['BA'],
    });
  });

  it('is symmetric for the default synonyms', () => {
    const map = toSynonymMap(SEARCH_SETTINGS.defaultSynonyms);
    for (const [term, others] of Object.entries(map)) {
      for (const other of others) expect(map[other]).toContain(term);
    }
    expect(Object.keys(map)).toHaveLength(SEARCH_SETTINGS.defaultSynonyms.flat().length);
  });

  it('merges a term in several groups, drops blanks, duplicates and single terms', () => {
    expect(toSynonymMap([['A', ' B ', 'B', ''], ['B', 'C'], ['solo']])).toEqual({
      A: ['B'],
      B: ['A', 'C'],
      C: ['B'],
    });
  });
});

describe('toSynonymGroups', () => {
  it('restores the groups of a map made by toSynonymMap, terms sorted', () => {
    const groups = [
      ['gE', 'Jobcenter', 'gemeinsame Einrichtung'],
      ['BA', 'Bundesagentur für Arbeit'],
    ];
    expect(toSynonymGroups(toSynonymMap(groups))).toEqual([
      ['gE', 'gemeinsame Einrichtung', 'Jobcenter'],
      ['BA', 'Bundesagentur für Arbeit'],
    ]);
  });

  it('keeps overlapping groups apart', () => {
    expect(
      toSynonymGroups(
        toSynonymMap([
          ['A', 'B'],
          ['B', 'C'],
        ]),
      ),
    ).toEqual([
      ['A', 'B'],
      ['B', 'C'],
    ]);
  });

  it('returns no groups for no synonyms', () => {
    expect(toSynonymGroups({})).toEqual([]);
  });
});

describe('toMeilisearchSettings', () => {
  it('leaves synonyms out unless given, so an update keeps the stored ones', () => {
    expect(toMeilisearchSettings()).not.toHaveProperty('synonyms');
    expect(toMeilisearchSettings({ a: ['b'], b: ['a'] }).synonyms).toEqual({ a: ['b'], b: ['a'] });
  });
});
