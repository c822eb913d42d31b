import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { ArticlesModule } from '../articles/articles.module';
import { CategoriesModule } from '../categories/categories.module';
import { DirectoryModule } from '../directory/directory.module';
import { LanguageVersionsModule } from '../language-versions/language-versions.module';
import { MaterialsModule } from '../materials/materials.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ProjectsModule } from '../projects/projects.module';
import { OwnershipModule } from '../ownership/ownership.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { DirectorySeeder } from './directory-seeder';
import { LanguageVersionSeeder } from './language-version-seeder';
import { MaterialSeeder } from './material-seeder';
import { ProjectSeeder } from './project-seeder';
import { ReviewSeeder } from './review-seeder';
import { TeamSeeder } from './team-seeder';
import { SeedService } from './seed.service';

@Module({
  imports: [
    AgenciesModule,
    UsersModule,
    CategoriesModule,
    ArticlesModule,
    ProgrammesModule,
    ProjectsModule,
    DirectoryModule,
    MaterialsModule,
    ReviewsModule,
    LanguageVersionsModule,
    TeamsModule,
    OwnershipModule,
  ],
  providers: [
    SeedService,
    LanguageVersionSeeder,
    ProjectSeeder,
    DirectorySeeder,
    ReviewSeeder,
    MaterialSeeder,
    TeamSeeder,
  ],
  exports: [SeedService],
})
export class SeedModule {}
