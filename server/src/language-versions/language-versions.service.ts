import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { diffDocuments, type DiffBlock } from '@wissensnetz/editor';
import { DataSource, In, QueryFailedError, Repository, type EntityManager } from 'typeorm';
import { ArticleContentSyncRegistry } from '../articles/article-content-sync';
import { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticleEntity } from '../articles/article.entity';
import { ArticleQueriesService } from '../articles/article-queries.service';
import { ArticlesService } from '../articles/articles.service';
import type { Viewer } from '../common/auth/viewer';
import { contactCardLabels } from '../directory/contact-card-labels';
import { ArticleLanguageVersionEntity } from './article-language-version.entity';
import type { CreateLanguageVersionInput } from './dto/create-language-version.input';
import { EASY_LANGUAGE, LanguageVariant, TRANSLATION_LANGUAGES, versionRank } from './language-variant';
import { LanguageVersionErrorCode, LanguageVersionException } from './language-versions.errors';

/** A member of a version group. */
export interface GroupMember {
  article: ArticleEntity;
  variant: LanguageVariant | null;
}

/** A version with the state of its source. */
export interface VersionState {
  link: ArticleLanguageVersionEntity;
  sourceLatestRevisionNumber: number;
  sourceChanged: boolean;
}

export interface SourceChanges {
  fromRevisionNumber: number;
  toRevisionNumber: number;
  fromTitle: string;
  toTitle: string;
  blocks: DiffBlock[];
}

const SLUG_SUFFIX: Record<LanguageVariant, (language: string) => string> = {
  [LanguageVariant.LEICHTE_SPRACHE]: () => 'leichte-sprache',
  [LanguageVariant.EINFACHE_SPRACHE]: () => 'einfache-sprache',
  [LanguageVariant.TRANSLATION]: (language) => language.toLowerCase(),
};

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class LanguageVersionsService {
  constructor(
    @InjectRepository(ArticleLanguageVersionEntity)
    private readonly links: Repository<ArticleLanguageVersionEntity>,
    @InjectRepository(ArticleRevisionEntity) private readonly revisions: Repository<ArticleRevisionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly articles: ArticlesService,
    private readonly queries: ArticleQueriesService,
    private readonly contentSync: ArticleContentSyncRegistry,
  ) {}

  /**
   * "Sprachversion anlegen": a new draft article that starts with a copy of the source's latest
   * revision (title, summary, tags, body; category, kind and visibility of the source), so the
   * structure (headings, process steps, links) stays and the easy-language checker has the
   * original text to work on. The copied revision is recorded as the version's starting point.
   */
  async create(viewer: Viewer, input: CreateLanguageVersionInput): Promise<ArticleEntity> {
    const source = await this.rootSource(input.sourceArticleId);
    const language = this.languageFor(input.variant, input.language, source.language);
    if (await this.links.existsBy({ sourceArticleId: source.id, variant: input.variant, language })) {
      throw this.alreadyExists();
    }
    const revision = await this.currentSourceRevision(source.id);
    try {
      return await this.articles.create(
        viewer,
        {
          title: input.title?.trim() || revision.title,
          summary: revision.summary,
          categoryId: source.categoryId,
          tags: revision.tags,
          body: revision.body,
          language,
          kind: source.kind,
          visibility: source.visibility,
          slug: await this.freeSlug(`${source.slug.slice(0, 100)}-${SLUG_SUFFIX[input.variant](language)}`),
        },
        async (manager: EntityManager, article: ArticleEntity) => {
          await manager.insert(ArticleLanguageVersionEntity, {
            articleId: article.id,
            sourceArticleId: source.id,
            variant: input.variant,
            language,
            sourceRevisionId: revision.id,
            sourceRevisionNumber: revision.number,
            syncedAt: new Date(),
            syncedById: viewer.userId,
          });
        },
      );
    } catch (error) {
      // Two editors creating the same version at once: the unique index decides.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw this.alreadyExists();
      }
      throw error;
    }
  }

  /** "Version ist aktuell": the version now corresponds to the source's latest revision. */
  async markCurrent(viewer: Viewer, articleId: string): Promise<ArticleEntity> {
    const link = await this.links.findOneBy({ articleId });
    if (!link) {
      throw new LanguageVersionException(
        LanguageVersionErrorCode.NOT_A_VERSION,
        'This article is not a language version.',
      );
    }
    const revision = await this.currentSourceRevision(link.sourceArticleId);
    await this.links.update(
      { articleId },
      {
        sourceRevisionId: revision.id,
        sourceRevisionNumber: revision.number,
        syncedAt: new Date(),
        syncedById: viewer.userId,
      },
    );
    return this.articles.get(articleId);
  }

  /** Per article id: its group (source first), or [] when it is in none. Not yet filtered by access. */
  async groups(articleIds: readonly string[]): Promise<Map<string, GroupMember[]>> {
    const own = await this.linksFor(articleIds);
    const rootOf = new Map(articleIds.map((id) => [id, own.get(id)?.sourceArticleId ?? id]));
    const roots = [...new Set(rootOf.values())];
    const members = roots.length === 0 ? [] : await this.links.findBy({ sourceArticleId: In(roots) });
    const articles = new Map(
      (await this.queries.findByIds([...roots, ...members.map((member) => member.articleId)])).map((article) => [
        article.id,
        article,
      ]),
    );
    const byRoot = new Map<string, GroupMember[]>();
    for (const root of roots) {
      const versions = members.filter((member) => member.sourceArticleId === root);
      const source = articles.get(root);
      if (versions.length === 0 || !source) continue;
      const group: GroupMember[] = [{ article: source, variant: null }];
      for (const version of versions) {
        const article = articles.get(version.articleId);
        if (article) group.push({ article, variant: version.variant });
      }
      group.sort((a, b) => versionRank(a.variant, a.article.language) - versionRank(b.variant, b.article.language));
      byRoot.set(root, group);
    }
    return new Map(articleIds.map((id) => [id, byRoot.get(rootOf.get(id) ?? id) ?? []]));
  }

  /**
   * Per article id that is a version: its link and whether the source changed since. "Changed"
   * means a newer source revision has another title or body; revisions that only publish or
   * re-save the same text do not count.
   */
  async states(articleIds: readonly string[]): Promise<Map<string, VersionState>> {
    if (articleIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ articleId: string; latest: number; changed: boolean }[]>(
      `SELECT v."articleId", s."revisionNumber" AS latest,
              (s."revisionNumber" > v."sourceRevisionNumber"
               AND (r_from.id IS NULL OR r_to.id IS NULL OR r_from.title IS DISTINCT FROM r_to.title
                    OR r_from.body IS DISTINCT FROM r_to.body)) AS changed
         FROM "article_language_version" v
         JOIN "article" s ON s.id = v."sourceArticleId"
         LEFT JOIN "article_revision" r_from ON r_from."articleId" = s.id AND r_from.number = v."sourceRevisionNumber"
         LEFT JOIN "article_revision" r_to ON r_to."articleId" = s.id AND r_to.number = s."revisionNumber"
        WHERE v."articleId" = ANY($1::uuid[])`,
      [[...articleIds]],
    );
    const links = await this.linksFor(articleIds);
    const states = new Map<string, VersionState>();
    for (const row of rows) {
      const link = links.get(row.articleId);
      if (link) states.set(row.articleId, { link, sourceLatestRevisionNumber: row.latest, sourceChanged: row.changed });
    }
    return states;
  }

  /**
   * The source's changes since the version's recorded revision, or null when there are none.
   * Contact cards read as their entries' names, for anonymous viewers only those of PUBLIC entries.
   */
  async sourceChanges(
    link: Pick<ArticleLanguageVersionEntity, 'sourceArticleId' | 'sourceRevisionNumber'>,
    viewer: Viewer | null,
  ): Promise<SourceChanges | null> {
    const [from, to] = await Promise.all([
      this.revisions.findOneBy({ articleId: link.sourceArticleId, number: link.sourceRevisionNumber }),
      this.revisions.findOne({ where: { articleId: link.sourceArticleId }, order: { number: 'DESC' } }),
    ]);
    if (!from || !to || to.number <= from.number) return null;
    const contactCardLabel = await contactCardLabels(this.dataSource.manager, [from.body, to.body], {
      anonymous: viewer === null,
    });
    return {
      fromRevisionNumber: from.number,
      toRevisionNumber: to.number,
      fromTitle: from.title,
      toTitle: to.title,
      blocks: diffDocuments(from.body, to.body, { contactCardLabel }),
    };
  }

  private async linksFor(articleIds: readonly string[]): Promise<Map<string, ArticleLanguageVersionEntity>> {
    if (articleIds.length === 0) return new Map();
    const rows = await this.links.findBy({ articleId: In([...articleIds]) });
    return new Map(rows.map((row) => [row.articleId, row]));
  }

  /** Versions always hang off the group's source, never off another version. */
  private async rootSource(articleId: string): Promise<ArticleEntity> {
    const link = await this.links.findOneBy({ articleId });
    const [source] = await this.queries.findByIds([link?.sourceArticleId ?? articleId]);
    if (!source) {
      throw new LanguageVersionException(
        LanguageVersionErrorCode.SOURCE_NOT_FOUND,
        'The source article does not exist.',
      );
    }
    return source;
  }

  private languageFor(variant: LanguageVariant, requested: string | undefined, sourceLanguage: string): string {
    if (variant !== LanguageVariant.TRANSLATION) {
      if (requested !== undefined && requested !== EASY_LANGUAGE) {
        throw this.invalidLanguage('Leichte Sprache and Einfache Sprache versions are German (de).');
      }
      return EASY_LANGUAGE;
    }
    if (requested === undefined || !(TRANSLATION_LANGUAGES as readonly string[]).includes(requested)) {
      throw this.invalidLanguage(`A translation needs one of these languages: ${TRANSLATION_LANGUAGES.join(', ')}.`);
    }
    if (requested === sourceLanguage)
      throw this.invalidLanguage('A translation needs another language than its source.');
    return requested;
  }

  /** Takes a revision of what editors typed in the source so far, so the recorded revision matches the copy. */
  private async currentSourceRevision(sourceId: string): Promise<ArticleRevisionEntity> {
    await this.contentSync.flush(sourceId);
    return (await this.articles.takeRevision(sourceId, [])) ?? (await this.articles.latestRevision(sourceId));
  }

  private async freeSlug(base: string): Promise<string> {
    let slug = base;
    for (let suffix = 2; await this.dataSource.manager.existsBy(ArticleEntity, { slug }); suffix += 1) {
      slug = `${base}-${suffix}`;
    }
    return slug;
  }

  private invalidLanguage(message: string): LanguageVersionException {
    return new LanguageVersionException(LanguageVersionErrorCode.INVALID_LANGUAGE, message);
  }

  private alreadyExists(): LanguageVersionException {
    return new LanguageVersionException(
      LanguageVersionErrorCode.ALREADY_EXISTS,
      'The source already has a version in this variant and language.',
    );
  }
}
