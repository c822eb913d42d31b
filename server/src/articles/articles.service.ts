import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { slugify } from '@wissensnetz/editor';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { CategoriesService } from '../categories/categories.service';
import { UsersService } from '../users/users.service';
import { Role, roleAtLeast } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { prepareBody, type PreparedBody } from './article-body';
import { SearchOutboxService } from '../search-outbox/search-outbox.service';
import { ArticleContentSyncRegistry } from './article-content-sync';
import { replaceArticleDirectoryReferences } from './article-directory-references';
import type { ArticleRevisionEntity } from './article-revision.entity';
import { ArticleRevisionsService } from './article-revisions.service';
import { ArticleKind } from './article-kind';
import { ArticleStatus } from './article-status';
import { normalizeTags } from './article-tags';
import { ArticleEntity } from './article.entity';
import { ArticleErrorCode, ArticleException, articleNotFound } from './articles.errors';
import type { CreateArticleInput } from './dto/create-article.input';
import type { UpdateArticleInput } from './dto/update-article.input';

const FALLBACK_SLUG = 'artikel';

@Injectable()
export class ArticlesService {
  constructor(
    @InjectRepository(ArticleEntity) private readonly articles: Repository<ArticleEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
    private readonly revisions: ArticleRevisionsService,
    private readonly users: UsersService,
    private readonly contentSync: ArticleContentSyncRegistry,
    private readonly outbox: SearchOutboxService,
  ) {}

  /** `within` runs in the same transaction after the first revision (e.g. to link a language version). */
  async create(
    viewer: Viewer,
    input: CreateArticleInput,
    within?: (manager: EntityManager, article: ArticleEntity) => Promise<void>,
  ): Promise<ArticleEntity> {
    const body = prepareBody(input.body);
    const tags = normalizeTags(input.tags);
    if (input.categoryId) await this.assertCategory(input.categoryId);
    return this.dataSource.transaction(async (manager) => {
      const slug = input.slug ?? (await this.freeSlug(manager, input.title));
      await this.assertSlugFree(manager, slug);
      const article = await manager.save(
        manager.create(ArticleEntity, {
          slug,
          title: input.title.trim(),
          summary: input.summary.trim(),
          categoryId: input.categoryId ?? null,
          tags,
          ...body,
          language: input.language,
          kind: input.kind ?? ArticleKind.GUIDE,
          status: ArticleStatus.DRAFT,
          visibility: input.visibility,
          ownerId: viewer.userId,
          createdById: viewer.userId,
          updatedById: viewer.userId,
          revisionNumber: 1,
          publishedAt: null,
        }),
      );
      await this.revisions.snapshot(manager, article, viewer.userId);
      await replaceArticleDirectoryReferences(manager, article.id, article.body);
      await within?.(manager, article);
      await this.outbox.enqueue(manager, 'ARTICLE', [article.id]);
      return article;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateArticleInput): Promise<ArticleEntity> {
    const body = input.body === undefined ? undefined : prepareBody(input.body);
    const tags = input.tags === undefined ? undefined : normalizeTags(input.tags);
    if (input.categoryId) await this.assertCategory(input.categoryId);
    if (input.ownerId) await this.assertOwner(input.ownerId);
    const saved = await this.saveRevision(viewer, id, input.baseRevision, async (article, manager) => {
      if (input.slug !== undefined && input.slug !== article.slug) {
        await this.assertSlugFree(manager, input.slug);
        article.slug = input.slug;
      }
      if (input.title !== undefined) article.title = input.title.trim();
      if (input.summary !== undefined) article.summary = input.summary.trim();
      if (input.categoryId !== undefined) article.categoryId = input.categoryId;
      if (tags !== undefined) article.tags = tags;
      if (body !== undefined) Object.assign(article, body);
      if (input.language !== undefined) article.language = input.language;
      if (input.visibility !== undefined) article.visibility = input.visibility;
      if (input.kind !== undefined) article.kind = input.kind;
      if (input.ownerId !== undefined) {
        article.ownerId = input.ownerId;
        article.ownerTeamId = null; // one owner: a user replaces a team
      }
    });
    if (body) await this.contentSync.replaceBody(saved.id, saved.body, viewer.userId);
    return saved;
  }

  async setStatus(viewer: Viewer, id: string, status: ArticleStatus): Promise<ArticleEntity> {
    // Publish what editors typed up to this moment, not what the last debounced store saw.
    await this.contentSync.flush(id);
    return this.saveRevision(viewer, id, undefined, (article) => {
      article.status = status;
      if (status === ArticleStatus.PUBLISHED && !article.publishedAt) article.publishedAt = new Date();
    });
  }

  /** Restoring copies an old snapshot into a new revision; history is never rewritten. */
  async restore(viewer: Viewer, revisionId: string): Promise<ArticleEntity> {
    const revision = await this.revisions.get(revisionId);
    if (revision.categoryId && !(await this.categories.exists(revision.categoryId))) revision.categoryId = null;
    const restored = await this.saveRevision(
      viewer,
      revision.articleId,
      undefined,
      (article) => {
        article.title = revision.title;
        article.summary = revision.summary;
        article.categoryId = revision.categoryId;
        article.tags = revision.tags;
        Object.assign(article, prepareBody(revision.body));
        article.language = revision.language;
        article.visibility = revision.visibility;
      },
      revision.number,
    );
    await this.contentSync.replaceBody(restored.id, restored.body, viewer.userId);
    return restored;
  }

  /**
   * Stores the body derived from the collaborative document. It changes what readers see
   * but takes no revision: revisions are taken when editing goes quiet (takeRevision).
   */
  async applyCollaborativeBody(articleId: string, prepared: PreparedBody, editorId: string | null): Promise<void> {
    // Runs after every collaborative store: one UPDATE that is a no-op for unchanged content,
    // instead of loading and saving the entity (the row lock comes with the UPDATE).
    await this.dataSource.transaction(async (manager) => {
      const result: unknown = await manager.query(
        `UPDATE "article" SET "body" = $2::jsonb, "bodySchemaVersion" = $3, "bodyHtml" = $4, "bodyText" = $5,
           "updatedById" = COALESCE($6, "updatedById"), "updatedAt" = now()
         WHERE "id" = $1 AND "body" IS DISTINCT FROM $2::jsonb
         RETURNING "id"`,
        [
          articleId,
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
        await replaceArticleDirectoryReferences(manager, articleId, prepared.body);
        await this.outbox.enqueue(manager, 'ARTICLE', [articleId]);
      }
    });
  }

  /**
   * Takes a revision of the current state, crediting `authorIds`. Without a name it is
   * skipped when nothing changed since the latest revision, so quiet timers on several
   * instances never create duplicates. Returns the new revision, or null if skipped.
   */
  async takeRevision(
    articleId: string,
    authorIds: string[],
    options: { name?: string } = {},
  ): Promise<ArticleRevisionEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const article = await manager.findOne(ArticleEntity, {
        where: { id: articleId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!article) throw articleNotFound();
      const latest = await this.revisions.latest(manager, articleId);
      const unchanged =
        latest !== null &&
        JSON.stringify(latest.body) === JSON.stringify(article.body) &&
        latest.title === article.title &&
        latest.status === article.status;
      if (unchanged && !options.name) return null;
      article.revisionNumber += 1;
      const saved = await manager.save(article);
      const credited = authorIds.length > 0 ? authorIds : article.updatedById ? [article.updatedById] : [];
      await this.revisions.snapshot(manager, saved, credited.at(-1) ?? null, {
        authorIds: credited,
        name: options.name,
      });
      return this.revisions.latest(manager, articleId);
    });
  }

  async latestRevision(articleId: string): Promise<ArticleRevisionEntity> {
    const latest = await this.revisions.latest(this.dataSource.manager, articleId);
    if (!latest) throw articleNotFound();
    return latest;
  }

  async get(id: string): Promise<ArticleEntity> {
    const article = await this.articles.findOneBy({ id });
    if (!article) throw articleNotFound();
    return article;
  }

  /**
   * Locks the article, checks the client's base revision, applies the change and
   * stores the next revision, all in one transaction.
   */
  private async saveRevision(
    viewer: Viewer,
    id: string,
    baseRevision: number | undefined,
    change: (article: ArticleEntity, manager: EntityManager) => void | Promise<void>,
    restoredFromNumber?: number,
  ): Promise<ArticleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const article = await manager.findOne(ArticleEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!article) throw articleNotFound();
      if (baseRevision !== undefined && baseRevision !== article.revisionNumber) {
        throw new ArticleException(
          ArticleErrorCode.STALE_REVISION,
          'Someone else saved this article in the meantime. Reload it and apply your changes again.',
          { currentRevision: article.revisionNumber },
        );
      }
      await change(article, manager);
      article.updatedById = viewer.userId;
      article.revisionNumber += 1;
      const saved = await manager.save(article);
      await replaceArticleDirectoryReferences(manager, saved.id, saved.body);
      await this.revisions.snapshot(manager, saved, viewer.userId, { restoredFromNumber });
      await this.outbox.enqueue(manager, 'ARTICLE', [saved.id]);
      return saved;
    });
  }

  private async assertCategory(categoryId: string): Promise<void> {
    if (!(await this.categories.exists(categoryId))) {
      throw new ArticleException(ArticleErrorCode.CATEGORY_NOT_FOUND, 'The category does not exist.');
    }
  }

  /** Owners maintain articles, so they must be active editors or admins. */
  private async assertOwner(userId: string): Promise<void> {
    const [user] = await this.users.findByIds([userId]);
    if (!user || !user.active || !roleAtLeast(user.role, Role.EDITOR)) {
      throw new ArticleException(
        ArticleErrorCode.OWNER_NOT_EDITOR,
        'The owner must be an active editor or administrator.',
      );
    }
  }

  private async assertSlugFree(manager: EntityManager, slug: string): Promise<void> {
    if (await manager.existsBy(ArticleEntity, { slug })) {
      throw new ArticleException(ArticleErrorCode.SLUG_TAKEN, `The slug "${slug}" is in use by another article.`);
    }
  }

  /** slugify(title), with -2, -3, … appended when taken. */
  private async freeSlug(manager: EntityManager, title: string): Promise<string> {
    const base = slugify(title).slice(0, 110) || FALLBACK_SLUG;
    const rows = await manager
      .createQueryBuilder(ArticleEntity, 'a')
      .select('a.slug', 'slug')
      .where('a.slug = :base OR a.slug LIKE :pattern', { base, pattern: `${base}-%` })
      .getRawMany<{ slug: string }>();
    const taken = new Set(rows.map((row) => row.slug));
    if (!taken.has(base)) return base;
    let suffix = 2;
    while (taken.has(`${base}-${suffix}`)) suffix += 1;
    return `${base}-${suffix}`;
  }
}
