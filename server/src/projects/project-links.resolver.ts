import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { ProjectModel } from './models/project.model';
import { ProjectArticleLinkKind } from './project-article-link-kind';
import { toProjectModel } from './project.mapper';
import { ProjectLinksService } from './project-links.service';

/** Article links and INSPIRED_BY links: team members and admins (checked in the service). */
@Resolver()
export class ProjectLinksResolver {
  constructor(private readonly links: ProjectLinksService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectModel, { description: 'Linking an already linked article changes the kind.' })
  async linkProjectArticle(
    @CurrentViewer() viewer: Viewer,
    @IdArg('projectId') projectId: string,
    @IdArg('articleId') articleId: string,
    @Args('kind', { type: () => ProjectArticleLinkKind }) kind: ProjectArticleLinkKind,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.links.linkArticle(viewer, projectId, articleId, kind));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectModel)
  async unlinkProjectArticle(
    @CurrentViewer() viewer: Viewer,
    @IdArg('projectId') projectId: string,
    @IdArg('articleId') articleId: string,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.links.unlinkArticle(viewer, projectId, articleId));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectModel, { description: 'projectId builds on inspiringProjectId (INSPIRED_BY).' })
  async linkInspiringProject(
    @CurrentViewer() viewer: Viewer,
    @IdArg('projectId') projectId: string,
    @IdArg('inspiringProjectId') inspiringProjectId: string,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.links.linkInspiringProject(viewer, projectId, inspiringProjectId));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => ProjectModel)
  async unlinkInspiringProject(
    @CurrentViewer() viewer: Viewer,
    @IdArg('projectId') projectId: string,
    @IdArg('inspiringProjectId') inspiringProjectId: string,
  ): Promise<ProjectModel> {
    return toProjectModel(await this.links.unlinkInspiringProject(viewer, projectId, inspiringProjectId));
  }
}
