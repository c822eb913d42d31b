import type { notificationsDe } from './notificationsDe';

export const notificationsEn: typeof notificationsDe = {
  bell: 'Notifications',
  bellUnread: 'Notifications, {count} unread',
  title: 'Notifications',
  empty: 'No notifications.',
  markRead: 'Mark as read',
  markReadNamed: 'Mark as read: {title}',
  markAllRead: 'Mark all as read',
  allRead: 'All notifications are read.',
  unread: 'Unread',
};
