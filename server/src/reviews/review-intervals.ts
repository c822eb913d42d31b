import type { CategoryTree } from '../categories/category-tree';
import { addMonths } from './add-months';

/**
 * Review interval per category: a category's own `reviewIntervalMonths`, else the nearest
 * parent's, else the configured default.
 */
export class ReviewIntervals {
  private readonly byCategory = new Map<string, number>();

  constructor(
    tree: CategoryTree,
    readonly defaultMonths: number,
  ) {
    const ids = tree.roots().flatMap((root) => tree.descendantIds(root.id));
    for (const id of ids) {
      const own = tree
        .path(id)
        .reverse()
        .find((category) => category.reviewIntervalMonths !== null && category.reviewIntervalMonths !== undefined);
      this.byCategory.set(id, own?.reviewIntervalMonths ?? defaultMonths);
    }
  }

  monthsFor(categoryId: string | null): number {
    return (categoryId === null ? undefined : this.byCategory.get(categoryId)) ?? this.defaultMonths;
  }

  dueAt(categoryId: string | null, lastVerifiedAt: Date): Date {
    return addMonths(lastVerifiedAt, this.monthsFor(categoryId));
  }

  /** Parallel arrays for `unnest($1::uuid[], $2::int[])` in SQL. */
  asArrays(): { categoryIds: string[]; months: number[] } {
    return { categoryIds: [...this.byCategory.keys()], months: [...this.byCategory.values()] };
  }
}
