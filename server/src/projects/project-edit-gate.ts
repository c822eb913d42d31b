import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { SearchOutboxService } from '../search-outbox/search-outbox.service';
import { canEditProject } from './project-access-policy';
import { ProjectMemberEntity } from './project-member.entity';
import { ProjectEntity } from './project.entity';
import { notEditable, ProjectErrorCode, ProjectException, projectNotFound } from './projects.errors';

export interface EditOptions {
  /** The version the client saw; a newer one gives CONFLICT. */
  baseVersion?: number;
  /** Whether the change touches the project row itself (version, search index). */
  touchesProject?: boolean;
  /** Who besides the team and admins may run the change (proposal acceptance checks itself). */
  allow?: (viewer: Viewer, project: ProjectEntity, isTeamMember: boolean) => boolean;
}

/**
 * Every project write runs here: one transaction that locks the project row, checks that the
 * viewer is on the team (or an admin), checks the client's base version, applies the change and
 * enqueues the search update, so concurrent writes serialise and nothing half-applies.
 */
@Injectable()
export class ProjectEditGate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: SearchOutboxService,
  ) {}

  run<T>(
    viewer: Viewer,
    projectId: string,
    change: (project: ProjectEntity, manager: EntityManager) => Promise<T>,
    options: EditOptions = {},
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const project = isUUID(projectId)
        ? await manager.findOne(ProjectEntity, { where: { id: projectId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!project) throw projectNotFound();
      const isTeamMember = await manager.existsBy(ProjectMemberEntity, { projectId, userId: viewer.userId });
      const allowed = options.allow
        ? options.allow(viewer, project, isTeamMember)
        : canEditProject(viewer, isTeamMember);
      if (!allowed) throw notEditable();
      if (options.baseVersion !== undefined && options.baseVersion !== project.version) {
        throw new ProjectException(
          ProjectErrorCode.PROJECT_STALE_VERSION,
          'Jemand anderes hat das Projekt inzwischen geändert. Bitte neu laden und die Änderung erneut anwenden.',
          { currentVersion: project.version },
        );
      }
      const result = await change(project, manager);
      if (options.touchesProject) {
        project.version += 1;
        project.updatedById = viewer.userId;
        await manager.save(project);
        await this.outbox.enqueue(manager, 'PROJECT', [project.id]);
      }
      return result;
    });
  }
}
