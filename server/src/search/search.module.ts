import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { ArticlesModule } from '../articles/articles.module';
import { CategoriesModule } from '../categories/categories.module';
import { DirectoryModule } from '../directory/directory.module';
import { MaterialsModule } from '../materials/materials.module';
import { SearchOutboxModule } from '../search-outbox/search-outbox.module';
import { TeamsModule } from '../teams/teams.module';
import { ProjectsModule } from '../projects/projects.module';
import { UsersModule } from '../users/users.module';
import { ArticleSearchDocuments } from './article-search-documents';
import { ProjectSearchDocuments } from './project-search-documents';
import { DirectorySearchDocuments } from './directory-search-documents';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { SEARCH_ENGINE, type SearchEngine } from './engine/search-engine';
import { MeilisearchEngine } from './meilisearch/meilisearch-engine';
import { PostgresSearchEngine } from './postgres/postgres-search.engine';
import { SearchIndexWorker } from './search-index.worker';
import { SearchHealthController } from './search-queue-health';
import { SearchResolver } from './search.resolver';
import { SearchFacetNames } from './search-facet-names';
import { SearchService } from './search.service';
import { SearchVocabulary } from './vocabulary/search-vocabulary';

@Module({
  imports: [
    ArticlesModule,
    ProjectsModule,
    DirectoryModule,
    MaterialsModule,
    CategoriesModule,
    UsersModule,
    AgenciesModule,
    TeamsModule,
    SearchOutboxModule,
  ],
  controllers: [SearchHealthController],
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [getDataSourceToken(), APP_CONFIG],
      // Meilisearch when MEILI_HOST is set; PostgreSQL full text otherwise. Nothing else knows which.
      useFactory: (dataSource: DataSource, config: AppConfig): SearchEngine =>
        config.meili
          ? new MeilisearchEngine({
              host: config.meili.host,
              apiKey: config.meili.apiKey,
              // "Did you mean" from the PostgreSQL word list, which every deployment has.
              vocabulary: new SearchVocabulary(dataSource),
            })
          : new PostgresSearchEngine(dataSource),
    },
    ArticleSearchDocuments,
    ProjectSearchDocuments,
    DirectorySearchDocuments,
    SearchIndexWorker,
    SearchFacetNames,
    SearchService,
    SearchResolver,
  ],
  exports: [SEARCH_ENGINE, SearchIndexWorker, ArticleSearchDocuments, ProjectSearchDocuments, DirectorySearchDocuments],
})
export class SearchModule {}
