import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewsService } from '../../src/reviews/reviews.service';
import { SeedService } from '../../src/seed/seed.service';
import { startTestApp, type TestApp } from '../test-app';

describe('demo review data', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await startTestApp({ env: { REVIEW_SWEEP_MINUTES: '0' } });
    await ctx.app.get(SeedService).seedIfEmpty();
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('has overdue and up-to-date content, legal intervals of 6 months and notifications for the owners', async () => {
    const stats = await ctx.app.get(ReviewsService).overview();
    const overdue = stats.reduce((sum, row) => sum + row.overdue, 0);
    const upToDate = stats.reduce((sum, row) => sum + row.upToDate, 0);
    expect(overdue).toBeGreaterThanOrEqual(5);
    expect(upToDate).toBeGreaterThan(overdue);
    expect(stats.filter((row) => row.overdue > 0).length).toBeGreaterThanOrEqual(3);
    const legal = await ctx.dataSource.query<{ months: number }[]>(
      `SELECT "reviewIntervalMonths" AS months FROM category WHERE slug = 'aufenthalt-arbeitsmarktzugang'`,
    );
    expect(legal[0]?.months).toBe(6);
    const notifications = await ctx.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'ARTICLE_REVIEW_DUE'`,
    );
    expect(notifications[0]?.n).toBeGreaterThanOrEqual(5);
  });
});
