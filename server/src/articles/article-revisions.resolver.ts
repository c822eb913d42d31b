import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../common/auth/access.decorators';
import { Role } from '../common/auth/role';
import { IdArg } from '../common/graphql/id-arg.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UserRefModel } from '../users/models/user-ref.model';
import { UsersService } from '../users/users.service';
import { ArticleRevisionsService } from './article-revisions.service';
import { toArticleRevisionModel } from './article.mapper';
import { ArticleRevisionModel } from './models/article-revision.model';
import { DiffChange, RevisionComparisonModel } from './models/revision-comparison.model';
import { loadUserRef, userRefLoader } from '../users/user-ref.loader';

/** History may contain unpublished text, so it is for editors only. */
@Resolver(() => ArticleRevisionModel)
export class ArticleRevisionsResolver {
  constructor(
    private readonly revisions: ArticleRevisionsService,
    private readonly users: UsersService,
  ) {}

  @RequireRole(Role.EDITOR)
  @Query(() => [ArticleRevisionModel], { description: 'Newest first.' })
  async articleRevisions(@IdArg('articleId') articleId: string): Promise<ArticleRevisionModel[]> {
    return (await this.revisions.listForArticle(articleId)).map(toArticleRevisionModel);
  }

  @RequireRole(Role.EDITOR)
  @Query(() => ArticleRevisionModel)
  async articleRevision(@IdArg('id') id: string): Promise<ArticleRevisionModel> {
    return toArticleRevisionModel(await this.revisions.get(id));
  }

  @RequireRole(Role.EDITOR)
  @Query(() => RevisionComparisonModel)
  async compareRevisions(
    @IdArg('fromId') fromId: string,
    @IdArg('toId') toId: string,
  ): Promise<RevisionComparisonModel> {
    const comparison = await this.revisions.compare(fromId, toId);
    return {
      from: toArticleRevisionModel(comparison.from),
      to: toArticleRevisionModel(comparison.to),
      titleChanged: comparison.titleChanged,
      blocks: comparison.blocks.map((block) => ({
        change: DiffChange[block.change],
        kind: block.kind,
        segments: block.segments.map((segment) => ({ change: DiffChange[segment.change], text: segment.text })),
      })),
    };
  }

  @ResolveField(() => [UserRefModel], { description: 'Everyone who contributed since the previous revision.' })
  async authors(@Parent() revision: ArticleRevisionModel, @Context() context: GraphqlContext): Promise<UserRefModel[]> {
    const users = await userRefLoader(context, this.users).loadMany(revision.authorIds);
    return users.filter((user): user is UserRefModel => user !== null && !(user instanceof Error));
  }

  @ResolveField(() => UserRefModel, { nullable: true, description: 'The last author (see authors for all).' })
  author(@Parent() revision: ArticleRevisionModel, @Context() context: GraphqlContext): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, revision.authorId);
  }
}
