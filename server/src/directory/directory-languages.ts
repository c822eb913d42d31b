import * as isoLanguages from '@cospired/i18n-iso-languages';
import germanNames from '@cospired/i18n-iso-languages/langs/de.json';

isoLanguages.registerLocale(germanNames);

/**
 * Languages without an ISO 639-1 code that counsellors ask for, ISO 639-3 codes with their German names
 * (names as in the German Wikipedia article of each language; codes from the SIL ISO 639-3 code tables).
 */
const ISO_639_3_EXTRA: Record<string, string> = {
  aii: 'Assyrisch-Neuaramäisch',
  apc: 'Levantinisches Arabisch',
  arz: 'Ägyptisches Arabisch',
  ary: 'Marokkanisches Arabisch',
  bal: 'Belutschisch',
  ckb: 'Sorani (Zentralkurdisch)',
  gsg: 'Deutsche Gebärdensprache',
  haz: 'Hazaragi',
  hbs: 'Serbokroatisch',
  kab: 'Kabylisch',
  kmr: 'Kurmandschi (Nordkurdisch)',
  prs: 'Dari',
  rom: 'Romani',
  tig: 'Tigre',
  zza: 'Zazaisch',
};

/**
 * The stored form of a language code: ISO 639-1 where one exists (also when given as 639-2/3, "deu" → "de"),
 * otherwise one of the ISO 639-3 codes above. Undefined for anything unknown.
 */
export function normaliseLanguageCode(raw: string): string | undefined {
  const code = raw.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(code)) return isoLanguages.getName(code, 'de') ? code : undefined;
  if (!/^[a-z]{3}$/.test(code)) return undefined;
  if (ISO_639_3_EXTRA[code]) return code;
  const alpha2 = isoLanguages.alpha3TToAlpha2(code) ?? isoLanguages.alpha3BToAlpha2(code);
  return alpha2 && isoLanguages.getName(alpha2, 'de') ? alpha2 : undefined;
}

/** The German name of a stored code (the code itself if unknown, e.g. a code removed from the lists). */
export function germanLanguageName(code: string): string {
  return ISO_639_3_EXTRA[code] ?? isoLanguages.getName(code, 'de') ?? code;
}

/** Every selectable language, sorted by German name, for the forms and the facet labels. */
export function allLanguages(): { code: string; name: string }[] {
  const names = { ...isoLanguages.getNames('de'), ...ISO_639_3_EXTRA };
  return Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
