import { describe, expect, it } from 'vitest';
import { readabilityChange } from './readabilityChange';

describe('readabilityChange', () => {
  it('shows a dash for revisions without scores', () => {
    expect(readabilityChange(null, 60)).toEqual({ text: '–', trend: null });
  });

  it('shows the value alone when the previous revision has none', () => {
    expect(readabilityChange(61.6, null)).toEqual({ text: '62', trend: null });
    expect(readabilityChange(61.6, undefined)).toEqual({ text: '62', trend: null });
  });

  it('shows the change and whether the text got easier', () => {
    expect(readabilityChange(71.2, 61.6)).toEqual({ text: '62 → 71', trend: 'easier' });
    expect(readabilityChange(40, 55)).toEqual({ text: '55 → 40', trend: 'harder' });
    expect(readabilityChange(55.2, 54.9)).toEqual({ text: '55 → 55', trend: 'same' });
  });
});
