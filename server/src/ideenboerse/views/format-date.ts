const GERMAN_DATE = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "3. März 2021": dates on the public pages, independent of the server's time zone. */
export function formatDate(date: Date): string {
  return GERMAN_DATE.format(date);
}
