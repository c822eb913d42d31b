import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/reviews/add-months';
import { ReviewClock } from '../../src/reviews/review-clock';
import { ReviewSweepService } from '../../src/reviews/review-sweep.service';
import type { GraphqlClient } from '../graphql-client';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../test-app';

const DAY = 86_400_000;

const REVIEW_FIELDS = /* GraphQL */ `
  query ($id: ID!) {
    article(id: $id) {
      id
      reviewIntervalMonths
      reviewDueAt
      reviewOverdue
      lastVerifiedAt
      lastVerifiedBy {
        id
      }
    }
  }
`;

interface ReviewFields {
  reviewIntervalMonths: number;
  reviewDueAt: string;
  reviewOverdue: boolean;
  lastVerifiedAt: string;
  lastVerifiedBy: { id: string } | null;
}

describe('review cycle', () => {
  let ctx: TestApp;
  let clock: ReviewClock;
  let admin: SignedInUser;
  let owner: SignedInUser;
  let otherEditor: SignedInUser;
  let reader: SignedInUser;
  let legal: string;
  let legalChild: string;
  let contacts: string;

  const setNow = (date: Date) => {
    clock.now = () => new Date(date);
  };

  async function publishedArticle(client: GraphqlClient, categoryId: string | null): Promise<string> {
    const article = await ctx.newArticle(client, { categoryId });
    await client.expectData('mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id: article.id });
    return article.id;
  }

  async function reviewFields(client: GraphqlClient, id: string): Promise<ReviewFields> {
    return (await client.expectData<{ article: ReviewFields }>(REVIEW_FIELDS, { id })).article;
  }

  beforeAll(async () => {
    ctx = await startTestApp({ env: { REVIEW_DEFAULT_MONTHS: '9', REVIEW_SWEEP_MINUTES: '0' } });
    clock = ctx.app.get(ReviewClock);
    admin = await ctx.newUser(Role.ADMIN);
    owner = await ctx.newUser(Role.EDITOR);
    otherEditor = await ctx.newUser(Role.EDITOR);
    reader = await ctx.newUser(Role.READER);
    legal = await ctx.newCategory('Recht');
    legalChild = await ctx.newCategory('SGB II', legal);
    contacts = await ctx.newCategory('Kontakte');
    const setInterval =
      'mutation ($input: SetCategoryReviewIntervalInput!) { setCategoryReviewInterval(input: $input) { id } }';
    await admin.client.expectData(setInterval, { input: { categoryId: legal, months: 6 } });
    await admin.client.expectData(setInterval, { input: { categoryId: contacts, months: 12 } });
  });

  afterAll(async () => {
    await ctx?.close();
  });

  beforeEach(() => {
    setNow(new Date());
  });

  it('inherits intervals from parent categories and falls back to the configured default', async () => {
    type Node = { id: string; reviewIntervalMonths: number | null; effectiveReviewIntervalMonths: number };
    const categories = await admin.client.expectData<{ categories: (Node & { children: Node[] })[] }>(
      '{ categories { id reviewIntervalMonths effectiveReviewIntervalMonths children { id reviewIntervalMonths effectiveReviewIntervalMonths } } }',
    );
    const byId = new Map(
      categories.categories.flatMap((category) => [category, ...category.children]).map((c) => [c.id, c]),
    );
    expect(byId.get(legal)).toMatchObject({ reviewIntervalMonths: 6, effectiveReviewIntervalMonths: 6 });
    expect(byId.get(legalChild)).toMatchObject({ reviewIntervalMonths: null, effectiveReviewIntervalMonths: 6 });
    expect(byId.get(contacts)).toMatchObject({ reviewIntervalMonths: 12, effectiveReviewIntervalMonths: 12 });

    const inChild = await publishedArticle(owner.client, legalChild);
    const uncategorised = await publishedArticle(owner.client, null);
    const child = await reviewFields(reader.client, inChild);
    expect(child.reviewIntervalMonths).toBe(6);
    expect(child.reviewDueAt).toBe(addMonths(new Date(child.lastVerifiedAt), 6).toISOString());
    expect(child.reviewOverdue).toBe(false);
    expect(child.lastVerifiedBy).toBeNull();
    expect((await reviewFields(reader.client, uncategorised)).reviewIntervalMonths).toBe(9);
  });

  it('flags content as overdue once the interval passed, and "Inhalt ist aktuell" resets it', async () => {
    const id = await publishedArticle(owner.client, legalChild);
    const before = await reviewFields(reader.client, id);
    setNow(new Date(new Date(before.reviewDueAt).getTime() - 1000));
    expect((await reviewFields(reader.client, id)).reviewOverdue).toBe(false);
    const later = new Date(new Date(before.reviewDueAt).getTime() + DAY);
    setNow(later);
    expect((await reviewFields(reader.client, id)).reviewOverdue).toBe(true);

    const verified = await otherEditor.client.expectData<{ verifyArticle: { id: string; reviewOverdue: boolean } }>(
      'mutation ($id: ID!) { verifyArticle(id: $id) { id reviewOverdue } }',
      { id },
    );
    expect(verified.verifyArticle.reviewOverdue).toBe(false);
    const after = await reviewFields(reader.client, id);
    expect(after.lastVerifiedBy?.id).toBe(otherEditor.user.id);
    expect(new Date(after.lastVerifiedAt).getTime()).toBe(later.getTime());
    expect(after.reviewDueAt).toBe(addMonths(later, 6).toISOString());
  });

  it('refuses verification by readers and of unknown articles', async () => {
    const id = await publishedArticle(owner.client, contacts);
    expect(await reader.client.errorCode('mutation ($id: ID!) { verifyArticle(id: $id) { id } }', { id })).toBe(
      'FORBIDDEN',
    );
    expect(
      await owner.client.errorCode('mutation ($id: ID!) { verifyArticle(id: $id) { id } }', {
        id: '00000000-0000-4000-8000-000000000000',
      }),
    ).toBe('NOT_FOUND');
    expect(
      await admin.client.errorCode(
        'mutation { setCategoryReviewInterval(input: { categoryId: "00000000-0000-4000-8000-000000000000", months: 3 }) { id } }',
      ),
    ).toBe('NOT_FOUND');
    expect(
      await admin.client.errorCode(
        'mutation ($c: ID!) { setCategoryReviewInterval(input: { categoryId: $c, months: 0 }) { id } }',
        { c: contacts },
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it("lists the owner's overdue and soon-due articles and the per-category share for admins", async () => {
    const reviewer = await ctx.newUser(Role.EDITOR);
    const legalArticle = await publishedArticle(reviewer.client, legal);
    const contactArticle = await publishedArticle(reviewer.client, contacts);
    const draft = await ctx.newArticle(reviewer.client, { categoryId: legal });
    setNow(new Date(Date.now() + 7 * 30 * DAY)); // 7 months on: legal (6) overdue, contacts (12) not

    type Item = { article: { id: string }; overdue: boolean; intervalMonths: number };
    const mine = await reviewer.client.expectData<{ myReviews: Item[] }>(
      '{ myReviews(withinDays: 30) { article { id } overdue intervalMonths } }',
    );
    expect(mine.myReviews).toEqual([{ article: { id: legalArticle }, overdue: true, intervalMonths: 6 }]);
    const wide = await reviewer.client.expectData<{ myReviews: Item[] }>(
      '{ myReviews(withinDays: 365) { article { id } overdue } }',
    );
    expect(wide.myReviews.map((item) => item.article.id)).toEqual([legalArticle, contactArticle]);
    expect(wide.myReviews.map((item) => item.article.id)).not.toContain(draft.id);

    type Stats = { categoryId: string | null; total: number; upToDate: number; overdue: number; shareUpToDate: number };
    const overview = await admin.client.expectData<{ reviewOverview: { total: number; categories: Stats[] } }>(
      '{ reviewOverview { total categories { categoryId total upToDate overdue shareUpToDate } } }',
    );
    const contactStats = overview.reviewOverview.categories.find((c) => c.categoryId === contacts) as Stats;
    expect(contactStats.overdue).toBe(0);
    expect(contactStats.shareUpToDate).toBe(1);
    const legalStats = overview.reviewOverview.categories.find((c) => c.categoryId === legal) as Stats;
    expect(legalStats.total).toBe(1);
    expect(legalStats.overdue).toBe(1);
    expect(legalStats.shareUpToDate).toBe(0);
    expect(await reviewer.client.errorCode('{ reviewOverview { total } }')).toBe('FORBIDDEN');
  });

  it('notifies each owner once per overdue article, even when the sweep runs twice', async () => {
    const sweep = ctx.app.get(ReviewSweepService);
    const notifiedOwner = await ctx.newUser(Role.EDITOR);
    const first = await publishedArticle(notifiedOwner.client, legal);
    const second = await publishedArticle(notifiedOwner.client, legalChild);
    await publishedArticle(notifiedOwner.client, contacts);
    setNow(new Date(Date.now() + 7 * 30 * DAY));

    await Promise.all([sweep.runOnce(), sweep.runOnce()]);
    await sweep.runOnce();

    type List = { notifications: { unreadCount: number; items: { id: string; link: string; title: string }[] } };
    const list = await notifiedOwner.client.expectData<List>(
      '{ notifications { unreadCount items { id link title } } }',
    );
    expect(list.notifications.unreadCount).toBe(2);
    const slugs = await ctx.dataSource.query<{ slug: string }[]>(
      'SELECT slug FROM article WHERE id = ANY($1::uuid[]) ORDER BY slug',
      [[first, second]],
    );
    expect(list.notifications.items.map((item) => item.link).sort()).toEqual(
      slugs.map((row) => `/artikel/${row.slug}`),
    );

    // Someone else cannot mark it read; the owner can.
    const target = list.notifications.items[0]?.id;
    const markRead = 'mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }';
    expect(await otherEditor.client.errorCode(markRead, { id: target })).toBe('NOT_FOUND');
    const marked = await notifiedOwner.client.expectData<{ markNotificationRead: { readAt: string | null } }>(
      markRead,
      { id: target },
    );
    expect(marked.markNotificationRead.readAt).not.toBeNull();
    const unread = await notifiedOwner.client.expectData<List>(
      '{ notifications(unreadOnly: true) { unreadCount items { id link title } } }',
    );
    expect(unread.notifications.unreadCount).toBe(1);
    expect(unread.notifications.items).toHaveLength(1);
    expect(
      await notifiedOwner.client.expectData<{ markAllNotificationsRead: number }>(
        'mutation { markAllNotificationsRead }',
      ),
    ).toEqual({ markAllNotificationsRead: 1 });

    // Verified and overdue again one interval later: a new notification for the new due date.
    await notifiedOwner.client.expectData('mutation ($id: ID!) { verifyArticle(id: $id) { id } }', { id: first });
    setNow(new Date(clock.now().getTime() + 7 * 30 * DAY));
    await sweep.runOnce();
    const again = await notifiedOwner.client.expectData<List>(
      '{ notifications(unreadOnly: true) { unreadCount items { id link title } } }',
    );
    expect(again.notifications.unreadCount).toBeGreaterThanOrEqual(1);
    const rows = await ctx.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM notification WHERE "recipientId" = $1 AND "dedupeKey" LIKE $2',
      [notifiedOwner.user.id, `review-due:${first}:%`],
    );
    expect(rows[0]?.count).toBe(2);
  });
});
