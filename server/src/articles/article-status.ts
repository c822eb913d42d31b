import { registerEnumType } from '@nestjs/graphql';

export enum ArticleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum Visibility {
  /** Staff only. */
  INTERNAL = 'INTERNAL',
  /** Also anonymous visitors, once published. */
  PUBLIC = 'PUBLIC',
}

registerEnumType(ArticleStatus, { name: 'ArticleStatus' });
registerEnumType(Visibility, { name: 'Visibility' });
