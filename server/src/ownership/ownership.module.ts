import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { DirectoryModule } from '../directory/directory.module';
import { SearchOutboxModule } from '../search-outbox/search-outbox.module';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { ArticleOwnerTeamResolver, DirectoryEntryOwnerTeamResolver } from './owner-team-fields.resolver';
import { OwnershipResolver } from './ownership.resolver';
import { OwnershipService } from './ownership.service';

/**
 * Owners of articles and directory entries (a user or a team). Its own feature because it sits
 * above articles, directory and teams, which must not import each other for this.
 */
@Module({
  imports: [ArticlesModule, DirectoryModule, TeamsModule, UsersModule, SearchOutboxModule],
  providers: [OwnershipService, OwnershipResolver, ArticleOwnerTeamResolver, DirectoryEntryOwnerTeamResolver],
  exports: [OwnershipService],
})
export class OwnershipModule {}
