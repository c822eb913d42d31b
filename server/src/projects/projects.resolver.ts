import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole, SignedIn } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { ChangeProjectStatusInput } from './dto/change-project-status.input';
import { CreateProjectInput } from './dto/create-project.input';
import { ProjectLookupArgs } from './dto/project-lookup.args';
import { ProjectsArgs } from './dto/projects.args';
import { UpdateProjectInput } from './dto/update-project.input';
import { ProjectConnection } from './models/project-connection.model';
import { ProjectModel } from './models/project.model';
import { toProjectModel } from './project.mapper';
import { ProjectQueriesService } from './project-queries.service';
import { ProjectsService } from './projects.service';

/** Internal project database: every signed-in user reads; the team and admins write (checked in the services). */
@Resolver(() => ProjectModel)
export class ProjectsResolver {
  constructor(
    private readonly projectService: ProjectsService,
    private readonly queries: ProjectQueriesService,
  ) {}

  @SignedIn()
  @Query(() => ProjectConnection, { description: 'All projects, internal ones included; newest change first.' })
  async projects(@Args() args: ProjectsArgs): Promise<ProjectConnection> {
    const page = await this.queries.list(args);
    return {
      edges: page.items.map((item) => ({ cursor: item.cursor, node: toProjectModel(item.project) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @SignedIn()
  @Query(() => ProjectModel, { description: 'Exactly one of id or slug.' })
  async project(@Args() lookup: ProjectLookupArgs): Promise<ProjectModel> {
    return toProjectModel(await this.queries.get(lookup));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectModel, { description: 'Editors for their own agency (and join the team); admins for any.' })
  async createProject(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateProjectInput,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.projectService.create(viewer, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectModel, { description: 'Team members and admins.' })
  async updateProject(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: UpdateProjectInput,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.projectService.update(viewer, id, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectModel, { description: 'Invalid transitions give BAD_USER_INPUT / INVALID_STATUS_TRANSITION.' })
  async changeProjectStatus(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: ChangeProjectStatusInput,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.projectService.changeStatus(viewer, id, input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProjectModel, {
    description: 'Into the public Ideenbörse; the project must be PUBLIC and COMPLETED.',
  })
  async publishProject(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<ProjectModel> {
    return toProjectModel(await this.projectService.publish(viewer, id));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ProjectModel)
  async unpublishProject(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<ProjectModel> {
    return toProjectModel(await this.projectService.unpublish(viewer, id));
  }
}
