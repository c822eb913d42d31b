import { describe, expect, it } from 'vitest';
import { DomainException } from '../../common/errors/domain.exception';
import { SearchErrorCode } from '../search.errors';
import { normalizeSynonymGroups } from './normalize-synonym-groups';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainException) return error.reason;
    throw error;
  }
  return undefined;
}

describe('normalizeSynonymGroups', () => {
  it('trims terms, folds inner spaces and drops duplicates within a group', () => {
    expect(
      normalizeSynonymGroups([
        ['  gE ', 'Jobcenter', 'jobcenter'],
        ['BAMF', 'Bundesamt  für Migration und Flüchtlinge'],
      ]),
    ).toEqual([
      ['gE', 'Jobcenter'],
      ['BAMF', 'Bundesamt für Migration und Flüchtlinge'],
    ]);
  });

  it('accepts no groups at all (removes every synonym)', () => {
    expect(normalizeSynonymGroups([])).toEqual([]);
  });

  it.each([
    [[['gE']], SearchErrorCode.SYNONYM_GROUP_TOO_SMALL],
    [[['gE', 'GE']], SearchErrorCode.SYNONYM_GROUP_TOO_SMALL],
    [[['gE', '   ']], SearchErrorCode.SYNONYM_TERM_INVALID],
    [[['gE', 'x'.repeat(101)]], SearchErrorCode.SYNONYM_TERM_INVALID],
    [[Array.from({ length: 21 }, (_, i) => `Begriff ${i}`)], SearchErrorCode.SYNONYM_GROUP_TOO_LARGE],
    [
      [
        ['gE', 'Jobcenter'],
        ['jobcenter', 'Grundsicherungsstelle'],
      ],
      SearchErrorCode.SYNONYM_TERM_IN_TWO_GROUPS,
    ],
  ])('rejects %j with %s', (groups, code) => {
    expect(codeOf(() => normalizeSynonymGroups(groups))).toBe(code);
  });
});
