import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './normalize-search-text';

describe('normalizeSearchText', () => {
  it('folds umlauts, their ae/oe/ue spellings, accents and ß into one form', () => {
    expect(normalizeSearchText('Behörde')).toBe('behorde');
    expect(normalizeSearchText('Behoerde')).toBe('behorde');
    expect(normalizeSearchText('BEHÖRDE Straße')).toBe('behorde strasse');
    expect(normalizeSearchText('Café Übersetzung')).toBe('cafe ubersetzung');
  });

  it('drops the word points of Leichte Sprache, so the compound is one word', () => {
    expect(normalizeSearchText('Job·center Integrations\u2027kurs')).toBe('jobcenter integrationskurs');
  });

  it('folds plain ASCII text the same way as text with accents', () => {
    expect(normalizeSearchText('Kurstraeger AUE')).toBe('kurstrager au');
    expect(normalizeSearchText('Kursträger AUE')).toBe(normalizeSearchText('Kurstraeger AUE'));
  });
});

describe('normalizeSearchText, character by character', () => {
  // The reference: the whole text decomposed at once.
  const wholeText = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[\u00b7\u2027]/g, '')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ae/g, 'a')
      .replace(/oe/g, 'o')
      .replace(/ue/g, 'u');

  it.each([
    'Beschäftigungsduldung für Geflüchtete – „Übergänge“ gestalten',
    'Straße STRASSE ẞ Maße',
    'Crème brûlée, Ærø, Łódź, İstanbul, ½ Stunde, ﬁnanziell, ℌ',
    'zerlegt: Bu\u0308ro Cafe\u0301',
    'Arabisch: مرحبا, Persisch: سلام, Tigrinya: ሰላም, Emoji 👍🏽',
    'aee uae oue aoe ueue Aeoe OEUE quaeoe',
    'Mathematik: 𝐀𝐁𝐂 𝔄 (surrogate pairs that fold)',
    'Leichte Sprache: Job·center, Integrations\u2027kurs, Po·esie',
  ])('folds "%s" as the whole-text decomposition does', (text) => {
    expect(normalizeSearchText(text)).toBe(wholeText(text));
  });
});
