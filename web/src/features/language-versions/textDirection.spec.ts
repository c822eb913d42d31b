import { describe, expect, it } from 'vitest';
import { nativeLanguageName, versionName } from './languageNames';
import { languageAttributes, textDirection } from './textDirection';

describe('textDirection', () => {
  it('is rtl for Arabic, Farsi and Pashto (also with a region) and ltr otherwise', () => {
    expect(['ar', 'fa', 'ps', 'fa-AF', 'AR'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['de', 'en', 'tr', 'uk', 'ti', '', null, undefined].map(textDirection)).toEqual(Array(8).fill('ltr'));
  });
});

describe('version names', () => {
  it('names languages natively and easy-language variants in German', () => {
    expect(nativeLanguageName('ar')).toBe('العربية');
    expect(nativeLanguageName('fa')).toBe('فارسی');
    expect(versionName('LEICHTE_SPRACHE', 'de')).toBe('Leichte Sprache');
    expect(versionName('TRANSLATION', 'uk')).toBe('Українська');
    expect(versionName(null, 'de')).toBe('Deutsch');
    expect(nativeLanguageName('xx')).toBe('xx');
  });
});

describe('languageAttributes', () => {
  it('gives the editor element lang and dir, or nothing without a language', () => {
    expect(languageAttributes('fa')).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(languageAttributes('de')).toEqual({ lang: 'de', dir: 'ltr' });
    expect(languageAttributes(undefined)).toEqual({});
  });
});
