import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum ArticleErrorCode {
  ARTICLE_NOT_FOUND = 'ARTICLE_NOT_FOUND',
  REVISION_NOT_FOUND = 'REVISION_NOT_FOUND',
  SLUG_TAKEN = 'ARTICLE_SLUG_TAKEN',
  INVALID_BODY = 'ARTICLE_INVALID_BODY',
  INVALID_CURSOR = 'ARTICLE_INVALID_CURSOR',
  CATEGORY_NOT_FOUND = 'ARTICLE_CATEGORY_NOT_FOUND',
  OWNER_NOT_EDITOR = 'ARTICLE_OWNER_NOT_EDITOR',
  STALE_REVISION = 'ARTICLE_STALE_REVISION',
  AMBIGUOUS_LOOKUP = 'ARTICLE_AMBIGUOUS_LOOKUP',
  REVISIONS_OF_DIFFERENT_ARTICLES = 'REVISIONS_OF_DIFFERENT_ARTICLES',
}

const KIND: Record<ArticleErrorCode, ErrorKind> = {
  [ArticleErrorCode.ARTICLE_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ArticleErrorCode.REVISION_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ArticleErrorCode.SLUG_TAKEN]: ErrorKind.CONFLICT,
  [ArticleErrorCode.INVALID_BODY]: ErrorKind.BAD_USER_INPUT,
  [ArticleErrorCode.INVALID_CURSOR]: ErrorKind.BAD_USER_INPUT,
  [ArticleErrorCode.CATEGORY_NOT_FOUND]: ErrorKind.BAD_USER_INPUT,
  [ArticleErrorCode.OWNER_NOT_EDITOR]: ErrorKind.BAD_USER_INPUT,
  [ArticleErrorCode.STALE_REVISION]: ErrorKind.CONFLICT,
  [ArticleErrorCode.AMBIGUOUS_LOOKUP]: ErrorKind.BAD_USER_INPUT,
  [ArticleErrorCode.REVISIONS_OF_DIFFERENT_ARTICLES]: ErrorKind.BAD_USER_INPUT,
};

export class ArticleException extends domainExceptionFor<ArticleErrorCode>(KIND) {}

export const articleNotFound = (): ArticleException =>
  new ArticleException(ArticleErrorCode.ARTICLE_NOT_FOUND, 'Article not found.');
