import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  /** An article the recipient owns is due for review. */
  ARTICLE_REVIEW_DUE = 'ARTICLE_REVIEW_DUE',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
