import { Injectable } from '@nestjs/common';
import { extractHeadings } from '@wissensnetz/editor';
import { AgenciesService } from '../agencies/agencies.service';
import { ArticleQueriesService } from '../articles/article-queries.service';
import type { ArticleEntity } from '../articles/article.entity';
import { CategoriesService } from '../categories/categories.service';
import { MaterialFilesService } from '../materials/material-files.service';
import { materialSearchText } from '../materials/material-search-text';
import { TeamsService } from '../teams/teams.service';
import { UsersService } from '../users/users.service';
import type { SearchDocument } from './engine/search-document';

export const articleDocumentId = (articleId: string): string => `ARTICLE:${articleId}`;

/** Turns articles into search documents (category path, owner agency, headings). */
@Injectable()
export class ArticleSearchDocuments {
  constructor(
    private readonly articles: ArticleQueriesService,
    private readonly categories: CategoriesService,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly materials: MaterialFilesService,
    private readonly teams: TeamsService,
  ) {}

  /** Documents for the ids that exist; ids without an article are returned as `missing`. */
  async build(articleIds: string[]): Promise<{ documents: SearchDocument[]; missing: string[] }> {
    const articles = await this.articles.findByIds(articleIds);
    const found = new Set(articles.map((article) => article.id));
    return { documents: await this.toDocuments(articles), missing: articleIds.filter((id) => !found.has(id)) };
  }

  /** Ids of the articles in a category or below it (a renamed category changes their path). */
  async idsInCategory(categoryId: string): Promise<string[]> {
    const tree = await this.categories.tree();
    return this.articles.idsInCategories(tree.descendantIds(categoryId));
  }

  async *all(batchSize = 500): AsyncIterable<SearchDocument[]> {
    let after: string | null = null;
    for (;;) {
      const batch = await this.articles.batchAfter(after, batchSize);
      if (batch.length === 0) return;
      yield await this.toDocuments(batch);
      after = batch[batch.length - 1]?.id ?? null;
    }
  }

  async count(): Promise<number> {
    return this.articles.countAll();
  }

  private async toDocuments(articles: ArticleEntity[]): Promise<SearchDocument[]> {
    const tree = await this.categories.tree();
    const owners = await this.users.findByIds([...new Set(articles.flatMap((a) => (a.ownerId ? [a.ownerId] : [])))]);
    const agencyOf = new Map(owners.map((owner) => [owner.id, owner.agencyId]));
    // A team-owned article belongs to the team's agency.
    const teams = await this.teams.findByIds([
      ...new Set(articles.flatMap((a) => (a.ownerTeamId ? [a.ownerTeamId] : []))),
    ]);
    const teamAgencyOf = new Map(teams.map((team) => [team.id, team.agencyId]));
    const agencies = await this.agencies.findByIds([
      ...new Set([...owners, ...teams].flatMap((owner) => (owner.agencyId ? [owner.agencyId] : []))),
    ]);
    const agencyName = new Map(agencies.map((agency) => [agency.id, agency.name]));
    const files = await this.materials.forArticles(articles.map((article) => article.id));
    return articles.map((article) => {
      const path = article.categoryId ? tree.path(article.categoryId) : [];
      const agencyId =
        (article.ownerId && agencyOf.get(article.ownerId)) ||
        (article.ownerTeamId && teamAgencyOf.get(article.ownerTeamId)) ||
        null;
      return {
        id: articleDocumentId(article.id),
        kind: 'ARTICLE',
        entityId: article.id,
        url: `/artikel/${article.slug}`,
        title: article.title,
        summary: article.summary,
        headings: extractHeadings(article.body).map((heading) => heading.text),
        // Material files are found by their titles (and "Leichte Sprache" for files in it).
        body: [article.bodyText, ...materialSearchText(files.get(article.id) ?? [])].join('\n'),
        tags: article.tags,
        categoryPath: path.map((category) => category.name),
        categoryIds: path.map((category) => category.id),
        language: article.language,
        status: article.status,
        visibility: article.visibility,
        agencyId,
        agencyName: agencyId ? (agencyName.get(agencyId) ?? null) : null,
        updatedAt: article.updatedAt.toISOString(),
      };
    });
  }
}
