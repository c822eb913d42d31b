import { describe, expect, it } from 'vitest';
import { toMeilisearchQuery } from './to-meilisearch-query';

describe('toMeilisearchQuery', () => {
  it('passes words, phrases and exclusions through in Meilisearch syntax', () => {
    expect(toMeilisearchQuery('Integrationskurs "gemeinsame Einrichtung" -Jobcenter -"Agentur für Arbeit" Spra')).toBe(
      'Integrationskurs "gemeinsame Einrichtung" -Jobcenter -"Agentur für Arbeit" Spra',
    );
  });

  it('collapses whitespace, also inside phrases', () => {
    expect(toMeilisearchQuery('  Kurs \n\t "a   b "')).toBe('Kurs "a b"');
  });

  it('keeps one trailing space, which tells Meilisearch the last word is complete', () => {
    expect(toMeilisearchQuery('Sprachkurs  ')).toBe('Sprachkurs ');
    expect(toMeilisearchQuery('Sprachkurs')).toBe('Sprachkurs');
    expect(toMeilisearchQuery('Kurs -  ')).toBe('Kurs ');
  });

  it('turns German and typographic quotes into phrases', () => {
    expect(toMeilisearchQuery('„gemeinsame Einrichtung“ “BA” «x»')).toBe('"gemeinsame Einrichtung" "BA" "x"');
  });

  it('drops an unmatched quote, empty phrases and lone minus signs', () => {
    expect(toMeilisearchQuery('"Berufssprachkurs B2')).toBe('Berufssprachkurs B2');
    expect(toMeilisearchQuery('"a b" "c')).toBe('"a b" c');
    expect(toMeilisearchQuery('Kurs "" -"  " - x -')).toBe('Kurs x');
  });

  it('keeps hyphens inside words', () => {
    expect(toMeilisearchQuery('E-Mail Deutsch-Test')).toBe('E-Mail Deutsch-Test');
  });

  it('returns an empty string for blank input', () => {
    expect(toMeilisearchQuery('   ')).toBe('');
  });
});
