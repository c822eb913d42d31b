const intlLocale = { de: 'de-DE', en: 'en-GB' } as const;

function tag(locale: string): string {
  return locale === 'en' ? intlLocale.en : intlLocale.de;
}

/**
 * Formats a calendar day (`YYYY-MM-DD`) without shifting it through the browser's time zone:
 * the server sends plain dates, so they are read and written as UTC.
 */
export function formatIsoDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );
}

/** "September 2020" for `2020-09`. */
export function formatIsoMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month.slice(0, 7)}-01T00:00:00Z`),
  );
}
