import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole, SignedIn } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { CreateTeamInput } from './dto/create-team.input';
import { UpdateTeamInput } from './dto/update-team.input';
import { TeamModel } from './models/team.model';
import { toTeamModel } from './team.mapper';
import { TeamsService } from './teams.service';

/** Teams: every signed-in user sees them (owner pickers, "owned by"); admins and agency editors manage. */
@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(private readonly service: TeamsService) {}

  @SignedIn()
  @Query(() => [TeamModel], { description: 'All teams by name.' })
  async teams(): Promise<TeamModel[]> {
    return (await this.service.list()).map(toTeamModel);
  }

  @SignedIn()
  @Query(() => TeamModel)
  async team(@IdArg('id') id: string): Promise<TeamModel> {
    return toTeamModel(await this.service.get(id));
  }

  @SignedIn()
  @Query(() => [TeamModel], { description: 'The teams the viewer is a member of.' })
  async myTeams(@CurrentViewer() viewer: Viewer): Promise<TeamModel[]> {
    return (await this.service.teamsOf(viewer.userId)).map(toTeamModel);
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => TeamModel, { description: 'Admins: any team; editors: teams of their own agency.' })
  async createTeam(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTeamInput): Promise<TeamModel> {
    return toTeamModel(await this.service.create(viewer, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => TeamModel, { description: 'Admins and editors of the team’s agency (else FORBIDDEN).' })
  async updateTeam(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: UpdateTeamInput,
  ): Promise<TeamModel> {
    return toTeamModel(await this.service.update(viewer, id, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => Boolean, {
    description: 'Refused with CONFLICT (reason TEAM_OWNS_CONTENT, counts in extensions) while the team owns content.',
  })
  deleteTeam(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<boolean> {
    return this.service.delete(viewer, id);
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => TeamModel)
  async addTeamMember(
    @CurrentViewer() viewer: Viewer,
    @IdArg('teamId') teamId: string,
    @IdArg('userId') userId: string,
  ): Promise<TeamModel> {
    return toTeamModel(await this.service.addMember(viewer, teamId, userId));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => TeamModel)
  async removeTeamMember(
    @CurrentViewer() viewer: Viewer,
    @IdArg('teamId') teamId: string,
    @IdArg('userId') userId: string,
  ): Promise<TeamModel> {
    return toTeamModel(await this.service.removeMember(viewer, teamId, userId));
  }
}
