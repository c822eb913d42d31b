import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { AddProjectMemberInput, UpdateProjectMemberInput } from './dto/project-member.input';
import { AddProjectMilestoneInput, UpdateProjectMilestoneInput } from './dto/project-milestone.input';
import { ProjectMemberModel } from './models/project-member.model';
import { ProjectMilestoneModel } from './models/project-milestone.model';
import { toProjectMemberModel, toProjectMilestoneModel } from './project.mapper';
import { ProjectTeamService } from './project-team.service';

/** Team and milestones: team members and admins (checked in the service). */
@Resolver()
export class ProjectTeamResolver {
  constructor(private readonly team: ProjectTeamService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectMemberModel)
  async addProjectMember(
    @CurrentViewer() viewer: Viewer,
    @IdArg('projectId') projectId: string,
    @Args('input') input: AddProjectMemberInput,
  ): Promise<ProjectMemberModel> {
    return toProjectMemberModel(await this.team.addMember(viewer, projectId, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectMemberModel)
  async updateProjectMember(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: UpdateProjectMemberInput,
  ): Promise<ProjectMemberModel> {
    return toProjectMemberModel(await this.team.updateMember(viewer, id, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => Boolean)
  removeProjectMember(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<boolean> {
    return this.team.removeMember(viewer, id);
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectMilestoneModel, { description: 'At most 6 COACHING milestones per project.' })
  async addProjectMilestone(
    @CurrentViewer() viewer: Viewer,
    @IdArg('projectId') projectId: string,
    @Args('input') input: AddProjectMilestoneInput,
  ): Promise<ProjectMilestoneModel> {
    return toProjectMilestoneModel(await this.team.addMilestone(viewer, projectId, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectMilestoneModel)
  async updateProjectMilestone(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: UpdateProjectMilestoneInput,
  ): Promise<ProjectMilestoneModel> {
    return toProjectMilestoneModel(await this.team.updateMilestone(viewer, id, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => Boolean)
  removeProjectMilestone(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<boolean> {
    return this.team.removeMilestone(viewer, id);
  }
}
