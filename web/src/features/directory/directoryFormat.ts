import { useI18n } from 'vue-i18n';

interface Hours {
  weekday: number;
  opens?: string | null;
  closes?: string | null;
  note: string;
}

interface Offer {
  nextStartDate?: string | null;
}

/** The earliest start date today or later, as an ISO date; null when no offer has one. */
export function nextCourseStart(
  offers: readonly Offer[],
  today = new Date().toISOString().slice(0, 10),
): string | null {
  const dates = offers
    .map((offer) => offer.nextStartDate)
    .filter((date): date is string => typeof date === 'string' && date >= today)
    .sort();
  return dates[0] ?? null;
}

/** Formatting helpers of the directory in the UI language. */
export function useDirectoryFormat() {
  const { t, locale } = useI18n();
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'de-DE');

  /** An ISO day ("2026-05-04") as a date without time-zone shifts. */
  function formatDay(iso: string): string {
    const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
    return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
    );
  }

  function formatKm(km: number): string {
    return new Intl.NumberFormat(tag(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(km);
  }

  /** "08:30–16:00", the note appended; "closed" when a day has neither. */
  function formatHours(row: Hours | undefined): string {
    if (!row) return t('directory.entry.closed');
    const time = row.opens && row.closes ? `${row.opens}–${row.closes}` : '';
    return [time, row.note].filter(Boolean).join(', ') || t('directory.entry.closed');
  }

  /** Opening hours as seven rows, Monday first. */
  function weekRows<T extends Hours>(hours: readonly T[]): { weekday: number; name: string; rows: T[] }[] {
    return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      name: t(`directory.weekdays.${weekday}`),
      rows: hours.filter((row) => row.weekday === weekday),
    }));
  }

  function courseLabel(offer: { type: string; cefrLevel?: string | null }): string {
    const type = t(`directory.courseTypes.${offer.type}`);
    return offer.cefrLevel && !type.endsWith(offer.cefrLevel) ? `${type} (${offer.cefrLevel})` : type;
  }

  return { formatDay, formatKm, formatHours, weekRows, courseLabel };
}
