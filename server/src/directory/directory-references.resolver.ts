import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canView } from '../articles/article-access-policy';
import { ArticleQueriesService } from '../articles/article-queries.service';
import { toArticleModel } from '../articles/article.mapper';
import { Visibility } from '../articles/article-status';
import { ArticleModel } from '../articles/models/article.model';
import { Public } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { isPubliclyVisible } from '../projects/project-access-policy';
import { ProjectQueriesService } from '../projects/project-queries.service';
import { DirectoryCodesService } from './code-lists/directory-codes.service';
import { toDirectoryEntryModel } from './directory-entry.mapper';
import { DirectoryQueriesService } from './directory-queries.service';
import { DirectoryReferencesService } from './directory-references.service';
import { DirectoryEntriesByIdsArgs } from './dto/directory-entries-by-ids.args';
import { DirectoryEntryModel } from './models/directory-entry.model';
import { DirectoryProjectReferenceModel } from './models/directory-references.model';

const byTitle = (a: { title: string }, b: { title: string }): number => a.title.localeCompare(b.title, 'de');

/**
 * Contact cards: the entries of a page in one request, and on each entry the articles and
 * projects whose bodies show it (only those the viewer may see).
 */
@Resolver(() => DirectoryEntryModel)
export class DirectoryReferencesResolver {
  constructor(
    private readonly queries: DirectoryQueriesService,
    private readonly codes: DirectoryCodesService,
    private readonly references: DirectoryReferencesService,
    private readonly articles: ArticleQueriesService,
    private readonly projects: ProjectQueriesService,
  ) {}

  @Public()
  @Query(() => [DirectoryEntryModel], {
    description:
      'The entries behind the contact cards of a page, in the order asked. Entries the viewer may not see ' +
      '(INTERNAL ones for anonymous visitors) and unknown ids are left out, without an error.',
  })
  async directoryEntriesByIds(
    @CurrentViewer() viewer: Viewer | null,
    @Args() { ids }: DirectoryEntriesByIdsArgs,
  ): Promise<DirectoryEntryModel[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const [entries, intervals, codes] = await Promise.all([
      this.queries.findByIds(unique),
      this.queries.intervals(),
      this.codes.current(),
    ]);
    const now = this.queries.now();
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    return unique.flatMap((id) => {
      const entry = byId.get(id);
      if (!entry || (viewer === null && entry.visibility !== Visibility.PUBLIC)) return [];
      return [toDirectoryEntryModel(entry, intervals, now, codes)];
    });
  }

  @ResolveField(() => [ArticleModel], {
    description: 'Articles with a contact card of this entry that the viewer may see, by title.',
  })
  referencingArticles(
    @Parent() entry: DirectoryEntryModel,
    @Context() context: GraphqlContext,
  ): Promise<ArticleModel[]> {
    return loaderFor<string, ArticleModel[]>(context, 'directory.referencingArticles', async (entryIds) => {
      const idsByEntry = await this.references.articleIdsFor(entryIds);
      const articleIds = [...new Set([...idsByEntry.values()].flat())];
      const articles = new Map((await this.articles.findByIds(articleIds)).map((article) => [article.id, article]));
      return entryIds.map((entryId) =>
        (idsByEntry.get(entryId) ?? [])
          .flatMap((id) => {
            const article = articles.get(id);
            return article && canView(context.viewer, article) ? [toArticleModel(article)] : [];
          })
          .sort(byTitle),
      );
    }).load(entry.id);
  }

  @ResolveField(() => [DirectoryProjectReferenceModel], {
    description:
      'Projects with a contact card of this entry, by title; anonymous visitors see only published PUBLIC ones.',
  })
  referencingProjects(
    @Parent() entry: DirectoryEntryModel,
    @Context() context: GraphqlContext,
  ): Promise<DirectoryProjectReferenceModel[]> {
    return loaderFor<string, DirectoryProjectReferenceModel[]>(
      context,
      'directory.referencingProjects',
      async (entryIds) => {
        const idsByEntry = await this.references.projectIdsFor(entryIds);
        const projectIds = [...new Set([...idsByEntry.values()].flat())];
        const projects = new Map((await this.projects.findByIds(projectIds)).map((project) => [project.id, project]));
        return entryIds.map((entryId) =>
          (idsByEntry.get(entryId) ?? [])
            .flatMap((id) => {
              const project = projects.get(id);
              if (!project || (context.viewer === null && !isPubliclyVisible(project))) return [];
              return [
                {
                  id: project.id,
                  slug: project.slug,
                  title: project.title,
                  status: project.status,
                  public: isPubliclyVisible(project),
                },
              ];
            })
            .sort(byTitle),
        );
      },
    ).load(entry.id);
  }
}
