import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from './slugify';

describe('slugify', () => {
  it.each([
    ['Sprachkursträger für Berufssprachkurse', 'sprachkurstraeger-fuer-berufssprachkurse'],
    ['Straße & Weg', 'strasse-weg'],
    ['Ölförderung', 'oelfoerderung'],
    ['ÄRGER ÜBER GROẞE MAẞE', 'aerger-ueber-grosse-masse'],
    ['Café Crème à la française', 'cafe-creme-a-la-francaise'],
    ['  --Hallo,   Welt!--  ', 'hallo-welt'],
    ['§ 45a SGB III', '45a-sgb-iii'],
    ['Привет мир', 'привет-мир'],
    ['Ü', 'ue'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('transliterates umlauts written with combining marks', () => {
    expect(slugify('Fu\u0308r')).toBe('fuer');
  });

  it('returns an empty string only for text without letters or digits', () => {
    expect(slugify('')).toBe('');
    expect(slugify('?!& –')).toBe('');
    expect(slugify('?a?')).toBe('a');
  });

  it(`cuts long slugs to ${MAX_SLUG_LENGTH} characters without a trailing dash`, () => {
    const slug = slugify(`${'a'.repeat(79)} b`);

    expect(slug).toBe('a'.repeat(79));
    expect(slugify('wort '.repeat(40))).toHaveLength(79);
    expect(slugify('x'.repeat(200))).toHaveLength(MAX_SLUG_LENGTH);
  });
});
