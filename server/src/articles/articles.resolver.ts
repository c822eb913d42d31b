import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { ArticleStatus } from './article-status';
import { toArticleModel } from './article.mapper';
import { ArticleQueriesService } from './article-queries.service';
import { ArticlesService } from './articles.service';
import { ArticleLookupArgs } from './dto/article-lookup.args';
import { ArticlesArgs } from './dto/articles.args';
import { CreateArticleInput } from './dto/create-article.input';
import { UpdateArticleInput } from './dto/update-article.input';
import { ArticleConnection } from './models/article-connection.model';
import { ArticleModel } from './models/article.model';

@Resolver(() => ArticleModel)
export class ArticlesResolver {
  constructor(
    private readonly articleService: ArticlesService,
    private readonly queries: ArticleQueriesService,
  ) {}

  /** Public: anonymous visitors get published public articles only (filtered in the query). */
  @Public()
  @Query(() => ArticleConnection)
  async articles(@CurrentViewer() viewer: Viewer | null, @Args() args: ArticlesArgs): Promise<ArticleConnection> {
    const page = await this.queries.list(viewer, args);
    return {
      edges: page.items.map((item) => ({ cursor: item.cursor, node: toArticleModel(item.article) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Public()
  @Query(() => ArticleModel, { description: 'Exactly one of id or slug. NOT_FOUND if missing or not visible.' })
  async article(@CurrentViewer() viewer: Viewer | null, @Args() lookup: ArticleLookupArgs): Promise<ArticleModel> {
    return toArticleModel(await this.queries.getVisible(viewer, lookup));
  }

  @Public()
  @Query(() => [String], { description: 'All tags on articles the viewer can see.' })
  tags(@CurrentViewer() viewer: Viewer | null): Promise<string[]> {
    return this.queries.tags(viewer);
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel)
  async createArticle(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateArticleInput,
  ): Promise<ArticleModel> {
    return toArticleModel(await this.articleService.create(viewer, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel)
  async updateArticle(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: UpdateArticleInput,
  ): Promise<ArticleModel> {
    return toArticleModel(await this.articleService.update(viewer, id, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel)
  async publishArticle(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<ArticleModel> {
    return toArticleModel(await this.articleService.setStatus(viewer, id, ArticleStatus.PUBLISHED));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel, { description: 'Back to draft.' })
  async unpublishArticle(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<ArticleModel> {
    return toArticleModel(await this.articleService.setStatus(viewer, id, ArticleStatus.DRAFT));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel)
  async archiveArticle(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<ArticleModel> {
    return toArticleModel(await this.articleService.setStatus(viewer, id, ArticleStatus.ARCHIVED));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel, { description: 'Creates a new revision with the content of the given one.' })
  async restoreRevision(
    @CurrentViewer() viewer: Viewer,
    @IdArg('revisionId') revisionId: string,
  ): Promise<ArticleModel> {
    return toArticleModel(await this.articleService.restore(viewer, revisionId));
  }
}
