import { createI18n } from 'vue-i18n';
import { de, type Messages } from './de';
import { en } from './en';

export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

const STORAGE_KEY = 'wissensnetz.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : 'de';
  } catch {
    return 'de';
  }
}

export function createAppI18n(locale: Locale = storedLocale()) {
  const i18n = createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'de',
    messages: { de, en },
  });
  applyDocumentLanguage(locale);
  return i18n;
}

export function applyDocumentLanguage(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Switches the UI language, remembers it and updates `<html lang>`. */
export function persistLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or disabled storage: the choice then lasts for this page only.
  }
  applyDocumentLanguage(locale);
}

export { isLocale };
