import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { canView } from '../articles/article-access-policy';
import { ArticleQueriesService } from '../articles/article-queries.service';
import { toArticleModel } from '../articles/article.mapper';
import { ArticleModel } from '../articles/models/article.model';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { ArticleProjectLinkModel, ProjectArticleLinkModel } from './models/project-article-link.model';
import { ProjectModel } from './models/project.model';
import { isPubliclyVisible } from './project-access-policy';
import { ProjectQueriesService } from './project-queries.service';

/**
 * The links between projects and articles in both directions. Both live here, with the
 * links' owner, so that articles never import projects (no cycle).
 */
@Resolver(() => ProjectModel)
export class ProjectArticlesResolver {
  constructor(
    private readonly projects: ProjectQueriesService,
    private readonly articles: ArticleQueriesService,
  ) {}

  @ResolveField(() => [ProjectArticleLinkModel], { description: 'Linked articles the viewer may see, OUTCOME first.' })
  articleLinks(
    @Parent() project: ProjectModel,
    @Context() context: GraphqlContext,
  ): Promise<ProjectArticleLinkModel[]> {
    return loaderFor<string, ProjectArticleLinkModel[]>(context, 'projects.articleLinks', async (ids) => {
      const links = await this.projects.articleLinksOf(ids);
      const articleIds = [...new Set([...links.values()].flat().map((link) => link.articleId))];
      const articles = new Map((await this.articles.findByIds(articleIds)).map((a) => [a.id, a]));
      return ids.map((id) =>
        (links.get(id) ?? [])
          .flatMap((link) => {
            const article = articles.get(link.articleId);
            if (!article || !canView(context.viewer, article)) return [];
            return [{ kind: link.kind, article: toArticleModel(article), createdAt: link.createdAt }];
          })
          .sort((a, b) => a.kind.localeCompare(b.kind) || a.article.title.localeCompare(b.article.title, 'de')),
      );
    }).load(project.id);
  }
}

@Resolver(() => ArticleModel)
export class ArticleProjectsResolver {
  constructor(private readonly projectQueries: ProjectQueriesService) {}

  @ResolveField(() => [ArticleProjectLinkModel], {
    description: 'Projects linking to this article; anonymous visitors see only published public ones.',
  })
  projects(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<ArticleProjectLinkModel[]> {
    return loaderFor<string, ArticleProjectLinkModel[]>(context, 'articles.projects', async (ids) => {
      const links = await this.projectQueries.linksToArticles(ids);
      const projectIds = [...new Set([...links.values()].flat().map((link) => link.projectId))];
      const projects = new Map((await this.projectQueries.findByIds(projectIds)).map((p) => [p.id, p]));
      return ids.map((id) =>
        (links.get(id) ?? []).flatMap((link) => {
          const project = projects.get(link.projectId);
          if (!project || (context.viewer === null && !isPubliclyVisible(project))) return [];
          return [
            {
              kind: link.kind,
              projectId: project.id,
              projectSlug: project.slug,
              projectTitle: project.title,
              projectStatus: project.status,
              projectPublic: isPubliclyVisible(project),
            },
          ];
        }),
      );
    }).load(article.id);
  }
}
