import type { ReviewOverviewModel } from './models/review-overview.model';
import type { CategoryReviewStats } from './reviews.service';

const share = (upToDate: number, total: number): number => (total === 0 ? 1 : upToDate / total);

export function toReviewOverviewModel(categories: CategoryReviewStats[]): ReviewOverviewModel {
  const total = categories.reduce((sum, category) => sum + category.total, 0);
  const upToDate = categories.reduce((sum, category) => sum + category.upToDate, 0);
  return {
    total,
    upToDate,
    overdue: total - upToDate,
    shareUpToDate: share(upToDate, total),
    categories: categories.map((category) => ({
      ...category,
      shareUpToDate: share(category.upToDate, category.total),
    })),
  };
}
