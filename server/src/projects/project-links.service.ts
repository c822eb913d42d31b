import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ArticleEntity } from '../articles/article.entity';
import type { Viewer } from '../common/auth/viewer';
import { ProjectArticleLinkKind } from './project-article-link-kind';
import { ProjectArticleLinkEntity } from './project-article-link.entity';
import { ProjectEditGate } from './project-edit-gate';
import { ProjectInspirationEntity } from './project-inspiration.entity';
import { ProjectEntity } from './project.entity';
import { ProjectErrorCode, ProjectException } from './projects.errors';

/** Links to articles (OUTCOME / REFERENCE) and to projects a project builds on (INSPIRED_BY). */
@Injectable()
export class ProjectLinksService {
  constructor(private readonly gate: ProjectEditGate) {}

  /** Linking again changes the kind of the existing link. */
  linkArticle(
    viewer: Viewer,
    projectId: string,
    articleId: string,
    kind: ProjectArticleLinkKind,
  ): Promise<ProjectEntity> {
    return this.gate.run(viewer, projectId, async (project, manager) => {
      if (!isUUID(articleId) || !(await manager.existsBy(ArticleEntity, { id: articleId }))) {
        throw new ProjectException(ProjectErrorCode.LINKED_ARTICLE_NOT_FOUND, 'Den Artikel gibt es nicht.');
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProjectArticleLinkEntity)
        .values({ projectId: project.id, articleId, kind })
        .orUpdate(['kind'], ['projectId', 'articleId'])
        .execute();
      return project;
    });
  }

  unlinkArticle(viewer: Viewer, projectId: string, articleId: string): Promise<ProjectEntity> {
    return this.gate.run(viewer, projectId, async (project, manager) => {
      const result = await manager.delete(ProjectArticleLinkEntity, { projectId: project.id, articleId });
      if (!result.affected) throw linkNotFound();
      return project;
    });
  }

  linkInspiringProject(viewer: Viewer, projectId: string, inspiredById: string): Promise<ProjectEntity> {
    return this.gate.run(viewer, projectId, async (project, manager) => {
      if (inspiredById === project.id) {
        throw new ProjectException(
          ProjectErrorCode.INSPIRATION_SELF,
          'Ein Projekt kann nicht auf sich selbst aufbauen.',
        );
      }
      if (!isUUID(inspiredById) || !(await manager.existsBy(ProjectEntity, { id: inspiredById }))) {
        throw new ProjectException(ProjectErrorCode.LINK_NOT_FOUND, 'Das andere Projekt gibt es nicht.');
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProjectInspirationEntity)
        .values({ projectId: project.id, inspiredById })
        .orIgnore()
        .execute();
      return project;
    });
  }

  unlinkInspiringProject(viewer: Viewer, projectId: string, inspiredById: string): Promise<ProjectEntity> {
    return this.gate.run(viewer, projectId, async (project, manager) => {
      const result = await manager.delete(ProjectInspirationEntity, { projectId: project.id, inspiredById });
      if (!result.affected) throw linkNotFound();
      return project;
    });
  }
}

const linkNotFound = (): ProjectException => new ProjectException(ProjectErrorCode.LINK_NOT_FOUND, 'Link not found.');
