import type { ReviewIntervals } from './review-intervals';

/**
 * A subquery with one row per published article and its review due date, computed in SQL
 * from the effective interval per category (passed as arrays). Month arithmetic in UTC, like addMonths().
 * Parameters: $1 category ids, $2 months, $3 default months.
 */
export const REVIEW_ROWS_SQL = `
  SELECT a.id, a.slug, a.title, a."ownerId", a."ownerTeamId", a."categoryId",
         coalesce(r."lastVerifiedAt", a."publishedAt", a."createdAt") AS "lastVerifiedAt",
         coalesce(i.months, $3::int) AS "intervalMonths",
         ((coalesce(r."lastVerifiedAt", a."publishedAt", a."createdAt") AT TIME ZONE 'UTC')
           + make_interval(months => coalesce(i.months, $3::int))) AT TIME ZONE 'UTC' AS "dueAt"
  FROM article a
  LEFT JOIN article_review r ON r."articleId" = a.id
  LEFT JOIN unnest($1::uuid[], $2::int[]) AS i(category_id, months) ON i.category_id = a."categoryId"
  WHERE a.status = 'PUBLISHED'`;

export function reviewRowsParams(intervals: ReviewIntervals): unknown[] {
  const { categoryIds, months } = intervals.asArrays();
  return [categoryIds, months, intervals.defaultMonths];
}

export interface ReviewRow {
  id: string;
  slug: string;
  title: string;
  ownerId: string | null;
  ownerTeamId: string | null;
  categoryId: string | null;
  lastVerifiedAt: Date;
  intervalMonths: number;
  dueAt: Date;
}
