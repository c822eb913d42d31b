import { AgencyEntity } from '../agencies/agency.entity';
import { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticleEntity } from '../articles/article.entity';
import { SessionEntity } from '../auth/session.entity';
import { ArticleDocumentEntity } from '../collaboration/article-document.entity';
import { CategoryEntity } from '../categories/category.entity';
import { SearchOutboxEntity } from '../search-outbox/search-outbox.entity';
import { UserEntity } from '../users/user.entity';

/** Every entity, for the data source and the migration drift check. */
export const ENTITIES = [
  AgencyEntity,
  UserEntity,
  SessionEntity,
  CategoryEntity,
  ArticleEntity,
  ArticleRevisionEntity,
  ArticleDocumentEntity,
  SearchOutboxEntity,
];
