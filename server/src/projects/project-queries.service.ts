import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Brackets, In, Repository } from 'typeorm';
import type { ProjectLookupArgs } from './dto/project-lookup.args';
import type { ProjectsArgs } from './dto/projects.args';
import { likePattern } from './like-pattern';
import { ProjectArticleLinkEntity } from './project-article-link.entity';
import { ProjectChangeProposalEntity } from './project-change-proposal.entity';
import { decodeProjectCursor, encodeProjectCursor } from './project-cursor';
import { ProjectInspirationEntity } from './project-inspiration.entity';
import { ProjectMemberEntity } from './project-member.entity';
import { ProjectMilestoneEntity } from './project-milestone.entity';
import { ProjectStatusChangeEntity } from './project-status-change.entity';
import { ProjectEntity } from './project.entity';
import { ProjectErrorCode, ProjectException, projectNotFound } from './projects.errors';

export interface ProjectPage {
  items: { cursor: string; project: ProjectEntity }[];
  hasNextPage: boolean;
  totalCount: number;
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const result = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) result.get(keyOf(row))?.push(row);
  return result;
}

/**
 * Reading projects for signed-in users (every signed-in user reads internal projects).
 * Anonymous visitors never come here: they use PublicProjectsService.
 */
@Injectable()
export class ProjectQueriesService {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    @InjectRepository(ProjectMemberEntity) private readonly members: Repository<ProjectMemberEntity>,
    @InjectRepository(ProjectMilestoneEntity) private readonly milestones: Repository<ProjectMilestoneEntity>,
    @InjectRepository(ProjectStatusChangeEntity) private readonly statusChanges: Repository<ProjectStatusChangeEntity>,
    @InjectRepository(ProjectArticleLinkEntity) private readonly articleLinks: Repository<ProjectArticleLinkEntity>,
    @InjectRepository(ProjectInspirationEntity) private readonly inspirations: Repository<ProjectInspirationEntity>,
    @InjectRepository(ProjectChangeProposalEntity) private readonly proposals: Repository<ProjectChangeProposalEntity>,
  ) {}

  async list(args: ProjectsArgs): Promise<ProjectPage> {
    const query = this.projects.createQueryBuilder('p');
    const filter = args.filter;
    if (filter?.agencyIds?.length) query.andWhere('p.agencyId IN (:...agencyIds)', { agencyIds: filter.agencyIds });
    if (filter?.programmeIds?.length)
      query.andWhere('p.programmeId IN (:...programmeIds)', { programmeIds: filter.programmeIds });
    if (filter?.statuses?.length) query.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.topicIds?.length) query.andWhere('p.topicId IN (:...topicIds)', { topicIds: filter.topicIds });
    if (filter?.text?.trim()) {
      query.andWhere(
        `concat_ws(' ', p.title, p."problemStatement", p.goals, p.outcomes, p."lessonsLearned", p."bodyText") ILIKE :text`,
        { text: likePattern(filter.text) },
      );
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const cursor = decodeProjectCursor(args.after);
      query.andWhere(
        new Brackets((where) => {
          where
            .where('p.updatedAt < :cursorValue', { cursorValue: new Date(cursor.updatedAt) })
            .orWhere('(p.updatedAt = :cursorValue AND p.id < :cursorId)', { cursorId: cursor.id });
        }),
      );
    }
    const rows = await query
      .orderBy('p.updatedAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(args.first + 1)
      .getMany();
    const page = rows.slice(0, args.first);
    return {
      items: page.map((project) => ({
        project,
        cursor: encodeProjectCursor({ updatedAt: project.updatedAt.toISOString(), id: project.id }),
      })),
      hasNextPage: rows.length > args.first,
      totalCount,
    };
  }

  async get(lookup: ProjectLookupArgs): Promise<ProjectEntity> {
    if ((lookup.id === undefined) === (lookup.slug === undefined)) {
      throw new ProjectException(ProjectErrorCode.PROJECT_AMBIGUOUS_LOOKUP, 'Give exactly one of id or slug.');
    }
    const project = await this.projects.findOneBy(lookup.id ? { id: lookup.id } : { slug: lookup.slug });
    if (!project) throw projectNotFound();
    return project;
  }

  async getById(id: string): Promise<ProjectEntity> {
    const project = isUUID(id) ? await this.projects.findOneBy({ id }) : null;
    if (!project) throw projectNotFound();
    return project;
  }

  async findByIds(ids: readonly string[]): Promise<ProjectEntity[]> {
    return ids.length === 0 ? [] : this.projects.findBy({ id: In([...ids]) });
  }

  async membersOf(projectIds: readonly string[]): Promise<Map<string, ProjectMemberEntity[]>> {
    const rows =
      projectIds.length === 0
        ? []
        : await this.members.find({ where: { projectId: In([...projectIds]) }, order: { createdAt: 'ASC' } });
    return groupBy(projectIds, rows, (row) => row.projectId);
  }

  async milestonesOf(projectIds: readonly string[]): Promise<Map<string, ProjectMilestoneEntity[]>> {
    const rows =
      projectIds.length === 0
        ? []
        : await this.milestones.find({
            where: { projectId: In([...projectIds]) },
            order: { date: 'ASC', title: 'ASC' },
          });
    return groupBy(projectIds, rows, (row) => row.projectId);
  }

  async statusHistoryOf(projectIds: readonly string[]): Promise<Map<string, ProjectStatusChangeEntity[]>> {
    const rows =
      projectIds.length === 0
        ? []
        : await this.statusChanges.find({
            where: { projectId: In([...projectIds]) },
            order: { changedAt: 'ASC', id: 'ASC' },
          });
    return groupBy(projectIds, rows, (row) => row.projectId);
  }

  async articleLinksOf(projectIds: readonly string[]): Promise<Map<string, ProjectArticleLinkEntity[]>> {
    const rows =
      projectIds.length === 0
        ? []
        : await this.articleLinks.find({ where: { projectId: In([...projectIds]) }, order: { createdAt: 'ASC' } });
    return groupBy(projectIds, rows, (row) => row.projectId);
  }

  /** Links pointing at these articles, for the "Projects" backlinks on article pages. */
  async linksToArticles(articleIds: readonly string[]): Promise<Map<string, ProjectArticleLinkEntity[]>> {
    const rows =
      articleIds.length === 0
        ? []
        : await this.articleLinks.find({ where: { articleId: In([...articleIds]) }, order: { createdAt: 'ASC' } });
    return groupBy(articleIds, rows, (row) => row.articleId);
  }

  /** The projects each project builds on (INSPIRED_BY). */
  async inspirationsOf(projectIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = projectIds.length === 0 ? [] : await this.inspirations.findBy({ projectId: In([...projectIds]) });
    const grouped = groupBy(projectIds, rows, (row) => row.projectId);
    return new Map([...grouped].map(([id, list]) => [id, list.map((row) => row.inspiredById)]));
  }

  /** The projects that build on each project. */
  async inspiredProjectsOf(projectIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = projectIds.length === 0 ? [] : await this.inspirations.findBy({ inspiredById: In([...projectIds]) });
    const grouped = groupBy(projectIds, rows, (row) => row.inspiredById);
    return new Map([...grouped].map(([id, list]) => [id, list.map((row) => row.projectId)]));
  }

  async proposalsOf(projectIds: readonly string[]): Promise<Map<string, ProjectChangeProposalEntity[]>> {
    const rows =
      projectIds.length === 0
        ? []
        : await this.proposals.find({ where: { projectId: In([...projectIds]) }, order: { createdAt: 'DESC' } });
    return groupBy(projectIds, rows, (row) => row.projectId);
  }

  /** Which of these projects the user is a team member of. */
  async teamMemberships(userId: string, projectIds: readonly string[]): Promise<Set<string>> {
    if (projectIds.length === 0) return new Set();
    const rows = await this.members.find({
      select: { projectId: true },
      where: { userId, projectId: In([...projectIds]) },
    });
    return new Set(rows.map((row) => row.projectId));
  }

  /** For reindexing: every project in id order, page by page. */
  batchAfter(afterId: string | null, size: number): Promise<ProjectEntity[]> {
    const query = this.projects.createQueryBuilder('p').orderBy('p.id', 'ASC').take(size);
    if (afterId) query.where('p.id > :afterId', { afterId });
    return query.getMany();
  }

  countAll(): Promise<number> {
    return this.projects.count();
  }
}
