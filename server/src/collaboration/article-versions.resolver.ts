import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { toArticleRevisionModel } from '../articles/article.mapper';
import { ArticleRevisionModel } from '../articles/models/article-revision.model';
import { RequireRole, SignedIn } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { ArticleVersionsService } from './article-versions.service';
import { CollaborationTokenService } from './collaboration-token.service';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';

@ArgsType()
class VersionNameArgs {
  @Field(() => String, { nullable: true, description: 'Optional name, e.g. "Stand nach dem Kick-off".' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;
}

@Resolver()
export class ArticleVersionsResolver {
  constructor(
    private readonly versions: ArticleVersionsService,
    private readonly tokens: CollaborationTokenService,
  ) {}

  @SignedIn()
  @Query(() => String, { description: 'A short-lived token for the collaboration WebSocket (/collab).' })
  collaborationToken(@CurrentViewer() viewer: Viewer): string {
    return this.tokens.issue(viewer.sessionId);
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleRevisionModel, { description: 'Stores the live document and takes a (named) revision now.' })
  async saveArticleVersion(
    @IdArg('articleId') articleId: string,
    @Args() args: VersionNameArgs,
  ): Promise<ArticleRevisionModel> {
    return toArticleRevisionModel(await this.versions.saveVersion(articleId, args.name));
  }
}
