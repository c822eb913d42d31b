import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ArticleModel } from '../articles/models/article.model';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { DirectoryEntryInternalModel } from '../directory/models/directory-entry-internal.model';
import { TeamRefModel } from '../teams/models/team-ref.model';
import { loadTeamRef } from '../teams/team-ref.loader';
import { TeamsService } from '../teams/teams.service';

const DESCRIPTION = 'The owning team, when a team and not a user (`owner`) owns it; at most one of both is set.';

@Resolver(() => ArticleModel)
export class ArticleOwnerTeamResolver {
  constructor(private readonly teams: TeamsService) {}

  @ResolveField(() => TeamRefModel, { nullable: true, description: DESCRIPTION })
  ownerTeam(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<TeamRefModel | null> {
    return loadTeamRef(context, this.teams, article.ownerTeamId);
  }
}

@Resolver(() => DirectoryEntryInternalModel)
export class DirectoryEntryOwnerTeamResolver {
  constructor(private readonly teams: TeamsService) {}

  @ResolveField(() => TeamRefModel, { nullable: true, description: DESCRIPTION })
  ownerTeam(
    @Parent() internal: DirectoryEntryInternalModel,
    @Context() context: GraphqlContext,
  ): Promise<TeamRefModel | null> {
    return loadTeamRef(context, this.teams, internal.ownerTeamId);
  }
}
