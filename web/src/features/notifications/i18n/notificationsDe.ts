export const notificationsDe = {
  bell: 'Benachrichtigungen',
  bellUnread: 'Benachrichtigungen, {count} ungelesen',
  title: 'Benachrichtigungen',
  empty: 'Keine Benachrichtigungen.',
  markRead: 'Als gelesen markieren',
  markReadNamed: 'Als gelesen markieren: {title}',
  markAllRead: 'Alle als gelesen markieren',
  allRead: 'Alle Benachrichtigungen sind gelesen.',
  unread: 'Ungelesen',
};
