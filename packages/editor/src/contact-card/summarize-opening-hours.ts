export interface OpeningHoursRow {
  weekday: number;
  opens?: string | null;
  closes?: string | null;
  note: string;
}

/**
 * Opening hours in one line: neighbouring days with the same times are joined,
 * e.g. "Mo–Fr 08:30–16:00 · Sa 14:00–18:00 (Frauencafé)". Days without a row are left out;
 * '' when there are no hours at all. `dayName(1)` is Monday.
 */
export function summarizeOpeningHours(rows: readonly OpeningHoursRow[], dayName: (weekday: number) => string): string {
  const timesOf = (weekday: number): string =>
    rows
      .filter((row) => row.weekday === weekday)
      .map((row) => {
        const time = row.opens && row.closes ? `${row.opens}–${row.closes}` : '';
        if (!row.note) return time;
        return time ? `${time} (${row.note})` : row.note;
      })
      .filter(Boolean)
      .join(', ');

  const groups: { from: number; to: number; times: string }[] = [];
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    const times = timesOf(weekday);
    if (!times) continue;
    const last = groups.at(-1);
    if (last && last.to === weekday - 1 && last.times === times) last.to = weekday;
    else groups.push({ from: weekday, to: weekday, times });
  }
  return groups
    .map(({ from, to, times }) => {
      const days =
        from === to
          ? dayName(from)
          : to === from + 1
            ? `${dayName(from)}, ${dayName(to)}`
            : `${dayName(from)}–${dayName(to)}`;
      return `${days} ${times}`;
    })
    .join(' · ');
}
