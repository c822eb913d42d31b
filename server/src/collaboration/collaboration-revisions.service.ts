import { Injectable } from '@nestjs/common';
import type { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticlesService } from '../articles/articles.service';
import { ArticleDocumentsService } from './article-documents.service';

/** Takes a revision of an article's stored collaborative content, crediting everyone who edited since the last one. */
@Injectable()
export class CollaborationRevisionsService {
  constructor(
    private readonly documents: ArticleDocumentsService,
    private readonly articles: ArticlesService,
  ) {}

  async takeRevision(articleId: string, name?: string): Promise<ArticleRevisionEntity | null> {
    const authors = await this.documents.takePendingAuthors(articleId);
    return this.articles.takeRevision(articleId, authors, { name });
  }
}
