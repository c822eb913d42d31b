import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { ProposeProjectChangeInput } from './dto/propose-project-change.input';
import { ProjectChangeProposalModel } from './models/project-change-proposal.model';
import { toProjectChangeProposalModel } from './project.mapper';
import { ProjectProposalsService } from './project-proposals.service';

@Resolver()
export class ProjectProposalsResolver {
  constructor(private readonly proposals: ProjectProposalsService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectChangeProposalModel, { description: "Editors of the project's agency." })
  async proposeProjectChange(
    @CurrentViewer() viewer: Viewer,
    @IdArg('projectId') projectId: string,
    @Args('input') input: ProposeProjectChangeInput,
  ): Promise<ProjectChangeProposalModel> {
    return toProjectChangeProposalModel(await this.proposals.propose(viewer, projectId, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectChangeProposalModel, {
    description: 'Team members and admins; baseVersion is the project version the proposal was reviewed against.',
  })
  async acceptProjectChangeProposal(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('baseVersion', { type: () => Int }) baseVersion: number,
    @Args('note', { defaultValue: '' }) note: string,
  ): Promise<ProjectChangeProposalModel> {
    return toProjectChangeProposalModel(await this.proposals.accept(viewer, id, baseVersion, note));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectChangeProposalModel, { description: 'Team members and admins.' })
  async rejectProjectChangeProposal(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('note', { defaultValue: '' }) note: string,
  ): Promise<ProjectChangeProposalModel> {
    return toProjectChangeProposalModel(await this.proposals.reject(viewer, id, note));
  }
}
