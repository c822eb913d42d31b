import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from './agencies/agencies.module';
import { ArticlesModule } from './articles/articles.module';
import { AuthModule } from './auth/auth.module';
import { CategoriesModule } from './categories/categories.module';
import { CollaborationModule } from './collaboration/collaboration.module';
import { AccessGuard } from './common/auth/access.guard';
import { DomainExceptionFilter } from './common/errors/domain-exception.filter';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { DirectoryExportModule } from './directory/export/directory-export.module';
import { DirectoryImportModule } from './directory/import/directory-import.module';
import { DirectoryModule } from './directory/directory.module';
import type { DatabaseTarget } from './database/database-target';
import { EasyLanguageModule } from './easy-language/easy-language.module';
import { GraphqlApiModule } from './graphql-api.module';
import { HealthModule } from './health/health.module';
import { IdeenboerseModule } from './ideenboerse/ideenboerse.module';
import { MaterialsModule } from './materials/materials.module';
import { LanguageVersionsModule } from './language-versions/language-versions.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OwnershipModule } from './ownership/ownership.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { ProjectsModule } from './projects/projects.module';
import { ReviewsModule } from './reviews/reviews.module';
import { SearchModule } from './search/search.module';
import { SeedModule } from './seed/seed.module';
import { TeamsModule } from './teams/teams.module';
import { UsersModule } from './users/users.module';
import { WebAppModule } from './web/web-app.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(database), migrationsRun: true }),
        GraphqlApiModule,
        AgenciesModule,
        UsersModule,
        TeamsModule,
        AuthModule,
        CategoriesModule,
        ArticlesModule,
        CollaborationModule,
        EasyLanguageModule,
        ProgrammesModule,
        ProjectsModule,
        DirectoryModule,
        DirectoryImportModule,
        DirectoryExportModule,
        OwnershipModule,
        NotificationsModule,
        ReviewsModule,
        LanguageVersionsModule,
        IdeenboerseModule,
        MaterialsModule,
        SearchModule,
        SeedModule,
        HealthModule,
        WebAppModule.forRoot(config.webDistDir),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ transform: true, whitelist: true, forbidUnknownValues: false }),
        },
      ],
    };
  }
}
