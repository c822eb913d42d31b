import { describe, expect, it } from 'vitest';
import type { CategoryEntity } from '../categories/category.entity';
import { CategoryTree } from '../categories/category-tree';
import { addMonths } from './add-months';
import { ReviewIntervals } from './review-intervals';

const category = (id: string, parentId: string | null, reviewIntervalMonths: number | null) =>
  ({ id, parentId, position: 0, name: id, slug: id, description: '', reviewIntervalMonths }) as CategoryEntity;

describe('ReviewIntervals', () => {
  const tree = new CategoryTree([
    category('recht', null, 6),
    category('sgb2', 'recht', null),
    category('sgb2-kdu', 'sgb2', 3),
    category('kontakte', null, 12),
    category('sonstiges', null, null),
  ]);
  const intervals = new ReviewIntervals(tree, 9);

  it('inherits the nearest parent interval and falls back to the default', () => {
    expect(intervals.monthsFor('recht')).toBe(6);
    expect(intervals.monthsFor('sgb2')).toBe(6);
    expect(intervals.monthsFor('sgb2-kdu')).toBe(3);
    expect(intervals.monthsFor('kontakte')).toBe(12);
    expect(intervals.monthsFor('sonstiges')).toBe(9);
    expect(intervals.monthsFor(null)).toBe(9);
    expect(intervals.monthsFor('unknown')).toBe(9);
  });

  it('computes the due date from the last verification', () => {
    expect(intervals.dueAt('sgb2', new Date('2026-01-15T10:00:00Z')).toISOString()).toBe('2026-07-15T10:00:00.000Z');
    expect(intervals.asArrays().categoryIds).toHaveLength(5);
  });
});

describe('addMonths', () => {
  it('clamps to the end of shorter months like PostgreSQL', () => {
    expect(addMonths(new Date('2026-01-31T08:00:00Z'), 1).toISOString()).toBe('2026-02-28T08:00:00.000Z');
    expect(addMonths(new Date('2027-12-31T08:00:00Z'), 2).toISOString()).toBe('2028-02-29T08:00:00.000Z');
    expect(addMonths(new Date('2026-05-10T00:00:00Z'), 12).toISOString()).toBe('2027-05-10T00:00:00.000Z');
  });
});
