import { describe, expect, it } from 'vitest';
import { likePattern } from './like-pattern';

describe('likePattern', () => {
  it('wraps the trimmed text in wildcards', () => {
    expect(likePattern('  Leitsystem ')).toBe('%Leitsystem%');
  });

  it('escapes the wildcard characters of the text', () => {
    expect(likePattern('100%_sicher\\')).toBe('%100\\%\\_sicher\\\\%');
  });
});
