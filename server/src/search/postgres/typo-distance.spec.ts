import { describe, expect, it } from 'vitest';
import { allowedTypos, closeWords } from './typo-distance';

describe('typo tolerance', () => {
  it('allows one typo from 5 letters and two from 9', () => {
    expect(allowedTypos('kurs')).toBe(0);
    expect(allowedTypos('kurse')).toBe(1);
    expect(allowedTypos('sprachkur')).toBe(2);
  });

  it('keeps only candidates within the allowed distance, closest first', () => {
    // krus → kurs is two substitutions; krus → kurse three (too many for 16 letters).
    expect(
      closeWords('integrationskrus', ['integrationskurs', 'integration', 'integrationskurse', 'integrationskruse']),
    ).toEqual(['integrationskruse', 'integrationskurs']);
    expect(closeWords('kurs', ['kurse'])).toEqual([]);
  });
});
