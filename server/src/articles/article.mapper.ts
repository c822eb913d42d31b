import type { ArticleRevisionEntity } from './article-revision.entity';
import type { ArticleEntity } from './article.entity';
import type { ArticleRevisionModel } from './models/article-revision.model';
import type { ArticleModel } from './models/article.model';

export function toArticleModel(article: ArticleEntity): ArticleModel {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    tags: article.tags,
    body: article.body,
    bodyHtml: article.bodyHtml,
    bodyText: article.bodyText,
    language: article.language,
    kind: article.kind,
    status: article.status,
    visibility: article.visibility,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    publishedAt: article.publishedAt,
    revisionNumber: article.revisionNumber,
    categoryId: article.categoryId,
    ownerId: article.ownerId,
    ownerTeamId: article.ownerTeamId,
    createdById: article.createdById,
    updatedById: article.updatedById,
  };
}

export function toArticleRevisionModel(revision: ArticleRevisionEntity): ArticleRevisionModel {
  return {
    id: revision.id,
    articleId: revision.articleId,
    number: revision.number,
    title: revision.title,
    summary: revision.summary,
    tags: revision.tags,
    body: revision.body,
    bodyHtml: revision.bodyHtml,
    status: revision.status,
    visibility: revision.visibility,
    createdAt: revision.createdAt,
    restoredFromNumber: revision.restoredFromNumber,
    authorId: revision.authorId,
    authorIds: revision.authorIds,
    name: revision.name,
    readabilityScores: revision.readability,
  };
}
