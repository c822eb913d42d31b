import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slugify } from '@wissensnetz/editor';
import { DataSource, EntityManager, Not } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { Visibility } from '../articles/article-status';
import type { Viewer } from '../common/auth/viewer';
import { ProgrammeAgencyEntity } from '../programmes/programme-agency.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { SearchOutboxService } from '../search-outbox/search-outbox.service';
import type { ChangeProjectStatusInput } from './dto/change-project-status.input';
import type { CreateProjectInput } from './dto/create-project.input';
import type { UpdateProjectInput } from './dto/update-project.input';
import { canCreateProjectFor, isAdmin } from './project-access-policy';
import { prepareProjectBody, type PreparedProjectBody } from './project-body';
import { replaceProjectDirectoryReferences } from './project-directory-references';
import { ProjectContentSyncRegistry } from './project-content-sync';
import { ProjectEditGate } from './project-edit-gate';
import { ProjectMemberFunction } from './project-member-function';
import { ProjectMemberEntity } from './project-member.entity';
import { canChangeStatus, PROJECT_STATUS_TRANSITIONS, ProjectStatus } from './project-status';
import { ProjectStatusChangeEntity } from './project-status-change.entity';
import { ProjectTopicEntity } from './project-topic.entity';
import { ProjectEntity } from './project.entity';
import { ProjectErrorCode, ProjectException } from './projects.errors';

const FALLBACK_SLUG = 'projekt';

/** Creating and changing projects (fields, status, publication). */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gate: ProjectEditGate,
    private readonly outbox: SearchOutboxService,
    private readonly contentSync: ProjectContentSyncRegistry,
  ) {}

  /** Editors create projects for their own agency and join the team; admins for any agency. */
  async create(viewer: Viewer, input: CreateProjectInput): Promise<ProjectEntity> {
    const agencyId = input.agencyId ?? viewer.agencyId;
    if (!agencyId) {
      throw new ProjectException(
        ProjectErrorCode.PROJECT_AGENCY_NOT_FOUND,
        'Wählen Sie die Dienststelle, zu der das Projekt gehört.',
      );
    }
    if (!canCreateProjectFor(viewer, agencyId)) {
      throw new ProjectException(
        ProjectErrorCode.PROJECT_AGENCY_NOT_ALLOWED,
        'Sie können Projekte nur für Ihre eigene Dienststelle anlegen.',
      );
    }
    const body = prepareProjectBody(input.body);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(AgencyEntity, { id: agencyId }))) {
        throw new ProjectException(ProjectErrorCode.PROJECT_AGENCY_NOT_FOUND, 'Die Dienststelle gibt es nicht.');
      }
      await assertProgramme(manager, input.programmeId ?? null, agencyId);
      await assertTopic(manager, input.topicId ?? null, null);
      const slug = input.slug ?? (await this.freeSlug(manager, input.title));
      await assertSlugFree(manager, slug);
      const project = await manager.save(
        manager.create(ProjectEntity, {
          slug,
          title: input.title.trim(),
          agencyId,
          programmeId: input.programmeId ?? null,
          topicId: input.topicId ?? null,
          problemStatement: input.problemStatement.trim(),
          goals: input.goals.trim(),
          outcomes: '',
          lessonsLearned: '',
          ...body,
          status: ProjectStatus.IDEA,
          completedAt: null,
          visibility: input.visibility,
          publishedAt: null,
          publishedById: null,
          version: 1,
          createdById: viewer.userId,
          updatedById: viewer.userId,
        }),
      );
      await manager.insert(ProjectStatusChangeEntity, {
        projectId: project.id,
        fromStatus: null,
        toStatus: ProjectStatus.IDEA,
        changedById: viewer.userId,
        note: '',
      });
      // The creator starts the team, unless an admin creates a project for another agency.
      if (!isAdmin(viewer) || viewer.agencyId === agencyId) {
        await manager.insert(ProjectMemberEntity, {
          projectId: project.id,
          userId: viewer.userId,
          externalName: null,
          externalRole: '',
          function: ProjectMemberFunction.OTHER,
        });
      }
      await replaceProjectDirectoryReferences(manager, project.id, project.body);
      await this.outbox.enqueue(manager, 'PROJECT', [project.id]);
      return project;
    });
  }

  /**
   * A body sent here also goes into the collaborative document (opened if needed), so editors who
   * have it open see the change as an edit and the next collaborative store does not undo it.
   */
  async update(viewer: Viewer, id: string, input: UpdateProjectInput): Promise<ProjectEntity> {
    const body = input.body === undefined ? undefined : prepareProjectBody(input.body);
    const saved = await this.gate.run(
      viewer,
      id,
      async (project, manager) => {
        if (input.slug !== undefined && input.slug !== project.slug) {
          await assertSlugFree(manager, input.slug, project.id);
          project.slug = input.slug;
        }
        if (input.programmeId !== undefined) {
          await assertProgramme(manager, input.programmeId, project.agencyId);
          project.programmeId = input.programmeId;
        }
        if (input.topicId !== undefined) {
          await assertTopic(manager, input.topicId, project.topicId);
          project.topicId = input.topicId;
        }
        if (input.title !== undefined) project.title = input.title.trim();
        if (input.problemStatement !== undefined) project.problemStatement = input.problemStatement.trim();
        if (input.goals !== undefined) project.goals = input.goals.trim();
        if (input.outcomes !== undefined) project.outcomes = input.outcomes.trim();
        if (input.lessonsLearned !== undefined) project.lessonsLearned = input.lessonsLearned.trim();
        if (body !== undefined) {
          Object.assign(project, body);
          await replaceProjectDirectoryReferences(manager, project.id, body.body);
        }
        if (input.visibility !== undefined) {
          project.visibility = input.visibility;
          // An internal project can never stay in the public Ideenbörse.
          if (input.visibility === Visibility.INTERNAL) unpublish(project);
        }
        return project;
      },
      { baseVersion: input.baseVersion, touchesProject: true },
    );
    if (body) await this.contentSync.replaceBody(saved.id, saved.body, viewer.userId);
    return saved;
  }

  /**
   * Runs after every collaborative store of the body: one UPDATE that is a no-op for unchanged
   * content, with the search update in the same transaction. The version is not increased: it
   * guards the form fields (title, goals, …), while concurrent body edits merge in Yjs; a bump per
   * store would make every open form stale while someone types.
   */
  async applyCollaborativeBody(
    projectId: string,
    prepared: PreparedProjectBody,
    editorId: string | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result: unknown = await manager.query(
        `UPDATE "project" SET "body" = $2::jsonb, "bodySchemaVersion" = $3, "bodyHtml" = $4, "bodyText" = $5,
           "updatedById" = COALESCE($6, "updatedById"), "updatedAt" = now()
         WHERE "id" = $1 AND "body" IS DISTINCT FROM $2::jsonb
         RETURNING "id"`,
        [
          projectId,
          JSON.stringify(prepared.body),
          prepared.bodySchemaVersion,
          prepared.bodyHtml,
          prepared.bodyText,
          editorId,
        ],
      );
      // TypeORM returns [rows, affected] for UPDATE … RETURNING on PostgreSQL.
      const rows = Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as unknown[]) : (result as unknown[]);
      if (rows.length > 0) {
        await replaceProjectDirectoryReferences(manager, projectId, prepared.body);
        await this.outbox.enqueue(manager, 'PROJECT', [projectId]);
      }
    });
  }

  async changeStatus(viewer: Viewer, id: string, input: ChangeProjectStatusInput): Promise<ProjectEntity> {
    return this.gate.run(
      viewer,
      id,
      async (project, manager) => {
        const from = project.status;
        if (!canChangeStatus(from, input.status)) {
          const allowed = PROJECT_STATUS_TRANSITIONS[from];
          throw new ProjectException(
            ProjectErrorCode.INVALID_STATUS_TRANSITION,
            `Ein Projekt im Status ${from} kann nicht in den Status ${input.status} wechseln` +
              (allowed.length ? ` (möglich: ${allowed.join(', ')}).` : ' (der Status ist endgültig).'),
            { from, to: input.status, allowed: [...allowed] },
          );
        }
        project.status = input.status;
        if (input.status === ProjectStatus.COMPLETED) project.completedAt = new Date();
        await manager.insert(ProjectStatusChangeEntity, {
          projectId: project.id,
          fromStatus: from,
          toStatus: input.status,
          changedById: viewer.userId,
          note: input.note.trim(),
        });
        return project;
      },
      { baseVersion: input.baseVersion, touchesProject: true },
    );
  }

  /** Admins only (resolver); the project must be PUBLIC and COMPLETED. */
  async publish(viewer: Viewer, id: string): Promise<ProjectEntity> {
    return this.gate.run(
      viewer,
      id,
      (project) => {
        if (project.visibility !== Visibility.PUBLIC || project.status !== ProjectStatus.COMPLETED) {
          throw new ProjectException(
            ProjectErrorCode.PUBLISH_REQUIRES_PUBLIC_COMPLETED,
            'Nur abgeschlossene Projekte mit der Sichtbarkeit „öffentlich“ können in der Ideenbörse veröffentlicht werden.',
            { status: project.status, visibility: project.visibility },
          );
        }
        if (!project.publishedAt) {
          project.publishedAt = new Date();
          project.publishedById = viewer.userId;
        }
        return Promise.resolve(project);
      },
      { touchesProject: true },
    );
  }

  async unpublish(viewer: Viewer, id: string): Promise<ProjectEntity> {
    return this.gate.run(
      viewer,
      id,
      (project) => {
        unpublish(project);
        return Promise.resolve(project);
      },
      { touchesProject: true },
    );
  }

  private async freeSlug(manager: EntityManager, title: string): Promise<string> {
    const base = slugify(title).slice(0, 110) || FALLBACK_SLUG;
    const rows = await manager
      .createQueryBuilder(ProjectEntity, 'p')
      .select('p.slug', 'slug')
      .where('p.slug = :base OR p.slug LIKE :pattern', { base, pattern: `${base}-%` })
      .getRawMany<{ slug: string }>();
    const taken = new Set(rows.map((row) => row.slug));
    if (!taken.has(base)) return base;
    let suffix = 2;
    while (taken.has(`${base}-${suffix}`)) suffix += 1;
    return `${base}-${suffix}`;
  }
}

function unpublish(project: ProjectEntity): void {
  project.publishedAt = null;
  project.publishedById = null;
}

async function assertSlugFree(manager: EntityManager, slug: string, exceptId?: string): Promise<void> {
  if (await manager.existsBy(ProjectEntity, exceptId ? { slug, id: Not(exceptId) } : { slug })) {
    throw new ProjectException(ProjectErrorCode.PROJECT_SLUG_TAKEN, `The slug "${slug}" is in use by another project.`);
  }
}

/** A project belongs to a programme only through its agency's participation in it. */
async function assertProgramme(manager: EntityManager, programmeId: string | null, agencyId: string): Promise<void> {
  if (!programmeId) return;
  if (!(await manager.existsBy(ProgrammeEntity, { id: programmeId }))) {
    throw new ProjectException(ProjectErrorCode.PROJECT_PROGRAMME_NOT_FOUND, 'Das Programm gibt es nicht.');
  }
  if (!(await manager.existsBy(ProgrammeAgencyEntity, { programmeId, agencyId }))) {
    throw new ProjectException(
      ProjectErrorCode.PROJECT_AGENCY_NOT_IN_PROGRAMME,
      'Die Dienststelle des Projekts nimmt an diesem Programm nicht teil.',
    );
  }
}

/** New topics must be active; a project may keep a topic that was archived later. */
async function assertTopic(
  manager: EntityManager,
  topicId: string | null,
  currentTopicId: string | null,
): Promise<void> {
  if (!topicId || topicId === currentTopicId) return;
  const topic = await manager.findOneBy(ProjectTopicEntity, { id: topicId });
  if (!topic) throw new ProjectException(ProjectErrorCode.PROJECT_TOPIC_NOT_FOUND, 'Das Thema gibt es nicht.');
  if (topic.archived) {
    throw new ProjectException(ProjectErrorCode.PROJECT_TOPIC_ARCHIVED, `Das Thema „${topic.name}“ ist archiviert.`);
  }
}
