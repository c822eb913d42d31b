import { useI18n } from 'vue-i18n';

const intlLocale = { de: 'de-DE', en: 'en-GB' } as const;

/** Formats ISO timestamps in the UI language (de-DE or en-GB). */
export function useFormatDate() {
  const { locale } = useI18n();
  const tag = () => (locale.value === 'en' ? intlLocale.en : intlLocale.de);
  return {
    formatDateTime: (iso: string) =>
      new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    formatDate: (iso: string) => new Intl.DateTimeFormat(tag(), { dateStyle: 'long' }).format(new Date(iso)),
  };
}
