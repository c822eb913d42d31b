import { useI18n } from 'vue-i18n';

/** Formats a calendar day ("2026-03-04") in the UI language without shifting it through time zones. */
export function useFormatDay() {
  const { locale } = useI18n();
  return (day: string): string => {
    const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return day;
    return new Intl.DateTimeFormat(locale.value === 'en' ? 'en-GB' : 'de-DE', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(date);
  };
}
