import { describe, expect, it } from 'vitest';
import { MAX_TAGS, normalizeTags } from './article-tags';

describe('normalizeTags', () => {
  it('trims, lower-cases and removes duplicates and blanks', () => {
    expect(normalizeTags([' BAMF ', 'bamf', 'Leichte  Sprache', '', 'Über'])).toEqual([
      'bamf',
      'leichte sprache',
      'über',
    ]);
  });

  it('rejects too many or too long tags', () => {
    expect(() => normalizeTags(Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`))).toThrow(/at most/);
    expect(() => normalizeTags(['x'.repeat(51)])).toThrow(/at most 50/);
  });
});
