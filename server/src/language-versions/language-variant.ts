import { registerEnumType } from '@nestjs/graphql';

/** What a language version is to its source article. */
export enum LanguageVariant {
  /** Leichte Sprache (Netzwerk Leichte Sprache, DIN SPEC 33429), German. */
  LEICHTE_SPRACHE = 'LEICHTE_SPRACHE',
  /** Einfache Sprache, German. */
  EINFACHE_SPRACHE = 'EINFACHE_SPRACHE',
  /** The content in another language. */
  TRANSLATION = 'TRANSLATION',
}
registerEnumType(LanguageVariant, { name: 'LanguageVariant' });

/** Languages a translation may be written in (ISO 639-1); the first nine are the ones customers ask for most. */
export const TRANSLATION_LANGUAGES = ['en', 'ar', 'fa', 'tr', 'uk', 'ru', 'ps', 'ti', 'fr'] as const;

/** Easy-language variants are German: they rewrite the German source, they do not translate it. */
export const EASY_LANGUAGE = 'de';

/** Order in a version group: source, easy language, then translations in the order above. */
export function versionRank(variant: LanguageVariant | null, language: string): number {
  if (variant === null) return 0;
  if (variant === LanguageVariant.LEICHTE_SPRACHE) return 1;
  if (variant === LanguageVariant.EINFACHE_SPRACHE) return 2;
  const index = (TRANSLATION_LANGUAGES as readonly string[]).indexOf(language);
  return 3 + (index === -1 ? TRANSLATION_LANGUAGES.length : index);
}
