import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { ArticlesModule } from '../articles/articles.module';
import { CategoriesModule } from '../categories/categories.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ProjectsModule } from '../projects/projects.module';
import { UsersModule } from '../users/users.module';
import { ProjectSeeder } from './project-seeder';
import { SeedService } from './seed.service';

@Module({
  imports: [AgenciesModule, UsersModule, CategoriesModule, ArticlesModule, ProgrammesModule, ProjectsModule],
  providers: [SeedService, ProjectSeeder],
  exports: [SeedService],
})
export class SeedModule {}
