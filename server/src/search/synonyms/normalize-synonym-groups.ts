import type { SynonymGroups } from '../engine/search-engine';
import { SearchErrorCode, SearchException } from '../search.errors';

export const MAX_SYNONYM_TERM_LENGTH = 100;
export const MAX_SYNONYM_GROUP_SIZE = 20;

/**
 * Checks admin-entered synonym groups before they replace the old ones: trimmed terms,
 * duplicates within a group removed (case-insensitively), and every problem reported
 * instead of silently dropping a group the admin meant to save.
 */
export function normalizeSynonymGroups(groups: SynonymGroups): SynonymGroups {
  const groupOfTerm = new Map<string, number>();
  return groups.map((group, index) => {
    const seen = new Set<string>();
    const terms: string[] = [];
    for (const raw of group) {
      const term = raw.trim().replace(/\s+/g, ' ');
      if (term.length === 0 || term.length > MAX_SYNONYM_TERM_LENGTH) {
        throw new SearchException(
          SearchErrorCode.SYNONYM_TERM_INVALID,
          `Group ${index + 1}: every term needs 1 to ${MAX_SYNONYM_TERM_LENGTH} characters.`,
          { group: index + 1 },
        );
      }
      const key = term.toLocaleLowerCase('de');
      if (seen.has(key)) continue;
      seen.add(key);
      const other = groupOfTerm.get(key);
      if (other !== undefined) {
        throw new SearchException(
          SearchErrorCode.SYNONYM_TERM_IN_TWO_GROUPS,
          `"${term}" is in group ${other + 1} and group ${index + 1}; merge the groups instead.`,
          { term, groups: [other + 1, index + 1] },
        );
      }
      groupOfTerm.set(key, index);
      terms.push(term);
    }
    if (terms.length < 2) {
      throw new SearchException(
        SearchErrorCode.SYNONYM_GROUP_TOO_SMALL,
        `Group ${index + 1} needs at least two different terms.`,
        { group: index + 1 },
      );
    }
    if (terms.length > MAX_SYNONYM_GROUP_SIZE) {
      throw new SearchException(
        SearchErrorCode.SYNONYM_GROUP_TOO_LARGE,
        `Group ${index + 1} has more than ${MAX_SYNONYM_GROUP_SIZE} terms.`,
        { group: index + 1 },
      );
    }
    return terms;
  });
}
