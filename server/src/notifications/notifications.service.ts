import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { NotificationEntity } from './notification.entity';
import type { NotificationKind } from './notification-kind';
import { NotificationErrorCode, NotificationException } from './notifications.errors';

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  /** The same key for the same recipient is stored once, however often it is raised. */
  dedupeKey: string;
}

@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  /** Inserts what is new and returns only those rows; safe when several instances raise the same event. */
  async raise(rows: NewNotification[]): Promise<NotificationEntity[]> {
    if (rows.length === 0) return [];
    const result = await this.notifications
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(rows)
      .orIgnore()
      .returning('*')
      .execute();
    return (result.raw as NotificationEntity[]).map((row) => this.notifications.create(row));
  }

  async list(
    recipientId: string,
    unreadOnly: boolean,
    first: number,
  ): Promise<{ items: NotificationEntity[]; unreadCount: number }> {
    const [items, unreadCount] = await Promise.all([
      this.notifications.find({
        where: unreadOnly ? { recipientId, readAt: IsNull() } : { recipientId },
        order: { createdAt: 'DESC', id: 'ASC' },
        take: first,
      }),
      this.notifications.count({ where: { recipientId, readAt: IsNull() } }),
    ]);
    return { items, unreadCount };
  }

  async markRead(recipientId: string, id: string): Promise<NotificationEntity> {
    const notification = await this.notifications.findOne({ where: { id, recipientId } });
    if (!notification) {
      throw new NotificationException(NotificationErrorCode.NOTIFICATION_NOT_FOUND, 'Notification not found.');
    }
    if (!notification.readAt) {
      notification.readAt = new Date();
      await this.notifications.update({ id }, { readAt: notification.readAt });
    }
    return notification;
  }

  /** Returns how many were unread. */
  async markAllRead(recipientId: string): Promise<number> {
    const result = await this.notifications.update({ recipientId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
