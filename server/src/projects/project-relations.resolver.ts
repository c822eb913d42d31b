import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { ProjectChangeProposalModel } from './models/project-change-proposal.model';
import { ProjectMemberModel } from './models/project-member.model';
import { CoachingProgressModel, ProjectMilestoneModel } from './models/project-milestone.model';
import { ProjectStatusChangeModel } from './models/project-status-change.model';
import { ProjectModel } from './models/project.model';
import { canEditProject, canProposeChange } from './project-access-policy';
import { ProjectMilestoneKind } from './project-milestone-kind';
import {
  toProjectChangeProposalModel,
  toProjectMemberModel,
  toProjectMilestoneModel,
  toProjectModel,
  toProjectStatusChangeModel,
} from './project.mapper';
import { ProjectQueriesService } from './project-queries.service';
import { MAX_COACHING_MILESTONES } from './projects.errors';

const RECOMMENDED_MIN_COACHING = 3;

/** Project → team, milestones, history, related projects, proposals, the viewer's rights; batched per request. */
@Resolver(() => ProjectModel)
export class ProjectRelationsResolver {
  constructor(private readonly queries: ProjectQueriesService) {}

  @ResolveField(() => [ProjectMemberModel])
  members(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<ProjectMemberModel[]> {
    return loaderFor<string, ProjectMemberModel[]>(context, 'projects.members', async (ids) => {
      const found = await this.queries.membersOf(ids);
      return ids.map((id) => (found.get(id) ?? []).map(toProjectMemberModel));
    }).load(project.id);
  }

  @ResolveField(() => [ProjectMilestoneModel], { description: 'In date order.' })
  milestones(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<ProjectMilestoneModel[]> {
    return this.milestoneLoader(context).load(project.id);
  }

  @ResolveField(() => CoachingProgressModel)
  async coachingProgress(
    @Parent() project: ProjectModel,
    @Context() context: GraphqlContext,
  ): Promise<CoachingProgressModel> {
    const coaching = (await this.milestoneLoader(context).load(project.id)).filter(
      (milestone) => milestone.kind === ProjectMilestoneKind.COACHING,
    );
    return {
      done: coaching.filter((milestone) => milestone.done).length,
      planned: coaching.length,
      recommendedMin: RECOMMENDED_MIN_COACHING,
      max: MAX_COACHING_MILESTONES,
    };
  }

  @ResolveField(() => [ProjectStatusChangeModel], { description: 'Oldest first; the first entry is the creation.' })
  statusHistory(
    @Parent() project: ProjectModel,
    @Context() context: GraphqlContext,
  ): Promise<ProjectStatusChangeModel[]> {
    return loaderFor<string, ProjectStatusChangeModel[]>(context, 'projects.statusHistory', async (ids) => {
      const found = await this.queries.statusHistoryOf(ids);
      return ids.map((id) => (found.get(id) ?? []).map(toProjectStatusChangeModel));
    }).load(project.id);
  }

  @ResolveField(() => [ProjectModel], { description: 'Projects this one builds on (INSPIRED_BY).' })
  async inspiredBy(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<ProjectModel[]> {
    return this.relatedProjects(context, 'projects.inspiredBy', project.id, (ids) => this.queries.inspirationsOf(ids));
  }

  @ResolveField(() => [ProjectModel], { description: 'Projects that build on this one.' })
  async inspired(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<ProjectModel[]> {
    return this.relatedProjects(context, 'projects.inspired', project.id, (ids) =>
      this.queries.inspiredProjectsOf(ids),
    );
  }

  @ResolveField(() => [ProjectChangeProposalModel], { description: 'Newest first.' })
  changeProposals(
    @Parent() project: ProjectModel,
    @Context() context: GraphqlContext,
  ): Promise<ProjectChangeProposalModel[]> {
    return loaderFor<string, ProjectChangeProposalModel[]>(context, 'projects.proposals', async (ids) => {
      const found = await this.queries.proposalsOf(ids);
      return ids.map((id) => (found.get(id) ?? []).map(toProjectChangeProposalModel));
    }).load(project.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit (team member with editor role, or admin).' })
  async viewerCanEdit(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<boolean> {
    return canEditProject(context.viewer, await this.isTeamMember(context, project.id));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may propose changes.' })
  async viewerCanPropose(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<boolean> {
    return canProposeChange(context.viewer, project, await this.isTeamMember(context, project.id));
  }

  private milestoneLoader(context: GraphqlContext) {
    return loaderFor<string, ProjectMilestoneModel[]>(context, 'projects.milestones', async (ids) => {
      const found = await this.queries.milestonesOf(ids);
      return ids.map((id) => (found.get(id) ?? []).map(toProjectMilestoneModel));
    });
  }

  private isTeamMember(context: GraphqlContext, projectId: string): Promise<boolean> {
    const viewer = context.viewer;
    if (!viewer) return Promise.resolve(false);
    return loaderFor<string, boolean>(context, 'projects.viewerIsMember', async (ids) => {
      const memberships = await this.queries.teamMemberships(viewer.userId, ids);
      return ids.map((id) => memberships.has(id));
    }).load(projectId);
  }

  private relatedProjects(
    context: GraphqlContext,
    key: string,
    projectId: string,
    related: (ids: readonly string[]) => Promise<Map<string, string[]>>,
  ): Promise<ProjectModel[]> {
    return loaderFor<string, ProjectModel[]>(context, key, async (ids) => {
      const relatedIds = await related(ids);
      const projects = new Map(
        (await this.queries.findByIds([...new Set([...relatedIds.values()].flat())])).map((p) => [p.id, p]),
      );
      return ids.map((id) =>
        (relatedIds.get(id) ?? []).flatMap((otherId) => {
          const other = projects.get(otherId);
          return other ? [toProjectModel(other)] : [];
        }),
      );
    }).load(projectId);
  }
}
