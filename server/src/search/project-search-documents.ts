import { Injectable } from '@nestjs/common';
import { extractHeadings } from '@wissensnetz/editor';
import { AgenciesService } from '../agencies/agencies.service';
import { isPubliclyVisible } from '../projects/project-access-policy';
import { ProjectQueriesService } from '../projects/project-queries.service';
import type { ProjectEntity } from '../projects/project.entity';
import { ProjectTopicsService } from '../projects/project-topics.service';
import type { SearchDocument } from './engine/search-document';

export const projectDocumentId = (projectId: string): string => `PROJECT:${projectId}`;

/**
 * Turns projects into search documents. Access maps onto the article fields: every project is
 * "PUBLISHED" (signed-in users read all projects), and only published PUBLIC ones are PUBLIC,
 * so anonymous visitors find exactly the projects of the Ideenbörse.
 */
@Injectable()
export class ProjectSearchDocuments {
  constructor(
    private readonly projects: ProjectQueriesService,
    private readonly topics: ProjectTopicsService,
    private readonly agencies: AgenciesService,
  ) {}

  async build(projectIds: string[]): Promise<{ documents: SearchDocument[]; missing: string[] }> {
    const projects = await this.projects.findByIds(projectIds);
    const found = new Set(projects.map((project) => project.id));
    return { documents: await this.toDocuments(projects), missing: projectIds.filter((id) => !found.has(id)) };
  }

  async *all(batchSize = 500): AsyncIterable<SearchDocument[]> {
    let after: string | null = null;
    for (;;) {
      const batch = await this.projects.batchAfter(after, batchSize);
      if (batch.length === 0) return;
      yield await this.toDocuments(batch);
      after = batch[batch.length - 1]?.id ?? null;
    }
  }

  count(): Promise<number> {
    return this.projects.countAll();
  }

  private async toDocuments(projects: ProjectEntity[]): Promise<SearchDocument[]> {
    const distinct = (values: (string | null)[]): string[] => [
      ...new Set(values.filter((value): value is string => value !== null)),
    ];
    const [topics, agencies] = await Promise.all([
      this.topics.findByIds(distinct(projects.map((project) => project.topicId))),
      this.agencies.findByIds(distinct(projects.map((project) => project.agencyId))),
    ]);
    const topicName = new Map(topics.map((topic) => [topic.id, topic.name]));
    const agencyName = new Map(agencies.map((agency) => [agency.id, agency.name]));
    return projects.map((project) => ({
      id: projectDocumentId(project.id),
      kind: 'PROJECT',
      entityId: project.id,
      url: `/projekte/${project.slug}`,
      title: project.title,
      summary: project.problemStatement,
      headings: extractHeadings(project.body).map((heading) => heading.text),
      body: [project.goals, project.outcomes, project.lessonsLearned, project.bodyText].filter(Boolean).join('\n\n'),
      tags: project.topicId && topicName.has(project.topicId) ? [topicName.get(project.topicId) ?? ''] : [],
      categoryPath: [],
      categoryIds: [],
      language: 'de',
      status: 'PUBLISHED',
      visibility: isPubliclyVisible(project) ? 'PUBLIC' : 'INTERNAL',
      agencyId: project.agencyId,
      agencyName: agencyName.get(project.agencyId) ?? null,
      updatedAt: project.updatedAt.toISOString(),
    }));
  }
}
