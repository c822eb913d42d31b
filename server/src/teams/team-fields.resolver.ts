import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesService } from '../agencies/agencies.service';
import { toAgencyModel } from '../agencies/agency.mapper';
import { AgencyModel } from '../agencies/models/agency.model';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { UserRefModel } from '../users/models/user-ref.model';
import { userRefLoader } from '../users/user-ref.loader';
import { UsersService } from '../users/users.service';
import { TeamOwnedCountsModel } from './models/team-owned-counts.model';
import { TeamModel } from './models/team.model';
import { canManageTeam } from './team-access';
import { TeamsService } from './teams.service';

@Resolver(() => TeamModel)
export class TeamFieldsResolver {
  constructor(
    private readonly teams: TeamsService,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
  ) {}

  @ResolveField(() => AgencyModel, { nullable: true, description: 'Editors of this agency manage the team.' })
  agency(@Parent() team: TeamModel, @Context() context: GraphqlContext): Promise<AgencyModel | null> {
    if (!team.agencyId) return Promise.resolve(null);
    return loaderFor<string, AgencyModel | null>(context, 'teams.agencyById', async (ids) => {
      const found = new Map((await this.agencies.findByIds([...new Set(ids)])).map((a) => [a.id, toAgencyModel(a)]));
      return ids.map((id) => found.get(id) ?? null);
    }).load(team.agencyId);
  }

  @ResolveField(() => [UserRefModel], { description: 'In the order they joined.' })
  async members(@Parent() team: TeamModel, @Context() context: GraphqlContext): Promise<UserRefModel[]> {
    const ids = await loaderFor<string, string[]>(context, 'teams.memberIds', async (teamIds) => {
      const byTeam = await this.teams.memberIds(teamIds);
      return teamIds.map((id) => byTeam.get(id) ?? []);
    }).load(team.id);
    const users = await userRefLoader(context, this.users).loadMany(ids);
    return users.filter((user): user is UserRefModel => user !== null && !(user instanceof Error));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may rename, delete and change members.' })
  viewerCanManage(@Parent() team: TeamModel, @CurrentViewer() viewer: Viewer): boolean {
    return canManageTeam(viewer, team);
  }

  @ResolveField(() => TeamOwnedCountsModel)
  owned(@Parent() team: TeamModel): Promise<TeamOwnedCountsModel> {
    return this.teams.ownedCounts(team.id);
  }
}
