import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './normalize-search-text';
import { parseSearchText } from './parse-search-text';

describe('parseSearchText', () => {
  it('splits words and marks the last one as a prefix while typing', () => {
    expect(parseSearchText('Sprachkurs Ess')).toEqual({
      words: ['Sprachkurs', 'Ess'],
      lastWordIsPrefix: true,
      phrases: [],
      excluded: [],
    });
    expect(parseSearchText('Sprachkurs ').lastWordIsPrefix).toBe(false);
  });

  it('understands "phrases" and -exclusions', () => {
    expect(parseSearchText('"Leichte Sprache" Formular -Antrag -"nicht das"')).toEqual({
      words: ['Formular'],
      lastWordIsPrefix: false,
      phrases: ['Leichte Sprache'],
      excluded: ['Antrag', 'nicht das'],
    });
  });

  it('ignores punctuation and unclosed quotes gracefully', () => {
    expect(parseSearchText('BAMF, (Kurs)! "offen').phrases).toEqual(['offen']);
    expect(parseSearchText('BAMF, (Kurs)!').words).toEqual(['BAMF', 'Kurs']);
    expect(parseSearchText('   ').words).toEqual([]);
    expect(parseSearchText('§ 45 SGB III').words).toEqual(['§', '45', 'SGB', 'III']);
  });
});

describe('normalizeSearchText', () => {
  it('folds every spelling of umlauts and ß to one form', () => {
    expect(normalizeSearchText('Behörde')).toBe('behorde');
    expect(normalizeSearchText('Behoerde')).toBe('behorde');
    expect(normalizeSearchText('Behorde')).toBe('behorde');
    expect(normalizeSearchText('Straße')).toBe(normalizeSearchText('Strasse'));
    expect(normalizeSearchText('Träger')).toBe(normalizeSearchText('Traeger'));
  });
});
