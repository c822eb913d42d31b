import { describe, expect, it } from 'vitest';
import { summarizeOpeningHours, type OpeningHoursRow } from './summarize-opening-hours';

const names = ['', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
const dayName = (weekday: number) => names[weekday] ?? '?';
const day = (weekday: number, opens: string | null, closes: string | null, note = ''): OpeningHoursRow => ({
  weekday,
  opens,
  closes,
  note,
});

describe('summarizeOpeningHours', () => {
  it('joins neighbouring days with the same times', () => {
    const week = [1, 2, 3, 4, 5].map((weekday) => day(weekday, '08:30', '16:00'));

    expect(summarizeOpeningHours(week, dayName)).toBe('Mo–Fr 08:30–16:00');
  });

  it('keeps different times and gaps apart and adds notes', () => {
    const rows = [
      day(1, '09:00', '12:00'),
      day(2, '09:00', '12:00'),
      day(4, '09:00', '12:00'),
      day(4, '14:00', '18:00'),
      day(6, '14:00', '18:00', 'Frauencafé'),
      day(7, null, null, 'nach Vereinbarung'),
    ];

    expect(summarizeOpeningHours(rows, dayName)).toBe(
      'Mo, Di 09:00–12:00 · Do 09:00–12:00, 14:00–18:00 · Sa 14:00–18:00 (Frauencafé) · So nach Vereinbarung',
    );
  });

  it('is empty without opening hours', () => {
    expect(summarizeOpeningHours([], dayName)).toBe('');
  });
});
