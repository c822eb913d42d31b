import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ArticleQueriesService } from '../articles/article-queries.service';
import { ArticleStatus } from '../articles/article-status';
import type { ArticleEntity } from '../articles/article.entity';
import { CategoriesService } from '../categories/categories.service';
import { CategoryEntity } from '../categories/category.entity';
import type { Viewer } from '../common/auth/viewer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { ArticleReviewEntity } from './article-review.entity';
import { ReviewClock } from './review-clock';
import { ReviewIntervals } from './review-intervals';
import { REVIEW_ROWS_SQL, reviewRowsParams, type ReviewRow } from './review-rows.sql';
import type { ReviewState } from './review-state';
import { ReviewErrorCode, ReviewException } from './reviews.errors';

const DAY_MS = 86_400_000;
const DUE_SOON_DAYS = 30;
const MAX_REVIEW_ITEMS = 200;

export interface ReviewListEntry {
  article: ArticleEntity;
  row: ReviewRow;
}

export interface CategoryReviewStats {
  categoryId: string | null;
  categoryName: string | null;
  intervalMonths: number;
  total: number;
  upToDate: number;
  dueSoon: number;
  overdue: number;
}

/** Review intervals, due dates, verification and the review lists. */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: ReviewClock,
    private readonly categories: CategoriesService,
    private readonly articles: ArticleQueriesService,
  ) {}

  get defaultIntervalMonths(): number {
    return this.config.reviews.defaultIntervalMonths;
  }

  async intervals(): Promise<ReviewIntervals> {
    return new ReviewIntervals(await this.categories.tree(), this.defaultIntervalMonths);
  }

  /** Review state per article id (missing ids are left out). */
  async states(articleIds: readonly string[]): Promise<Map<string, ReviewState>> {
    const result = new Map<string, ReviewState>();
    if (articleIds.length === 0) return result;
    const [intervals, rows] = await Promise.all([
      this.intervals(),
      this.dataSource.query<
        {
          id: string;
          categoryId: string | null;
          status: ArticleStatus;
          lastVerifiedAt: Date;
          lastVerifiedById: string | null;
        }[]
      >(
        `SELECT a.id, a."categoryId", a.status,
                coalesce(r."lastVerifiedAt", a."publishedAt", a."createdAt") AS "lastVerifiedAt",
                r."lastVerifiedById"
         FROM article a LEFT JOIN article_review r ON r."articleId" = a.id
         WHERE a.id = ANY($1::uuid[])`,
        [articleIds],
      ),
    ]);
    const now = this.clock.now();
    for (const row of rows) {
      const lastVerifiedAt = new Date(row.lastVerifiedAt);
      const dueAt = intervals.dueAt(row.categoryId, lastVerifiedAt);
      result.set(row.id, {
        articleId: row.id,
        lastVerifiedAt,
        lastVerifiedById: row.lastVerifiedById,
        intervalMonths: intervals.monthsFor(row.categoryId),
        dueAt,
        overdue: row.status === ArticleStatus.PUBLISHED && dueAt.getTime() <= now.getTime(),
      });
    }
    return result;
  }

  /** "Inhalt ist aktuell": the viewer confirms the content; the next review is one interval from now. */
  async verify(viewer: Viewer, articleId: string): Promise<ArticleEntity> {
    const [article] = await this.articles.findByIds([articleId]);
    if (!article) throw new ReviewException(ReviewErrorCode.ARTICLE_NOT_FOUND, 'Article not found.');
    await this.recordVerification(articleId, this.clock.now(), viewer.userId);
    return article;
  }

  /** Also used by the demo seed to backdate reviews. */
  async recordVerification(articleId: string, at: Date, byId: string | null): Promise<void> {
    await this.dataSource
      .getRepository(ArticleReviewEntity)
      .upsert({ articleId, lastVerifiedAt: at, lastVerifiedById: byId }, ['articleId']);
  }

  /** Published articles that are due for review at `now`, across all owners. */
  async overdueRows(): Promise<ReviewRow[]> {
    const intervals = await this.intervals();
    const rows = await this.dataSource.query<ReviewRow[]>(
      `SELECT * FROM (${REVIEW_ROWS_SQL}) x WHERE x."dueAt" <= $4 ORDER BY x."dueAt", x.id`,
      [...reviewRowsParams(intervals), this.clock.now()],
    );
    return rows.map(normaliseRow);
  }

  /**
   * The owner's overdue articles and those due within `withinDays`, most urgent first: owned by
   * the user or by a team the user is a member of.
   */
  async listForOwner(ownerId: string, withinDays: number): Promise<ReviewListEntry[]> {
    const intervals = await this.intervals();
    const until = new Date(this.clock.now().getTime() + withinDays * DAY_MS);
    const rows = (
      await this.dataSource.query<ReviewRow[]>(
        `SELECT * FROM (${REVIEW_ROWS_SQL}) x WHERE (x."ownerId" = $4
           OR x."ownerTeamId" IN (SELECT m."teamId" FROM team_member m WHERE m."userId" = $4))
         AND x."dueAt" <= $5
         ORDER BY x."dueAt", x.id LIMIT ${MAX_REVIEW_ITEMS}`,
        [...reviewRowsParams(intervals), ownerId, until],
      )
    ).map(normaliseRow);
    const articles = new Map((await this.articles.findByIds(rows.map((row) => row.id))).map((a) => [a.id, a]));
    return rows.flatMap((row) => {
      const article = articles.get(row.id);
      return article ? [{ article, row }] : [];
    });
  }

  isOverdue(dueAt: Date): boolean {
    return dueAt.getTime() <= this.clock.now().getTime();
  }

  /** Per category (direct members): how much published content is up to date. */
  async overview(): Promise<CategoryReviewStats[]> {
    const tree = await this.categories.tree();
    const intervals = new ReviewIntervals(tree, this.config.reviews.defaultIntervalMonths);
    const now = this.clock.now();
    const soon = new Date(now.getTime() + DUE_SOON_DAYS * DAY_MS);
    const counts = await this.dataSource.query<
      { categoryId: string | null; total: number; upToDate: number; dueSoon: number }[]
    >(
      `SELECT x."categoryId", count(*)::int AS total,
              count(*) FILTER (WHERE x."dueAt" > $4)::int AS "upToDate",
              count(*) FILTER (WHERE x."dueAt" > $4 AND x."dueAt" <= $5)::int AS "dueSoon"
       FROM (${REVIEW_ROWS_SQL}) x GROUP BY x."categoryId"`,
      [...reviewRowsParams(intervals), now, soon],
    );
    const byCategory = new Map(counts.map((row) => [row.categoryId, row]));
    const ordered = tree.roots().flatMap((root) => depthFirst(tree, root.id));
    const stats = (categoryId: string | null, categoryName: string | null): CategoryReviewStats => {
      const row = byCategory.get(categoryId);
      const total = row?.total ?? 0;
      const upToDate = row?.upToDate ?? 0;
      return {
        categoryId,
        categoryName,
        intervalMonths: intervals.monthsFor(categoryId),
        total,
        upToDate,
        dueSoon: row?.dueSoon ?? 0,
        overdue: total - upToDate,
      };
    };
    const result = ordered.map((category) => stats(category.id, category.name));
    if (byCategory.has(null)) result.push(stats(null, null));
    return result;
  }

  async setCategoryInterval(categoryId: string, months: number | null): Promise<CategoryEntity> {
    if (months !== null && (!Number.isInteger(months) || months < 1 || months > 120)) {
      throw new ReviewException(ReviewErrorCode.INVALID_INTERVAL, 'The review interval must be 1 to 120 months.', {
        months,
      });
    }
    const repository = this.dataSource.getRepository(CategoryEntity);
    const result = await repository.update({ id: categoryId }, { reviewIntervalMonths: months });
    if (!result.affected) throw new ReviewException(ReviewErrorCode.CATEGORY_NOT_FOUND, 'Category not found.');
    return repository.findOneByOrFail({ id: categoryId });
  }
}

function normaliseRow(row: ReviewRow): ReviewRow {
  return { ...row, lastVerifiedAt: new Date(row.lastVerifiedAt), dueAt: new Date(row.dueAt) };
}

function depthFirst(
  tree: { get(id: string): CategoryEntity | undefined; children(id: string): CategoryEntity[] },
  id: string,
): CategoryEntity[] {
  const category = tree.get(id);
  if (!category) return [];
  return [category, ...tree.children(id).flatMap((child) => depthFirst(tree, child.id))];
}
