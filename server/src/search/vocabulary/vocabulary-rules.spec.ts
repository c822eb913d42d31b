import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../engine/search-document';
import { testArticle } from '../engine/search-test-documents';
import { InMemoryVocabulary } from './in-memory-vocabulary';
import { correctionCandidates, correctionsFrom, queryWords, suggestionText, wordsToLearn } from './vocabulary-rules';

const document = (fields: Partial<SearchDocument> = {}): SearchDocument => testArticle(1, fields);

describe('wordsToLearn', () => {
  it('takes normalized words of four or more characters from every searchable field, each once', () => {
    const words = wordsToLearn([
      document({
        title: 'Integrationskurs beim BAMF',
        summary: 'Für alle',
        headings: ['Ausländerbehörde'],
        body: 'Der Integrationskurs, Straße 2025',
        tags: ['Sprachkurs'],
        categoryPath: ['Kategoriename'],
      }),
    ]);

    expect(words.sort()).toEqual([
      '2025',
      'alle',
      'auslanderbehorde',
      'bamf',
      'beim',
      'integrationskurs',
      'sprachkurs',
      'strasse',
    ]);
  });
});

describe('correctionCandidates', () => {
  it('keeps words from five letters (one typo allowed), each once', () => {
    expect(correctionCandidates(['kurs', 'kurse', 'kurse', 'integrationskrus'])).toEqual(['kurse', 'integrationskrus']);
  });
});

describe('correctionsFrom', () => {
  it('corrects unknown words within one typo from 5 letters and two from 9, closest first, at most three', () => {
    const corrections = correctionsFrom([
      { word: 'antrg', known: false, similar: ['antrag', 'antrage', 'vertrag'] },
      { word: 'integrationskrus', known: false, similar: ['integrationskurse', 'integrationskurs', 'integration'] },
      { word: 'schule', known: false, similar: ['schalter', 'schulen', 'schulle', 'schul', 'schuhe', 'schale'] },
    ]);

    expect(corrections.get('antrg')).toEqual(['antrag']);
    // Two edits are fine from 9 letters (kurs), three are not (kurse); two are too many below 9 (antrage).
    expect(corrections.get('integrationskrus')).toEqual(['integrationskurs']);
    expect(corrections.get('schule')).toEqual(['schulen', 'schulle', 'schul']);
  });

  it('does not correct known words, words inside compounds or words without close neighbours', () => {
    const corrections = correctionsFrom([
      { word: 'kurstrager', known: true, similar: ['kurstraeger'] },
      { word: 'jobcentr', known: false, similar: ['kita'] },
    ]);

    expect(corrections.size).toBe(0);
  });
});

describe('suggestionText', () => {
  it('replaces corrected words by their best correction and keeps the others as typed', () => {
    const words = queryWords('Integrationskrus beim "BAMF" -Kita Antrg');
    expect(words.map((word) => word.raw)).toEqual(['Integrationskrus', 'beim', 'Antrg']);

    expect(suggestionText(words, new Map([['integrationskrus', ['integrationskurs', 'integrationskurse']]]))).toBe(
      'integrationskurs beim Antrg',
    );
  });

  it('is null when nothing was corrected', () => {
    expect(suggestionText(queryWords('Integrationskurs'), new Map())).toBeNull();
  });
});

describe('InMemoryVocabulary', () => {
  it('suggests learned spellings and leaves known words and compound parts alone', async () => {
    const vocabulary = new InMemoryVocabulary();
    await vocabulary.learn([
      document({ title: 'Integrationskurs beantragen', body: 'Beim Sprachkursträger anmelden' }),
    ]);

    expect(await vocabulary.suggest('Integrationskrus ')).toBe('integrationskurs');
    // "kurstrager" is inside "sprachkurstrager": no correction.
    expect(await vocabulary.suggest('Kursträger ')).toBeNull();
    expect(await vocabulary.suggest('Integrationskurs')).toBeNull();
    // Four letters allow no typo.
    expect(await vocabulary.suggest('Beim')).toBeNull();
    expect(await vocabulary.suggest('')).toBeNull();
  });
});
