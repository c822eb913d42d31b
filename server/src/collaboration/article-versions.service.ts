import { Injectable } from '@nestjs/common';
import type { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticlesService } from '../articles/articles.service';
import { CollaborationRevisionsService } from './collaboration-revisions.service';
import { CollaborationServer } from './collaboration.server';

/** "Save version": store what editors typed so far, then take a revision with an optional name. */
@Injectable()
export class ArticleVersionsService {
  constructor(
    private readonly server: CollaborationServer,
    private readonly revisions: CollaborationRevisionsService,
    private readonly articles: ArticlesService,
  ) {}

  async saveVersion(articleId: string, name?: string): Promise<ArticleRevisionEntity> {
    await this.articles.get(articleId);
    await this.server.flush(articleId);
    const revision = await this.revisions.takeRevision(articleId, name?.trim() || undefined);
    return revision ?? (await this.articles.latestRevision(articleId));
  }
}
