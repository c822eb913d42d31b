import type { NotificationEntity } from './notification.entity';
import type { NotificationModel } from './models/notification.model';

export function toNotificationModel(notification: NotificationEntity): NotificationModel {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    link: notification.link,
    createdAt: notification.createdAt,
    readAt: notification.readAt,
  };
}
