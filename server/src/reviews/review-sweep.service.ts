import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { MailService } from '../notifications/mail.service';
import { NotificationKind } from '../notifications/notification-kind';
import { NotificationsService } from '../notifications/notifications.service';
import { TeamsService } from '../teams/teams.service';
import { UsersService } from '../users/users.service';
import type { UserEntity } from '../users/user.entity';
import { ReviewClock } from './review-clock';
import { renderReviewMail, type ReviewMailArticle, type ReviewMailKind } from './review-mail';
import type { ReviewRow } from './review-rows.sql';
import { ReviewsService } from './reviews.service';

const DIGEST_INTERVAL_DAYS = 7;
export const REVIEW_LIST_PATH = '/pruefungen';

export interface SweepResult {
  notificationsCreated: number;
  digestsSent: number;
  mailsSent: number;
}

/**
 * One run of the review cycle: an in-app notification per overdue article for its owner, or for
 * every member of its owning team (once per due date and person), an e-mail about newly due articles, and the weekly digest. Every step claims its rows
 * atomically (unique notification key, conditional digest upsert), so runs on several instances or
 * twice in a row never notify twice.
 */
@Injectable()
export class ReviewSweepService {
  private readonly logger = new Logger(ReviewSweepService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: ReviewClock,
    private readonly reviews: ReviewsService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
  ) {}

  async runOnce(): Promise<SweepResult> {
    const overdue = await this.reviews.overdueRows();
    const teamIds = [...new Set(overdue.flatMap((row) => (row.ownerTeamId ? [row.ownerTeamId] : [])))];
    const membersByTeam = await this.teams.memberIds(teamIds);
    // One duty per person responsible: the owning user, or every member of the owning team.
    const duties = overdue.flatMap((row) =>
      (row.ownerId ? [row.ownerId] : row.ownerTeamId ? (membersByTeam.get(row.ownerTeamId) ?? []) : []).map(
        (recipientId): Duty => ({ recipientId, row }),
      ),
    );
    const recipients = new Map(
      (await this.users.findByIds([...new Set(duties.map((duty) => duty.recipientId))]))
        .filter((user) => user.active)
        .map((user) => [user.id, user]),
    );
    const relevant = duties.filter((duty) => recipients.has(duty.recipientId));
    const created = await this.notifications.raise(
      relevant.map(({ recipientId, row }) => ({
        recipientId,
        kind: NotificationKind.ARTICLE_REVIEW_DUE,
        title: `„${row.title}“ ist zur Prüfung fällig`,
        body: `Der Artikel wurde seit ${row.intervalMonths} Monaten nicht geprüft und ist vielleicht veraltet.`,
        link: `/artikel/${row.slug}`,
        dedupeKey: dueKey(row),
      })),
    );
    const result: SweepResult = { notificationsCreated: created.length, digestsSent: 0, mailsSent: 0 };
    if (!this.mail.enabled) return result;

    const digested = new Set<string>();
    for (const [recipientId, group] of groupBy(relevant, (duty) => duty.recipientId)) {
      const recipient = recipients.get(recipientId) as UserEntity;
      const claimedAt = await this.claimDigest(recipientId);
      if (!claimedAt) continue;
      if (
        await this.send(
          'digest',
          recipient,
          group.map((duty) => duty.row),
        )
      ) {
        digested.add(recipientId);
        result.digestsSent += 1;
      } else {
        await this.releaseDigest(recipientId, claimedAt);
      }
    }
    // Recipients who just got the digest already read about these articles.
    const newlyDueKeys = new Set(
      created.map((notification) => `${notification.recipientId} ${notification.dedupeKey}`),
    );
    const newlyDue = relevant.filter(
      (duty) => !digested.has(duty.recipientId) && newlyDueKeys.has(`${duty.recipientId} ${dueKey(duty.row)}`),
    );
    for (const [recipientId, group] of groupBy(newlyDue, (duty) => duty.recipientId)) {
      const recipient = recipients.get(recipientId) as UserEntity;
      if (
        await this.send(
          'newly-due',
          recipient,
          group.map((duty) => duty.row),
        )
      )
        result.mailsSent += 1;
    }
    return result;
  }

  /** Records the digest as sent now unless one went out within the last week; returns the claim or null. */
  private async claimDigest(userId: string): Promise<Date | null> {
    const now = this.clock.now();
    const weekAgo = new Date(now.getTime() - DIGEST_INTERVAL_DAYS * 86_400_000);
    const claimed = await this.dataSource.query<{ userId: string }[]>(
      `INSERT INTO review_digest ("userId", "sentAt") VALUES ($1, $2)
       ON CONFLICT ("userId") DO UPDATE SET "sentAt" = EXCLUDED."sentAt" WHERE review_digest."sentAt" <= $3
       RETURNING "userId"`,
      [userId, now, weekAgo],
    );
    return claimed.length > 0 ? now : null;
  }

  /** The mail failed: let the next run try again. */
  private async releaseDigest(userId: string, claimedAt: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM review_digest WHERE "userId" = $1 AND "sentAt" = $2`, [userId, claimedAt]);
  }

  private async send(kind: ReviewMailKind, owner: UserEntity, rows: ReviewRow[]): Promise<boolean> {
    const base = this.config.publicUrl.replace(/\/+$/, '');
    const articles: ReviewMailArticle[] = rows.map((row) => ({
      title: row.title,
      url: `${base}/artikel/${encodeURIComponent(row.slug)}`,
      dueAt: row.dueAt,
    }));
    try {
      await this.mail.send(renderReviewMail(kind, owner, articles, `${base}${REVIEW_LIST_PATH}`));
      return true;
    } catch (error) {
      this.logger.warn(`Review e-mail to user ${owner.id} failed: ${String(error)}`);
      return false;
    }
  }
}

/** An overdue article and one person who should review it. */
interface Duty {
  recipientId: string;
  row: ReviewRow;
}

const dueKey = (row: ReviewRow): string => `review-due:${row.id}:${row.dueAt.toISOString()}`;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}
