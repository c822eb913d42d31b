export const MAX_SLUG_LENGTH = 80;

const GERMAN_TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
  ẞ: 'ss',
};

/**
 * URL-safe slug: German umlauts transliterated (ä → ae, ß → ss), other
 * diacritics dropped (é → e), lower case, every run of other characters
 * turned into one dash, at most 80 characters.
 * Letters of other scripts are kept, so only text without letters or digits gives ''.
 * @example slugify('Straße & Weg') // 'strasse-weg'
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFC')
    .replace(/[äöüßÄÖÜẞ]/g, (character) => GERMAN_TRANSLITERATION[character] ?? character)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

  return Array.from(slug).slice(0, MAX_SLUG_LENGTH).join('').replace(/-+$/, '');
}
