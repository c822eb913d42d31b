import type { LanguageVariant } from '@/gql/graphql';

/**
 * Each language in its own name, as readers look for it in the switcher (not translated into the
 * UI language: someone who reads Farsi looks for „فارسی“, not for „Persisch“).
 */
export const NATIVE_LANGUAGE_NAMES: Record<string, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  tr: 'Türkçe',
  uk: 'Українська',
  ru: 'Русский',
  ps: 'پښتو',
  ti: 'ትግርኛ',
  fr: 'Français',
};

/** Languages a translation can be made in (the server checks the same list). */
export const TRANSLATION_LANGUAGES = ['en', 'ar', 'fa', 'tr', 'uk', 'ru', 'ps', 'ti', 'fr'] as const;

/** Easy-language variants are named in German, because they are German. */
const VARIANT_NAMES: Partial<Record<LanguageVariant, string>> = {
  LEICHTE_SPRACHE: 'Leichte Sprache',
  EINFACHE_SPRACHE: 'Einfache Sprache',
};

export function nativeLanguageName(language: string): string {
  return NATIVE_LANGUAGE_NAMES[language.split('-')[0] ?? language] ?? language;
}

/** The name a version goes by in the switcher. */
export function versionName(variant: LanguageVariant | null | undefined, language: string): string {
  return (variant && VARIANT_NAMES[variant]) ?? nativeLanguageName(language);
}
