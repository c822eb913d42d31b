import * as isoLanguages from '@cospired/i18n-iso-languages';
import germanNames from '@cospired/i18n-iso-languages/langs/de.json';

isoLanguages.registerLocale(germanNames);

/** A known ISO 639-1 code in lower case (what articles store as their language too), else undefined. */
export function materialLanguageCode(raw: string): string | undefined {
  const code = raw.trim().toLowerCase();
  return /^[a-z]{2}$/.test(code) && isoLanguages.getName(code, 'de') ? code : undefined;
}
