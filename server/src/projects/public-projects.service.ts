import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { ArticleStatus, Visibility } from '../articles/article-status';
import { ArticleEntity } from '../articles/article.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { likePattern } from './like-pattern';
import { ProjectArticleLinkKind } from './project-article-link-kind';
import { ProjectArticleLinkEntity } from './project-article-link.entity';
import { ProjectInspirationEntity } from './project-inspiration.entity';
import { ProjectTopicEntity } from './project-topic.entity';
import { ProjectEntity } from './project.entity';
import type {
  PublicProjectDetail,
  PublicProjectFacets,
  PublicProjectFilter,
  PublicProjectList,
  PublicProjectSummary,
} from './public-project.types';

const TEASER_LENGTH = 280;
const YEAR = `EXTRACT(YEAR FROM COALESCE(p."completedAt", p."publishedAt") AT TIME ZONE 'UTC')::int`;

function teaser(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= TEASER_LENGTH) return flat;
  const cut = flat.slice(0, TEASER_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TEASER_LENGTH - 40))} …`;
}

/**
 * The public Ideenbörse: published PUBLIC projects only, in shapes that carry only public
 * fields. Used by the @Public GraphQL queries and by the server-rendered pages, feed and embed.
 */
@Injectable()
export class PublicProjectsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: PublicProjectFilter = {}, page: { first: number; offset: number }): Promise<PublicProjectList> {
    const query = this.published();
    if (filter.topicSlugs?.length) {
      query
        .innerJoin(ProjectTopicEntity, 't', 't.id = p.topicId')
        .andWhere('t.slug IN (:...topicSlugs)', { topicSlugs: filter.topicSlugs });
    }
    if (filter.agencyIds?.length) query.andWhere('p.agencyId IN (:...agencyIds)', { agencyIds: filter.agencyIds });
    if (filter.programmeIds?.length)
      query.andWhere('p.programmeId IN (:...programmeIds)', { programmeIds: filter.programmeIds });
    if (filter.year !== undefined) query.andWhere(`${YEAR} = :year`, { year: filter.year });
    if (filter.text?.trim()) {
      query.andWhere(
        `concat_ws(' ', p.title, p."problemStatement", p.goals, p.outcomes, p."lessonsLearned", p."bodyText") ILIKE :text`,
        { text: likePattern(filter.text) },
      );
    }
    const totalCount = await query.clone().getCount();
    const rows = await query
      .orderBy('p.publishedAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .skip(page.offset)
      .take(page.first + 1)
      .getMany();
    const items = await this.summaries(rows.slice(0, page.first));
    return { items, totalCount, hasNextPage: rows.length > page.first };
  }

  /** The most recently published projects, for the Atom feed and the embed. */
  async latest(limit: number): Promise<PublicProjectSummary[]> {
    return (await this.list({}, { first: limit, offset: 0 })).items;
  }

  async getBySlug(slug: string): Promise<PublicProjectDetail | null> {
    const project = await this.published().andWhere('p.slug = :slug', { slug }).getOne();
    if (!project) return null;
    const [summary] = await this.summaries([project]);
    if (!summary) return null;
    const articles = await this.dataSource
      .createQueryBuilder(ProjectArticleLinkEntity, 'l')
      .innerJoin(ArticleEntity, 'a', 'a.id = l.articleId')
      .select(['l.kind AS kind', 'a.slug AS slug', 'a.title AS title', 'a.summary AS summary'])
      .where('l.projectId = :id', { id: project.id })
      .andWhere('a.status = :published', { published: ArticleStatus.PUBLISHED })
      .andWhere('a.visibility = :public', { public: Visibility.PUBLIC })
      .orderBy('l.kind', 'ASC')
      .addOrderBy('a.title', 'ASC')
      .getRawMany<{ kind: ProjectArticleLinkKind; slug: string; title: string; summary: string }>();
    const inspiredBy = await this.published()
      .innerJoin(ProjectInspirationEntity, 'i', 'i.inspiredById = p.id')
      .andWhere('i.projectId = :id', { id: project.id })
      .orderBy('p.title', 'ASC')
      .getMany();
    return {
      ...summary,
      problemStatement: project.problemStatement,
      goals: project.goals,
      outcomes: project.outcomes,
      lessonsLearned: project.lessonsLearned,
      bodyHtml: project.bodyHtml,
      articles: articles.map((row) => ({ kind: row.kind, slug: row.slug, title: row.title, summary: row.summary })),
      inspiredBy: inspiredBy.map((other) => ({ slug: other.slug, title: other.title })),
    };
  }

  async facets(): Promise<PublicProjectFacets> {
    const years = await this.published()
      .select(`DISTINCT ${YEAR}`, 'year')
      .orderBy('year', 'DESC')
      .getRawMany<{ year: number }>();
    const ids = await this.published()
      .select(['p.agencyId AS "agencyId"', 'p.programmeId AS "programmeId"', 'p.topicId AS "topicId"'])
      .getRawMany<{ agencyId: string; programmeId: string | null; topicId: string | null }>();
    const distinct = (values: (string | null)[]): string[] => [
      ...new Set(values.filter((value): value is string => value !== null)),
    ];
    const manager = this.dataSource.manager;
    const agencyIds = distinct(ids.map((row) => row.agencyId));
    const programmeIds = distinct(ids.map((row) => row.programmeId));
    const topicIds = distinct(ids.map((row) => row.topicId));
    const [agencies, programmes, topics] = await Promise.all([
      agencyIds.length ? manager.find(AgencyEntity, { where: { id: In(agencyIds) }, order: { name: 'ASC' } }) : [],
      programmeIds.length
        ? manager.find(ProgrammeEntity, { where: { id: In(programmeIds) }, order: { startsOn: 'DESC' } })
        : [],
      topicIds.length ? manager.find(ProjectTopicEntity, { where: { id: In(topicIds) }, order: { name: 'ASC' } }) : [],
    ]);
    return {
      years: years.map((row) => Number(row.year)),
      agencies: agencies.map((agency) => ({ id: agency.id, name: agency.name })),
      programmes: programmes.map((programme) => ({ id: programme.id, slug: programme.slug, name: programme.name })),
      topics: topics.map((topic) => ({ slug: topic.slug, name: topic.name })),
    };
  }

  /** The one place that decides what is public: PUBLIC visibility and a publication date. */
  private published(): SelectQueryBuilder<ProjectEntity> {
    return this.dataSource
      .createQueryBuilder(ProjectEntity, 'p')
      .where('p.visibility = :publicVisibility', { publicVisibility: Visibility.PUBLIC })
      .andWhere('p.publishedAt IS NOT NULL');
  }

  private async summaries(projects: ProjectEntity[]): Promise<PublicProjectSummary[]> {
    if (projects.length === 0) return [];
    const manager = this.dataSource.manager;
    const ids = <K extends 'agencyId' | 'programmeId' | 'topicId'>(key: K): string[] => [
      ...new Set(projects.flatMap((project) => (project[key] ? [project[key]] : []))),
    ];
    const [agencies, programmes, topics] = await Promise.all([
      manager.findBy(AgencyEntity, { id: In(ids('agencyId')) }),
      ids('programmeId').length ? manager.findBy(ProgrammeEntity, { id: In(ids('programmeId')) }) : [],
      ids('topicId').length ? manager.findBy(ProjectTopicEntity, { id: In(ids('topicId')) }) : [],
    ]);
    const agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
    const programmeById = new Map(programmes.map((programme) => [programme.id, programme]));
    const topicById = new Map(topics.map((topic) => [topic.id, topic]));
    return projects.flatMap((project) => {
      const agency = agencyById.get(project.agencyId);
      const publishedAt = project.publishedAt;
      if (!agency || !publishedAt) return [];
      const programme = project.programmeId ? programmeById.get(project.programmeId) : undefined;
      const topic = project.topicId ? topicById.get(project.topicId) : undefined;
      return [
        {
          slug: project.slug,
          title: project.title,
          teaser: teaser(project.problemStatement || project.bodyText),
          agency: { id: agency.id, name: agency.name },
          programme: programme ? { id: programme.id, slug: programme.slug, name: programme.name } : null,
          topic: topic ? { slug: topic.slug, name: topic.name } : null,
          publishedAt,
          completedAt: project.completedAt,
          year: (project.completedAt ?? publishedAt).getUTCFullYear(),
        },
      ];
    });
  }
}
