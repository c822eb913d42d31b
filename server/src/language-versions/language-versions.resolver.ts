import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { toArticleModel } from '../articles/article.mapper';
import { ArticleModel } from '../articles/models/article.model';
import { RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { CreateLanguageVersionInput } from './dto/create-language-version.input';
import { LanguageVersionsService } from './language-versions.service';

/** Language versions are articles: whoever may edit articles makes and updates them. */
@Resolver()
export class LanguageVersionsResolver {
  constructor(private readonly versions: LanguageVersionsService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel, {
    description: '"Sprachversion anlegen": a draft that starts with a copy of the source\'s latest revision.',
  })
  async createLanguageVersion(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateLanguageVersionInput,
  ): Promise<ArticleModel> {
    return toArticleModel(await this.versions.create(viewer, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel, {
    description: "The version is up to date with the source's latest revision (clears sourceChanged).",
  })
  async markLanguageVersionCurrent(
    @CurrentViewer() viewer: Viewer,
    @IdArg('articleId') articleId: string,
  ): Promise<ArticleModel> {
    return toArticleModel(await this.versions.markCurrent(viewer, articleId));
  }
}
