import { describe, expect, it } from 'vitest';
import { formatChangeValue } from './formatChangeValue';

describe('formatChangeValue', () => {
  it('shows empty values as a dash and plain values as they are', () => {
    expect(formatChangeValue(null)).toBe('–');
    expect(formatChangeValue('')).toBe('–');
    expect(formatChangeValue([])).toBe('–');
    expect(formatChangeValue('0711 2')).toBe('0711 2');
    expect(formatChangeValue(false)).toBe('false');
  });

  it('joins lists and spells out objects without empty keys', () => {
    expect(formatChangeValue(['de', 'uk'])).toBe('de; uk');
    expect(formatChangeValue([{ weekday: 1, opens: '08:00', closes: '12:00', note: '' }])).toBe(
      'weekday: 1, opens: 08:00, closes: 12:00',
    );
  });
});
