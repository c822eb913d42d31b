import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from './csv-formula-guard';

describe('CSV formula guard', () => {
  it.each(['=HYPERLINK("http://evil")', '+49 711 123456', '-1', '@SUM(A1)', '\tcmd'])(
    'neutralises %j and restores it on import',
    (value) => {
      expect(guardFormula(value)).toBe(`'${value}`);
      expect(unguardFormula(guardFormula(value))).toBe(value);
    },
  );

  it('leaves ordinary values and apostrophes alone', () => {
    expect(guardFormula('Sprachschule Beispiel')).toBe('Sprachschule Beispiel');
    expect(unguardFormula("'s Gärtle")).toBe("'s Gärtle");
    expect(unguardFormula("'=kein Präfix")).toBe('=kein Präfix');
  });
});
