import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { ArticlesModule } from '../articles/articles.module';
import { CategoriesModule } from '../categories/categories.module';
import { UsersModule } from '../users/users.module';
import { SeedService } from './seed.service';

@Module({
  imports: [AgenciesModule, UsersModule, CategoriesModule, ArticlesModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
