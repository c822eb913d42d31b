import { Injectable } from '@nestjs/common';
import type { JSONContent } from '@wissensnetz/editor';

/** Writes a new body into the live collaborative document, so open editors receive it as an edit. */
export interface ArticleContentSync {
  replaceBody(articleId: string, body: JSONContent, userId: string): Promise<void>;
  /** Stores what editors typed so far, so the database holds the latest body (e.g. before publishing). */
  flush(articleId: string): Promise<void>;
}

/**
 * Articles must not import the collaboration feature (it imports articles), so collaboration
 * registers itself here at start. Without it (e.g. in a tool), body writes go to the database only.
 */
@Injectable()
export class ArticleContentSyncRegistry {
  private sync: ArticleContentSync | undefined;

  register(sync: ArticleContentSync): void {
    this.sync = sync;
  }

  async replaceBody(articleId: string, body: JSONContent, userId: string): Promise<void> {
    await this.sync?.replaceBody(articleId, body, userId);
  }

  async flush(articleId: string): Promise<void> {
    await this.sync?.flush(articleId);
  }
}
