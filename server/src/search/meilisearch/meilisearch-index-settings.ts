import type { Settings } from 'meilisearch';
import { SEARCH_SETTINGS } from '../engine/search-settings';

/**
 * Meilisearch's default ranking rules (v1.18+) with `sort` moved to the front: without a
 * `sort` search parameter the rule does nothing, with `updatedAt:desc` the newest matches
 * come first, as in the PostgreSQL engine (by default `sort` would only break ties).
 */
export const MEILISEARCH_RANKING_RULES = [
  'sort',
  'words',
  'typo',
  'proximity',
  'attributeRank',
  'wordPosition',
  'exactness',
];

/** Meilisearch's synonym setting: term → the terms it also finds. */
export type SynonymMap = Record<string, string[]>;

/** Upper bound of offset + limit; also caps the exhaustive total count. */
export const MEILISEARCH_MAX_TOTAL_HITS = 10_000;

/**
 * Meilisearch wants synonyms as a map: every term of a group maps to all the others
 * (a term in several groups maps to the union). Blank and duplicate terms are dropped.
 */
export function toSynonymMap(groups: readonly (readonly string[])[]): SynonymMap {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => term.trim()).filter((term) => term !== ''))];
    for (const term of terms) {
      const others = terms.filter((other) => other !== term);
      if (others.length === 0) continue;
      const known = synonyms.get(term) ?? new Set<string>();
      others.forEach((other) => known.add(other));
      synonyms.set(term, known);
    }
  }
  return Object.fromEntries([...synonyms].map(([term, others]) => [term, [...others]]));
}

/**
 * Groups back from a synonym map: for each term, the term and its synonyms form a group
 * when they all find each other; links no such group covers come back as pairs. Exact for
 * maps made by toSynonymMap unless groups overlap in more than one term. Terms are sorted.
 */
export function toSynonymGroups(map: SynonymMap): string[][] {
  const linked = (a: string, b: string): boolean => Boolean(map[a]?.includes(b) || map[b]?.includes(a));
  const groups = new Map<string, string[]>();
  const add = (terms: string[]): void => {
    const sorted = [...new Set(terms)].sort((a, b) => a.localeCompare(b, 'de'));
    groups.set(JSON.stringify(sorted), sorted);
  };
  for (const [term, others] of Object.entries(map)) {
    const candidate = [term, ...others];
    if (candidate.length > 1 && candidate.every((a, i) => candidate.slice(i + 1).every((b) => linked(a, b)))) {
      add(candidate);
    }
  }
  const covered = (a: string, b: string): boolean =>
    [...groups.values()].some((group) => group.includes(a) && group.includes(b));
  for (const [term, others] of Object.entries(map)) {
    for (const other of others) if (other !== term && !covered(term, other)) add([term, other]);
  }
  return [...groups.values()];
}

/**
 * All index settings from SEARCH_SETTINGS. `synonyms` is left out when undefined, so an
 * update keeps the synonyms already stored in the index.
 */
export function toMeilisearchSettings(synonyms?: SynonymMap): Settings {
  return {
    searchableAttributes: [...SEARCH_SETTINGS.searchableAttributes],
    filterableAttributes: [...SEARCH_SETTINGS.filterableAttributes],
    sortableAttributes: [...SEARCH_SETTINGS.sortableAttributes],
    rankingRules: [...MEILISEARCH_RANKING_RULES],
    stopWords: [...SEARCH_SETTINGS.stopWords],
    ...(synonyms ? { synonyms } : {}),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: {
        oneTypo: SEARCH_SETTINGS.typoTolerance.oneTypo,
        twoTypos: SEARCH_SETTINGS.typoTolerance.twoTypos,
      },
    },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['deu'] }],
    // Sorted by count, so the values Meilisearch returns are the most frequent ones.
    faceting: { maxValuesPerFacet: SEARCH_SETTINGS.maxFacetValues, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MEILISEARCH_MAX_TOTAL_HITS },
  };
}
