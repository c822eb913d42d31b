import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { ArticlesModule } from '../articles/articles.module';
import { CategoriesModule } from '../categories/categories.module';
import { SearchOutboxModule } from '../search-outbox/search-outbox.module';
import { UsersModule } from '../users/users.module';
import { ArticleSearchDocuments } from './article-search-documents';
import { SEARCH_ENGINE } from './engine/search-engine';
import { PostgresSearchEngine } from './postgres/postgres-search.engine';
import { SearchIndexWorker } from './search-index.worker';
import { SearchHealthController } from './search-queue-health';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [ArticlesModule, CategoriesModule, UsersModule, AgenciesModule, SearchOutboxModule],
  controllers: [SearchHealthController],
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) => new PostgresSearchEngine(dataSource),
    },
    ArticleSearchDocuments,
    SearchIndexWorker,
    SearchService,
    SearchResolver,
  ],
  exports: [SEARCH_ENGINE, SearchIndexWorker, ArticleSearchDocuments],
})
export class SearchModule {}
