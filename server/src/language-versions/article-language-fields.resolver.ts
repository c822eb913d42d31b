import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { canView } from '../articles/article-access-policy';
import { toArticleModel } from '../articles/article.mapper';
import { ArticleModel } from '../articles/models/article.model';
import { DiffChange } from '../articles/models/revision-comparison.model';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { ArticleQueriesService } from '../articles/article-queries.service';
import { LanguageVersionLinkModel, LanguageVersionModel, SourceChangesModel } from './models/language-version.model';
import { LanguageVersionsService, type GroupMember, type VersionState } from './language-versions.service';

/** Language-version fields on Article: the group for the language switcher and the version's source state. */
@Resolver(() => ArticleModel)
export class ArticleLanguageFieldsResolver {
  constructor(private readonly versions: LanguageVersionsService) {}

  @ResolveField(() => [LanguageVersionLinkModel], {
    description: 'The version group this article belongs to, source first, only what the viewer may see; [] if none.',
  })
  async languageVersions(
    @Parent() article: ArticleModel,
    @CurrentViewer() viewer: Viewer | null,
    @Context() context: GraphqlContext,
  ): Promise<LanguageVersionLinkModel[]> {
    const group = await loaderFor<string, GroupMember[]>(context, 'languageVersions.group', async (ids) => {
      const groups = await this.versions.groups(ids);
      return ids.map((id) => groups.get(id) ?? []);
    }).load(article.id);
    return group
      .filter((member) => canView(viewer, member.article))
      .map((member) => ({
        article: toArticleModel(member.article),
        variant: member.variant,
        language: member.article.language,
        isSource: member.variant === null,
      }));
  }

  @ResolveField(() => LanguageVersionModel, { nullable: true, description: 'Null unless this article is a version.' })
  async languageVersion(
    @Parent() article: ArticleModel,
    @Context() context: GraphqlContext,
  ): Promise<LanguageVersionModel | null> {
    const state = await loaderFor<string, VersionState | null>(context, 'languageVersions.state', async (ids) => {
      const states = await this.versions.states(ids);
      return ids.map((id) => states.get(id) ?? null);
    }).load(article.id);
    if (!state) return null;
    return {
      variant: state.link.variant,
      language: state.link.language,
      sourceArticleId: state.link.sourceArticleId,
      sourceRevisionId: state.link.sourceRevisionId,
      sourceRevisionNumber: state.link.sourceRevisionNumber,
      sourceLatestRevisionNumber: state.sourceLatestRevisionNumber,
      sourceChanged: state.sourceChanged,
      syncedAt: state.link.syncedAt,
      syncedById: state.link.syncedById,
    };
  }
}

/** The source and its changes are shown only to viewers who may see the source itself. */
@Resolver(() => LanguageVersionModel)
export class LanguageVersionFieldsResolver {
  constructor(
    private readonly versions: LanguageVersionsService,
    private readonly queries: ArticleQueriesService,
  ) {}

  private async visibleSource(version: LanguageVersionModel, viewer: Viewer | null) {
    const [source] = await this.queries.findByIds([version.sourceArticleId]);
    return source && canView(viewer, source) ? source : null;
  }

  @ResolveField(() => ArticleModel, { nullable: true, description: 'Null when the viewer may not see the source.' })
  async source(
    @Parent() version: LanguageVersionModel,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<ArticleModel | null> {
    const source = await this.visibleSource(version, viewer);
    return source ? toArticleModel(source) : null;
  }

  @ResolveField(() => SourceChangesModel, {
    nullable: true,
    description: 'The diff of the source since sourceRevisionNumber; null if unchanged or the source is not visible.',
  })
  async sourceChanges(
    @Parent() version: LanguageVersionModel,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<SourceChangesModel | null> {
    if (!version.sourceChanged || !(await this.visibleSource(version, viewer))) return null;
    const changes = await this.versions.sourceChanges(
      { sourceArticleId: version.sourceArticleId, sourceRevisionNumber: version.sourceRevisionNumber },
      viewer,
    );
    if (!changes) return null;
    return {
      ...changes,
      titleChanged: changes.fromTitle !== changes.toTitle,
      blocks: changes.blocks.map((block) => ({
        change: DiffChange[block.change],
        kind: block.kind,
        segments: block.segments.map((segment) => ({ change: DiffChange[segment.change], text: segment.text })),
      })),
    };
  }
}
