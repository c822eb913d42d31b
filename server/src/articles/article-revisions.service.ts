import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { readabilityScores } from '@wissensnetz/easy-language';
import { diffDocuments, type DiffBlock } from '@wissensnetz/editor';
import type { EntityManager, Repository } from 'typeorm';
import { contactCardLabels } from '../directory/contact-card-labels';
import { ArticleRevisionEntity } from './article-revision.entity';
import type { ArticleEntity } from './article.entity';
import { ArticleErrorCode, ArticleException } from './articles.errors';

export interface SnapshotOptions {
  /** Everyone who contributed since the previous revision; defaults to the author. */
  authorIds?: string[];
  name?: string;
  restoredFromNumber?: number;
}

export interface RevisionComparison {
  from: ArticleRevisionEntity;
  to: ArticleRevisionEntity;
  titleChanged: boolean;
  blocks: DiffBlock[];
}

@Injectable()
export class ArticleRevisionsService {
  constructor(@InjectRepository(ArticleRevisionEntity) private readonly revisions: Repository<ArticleRevisionEntity>) {}

  /**
   * Stores the article's current state as revision `article.revisionNumber`, with the readability
   * scores of its text so the history shows whether it got easier. Every revision is made here.
   */
  async snapshot(
    manager: EntityManager,
    article: ArticleEntity,
    authorId: string | null,
    options: SnapshotOptions = {},
  ): Promise<void> {
    const authorIds = options.authorIds ?? (authorId ? [authorId] : []);
    await manager.insert(ArticleRevisionEntity, {
      articleId: article.id,
      number: article.revisionNumber,
      title: article.title,
      summary: article.summary,
      categoryId: article.categoryId,
      tags: article.tags,
      body: article.body,
      bodySchemaVersion: article.bodySchemaVersion,
      bodyHtml: article.bodyHtml,
      language: article.language,
      status: article.status,
      visibility: article.visibility,
      authorId: authorId ?? authorIds.at(-1) ?? null,
      authorIds,
      name: options.name ?? null,
      restoredFromNumber: options.restoredFromNumber ?? null,
      readability: readabilityScores(article.bodyText),
    });
  }

  latest(manager: EntityManager, articleId: string): Promise<ArticleRevisionEntity | null> {
    return manager.findOne(ArticleRevisionEntity, { where: { articleId }, order: { number: 'DESC' } });
  }

  listForArticle(articleId: string): Promise<ArticleRevisionEntity[]> {
    return this.revisions.find({ where: { articleId }, order: { number: 'DESC' } });
  }

  async get(id: string): Promise<ArticleRevisionEntity> {
    const revision = await this.revisions.findOneBy({ id });
    if (!revision) throw new ArticleException(ArticleErrorCode.REVISION_NOT_FOUND, 'Revision not found.');
    return revision;
  }

  async compare(fromId: string, toId: string): Promise<RevisionComparison> {
    const [from, to] = await Promise.all([this.get(fromId), this.get(toId)]);
    if (from.articleId !== to.articleId) {
      throw new ArticleException(
        ArticleErrorCode.REVISIONS_OF_DIFFERENT_ARTICLES,
        'Only revisions of the same article can be compared.',
      );
    }
    // History is for editors only, so every entry is named, INTERNAL ones too.
    const contactCardLabel = await contactCardLabels(this.revisions.manager, [from.body, to.body], {
      anonymous: false,
    });
    return {
      from,
      to,
      titleChanged: from.title !== to.title,
      blocks: diffDocuments(from.body, to.body, { contactCardLabel }),
    };
  }
}
