import { describe, expect, it } from 'vitest';
import { quoteFilterValue, toMeilisearchFilter } from './to-meilisearch-filter';

describe('quoteFilterValue', () => {
  it('wraps plain values in double quotes', () => {
    expect(quoteFilterValue('ARTICLE')).toBe('"ARTICLE"');
    expect(quoteFilterValue('Prozesse und Abläufe')).toBe('"Prozesse und Abläufe"');
    expect(quoteFilterValue('')).toBe('""');
  });

  it('escapes double quotes and backslashes', () => {
    expect(quoteFilterValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteFilterValue('C:\\temp')).toBe('"C:\\\\temp"');
    // A trailing backslash must not escape the closing quote.
    expect(quoteFilterValue('end\\')).toBe('"end\\\\"');
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
  });

  it('leaves single quotes and filter syntax inside the quotes alone', () => {
    expect(quoteFilterValue(`it's`)).toBe(`"it's"`);
    expect(quoteFilterValue('x" OR status = "DRAFT')).toBe('"x\\" OR status = \\"DRAFT"');
  });
});

describe('toMeilisearchFilter', () => {
  const access = { statuses: ['PUBLISHED' as const], visibilities: ['INTERNAL' as const, 'PUBLIC' as const] };

  it('always starts with the access rules', () => {
    expect(toMeilisearchFilter({}, access)).toEqual([
      'status IN ["PUBLISHED"]',
      'visibility IN ["INTERNAL", "PUBLIC"]',
    ]);
  });

  it('adds one IN condition per non-empty filter', () => {
    expect(
      toMeilisearchFilter(
        {
          kinds: ['ARTICLE', 'PROJECT'],
          categoryIds: ['c1'],
          languages: [],
          tags: ['Job "Center"'],
          agencyIds: ['a1', 'a2'],
        },
        access,
      ),
    ).toEqual([
      'status IN ["PUBLISHED"]',
      'visibility IN ["INTERNAL", "PUBLIC"]',
      'kind IN ["ARTICLE", "PROJECT"]',
      'categoryIds IN ["c1"]',
      'tags IN ["Job \\"Center\\""]',
      'agencyId IN ["a1", "a2"]',
    ]);
  });
});
