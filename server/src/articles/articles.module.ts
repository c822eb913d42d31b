import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoriesModule } from '../categories/categories.module';
import { SearchOutboxModule } from '../search-outbox/search-outbox.module';
import { UsersModule } from '../users/users.module';
import { ArticleContentSyncRegistry } from './article-content-sync';
import { ArticleFieldsResolver } from './article-fields.resolver';
import { ArticleQueriesService } from './article-queries.service';
import { ArticleRevisionEntity } from './article-revision.entity';
import { ArticleRevisionsResolver } from './article-revisions.resolver';
import { ArticleRevisionsService } from './article-revisions.service';
import { ArticleEntity } from './article.entity';
import { ArticlesResolver } from './articles.resolver';
import { ArticlesService } from './articles.service';
import { CategoryArticlesResolver } from './category-articles.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([ArticleEntity, ArticleRevisionEntity]),
    CategoriesModule,
    UsersModule,
    SearchOutboxModule,
  ],
  providers: [
    ArticlesService,
    ArticleQueriesService,
    ArticleContentSyncRegistry,
    ArticleRevisionsService,
    ArticlesResolver,
    ArticleFieldsResolver,
    ArticleRevisionsResolver,
    CategoryArticlesResolver,
  ],
  exports: [ArticlesService, ArticleQueriesService, ArticleContentSyncRegistry],
})
export class ArticlesModule {}
