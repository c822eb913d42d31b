import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArticleQueriesService } from '../articles/article-queries.service';
import { toArticleModel } from '../articles/article.mapper';
import { ArticleModel } from '../articles/models/article.model';
import { RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { DirectoryCodesService } from '../directory/code-lists/directory-codes.service';
import { toDirectoryEntryModel } from '../directory/directory-entry.mapper';
import { DirectoryQueriesService } from '../directory/directory-queries.service';
import { DirectoryEntryModel } from '../directory/models/directory-entry.model';
import { UserRefModel } from '../users/models/user-ref.model';
import { toUserRefModel } from '../users/user.mapper';
import { OwnerInput } from './dto/owner.input';
import { OwnershipService } from './ownership.service';

/** Editors edit every article and entry, so editors (and admins) may also hand them to another owner. */
@Resolver()
export class OwnershipResolver {
  constructor(
    private readonly ownership: OwnershipService,
    private readonly articles: ArticleQueriesService,
    private readonly directory: DirectoryQueriesService,
    private readonly directoryCodes: DirectoryCodesService,
  ) {}

  @RequireRole(Role.EDITOR)
  @Query(() => [UserRefModel], {
    description: 'Active editors and admins by name: who may own content or join a team.',
  })
  async ownerCandidates(): Promise<UserRefModel[]> {
    return (await this.ownership.candidates()).map(toUserRefModel);
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel, { description: 'Hands the article to a user or a team, who keeps it up to date.' })
  async setArticleOwner(@IdArg('id') id: string, @Args('owner') owner: OwnerInput): Promise<ArticleModel> {
    await this.ownership.setArticleOwner(id, owner);
    const [article] = await this.articles.findByIds([id]);
    return toArticleModel(article);
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => DirectoryEntryModel, { description: 'Hands the entry to a user or a team; recorded in the history.' })
  async setDirectoryEntryOwner(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('owner') owner: OwnerInput,
  ): Promise<DirectoryEntryModel> {
    await this.ownership.setDirectoryEntryOwner(viewer, id, owner);
    const [entry, intervals, codes] = await Promise.all([
      this.directory.get(viewer, id),
      this.directory.intervals(),
      this.directoryCodes.current(),
    ]);
    return toDirectoryEntryModel(entry, intervals, this.directory.now(), codes);
  }
}
