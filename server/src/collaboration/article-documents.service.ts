import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ArticleDocumentEntity } from './article-document.entity';

/** Reads and writes the stored Yjs state of articles. */
@Injectable()
export class ArticleDocumentsService {
  constructor(@InjectRepository(ArticleDocumentEntity) private readonly documents: Repository<ArticleDocumentEntity>) {}

  async loadState(articleId: string): Promise<Uint8Array | null> {
    const row = await this.documents.findOne({ where: { articleId }, select: { articleId: true, state: true } });
    return row ? new Uint8Array(row.state) : null;
  }

  /** Saves the state and adds `authorIds` to the authors pending for the next revision. */
  async saveState(articleId: string, state: Uint8Array, authorIds: string[]): Promise<void> {
    await this.documents.query(
      `INSERT INTO "article_document" ("articleId", "state", "pendingAuthorIds") VALUES ($1, $2, $3::uuid[])
       ON CONFLICT ("articleId") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = now(),
         "pendingAuthorIds" = ARRAY(SELECT DISTINCT unnest("article_document"."pendingAuthorIds" || EXCLUDED."pendingAuthorIds"))`,
      [articleId, Buffer.from(state), authorIds],
    );
  }

  /** Returns and clears the authors pending for a revision. */
  async takePendingAuthors(articleId: string): Promise<string[]> {
    return this.documents.manager.transaction(async (manager) => {
      const row = await manager.findOne(ArticleDocumentEntity, {
        where: { articleId },
        select: { articleId: true, pendingAuthorIds: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.pendingAuthorIds.length === 0) return [];
      await manager.update(ArticleDocumentEntity, { articleId }, { pendingAuthorIds: [] });
      return row.pendingAuthorIds;
    });
  }
}
