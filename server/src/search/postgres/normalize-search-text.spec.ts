import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './normalize-search-text';

describe('normalizeSearchText', () => {
  it('folds umlauts, their ae/oe/ue spellings, accents and ß into one form', () => {
    expect(normalizeSearchText('Behörde')).toBe('behorde');
    expect(normalizeSearchText('Behoerde')).toBe('behorde');
    expect(normalizeSearchText('BEHÖRDE Straße')).toBe('behorde strasse');
    expect(normalizeSearchText('Café Übersetzung')).toBe('cafe ubersetzung');
  });

  it('folds plain ASCII text the same way as text with accents', () => {
    expect(normalizeSearchText('Kurstraeger AUE')).toBe('kurstrager au');
    expect(normalizeSearchText('Kursträger AUE')).toBe(normalizeSearchText('Kurstraeger AUE'));
  });
});
